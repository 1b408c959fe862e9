# Cython kernels for funcutils.predicates: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_predicates_py.py name for name; that file is the specification.
#
# equal_deep is the iterative walk of _predicates_py (equal_walk) in C: a
# growable array of frames, each holding strong references to its pair of
# containers, list/tuple items read in place after a size check on every step
# (a leaf's __eq__ may mutate them), dict items by PyDict_Next with the value
# looked up in the other dict (borrowed references become strong ones before
# any Python code runs). The container families, the rule for subclasses and
# TRACK_DEPTH come from _predicates_py. The customizer walks (equal_with_deep,
# match_deep) call Python per pair anyway: their loops are the pure ones,
# compiled, on the pure helpers.

from funcutils._errors import source_cycle_error as _pred_cycle_error
from funcutils._paths import MISSING as _PRED_MISSING, resolve_key as _pred_resolve_key
from funcutils._predicates_py import (
    TRACK_DEPTH as _PRED_TRACK_DEPTH,
    equal_kind_slow as _pred_kind_slow,
    _with_descends as _pred_with_descends,
    _with_items as _pred_with_items,
    _with_lookup as _pred_with_lookup,
    _is_source_container as _pred_is_source,
    _source_items as _pred_source_items,
    _leaf_equal as _pred_leaf_equal,
    customizer_nargs as _pred_nargs,
)

_PREDICATES_ALL = ["equal_deep", "equal_with_deep", "match_deep"]

cdef enum:
    _PRED_LEAF = 0
    _PRED_LIST = 1
    _PRED_TUPLE = 2
    _PRED_DICT = 3

cdef Py_ssize_t _pred_track_depth = _PRED_TRACK_DEPTH


cdef struct _PredFrame:
    PyObject* a
    PyObject* b
    Py_ssize_t pos
    int kind
    int tracked


cdef inline int _pred_kind(object x) except -1:
    cdef type t = type(x)
    if t is list:
        return _PRED_LIST
    if t is dict:
        return _PRED_DICT
    if t is tuple:
        return _PRED_TUPLE
    if t is str or t is int or t is float or t is bool or x is None or t is bytes:
        return _PRED_LEAF
    return _pred_kind_slow(x)


cdef inline Py_ssize_t _pred_size(PyObject* x, int kind) noexcept:
    if kind == _PRED_LIST:
        return PyList_GET_SIZE(x)
    if kind == _PRED_TUPLE:
        return PyTuple_GET_SIZE(x)
    return PyDict_GET_SIZE(x)


cdef inline object _pred_pair_key(PyObject* a, PyObject* b):
    """The pair's key in the set of pairs under comparison: an int (not tracked by the GC)."""
    return (<object>(<size_t>a) << 64) | <size_t>b


cdef class _PredStack:
    """The frames of one walk; frees them (and their references) however the walk ends."""
    cdef _PredFrame* frames
    cdef Py_ssize_t depth
    cdef Py_ssize_t cap
    cdef set seen       # pairs under comparison, once the walk is TRACK_DEPTH deep

    def __dealloc__(self):
        cdef Py_ssize_t i
        for i in range(self.depth):
            Py_DECREF(self.frames[i].a)
            Py_DECREF(self.frames[i].b)
        self.depth = 0
        free(self.frames)
        self.frames = NULL

    cdef int push(self, PyObject* a, PyObject* b, int kind) except -1:
        """Push the pair, or skip it (return 0) when it is already under comparison."""
        cdef _PredFrame* grown
        cdef Py_ssize_t cap, j
        cdef int tracked = 0
        if self.depth == self.cap:
            cap = self.cap * 2 if self.cap else 32
            grown = <_PredFrame*>realloc(self.frames, cap * sizeof(_PredFrame))
            if grown == NULL:
                raise MemoryError()
            self.frames = grown
            self.cap = cap
        if self.seen is not None or self.depth >= _pred_track_depth:
            if self.seen is None:
                self.seen = set()
                for j in range(self.depth):
                    pair = _pred_pair_key(self.frames[j].a, self.frames[j].b)
                    if pair not in self.seen:
                        self.seen.add(pair)
                        self.frames[j].tracked = 1
            pair = _pred_pair_key(a, b)
            if pair in self.seen:
                return 0  # already under comparison: counts as equal
            self.seen.add(pair)
            tracked = 1
        Py_INCREF(a)
        Py_INCREF(b)
        self.frames[self.depth].a = a
        self.frames[self.depth].b = b
        self.frames[self.depth].pos = 0
        self.frames[self.depth].kind = kind
        self.frames[self.depth].tracked = tracked
        self.depth += 1
        return 1

    cdef int pop(self) except -1:
        cdef _PredFrame* top
        self.depth -= 1
        top = &self.frames[self.depth]
        if top.tracked:
            self.seen.discard(_pred_pair_key(top.a, top.b))
        Py_DECREF(top.a)
        Py_DECREF(top.b)
        return 0


