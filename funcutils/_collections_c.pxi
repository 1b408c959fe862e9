# Cython kernels for funcutils.collections: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_collections_py.py name for name; that file is the specification.
#
# Fast path: an exact dict row is looked up directly, key by key, with
# PyDict_GetItemWithError; a miss (the int fallback may apply), a lookup error
# or any other row type defers to funcutils._paths.get_keys for the rest of the
# path, which is exactly what the pure kernel does for every row. Borrowed
# results are turned into strong references before any Python code can run.

from funcutils._errors import check_tuple
from funcutils._paths import get_keys as _coll_get_keys

_COLLECTIONS_ALL = [
    "count_by_path",
    "filter_path",
    "group_by_path",
    "key_by_path",
    "map_path",
    "partition_path",
    "sort_by_path",
]


cdef inline tuple _coll_check_keys(object keys, str name):
    if type(keys) is not tuple:
        check_tuple(keys, name, "keys")
    return <tuple>keys


cdef inline object _coll_iter(object items, str name):
    try:
        return iter(items)
    except TypeError:
        raise not_iterable_error(items, name, "items") from None


cdef object _coll_slow(object cur, tuple keys, Py_ssize_t start):
    if start == 0:
        return _coll_get_keys(cur, keys, None)
    return _coll_get_keys(cur, keys[start:], None)


cdef inline object _coll_value(object row, tuple keys, Py_ssize_t n):
    """The value of ``row`` at ``keys`` (``n == len(keys)``), as get_keys(row, keys, None)."""
    cdef Py_ssize_t i
    cdef PyObject* found
    cdef object cur = row
    for i in range(n):
        if not PyDict_CheckExact(<PyObject*>cur):
            return _coll_slow(cur, keys, i)
        found = PyDict_GetItemWithError(cur, <object>PyTuple_GET_ITEM(<PyObject*>keys, i))
        if found == NULL:
            if PyErr_Occurred() != NULL:
                PyErr_Clear()  # e.g. an unhashable key: get_keys decides (as the pure kernel)
            return _coll_slow(cur, keys, i)
        cur = <object>found
    return cur


def map_path(items, keys):
    """``[get(row, keys) for row in items]``."""
    cdef size_t ticks = 0
    cdef tuple k = _coll_check_keys(keys, "map_path")
    cdef Py_ssize_t n = len(k)
    cdef list out
    cdef list seq
    cdef Py_ssize_t i, size
    if PyList_CheckExact(<PyObject*>items):
        seq = <list>items
        out = []
        for row in seq:
            _poll(&ticks)
            out.append(_coll_value(row, k, n))
        return out
    out = []
    for row in _coll_iter(items, "map_path"):
        _poll(&ticks)
        out.append(_coll_value(row, k, n))
    return out


def filter_path(items, keys, keep=True):
    """Rows whose value at ``keys`` is truthy (``keep=False``: falsy)."""
    cdef size_t ticks = 0
    cdef tuple k = _coll_check_keys(keys, "filter_path")
    cdef Py_ssize_t n = len(k)
    cdef bint want = bool(keep)
    cdef list out = []
    if PyList_CheckExact(<PyObject*>items):
        for row in <list>items:
            _poll(&ticks)
            if bool(_coll_value(row, k, n)) == want:
                out.append(row)
        return out
    for row in _coll_iter(items, "filter_path"):
        _poll(&ticks)
        if bool(_coll_value(row, k, n)) == want:
            out.append(row)
    return out


def partition_path(items, keys):
    """``[truthy_rows, falsy_rows]`` by the value at ``keys``."""
    cdef size_t ticks = 0
    cdef tuple k = _coll_check_keys(keys, "partition_path")
    cdef Py_ssize_t n = len(k)
    cdef list trues = []
    cdef list falses = []
    if PyList_CheckExact(<PyObject*>items):
        for row in <list>items:
            _poll(&ticks)
            if _coll_value(row, k, n):
                trues.append(row)
            else:
                falses.append(row)
        return [trues, falses]
    for row in _coll_iter(items, "partition_path"):
        _poll(&ticks)
        if _coll_value(row, k, n):
            trues.append(row)
        else:
            falses.append(row)
    return [trues, falses]


