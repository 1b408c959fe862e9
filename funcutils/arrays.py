"""Array helpers: the functions of pydash's ``arrays`` module.

Every function here is typed, documented and pydash 8.1.0-compatible, except
where :doc:`/differences` says otherwise. Hot loops run in the compiled
kernels (``funcutils._speedups``), called through that module's attributes so
that tests and benches can swap them.

The module is ordered by concept: flatten; slicing and picking; searching;
set operations; combining; in-place mutators.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, MutableSequence, Sequence
from functools import cmp_to_key
from functools import reduce as _reduce
from itertools import chain, zip_longest
from operator import indexOf as _index_of_iter
from types import FunctionType
from typing import Any, Callable, Final, Optional, TypeVar, Union, overload

from . import _speedups
from ._speedups import compiled_twin as _compiled_twin
from ._errors import as_depth, name_non_iterable, name_non_iterables, refuse_mapping
from ._helpers import PLAIN_SEQUENCES
from ._iteratee import call_with as _call
from ._iteratee import callback as _callback
from ._iteratee import identity as _identity
from ._iteratee import iteratee as _iteratee
from ._paths import MISSING, parse_path, resolve_key, set_keys
from .types import Comparator, IterateeT, K, R, SeqT, T, T2, T3, T4, V

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
    "flatten",
    "flatten_deep",
    "flatten_depth",
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
    "iterflatten",
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
    "take",
    "take_right",
    "take_right_while",
    "take_while",
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

ListT = TypeVar("ListT", bound="list[Any]")
_MappingT = TypeVar("_MappingT", bound=Mapping[Any, Any])


# --------------------------------------------------------------------------------------
# internal helpers

#: Exact types that are sequences and never mappings: the mapping check is skipped.
_PLAIN_SEQUENCES: Final = PLAIN_SEQUENCES

#: Up to this length, a miss is found by ``in`` (no exception raised and caught).
_SHORT: Final = 16

#: A marker for "no item" (``interleave`` pads the shorter inputs with it).
_HOLE: Final[Any] = object()

_CO_VARARGS: Final = 0x04


def _resolve(predicate: Any) -> tuple[Callable[..., Any], int]:
    """``_iteratee.callback(predicate)``: ``(func, nargs)``, resolved once per call.

    A plain function without attributes (a ``def`` or ``lambda``; not
    decorated, so no ``__wrapped__`` or ``__signature__``) has its positional
    count read from its code object, as :func:`inspect.signature` would give
    it, without the ``inspect`` call; anything else goes through ``callback``.
    """
    if predicate is None:
        return _identity, 1
    if type(predicate) is FunctionType and not predicate.__dict__:
        code = predicate.__code__
        if code.co_flags & _CO_VARARGS:
            return predicate, 3
        nargs = code.co_argcount
        return predicate, (nargs if nargs < 3 else 3)
    return _callback(predicate)


def _indexed(array: Any) -> Iterable[tuple[Any, Any]]:
    """``(index_or_key, value)`` pairs by the arrays rule: a mapping gives its items,
    anything else enumerates (the collections' ``_pairs`` also reads objects' attributes)."""
    if type(array) is not list and isinstance(array, Mapping):
        return array.items()
    return enumerate(array)


def _tests(
    array: Any, func: Callable[..., Any], nargs: int, reverse: bool = False
) -> Iterator[tuple[Any, Any, Any]]:
    """``(result, value, index)`` for each item, calling ``func`` once each."""
    pairs = _indexed(array)
    if reverse:
        pairs = reversed(tuple(pairs))
    for index, value in pairs:
        yield _call(func, nargs, value, index, array), value, index


def _take_while(array: Any, func: Callable[..., Any], nargs: int) -> list[Any]:
    if nargs == 1 and type(array) is list:
        for index, value in enumerate(array):
            if not func(value):
                return array[:index]
        return array[:]
    out = []
    for result, value, _ in _tests(array, func, nargs):
        if not result:
            break
        out.append(value)
    return out


def _drop_while(array: Any, func: Callable[..., Any], nargs: int) -> list[Any]:
    if nargs == 1 and type(array) is list:
        for index, value in enumerate(array):
            if not func(value):
                return array[index:]
        return []
    out = []
    dropping = True
    for result, value, _ in _tests(array, func, nargs):
        if dropping and result:
            continue
        dropping = False
        out.append(value)
    return out


def _take_right_while(array: Any, func: Callable[..., Any], nargs: int) -> Any:
    """The longest suffix of the sequence ``array`` that ``func`` accepts, as a slice."""
    if nargs == 1 and type(array) is list:
        for index in range(len(array) - 1, -1, -1):
            if not func(array[index]):
                return array[index + 1 :]
        return array[:]
    n = len(array)
    for result, _, _ in _tests(array, func, nargs, reverse=True):
        if not result:
            break
        n -= 1
    return array[n:]


def _drop_right_while(array: Any, func: Callable[..., Any], nargs: int) -> Any:
    """``array`` without the longest suffix that ``func`` accepts, as a slice."""
    if nargs == 1 and type(array) is list:
        for index in range(len(array) - 1, -1, -1):
            if not func(array[index]):
                return array[: index + 1]
        return array[:0]
    n = len(array)
    for result, _, _ in _tests(array, func, nargs, reverse=True):
        if not result:
            break
        n -= 1
    return array[:n]


def _keyfunc(iteratee: Any) -> Optional[Callable[[Any], Any]]:
    """The one-argument key function of a ``*_by`` helper (``None``: identity)."""
    if iteratee is None:
        return None
    return _iteratee(iteratee)


def _copy(array: Any) -> Any:
    """``array[:]`` as pydash returns it (str/tuple kept); a list for other iterables."""
    tp = type(array)
    if tp is list or tp is tuple or tp is str or isinstance(array, (list, tuple, str, bytes)):
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


def _lists(values: tuple[Any, ...]) -> tuple[list[Any], ...]:
    """Each of ``values`` as a list (read once: generators work)."""
    if len(values) == 1:
        only = values[0]
        return (only if type(only) is list else list(only),)
    return tuple([v if type(v) is list else list(v) for v in values])


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


def _list_method(array: Any, method: str, func: str) -> Any:
    """``array.<method>``, or a ``TypeError`` naming ``func`` and ``array`` if it has none."""
    try:
        return getattr(array, method)
    except AttributeError:
        raise TypeError(
            f"{func}() argument 'array' must be a list (an object with .{method}()), "
            f"not {type(array).__name__}"
        ) from None


def _bisect(bisect: Callable[..., int], array: Sequence[Any], value: Any, name: str) -> int:
    """``bisect(array, value)``; a mapping is refused (it has no positions).

    CPython's C ``bisect`` refuses a dict with ``TypeError``, but the pure
    Python one (PyPy) would index it by key; the check makes both the same.
    """
    try:
        if type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, name)
        return bisect(array, value)
    except TypeError as exc:
        raise name_non_iterable(exc, array, name)


def _bisect_by(bisect: Callable[..., int], array: Sequence[Any], value: Any,
               iteratee: IterateeT, name: str) -> int:
    """``bisect`` on the sorted ``iteratee`` keys (pydash sorts them first), or on ``array``."""
    if iteratee:
        func = _iteratee(iteratee)
        try:
            keys = sorted([func(item) for item in array])
        except TypeError as exc:
            raise name_non_iterable(exc, array, name)
        return bisect(keys, func(value))
    return _bisect(bisect, array, value, name)


def _uniq_with(array: Any, comparator: Optional[Comparator]) -> list[Any]:
    if comparator is None:
        result: list[Any] = _speedups.uniq(array)
        return result
    seen: list[Any] = []
    for item in array:
        for kept in seen:
            if comparator(item, kept):
                break
        else:
            seen.append(item)
    return seen


def _xor_by(array: Any, others: tuple[Any, ...], key: Optional[Callable[[Any], Any]]) -> list[Any]:
    """The symmetric difference, step by step: unique by ``key`` at every step."""
    result = _as_list(array)
    for other in others:
        other = _as_list(other)
        common = _speedups.intersection(result, (other,), key)
        result = _speedups.uniq(_speedups.difference(result + other, (common,), key))
    return result


def _without(array: Any, values: tuple[Any, ...]) -> list[Any]:
    """The items of ``array`` not in ``values`` (identity or ``==``)."""
    if type(array) is list and len(array) * len(values) <= 64:
        return [item for item in array if item not in values]  # a C scan: no set to build
    result: list[Any] = _speedups.without(array, values)
    return result


def _intersperse(array: Any, separator: Any) -> list[Any]:
    items = array if type(array) is list else list(array)
    if not items:
        return []
    out = [separator] * (2 * len(items) - 1)
    out[::2] = items
    return out


def _unzip_with(array: Any, iteratee: Any) -> list[Any]:
    groups: list[Any] = _speedups.unzip(array)
    if iteratee is None or not groups:
        return groups
    func, nargs = _resolve(iteratee)
    if nargs == 2:
        return [_reduce(func, group) for group in groups]
    return [_reduce_group(func, nargs, group) for group in groups]


def _reduce_group(func: Callable[..., Any], nargs: int, group: Sequence[Any]) -> Any:
    acc = group[0]
    for index in range(1, len(group)):
        acc = _call(func, nargs, acc, group[index], index)
    return acc


def _keys_values(keys: Iterable[Any], values: Optional[Iterable[Any]]) -> tuple[Any, Any]:
    if values is None:
        groups = _speedups.unzip(keys)
        if not groups:
            return [], []
        keys, values = groups
    return keys, values


# --------------------------------------------------------------------------------------
# Flatten: the leaf rule of funcutils._helpers.is_flattenable, iterative at any depth


@overload
def flatten(array: Iterable[str]) -> list[str]: ...
@overload
def flatten(array: Iterable[bytes]) -> list[bytes]: ...
@overload
def flatten(array: Iterable[_MappingT]) -> list[_MappingT]: ...
@overload
def flatten(array: Iterable[Iterable[T]]) -> list[T]: ...
@overload
def flatten(array: Iterable[T]) -> list[T]: ...


def flatten(array: Iterable[Any]) -> list[Any]:
    """Flatten ``array`` one level deep into a new list.

    Every iterable item is spliced in except ``str``, ``bytes``, ``bytearray``
    and mappings, which stay whole (tuples, sets, ranges and generators are
    spliced). A top-level string gives its characters, a top-level mapping its
    keys, as iterating them does.

    Args:
        array: The iterable to flatten. A generator is consumed once.

    Returns:
        A new list.

    Raises:
        TypeError: If ``array`` is not iterable.

    Example:
        >>> flatten([[1], [2, [3]], (4, 5), "ab", {"k": 6}])
        [1, 2, [3], 4, 5, 'ab', {'k': 6}]
        >>> flatten([])
        []

    .. versionadded:: 0.1.0
    """
    return _speedups.flatten_depth(array, 1, "flatten")


def flatten_deep(array: Iterable[Any]) -> list[Any]:
    """Flatten ``array`` recursively, at any depth, into a new list.

    The walk is iterative: nesting depth is limited by memory only, never by
    the recursion limit. A container that holds itself (directly or further
    down) raises :exc:`ValueError`; a sub-list shared by two branches is not a
    cycle and is flattened twice.

    Args:
        array: The iterable to flatten. Generators are consumed once.

    Returns:
        A new list of the leaves, in order.

    Raises:
        TypeError: If ``array`` is not iterable.
        ValueError: If ``array`` contains a reference cycle.

    Example:
        >>> flatten_deep([1, [2, (3, [4, {5}])], "ab", b"cd", None])
        [1, 2, 3, 4, 5, 'ab', b'cd', None]
        >>> cycle = [1]
        >>> cycle.append(cycle)
        >>> flatten_deep(cycle)
        Traceback (most recent call last):
        ...
        ValueError: cannot flatten a list that contains itself: a reference cycle was found at depth 1

    .. versionadded:: 0.1.0
    """
    return _speedups.flatten_depth(array, -1, "flatten_deep")


def flatten_depth(array: Iterable[Any], depth: int = 1) -> list[Any]:
    """Flatten ``array`` up to ``depth`` levels deep into a new list.

    ``depth=0`` gives a shallow copy as a list; a negative depth means no
    limit (as :func:`flatten_deep`, including its cycle check). A limited
    depth always ends, so it does not look for cycles.

    Args:
        array: The iterable to flatten. Generators are consumed once.
        depth: How many levels to flatten: an integer.

    Returns:
        A new list.

    Raises:
        TypeError: If ``array`` is not iterable or ``depth`` is not an integer.
        ValueError: If ``depth`` is negative and ``array`` contains a cycle.

    Example:
        >>> flatten_depth([[[1], [2, [3]], [[4]]]], 2)
        [1, 2, [3], [4]]
        >>> flatten_depth([[1], (2,)], 0)
        [[1], (2,)]
        >>> flatten_depth([[[1]]], 1.5)
        Traceback (most recent call last):
        ...
        TypeError: flatten_depth() argument 'depth' must be an integer, not float

    .. versionadded:: 0.1.0
    """
    if type(depth) is not int:  # an int is its own depth: no validation call
        depth = as_depth(depth, "flatten_depth")
    return _speedups.flatten_depth(array, depth, "flatten_depth")


def iterflatten(array: Iterable[Any], depth: int = -1) -> Iterator[Any]:
    """Flatten ``array`` lazily: an iterator over the leaves.

    The streaming form of :func:`flatten_depth` (same leaf rule, cycle check
    and errors), named after pydash's internal ``arrays.iterflatten``. Nested
    generators are consumed one item at a time, so memory stays constant
    however long the input; the depth defaults to unlimited.

    Args:
        array: The iterable to flatten; checked at once.
        depth: How many levels to flatten; negative (the default) means all.

    Returns:
        An iterator over the flattened items.

    Raises:
        TypeError: At once, if ``array`` is not iterable or ``depth`` is not
            an integer.
        ValueError: While iterating, if ``depth`` is negative and ``array``
            contains a reference cycle.

    Example:
        >>> stream = iterflatten(([i, [i * 10]] for i in range(3)))
        >>> next(stream)
        0
        >>> list(stream)
        [0, 1, 10, 2, 20]
        >>> list(iterflatten([[1, [2]], [3]], depth=1))
        [1, [2], 3]

    .. versionadded:: 0.1.0
    """
    if type(depth) is not int:  # an int is its own depth: no validation call
        depth = as_depth(depth, "iterflatten")
    return _speedups.iterflatten(array, depth, "iterflatten")



# --------------------------------------------------------------------------------------
# Slicing and picking: items by position or by a predicate from either end


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
    if type(array) is list:
        return array[0] if array else None
    return _get_index(array, 0)  # type: ignore[no-any-return]


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
    if type(array) is list:
        return array[-1] if array else None
    return _get_index(array, -1)  # type: ignore[no-any-return]


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
    if type(array) is list and type(pos) is int:
        try:
            return array[pos]  # type: ignore[no-any-return]
        except IndexError:
            return None
    return _get_key(array, pos)  # type: ignore[no-any-return]


@_compiled_twin
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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "initial")
        return array[:-1]  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "initial")


@_compiled_twin
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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "tail")
        return array[1:]  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "tail")


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
    if type(array) is list and type(n) is int:
        return array[:n] if n > 0 else []
    try:
        refuse_mapping(array, "take")
        return _take_while(array, lambda _, index: index < n, 2)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "take")


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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "take_right")
        if type(n) is int:
            return array[-n:] if n > 0 else array[:0]  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
        length = len(array)
        return _take_right_while(array, lambda _, index: (length - index) <= n, 2)  # type: ignore[no-any-return]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "take_right")


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
    try:
        func, nargs = _resolve(predicate)
        return _take_while(array, func, nargs)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "take_while")


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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "take_right_while")
        func, nargs = _resolve(predicate)
        return _take_right_while(array, func, nargs)  # type: ignore[no-any-return]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "take_right_while")


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
    if type(array) is list and type(n) is int:
        return array[n:] if n > 0 else array[:]
    try:
        refuse_mapping(array, "drop")
        return _drop_while(array, lambda _, index: index < n, 2)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "drop")


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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "drop_right")
        if type(n) is int:
            return array[:-n] if n > 0 else array[:]  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
        length = len(array)
        return _drop_right_while(array, lambda _, index: (length - index) <= n, 2)  # type: ignore[no-any-return]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "drop_right")


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
    try:
        func, nargs = _resolve(predicate)
        return _drop_while(array, func, nargs)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "drop_while")


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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "drop_right_while")
        func, nargs = _resolve(predicate)
        return _drop_right_while(array, func, nargs)  # type: ignore[no-any-return]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "drop_right_while")


@_compiled_twin
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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "slice_")
        if end is None:
            end = (start + 1) if start >= 0 else (len(array) + start + 1)
        return array[start:end]  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "slice_")


@_compiled_twin
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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "split_at")
        return [array[:index], array[index:]]  # type: ignore[list-item]  # pyright: ignore[reportReturnType]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "split_at")


@overload
def chunk(array: str, size: int = 1) -> list[str]: ...  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "chunk")
        result: list[Any] = _speedups.chunk(array, size)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "chunk")


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
    try:
        result: list[Any] = _speedups.compact(array)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "compact")


@_compiled_twin
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
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "reverse")
        return array[::-1]  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "reverse")



# --------------------------------------------------------------------------------------
# Searching: positions of a value or of the first/last item a predicate accepts


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
    if type(array) is list and type(from_index) is int:
        if len(array) <= _SHORT and value not in array:
            return -1  # no exception to raise and catch for a short miss
        try:
            return array.index(value, from_index)
        except ValueError:
            return -1
    try:
        seq: Any = array if hasattr(array, "index") else list(array)
        return seq.index(value, from_index)  # type: ignore[no-any-return]
    except ValueError:
        return -1
    except TypeError as exc:
        raise name_non_iterable(exc, array, "index_of")


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
    if type(array) is list and from_index is None:
        # C loops: ``in`` for a short miss, ``indexOf`` on the reversed list for a hit.
        if len(array) <= _SHORT and value not in array:
            return -1
        try:
            index = len(array) - 1 - _index_of_iter(reversed(array), value)
        except ValueError:
            return -1
        if array[index] == value:
            return index
        # identical but not equal (nan): pydash compares with ``==`` only
    try:
        if type(array) is not list and type(array) not in _PLAIN_SEQUENCES:
            refuse_mapping(array, "last_index_of")
        index = length = len(array)
        try:
            start = int(from_index)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
        except (TypeError, ValueError):
            pass
        else:
            index = max(0, index + start) if start < 0 else min(start, index - 1)
        while index >= 0:
            if index < length and array[index] == value:
                return index
            index -= 1
        return -1
    except TypeError as exc:
        raise name_non_iterable(exc, array, "last_index_of")


@overload
def find_index(array: Mapping[K, Any], predicate: IterateeT = None) -> Union[K, int]: ...  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
@overload
def find_index(array: Iterable[Any], predicate: IterateeT = None) -> int: ...


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
    try:
        func, nargs = _resolve(predicate)
        if nargs == 1 and type(array) is list:
            for index, value in enumerate(array):
                if func(value):
                    return index
            return -1
        for result, _, key in _tests(array, func, nargs):
            if result:
                return key
        return -1
    except TypeError as exc:
        raise name_non_iterable(exc, array, "find_index")


@overload
def find_last_index(array: Mapping[K, Any], predicate: IterateeT = None) -> Union[K, int]: ...  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
@overload
def find_last_index(array: Iterable[Any], predicate: IterateeT = None) -> int: ...


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
    try:
        func, nargs = _resolve(predicate)
        if nargs == 1 and type(array) is list:
            for index in range(len(array) - 1, -1, -1):
                if func(array[index]):
                    return index
            return -1
        for result, _, key in _tests(array, func, nargs, reverse=True):
            if result:
                return key
        return -1
    except TypeError as exc:
        raise name_non_iterable(exc, array, "find_last_index")


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
    if type(array) is list:
        return bisect_left(array, value)
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
    if type(array) is list:
        index = bisect_left(array, value)
    else:
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
    if type(array) is list:
        return bisect_right(array, value)
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
    if type(array) is list:
        index = bisect_right(array, value) - 1
    else:
        index = _bisect(bisect_right, array, value, "sorted_last_index_of") - 1
    if 0 <= index < len(array) and array[index] == value:
        return index
    return -1



# --------------------------------------------------------------------------------------
# Set operations: pydash's equality (hashable through a set, unhashable by ==)


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
    try:
        if not others:
            return _copy(array)  # type: ignore[no-any-return]
        last = others[-1]
        if last is None or callable(last):
            return difference_with(array, *others)  # a trailing comparator, as in pydash
        lists = _lists(others)
        if not any(lists):
            return _copy(array)  # type: ignore[no-any-return]
        result: list[T] = _speedups.difference(array, lists, None)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "difference")


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
    try:
        if not others:
            return _copy(array)  # type: ignore[no-any-return]
        it, rest = _split_last(others, kwargs.get("iteratee"))
        lists = _lists(rest)
        if not any(lists):
            return _copy(array)  # type: ignore[no-any-return]
        items = array if type(array) is list else list(array)
        if not items:
            return []  # the iteratee is not called on ``others``: nothing depends on it
        result: list[T] = _speedups.difference(items, lists, _keyfunc(it))
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "difference_by")


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
    try:
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
            kept = []
            for item in result:
                for value in values:
                    if comparator(item, value):
                        break
                else:
                    kept.append(item)
            result = kept
        return result  # type: ignore[no-any-return]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "difference_with")


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
    try:
        if not others:
            return _copy(array)  # type: ignore[no-any-return]
        last = others[-1]
        if last is None or callable(last):
            return intersection_with(array, *others)  # a trailing comparator, as in pydash
        result: list[T] = _speedups.intersection(array, _lists(others), None)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "intersection")


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
    try:
        if not others:
            return _copy(array)  # type: ignore[no-any-return]
        it, rest = _split_last(others, kwargs.get("iteratee"))
        if not rest:
            return _copy(array)  # type: ignore[no-any-return]
        lists = _lists(rest)
        items = array if type(array) is list else list(array)
        if not items:
            return []  # the iteratee is not called on ``others``: nothing depends on it
        result: list[T] = _speedups.intersection(items, lists, _keyfunc(it))
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "intersection_by")


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
    try:
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
                for value in other:
                    if comparator(item, value):
                        kept.append(item)
                        break
            result = kept
            if not result:
                break
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "intersection_with")


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
    try:
        if not others:
            return _copy(array)  # type: ignore[no-any-return]
        result: list[Any] = _speedups.uniq(_speedups.flatten_depth([array, *others], 1, "union"))
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "union")


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
    try:
        if not others:
            return _copy(array)  # type: ignore[no-any-return]
        it, rest = _split_last(others, kwargs.get("iteratee"))
        items = _speedups.flatten_depth([array, *rest], 1, "union_by")
        result: list[Any] = _speedups.uniq_by(items, _keyfunc(it))
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "union_by")


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
    try:
        if not others:
            return _copy(array)  # type: ignore[no-any-return]
        comparator, rest = _split_last(others, kwargs.get("comparator"), strict=True)
        items = _speedups.flatten_depth([array, *rest], 1, "union_with")
        return _uniq_with(items, comparator)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "union_with")


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
    try:
        result: list[Any] = _speedups.uniq(array)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "uniq")


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
    if type(array) is list and not array:
        return []
    try:
        result: list[Any] = _speedups.uniq_by(array, _keyfunc(iteratee))
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "uniq_by")


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
    try:
        return _uniq_with(array, comparator)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "uniq_with")


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
    try:
        return sorted(_speedups.uniq(array))
    except TypeError as exc:
        raise name_non_iterable(exc, array, "sorted_uniq")


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
    if type(array) is list and not array:
        return []
    try:
        return sorted(_speedups.uniq_by(array, _keyfunc(iteratee)))
    except TypeError as exc:
        raise name_non_iterable(exc, array, "sorted_uniq_by")


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
    try:
        if not lists:
            return _copy(array)  # type: ignore[no-any-return]
        it, rest = _split_last(lists, None)  # as pydash's xor, which is xor_by
        return _xor_by(array, rest, _keyfunc(it))
    except TypeError as exc:
        raise name_non_iterable(exc, array, "xor")


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
    try:
        if not lists:
            return _copy(array)  # type: ignore[no-any-return]
        it, rest = _split_last(lists, kwargs.get("iteratee"))
        return _xor_by(array, rest, _keyfunc(it))
    except TypeError as exc:
        raise name_non_iterable(exc, array, "xor_by")


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
    try:
        if not lists:
            return _copy(array)  # type: ignore[no-any-return]
        comparator, rest = _split_last(lists, kwargs.get("comparator"), strict=True)
        result = _as_list(array)
        for other in rest:
            other = _as_list(other)
            common = intersection_with(result, other, comparator=comparator)
            result = _speedups.uniq(difference_with(result + other, common, comparator=comparator))
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "xor_with")


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
    try:
        if len(values) <= 8:
            return [item for item in array if item not in values]  # a C scan: no set to build
        result: list[T] = _speedups.without(array, values)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "without")


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
    try:
        items = _as_list(array)
        keys = None if not iteratee else _keys_of(_iteratee(iteratee), items)
        result: list[Any] = _speedups.duplicates(items, keys)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "duplicates")



# --------------------------------------------------------------------------------------
# Combining: joining, interleaving, zipping and pairing inputs


@overload
def concat() -> list[Any]: ...
@overload
def concat(array1: Iterable[T], /) -> list[T]: ...
@overload
def concat(array1: Iterable[T], array2: Iterable[T2], /) -> list[Union[T, T2]]: ...
@overload
def concat(
    array1: Iterable[T], array2: Iterable[T2], array3: Iterable[T3], /
) -> list[Union[T, T2, T3]]: ...
@overload
def concat(
    array1: Iterable[T], array2: Iterable[T2], array3: Iterable[T3], array4: Iterable[T4], /
) -> list[Union[T, T2, T3, T4]]: ...
@overload
def concat(*arrays: Any) -> list[Any]: ...


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
    try:
        if len(arrays) < 2:
            return list(arrays[0]) if arrays else []
        return [
            item
            for item in chain.from_iterable(zip_longest(*arrays, fillvalue=_HOLE))
            if item is not _HOLE
        ]
    except TypeError as exc:
        raise name_non_iterables(exc, arrays, "interleave", "arrays")


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
    try:
        return _intersperse(array, separator)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "intersperse")


@overload
def intercalate(array: Iterable[Iterable[T]], separator: str) -> list[Union[T, str]]: ...
@overload
def intercalate(array: Iterable[Iterable[T]], separator: Iterable[T2]) -> list[Union[T, T2]]: ...
@overload
def intercalate(array: Iterable[Iterable[T]], separator: T2) -> list[Union[T, T2]]: ...
@overload
def intercalate(array: Iterable[Any], separator: Any) -> list[Any]: ...


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
    try:
        result: list[Any] = _speedups.flatten_depth(
            _intersperse(array, separator), 1, "intercalate"
        )
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "intercalate")


@overload
def mapcat(array: Iterable[Any], iteratee: Callable[..., str]) -> list[str]: ...
@overload
def mapcat(array: Iterable[Any], iteratee: Callable[..., bytes]) -> list[bytes]: ...
@overload
def mapcat(array: Iterable[Any], iteratee: Callable[..., _MappingT]) -> list[_MappingT]: ...
@overload
def mapcat(array: Iterable[Any], iteratee: Callable[..., Iterable[R]]) -> list[R]: ...
@overload
def mapcat(array: Iterable[Any], iteratee: Callable[..., R]) -> list[R]: ...
@overload
def mapcat(array: Iterable[Iterable[T]], iteratee: None = None) -> list[T]: ...
@overload
def mapcat(array: Iterable[Any], iteratee: IterateeT = None) -> list[Any]: ...


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
    try:
        func, nargs = _resolve(iteratee)
        if nargs == 1 and type(array) is list:
            mapped = [func(value) for value in array]
        else:
            mapped = [_call(func, nargs, value, index, array) for index, value in _indexed(array)]
        result: list[Any] = _speedups.flatten_depth(mapped, 1, "mapcat")
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "mapcat")


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
    try:
        return list(zip(*arrays))  # the builtin is the C loop (the zip_ kernel is the same)
    except TypeError as exc:
        raise name_non_iterables(exc, arrays, "zip_", "arrays")


@overload
def zip_with(array1: Iterable[T], array2: Iterable[T2], iteratee: Callable[[T, T2], R], /) -> list[R]: ...
@overload
def zip_with(
    array1: Iterable[T], array2: Iterable[T2], iteratee: Callable[[T, T2, int], R], /
) -> list[R]: ...
@overload
def zip_with(*arrays: Iterable[Any], iteratee: Callable[..., R]) -> list[R]: ...
@overload
def zip_with(*arrays: Iterable[T], iteratee: None) -> list[tuple[T, ...]]: ...
@overload
def zip_with(*arrays: Any, **kwargs: Any) -> list[Any]: ...


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
    try:
        return _unzip_with(arrays, iteratee)
    except TypeError as exc:
        raise name_non_iterables(exc, arrays, "zip_with", "arrays")


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
    try:
        result: list[Any] = _speedups.unzip(array)
        return result
    except TypeError as exc:
        raise name_non_iterable(exc, array, "unzip")


@overload
def unzip_with(array: Iterable[Iterable[T]], iteratee: Callable[[T, T], R]) -> list[R]: ...
@overload
def unzip_with(array: Iterable[Iterable[T]], iteratee: Callable[[T, T, int], R]) -> list[R]: ...
@overload
def unzip_with(array: Iterable[Iterable[Any]], iteratee: Callable[..., R]) -> list[R]: ...
@overload
def unzip_with(array: Iterable[Iterable[T]], iteratee: None = None) -> list[tuple[T, ...]]: ...


def unzip_with(
    array: Iterable[Iterable[Any]], iteratee: Optional[Callable[..., Any]] = None
) -> list[Any]:
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
    try:
        return _unzip_with(array, iteratee)
    except TypeError as exc:
        raise name_non_iterable(exc, array, "unzip_with")


@overload
def from_pairs(pairs: Iterable[tuple[K, V]]) -> dict[K, V]: ...
@overload
def from_pairs(pairs: Iterable[Sequence[T]]) -> dict[T, T]: ...


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
    try:
        return dict(pairs)
    except TypeError as exc:
        raise name_non_iterable(exc, pairs, "from_pairs", "pairs")


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
    try:
        if values is not None:
            return dict(zip(keys, values))
        given, found = _keys_values(keys, values)
        return dict(zip(given, found))
    except TypeError as exc:
        raise name_non_iterable(exc, keys, "zip_object", "keys")


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
    try:
        keys, values = _keys_values(keys, values)
        vals = _as_list(values)
        obj: dict[Any, Any] = {}
        for idx, key in enumerate(keys):
            path, flags = parse_path(key)
            set_keys(obj, path, vals[idx] if idx < len(vals) else None, flags)
        return obj
    except TypeError as exc:
        raise name_non_iterable(exc, keys, "zip_object_deep", "keys")



# --------------------------------------------------------------------------------------
# In-place mutators: change the given list and return it (or what they removed)


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
    try:
        if type(array) is not list:
            refuse_mapping(array, "fill")
        end = len(array) if end is None else min(end, len(array))
        filled: list[Any] = [*array[:start], *([value] * len(array[start:end])), *array[end:]]
        array[:] = filled
        return array  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "fill")


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
    if type(array) is list:
        return array.pop(index)
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
    try:
        if type(array) is not list:
            refuse_mapping(array, "pull")
        array[:] = _without(array, values)
        return array
    except TypeError as exc:
        raise name_non_iterable(exc, array, "pull")


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
    try:
        if type(array) is not list:
            refuse_mapping(array, "pull_all")
        array[:] = _without(array, tuple(values))
        return array
    except TypeError as exc:
        raise name_non_iterable(exc, array, "pull_all")


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
    try:
        if type(array) is not list:
            refuse_mapping(array, "pull_all_by")
        kept = difference_by(array, list(values), iteratee=iteratee)
        array[:] = _without(array, tuple(difference(array, kept)))
        return array
    except TypeError as exc:
        raise name_non_iterable(exc, array, "pull_all_by")


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
    try:
        if type(array) is not list:
            refuse_mapping(array, "pull_all_with")
        kept = difference_with(array, list(values), comparator=comparator)
        array[:] = _without(array, tuple(difference(array, kept)))
        return array
    except TypeError as exc:
        raise name_non_iterable(exc, array, "pull_all_with")


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
    try:
        if type(array) is not list:
            refuse_mapping(array, "pull_at")
        for index in sorted(_speedups.flatten_depth(indexes, 1, "pull_at"), reverse=True):
            try:
                del array[index]
            except IndexError:
                pass
        return array
    except TypeError as exc:
        raise name_non_iterable(exc, array, "pull_at")


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
    if type(array) is list:
        array.extend(items)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    else:
        _list_method(array, "extend", "push")(items)
    return array  # type: ignore[return-value]  # pyright: ignore[reportReturnType]


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
    try:
        if type(array) is not list:
            refuse_mapping(array, "remove")
        func, nargs = _resolve(predicate)
        removed: list[T] = []
        kept: list[T] = []
        if nargs == 1 and type(array) is list:
            for value in array:
                (removed if func(value) else kept).append(value)
        else:
            for result, value, _ in _tests(array, func, nargs):
                (removed if result else kept).append(value)
        array[:] = kept
        return removed
    except TypeError as exc:
        raise name_non_iterable(exc, array, "remove")


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
    if type(array) is list:
        return array.pop(0)
    return _list_method(array, "pop", "shift")(0)  # type: ignore[no-any-return]


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
    if type(array) is list:
        array.sort(key=key, reverse=reverse)
    else:
        _list_method(array, "sort", "sort")(key=key, reverse=reverse)
    return array


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
    try:
        if type(array) is not list:
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
    except TypeError as exc:
        raise name_non_iterable(exc, array, "splice")


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
    try:
        if type(array) is not list:
            refuse_mapping(array, "unshift")
        array[:0] = items  # type: ignore[assignment]  # pyright: ignore[reportCallIssue, reportArgumentType]
        return array  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
    except TypeError as exc:
        raise name_non_iterable(exc, array, "unshift")
