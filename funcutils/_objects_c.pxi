# Cython kernels for funcutils.objects: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_objects_py.py name for name; that file is the specification.
#
# deep_clone: exact dict/list/tuple and the common atomic leaves (str, int,
# float, None, bool) are copied here with C-API calls; every other value goes
# through the pure module's clone_other (copy.deepcopy's protocol), with the
# memo shared across the whole walk. The walk's frames are a C array of owned
# references (_ObjCloneStack): no Python frame per container, no recursion.

from libc.stdlib cimport calloc, malloc

import copy as _obj_copy

from funcutils._errors import check_dict as _obj_check_dict
from funcutils._errors import check_tuple as _obj_check_tuple
from funcutils._errors import cycle_error as _obj_cycle_error
from funcutils._errors import set_error as _obj_set_error
from funcutils._iteratee import PropertyOfGetter as _PropertyOfGetter
from funcutils._objects_py import ATOMIC_TYPES as _OBJ_ATOMIC
from funcutils._objects_py import _items as _obj_items
from funcutils._objects_py import clone_other as _obj_clone_other
from funcutils._paths import MISSING as _OBJ_MISSING
from funcutils._paths import _assign as _obj_assign
from funcutils._paths import get_keys as _obj_get_keys
from funcutils._paths import has_keys as _obj_has_keys
from funcutils._paths import parse_path as _obj_parse_path
from funcutils._paths import resolve_key as _obj_resolve_key
from funcutils._paths import set_keys as _obj_set_keys

_OBJECTS_ALL = [
    "deep_clone",
    "invert_items",
    "map_keys_func",
    "map_values_deep_walk",
    "map_values_func",
    "merge_deep",
    "omit_by_func",
    "omit_keys",
    "pick_by_func",
    "pick_keys",
]

cdef object _OBJ_PENDING = object()
cdef object _obj_deepcopy = _obj_copy.deepcopy

cdef enum:
    _OBJ_DICT = 0
    _OBJ_LIST = 1
    _OBJ_TUPLE = 2
    _OBJ_GEN = 3
    _OBJ_DICT_KEYS = 4     # a dict rebuilt key by key (some key is not str/int)


cdef inline bint _obj_atomic(object v) except -1:
    cdef PyObject* p = <PyObject*>v
    if (PyUnicode_CheckExact(p) or PyLong_CheckExact(p) or v is None
            or PyFloat_CheckExact(p) or PyBool_Check(p)):
        return True
    return type(v) in _OBJ_ATOMIC


cdef struct _ObjFrame:
    int kind
    PyObject* src      # owned: the original
    PyObject* dst      # owned: the copy being filled (tuple: a list of items; gen: the generator)
    PyObject* key      # owned or NULL: dict key waiting for its value / value to send
    Py_ssize_t pos
    Py_ssize_t size0


cdef struct _ObjSlot:
    void* key
    PyObject* value    # owned


