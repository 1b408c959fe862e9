"""Implementation of the public array helpers (second half), re-exported by :mod:`funcutils.arrays`.

Import the functions from :mod:`funcutils.arrays` (or :mod:`funcutils`), not from here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, MutableSequence, Sequence
from typing import Any, Callable, Optional, Union, overload

from ._arrays_api import (
    Comparator,
    IterateeT,
    K,
    SeqT,
    V,
    _as_list,
    _call,
    _copy,
    _keyfunc,
    _speedups,
    _split_last,
    difference_with,
    intersection_with,
)
from ._iteratee import callback as _callback
from ._iteratee import iteratee as _iteratee
from ._paths import parse_path, set_keys
from ._errors import name_non_iterables, refuse_mapping
from .types import T, T2, T3

__all__ = [
    "sorted_index",
    "sorted_index_by",
    "sorted_index_of",
    "sorted_last_index",
    "sorted_last_index_by",
    "sorted_last_index_of",
    "sorted_uniq",
    "sorted_uniq_by",
    "splice",
    "split_at",
    "tail",
    "union",
    "union_by",
    "union_with",
    "uniq",
    "uniq_by",
    "uniq_with",
    "unshift",
    "unzip",
    "unzip_with",
    "without",
    "xor",
    "xor_by",
    "xor_with",
    "zip_",
    "zip_object",
    "zip_object_deep",
    "zip_with",
]


# --------------------------------------------------------------------------------------
# sorted_* family


def sorted_index(array: Sequence[Any], value: Any) -> int:
    """Return the lowest index where ``value`` can be inserted to keep ``array`` sorted.

    Args:
        array: A sorted sequence.
        value: The value to place.

    Returns:
        The index (``bisect_left``).

    Example:
        >>> sorted_index([1, 2, 2, 3], 2)
        1

    .. versionadded:: 0.1.0
    """
    return _bisect(bisect_left, array, value, "sorted_index")


def sorted_index_by(array: Sequence[Any], value: Any, iteratee: IterateeT = None) -> int:
    """Like :func:`sorted_index`, ranking ``iteratee(item)`` (one argument).

    With an iteratee the computed keys are sorted first, as in pydash.

    Args:
        array: A sorted sequence.
        value: The value to place.
        iteratee: A callable or a shorthand; ``None``: the items.

    Returns:
        The index.

    Example:
        >>> sorted_index_by([{"x": 1}, {"x": 3}], {"x": 2}, "x")
        1

    .. versionadded:: 0.1.0
    """
    return _bisect_by(bisect_left, array, value, iteratee, "sorted_index_by")


def sorted_index_of(array: Sequence[Any], value: Any) -> int:
    """Return the index of ``value`` in the sorted ``array`` by binary search, else ``-1``.

    Args:
        array: A sorted sequence.
        value: The value to look for.

    Returns:
        The lowest matching index or ``-1``.

    Example:
        >>> sorted_index_of([3, 5, 7, 10], 3)
        0
        >>> sorted_index_of([10, 10, 5, 7, 3], 10)
        -1

    .. versionadded:: 0.1.0
    """
    index = _bisect(bisect_left, array, value, "sorted_index_of")
    if index < len(array) and array[index] == value:
        return index
    return -1


def sorted_last_index(array: Sequence[Any], value: Any) -> int:
    """Return the highest index where ``value`` can be inserted to keep ``array`` sorted.

    Args:
        array: A sorted sequence.
        value: The value to place.

    Returns:
        The index (``bisect_right``).

    Example:
        >>> sorted_last_index([1, 2, 2, 3], 2)
        3

    .. versionadded:: 0.1.0
    """
    return _bisect(bisect_right, array, value, "sorted_last_index")


def sorted_last_index_by(array: Sequence[Any], value: Any, iteratee: IterateeT = None) -> int:
    """Like :func:`sorted_last_index`, ranking ``iteratee(item)`` (one argument).

    Args:
        array: A sorted sequence.
        value: The value to place.
        iteratee: A callable or a shorthand; ``None``: the items.

    Returns:
        The index.

    Example:
        >>> sorted_last_index_by([{"x": 1}, {"x": 2}], {"x": 2}, "x")
        2

    .. versionadded:: 0.1.0
    """
    return _bisect_by(bisect_right, array, value, iteratee, "sorted_last_index_by")


def sorted_last_index_of(array: Sequence[Any], value: Any) -> int:
    """Return the last index of ``value`` in the sorted ``array`` by binary search, else ``-1``.

    Args:
        array: A sorted sequence.
        value: The value to look for.

    Returns:
        The highest matching index or ``-1`` (also for an empty ``array``).

    Example:
        >>> sorted_last_index_of([1, 2, 2, 3], 2)
        2
        >>> sorted_last_index_of([], 1)
        -1

    .. versionadded:: 0.1.0
    """
    index = _bisect(bisect_right, array, value, "sorted_last_index_of") - 1
    if 0 <= index < len(array) and array[index] == value:
        return index
    return -1


def sorted_uniq(array: Iterable[T]) -> list[T]:
    """Return the unique items of ``array``, sorted.

    Args:
        array: An iterable of mutually comparable items.

    Returns:
        A new sorted list.

    Example:
        >>> sorted_uniq([3, 1, 3, 2])
        [1, 2, 3]

    .. versionadded:: 0.1.0
    """
    return sorted(uniq(array))  # type: ignore[type-var]


def sorted_uniq_by(array: Iterable[T], iteratee: IterateeT = None) -> list[T]:
    """Return the items of ``array`` unique by ``iteratee(item)``, sorted (by the items).

    Args:
        array: An iterable of mutually comparable items.
        iteratee: A callable (one argument) or a shorthand.

    Returns:
        A new sorted list.

    Example:
        >>> sorted_uniq_by([2.1, 1.2, 2.3], round)
        [1.2, 2.1]

    .. versionadded:: 0.1.0
    """
    return sorted(uniq_by(array, iteratee))  # type: ignore[type-var]


# --------------------------------------------------------------------------------------
# splice .. tail


@overload
def splice(array: str, start: int, count: Optional[int] = None, *items: Any) -> str: ...
@overload
def splice(array: MutableSequence[T], start: int, count: Optional[int] = None, *items: Any) -> list[T]: ...


def splice(array: Any, start: int, count: Optional[int] = None, *items: Any) -> Any:
    """Remove ``count`` items at ``start`` and insert ``items`` there.

    A list is changed **in place** and the removed items are returned; a str
    gives the new string.

    Args:
        array: A list (changed in place) or a str.
        start: Where to remove and insert.
        count: How many to remove; ``None``: all from ``start``.
        *items: What to insert.

    Returns:
        The removed items (list input) or the new string (str input).

    Raises:
        TypeError: If ``array`` is immutable and not a str.

    Example:
        >>> a = [1, 2, 3, 4]
        >>> splice(a, 1, 2, "x"), a
        ([2, 3], [1, 'x', 4])
        >>> splice("abc", 1, 1, "X")
        'aXc'

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "splice")
    if count is None:
        count = len(array) - start
    is_string = isinstance(array, str)
    if is_string:
        array = list(array)
    removed = array[start : start + count]
    del array[start : start + count]
    for item in reversed(items):
        array.insert(start, item)
    if is_string:
        return "".join(array)
    return removed


