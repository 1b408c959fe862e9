# Cython kernels for funcutils.arrays: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_arrays_py.py name for name; that file is the specification.
#
# Equality is the specification's: hashable values go through a set (here with
# the raw C set calls, so an unhashable value costs no try/except on the hot
# path), unhashable values through the specification's own ``_Seen`` helper,
# whose ``hashable`` set is shared with the fast path. Items borrowed from a
# list or tuple are only used while no Python code can run, or are held by a
# Cython ``object`` variable (a strong reference) before any call.

from funcutils._arrays_py import _Seen, _check_callable
from funcutils._errors import arg_error, unequal_keys_error

_ARRAYS_ALL = [
    "chunk",
    "compact",
    "difference",
    "duplicates",
    "intersection",
    "unzip",
    "uniq",
    "uniq_by",
    "without",
    "zip_",
]


cdef inline int _unhashable_error() except -1:
    """After a failed raw set call: 1 if it was a TypeError (cleared), else re-raise."""
    if PyErr_ExceptionMatches(TypeError):
        PyErr_Clear()
        return 1
    return _reraise()


@cython.final
cdef class _SeenC:
    """The specification's ``_Seen``, made lazily: a raw set for the hashable values,
    and the ``_Seen`` itself (sharing that set) only once an unhashable value comes
    (building a ``_Seen`` costs a Python ``__init__``: most of a small ``uniq``)."""
    cdef set hashable
    cdef object full


cdef inline _SeenC _new_seen():
    cdef _SeenC seen = _SeenC.__new__(_SeenC)
    seen.hashable = set()
    return seen


cdef object _seen_full(_SeenC seen):
    if seen.full is None:
        full = _Seen()
        full.hashable = seen.hashable
        seen.full = full
    return seen.full


cdef inline int _seen_add(_SeenC seen, set hs, object value) except -1:
    """``seen.add(value)`` of the specification: 1 if new, 0 if seen before."""
    if type(value) is list or type(value) is dict:  # never hashable: skip the raising call
        return 1 if _seen_full(seen).add_unhashable(value) else 0
    cdef Py_ssize_t before = PySet_GET_SIZE(hs)
    if PySet_Add(hs, value) == 0:
        return PySet_GET_SIZE(hs) != before
    return _seen_add_slow(seen, value)


cdef int _seen_add_slow(_SeenC seen, object value) except -1:
    _unhashable_error()
    return 1 if _seen_full(seen).add(value) else 0


cdef inline int _seen_has(_SeenC seen, set hs, object value) except -1:
    """``value in seen`` of the specification."""
    if type(value) is list or type(value) is dict:  # never hashable: skip the raising call
        return 1 if _seen_full(seen).has_unhashable(value) else 0
    cdef int r = PySet_Contains(hs, value)
    if r >= 0:
        return r
    return _seen_has_slow(seen, value)


cdef int _seen_has_slow(_SeenC seen, object value) except -1:
    _unhashable_error()
    return 1 if (value in _seen_full(seen)) else 0


cdef _SeenC _seen_of_c(object values):
    cdef _SeenC seen = _new_seen()
    cdef set hs = seen.hashable
    for value in values:
        _seen_add(seen, hs, value)
    return seen


def uniq(array):
    """First-seen unique items of ``array``.

    >>> uniq([1, 2, 1, [3], [3], 1.0, True])
    [1, 2, [3]]
    """
    cdef size_t ticks = 0
    cdef list items = array if type(array) is list else list(array)
    cdef list out = []
    cdef _SeenC seen = _new_seen()
    cdef set hs = seen.hashable
    for item in items:
        _poll(&ticks)
        if _seen_add(seen, hs, item):
            out.append(item)
    return out


def uniq_by(array, iteratee):
    """First-seen items of ``array`` whose ``iteratee(item)`` is new.

    >>> uniq_by([1.2, 1.4, 2.1], round)
    [1.2, 2.1]
    """
    cdef size_t ticks = 0
    if iteratee is None:
        return uniq(array)
    _check_callable(iteratee, "uniq_by")
    cdef list out = []
    cdef _SeenC seen = _new_seen()
    cdef set hs = seen.hashable
    for item in array:
        _poll(&ticks)
        if _seen_add(seen, hs, iteratee(item)):
            out.append(item)
    return out


def difference(array, others, iteratee=None):
    """Items of ``array`` (duplicates and order kept) not equal to any item of ``others``.

    >>> difference([1, 1, 2, [3], 4], [[2], [[3]]])
    [1, 1, 4]
    >>> difference([1.2, 2.6], [[3.1]], round)
    [1.2]
    """
    cdef size_t ticks = 0
    cdef _SeenC seen = _new_seen()
    cdef set hs = seen.hashable
    cdef list out = []
    if iteratee is None:
        for other in others:
            _poll(&ticks)
            for value in other:
                _poll(&ticks)
                _seen_add(seen, hs, value)
        for item in array:
            _poll(&ticks)
            if not _seen_has(seen, hs, item):
                out.append(item)
        return out
    _check_callable(iteratee, "difference")
    for other in others:
        _poll(&ticks)
        for value in other:
            _poll(&ticks)
            _seen_add(seen, hs, iteratee(value))
    for item in array:
        _poll(&ticks)
        if not _seen_has(seen, hs, iteratee(item)):
            out.append(item)
    return out