cdef inline bint _pred_plain(PyObject* px, PyObject* py) noexcept:
    """Whether ``==`` on the two runs no Python code (exact str pairs, exact int/float/bool pairs)."""
    if PyUnicode_CheckExact(px):
        return PyUnicode_CheckExact(py)
    return (PyLong_CheckExact(px) or PyFloat_CheckExact(px) or PyBool_Check(px)) and (
        PyLong_CheckExact(py) or PyFloat_CheckExact(py) or PyBool_Check(py))


cdef int _pred_flat(PyObject* px, PyObject* py, int kx, Py_ssize_t* pos) except -1:
    """Compare a pair of lists or tuples in place while their items are identical or plain leaves.

    0: unequal; 1: equal; 2: stopped at an item that needs the walk, ``pos`` is
    where a frame for the pair resumes (that item included).
    """
    cdef Py_ssize_t i, n
    cdef PyObject* v
    cdef PyObject* found
    cdef PyObject* a
    cdef PyObject* b
    if kx == _PRED_LIST:
        a = px
        b = py
        n = PyList_GET_SIZE(a)
        for i in range(n):
            v = PyList_GET_ITEM(a, i)
            found = PyList_GET_ITEM(b, i)
            if found == v:
                continue
            if not _pred_plain(v, found):
                pos[0] = i
                return 2
            if not PyObject_RichCompareBool(<object>v, <object>found, Py_EQ):
                return 0
        return 1
    n = PyTuple_GET_SIZE(px)
    for i in range(n):
        v = PyTuple_GET_ITEM(px, i)
        found = PyTuple_GET_ITEM(py, i)
        if found == v:
            continue
        if not _pred_plain(v, found):
            pos[0] = i
            return 2
        if not PyObject_RichCompareBool(<object>v, <object>found, Py_EQ):
            return 0
    return 1


cdef inline int _pred_pair(_PredStack stack, PyObject* px, PyObject* py) except -1:
    """Compare two different items: 0 unequal, 1 equal, 2 pushed (a pair of containers).

    The caller holds references to both items.
    """
    cdef int kx, r
    cdef Py_ssize_t pos = 0
    if _pred_plain(px, py):
        return PyObject_RichCompareBool(<object>px, <object>py, Py_EQ)
    cdef object x = <object>px   # strong references: Python code may run below
    cdef object y = <object>py
    kx = _pred_kind(x)
    if kx != _PRED_LEAF and kx == _pred_kind(y):
        if _pred_size(px, kx) != _pred_size(py, kx):
            return 0
        if kx != _PRED_DICT and stack.seen is None and stack.depth < _pred_track_depth:
            # Not recording pairs yet: the plain prefix of a list or tuple needs no frame.
            r = _pred_flat(px, py, kx, &pos)
            if r != 2:
                return r
        if not stack.push(px, py, kx):
            return 1
        stack.frames[stack.depth - 1].pos = pos
        return 2
    return 1 if PyObject_RichCompareBool(x, y, Py_EQ) else 0


cdef object _pred_walk(object value, object other, int kind):
    cdef size_t ticks = 0
    cdef _PredStack stack = _PredStack.__new__(_PredStack)
    cdef _PredFrame* top
    cdef PyObject* pa
    cdef PyObject* pb
    cdef PyObject* k
    cdef PyObject* v
    cdef PyObject* found
    cdef Py_ssize_t i
    cdef int r
    cdef object key, item, other_item
    if _pred_size(<PyObject*>value, kind) != _pred_size(<PyObject*>other, kind):
        return False
    stack.push(<PyObject*>value, <PyObject*>other, kind)
    while stack.depth:
        _poll(&ticks)
        top = &stack.frames[stack.depth - 1]
        pa = top.a
        pb = top.b
        r = 1
        if top.kind == _PRED_DICT:
            while PyDict_Next(pa, &top.pos, &k, &v):
                key = <object>k    # strong references: the lookup may run Python code
                item = <object>v
                found = PyDict_GetItemWithError(<object>pb, key)
                if found == NULL:
                    if PyErr_Occurred() != NULL:
                        _reraise()
                    return False
                if found == v:
                    continue
                other_item = <object>found
                r = _pred_pair(stack, v, found)
                if r != 1:
                    break
                top = &stack.frames[stack.depth - 1]
        elif top.kind == _PRED_LIST:
            while True:
                i = top.pos
                if i >= PyList_GET_SIZE(pa) or i >= PyList_GET_SIZE(pb):
                    if PyList_GET_SIZE(pa) != PyList_GET_SIZE(pb):
                        return False
                    break
                top.pos = i + 1
                v = PyList_GET_ITEM(pa, i)
                found = PyList_GET_ITEM(pb, i)
                if found == v:
                    continue
                r = _pred_pair(stack, v, found)
                if r != 1:
                    break
                top = &stack.frames[stack.depth - 1]
        else:
            while True:
                i = top.pos
                if i >= PyTuple_GET_SIZE(pa):
                    break
                top.pos = i + 1
                v = PyTuple_GET_ITEM(pa, i)
                found = PyTuple_GET_ITEM(pb, i)
                if found == v:
                    continue
                r = _pred_pair(stack, v, found)
                if r != 1:
                    break
                top = &stack.frames[stack.depth - 1]
        if r == 0:
            return False
        if r == 1:
            stack.pop()
    return True