cdef class _ObjPtrMap:
    """Identity map original -> copy (open addressing on the address), the walk's
    own memo. Entries are written into the Python memo dict (``flush``) before
    any call into copy's protocol, which may read or extend that dict."""

    cdef _ObjSlot* slots
    cdef void** order      # keys in insertion order, for flush
    cdef Py_ssize_t mask
    cdef Py_ssize_t used
    cdef Py_ssize_t flushed

    def __cinit__(self):
        self.slots = <_ObjSlot*>calloc(64, sizeof(_ObjSlot))
        self.order = <void**>malloc(32 * sizeof(void*))
        if self.slots == NULL or self.order == NULL:
            raise MemoryError()
        self.mask = 63
        self.used = 0
        self.flushed = 0

    def __dealloc__(self):
        cdef Py_ssize_t i
        if self.slots != NULL:
            for i in range(self.mask + 1):
                if self.slots[i].key != NULL:
                    Py_DECREF(self.slots[i].value)
            free(self.slots)
        free(self.order)

    cdef inline Py_ssize_t _find(self, void* key):
        # The address itself (objects made one after another sit close together,
        # so the walk's probes stay in cache); linear probing resolves the rest.
        cdef size_t h = <size_t>key >> 4
        cdef Py_ssize_t i = <Py_ssize_t>(h ^ (h >> 25)) & self.mask
        while self.slots[i].key != NULL and self.slots[i].key != key:
            i = (i + 1) & self.mask
        return i

    cdef inline PyObject* get(self, void* key):
        cdef Py_ssize_t i = self._find(key)
        if self.slots[i].key == NULL:
            return NULL
        return self.slots[i].value

    cdef int _grow(self) except -1:
        cdef _ObjSlot* old = self.slots
        cdef Py_ssize_t old_size = self.mask + 1
        cdef Py_ssize_t i, j
        cdef _ObjSlot* fresh = <_ObjSlot*>calloc(old_size * 2, sizeof(_ObjSlot))
        cdef void** order = <void**>realloc(self.order, old_size * sizeof(void*))
        if order != NULL:
            self.order = order
        if fresh == NULL or order == NULL:
            free(fresh)
            raise MemoryError()
        self.slots = fresh
        self.mask = old_size * 2 - 1
        for i in range(old_size):
            if old[i].key != NULL:
                j = self._find(old[i].key)
                self.slots[j] = old[i]
        free(old)
        return 0

    cdef int put(self, void* key, object value) except -1:
        cdef Py_ssize_t i
        if (self.used + 1) * 2 > self.mask + 1:
            self._grow()
        i = self._find(key)
        Py_INCREF(<PyObject*>value)
        if self.slots[i].key != NULL:
            Py_DECREF(self.slots[i].value)
        else:
            self.slots[i].key = key
            self.order[self.used] = key
            self.used += 1
        self.slots[i].value = <PyObject*>value
        return 0

    cdef int flush(self, dict memo) except -1:
        cdef Py_ssize_t i
        cdef void* key
        for i in range(self.flushed, self.used):
            key = self.order[i]
            memo[PyLong_FromVoidPtr(key)] = <object>self.get(key)
        self.flushed = self.used
        return 0


cdef class _ObjCloneStack:
    cdef _ObjFrame* frames
    cdef Py_ssize_t size
    cdef Py_ssize_t capacity
    cdef Py_ssize_t gens       # rebuild frames on the stack (temporaries must be kept alive)
    cdef _ObjPtrMap seen
    cdef bint external         # the Python memo may hold entries the map lacks

    def __cinit__(self):
        self.seen = _ObjPtrMap()
        self.external = False
        self.frames = NULL
        self.size = 0
        self.capacity = 0
        self.gens = 0

    def __dealloc__(self):
        cdef Py_ssize_t i
        for i in range(self.size):
            self._release(i)
        free(self.frames)

    cdef inline void _release(self, Py_ssize_t i):
        Py_DECREF(self.frames[i].src)
        if self.frames[i].dst != NULL:
            Py_DECREF(self.frames[i].dst)
        if self.frames[i].key != NULL:
            Py_DECREF(self.frames[i].key)

    cdef int push(self, int kind, object src, object dst) except -1:
        cdef _ObjFrame* grown
        if self.size == self.capacity:
            grown = <_ObjFrame*>realloc(
                self.frames, (self.capacity * 2 + 32) * sizeof(_ObjFrame))
            if grown == NULL:
                raise MemoryError()
            self.frames = grown
            self.capacity = self.capacity * 2 + 32
        Py_INCREF(<PyObject*>src)
        Py_INCREF(<PyObject*>dst)
        self.frames[self.size].kind = kind
        self.frames[self.size].src = <PyObject*>src
        self.frames[self.size].dst = <PyObject*>dst
        self.frames[self.size].key = NULL
        self.frames[self.size].pos = 0
        self.frames[self.size].size0 = (
            PyDict_GET_SIZE(<PyObject*>src) if kind == _OBJ_DICT or kind == _OBJ_DICT_KEYS else 0)
        self.size += 1
        if kind == _OBJ_GEN:
            self.gens += 1
        return 0

    cdef inline void set_key(self, Py_ssize_t i, object key):
        Py_INCREF(<PyObject*>key)
        if self.frames[i].key != NULL:
            Py_DECREF(self.frames[i].key)
        self.frames[i].key = <PyObject*>key

    cdef object pop(self):
        """Pop the top frame; return its dst (the copy), releasing the rest."""
        cdef Py_ssize_t i = self.size - 1
        cdef object dst = <object>self.frames[i].dst
        if self.frames[i].kind == _OBJ_GEN:
            self.gens -= 1
        self.size -= 1
        self._release(i)
        return dst