def intersection(array, others, iteratee=None):
    """Items of ``array`` (first-seen order) equal to an item of every other, unique.

    >>> intersection([1, 2, 2, [3], 4], [[2, [3], 1], [[3], 2]])
    [2, [3]]
    """
    cdef size_t ticks = 0
    cdef list sets
    cdef list out = []
    cdef bint keep
    cdef _SeenC s
    if iteratee is not None:
        _check_callable(iteratee, "intersection")
        sets = [_seen_of_c([iteratee(v) for v in other]) for other in others]
    else:
        sets = [_seen_of_c(other) for other in others]
    cdef _SeenC seen = _new_seen()
    cdef set hs = seen.hashable
    for item in array:
        _poll(&ticks)
        key = item if iteratee is None else iteratee(item)
        keep = True
        for s in sets:
            _poll(&ticks)
            if not _seen_has(s, s.hashable, key):
                keep = False
                break
        if keep and _seen_add(seen, hs, key):
            out.append(item)
    return out


cdef int _without_slow(set hashable, list rest, list exotic, object item) except -1:
    # The specification's Python-level test: ``in`` on a set looks a set item up
    # as a frozenset, which the raw C call does not.
    try:
        found = item in hashable
    except TypeError:
        return 1 if item in rest else 0
    if not found and exotic:
        found = item in exotic
    return 1 if found else 0


def without(array, values):
    """Items of ``array`` not in the sequence ``values`` (``in``: identity or ``==``).

    >>> without([1, 2, [3], 2], (2, [3]))
    [1]
    """
    cdef size_t ticks = 0
    if type(values) is not tuple:
        values = tuple(values)
    cdef set hashable = set()
    cdef list rest = []
    for value in values:
        _poll(&ticks)
        if PySet_Add(hashable, value) < 0:
            _unhashable_error()
            rest.append(value)
    cdef list exotic = [v for v in rest if type(v) is not list and type(v) is not dict]
    cdef list out = []
    cdef int r
    for item in array:
        _poll(&ticks)
        r = PySet_Contains(hashable, item)
        if r < 0:
            _unhashable_error()
            r = _without_slow(hashable, rest, exotic, item)
        elif r == 0 and exotic:
            r = item in exotic
        if not r:
            out.append(item)
    return out


def duplicates(array, keys):
    """Unique items of ``array`` at the positions where ``keys`` repeats.

    >>> duplicates([0, 1, 3, 2, 3, 1], None)
    [3, 1]
    >>> duplicates(["a", "b", "c"], [1, 2, 1])
    ['c']
    """
    cdef size_t ticks = 0
    cdef list items = array if type(array) is list else list(array)
    cdef list ks
    if keys is None:
        ks = items
    else:
        ks = keys if type(keys) is list else list(keys)
    if len(ks) != len(items):
        raise unequal_keys_error("duplicates")
    cdef _SeenC seen = _new_seen()
    cdef set hs = seen.hashable
    cdef list repeated = []
    cdef Py_ssize_t i = 0
    for key in ks:
        _poll(&ticks)
        if not _seen_add(seen, hs, key):
            repeated.append(items[i])
        i += 1
    return uniq(repeated)


def chunk(array, size):
    """Slices of ``array`` of ``size`` items, the last one shorter.

    >>> chunk([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    >>> chunk("abcde", 3)
    ['abc', 'de']
    """
    if type(size) is not int:
        if not isinstance(size, int):
            raise arg_error("chunk", "size", "an integer", size)
        size = int(size)
    if size < 1:
        return []
    cdef Py_ssize_t n = len(array)
    cdef Py_ssize_t step = size, i, k = 0
    cdef size_t ticks = 0
    cdef list lst
    cdef object out
    if type(array) is list:
        lst = array
        out = PyList_New((n + step - 1) // step)
        i = 0
        while i < n:
            _poll(&ticks)   # Ctrl-C: checked every 65,536 pieces
            piece = lst[i:i + step]
            Py_INCREF(<PyObject*>piece)
            PyList_SET_ITEM(out, k, <PyObject*>piece)
            k += 1
            i += step
        return out
    return [array[i:i + step] for i in range(0, n, step)]


def compact(array):
    """The truthy items of ``array``.

    >>> compact([0, 1, None, "", "a", [], [0]])
    [1, 'a', [0]]
    """
    cdef size_t ticks = 0
    cdef list out = []
    for item in array:
        _poll(&ticks)
        if PyObject_IsTrue(item):
            out.append(item)
    return out


def zip_(arrays):
    """Tuples of the items at each index, truncated to the shortest input.

    >>> zip_([[1, 2, 3], "ab"])
    [(1, 'a'), (2, 'b')]
    """
    # The builtin zip is already a C loop: a hand-written tuple builder measured
    # 1.1-1.2x slower (it must re-check list sizes, as zip does, after every
    # allocation that may run a finalizer).
    return list(zip(*arrays))


def unzip(array):
    """The inverse of :func:`zip_`: regroups the items of each group by index.

    >>> unzip([[1, "a"], [2, "b"]])
    [(1, 2), ('a', 'b')]
    """
    return list(zip(*array))


# -- compiled twins of public functions (see TWIN_SLOW in _common_c.pxi) --------------
# Each is funcutils.arrays' function of the same name on plain sequences (and exact
# int arguments); anything else goes to that function.


def twin_initial(array):
    if _plain_sequence(array):
        return array[:-1]
    return TWIN_SLOW["initial"](array)


def twin_tail(array):
    if _plain_sequence(array):
        return array[1:]
    return TWIN_SLOW["tail"](array)


def twin_reverse(array):
    if _plain_sequence(array):
        return array[::-1]
    return TWIN_SLOW["reverse"](array)


def twin_slice_(array, start=0, end=None):
    if _plain_sequence(array) and type(start) is int and (end is None or type(end) is int):
        if end is None:
            end = (start + 1) if start >= 0 else (len(array) + start + 1)
        return array[start:end]
    return TWIN_SLOW["slice_"](array, start, end)


def twin_split_at(array, index):
    if _plain_sequence(array) and type(index) is int:
        return [array[:index], array[index:]]
    return TWIN_SLOW["split_at"](array, index)