def split_at(array: SeqT, index: int) -> list[SeqT]:
    """Split ``array`` in two at ``index``.

    Args:
        array: A sequence.
        index: Where to split.

    Returns:
        ``[array[:index], array[index:]]``.

    Example:
        >>> split_at([1, 2, 3], 1)
        [[1], [2, 3]]
        >>> split_at("abc", -1)
        ['ab', 'c']

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "split_at")
    return [array[:index], array[index:]]  # type: ignore[list-item]


def tail(array: SeqT) -> SeqT:
    """Return all items but the first, as a slice (type kept).

    Args:
        array: A sequence.

    Returns:
        ``array[1:]``.

    Example:
        >>> tail([1, 2, 3])
        [2, 3]
        >>> tail(())
        ()

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "tail")
    return array[1:]  # type: ignore[return-value]


# --------------------------------------------------------------------------------------
# union / uniq family


def union(array: Iterable[T], *others: Iterable[T2]) -> list[Union[T, T2]]:
    """Return the unique items of all the inputs, in first-seen order.

    The inputs are joined one level deep (nested lists stay items).

    Args:
        array: The first iterable.
        *others: More iterables (a non-iterable value is one item).

    Returns:
        A new list (``array`` copied, type kept, when there are no others).

    Example:
        >>> union([1, 2, [3]], [2, 3, [3]], (4,))
        [1, 2, [3], 3, 4]

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    result: list[Any] = _speedups.uniq(_speedups.flatten_depth([array, *others], 1, "union"))
    return result


def union_by(array: Iterable[T], *others: Any, **kwargs: Any) -> list[T]:
    """Like :func:`union`, unique by ``iteratee(item)`` (one argument).

    The iteratee is picked as in :func:`difference_by`.

    Args:
        array: The first iterable.
        *others: More iterables, optionally followed by the iteratee.
        **kwargs: ``iteratee``: a callable or a shorthand.

    Returns:
        A new list.

    Example:
        >>> union_by([1, 2, 3], [2, 3, 4], lambda x: x % 2)
        [1, 2]

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    it, rest = _split_last(others, kwargs.get("iteratee"))
    items = _speedups.flatten_depth([array, *rest], 1, "union_by")
    result: list[Any] = _speedups.uniq_by(items, _keyfunc(it))
    return result


