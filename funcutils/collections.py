"""Collection helpers: pydash's 31 ``collections`` functions, typed and fast.

Iteration rules (pydash 8.1.0's): a mapping gives its *values* to
:func:`map_`, :func:`filter_`, :func:`reject`, :func:`find`, :func:`count_by`,
:func:`sort_by`, :func:`order_by`, :func:`partition`, :func:`flat_map`,
:func:`for_each`, :func:`reduce_`, :func:`reductions`, :func:`includes`,
:func:`shuffle` and :func:`pluck`, and its *keys* to :func:`every`,
:func:`some`, :func:`group_by`, :func:`key_by` and :func:`nest`. Callbacks get
``(value, index_or_key, collection)`` cut to their positional arity, decided
once per call. A ``str``/``int`` iteratee is a path (see :doc:`/paths`); a
plain key or dotted path runs in a compiled loop when the extension is built.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from functools import cmp_to_key
from operator import itemgetter
from typing import Any, Callable, Final, Optional, TypeVar, Union, cast, overload

from . import _speedups as _speedups_module
from ._errors import refuse_mapping
from ._iteratee import call_with as _call
from ._iteratee import MatchesGetter, callback, iteratee as _iteratee, path_keys, properties
from ._paths import RESTRICTED_PREFIX, get_keys, parse_path
from .arrays import flatten, flatten_deep, flatten_depth
from .types import A, IterateeT, K, MoreArgsPredicate, R, Shorthand, T, T2, ValuePredicate

__all__ = [
    "at",
    "count_by",
    "every",
    "filter_",
    "find",
    "find_last",
    "flat_map",
    "flat_map_deep",
    "flat_map_depth",
    "for_each",
    "for_each_right",
    "group_by",
    "includes",
    "invoke_map",
    "key_by",
    "map_",
    "nest",
    "order_by",
    "partition",
    "pluck",
    "reduce_",
    "reduce_right",
    "reductions",
    "reductions_right",
    "reject",
    "sample",
    "sample_size",
    "shuffle",
    "size",
    "some",
    "sort_by",
]

CollT = TypeVar("CollT")

#: The kernels (compiled or pure), looked up at call time so tests can swap them.
_speedups: Any = _speedups_module



# --------------------------------------------------------------------------
# iteration helpers
# --------------------------------------------------------------------------


# Bound methods of the module's shared random generator (``random.seed`` applies).
_shuffle = random.shuffle
_choice = random.choice
# ``random.choice(seq)`` is ``seq[_randbelow(len(seq))]`` on the same generator: calling
# it directly saves a Python frame per ``sample`` and draws the same numbers (where the
# generator has no ``_randbelow``, ``choice(range(n))`` draws what ``choice`` would).
_randbelow: Callable[[int], int] = getattr(
    getattr(random, "_inst", None), "_randbelow", lambda n: _choice(range(n))
)


def _pairs(collection: Any) -> Iterable[tuple[Any, Any]]:
    """``(key_or_index, value)`` pairs, by pydash's rules (objects: their attributes)."""
    kind = type(collection)
    if kind is list or kind is tuple or kind is str:
        return enumerate(collection)
    if kind is dict:
        return collection.items()  # type: ignore[no-any-return]
    if collection is None:  # what the checks below decide (no items, no attributes)
        return ()
    if isinstance(collection, Mapping):
        return collection.items()
    items: Any = getattr(collection, "items", None)
    pairs: Iterable[tuple[Any, Any]]
    if items is not None and callable(items):
        pairs = iter(cast(Iterable[tuple[Any, Any]], items()))
    elif isinstance(collection, Iterable):
        pairs = enumerate(collection)
    else:
        pairs = getattr(collection, "__dict__", {}).items()
    return pairs


def _values(collection: Any) -> Iterable[Any]:
    """The values :func:`_pairs` walks, without the keys (lists are passed through)."""
    kind = type(collection)
    if kind is list or kind is tuple or kind is str:
        return collection  # type: ignore[no-any-return]
    if kind is dict:
        return collection.values()  # type: ignore[no-any-return]
    if collection is None:
        return ()
    if isinstance(collection, Mapping):
        return collection.values()
    if isinstance(collection, Iterable) and not callable(getattr(collection, "items", None)):
        return collection
    return (value for _, value in _pairs(collection))


def _results(collection: Any, func: Callable[..., Any], nargs: int) -> tuple[list[Any], list[Any]]:
    """``(results, values)``: ``func`` applied to every value with ``nargs`` arguments."""
    if nargs <= 1:
        values = list(_values(collection))
        if nargs == 1:
            return [func(v) for v in values], values
        return [func() for _ in values], values
    pairs = list(_pairs(collection))
    values = [v for _, v in pairs]
    if nargs == 2:
        return [func(v, k) for k, v in pairs], values
    return [func(v, k, collection) for k, v in pairs], values


def _mapped(collection: Any, iteratee: Any) -> list[Any]:
    keys = path_keys(iteratee)
    if keys is not None:
        result: list[Any] = _speedups.map_path(_values(collection), keys)
        return result
    func, nargs = callback(iteratee)
    return _results(collection, func, nargs)[0]


# --------------------------------------------------------------------------
# public functions
# --------------------------------------------------------------------------


@overload
def at(collection: Sequence[T], *paths: int) -> list[Optional[T]]: ...
@overload
def at(collection: Any, *paths: Any) -> list[Any]: ...
def at(collection: Any, *paths: Any) -> list[Any]:
    """Values of ``collection`` at the given paths.

    Args:
        collection: Object to read.
        *paths: Paths (see :doc:`/paths`); a list is one path of literal keys.

    Returns:
        A list with the value at each path (``None`` where a path is missing).

    Example:
        >>> at({"a": [{"b": {"c": 3}}, 4]}, "a[0].b.c", "a[1]", "x")
        [3, 4, None]

    .. versionadded:: 0.1.0
    """
    if type(collection) is list and paths and set(map(type, paths)) == {int}:
        if 0 <= min(paths) and max(paths) < len(collection):  # indexes that are there
            return list(map(collection.__getitem__, paths))
    return properties(*paths)(collection)