cdef inline PyObject* _obj_memo_get(object v, dict memo, _ObjCloneStack st) except? NULL:
    """The copy already made of ``v`` (borrowed), or NULL."""
    cdef PyObject* found = st.seen.get(<void*>v)
    if found != NULL or not st.external:
        return found
    found = PyDict_GetItemWithError(memo, PyLong_FromVoidPtr(<void*>v))
    if found == NULL and PyErr_Occurred() != NULL:
        _reraise()
    return found


cdef inline object _obj_call_out(_ObjCloneStack st, dict memo):
    """Before copy's protocol runs: the Python memo must know every copy so far."""
    st.seen.flush(memo)
    st.external = True


cdef inline bint _obj_leaf(PyObject* p):
    """The atomic leaves met most: str, int, None, float, bool (exact types)."""
    return (PyUnicode_CheckExact(p) or PyLong_CheckExact(p) or p == Py_None
            or PyFloat_CheckExact(p) or PyBool_Check(p))


cdef inline Py_ssize_t _obj_dict_scan(dict d, Py_ssize_t* first):
    """-1: some key is not a str/int; else 1 when every value is a common leaf,
    0 otherwise, with ``first`` the PyDict_Next position of the first that is not."""
    cdef Py_ssize_t pos = 0
    cdef Py_ssize_t before = 0
    cdef PyObject* kp
    cdef PyObject* vp
    cdef bint leafy = True
    while PyDict_Next(<PyObject*>d, &pos, &kp, &vp):
        if not (PyUnicode_CheckExact(kp) or PyLong_CheckExact(kp)):
            return -1
        if leafy and not _obj_leaf(vp):
            leafy = False
            first[0] = before
        before = pos
    return 1 if leafy else 0


cdef object _obj_clone_start(object v, dict memo, list keep, _ObjCloneStack st):
    """The copy of ``v``, or _OBJ_PENDING after pushing its frame.

    A dict whose keys are all str/int starts as ``v.copy()`` and a list as
    ``v[:]`` (one C copy); the walk then replaces only the values that are not
    atomic, in place. Other dicts are rebuilt key by key (keys are copied).
    """
    cdef PyObject* p = <PyObject*>v
    cdef PyObject* found
    cdef object y, gen
    cdef int kind
    cdef Py_ssize_t first = 0, n, scan
    if PyDict_CheckExact(p):
        kind = _OBJ_DICT
    elif PyList_CheckExact(p):
        kind = _OBJ_LIST
    elif PyTuple_CheckExact(p):
        kind = _OBJ_TUPLE
    elif _obj_atomic(v):
        return v
    else:
        kind = _OBJ_GEN
    found = _obj_memo_get(v, memo, st)
    if found != NULL:
        return <object>found
    if kind == _OBJ_DICT:
        scan = _obj_dict_scan(<dict>v, &first)
        if scan >= 0:
            y = (<dict>v).copy()
            st.seen.put(<void*>v, y)
            if st.gens:
                keep.append(v)
            if scan == 0:
                st.push(_OBJ_DICT, v, y)
                st.frames[st.size - 1].pos = first
                return _OBJ_PENDING
            return y
        else:
            y = {}
            st.seen.put(<void*>v, y)
            if st.gens:
                keep.append(v)
            st.push(_OBJ_DICT_KEYS, v, y)
        return _OBJ_PENDING
    if kind == _OBJ_LIST:
        y = (<list>v)[:]
        st.seen.put(<void*>v, y)
        if st.gens:
            keep.append(v)
        n = PyList_GET_SIZE(p)
        for first in range(n):
            if not _obj_leaf(PyList_GET_ITEM(p, first)):
                st.push(_OBJ_LIST, v, y)
                st.frames[st.size - 1].pos = first
                return _OBJ_PENDING
        return y
    if kind == _OBJ_TUPLE:
        st.push(_OBJ_TUPLE, v, [])
        return _OBJ_PENDING
    _obj_call_out(st, memo)
    y, gen = _obj_clone_other(v, memo, keep)
    if gen is None:
        return y
    st.push(_OBJ_GEN, v, gen)
    return _OBJ_PENDING