cdef inline void _coll_group_add(dict out, object key, object row) except *:
    group = out.get(key)
    if group is None:
        out[key] = [row]
    else:
        (<list>group).append(row)


def group_by_path(items, keys):
    """``{value_at_keys: [rows...]}`` in first-seen order."""
    cdef size_t ticks = 0
    cdef tuple k = _coll_check_keys(keys, "group_by_path")
    cdef Py_ssize_t n = len(k)
    cdef dict out = {}
    if PyList_CheckExact(<PyObject*>items):
        for row in <list>items:
            _poll(&ticks)
            _coll_group_add(out, _coll_value(row, k, n), row)
        return out
    for row in _coll_iter(items, "group_by_path"):
        _poll(&ticks)
        _coll_group_add(out, _coll_value(row, k, n), row)
    return out


def key_by_path(items, keys):
    """``{value_at_keys: row}``; the last row wins."""
    cdef size_t ticks = 0
    cdef tuple k = _coll_check_keys(keys, "key_by_path")
    cdef Py_ssize_t n = len(k)
    cdef dict out = {}
    if PyList_CheckExact(<PyObject*>items):
        for row in <list>items:
            _poll(&ticks)
            out[_coll_value(row, k, n)] = row
        return out
    for row in _coll_iter(items, "key_by_path"):
        _poll(&ticks)
        out[_coll_value(row, k, n)] = row
    return out


cdef class _CollCounter:
    """First-seen-ordered counts: one dict lookup per item (key -> slot), counts in C."""

    cdef dict index
    cdef Py_ssize_t* counts
    cdef Py_ssize_t size
    cdef Py_ssize_t capacity

    def __cinit__(self):
        self.index = {}
        self.counts = NULL
        self.size = 0
        self.capacity = 0

    def __dealloc__(self):
        free(self.counts)

    cdef inline int add(self, object key) except -1:
        cdef PyObject* found = PyDict_GetItemWithError(self.index, key)
        cdef Py_ssize_t* grown
        if found == NULL and PyErr_Occurred() != NULL:
            _reraise()
        if found != NULL:
            self.counts[PyLong_AsSsize_t(<object>found)] += 1
            return 0
        if self.size == self.capacity:
            grown = <Py_ssize_t*>realloc(
                self.counts, (self.capacity * 2 + 16) * sizeof(Py_ssize_t))
            if grown == NULL:
                raise MemoryError()
            self.counts = grown
            self.capacity = self.capacity * 2 + 16
        self.index[key] = self.size
        self.counts[self.size] = 1
        self.size += 1
        return 0

    cdef dict result(self):
        cdef dict out = {}
        cdef Py_ssize_t i = 0
        for key in self.index:
            out[key] = self.counts[i]
            i += 1
        return out


def count_by_path(items, keys):
    """``{value_at_keys: count}`` in first-seen order."""
    cdef size_t ticks = 0
    cdef tuple k = _coll_check_keys(keys, "count_by_path")
    cdef Py_ssize_t n = len(k)
    cdef _CollCounter counter = _CollCounter()
    if PyList_CheckExact(<PyObject*>items):
        for row in <list>items:
            _poll(&ticks)
            counter.add(_coll_value(row, k, n))
        return counter.result()
    for row in _coll_iter(items, "count_by_path"):
        _poll(&ticks)
        counter.add(_coll_value(row, k, n))
    return counter.result()


def sort_by_path(items, keys, reverse=False):
    """Rows stably sorted by the value at ``keys``."""
    cdef tuple k = _coll_check_keys(keys, "sort_by_path")
    cdef Py_ssize_t n = len(k)
    cdef list rows = list(_coll_iter(items, "sort_by_path"))
    cdef list values = [_coll_value(row, k, n) for row in rows]
    order = sorted(range(len(rows)), key=values.__getitem__, reverse=bool(reverse))
    return [rows[i] for i in order]
