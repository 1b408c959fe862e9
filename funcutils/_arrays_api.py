"""Implementation of the public array helpers, re-exported by :mod:`funcutils.arrays`.

Split out of ``arrays.py`` to keep each module under ~1,500 lines; import the
functions from :mod:`funcutils.arrays` (or :mod:`funcutils`), not from here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, MutableSequence, Sequence
from functools import cmp_to_key
from typing import Any, Callable, Optional, TypeVar, Union, overload

from . import _speedups as _speedups_module
from ._iteratee import callback as _callback
from ._iteratee import iteratee as _iteratee
from ._paths import MISSING, parse_path, resolve_key, set_keys
from ._errors import name_non_iterables, refuse_mapping
from .types import T, T2, T3

__all__ = [
    "chunk",
    "compact",
    "concat",
    "difference",
    "difference_by",
    "difference_with",
    "drop",
    "drop_right",
    "drop_right_while",
    "drop_while",
    "duplicates",
    "fill",
    "find_index",
    "find_last_index",
    "from_pairs",
    "head",
    "index_of",
    "initial",
    "intercalate",
    "interleave",
    "intersection",
    "intersection_by",
    "intersection_with",
    "intersperse",
    "last",
    "last_index_of",
    "mapcat",
    "nth",
    "pop",
    "pull",
    "pull_all",
    "pull_all_by",
    "pull_all_with",
    "pull_at",
    "push",
    "remove",
    "reverse",
    "shift",
    "slice_",
    "sort",
    "take",
    "take_right",
    "take_right_while",
    "take_while",
]

SeqT = TypeVar("SeqT", bound=Sequence[Any])
ListT = TypeVar("ListT", bound="list[Any]")
K = TypeVar("K")
V = TypeVar("V")

#: An iteratee: a callable or one of pydash's shorthands (path, ``[key, value]``, ``{...}``).
IterateeT = Union[Callable[..., Any], str, int, "list[Any]", "tuple[Any, ...]", "dict[Any, Any]", None]
Comparator = Callable[[Any, Any], Any]

#: The kernels, looked up at call time (tests swap them); typed through each call site.
_speedups: Any = _speedups_module


# --------------------------------------------------------------------------------------
# internal helpers


def _call(func: Callable[..., Any], nargs: int, value: Any, index: Any, array: Any) -> Any:
    if nargs == 1:
        return func(value)
    if nargs == 2:
        return func(value, index)
    if nargs == 3:
        return func(value, index, array)
    return func()


def _pairs(array: Any) -> Iterable[tuple[Any, Any]]:
    """``(index_or_key, value)`` pairs: a mapping gives its items, anything else enumerates."""
    if isinstance(array, Mapping):
        return array.items()
    return enumerate(array)


def _tests(array: Any, predicate: Any, reverse: bool = False) -> Iterator[tuple[Any, Any, Any]]:
    """``(result, value, index)`` for each item, calling the resolved predicate once each."""
    func, nargs = _callback(predicate)
    pairs = _pairs(array)
    if reverse:
        pairs = reversed(tuple(pairs))
    for index, value in pairs:
        yield _call(func, nargs, value, index, array), value, index


def _keyfunc(iteratee: Any) -> Optional[Callable[[Any], Any]]:
    """The one-argument key function of a ``*_by`` helper (``None``: identity)."""
    if iteratee is None:
        return None
    return _iteratee(iteratee)


def _copy(array: Any) -> Any:
    """``array[:]`` as pydash returns it (str/tuple kept); a list for other iterables."""
    if isinstance(array, (list, tuple, str, bytes)):
        return array[:]
    return list(array)


def _split_last(
    others: tuple[Any, ...], given: Any, strict: bool = False
) -> tuple[Any, tuple[Any, ...]]:
    """pydash's variadic rule: the last positional argument is the iteratee when no keyword
    gives one and it is callable, None, or (unless ``strict``) a str or dict."""
    if given is None and others:
        last = others[-1]
        if callable(last) or last is None or (not strict and isinstance(last, (dict, str))):
            return last, others[:-1]
    return given, others


def _as_list(value: Any) -> list[Any]:
    return value if type(value) is list else list(value)


def _get_key(array: Any, key: Any) -> Any:
    """``get(array, key)`` for one key (pydash's ``nth``): index, digit string, key or attribute."""
    value = resolve_key(array, key)
    return None if value is MISSING else value


def _get_index(array: Any, index: Any) -> Any:
    if isinstance(array, Mapping):
        return array.get(index)
    try:
        return array[index]
    except (LookupError, TypeError, AttributeError):
        return None


def _eq(a: Any, b: Any) -> bool:
    return bool(a == b)


def _keys_of(func: Optional[Callable[[Any], Any]], items: Iterable[Any]) -> list[Any]:
    return list(items) if func is None else [func(item) for item in items]


# --------------------------------------------------------------------------------------
# chunk .. concat


@overload
def chunk(array: str, size: int = 1) -> list[str]: ...  # type: ignore[overload-overlap]
@overload
def chunk(array: tuple[T, ...], size: int = 1) -> list[tuple[T, ...]]: ...  # type: ignore[overload-overlap]
@overload
def chunk(array: Sequence[T], size: int = 1) -> list[list[T]]: ...


def chunk(array: Sequence[Any], size: int = 1) -> list[Any]:
    """Split ``array`` into groups of ``size`` items; the last group may be shorter.

    Groups are slices, so a str gives strs and a tuple gives tuples.

    Args:
        array: A sequence (it needs ``len()`` and slicing).
        size: The group size; below 1 gives ``[]``.

    Returns:
        A new list of slices.

    Raises:
        TypeError: If ``array`` is not a sequence or ``size`` is not an integer.

    Example:
        >>> chunk([1, 2, 3, 4, 5], 2)
        [[1, 2], [3, 4], [5]]
        >>> chunk("abcde", 2)
        ['ab', 'cd', 'e']
        >>> chunk([1, 2], 0)
        []

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "chunk")
    result: list[Any] = _speedups.chunk(array, size)
    return result


def compact(array: Iterable[Optional[T]]) -> list[T]:
    """Return the truthy items of ``array`` (``0``, ``""``, ``None``, ``[]``... are dropped).

    Args:
        array: Any iterable; a mapping gives its keys.

    Returns:
        A new list.

    Example:
        >>> compact([0, 1, None, "", "a", [], [0], float("nan")])
        [1, 'a', [0], nan]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.compact(array)
    return result


def concat(*arrays: Any) -> list[Any]:
    """Concatenate the arguments one level deep into a new list.

    Iterable arguments are spread (except str, bytes and mappings); other
    values are kept as items.

    Args:
        *arrays: Lists, tuples, other iterables or single values.

    Returns:
        A new list.

    Example:
        >>> concat(1, [2], [[3]], (4,), "ab")
        [1, 2, [3], 4, 'ab']

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.flatten_depth(arrays, 1, "concat")
    return result


# --------------------------------------------------------------------------------------
# difference family


def difference(array: Iterable[T], *others: Iterable[Any]) -> list[T]:
    """Return the items of ``array`` that are not equal to an item of any of ``others``.

    Order and duplicates of ``array`` are kept; unhashable items work.

    Args:
        array: The items to keep or drop.
        *others: The values to drop.

    Returns:
        A new list (``array`` copied, type kept, when there is nothing to drop).

    Example:
        >>> difference([1, 1, 2, [3], 4], [2], [[3]])
        [1, 1, 4]

    .. versionadded:: 0.1.0
    """
    if others and (others[-1] is None or callable(others[-1])):
        return difference_with(array, *others)  # a trailing comparator, as in pydash
    lists = tuple(_as_list(o) for o in others)
    if not any(lists):
        return _copy(array)  # type: ignore[no-any-return]
    result: list[T] = _speedups.difference(array, lists, None)
    return result


def difference_by(array: Iterable[T], *others: Any, **kwargs: Any) -> list[T]:
    """Like :func:`difference`, comparing ``iteratee(item)`` (called with one argument).

    The iteratee is the ``iteratee=`` keyword or, as in pydash, the last
    positional argument when it is callable, a str, a dict or ``None``.

    Args:
        array: The items to keep or drop.
        *others: The values to drop, optionally followed by the iteratee.
        **kwargs: ``iteratee``: a callable or a shorthand (path, ``[key, value]``, dict).

    Returns:
        A new list.

    Example:
        >>> difference_by([1.2, 1.5, 1.7, 2.8], [0.9, 3.2], round)
        [1.5, 1.7]
        >>> difference_by([{"x": 1}, {"x": 2}], [{"x": 1}], "x")
        [{'x': 2}]

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    it, rest = _split_last(others, kwargs.get("iteratee"))
    rest = tuple(_as_list(o) for o in rest)
    if not any(rest):
        return _copy(array)  # type: ignore[no-any-return]
    result: list[Any] = _speedups.difference(array, rest, _keyfunc(it))
    return result


def difference_with(array: Iterable[T], *others: Any, **kwargs: Any) -> list[T]:
    """Like :func:`difference`, comparing with ``comparator(item, other_value)``.

    The comparator is the ``comparator=`` keyword or the last positional
    argument when it is callable or ``None`` (then ``==``).

    Args:
        array: The items to keep or drop.
        *others: The values to drop, optionally followed by the comparator.
        **kwargs: ``comparator``: a callable of two arguments.

    Returns:
        A new list.

    Example:
        >>> difference_with(["apple", "banana", "pear"], ["avocado"], ["peach"],
        ...                 lambda a, b: a[0] == b[0])
        ['banana']

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    comparator, rest = _split_last(others, kwargs.get("comparator"), strict=True)
    result = _copy(array)
    if comparator is None:
        comparator = _eq
    for other in rest:
        values = _as_list(other)
        if not values:
            continue
        result = [x for x in result if not any(comparator(x, v) for v in values)]
    return result  # type: ignore[no-any-return]


# --------------------------------------------------------------------------------------
# drop / take family


def drop(array: Iterable[T], n: int = 1) -> list[T]:
    """Return the items of ``array`` after the first ``n`` (negative ``n``: all).

    Args:
        array: Any iterable (a generator is consumed; a mapping gives its values).
        n: How many to drop.

    Returns:
        A new list.

    Example:
        >>> drop([1, 2, 3, 4], 2)
        [3, 4]
        >>> drop("abc")
        ['b', 'c']

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "drop")
    return drop_while(array, lambda _, index: index < n)