def equal_deep(value, other):
    """``value == other``, without a recursion limit and for cycles (see _predicates_py).

    As in the specification, ``==`` answers first (the same answer, at C speed:
    is_equal is never slower than pydash's ``==``); the compiled walk answers
    where it overflows (deep or cyclic data).
    """
    try:
        return value == other
    except RecursionError:
        pass
    cdef int kind = _pred_kind(value)
    if kind == _PRED_LEAF or kind != _pred_kind(other):
        return value == other
    if value is other:
        return True
    return _pred_walk(value, other, kind)


def equal_with_deep(value, other, customizer):
    """pydash's ``is_equal_with`` walk with a callable ``customizer``, iteratively."""
    cdef size_t ticks = 0
    cdef list stack
    cdef set seen
    result = customizer(value, other)
    if result is not None:
        return result
    if not _pred_with_descends(value, other):
        return value == other
    start = id(value) << 64 | id(other)
    stack = [(_pred_with_items(value), other, start)]
    seen = {start}
    result = None
    while stack:
        _poll(&ticks)
        items, b, _ = stack[len(stack) - 1]
        item = next(items, None)
        if item is None:
            seen.discard(stack.pop()[2])
            if not result:
                return result
            continue
        key, x = item
        y = _pred_with_lookup(b, key)
        if y is _PRED_MISSING:
            return False
        result = customizer(x, y)
        if result is None:
            if _pred_with_descends(x, y):
                pair = id(x) << 64 | id(y)
                if pair in seen:
                    result = True
                    continue
                seen.add(pair)
                stack.append((_pred_with_items(x), y, pair))
                continue
            result = x == y
        if not result:
            return result
    return result


def match_deep(obj, source, customizer=None):
    """Partial deep comparison of ``obj`` against ``source`` (``is_match`` / ``is_match_with``)."""
    cdef size_t ticks = 0
    cdef list stack
    cdef set path_ids
    cdef Py_ssize_t nargs
    compare = customizer
    nargs = -1  # read at the first leaf: an empty source never needs it
    if (type(source) is dict or type(source) is list or type(source) is tuple) and not source:
        return True
    if not _pred_is_source(source):
        if compare is None:
            return _pred_leaf_equal(obj, source)
        return compare(*(obj, source, None, obj, source)[:_pred_nargs(compare)])
    top_obj = obj
    top_source = source
    result = not source
    stack = [(_pred_source_items(source), obj, id(source))]
    path_ids = {id(source)}
    while stack:
        _poll(&ticks)
        items, current, _ = stack[len(stack) - 1]
        try:
            pair = next(items, None)
        except Exception:
            if len(stack) == 1:
                raise
            return False
        if pair is None:
            path_ids.discard(stack.pop()[2])
            if not result:
                return result
            continue
        key, value = pair
        sub = _pred_resolve_key(current, key)
        if sub is _PRED_MISSING:
            return False
        if _pred_is_source(value):
            if id(value) in path_ids:
                raise _pred_cycle_error(
                    "is_match" if customizer is None else "is_match_with", len(stack)
                )
            try:
                nested = _pred_source_items(value)
                result = not value
            except Exception:
                return False
            stack.append((nested, sub, id(value)))
            path_ids.add(id(value))
            continue
        if compare is None:
            result = _pred_leaf_equal(sub, value)
        else:
            if nargs < 0:
                nargs = _pred_nargs(compare)
            try:
                result = compare(*(sub, value, key, top_obj, top_source)[:nargs])
            except Exception:
                return False
        if not result:
            return result
    return result