def union_with(array: Iterable[T], *others: Any, **kwargs: Any) -> list[T]:
    """Like :func:`union`, unique by ``comparator(item, seen_item)``.

    Args:
        array: The first iterable.
        *others: More iterables, optionally followed by the comparator.
        **kwargs: ``comparator``: a callable of two arguments (default ``==``).

    Returns:
        A new list.

    Example:
        >>> union_with([1, 2, 3], [2, 3, 4], lambda a, b: a % 2 == b % 2)
        [1, 2]

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    comparator, rest = _split_last(others, kwargs.get("comparator"), strict=True)
    items = _speedups.flatten_depth([array, *rest], 1, "union_with")
    return uniq_with(items, comparator)


def uniq(array: Iterable[T]) -> list[T]:
    """Return the unique items of ``array``, in first-seen order (``==`` equality).

    Hashable items are compared through a set; unhashable items (lists,
    dicts...) work too, without quadratic cost for flat lists and dicts.

    Args:
        array: Any iterable (a mapping gives its keys).

    Returns:
        A new list.

    Example:
        >>> uniq([1, 2, 1, 1.0, True, [3], [3]])
        [1, 2, [3]]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.uniq(array)
    return result


def uniq_by(array: Iterable[T], iteratee: IterateeT = None) -> list[T]:
    """Return the items of ``array`` whose ``iteratee(item)`` (one argument) is new.

    Args:
        array: Any iterable.
        iteratee: A callable or a shorthand (``"a.b"``, ``[key, value]``, dict).

    Returns:
        A new list.

    Example:
        >>> uniq_by([1, 2, 3, 4], lambda x: x % 2)
        [1, 2]
        >>> uniq_by([{"a": {"b": 1}}, {"a": {"b": 1}}], "a.b")
        [{'a': {'b': 1}}]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.uniq_by(array, _keyfunc(iteratee))
    return result


def uniq_with(array: Iterable[T], comparator: Optional[Comparator] = None) -> list[T]:
    """Return the items of ``array`` for which ``comparator(item, seen_item)`` is false for
    every item kept before.

    Args:
        array: Any iterable.
        comparator: A callable of two arguments; ``None``: as :func:`uniq`.

    Returns:
        A new list.

    Example:
        >>> uniq_with([1, 2, 3, 4, 5], lambda a, b: a % 2 == b % 2)
        [1, 2]

    .. versionadded:: 0.1.0
    """
    if comparator is None:
        result: list[Any] = _speedups.uniq(array)
        return result
    seen: list[T] = []
    for item in array:
        if not any(comparator(item, s) for s in seen):
            seen.append(item)
    return seen


def unshift(array: list[T], *items: T2) -> list[Union[T, T2]]:
    """Insert ``items`` at the start of ``array``, **in place**.

    Args:
        array: The list to change.
        *items: The items to insert (their order is kept).

    Returns:
        ``array`` itself.

    Example:
        >>> unshift([1, 2], -1, 0)
        [-1, 0, 1, 2]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "unshift")
    array[:0] = items  # type: ignore[assignment]
    return array  # type: ignore[return-value]