def drop_right(array: SeqT, n: int = 1) -> SeqT:
    """Return ``array`` without its last ``n`` items, as a slice (type kept).

    Args:
        array: A sequence.
        n: How many to drop from the end.

    Returns:
        A slice of ``array``.

    Example:
        >>> drop_right([1, 2, 3, 4], 2)
        [1, 2]
        >>> drop_right((1, 2, 3))
        (1, 2)

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "drop_right")
    length = len(array)
    return drop_right_while(array, lambda _, index: (length - index) <= n)


def drop_right_while(array: SeqT, predicate: IterateeT = None) -> SeqT:
    """Drop items from the end of ``array`` while ``predicate(value, index, array)`` is truthy.

    Args:
        array: A sequence.
        predicate: A callable (given as many of ``value, index, array`` as it
            takes) or a shorthand; ``None`` tests the items themselves.

    Returns:
        A slice of ``array`` (type kept).

    Example:
        >>> drop_right_while([1, 2, 3, 4], lambda x: x >= 3)
        [1, 2]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "drop_right_while")
    n = len(array)
    for result, _, _ in _tests(array, predicate, reverse=True):
        if not result:
            break
        n -= 1
    return array[:n]  # type: ignore[return-value]


def drop_while(array: Iterable[T], predicate: IterateeT = None) -> list[T]:
    """Drop items from the start of ``array`` while ``predicate(value, index, array)`` is truthy.

    Args:
        array: Any iterable (a mapping gives its values, with keys as indexes).
        predicate: A callable or a shorthand; ``None`` tests the items.

    Returns:
        A new list.

    Example:
        >>> drop_while([1, 2, 3, 1], lambda x: x < 2)
        [2, 3, 1]
        >>> drop_while([{"a": 0}, {"a": 1}], {"a": 0})
        [{'a': 1}]

    .. versionadded:: 0.1.0
    """
    out: list[T] = []
    dropping = True
    for result, value, _ in _tests(array, predicate):
        if dropping and result:
            continue
        dropping = False
        out.append(value)
    return out