cdef inline int _obj_list_put(list y, Py_ssize_t i, object value) except -1:
    """Replace item ``i`` of the copy ``y`` (started as a slice of the original)."""
    if i < PyList_GET_SIZE(<PyObject*>y):
        y[i] = value
    else:  # the original grew during the walk
        y.append(value)
    return 0


def deep_clone(value, memo=None):
    """``copy.deepcopy(value, memo)``, iteratively."""
    cdef size_t ticks = 0
    cdef _ObjCloneStack st
    cdef Py_ssize_t top, n, i
    cdef PyObject* kp
    cdef PyObject* vp
    cdef dict m
    cdef list keep
    cdef list acc
    cdef object r, done, x, k, v, src, dst
    cdef PyObject* found
    cdef bint pending
    cdef int kind, pkind
    if _obj_atomic(value):
        return value
    if memo is None:
        m = {}
    elif type(memo) is not dict:
        _obj_check_dict(memo, "deep_clone", "memo")
    else:
        m = <dict>memo
    memo_id = PyLong_FromVoidPtr(<void*>m)
    keep_obj = m.get(memo_id)
    if keep_obj is None:
        keep = []
        m[memo_id] = keep
    else:
        keep = keep_obj
    st = _ObjCloneStack()
    st.external = len(m) > 1
    r = _obj_clone_start(value, m, keep, st)
    while st.size:
        _poll(&ticks)
        top = st.size - 1
        kind = st.frames[top].kind
        done = _OBJ_PENDING
        if kind == _OBJ_DICT or kind == _OBJ_DICT_KEYS:
            src = <object>st.frames[top].src
            dst = <object>st.frames[top].dst
            while True:
                if PyDict_GET_SIZE(st.frames[top].src) != st.frames[top].size0:
                    raise RuntimeError("dictionary changed size during iteration")
                if not PyDict_Next(<PyObject*>src, &st.frames[top].pos, &kp, &vp):
                    done = dst
                    break
                k = <object>kp
                if kind == _OBJ_DICT_KEYS and not _obj_atomic(k):
                    _obj_call_out(st, m)
                    k = _obj_deepcopy(k, m)
                if _obj_leaf(vp):
                    if kind == _OBJ_DICT_KEYS:
                        (<dict>dst)[k] = <object>vp
                    continue
                v = <object>vp
                r = _obj_clone_start(v, m, keep, st)
                if r is _OBJ_PENDING:
                    st.set_key(top, k)
                    break
                if kind == _OBJ_DICT_KEYS or r is not v:
                    (<dict>dst)[k] = r
        elif kind == _OBJ_LIST or kind == _OBJ_TUPLE:
            src = <object>st.frames[top].src
            dst = <object>st.frames[top].dst
            pending = False
            while True:
                i = st.frames[top].pos
                if kind == _OBJ_LIST:
                    n = PyList_GET_SIZE(st.frames[top].src)
                else:
                    n = PyTuple_GET_SIZE(st.frames[top].src)
                if i >= n:
                    break
                st.frames[top].pos = i + 1
                if kind == _OBJ_LIST:
                    vp = PyList_GET_ITEM(st.frames[top].src, i)
                else:
                    vp = PyTuple_GET_ITEM(st.frames[top].src, i)
                if _obj_leaf(vp):
                    if kind == _OBJ_TUPLE:
                        PyList_Append(<PyObject*>dst, vp)
                    continue
                v = <object>vp
                r = _obj_clone_start(v, m, keep, st)
                if r is _OBJ_PENDING:
                    pending = True
                    break
                if kind == _OBJ_TUPLE:
                    PyList_Append(<PyObject*>dst, <PyObject*>r)
                elif r is not v:
                    _obj_list_put(<list>dst, i, r)
            if not pending:
                if kind == _OBJ_LIST:
                    done = dst
                else:
                    found = _obj_memo_get(src, m, st)
                    if found != NULL:
                        done = <object>found
                    else:
                        done = src
                        acc = <list>dst
                        n = PyTuple_GET_SIZE(<PyObject*>src)
                        for i in range(n):
                            if PyTuple_GET_ITEM(<PyObject*>src, i) != PyList_GET_ITEM(<PyObject*>acc, i):
                                done = tuple(acc)
                                st.seen.put(<void*>src, done)
                                if st.gens:
                                    keep.append(src)
                                break
        else:  # a rebuild (reduced object)
            gen = <object>st.frames[top].dst
            send = None if st.frames[top].key == NULL else <object>st.frames[top].key
            _obj_call_out(st, m)
            try:
                v = gen.send(send)
            except StopIteration as stop:
                done = stop.value
                x = <object>st.frames[top].src
                if done is not x:
                    m[PyLong_FromVoidPtr(<void*>x)] = done
                    keep.append(x)
            else:
                r = _obj_clone_start(v, m, keep, st)
                if r is not _OBJ_PENDING:
                    st.set_key(top, r)
                continue
        if done is _OBJ_PENDING:
            continue
        st.pop()
        if not st.size:
            if memo is not None:
                st.seen.flush(m)
            return done
        top = st.size - 1
        pkind = st.frames[top].kind
        if pkind == _OBJ_DICT or pkind == _OBJ_DICT_KEYS:
            (<dict>st.frames[top].dst)[<object>st.frames[top].key] = done
        elif pkind == _OBJ_GEN:
            st.set_key(top, done)
        elif pkind == _OBJ_LIST:
            _obj_list_put(<list>st.frames[top].dst, st.frames[top].pos - 1, done)
        else:
            PyList_Append(st.frames[top].dst, <PyObject*>done)
    if memo is not None:
        st.seen.flush(m)
    return r