# --------------------------------------------------------------------------------------
# unzip / zip family


@overload
def unzip(array: Iterable[tuple[T, T2]]) -> list[tuple[T, T2]]: ...
@overload
def unzip(array: Iterable[tuple[T, T2, T3]]) -> list[tuple[T, T2, T3]]: ...
@overload
def unzip(array: Iterable[Iterable[Any]]) -> list[tuple[Any, ...]]: ...


def unzip(array: Iterable[Iterable[Any]]) -> list[tuple[Any, ...]]:
    """Regroup the items of each group by index: the inverse of :func:`zip_`.

    The result is truncated to the shortest group.

    Args:
        array: An iterable of iterables.

    Returns:
        A new list of tuples.

    Raises:
        TypeError: If ``array`` or one of its items is not iterable.

    Example:
        >>> unzip([[1, "a", True], [2, "b", False]])
        [(1, 2), ('a', 'b'), (True, False)]
        >>> unzip([[1, "a"], [2]])
        [(1, 2)]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.unzip(array)
    return result


def _reduce_group(func: Callable[..., Any], nargs: int, group: Sequence[Any]) -> Any:
    acc = group[0]
    for index in range(1, len(group)):
        acc = _call(func, nargs, acc, group[index], index)
    return acc


def unzip_with(array: Iterable[Iterable[Any]], iteratee: Optional[Callable[..., Any]] = None) -> list[Any]:
    """Like :func:`unzip`, then reduce each group with ``iteratee(accumulator, value, index)``.

    The iteratee gets as many of those three arguments as it takes.

    Args:
        array: An iterable of iterables.
        iteratee: The reducer; ``None`` gives the groups as tuples.

    Returns:
        A new list.

    Example:
        >>> unzip_with([[1, 10, 100], [2, 20, 200]], lambda a, b: a + b)
        [3, 30, 300]

    .. versionadded:: 0.1.0
    """
    groups: list[Any] = _speedups.unzip(array)
    if iteratee is None or not groups:
        return groups
    func, nargs = _callback(iteratee)
    return [_reduce_group(func, nargs, group) for group in groups]


def without(array: Iterable[T], *values: Any) -> list[T]:
    """Return the items of ``array`` that are not in ``values`` (identity or ``==``).

    Args:
        array: Any iterable.
        *values: The values to leave out.

    Returns:
        A new list.

    Example:
        >>> without([1, 2, 3, 2, [4]], 2, [4])
        [1, 3]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.without(array, values)
    return result


def _xor_step(
    current: list[Any], other: list[Any], key: Optional[Callable[[Any], Any]]
) -> list[Any]:
    common = _speedups.intersection(current, (other,), key)
    result: list[Any] = _speedups.uniq(_speedups.difference(current + other, (common,), key))
    return result