def take(array: Iterable[T], n: int = 1) -> list[T]:
    """Return the first ``n`` items of ``array`` as a list.

    Args:
        array: Any iterable; generators work.
        n: How many to take.

    Returns:
        A new list.

    Example:
        >>> take([1, 2, 3], 2)
        [1, 2]
        >>> take("abc", 5)
        ['a', 'b', 'c']

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "take")
    return take_while(array, lambda _, index: index < n)


def take_right(array: SeqT, n: int = 1) -> SeqT:
    """Return the last ``n`` items of ``array`` as a slice (type kept).

    Args:
        array: A sequence.
        n: How many to take from the end.

    Returns:
        A slice of ``array``.

    Example:
        >>> take_right([1, 2, 3], 2)
        [2, 3]
        >>> take_right("abc", 2)
        'bc'

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "take_right")
    length = len(array)
    return take_right_while(array, lambda _, index: (length - index) <= n)


def take_right_while(array: SeqT, predicate: IterateeT = None) -> SeqT:
    """Take items from the end of ``array`` while ``predicate(value, index, array)`` holds.

    Args:
        array: A sequence.
        predicate: A callable or a shorthand; ``None`` tests the items.

    Returns:
        A slice of ``array`` (type kept).

    Example:
        >>> take_right_while([1, 2, 3, 4], lambda x: x >= 3)
        [3, 4]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "take_right_while")
    n = len(array)
    for result, _, _ in _tests(array, predicate, reverse=True):
        if not result:
            break
        n -= 1
    return array[n:]  # type: ignore[return-value]


def take_while(array: Iterable[T], predicate: IterateeT = None) -> list[T]:
    """Take items from the start of ``array`` while ``predicate(value, index, array)`` holds.

    Args:
        array: Any iterable; generators work and are only consumed as needed.
        predicate: A callable or a shorthand; ``None`` tests the items.

    Returns:
        A new list.

    Example:
        >>> take_while([1, 2, 3, 4], lambda x: x < 3)
        [1, 2]

    .. versionadded:: 0.1.0
    """
    out: list[T] = []
    for result, value, _ in _tests(array, predicate):
        if not result:
            break
        out.append(value)
    return out


# --------------------------------------------------------------------------------------
# duplicates .. from_pairs


def duplicates(array: Iterable[T], iteratee: IterateeT = None) -> list[T]:
    """Return the unique items that repeat an earlier one, in order of first repeat.

    With an iteratee, items repeat when ``iteratee(item)`` does; the item that
    collided is returned.

    Args:
        array: Any iterable; unhashable items work.
        iteratee: A callable (one argument) or a shorthand.

    Returns:
        A new list.

    Example:
        >>> duplicates([0, 1, 3, 2, 3, 1])
        [3, 1]
        >>> duplicates([1.1, 1.2, 2.1], round)
        [1.2]

    .. versionadded:: 0.1.0
    """
    items = _as_list(array)
    keys = None if not iteratee else _keys_of(_iteratee(iteratee), items)
    result: list[Any] = _speedups.duplicates(items, keys)
    return result


def fill(
    array: list[T], value: T2, start: int = 0, end: Optional[int] = None
) -> list[Union[T, T2]]:
    """Fill ``array[start:end]`` with ``value``, **in place**.

    Args:
        array: The list to change.
        value: The fill value.
        start: First index (negative counts from the end).
        end: Index after the last one filled; ``None``: the end.

    Returns:
        ``array`` itself.

    Example:
        >>> fill([1, 2, 3, 4, 5], 0, 1, 3)
        [1, 0, 0, 4, 5]
        >>> fill([1, 2], 0, 0, 100)
        [0, 0]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "fill")
    end = len(array) if end is None else min(end, len(array))
    filled: list[Any] = [*array[:start], *([value] * len(array[start:end])), *array[end:]]
    array[:] = filled
    return array  # type: ignore[return-value]


