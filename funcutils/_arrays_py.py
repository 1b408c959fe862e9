"""Pure-Python kernels for :mod:`funcutils.arrays`: the specification.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by
``funcutils/_arrays_c.pxi`` (compiled into ``funcutils._speedups_c``).

Equality
--------
Items are compared as pydash compares them: hashable items with hashable
items through a set (hash, then identity or ``==``), unhashable items with
unhashable items by ``==``. So that an all-unhashable input is not quadratic
in the common case, an exact ``list`` of hashable items and an exact ``dict``
of hashable values get a hashable *surrogate* (``(list, tuple(item))``,
``(dict, frozenset(item.items()))``) that is equal exactly when the items
are; any other unhashable item is compared by a linear scan, as pydash does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Callable, Optional

from ._errors import arg_error, check_callable, unequal_keys_error

__all__: list[str] = [
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


def _surrogate(item: Any) -> Any:
    """A hashable stand-in for an exact list/dict of hashables, else ``None``."""
    tp = type(item)
    try:
        if tp is list:
            key: Any = (list, tuple(item))
        elif tp is dict:
            key = (dict, frozenset(item.items()))
        else:
            return None
        hash(key)
    except TypeError:
        return None
    return key


class _Seen:
    """A set of seen values with pydash's equality (see the module doc)."""

    __slots__ = ("hashable", "surrogates", "unhashable", "exotic")

    def __init__(self) -> None:
        self.hashable: set[Any] = set()
        self.surrogates: set[Any] = set()
        self.unhashable: list[Any] = []  # every unhashable value, in order
        self.exotic: list[Any] = []  # the unhashable values without a surrogate

    def add(self, value: Any) -> bool:
        """Add ``value``; return whether it was new."""
        try:
            if value in self.hashable:
                return False
            self.hashable.add(value)
            return True
        except TypeError:
            return self.add_unhashable(value)

    def add_unhashable(self, value: Any) -> bool:
        """:meth:`add` for a value known to be unhashable (an exact list or dict)."""
        key = _surrogate(value)
        if key is not None:
            if key in self.surrogates or (self.exotic and value in self.exotic):
                return False
            self.surrogates.add(key)
        else:
            if value in self.unhashable:
                return False
            self.exotic.append(value)
        self.unhashable.append(value)
        return True

    def __contains__(self, value: Any) -> bool:
        try:
            return value in self.hashable
        except TypeError:
            return self.has_unhashable(value)

    def has_unhashable(self, value: Any) -> bool:
        """``value in self`` for a value known to be unhashable (an exact list or dict)."""
        key = _surrogate(value)
        if key is not None:
            return key in self.surrogates or bool(self.exotic and value in self.exotic)
        return value in self.unhashable


def _seen_of(values: Iterable[Any]) -> _Seen:
    seen = _Seen()
    for value in values:
        seen.add(value)
    return seen


def uniq(array: Any) -> list[Any]:
    """First-seen unique items of ``array``.

    >>> uniq([1, 2, 1, [3], [3], 1.0, True])
    [1, 2, [3]]
    """
    if type(array) is not list:
        array = list(array)
    try:
        return list(dict.fromkeys(array))
    except TypeError:
        pass
    seen = _Seen()
    return [item for item in array if seen.add(item)]


def uniq_by(array: Any, iteratee: Optional[Callable[[Any], Any]]) -> list[Any]:
    """First-seen items of ``array`` whose ``iteratee(item)`` is new.

    >>> uniq_by([1.2, 1.4, 2.1], round)
    [1.2, 2.1]
    """
    if iteratee is None:
        return uniq(array)
    _check_callable(iteratee, "uniq_by")
    seen = _Seen()
    return [item for item in array if seen.add(iteratee(item))]