def xor(array: Iterable[T], *lists: Iterable[T]) -> list[T]:
    """Return the symmetric difference of the inputs: items in exactly one of them.

    Order is first-seen; each step removes duplicates (as pydash).

    Args:
        array: The first iterable.
        *lists: More iterables.

    Returns:
        A new list (``array`` copied, type kept, when there are no others).

    Example:
        >>> xor([1, 2], [2, 3], [3, 4])
        [1, 4]
        >>> xor([[1], 2], [[1]])
        [2]

    .. versionadded:: 0.1.0
    """
    return xor_by(array, *lists)


def xor_by(array: Iterable[T], *lists: Any, **kwargs: Any) -> list[T]:
    """Like :func:`xor`, comparing ``iteratee(item)`` (one argument) at every step.

    The iteratee is picked as in :func:`difference_by`.

    Args:
        array: The first iterable.
        *lists: More iterables, optionally followed by the iteratee.
        **kwargs: ``iteratee``: a callable or a shorthand.

    Returns:
        A new list.

    Example:
        >>> xor_by([2.1, 1.2], [4.3, 2.4], round)
        [1.2, 4.3]

    .. versionadded:: 0.1.0
    """
    if not lists:
        return _copy(array)  # type: ignore[no-any-return]
    it, rest = _split_last(lists, kwargs.get("iteratee"))
    key = _keyfunc(it)
    result = _as_list(array)
    for other in rest:
        result = _xor_step(result, _as_list(other), key)
    return result


def xor_with(array: Iterable[T], *lists: Any, **kwargs: Any) -> list[T]:
    """Like :func:`xor`, comparing with ``comparator(a, b)`` at every step.

    Args:
        array: The first iterable.
        *lists: More iterables, optionally followed by the comparator.
        **kwargs: ``comparator``: a callable of two arguments (default ``==``).

    Returns:
        A new list.

    Example:
        >>> xor_with([1, 2], [2, 3], lambda a, b: a == b)
        [1, 3]

    .. versionadded:: 0.1.0
    """
    if not lists:
        return _copy(array)  # type: ignore[no-any-return]
    comparator, rest = _split_last(lists, kwargs.get("comparator"), strict=True)
    result = _as_list(array)
    for other in rest:
        other = _as_list(other)
        common = intersection_with(result, other, comparator=comparator)
        result = _speedups.uniq(difference_with(result + other, common, comparator=comparator))
    return result


@overload
def zip_(array1: Iterable[T], /) -> list[tuple[T]]: ...
@overload
def zip_(array1: Iterable[T], array2: Iterable[T2], /) -> list[tuple[T, T2]]: ...
@overload
def zip_(
    array1: Iterable[T], array2: Iterable[T2], array3: Iterable[T3], /
) -> list[tuple[T, T2, T3]]: ...
@overload
def zip_(*arrays: Iterable[Any]) -> list[tuple[Any, ...]]: ...