def find_index(array: Iterable[Any], predicate: IterateeT = None) -> Any:
    """Return the index of the first item for which ``predicate`` holds, else ``-1``.

    Args:
        array: Any iterable (for a mapping, its key is returned).
        predicate: A callable (``value, index, array``) or a shorthand.

    Returns:
        The index, or ``-1``.

    Example:
        >>> find_index([1, 2, 3, 4], lambda x: x >= 3)
        2
        >>> find_index([{"a": 1}, {"a": 2}], {"a": 2})
        1

    .. versionadded:: 0.1.0
    """
    for result, _, index in _tests(array, predicate):
        if result:
            return index
    return -1


def find_last_index(array: Iterable[Any], predicate: IterateeT = None) -> Any:
    """Like :func:`find_index`, searching from the end.

    Args:
        array: Any iterable.
        predicate: A callable (``value, index, array``) or a shorthand.

    Returns:
        The index, or ``-1``.

    Example:
        >>> find_last_index([1, 2, 3, 4], lambda x: x < 3)
        1

    .. versionadded:: 0.1.0
    """
    for result, _, index in _tests(array, predicate, reverse=True):
        if result:
            return index
    return -1


@overload
def from_pairs(pairs: Iterable[tuple[K, V]]) -> dict[K, V]: ...
@overload
def from_pairs(pairs: Iterable[Sequence[Any]]) -> dict[Any, Any]: ...