@overload
def count_by(collection: Mapping[Any, T], iteratee: None = None) -> dict[T, int]: ...
@overload
def count_by(collection: Mapping[Any, T], iteratee: Callable[[T], K]) -> dict[K, int]: ...
@overload
def count_by(collection: Iterable[T], iteratee: None = None) -> dict[T, int]: ...
@overload
def count_by(collection: Iterable[T], iteratee: Callable[[T], K]) -> dict[K, int]: ...
@overload
def count_by(collection: Iterable[T], iteratee: Callable[[T, int], K]) -> dict[K, int]: ...
@overload
def count_by(collection: Iterable[T], iteratee: Shorthand) -> dict[Any, int]: ...
@overload
def count_by(collection: Any, iteratee: Optional[Shorthand] = None) -> dict[Any, int]: ...
def count_by(collection: Any, iteratee: Any = None) -> dict[Any, int]:
    """Count the values of ``collection`` by the key ``iteratee`` gives each.

    Args:
        collection: Values to count (a mapping gives its values).
        iteratee: Callable or shorthand giving each value's key; ``None``
            counts the values themselves.

    Returns:
        ``{key: count}`` in first-seen order.

    Raises:
        TypeError: a key is not hashable.

    Example:
        >>> count_by([{"k": "a"}, {"k": "b"}, {"k": "a"}, {}], "k")
        {'a': 2, 'b': 1, None: 1}
        >>> count_by([1.5, 2.1, 1.9], int)
        {1: 2, 2: 1}

    .. versionadded:: 0.1.0
    """
    keys = path_keys(iteratee)
    if keys is not None:
        result: dict[Any, int] = _speedups.count_by_path(_values(collection), keys)
        return result
    func, nargs = callback(iteratee)
    out: dict[Any, int] = {}
    for key in _results(collection, func, nargs)[0]:
        out[key] = out.get(key, 0) + 1
    return out


def every(collection: Iterable[T], predicate: IterateeT = None) -> bool:
    """Whether ``predicate`` is truthy for every item (stops at the first falsy one).

    Args:
        collection: Items to test (a mapping gives its *keys*, as pydash).
        predicate: Callable (called with the item only) or shorthand; a falsy
            predicate tests the items themselves.

    Returns:
        ``True`` when all items pass (and for an empty collection).

    Example:
        >>> every([{"a": 1}, {"a": 2}], "a")
        True
        >>> every([1, 0, 2])
        False
        >>> every({"a": 0})  # the key 'a' is tested
        True

    .. versionadded:: 0.1.0
    """
    if predicate:
        cbk = _iteratee(predicate)
        return all(cbk(item) for item in collection)
    return all(collection)