def zip_(*arrays: Iterable[Any]) -> list[tuple[Any, ...]]:
    """Group the items at each index into tuples, truncated to the shortest input.

    Args:
        *arrays: Iterables.

    Returns:
        A new list of tuples.

    Example:
        >>> zip_([1, 2, 3], [4, 5, 6], [7, 8, 9])
        [(1, 4, 7), (2, 5, 8), (3, 6, 9)]
        >>> zip_([1, 2], "a")
        [(1, 'a')]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.zip_(arrays)
    return result


@overload
def zip_object(keys: Iterable[tuple[K, V]], values: None = None) -> dict[K, V]: ...
@overload
def zip_object(keys: Iterable[K], values: Iterable[V]) -> dict[K, V]: ...
@overload
def zip_object(keys: Iterable[Any], values: Optional[Iterable[Any]] = None) -> dict[Any, Any]: ...


def zip_object(keys: Iterable[Any], values: Optional[Iterable[Any]] = None) -> dict[Any, Any]:
    """Build a dict from ``keys`` and ``values``, or from a list of ``[key, value]`` pairs.

    Extra keys or values are dropped.

    Args:
        keys: The keys, or pairs when ``values`` is ``None``.
        values: The values.

    Returns:
        A new dict.

    Raises:
        ValueError: If ``values`` is ``None`` and the pairs are not pairs.

    Example:
        >>> zip_object([1, 2, 3], [4, 5, 6])
        {1: 4, 2: 5, 3: 6}
        >>> zip_object([["a", 1], ["b", 2]])
        {'a': 1, 'b': 2}

    .. versionadded:: 0.1.0
    """
    keys, values = _keys_values(keys, values)
    return dict(zip(keys, values))


def _keys_values(keys: Iterable[Any], values: Optional[Iterable[Any]]) -> tuple[Any, Any]:
    if values is None:
        groups = _speedups.unzip(keys)
        if not groups:
            return [], []
        keys, values = groups
    return keys, values


def zip_object_deep(keys: Iterable[Any], values: Optional[Iterable[Any]] = None) -> dict[Any, Any]:
    """Like :func:`zip_object`, with keys that are paths (``"a.b[0].c"``).

    Missing containers are created: a ``[n]`` key makes a list (padded with
    ``None``), any other key a dict. A key without a value gets ``None``.

    Args:
        keys: Paths, or ``[path, value]`` pairs when ``values`` is ``None``.
        values: The values.

    Returns:
        A new dict.

    Example:
        >>> zip_object_deep(["a.b[0].c", "a.b[1].d"], [1, 2])
        {'a': {'b': [{'c': 1}, {'d': 2}]}}

    .. versionadded:: 0.1.0
    """
    keys, values = _keys_values(keys, values)
    vals = _as_list(values)
    obj: dict[Any, Any] = {}
    for idx, key in enumerate(keys):
        path, flags = parse_path(key)
        set_keys(obj, path, vals[idx] if idx < len(vals) else None, flags)
    return obj


def zip_with(*arrays: Any, **kwargs: Any) -> list[Any]:
    """Like :func:`zip_`, then combine each group with ``iteratee(accumulator, value, index)``.

    The iteratee is the ``iteratee=`` keyword or, as in pydash, the last
    positional argument whenever there are two or more.

    Args:
        *arrays: Iterables, then the iteratee.
        **kwargs: ``iteratee``: the reducer.

    Returns:
        A new list.

    Example:
        >>> zip_with([1, 2], [10, 20], [100, 200], lambda a, b: a + b)
        [111, 222]
        >>> zip_with([1, 2], [3, 4], iteratee=None)
        [(1, 3), (2, 4)]

    .. versionadded:: 0.1.0
    """
    if "iteratee" in kwargs:
        iteratee = kwargs["iteratee"]
    elif len(arrays) > 1:
        iteratee = arrays[-1]
        arrays = arrays[:-1]
    else:
        iteratee = None
    return unzip_with(arrays, iteratee)


def _bisect(bisect: Callable[..., int], array: Sequence[Any], value: Any, name: str) -> int:
    """``bisect(array, value)``; a mapping is refused (it has no positions).

    CPython's C ``bisect`` refuses a dict with ``TypeError``, but the pure
    Python one (PyPy) would index it by key; the check makes both the same.
    """
    refuse_mapping(array, name)
    return bisect(array, value)


def _bisect_by(bisect: Callable[..., int], array: Sequence[Any], value: Any,
               iteratee: IterateeT, name: str) -> int:
    """``bisect`` on the sorted ``iteratee`` keys (pydash sorts them first), or on ``array``."""
    if iteratee:
        func = _iteratee(iteratee)
        return bisect(sorted(func(item) for item in array), func(value))
    return _bisect(bisect, array, value, name)


# Errors name the function and its first argument when that argument is not
# iterable (see _helpers.names_non_iterable).
name_non_iterables(globals())