def from_pairs(pairs: Iterable[Any]) -> dict[Any, Any]:
    """Build a dict from ``[key, value]`` pairs; a later duplicate key wins.

    Args:
        pairs: An iterable of two-item sequences.

    Returns:
        A new dict.

    Raises:
        TypeError: If an item is not a two-item iterable.
        ValueError: If an item does not have two items.

    Example:
        >>> from_pairs([["a", 1], ("b", 2), ["a", 3]])
        {'a': 3, 'b': 2}

    .. versionadded:: 0.1.0
    """
    return dict(pairs)


# --------------------------------------------------------------------------------------
# head .. intersperse


def head(array: Iterable[T]) -> Optional[T]:
    """Return the first item of ``array`` (its item at index/key ``0``), else ``None``.

    Args:
        array: A sequence (a generator or a mapping without key 0 gives ``None``).

    Returns:
        The first item or ``None``.

    Example:
        >>> head([1, 2, 3])
        1
        >>> head([]) is None
        True

    .. versionadded:: 0.1.0
    """
    return _get_index(array, 0)  # type: ignore[no-any-return]


def index_of(array: Sequence[T], value: T, from_index: int = 0) -> int:
    """Return the index of the first item ``== value`` at or after ``from_index``, else ``-1``.

    Args:
        array: A sequence (other iterables are read into a list first).
        value: The value to look for (for a str, a substring).
        from_index: Where to start; negative counts from the end.

    Returns:
        The index or ``-1``.

    Example:
        >>> index_of([2, 1, 2, 3], 2, from_index=1)
        2
        >>> index_of([1, 2], 5)
        -1

    .. versionadded:: 0.1.0
    """
    seq: Any = array if hasattr(array, "index") else list(array)
    try:
        return seq.index(value, from_index)  # type: ignore[no-any-return]
    except ValueError:
        return -1


def initial(array: SeqT) -> SeqT:
    """Return all items but the last, as a slice (type kept).

    Args:
        array: A sequence.

    Returns:
        ``array[:-1]``.

    Example:
        >>> initial([1, 2, 3])
        [1, 2]
        >>> initial("abc")
        'ab'

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "initial")
    return array[:-1]  # type: ignore[return-value]


def intercalate(array: Iterable[Any], separator: Any) -> list[Any]:
    """Put ``separator`` between the items of ``array``, then flatten one level.

    Args:
        array: Any iterable, usually of lists.
        separator: The value put between items.

    Returns:
        A new list.

    Example:
        >>> intercalate([[1, 2], [3]], "x")
        [1, 2, 'x', 3]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.flatten_depth(intersperse(array, separator), 1, "intercalate")
    return result


def interleave(*arrays: Iterable[T]) -> list[T]:
    """Merge iterables round-robin, continuing past the exhausted ones.

    Args:
        *arrays: Iterables (generators work).

    Returns:
        A new list.

    Example:
        >>> interleave([1, 2, 3], [4], [5, 6])
        [1, 4, 5, 2, 6, 3]

    .. versionadded:: 0.1.0
    """
    iters = [iter(a) for a in arrays]
    out: list[T] = []
    sentinel: Any = object()
    while iters:
        alive = []
        for it in iters:
            item = next(it, sentinel)
            if item is not sentinel:
                out.append(item)
                alive.append(it)
        iters = alive
    return out