@overload
def filter_(
    collection: Mapping[Any, T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> list[T]: ...
@overload
def filter_(
    collection: Iterable[T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> list[T]: ...
@overload
def filter_(collection: Mapping[Any, T], predicate: MoreArgsPredicate[T]) -> list[T]: ...
@overload
def filter_(collection: Iterable[T], predicate: MoreArgsPredicate[T]) -> list[T]: ...
@overload
def filter_(collection: Any, predicate: Optional[Shorthand] = None) -> list[Any]: ...
def filter_(collection: Any, predicate: Any = None) -> list[Any]:
    """The values for which ``predicate`` is truthy.

    Args:
        collection: Values to filter (a mapping gives its values).
        predicate: Callable ``(value, index_or_key, collection)`` (cut to its
            arity) or shorthand; ``None`` keeps truthy values.

    Returns:
        A new list.

    Example:
        >>> filter_([{"a": 1}, {"a": 0}, {}], "a")
        [{'a': 1}]
        >>> filter_({"x": 1, "y": 2}, lambda v, k: k == "y")
        [2]

    .. versionadded:: 0.1.0
    """
    keys = path_keys(predicate)
    if keys is not None:
        result: list[Any] = _speedups.filter_path(_values(collection), keys, True)
        return result
    func, nargs = callback(predicate)
    results, values = _results(collection, func, nargs)
    return [v for r, v in zip(results, values) if r]


@overload
def find(
    collection: Mapping[Any, T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> Optional[T]: ...
@overload
def find(
    collection: Iterable[T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> Optional[T]: ...
@overload
def find(collection: Mapping[Any, T], predicate: MoreArgsPredicate[T]) -> Optional[T]: ...
@overload
def find(collection: Iterable[T], predicate: MoreArgsPredicate[T]) -> Optional[T]: ...
@overload
def find(collection: Any, predicate: Optional[Shorthand] = None) -> Any: ...
def find(collection: Any, predicate: Any = None) -> Any:
    """The first value for which ``predicate`` is truthy (stops there).

    Args:
        collection: Values to search (a mapping gives its values).
        predicate: Callable or shorthand; ``None`` finds the first truthy value.

    Returns:
        The value, or ``None`` when nothing matches.

    Example:
        >>> find([{"a": 0}, {"a": 2}, {"a": 3}], "a")
        {'a': 2}
        >>> find([1, 2], lambda v: v > 5) is None
        True

    .. versionadded:: 0.1.0
    """
    func, nargs = callback(predicate)
    if isinstance(func, MatchesGetter) and type(collection) is list:
        flat = func.flat()
        if flat is not None:
            return _first_match(collection, func, flat)
    for key, value in _pairs(collection):
        if _call(func, nargs, value, key, collection):
            return value
    return None


def _first_match(values: Iterable[Any], getter: MatchesGetter, flat: dict[Any, Any]) -> Any:
    """The first of ``values`` that ``getter`` (a ``{key: value}`` shorthand) matches.

    ``flat`` is the getter's flat copy of its source: against a dict item its
    C-level subset test is made here, without a call of the getter per item
    (most of the cost); the source is still compared with the copy before each
    test, so a source changed meanwhile is matched as it is now. Other items,
    and a comparison that raises, go to the getter itself.
    """
    source = getter.source
    items = flat.items()
    for value in values:
        if type(value) is dict and flat == source:
            try:
                hit = items <= value.items()
            except Exception:  # an __eq__ that raises: the getter decides, as it would
                hit = getter(value)
        else:
            hit = getter(value)
        if hit:
            return value
    return None


@overload
def find_last(
    collection: Mapping[Any, T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> Optional[T]: ...
@overload
def find_last(
    collection: Iterable[T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> Optional[T]: ...
@overload
def find_last(collection: Mapping[Any, T], predicate: MoreArgsPredicate[T]) -> Optional[T]: ...
@overload
def find_last(collection: Iterable[T], predicate: MoreArgsPredicate[T]) -> Optional[T]: ...
@overload
def find_last(collection: Any, predicate: Optional[Shorthand] = None) -> Any: ...
def find_last(collection: Any, predicate: Any = None) -> Any:
    """The last value for which ``predicate`` is truthy (searching from the end).

    Args:
        collection: Values to search (a mapping gives its values).
        predicate: Callable or shorthand.

    Returns:
        The value, or ``None`` when nothing matches.

    Example:
        >>> find_last([1, 2, 3, 4], lambda v: v % 2)
        3

    .. versionadded:: 0.1.0
    """
    func, nargs = callback(predicate)
    if isinstance(func, MatchesGetter) and type(collection) is list:
        flat = func.flat()
        if flat is not None:
            return _first_match(reversed(collection), func, flat)
    if nargs == 1 and type(collection) is list:
        for value in reversed(collection):
            if func(value):
                return value
        return None
    for key, value in reversed(tuple(_pairs(collection))):
        if _call(func, nargs, value, key, collection):
            return value
    return None


@overload
def flat_map(collection: Mapping[Any, T], iteratee: Callable[[T], Iterable[R]]) -> list[R]: ...
@overload
def flat_map(collection: Iterable[T], iteratee: Callable[[T], Iterable[R]]) -> list[R]: ...
@overload
def flat_map(collection: Iterable[T], iteratee: Callable[[T, int], Iterable[R]]) -> list[R]: ...
@overload
def flat_map(collection: Any, iteratee: Optional[Shorthand] = None) -> list[Any]: ...
def flat_map(collection: Any, iteratee: IterateeT = None) -> list[Any]:
    """Map every value, then flatten the results one level.

    Args:
        collection: Values to map (a mapping gives its values).
        iteratee: Callable or shorthand; ``None`` flattens the values.

    Returns:
        A new list.

    Example:
        >>> flat_map([1, 2], lambda v: [v, v])
        [1, 1, 2, 2]
        >>> flat_map([[1, 2], "ab", (3,)])
        [1, 2, 'ab', 3]

    .. versionadded:: 0.1.0
    """
    return flatten(_mapped(collection, iteratee))


def flat_map_deep(collection: Any, iteratee: IterateeT = None) -> list[Any]:
    """Map every value, then flatten the results completely (any depth).

    Args:
        collection: Values to map (a mapping gives its values).
        iteratee: Callable or shorthand.

    Returns:
        A new list.

    Raises:
        ValueError: a result contains itself.

    Example:
        >>> flat_map_deep([1, 2], lambda v: [[v, [v]]])
        [1, 1, 2, 2]

    .. versionadded:: 0.1.0
    """
    return flatten_deep(_mapped(collection, iteratee))


def flat_map_depth(collection: Any, iteratee: IterateeT = None, depth: int = 1) -> list[Any]:
    """Map every value, then flatten the results ``depth`` levels.

    Args:
        collection: Values to map (a mapping gives its values).
        iteratee: Callable or shorthand.
        depth: Levels to flatten (negative: all).

    Returns:
        A new list.

    Raises:
        TypeError: ``depth`` is not an integer.

    Example:
        >>> flat_map_depth([1, 2], lambda v: [[[v]]], 2)
        [[1], [2]]

    .. versionadded:: 0.1.0
    """
    return flatten_depth(_mapped(collection, iteratee), depth)


def for_each(collection: CollT, iteratee: IterateeT = None) -> CollT:
    """Call ``iteratee`` on every value; a ``False`` result stops the walk.

    Args:
        collection: Values to visit (a mapping gives its values).
        iteratee: Callable ``(value, index_or_key, collection)`` or shorthand.

    Returns:
        ``collection`` itself.

    Example:
        >>> seen = []
        >>> for_each([1, 2, 3], lambda v: seen.append(v) or v < 2)
        [1, 2, 3]
        >>> seen
        [1, 2]

    .. versionadded:: 0.1.0
    """
    func, nargs = callback(iteratee)
    if nargs == 1:  # func(value): no call_with per value
        for value in _values(collection):
            if func(value) is False:
                break
        return collection
    for key, value in _pairs(collection):
        if _call(func, nargs, value, key, collection) is False:
            break
    return collection


def for_each_right(collection: CollT, iteratee: IterateeT = None) -> CollT:
    """:func:`for_each` from the last value to the first.

    Args:
        collection: Values to visit (a mapping gives its values).
        iteratee: Callable or shorthand; a ``False`` result stops the walk.

    Returns:
        ``collection`` itself.

    Example:
        >>> seen = []
        >>> for_each_right([1, 2, 3], lambda v: seen.append(v) or v != 2)
        [1, 2, 3]
        >>> seen
        [3, 2]

    .. versionadded:: 0.1.0
    """
    func, nargs = callback(iteratee)
    if nargs == 1:  # func(value): no call_with per value
        for value in reversed(tuple(_values(collection))):  # a snapshot, as the pairs were
            if func(value) is False:
                break
        return collection
    for key, value in reversed(tuple(_pairs(collection))):
        if _call(func, nargs, value, key, collection) is False:
            break
    return collection


@overload
def group_by(collection: Iterable[T], iteratee: None = None) -> dict[T, list[T]]: ...
@overload
def group_by(collection: Iterable[T], iteratee: Callable[[T], K]) -> dict[K, list[T]]: ...
@overload
def group_by(collection: Iterable[T], iteratee: Callable[[T, int], K]) -> dict[K, list[T]]: ...
@overload
def group_by(collection: Iterable[T], iteratee: Shorthand) -> dict[Any, list[T]]: ...
def group_by(collection: Iterable[Any], iteratee: Any = None) -> dict[Any, list[Any]]:
    """Group items by the key ``iteratee`` gives each.

    Args:
        collection: Items to group (a mapping gives its *keys*, as pydash).
        iteratee: Callable (called with the item only) or shorthand.

    Returns:
        ``{key: [items...]}`` in first-seen order.

    Raises:
        TypeError: ``collection`` is not iterable, or a key is not hashable.

    Example:
        >>> group_by([{"k": 1, "v": "a"}, {"k": 2, "v": "b"}, {"k": 1, "v": "c"}], "k")
        {1: [{'k': 1, 'v': 'a'}, {'k': 1, 'v': 'c'}], 2: [{'k': 2, 'v': 'b'}]}
        >>> group_by(["one", "two", "three"], len)
        {3: ['one', 'two'], 5: ['three']}

    .. versionadded:: 0.1.0
    """
    keys = path_keys(iteratee)
    if keys is not None:
        result: dict[Any, list[Any]] = _speedups.group_by_path(collection, keys)
        return result
    cbk = _iteratee(iteratee)
    out: dict[Any, list[Any]] = {}
    for item in collection:
        key = cbk(item)
        group = out.get(key)
        if group is None:
            out[key] = [item]
        else:
            group.append(item)
    return out


def includes(collection: Any, target: Any, from_index: int = 0) -> bool:
    """Whether ``target`` is in ``collection`` (a substring of a ``str``).

    Args:
        collection: Sequence, ``str`` or mapping (whose *values* are searched).
        target: Value to look for.
        from_index: Position to start from (negative: from the end); ignored
            for a mapping.

    Returns:
        Whether it was found.

    Raises:
        TypeError: ``collection`` cannot be sliced (e.g. a generator).

    Example:
        >>> includes([1, 2, 3], 1, 1)
        False
        >>> includes({"a": 1}, "a")
        False
        >>> includes("hello", "ell")
        True

    .. versionadded:: 0.1.0
    """
    if isinstance(collection, dict):
        return target in collection.values()
    return target in collection[from_index:]


def invoke_map(collection: Any, path: Any, *args: Any, **kwargs: Any) -> list[Any]:
    """Call the method at ``path`` of every value with ``args`` and ``kwargs``.

    The last key of ``path`` names the method (an attribute); the keys before
    it are resolved like :func:`~funcutils.objects.get`. A callable ``path``
    is called as ``path(value, *args, **kwargs)``.

    Args:
        collection: Values (a mapping gives its values).
        path: Path to the method, or a callable.
        *args: Positional arguments for the call.
        **kwargs: Keyword arguments for the call.

    Returns:
        The results; ``None`` where the method does not exist.

    Raises:
        KeyError: the method name starts with ``"__"``.

    Example:
        >>> invoke_map([" a", "b "], "strip")
        ['a', 'b']
        >>> invoke_map([[3, 1], (2,)], "count", 2)
        [0, 1]
        >>> invoke_map([[3, 1], None], "copy")
        [[3, 1], None]
        >>> invoke_map([1, 2], lambda v, n: v * n, 10)
        [10, 20]

    .. versionadded:: 0.1.0
    """
    if callable(path):
        return [path(value, *args, **kwargs) for value in _values(collection)]
    keys = parse_path(path)[0]
    if not keys:
        return [None for _ in _values(collection)]
    name = keys[-1]
    if isinstance(name, str) and name.startswith(RESTRICTED_PREFIX):
        raise KeyError(f"refusing to invoke {name!r}: names starting with '__' are not reachable")
    head = keys[:-1]
    out: list[Any] = []
    for value in _values(collection):
        target = get_keys(value, head, None) if head else value
        try:
            method = getattr(target, name)  # type: ignore[call-overload]
        except (AttributeError, TypeError):
            out.append(None)
            continue
        out.append(method(*args, **kwargs))  # the method's own errors pass through
    return out


@overload
def key_by(collection: Iterable[T], iteratee: None = None) -> dict[T, T]: ...
@overload
def key_by(collection: Iterable[T], iteratee: Callable[[T], K]) -> dict[K, T]: ...
@overload
def key_by(collection: Iterable[T], iteratee: Callable[[T, int], K]) -> dict[K, T]: ...
@overload
def key_by(collection: Iterable[T], iteratee: Shorthand) -> dict[Any, T]: ...
def key_by(collection: Iterable[Any], iteratee: Any = None) -> dict[Any, Any]:
    """Index items by the key ``iteratee`` gives each; the last item wins.

    Args:
        collection: Items (a mapping gives its *keys*, as pydash).
        iteratee: Callable (called with the item only) or shorthand.

    Returns:
        ``{key: item}``.

    Raises:
        TypeError: ``collection`` is not iterable, or a key is not hashable.

    Example:
        >>> key_by([{"id": 1, "v": "a"}, {"id": 2, "v": "b"}], "id")
        {1: {'id': 1, 'v': 'a'}, 2: {'id': 2, 'v': 'b'}}

    .. versionadded:: 0.1.0
    """
    keys = path_keys(iteratee)
    if keys is not None:
        result: dict[Any, Any] = _speedups.key_by_path(collection, keys)
        return result
    cbk = _iteratee(iteratee)
    return {cbk(item): item for item in collection}


@overload
def map_(collection: Mapping[Any, T], iteratee: Callable[[T], T2]) -> list[T2]: ...
@overload
def map_(collection: Iterable[T], iteratee: Callable[[T], T2]) -> list[T2]: ...
@overload
def map_(collection: Iterable[T], iteratee: Callable[[T, int], T2]) -> list[T2]: ...
@overload
def map_(collection: Iterable[Any], iteratee: Callable[[], T2]) -> list[T2]: ...
@overload
def map_(collection: Iterable[T], iteratee: None = None) -> list[T]: ...
@overload
def map_(collection: Any, iteratee: Optional[Shorthand] = None) -> list[Any]: ...
def map_(collection: Any, iteratee: Any = None) -> list[Any]:
    """Map every value of ``collection`` through ``iteratee``.

    Args:
        collection: Values (a mapping gives its values, a ``str`` its
            characters, ``None`` or a non-iterable nothing).
        iteratee: Callable ``(value, index_or_key, collection)`` (cut to its
            arity) or shorthand: a path, ``[path]``, ``[path, value]``, a tuple
            of paths or a dict to match.

    Returns:
        A new list.

    Example:
        >>> map_([{"a": {"b": 1}}, {"a": {}}, {"n": 2}], "a.b")
        [1, None, None]
        >>> map_([1, 2, 3], lambda v, i: v * i)
        [0, 2, 6]
        >>> map_({"x": 1, "y": 2}, lambda v, k: k + str(v))
        ['x1', 'y2']
        >>> map_(None, len)
        []

    .. versionadded:: 0.1.0
    """
    return _mapped(collection, iteratee)


def nest(collection: Any, *properties: Any) -> Any:
    """Group ``collection`` by several keys, one level per key.

    Args:
        collection: Items (a mapping gives its *keys*).
        *properties: Iteratees, one per level (lists of them are flattened).

    Returns:
        Nested dicts of lists; ``collection`` itself when no property is given.

    Example:
        >>> rows = [{"a": 1, "b": "x"}, {"a": 1, "b": "y"}, {"a": 2, "b": "x"}]
        >>> nest(rows, "a", "b")[1]
        {'x': [{'a': 1, 'b': 'x'}], 'y': [{'a': 1, 'b': 'y'}]}

    .. versionadded:: 0.1.0
    """
    if not properties:
        return collection
    flat = flatten(properties)
    first, rest = flat[0], flat[1:]
    return {key: nest(group, *rest) for key, group in group_by(collection, first).items()}


def _cmp(a: Any, b: Any) -> int:
    if a is None and b is None:
        return 0
    if a is None:
        return -1
    if b is None:
        return 1
    return int(a > b) - int(a < b)


#: Column types whose ``<`` is the total order ``_cmp`` gives them.
_PLAIN_ORDER: Final = ({str}, {int})


def _sorted_by_passes(
    values: list[Any], comparers: list[tuple[tuple[Hashable, ...], int]], reverse: bool
) -> Optional[list[Any]]:
    """``order_by`` of dicts on plain keys as one stable key sort per key, or ``None``.

    When every value is an exact dict holding each (one-part) key and each
    key's column is all ``str`` or all ``int``, ``_cmp`` on a column is the
    ``<`` order, and sorting by the last key first, then each earlier one
    (stable; ``reverse`` flips a key's direction and keeps ties in order),
    gives the cmp sort's result without a Python comparison per pair.
    """
    if not comparers or set(map(type, values)) != {dict}:  # exact dicts: no __missing__
        return None
    columns = []
    try:
        for keys, order in comparers:
            if len(keys) != 1 or type(keys[0]) is not str:
                return None
            column = list(map(itemgetter(keys[0]), values))
            if set(map(type, column)) not in _PLAIN_ORDER:
                return None
            columns.append((column, (order < 0) is not bool(reverse)))
    except KeyError:  # a value lacks the key: get_keys' rules (None, int fallback) apply
        return None
    index = list(range(len(values)))
    for column, descending in reversed(columns):
        index.sort(key=column.__getitem__, reverse=descending)
    return list(map(values.__getitem__, index))


@overload
def order_by(
    collection: Mapping[Any, T],
    keys: Any,
    orders: Union[bool, Sequence[bool], None] = None,
    reverse: bool = False,
) -> list[T]: ...
@overload
def order_by(
    collection: Iterable[T],
    keys: Any,
    orders: Union[bool, Sequence[bool], None] = None,
    reverse: bool = False,
) -> list[T]: ...
def order_by(
    collection: Any,
    keys: Any,
    orders: Union[bool, Sequence[bool], None] = None,
    reverse: bool = False,
) -> list[Any]:
    """Stable sort by several paths, each ascending or descending.

    ``None`` sorts before any other value, so missing keys do not raise.

    Args:
        collection: Values (a mapping gives its values).
        keys: Paths to sort by; a ``"-path"`` string sorts descending (when
            ``orders`` is not given). A single ``str`` is one path.
        orders: One bool per key (``True`` ascending), or a bool that is used
            as ``reverse``.
        reverse: Reverse the whole order.

    Returns:
        A new sorted list.

    Example:
        >>> rows = [{"a": 2, "b": 1}, {"a": 1, "b": 2}, {"a": 2, "b": 3}, {"b": 0}]
        >>> order_by(rows, ["-a", "b"])
        [{'a': 2, 'b': 1}, {'a': 2, 'b': 3}, {'a': 1, 'b': 2}, {'b': 0}]
        >>> [r["b"] for r in order_by(rows, ["a", "b"], [True, False])]
        [0, 2, 3, 1]

    .. versionadded:: 0.1.0
    """
    # A list is no mapping: tested first, without the ABC isinstance.
    values = list(_values(collection)) if type(collection) is not list and isinstance(collection, Mapping) else list(collection)
    refuse_mapping(orders, "order_by", "orders")
    if isinstance(orders, bool):
        reverse = orders
        orders = None
    if isinstance(keys, str):
        keys = [keys]
    comparers: list[tuple[tuple[Hashable, ...], int]] = []
    for i, key in enumerate(keys):
        if orders:
            order = (1 if orders[i] else -1) if i < len(orders) else 1
        elif isinstance(key, str) and key.startswith("-"):
            order, key = -1, key[1:]
        else:
            order = 1
        comparers.append((parse_path(key)[0], order))

    passes = _sorted_by_passes(values, comparers, reverse)
    if passes is not None:
        return passes
    decorated = [([get_keys(v, k, None) for k, _ in comparers], v) for v in values]

    def compare(left: tuple[list[Any], Any], right: tuple[list[Any], Any]) -> int:
        for (lv, rv, (_, mult)) in zip(left[0], right[0], comparers):
            result = _cmp(lv, rv)
            if result:
                return mult * result
        return 0

    decorated.sort(key=cmp_to_key(compare), reverse=reverse)
    return [v for _, v in decorated]


@overload
def partition(
    collection: Mapping[Any, T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> list[list[T]]: ...
@overload
def partition(
    collection: Iterable[T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> list[list[T]]: ...
@overload
def partition(collection: Mapping[Any, T], predicate: MoreArgsPredicate[T]) -> list[list[T]]: ...
@overload
def partition(collection: Iterable[T], predicate: MoreArgsPredicate[T]) -> list[list[T]]: ...
@overload
def partition(collection: Any, predicate: Optional[Shorthand] = None) -> list[list[Any]]: ...
def partition(collection: Any, predicate: Any = None) -> list[list[Any]]:
    """Split the values into those ``predicate`` accepts and the rest.

    Args:
        collection: Values (a mapping gives its values).
        predicate: Callable or shorthand; ``None`` tests truthiness.

    Returns:
        ``[truthy_values, falsy_values]``.

    Example:
        >>> partition([1, 0, 2, None], None)
        [[1, 2], [0, None]]
        >>> partition([{"a": 1}, {"a": 0}], "a")
        [[{'a': 1}], [{'a': 0}]]

    .. versionadded:: 0.1.0
    """
    keys = path_keys(predicate)
    if keys is not None:
        result: list[list[Any]] = _speedups.partition_path(_values(collection), keys)
        return result
    func, nargs = callback(predicate)
    results, values = _results(collection, func, nargs)
    trues: list[Any] = []
    falses: list[Any] = []
    for r, v in zip(results, values):
        (trues if r else falses).append(v)
    return [trues, falses]


def pluck(collection: Any, path: Any) -> list[Any]:
    """The value at ``path`` of every value of ``collection``.

    Args:
        collection: Values (a mapping gives its values).
        path: A path (see :doc:`/paths`); a list is a path of literal keys.

    Returns:
        A new list (``None`` where the path is missing).

    Example:
        >>> pluck([{"a": {"b": 1}}, {"a": {"b": 2}}, {}], "a.b")
        [1, 2, None]
        >>> pluck([{"a.b": 1}], ["a.b"])
        [1]

    .. versionadded:: 0.1.0
    """
    result: list[Any] = _speedups.map_path(_values(collection), parse_path(path)[0])
    return result


def _fold(
    pairs: Iterator[tuple[Any, Any]],
    iteratee: Any,
    accumulator: Any,
    name: str,
    steps: Optional[list[Any]] = None,
) -> Any:
    if accumulator is None:
        try:
            accumulator = next(pairs)[1]
        except StopIteration:
            raise TypeError(f"{name}() of empty sequence with no initial value") from None
    if iteratee is None:
        for _ in pairs:
            if steps is not None:
                steps.append(accumulator)
        return accumulator
    if not callable(iteratee):
        raise TypeError(
            f"{name}() argument 'iteratee' must be callable, not {type(iteratee).__name__}"
        )
    func, nargs = callback(iteratee)
    result = accumulator
    for key, value in pairs:
        if nargs >= 3:
            result = func(result, value, key)
        elif nargs == 2:
            result = func(result, value)
        elif nargs == 1:
            result = func(result)
        else:
            result = func()
        if steps is not None:
            steps.append(result)
    return result


def _right_pairs(collection: Any) -> Iterator[tuple[Any, Any]]:
    # As pydash: a sequence is reversed first, so the index counts from the end;
    # a mapping keeps its keys.
    if type(collection) is not list and isinstance(collection, Mapping):
        pairs: list[tuple[Any, Any]] = list(collection.items())
        return iter(pairs[::-1])
    return enumerate(list(collection)[::-1])


@overload
def reduce_(
    collection: Mapping[Any, T], iteratee: Callable[[T, T], T], accumulator: None = None
) -> T: ...
@overload
def reduce_(
    collection: Mapping[Any, T], iteratee: Callable[[A, T], A], accumulator: A
) -> A: ...
@overload
def reduce_(
    collection: Mapping[Any, T], iteratee: Callable[[A, T, Any], A], accumulator: A
) -> A: ...
@overload
def reduce_(
    collection: Iterable[T], iteratee: Callable[[T, T], T], accumulator: None = None
) -> T: ...
@overload
def reduce_(
    collection: Iterable[T], iteratee: Callable[[A, T], A], accumulator: A
) -> A: ...
@overload
def reduce_(
    collection: Iterable[T], iteratee: Callable[[A, T, Any], A], accumulator: A
) -> A: ...
@overload
def reduce_(collection: Iterable[T], iteratee: None = None, accumulator: None = None) -> T: ...
def reduce_(collection: Any, iteratee: Optional[Callable[..., Any]] = None,
            accumulator: Any = None) -> Any:
    """Fold the values from the left: ``acc = iteratee(acc, value, index_or_key)``.

    ``accumulator=None`` means "not given" (pydash's rule): the first value is
    then the seed.

    Args:
        collection: Values (a mapping gives its values, with their keys).
        iteratee: Callable ``(acc, value, index_or_key)`` cut to its arity;
            ``None`` keeps the seed.
        accumulator: Initial value.

    Returns:
        The folded value.

    Raises:
        TypeError: the collection is empty and there is no seed, or
            ``iteratee`` is not callable.

    Example:
        >>> reduce_([1, 2, 3], lambda acc, v: acc + v)
        6
        >>> reduce_({"a": 1, "b": 2}, lambda acc, v, k: acc + [k * v], [])
        ['a', 'bb']

    .. versionadded:: 0.1.0
    """
    return _fold(iter(_pairs(collection)), iteratee, accumulator, "reduce_")


@overload
def reduce_right(
    collection: Mapping[Any, T], iteratee: Callable[[T, T], T], accumulator: None = None
) -> T: ...
@overload
def reduce_right(
    collection: Mapping[Any, T], iteratee: Callable[[A, T], A], accumulator: A
) -> A: ...
@overload
def reduce_right(
    collection: Mapping[Any, T], iteratee: Callable[[A, T, Any], A], accumulator: A
) -> A: ...
@overload
def reduce_right(
    collection: Iterable[T], iteratee: Callable[[T, T], T], accumulator: None = None
) -> T: ...
@overload
def reduce_right(
    collection: Iterable[T], iteratee: Callable[[A, T], A], accumulator: A
) -> A: ...
@overload
def reduce_right(
    collection: Iterable[T], iteratee: Callable[[A, T, Any], A], accumulator: A
) -> A: ...
@overload
def reduce_right(collection: Iterable[T], iteratee: None = None, accumulator: None = None) -> T: ...
def reduce_right(collection: Any, iteratee: Optional[Callable[..., Any]] = None,
                 accumulator: Any = None) -> Any:
    """:func:`reduce_` from the last value to the first.

    Args:
        collection: Values (a mapping gives its values, with their keys).
        iteratee: Callable ``(acc, value, index_or_key)`` cut to its arity.
        accumulator: Initial value (``None``: the last value is the seed).

    Returns:
        The folded value.

    Raises:
        TypeError: the collection is empty and there is no seed.

    Example:
        >>> reduce_right([1, 2, 3], lambda acc, v: acc + [v], [])
        [3, 2, 1]

    .. versionadded:: 0.1.0
    """
    return _fold(_right_pairs(collection), iteratee, accumulator, "reduce_right")


@overload
def reductions(
    collection: Mapping[Any, T], iteratee: Callable[[T, T], T], accumulator: None = None, from_right: bool = False
) -> list[T]: ...
@overload
def reductions(
    collection: Mapping[Any, T], iteratee: Callable[[A, T], A], accumulator: A, from_right: bool = False
) -> list[A]: ...
@overload
def reductions(
    collection: Mapping[Any, T], iteratee: Callable[[A, T, Any], A], accumulator: A, from_right: bool = False
) -> list[A]: ...
@overload
def reductions(
    collection: Iterable[T], iteratee: Callable[[T, T], T], accumulator: None = None, from_right: bool = False
) -> list[T]: ...
@overload
def reductions(
    collection: Iterable[T], iteratee: Callable[[A, T], A], accumulator: A, from_right: bool = False
) -> list[A]: ...
@overload
def reductions(
    collection: Iterable[T], iteratee: Callable[[A, T, Any], A], accumulator: A, from_right: bool = False
) -> list[A]: ...
@overload
def reductions(collection: Iterable[T], iteratee: None = None, accumulator: None = None, from_right: bool = False) -> list[T]: ...
def reductions(collection: Any, iteratee: Optional[Callable[..., Any]] = None,
               accumulator: Any = None, from_right: bool = False) -> list[Any]:
    """The intermediate results of :func:`reduce_` (the seed itself excluded).

    Args:
        collection: Values (a mapping gives its values, with their keys).
        iteratee: Callable ``(acc, value, index_or_key)`` cut to its arity.
        accumulator: Initial value (``None``: the first value is the seed).
        from_right: Fold from the right.

    Returns:
        One result per folded value.

    Raises:
        TypeError: the collection is empty and there is no seed.

    Example:
        >>> reductions([1, 2, 3], lambda acc, v: acc + v)
        [3, 6]
        >>> reductions([1, 2, 3], lambda acc, v: acc + v, 0)
        [1, 3, 6]

    .. versionadded:: 0.1.0
    """
    steps: list[Any] = []
    pairs = _right_pairs(collection) if from_right else iter(_pairs(collection))
    _fold(pairs, iteratee, accumulator, "reductions", steps)
    return steps


@overload
def reductions_right(
    collection: Mapping[Any, T], iteratee: Callable[[T, T], T], accumulator: None = None
) -> list[T]: ...
@overload
def reductions_right(
    collection: Mapping[Any, T], iteratee: Callable[[A, T], A], accumulator: A
) -> list[A]: ...
@overload
def reductions_right(
    collection: Mapping[Any, T], iteratee: Callable[[A, T, Any], A], accumulator: A
) -> list[A]: ...
@overload
def reductions_right(
    collection: Iterable[T], iteratee: Callable[[T, T], T], accumulator: None = None
) -> list[T]: ...
@overload
def reductions_right(
    collection: Iterable[T], iteratee: Callable[[A, T], A], accumulator: A
) -> list[A]: ...
@overload
def reductions_right(
    collection: Iterable[T], iteratee: Callable[[A, T, Any], A], accumulator: A
) -> list[A]: ...
@overload
def reductions_right(collection: Iterable[T], iteratee: None = None, accumulator: None = None) -> list[T]: ...
def reductions_right(collection: Any, iteratee: Optional[Callable[..., Any]] = None,
                     accumulator: Any = None) -> list[Any]:
    """:func:`reductions` from the right.

    Args:
        collection: Values (a mapping gives its values, with their keys).
        iteratee: Callable ``(acc, value, index_or_key)`` cut to its arity.
        accumulator: Initial value (``None``: the last value is the seed).

    Returns:
        One result per folded value.

    Raises:
        TypeError: the collection is empty and there is no seed.

    Example:
        >>> reductions_right([1, 2, 3], lambda acc, v: acc + v)
        [5, 6]

    .. versionadded:: 0.1.0
    """
    return reductions(collection, iteratee, accumulator, from_right=True)


@overload
def reject(
    collection: Mapping[Any, T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> list[T]: ...
@overload
def reject(
    collection: Iterable[T], predicate: Union[ValuePredicate[T], Shorthand, None] = None
) -> list[T]: ...
@overload
def reject(collection: Mapping[Any, T], predicate: MoreArgsPredicate[T]) -> list[T]: ...
@overload
def reject(collection: Iterable[T], predicate: MoreArgsPredicate[T]) -> list[T]: ...
@overload
def reject(collection: Any, predicate: Optional[Shorthand] = None) -> list[Any]: ...
def reject(collection: Any, predicate: Any = None) -> list[Any]:
    """The values for which ``predicate`` is falsy (the opposite of :func:`filter_`).

    Args:
        collection: Values (a mapping gives its values).
        predicate: Callable or shorthand; ``None`` keeps falsy values.

    Returns:
        A new list.

    Example:
        >>> reject([{"a": 1}, {"a": 0}, {}], "a")
        [{'a': 0}, {}]

    .. versionadded:: 0.1.0
    """
    keys = path_keys(predicate)
    if keys is not None:
        result: list[Any] = _speedups.filter_path(_values(collection), keys, False)
        return result
    func, nargs = callback(predicate)
    results, values = _results(collection, func, nargs)
    return [v for r, v in zip(results, values) if not r]


_SEQUENCE_TYPES = (list, tuple, str, range)


def _population(collection: Any) -> Sequence[Any]:
    if type(collection) in _SEQUENCE_TYPES:
        return collection  # type: ignore[no-any-return]
    if isinstance(collection, Mapping):
        return list(collection.values())
    if isinstance(collection, Sequence):
        return collection
    return list(collection)


@overload
def sample(collection: Mapping[Any, T]) -> T: ...
@overload
def sample(collection: Iterable[T]) -> T: ...
def sample(collection: Any) -> Any:
    """One random value of ``collection``.

    Args:
        collection: Values (a mapping gives its values).

    Returns:
        The value.

    Raises:
        IndexError: ``collection`` is empty.

    Example:
        >>> sample([7, 7, 7])
        7
        >>> sample({"a": 1})
        1

    .. versionadded:: 0.1.0
    """
    if (type(collection) is list or type(collection) in _SEQUENCE_TYPES) and collection:
        return collection[_randbelow(len(collection))]
    return _choice(_population(collection))


@overload
def sample_size(collection: Mapping[Any, T], n: Optional[int] = None) -> list[T]: ...
@overload
def sample_size(collection: Iterable[T], n: Optional[int] = None) -> list[T]: ...
def sample_size(collection: Any, n: Optional[int] = None) -> list[Any]:
    """``n`` distinct random values (all of them, shuffled, when ``n`` is too large).

    Args:
        collection: Values (a mapping gives its values).
        n: How many (``None`` or ``0``: one).

    Returns:
        A new list.

    Example:
        >>> sorted(sample_size([1, 2, 3], 5))
        [1, 2, 3]
        >>> len(sample_size([1, 2, 3]))
        1

    .. versionadded:: 0.1.0
    """
    population = _population(collection)
    return random.sample(population, min(n or 1, len(population)))


@overload
def shuffle(collection: Mapping[Any, T]) -> list[T]: ...
@overload
def shuffle(collection: Iterable[T]) -> list[T]: ...
def shuffle(collection: Any) -> list[Any]:
    """A new list of the values in random order.

    Args:
        collection: Values (a mapping gives its values).

    Returns:
        A new list.

    Example:
        >>> sorted(shuffle({"a": 2, "b": 1}))
        [1, 2]

    .. versionadded:: 0.1.0
    """
    if type(collection) is list:
        values = collection[:]
    else:
        values = list(collection.values()) if isinstance(collection, Mapping) else list(collection)
    _shuffle(values)
    return values


def size(collection: Any) -> int:
    """``len(collection)``.

    Args:
        collection: Any sized object.

    Returns:
        Its length.

    Raises:
        TypeError: ``collection`` has no length (``None``, a generator ...).

    Example:
        >>> size({"a": 1, "b": 2})
        2
        >>> size("abc")
        3

    .. versionadded:: 0.1.0
    """
    return len(collection)


def some(collection: Iterable[T], predicate: IterateeT = None) -> bool:
    """Whether ``predicate`` is truthy for some item (stops at the first one).

    Args:
        collection: Items (a mapping gives its *keys*, as pydash).
        predicate: Callable (called with the item only) or shorthand; a falsy
            predicate tests the items themselves.

    Returns:
        Whether any item passes.

    Example:
        >>> some([{"a": 0}, {"a": 2}], "a")
        True
        >>> some([0, None, ""])
        False

    .. versionadded:: 0.1.0
    """
    if predicate:
        cbk = _iteratee(predicate)
        return any(cbk(item) for item in collection)
    return any(collection)


@overload
def sort_by(collection: Mapping[Any, T], iteratee: IterateeT = None,
            reverse: bool = False) -> list[T]: ...
@overload
def sort_by(collection: Iterable[T], iteratee: IterateeT = None,
            reverse: bool = False) -> list[T]: ...
def sort_by(collection: Any, iteratee: Any = None, reverse: bool = False) -> list[Any]:
    """Stable sort of the values by the key ``iteratee`` gives each.

    Args:
        collection: Values (a mapping gives its values).
        iteratee: Callable (called with the value only) or shorthand; ``None``
            sorts the values themselves.
        reverse: Sort descending (still stable).

    Returns:
        A new sorted list.

    Raises:
        TypeError: two keys cannot be compared (e.g. a missing key gives
            ``None``, as pydash; use :func:`order_by` to sort ``None`` first).

    Example:
        >>> sort_by([{"a": 2}, {"a": 1}, {"a": 3}], "a", reverse=True)
        [{'a': 3}, {'a': 2}, {'a': 1}]
        >>> sort_by({"x": "bb", "y": "a"}, len)
        ['a', 'bb']

    .. versionadded:: 0.1.0
    """
    values = collection.values() if type(collection) is not list and isinstance(collection, Mapping) else collection
    keys = path_keys(iteratee)
    if keys is not None:
        result: list[Any] = _speedups.sort_by_path(values, keys, reverse)
        return result
    return sorted(values, key=_iteratee(iteratee), reverse=reverse)