def difference(array: Any, others: Any, iteratee: Optional[Callable[[Any], Any]] = None) -> list[Any]:
    """Items of ``array`` (duplicates and order kept) not equal to any item of ``others``.

    ``others`` is an iterable of iterables; with ``iteratee``, ``iteratee(x)``
    is compared instead of ``x``.

    >>> difference([1, 1, 2, [3], 4], [[2], [[3]]])
    [1, 1, 4]
    >>> difference([1.2, 2.6], [[3.1]], round)
    [1.2]
    """
    seen = _Seen()
    if iteratee is None:
        for other in others:
            for value in other:
                seen.add(value)
        return [item for item in array if item not in seen]
    _check_callable(iteratee, "difference")
    for other in others:
        for value in other:
            seen.add(iteratee(value))
    return [item for item in array if iteratee(item) not in seen]


def _check_callable(iteratee: Any, name: str) -> None:
    check_callable(iteratee, name, "iteratee")


def intersection(
    array: Any, others: Any, iteratee: Optional[Callable[[Any], Any]] = None
) -> list[Any]:
    """Items of ``array`` (first-seen order) equal to an item of every other, unique.

    With ``iteratee``, ``iteratee(x)`` is compared (and made unique) instead of ``x``.

    >>> intersection([1, 2, 2, [3], 4], [[2, [3], 1], [[3], 2]])
    [2, [3]]
    """
    if iteratee is None:
        sets = [_seen_of(other) for other in others]
        seen = _Seen()
        return [item for item in array if all(item in s for s in sets) and seen.add(item)]
    _check_callable(iteratee, "intersection")
    sets = [_seen_of([iteratee(v) for v in other]) for other in others]
    seen = _Seen()
    out = []
    for item in array:
        key = iteratee(item)
        if all(key in s for s in sets) and seen.add(key):
            out.append(item)
    return out


def without(array: Any, values: Any) -> list[Any]:
    """Items of ``array`` not in the sequence ``values`` (``in``: identity or ``==``).

    >>> without([1, 2, [3], 2], (2, [3]))
    [1]
    """
    if type(values) is not tuple:
        values = tuple(values)
    hashable: set[Any] = set()
    rest: list[Any] = []
    for value in values:
        try:
            hashable.add(value)
        except TypeError:
            rest.append(value)
    exotic = [v for v in rest if type(v) is not list and type(v) is not dict]
    out = []
    for item in array:
        try:
            found = item in hashable
        except TypeError:
            found = item in rest
        else:
            if not found and exotic:
                found = item in exotic
        if not found:
            out.append(item)
    return out


def duplicates(array: Any, keys: Any) -> list[Any]:
    """Unique items of ``array`` at the positions where ``keys`` repeats.

    ``keys`` gives the compared value of each item (``None``: the items).

    >>> duplicates([0, 1, 3, 2, 3, 1], None)
    [3, 1]
    >>> duplicates(["a", "b", "c"], [1, 2, 1])
    ['c']
    """
    items = array if type(array) is list else list(array)
    if keys is None:
        keys = items
    elif type(keys) is not list:
        keys = list(keys)
    if len(keys) != len(items):
        raise unequal_keys_error("duplicates")
    seen = _Seen()
    repeated = [items[i] for i, key in enumerate(keys) if not seen.add(key)]
    return uniq(repeated)


def chunk(array: Any, size: int) -> list[Any]:
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
    n = len(array)
    return [array[i : i + size] for i in range(0, n, size)]


def compact(array: Any) -> list[Any]:
    """The truthy items of ``array``.

    >>> compact([0, 1, None, "", "a", [], [0]])
    [1, 'a', [0]]
    """
    return [item for item in array if item]


def zip_(arrays: Any) -> list[tuple[Any, ...]]:
    """Tuples of the items at each index, truncated to the shortest input.

    >>> zip_([[1, 2, 3], "ab"])
    [(1, 'a'), (2, 'b')]
    """
    return list(zip(*arrays))


def unzip(array: Any) -> list[tuple[Any, ...]]:
    """The inverse of :func:`zip_`: regroups the items of each group by index.

    >>> unzip([[1, "a"], [2, "b"]])
    [(1, 2), ('a', 'b')]
    """
    return list(zip(*array))