# --------------------------------------------------------------------------
# merge / defaults_deep
# --------------------------------------------------------------------------


cdef inline object _obj_set(object target, object key, object value, bint defaults):
    if defaults:
        if PyDict_CheckExact(<PyObject*>target):
            (<dict>target).setdefault(key, value)
        elif hasattr(target, "setdefault"):
            target.setdefault(key, value)
    elif PyDict_CheckExact(<PyObject*>target):
        (<dict>target)[key] = value
    elif target is not None:
        try:
            _obj_assign(target, key, value)
        except AttributeError:
            raise _obj_set_error(target, key) from None


cdef inline object _obj_pairs(object obj):
    if PyDict_CheckExact(<PyObject*>obj):
        return iter((<dict>obj).items())
    if PyList_CheckExact(<PyObject*>obj):
        return iter(enumerate(<list>obj))
    return iter(_obj_items(obj))


def merge_deep(obj, source, customizer=None, argcount=5, defaults=False):
    """Merge ``source`` into ``obj`` in place; return ``obj``."""
    cdef size_t ticks = 0
    cdef Py_ssize_t nargs = int(argcount)
    cdef bint dflt = bool(defaults)
    cdef dict memo = {}
    cdef list stack
    cdef set path
    cdef PyObject* found
    cdef tuple frame
    cdef bint descended
    cdef object items, target, src, pair, key, src_value, obj_value, result, sub
    pair = (PyLong_FromVoidPtr(<void*>obj), PyLong_FromVoidPtr(<void*>source))
    stack = [(_obj_pairs(source), obj, source, pair)]
    path = {pair}
    while stack:
        frame = <tuple>stack[len(stack) - 1]
        items = frame[0]
        target = frame[1]
        src = frame[2]
        descended = False
        for key, src_value in items:
            _poll(&ticks)
            if PyDict_CheckExact(<PyObject*>target):
                found = PyDict_GetItemWithError(target, key)
                if found == NULL:
                    if PyErr_Occurred() != NULL:
                        _reraise()
                    obj_value = None
                else:
                    obj_value = <object>found
            else:
                obj_value = _obj_resolve_key(target, key)
                if obj_value is _OBJ_MISSING:
                    obj_value = None
            if customizer is not None:
                result = customizer(*(obj_value, src_value, key, target, src)[:nargs])
                if result is not None:
                    _obj_set(target, key, result, dflt)
                    continue
            if (isinstance(src_value, list) and isinstance(obj_value, list)) or (
                    isinstance(src_value, dict) and isinstance(obj_value, dict)):
                sub = (PyLong_FromVoidPtr(<void*>obj_value), PyLong_FromVoidPtr(<void*>src_value))
                if sub in path:
                    raise _obj_cycle_error(src_value, len(stack), "merge")
                stack.append((_obj_pairs(src_value), obj_value, src_value, sub))
                path.add(sub)
                descended = True
                break
            if _obj_atomic(src_value):
                _obj_set(target, key, src_value, dflt)
            else:
                _obj_set(target, key, deep_clone(src_value, memo), dflt)
        if not descended:
            stack.pop()
            path.discard(frame[3])
    return obj


