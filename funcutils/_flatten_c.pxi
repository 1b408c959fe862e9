# Cython flatten kernels: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_flatten_py.py name for name; that file is the specification.
#
# Exact-type fast paths (``list``/``tuple`` walked by index, common leaf types
# recognised without a call); the walk keeps its stack on the heap, so depth is
# limited by memory only. What is followed is still decided by
# ``funcutils._helpers.is_flattenable`` for every other type.
#
# Memory safety: every container on the stack and the object it is walked
# through are strong references; items borrowed from a list or tuple are either
# appended or pushed (both take a reference) before any Python code can run.

from funcutils._errors import cycle_error as _cycle_error_py

_FLATTEN_ALL = ["flatten_depth", "iterflatten"]

# Exact types this module tests without calling is_flattenable; the tests check
# that they agree with the rule (FOLLOW_EXACT_TYPES / LEAF_EXACT_TYPES).
FAST_FOLLOW_TYPES = (list, tuple)
FAST_LEAF_TYPES = (int, float, str, bytes, dict, bool, type(None))

cdef enum FrameKind:
    LIST_FRAME = 0
    TUPLE_FRAME = 1
    ITER_FRAME = 2

ctypedef struct Frame:
    PyObject* seq      # the list/tuple walked by index, or an iterator (strong)
    PyObject* src      # the container itself, for cycle checks (strong)
    Py_ssize_t pos     # next index (list/tuple frames)
    FrameKind kind

cdef inline bint _is_fast_leaf(PyObject* o) noexcept:
    return (PyLong_CheckExact(o) or PyUnicode_CheckExact(o) or PyFloat_CheckExact(o)
            or PyDict_CheckExact(o) or PyBytes_CheckExact(o) or o == Py_None
            or PyBool_Check(o))


cdef inline object _cycle_error(PyObject* container, Py_ssize_t depth):
    return _cycle_error_py(<object>container, depth)