def intersection(array: Iterable[T], *others: Iterable[Any]) -> list[T]:
    """Return the unique items of ``array`` equal to an item of every one of ``others``.

    Args:
        array: The candidate items (their order is kept).
        *others: The iterables every result item must be in.

    Returns:
        A new list (``array`` copied, type kept, when there are no others).

    Example:
        >>> intersection([1, 2, 2, 3], [2, 3, 4], [3, 2])
        [2, 3]
        >>> intersection([[1], [2]], [[2]])
        [[2]]

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    if others[-1] is None or callable(others[-1]):
        return intersection_with(array, *others)  # a trailing comparator, as in pydash
    result: list[T] = _speedups.intersection(array, tuple(_as_list(o) for o in others), None)
    return result


def intersection_by(array: Iterable[T], *others: Any, **kwargs: Any) -> list[T]:
    """Like :func:`intersection`, comparing ``iteratee(item)`` (one argument).

    The iteratee is picked as in :func:`difference_by`. Results are unique by
    their iteratee value.

    Args:
        array: The candidate items.
        *others: The iterables, optionally followed by the iteratee.
        **kwargs: ``iteratee``: a callable or a shorthand.

    Returns:
        A new list.

    Example:
        >>> intersection_by([1.2, 1.5, 1.7, 2.8], [0.9, 3.2], round)
        [1.2, 2.8]

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    it, rest = _split_last(others, kwargs.get("iteratee"))
    if not rest:
        return _copy(array)  # type: ignore[no-any-return]
    result: list[T] = _speedups.intersection(
        array, tuple(_as_list(o) for o in rest), _keyfunc(it)
    )
    return result


def intersection_with(array: Iterable[T], *others: Any, **kwargs: Any) -> list[T]:
    """Like :func:`intersection`, comparing with ``comparator(item, other_value)``.

    Args:
        array: The candidate items.
        *others: The iterables, optionally followed by the comparator.
        **kwargs: ``comparator``: a callable of two arguments (default ``==``).

    Returns:
        A new list.

    Example:
        >>> intersection_with(["apple", "banana", "pear"], ["avocado", "pumpkin"], ["peach"],
        ...                   lambda a, b: a[0] == b[0])
        ['pear']

    .. versionadded:: 0.1.0
    """
    if not others:
        return _copy(array)  # type: ignore[no-any-return]
    comparator, rest = _split_last(others, kwargs.get("comparator"), strict=True)
    if comparator is None:
        comparator = _eq
    result: list[Any] = _as_list(_copy(array))
    for other in sorted((_as_list(o) for o in rest), key=len):
        kept: list[Any] = []
        for item in result:
            if item in kept:
                continue
            if any(comparator(item, v) for v in other):
                kept.append(item)
        result = kept
        if not result:
            break
    return result


def intersperse(array: Iterable[T], separator: T2) -> list[Union[T, T2]]:
    """Put ``separator`` between the items of ``array``.

    Args:
        array: Any iterable.
        separator: The value put between items.

    Returns:
        A new list.

    Example:
        >>> intersperse([1, 2, 3], 0)
        [1, 0, 2, 0, 3]
        >>> intersperse("ab", "-")
        ['a', '-', 'b']

    .. versionadded:: 0.1.0
    """
    out: list[Union[T, T2]] = []
    for i, item in enumerate(array):
        if i:
            out.append(separator)
        out.append(item)
    return out


# --------------------------------------------------------------------------------------
# last .. pull


def last(array: Iterable[T]) -> Optional[T]:
    """Return the last item of ``array`` (its item at index/key ``-1``), else ``None``.

    Args:
        array: A sequence.

    Returns:
        The last item or ``None``.

    Example:
        >>> last([1, 2, 3])
        3
        >>> last("") is None
        True

    .. versionadded:: 0.1.0
    """
    return _get_index(array, -1)  # type: ignore[no-any-return]