# --------------------------------------------------------------------------
# map_values_deep
# --------------------------------------------------------------------------


def map_values_deep_walk(obj, iteratee, argcount=2, path=()):
    """Replace in place every leaf of the lists/dicts of ``obj`` by ``iteratee(leaf, keys)``."""
    cdef size_t ticks = 0
    cdef Py_ssize_t nargs = int(argcount)
    cdef list base = list(path)
    cdef list stack
    cdef list frame
    cdef list pairs
    cdef list keys = []
    cdef set on_path
    cdef Py_ssize_t pos, n
    cdef bint descended
    if not isinstance(obj, (list, dict)):
        return iteratee(*(obj, base)[:nargs])
    stack = [[obj, list(_obj_items(obj)), 0]]
    on_path = {PyLong_FromVoidPtr(<void*>obj)}
    while stack:
        frame = <list>stack[len(stack) - 1]
        container = frame[0]
        pairs = <list>frame[1]
        pos = frame[2]
        n = len(pairs)
        descended = False
        while pos < n:
            _poll(&ticks)
            key, value = <tuple>pairs[pos]
            pos += 1
            if isinstance(value, (list, dict)):
                ident = PyLong_FromVoidPtr(<void*>value)
                if ident in on_path:
                    raise _obj_cycle_error(value, len(stack), "map the values of")
                frame[2] = pos
                keys.append(key)
                stack.append([value, list(_obj_items(value)), 0])
                on_path.add(ident)
                descended = True
                break
            if nargs >= 2:
                mapped = iteratee(value, base + keys + [key])
            elif nargs == 1:
                mapped = iteratee(value)
            else:
                mapped = iteratee()
            container[key] = mapped
        if not descended:
            stack.pop()
            on_path.discard(PyLong_FromVoidPtr(<void*>container))
            if keys:
                keys.pop()
    return obj


# --------------------------------------------------------------------------
# key loops
# --------------------------------------------------------------------------


cdef inline dict _obj_check_pairs(object obj, str name):
    if not PyDict_CheckExact(<PyObject*>obj):
        _obj_check_dict(obj, name, "obj")
    return <dict>obj


cdef inline int _obj_check_keys(object keys, str name) except -1:
    if not PyTuple_CheckExact(<PyObject*>keys) and not PyList_CheckExact(<PyObject*>keys):
        _obj_check_tuple(keys, name, "keys")
    return 0


cdef inline bint _obj_simple(object key):
    """A str key that is no deep path (no ``.``, no ``[``)."""
    cdef Py_UCS4 c
    if not PyUnicode_CheckExact(<PyObject*>key):
        return False
    for c in <str>key:
        if c == u"." or c == u"[":
            return False
    return True


def pick_keys(obj, keys):
    """``{k: obj[k]}`` for the keys present; deep paths give nested results."""
    cdef dict d = _obj_check_pairs(obj, "pick_keys")
    cdef dict out = {}
    cdef PyObject* found
    _obj_check_keys(keys, "pick_keys")
    for key in keys:
        if _obj_simple(key):
            found = PyDict_GetItemWithError(d, key)
            if found != NULL:
                out[key] = <object>found
                continue
            if PyErr_Occurred() != NULL:
                _reraise()
        parsed, flags = _obj_parse_path(key)
        if _obj_has_keys(d, parsed):
            _obj_set_keys(out, parsed, _obj_get_keys(d, parsed), flags)
    return out