@cython.final
cdef class _Walker:
    """The flatten walk as a state machine: next_leaf() gives one leaf at a time.

    Used by the eager kernel (a tight loop) and by the lazy iterator.
    """
    cdef Frame* frames
    cdef Py_ssize_t size, cap
    cdef Py_ssize_t limit            # max stack size that may still descend; < 0: none
    cdef Py_ssize_t next_checkpoint  # Brent: see _speedups_py (unlimited walks only)
    cdef size_t ticks

    def __cinit__(self):
        self.frames = NULL
        self.size = 0
        self.cap = 0

    def __dealloc__(self):
        self.clear()

    cdef void clear(self) noexcept:
        while self.size > 0:
            self.size -= 1
            Py_DECREF(self.frames[self.size].seq)
            Py_DECREF(self.frames[self.size].src)
        free(self.frames)
        self.frames = NULL
        self.cap = 0

    cdef int push(self, PyObject* seq, PyObject* src, FrameKind kind) except -1:
        cdef void* grown
        cdef Frame* f
        if self.size == self.cap:
            grown = realloc(self.frames, (self.cap * 2 + 16) * sizeof(Frame))
            if grown == NULL:
                raise MemoryError()
            self.frames = <Frame*>grown
            self.cap = self.cap * 2 + 16
        f = &self.frames[self.size]
        Py_INCREF(seq)
        Py_INCREF(src)
        f.seq = seq
        f.src = src
        f.pos = 0
        f.kind = kind
        self.size += 1
        return 0

    cdef int start(self, object array, Py_ssize_t depth, str name) except -1:
        cdef PyObject* p = <PyObject*>array
        self.limit = depth
        self.next_checkpoint = 1
        self.ticks = 0
        if PyList_CheckExact(p):
            self.push(p, p, LIST_FRAME)
        elif PyTuple_CheckExact(p):
            self.push(p, p, TUPLE_FRAME)
        else:
            try:
                it = iter(array)
            except TypeError:
                raise not_iterable_error(array, name) from None
            self.push(<PyObject*>it, p, ITER_FRAME)
        return 0

    cdef int enter(self, PyObject* item, PyObject* seq, FrameKind kind) except -1:
        """Push a container found at the top of the stack (cycle check first)."""
        if self.limit < 0:
            if item == self.frames[self.next_checkpoint >> 1].src:
                raise _cycle_error(item, self.size)
            self.push(seq, item, kind)
            if self.size - 1 == self.next_checkpoint:
                self.next_checkpoint = 2 * self.next_checkpoint + 1
        else:
            self.push(seq, item, kind)
        return 0

    cdef void pop(self) noexcept:
        self.size -= 1
        Py_DECREF(self.frames[self.size].seq)
        Py_DECREF(self.frames[self.size].src)
        if self.limit < 0 and self.size == self.next_checkpoint >> 1:
            self.next_checkpoint >>= 1

    cdef PyObject* next_leaf(self, list out) except? NULL:
        """Return a new reference to the next leaf, or NULL when done.

        With ``out`` given, drain instead: append every leaf to ``out`` and
        return NULL at the end (the eager kernel's loop, without a call per leaf).
        """
        cdef Frame* f
        cdef PyObject* item
        cdef PyObject* dest = <PyObject*>out if out is not None else NULL
        cdef bint owned
        cdef bint may_descend
        while self.size > 0:
            f = &self.frames[self.size - 1]
            may_descend = self.limit < 0 or self.size <= self.limit
            while True:
                _poll(&self.ticks)
                owned = False
                if f.kind == LIST_FRAME:
                    if f.pos >= PyList_GET_SIZE(f.seq):
                        break
                    item = PyList_GET_ITEM(f.seq, f.pos)
                    f.pos += 1
                elif f.kind == TUPLE_FRAME:
                    if f.pos >= PyTuple_GET_SIZE(f.seq):
                        break
                    item = PyTuple_GET_ITEM(f.seq, f.pos)
                    f.pos += 1
                else:
                    item = PyIter_Next(f.seq)
                    if item == NULL:
                        if PyErr_Occurred() != NULL:
                            return NULL
                        break
                    owned = True
                if may_descend:
                    if PyList_CheckExact(item):
                        if owned:
                            self._enter_owned(item, item, LIST_FRAME, owned)
                        else:
                            self.enter(item, item, LIST_FRAME)
                        f = &self.frames[self.size - 1]
                        may_descend = self.limit < 0 or self.size <= self.limit
                        continue
                    if PyTuple_CheckExact(item):
                        if owned:
                            self._enter_owned(item, item, TUPLE_FRAME, owned)
                        else:
                            self.enter(item, item, TUPLE_FRAME)
                        f = &self.frames[self.size - 1]
                        may_descend = self.limit < 0 or self.size <= self.limit
                        continue
                    if not _is_fast_leaf(item) and self._enter_other(item, owned):
                        f = &self.frames[self.size - 1]
                        may_descend = self.limit < 0 or self.size <= self.limit
                        continue
                # a leaf
                if dest == NULL:
                    if not owned:
                        Py_INCREF(item)
                    return item
                if owned:
                    try:
                        PyList_Append(dest, item)
                    finally:
                        Py_DECREF(item)
                else:
                    PyList_Append(dest, item)
            self.pop()
        return NULL

    cdef int _enter_owned(self, PyObject* item, PyObject* src, FrameKind kind,
                          bint owned) except -1:
        try:
            self.enter(item, src, kind)
        finally:
            if owned:
                Py_DECREF(item)
        return 0

    cdef bint _enter_other(self, PyObject* item, bint owned) except -1:
        """Apply the leaf rule to an item of another type; push it if followed.

        Returns True when the item was pushed (and releases an owned item).
        """
        obj = <object>item          # a strong reference while Python code runs
        if owned:
            Py_DECREF(item)         # ``obj`` holds it now
        if not is_flattenable(obj):
            if owned:
                Py_INCREF(item)     # hand the reference back to the caller
            return False
        it = iter(obj)
        self.enter(item, <PyObject*>it, ITER_FRAME)
        return True