def last_index_of(array: Sequence[Any], value: Any, from_index: Optional[int] = None) -> int:
    """Return the index of the last item ``== value`` at or before ``from_index``, else ``-1``.

    Args:
        array: A sequence.
        value: The value to look for.
        from_index: Where to start searching backwards; negative counts from
            the end; ``None``: the last item.

    Returns:
        The index or ``-1``.

    Example:
        >>> last_index_of([1, 2, 1, 2], 2)
        3
        >>> last_index_of([1, 2, 1, 2], 2, 2)
        1

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "last_index_of")
    index = length = len(array)
    try:
        start = int(from_index)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        pass
    else:
        index = max(0, index + start) if start < 0 else min(start, index - 1)
    while index >= 0:
        if index < length and array[index] == value:
            return index
        index -= 1
    return -1


def mapcat(array: Iterable[Any], iteratee: IterateeT = None) -> list[Any]:
    """Map ``iteratee(value, index, array)`` over ``array``, then concatenate one level.

    Args:
        array: Any iterable (a mapping gives its values).
        iteratee: A callable or a shorthand; ``None``: the items.

    Returns:
        A new list.

    Example:
        >>> mapcat([1, 2], lambda x: [x, [x]])
        [1, [1], 2, [2]]

    .. versionadded:: 0.1.0
    """
    func, nargs = _callback(iteratee)
    mapped = [_call(func, nargs, value, index, array) for index, value in _pairs(array)]
    result: list[Any] = _speedups.flatten_depth(mapped, 1, "mapcat")
    return result


def nth(array: Iterable[T], pos: int = 0) -> Optional[T]:
    """Return the item at ``pos`` (negative counts from the end), else ``None``.

    Args:
        array: A sequence (a generator gives ``None``).
        pos: The index.

    Returns:
        The item or ``None``.

    Example:
        >>> nth([11, 22, 33], -1)
        33
        >>> nth([11], 5) is None
        True

    .. versionadded:: 0.1.0
    """
    return _get_key(array, pos)  # type: ignore[no-any-return]


def _list_method(array: Any, method: str, func: str) -> Any:
    """``array.<method>``, or a ``TypeError`` naming ``func`` and ``array`` if it has none."""
    try:
        return getattr(array, method)
    except AttributeError:
        raise TypeError(
            f"{func}() argument 'array' must be a list (an object with .{method}()), "
            f"not {type(array).__name__}"
        ) from None


def pop(array: list[T], index: int = -1) -> T:
    """Remove and return the item at ``index``, **in place**.

    Args:
        array: The list to change.
        index: The index (default: the last item).

    Returns:
        The removed item.

    Raises:
        IndexError: If the list is empty or ``index`` is out of range.
        TypeError: If ``array`` has no ``pop`` method.

    Example:
        >>> a = [1, 2, 3]
        >>> pop(a), a
        (3, [1, 2])

    .. versionadded:: 0.1.0
    """
    return _list_method(array, "pop", "pop")(index)  # type: ignore[no-any-return]


def pull(array: list[T], *values: Any) -> list[T]:
    """Remove every item equal to one of ``values``, **in place**.

    Args:
        array: The list to change.
        *values: The values to remove.

    Returns:
        ``array`` itself.

    Example:
        >>> pull([1, 2, 2, 3, 3, 4], 2, 3)
        [1, 4]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "pull")
    return pull_all(array, values)


def pull_all(array: list[T], values: Iterable[Any]) -> list[T]:
    """Remove every item equal to one of ``values``, **in place**.

    Args:
        array: The list to change.
        values: The values to remove.

    Returns:
        ``array`` itself.

    Example:
        >>> pull_all([1, 2, [3], 2], [2, [3]])
        [1]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "pull_all")
    array[:] = _speedups.without(array, tuple(values))
    return array


def pull_all_by(array: list[T], values: Iterable[Any], iteratee: IterateeT = None) -> list[T]:
    """Remove, **in place**, the items whose ``iteratee(item)`` equals that of a value.

    Args:
        array: The list to change.
        values: The values to remove.
        iteratee: A callable (one argument) or a shorthand; ``None``: the items.

    Returns:
        ``array`` itself.

    Example:
        >>> pull_all_by([{"x": 1}, {"x": 2}, {"x": 1}], [{"x": 1}], "x")
        [{'x': 2}]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "pull_all_by")
    kept = difference_by(array, list(values), iteratee=iteratee)
    return pull_all(array, difference(array, kept))


def pull_all_with(
    array: list[T], values: Iterable[Any], comparator: Optional[Comparator] = None
) -> list[T]:
    """Remove, **in place**, the items for which ``comparator(item, value)`` holds for a value.

    Args:
        array: The list to change.
        values: The values to remove.
        comparator: A callable of two arguments; ``None``: ``==``.

    Returns:
        ``array`` itself.

    Example:
        >>> pull_all_with([1, 2, 3, 4], [2], lambda a, b: a % 2 == b % 2)
        [1, 3]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "pull_all_with")
    kept = difference_with(array, list(values), comparator=comparator)
    return pull_all(array, difference(array, kept))


def pull_at(array: list[T], *indexes: Any) -> list[T]:
    """Remove the items at ``indexes`` (varargs or lists of ints), **in place**.

    Out-of-range indexes are ignored. As in pydash, the changed list is returned.

    Args:
        array: The list to change.
        *indexes: Indexes, or lists of indexes.

    Returns:
        ``array`` itself.

    Example:
        >>> pull_at([1, 2, 3, 4], 0, [2, 9])
        [2, 4]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "pull_at")
    for index in sorted(_speedups.flatten_depth(indexes, 1, "pull_at"), reverse=True):
        try:
            del array[index]
        except IndexError:
            pass
    return array