def omit_keys(obj, keys):
    """A copy of ``obj`` without ``keys``, or None unless all are ints or plain str keys."""
    cdef dict d = _obj_check_pairs(obj, "omit_keys")
    cdef dict out
    cdef set drop
    _obj_check_keys(keys, "omit_keys")
    for key in keys:
        if not (_obj_simple(key) or PyLong_CheckExact(<PyObject*>key)):
            return None
    if len(keys) * 4 < len(d) or len(d) <= 64:
        out = d.copy()
        for key in keys:
            try:
                del out[key]
            except (KeyError, TypeError):
                pass
        return out
    drop = set()
    for key in keys:
        try:
            drop.add(key)
        except TypeError:
            pass
    return {k: v for k, v in d.items() if k not in drop}


def pick_by_func(obj, func, argcount=2):
    """``{k: v for k, v in obj.items() if func(v, k)}`` (cut to ``argcount``)."""
    cdef dict d = _obj_check_pairs(obj, "pick_by_func")
    cdef Py_ssize_t nargs = int(argcount)
    if func is bool and nargs == 1:
        return {k: v for k, v in d.items() if v}
    if nargs == 1:
        return {k: v for k, v in d.items() if func(v)}
    if nargs >= 2:
        return {k: v for k, v in d.items() if func(v, k)}
    return {k: v for k, v in d.items() if func()}


def omit_by_func(obj, func, argcount=2):
    """``{k: v for k, v in obj.items() if not func(v, k)}`` (cut to ``argcount``)."""
    cdef dict d = _obj_check_pairs(obj, "omit_by_func")
    cdef Py_ssize_t nargs = int(argcount)
    if nargs == 1:
        return {k: v for k, v in d.items() if not func(v)}
    if nargs >= 2:
        return {k: v for k, v in d.items() if not func(v, k)}
    return {k: v for k, v in d.items() if not func()}


def map_values_func(obj, func, argcount=3, collection=None):
    """``{k: func(v, k, collection)}`` (cut to ``argcount``)."""
    cdef dict d = _obj_check_pairs(obj, "map_values_func")
    cdef Py_ssize_t nargs = int(argcount)
    if nargs == 1:
        return {k: func(v) for k, v in d.items()}
    if nargs == 2:
        return {k: func(v, k) for k, v in d.items()}
    if nargs >= 3:
        return {k: func(v, k, collection) for k, v in d.items()}
    return {k: func() for k in d}


def map_keys_func(obj, func, argcount=3, collection=None):
    """``{func(v, k, collection): v}`` (cut to ``argcount``)."""
    cdef dict d = _obj_check_pairs(obj, "map_keys_func")
    cdef Py_ssize_t nargs = int(argcount)
    if nargs == 1:
        return {func(v): v for v in d.values()}
    if nargs == 2:
        return {func(v, k): v for k, v in d.items()}
    if nargs >= 3:
        return {func(v, k, collection): v for k, v in d.items()}
    return {func(): v for v in d.values()}


def invert_items(obj):
    """``{v: k for k, v in obj.items()}``."""
    cdef dict d = _obj_check_pairs(obj, "invert_items")
    return {v: k for k, v in d.items()}


# -- compiled twins of public functions (see TWIN_SLOW in _common_c.pxi) --------------


def twin_rename_keys(obj, key_map):
    """funcutils.objects.rename_keys for a dict and a dict key map; else that function."""
    if type(obj) is not dict or type(key_map) is not dict:
        return TWIN_SLOW["rename_keys"](obj, key_map)
    cdef dict out = {}
    cdef dict renames = <dict>key_map
    cdef PyObject* key
    cdef PyObject* value
    cdef PyObject* renamed
    cdef Py_ssize_t pos = 0
    cdef Py_ssize_t size = PyDict_GET_SIZE(<PyObject*>obj)
    while PyDict_Next(<PyObject*>obj, &pos, &key, &value):
        k = <object>key  # strong references before any call that can run Python code
        v = <object>value
        renamed = PyDict_GetItemWithError(renames, k)
        if renamed is NULL:
            if PyErr_Occurred():
                _reraise()
            out[k] = v
        else:
            out[<object>renamed] = v
        if PyDict_GET_SIZE(<PyObject*>obj) != size:
            raise RuntimeError("dictionary changed size during iteration")
    return out


def twin_property_of(obj):
    """funcutils.utilities.property_of: the getter made without a Python ``__init__`` frame."""
    getter = _PropertyOfGetter.__new__(_PropertyOfGetter)
    getter.obj = obj
    return getter