cdef list _flatten_one(object array, str name):
    """depth == 1: list and tuple items are spliced in with list.extend.

    Checks for Ctrl-C every 65,536 items, as the walker does.
    """
    cdef list out = []
    cdef PyObject* item
    cdef Py_ssize_t i = 0
    cdef size_t ticks = 0
    cdef PyObject* p = <PyObject*>array
    if not PyList_CheckExact(p):
        try:
            it = iter(array)
        except TypeError:
            raise not_iterable_error(array, name) from None
        for obj in it:
            _poll(&ticks)
            if PyList_CheckExact(<PyObject*>obj) or PyTuple_CheckExact(<PyObject*>obj):
                out.extend(obj)
            elif not _is_fast_leaf(<PyObject*>obj) and is_flattenable(obj):
                out.extend(obj)
            else:
                out.append(obj)
        return out
    while i < PyList_GET_SIZE(p):
        _poll(&ticks)
        item = PyList_GET_ITEM(p, i)
        i += 1
        if PyList_CheckExact(item) or PyTuple_CheckExact(item):
            out.extend(<object>item)
        elif _is_fast_leaf(item):
            PyList_Append(<PyObject*>out, item)
        else:
            obj = <object>item
            if is_flattenable(obj):
                out.extend(obj)
            else:
                out.append(obj)
    return out


def flatten_depth(array, Py_ssize_t depth, str name="flatten_depth"):
    """Flatten ``array`` up to ``depth`` levels (negative: all levels) into a new list.

    ``name`` is the public function named in error messages.

    >>> flatten_depth([1, [2, (3, [4])], "ab", {"k": 5}], -1)
    [1, 2, 3, 4, 'ab', {'k': 5}]
    >>> flatten_depth([[1, [2]], [3]], 1)
    [1, [2], 3]
    """
    cdef list out
    cdef _Walker walker
    if depth == 1:
        return _flatten_one(array, name)
    if depth == 0:
        try:
            it = iter(array)
        except TypeError:
            raise not_iterable_error(array, name) from None
        return list(it)
    out = []
    walker = _Walker()
    walker.start(array, depth, name)
    try:
        walker.next_leaf(out)
    finally:
        walker.clear()
    return out


@cython.final
cdef class _FlattenIterator:
    """Lazy flatten: the iterator returned by :func:`iterflatten`.

    Like a generator it refuses to be re-entered (from a nested iterable's
    ``__next__``, or from another thread while Python code runs inside it):
    the walk's frames are not shared safely, so ``ValueError`` is raised.
    """
    cdef _Walker walker
    cdef bint running

    def __iter__(self):
        return self

    def __next__(self):
        cdef PyObject* leaf
        if self.running:
            raise ValueError("generator already executing")
        self.running = True
        try:
            leaf = self.walker.next_leaf(None)
        except BaseException:
            self.walker.clear()   # like a generator: an error finishes the iteration
            raise
        finally:
            self.running = False
        if leaf == NULL:
            self.walker.clear()
            raise StopIteration
        obj = <object>leaf
        Py_DECREF(leaf)
        return obj


def iterflatten(array, Py_ssize_t depth=-1, str name="iterflatten"):
    """Lazily flatten ``array`` up to ``depth`` levels (negative: all levels).

    ``array`` is checked at once; nested iterables are consumed lazily, one
    item at a time, so a long generator streams in constant memory.

    >>> list(iterflatten([1, [2, (3, [4])]], -1))
    [1, 2, 3, 4]
    """
    cdef _FlattenIterator result = _FlattenIterator.__new__(_FlattenIterator)
    result.walker = _Walker()
    result.walker.start(array, depth, name)   # depth 0: the walker never descends
    return result