def push(array: list[T], *items: T2) -> list[Union[T, T2]]:
    """Append ``items`` to ``array``, **in place**.

    Args:
        array: The list to change.
        *items: The items to append.

    Returns:
        ``array`` itself.

    Raises:
        TypeError: If ``array`` has no ``extend`` method.

    Example:
        >>> push([1, 2], 3, [4])
        [1, 2, 3, [4]]

    .. versionadded:: 0.1.0
    """
    _list_method(array, "extend", "push")(items)
    return array  # type: ignore[return-value]


def remove(array: list[T], predicate: IterateeT = None) -> list[T]:
    """Remove the items for which ``predicate(value, index, array)`` holds, **in place**.

    Args:
        array: The list to change.
        predicate: A callable or a shorthand; ``None`` tests the items.

    Returns:
        The removed items, in a new list.

    Example:
        >>> a = [1, 2, 3, 4]
        >>> remove(a, lambda x: x % 2 == 0), a
        ([2, 4], [1, 3])

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "remove")
    removed: list[T] = []
    kept: list[T] = []
    for result, value, _ in _tests(array, predicate):
        (removed if result else kept).append(value)
    array[:] = kept
    return removed


def reverse(array: SeqT) -> SeqT:
    """Return a reversed copy of ``array`` (str and tuple types kept).

    Args:
        array: A sequence.

    Returns:
        ``array[::-1]``.

    Example:
        >>> reverse([1, 2, 3])
        [3, 2, 1]
        >>> reverse("abc")
        'cba'

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "reverse")
    return array[::-1]  # type: ignore[return-value]


def shift(array: list[T]) -> T:
    """Remove and return the first item, **in place**.

    Args:
        array: The list to change.

    Returns:
        The removed item.

    Raises:
        IndexError: If the list is empty.
        TypeError: If ``array`` has no ``pop`` method.

    Example:
        >>> a = [1, 2, 3]
        >>> shift(a), a
        (1, [2, 3])

    .. versionadded:: 0.1.0
    """
    return _list_method(array, "pop", "shift")(0)  # type: ignore[no-any-return]


def slice_(array: SeqT, start: int = 0, end: Optional[int] = None) -> SeqT:
    """Return ``array[start:end]``; with ``end`` omitted, the one item at ``start`` (pydash).

    Args:
        array: A sequence.
        start: Start index.
        end: End index; ``None`` means ``start + 1`` (``len(array)`` when
            ``start`` is ``-1``).

    Returns:
        A slice of ``array`` (type kept).

    Example:
        >>> slice_([1, 2, 3, 4], 1)
        [2]
        >>> slice_([1, 2, 3, 4], 1, 3)
        [2, 3]

    .. versionadded:: 0.1.0
    """
    refuse_mapping(array, "slice_")
    if end is None:
        end = (start + 1) if start >= 0 else (len(array) + start + 1)
    return array[start:end]  # type: ignore[return-value]


def sort(
    array: ListT,
    comparator: Optional[Comparator] = None,
    key: Optional[Callable[[Any], Any]] = None,
    reverse: bool = False,
) -> ListT:
    """Sort ``array`` **in place**, by ``key`` or by a ``comparator(a, b)`` returning <0, 0, >0.

    Args:
        array: The list to sort.
        comparator: An old-style comparison function.
        key: A key function.
        reverse: Sort in descending order.

    Returns:
        ``array`` itself.

    Raises:
        ValueError: If both ``comparator`` and ``key`` are given.
        TypeError: If ``array`` has no ``sort`` method.

    Example:
        >>> sort([2, 1, 4, 3], reverse=True)
        [4, 3, 2, 1]
        >>> sort(["bb", "a"], key=len)
        ['a', 'bb']

    .. versionadded:: 0.1.0
    """
    if comparator and key:
        raise ValueError('The "comparator" and "key" arguments are mutually exclusive')
    if comparator:
        key = cmp_to_key(comparator)
    _list_method(array, "sort", "sort")(key=key, reverse=reverse)
    return array


# Errors name the function and its first argument when that argument is not
# iterable (see _helpers.names_non_iterable); the list mutators validate
# ``array`` themselves.
name_non_iterables(globals(), skip=frozenset({"pop", "push", "shift", "sort"}))
