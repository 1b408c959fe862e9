"""Pure-Python kernels for :mod:`funcutils.predicates`: the specification of ``_predicates_c.pxi``.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by the
compiled kernels. Public functions call them through :mod:`funcutils._speedups`.

Deep equality (:func:`equal_deep`) answers what ``==`` answers, without
recursion: it walks pairs of containers with an explicit stack. A pair of
containers is *descended* only when ``==`` on them would be the structural
comparison of ``list``, ``tuple`` or ``dict`` (both of the same family, and
neither type overrides ``__eq__``); every other pair is compared with ``==``.
Inside containers a pair of identical objects is equal (as ``==`` on
containers does: ``[nan] == [nan]`` for the same ``nan``). Once the walk is
:data:`TRACK_DEPTH` deep it records the pairs under comparison; a pair met
again while it is still being compared counts as equal, so two equal cycles
are equal (``==`` raises ``RecursionError`` there) and every walk ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from types import FunctionType
from typing import Any, Final

from ._errors import source_cycle_error
from . import _iteratee
from ._paths import MISSING, resolve_key

__all__ = ["equal_deep", "equal_with_deep", "match_deep"]

#: Depth from which :func:`equal_deep` records the pairs under comparison.
#: Data that ``==`` can compare never pays for the bookkeeping; a cycle
#: makes the walk deeper than any finite depth, so it is always caught.
TRACK_DEPTH: Final = 1000

_CO_VARARGS: Final = 0x04

#: Container families of :func:`equal_deep` (0: compared with ``==``).
LIST: Final = 1
TUPLE: Final = 2
DICT: Final = 3

_EXACT: Final[dict[type, int]] = {list: LIST, tuple: TUPLE, dict: DICT}
_BASES: Final = ((list, LIST), (tuple, TUPLE), (dict, DICT))


def equal_kind_slow(value: Any) -> int:
    """The container family of a value whose type is not exactly ``list``/``tuple``/``dict``.

    A subclass counts when it keeps its base's ``__eq__`` (``==`` on it is
    then the base's structural comparison, e.g. a namedtuple or a
    ``defaultdict``); one that overrides it (``OrderedDict``, ``Counter``) is
    compared with its own ``==``.

    >>> from collections import OrderedDict, defaultdict
    >>> equal_kind_slow(defaultdict(int)), equal_kind_slow(OrderedDict()), equal_kind_slow(1)
    (3, 0, 0)
    """
    for base, kind in _BASES:
        if isinstance(value, base):
            return kind if type(value).__eq__ is base.__eq__ else 0
    return 0


def _pair_key(a: object, b: object) -> int:
    """A pair's key in the set of pairs under comparison: an int (the GC does not track it)."""
    return id(a) << 64 | id(b)


def _kind(value: Any) -> int:
    kind = _EXACT.get(type(value))
    return equal_kind_slow(value) if kind is None else kind


def _walk(value: Any, other: Any, kind: int) -> bool:
    """The iterative comparison of two containers of the same family ``kind``."""
    # A frame: [kind, a, b, position (an index, or an iterator over a's items), tracked].
    if len(value) != len(other):
        return False
    stack: list[list[Any]] = [[kind, value, other, 0 if kind != DICT else iter(value.items()), False]]
    seen: set[int] | None = None
    while stack:
        frame = stack[-1]
        a = frame[1]
        b = frame[2]
        if frame[0] == DICT:
            item = next(frame[3], None)
            if item is None:
                if frame[4]:
                    seen.discard(_pair_key(a, b))  # type: ignore[union-attr]
                stack.pop()
                continue
            x = item[1]
            y = dict.get(b, item[0], MISSING)
            if y is MISSING:
                return False
        else:
            i = frame[3]
            if i >= len(a) or i >= len(b):
                if len(a) != len(b):
                    return False
                if frame[4]:
                    seen.discard(_pair_key(a, b))  # type: ignore[union-attr]
                stack.pop()
                continue
            frame[3] = i + 1
            x = a[i]
            y = b[i]
        if x is y:
            continue
        kx = _kind(x)
        if kx and kx == _kind(y):
            if len(x) != len(y):
                return False
            tracked = False
            if seen is None and len(stack) >= TRACK_DEPTH:
                seen = set()
                for f in stack:
                    pair = _pair_key(f[1], f[2])
                    if pair not in seen:
                        seen.add(pair)
                        f[4] = True
            if seen is not None:
                pair = _pair_key(x, y)
                if pair in seen:
                    continue  # already under comparison: counts as equal
                seen.add(pair)
                tracked = True
            stack.append([kx, x, y, 0 if kx != DICT else iter(x.items()), tracked])
        elif not x == y:
            return False
    return True


def equal_deep(value: Any, other: Any) -> Any:
    """``value == other``, without a recursion limit and for cycles (see the module doc).

    ``==`` answers first (it is the same answer, at C speed); where it
    overflows (deep or cyclic data) the iterative walk answers. Two values of
    which either is not a list, tuple or dict give ``value == other`` itself.

    >>> deep = [[]]
    >>> for _ in range(10_000):
    ...     deep = [deep]
    >>> other = [[]]
    >>> for _ in range(10_000):
    ...     other = [other]
    >>> equal_deep(deep, other)
    True
    >>> a = [1]; a.append(a); b = [1]; b.append(b)
    >>> equal_deep(a, b)
    True
    """
    try:
        return value == other
    except RecursionError:
        pass
    kind = _kind(value)
    if not kind or kind != _kind(other):
        return value == other
    if value is other:
        return True
    return _walk(value, other, kind)


def equal_walk(value: Any, other: Any) -> Any:
    """:func:`equal_deep` by the walk alone (no ``==`` first): what the compiled kernel runs."""
    kind = _kind(value)
    if not kind or kind != _kind(other):
        return value == other
    if value is other:
        return True
    return _walk(value, other, kind)


def _with_descends(value: Any, other: Any) -> bool:
    return (
        type(value) is type(other)
        and isinstance(value, (list, dict))
        and len(value) == len(other)
    )


def _with_items(value: Any) -> Iterator[tuple[Any, Any]]:
    return iter(value.items()) if isinstance(value, Mapping) else enumerate(value)


def _with_lookup(other: Any, key: Any) -> Any:
    if isinstance(other, dict):
        return other[key] if key in other else MISSING
    return other[key] if 0 <= key < len(other) else MISSING


def equal_with_deep(value: Any, other: Any, customizer: Callable[[Any, Any], Any]) -> Any:
    """pydash's ``is_equal_with`` walk with a callable ``customizer``, iteratively.

    At every pair the customizer answers first; where it returns ``None``, two
    lists or two dicts of the same type and length are walked key by key, and
    anything else is compared with ``==``. The first falsy answer is the
    result; otherwise the last answer (``None`` for empty containers, as
    pydash). A pair met again while still under comparison counts as equal.

    >>> equal_with_deep([1, {"a": 2}], [1, {"a": 2}], lambda a, b: None)
    True
    >>> equal_with_deep(["A"], ["a"], lambda a, b: a.lower() == b.lower() if isinstance(a, str) else None)
    True
    """
    result = customizer(value, other)
    if result is not None:
        return result
    if not _with_descends(value, other):
        return value == other
    # A frame: (iterator over a's (key, value) pairs, b, the pair's ids).
    start = _pair_key(value, other)
    stack: list[tuple[Iterator[tuple[Any, Any]], Any, int]] = [
        (_with_items(value), other, start)
    ]
    seen = {start}
    result = None
    while stack:
        items, b, _ = stack[-1]
        item = next(items, None)
        if item is None:
            seen.discard(stack.pop()[2])
            if not result:
                return result
            continue
        key, x = item
        y = _with_lookup(b, key)
        if y is MISSING:
            return False
        result = customizer(x, y)
        if result is None:
            if _with_descends(x, y):
                pair = _pair_key(x, y)
                if pair in seen:
                    result = True
                    continue
                seen.add(pair)
                stack.append((_with_items(x), y, pair))
                continue
            result = x == y
        if not result:
            return result
    return result


_SOURCE_EXACT: Final = frozenset({dict, list, tuple})
_LEAF_EXACT: Final = frozenset({str, int, float, bool, type(None), bytes})


def _is_source_container(source: Any) -> bool:
    tp = type(source)
    if tp in _SOURCE_EXACT:
        return True
    if tp in _LEAF_EXACT:
        return tp is bytes
    return isinstance(source, (Mapping, Iterable)) and not isinstance(source, str)


def _source_items(source: Any) -> Iterator[tuple[Any, Any]]:
    if type(source) is dict:
        return iter(source.items())
    items: Iterable[tuple[Any, Any]] = (
        source.items() if isinstance(source, Mapping) else enumerate(source)
    )
    return iter(items)


def _leaf_equal(obj: Any, source: Any) -> bool:
    try:
        return bool(obj == source)
    except Exception:
        return False


def customizer_nargs(customizer: Any) -> int:
    """How many of ``(obj_value, source_value, key, obj, source)`` a customizer takes.

    A plain function (no attributes, so no ``__wrapped__`` or ``_argcount``)
    is read from its code object; anything else as the iteratee rule decides.
    """
    if type(customizer) is FunctionType and not customizer.__dict__:
        code = customizer.__code__
        return 5 if code.co_flags & _CO_VARARGS else min(code.co_argcount, 5)
    return max(0, min(_iteratee._positional_count(customizer, 5), 5))


def match_deep(obj: Any, source: Any, customizer: Any = None) -> Any:
    """Partial deep comparison of ``obj`` against ``source`` (``is_match`` / ``is_match_with``).

    A mapping source matches when each of its keys resolves on ``obj``
    (dunder-safe, as ``get``) to a matching value; another non-``str``
    iterable matches as a positional prefix; a leaf is compared by
    ``customizer(obj_value, source_value, key, obj, source)`` (cut to its
    positional arity) or, without one, by ``==``. An empty source matches.
    The first falsy answer is the result, else the last one. Iterative: a
    source of any depth; a source that contains itself raises ``ValueError``.
    An exception below the top level counts as no match.

    >>> match_deep({"a": [1, 2, 3], "b": 2}, {"a": [1, 2]})
    True
    >>> match_deep({"a": "X"}, {"a": "x"}, lambda a, b: a.lower() == b)
    True
    """
    compare: Any = customizer
    nargs = -1  # read at the first leaf: an empty source never needs it
    if type(source) in _SOURCE_EXACT and not source:
        return True
    if not _is_source_container(source):
        if compare is None:
            return _leaf_equal(obj, source)
        return compare(*(obj, source, None, obj, source)[: customizer_nargs(compare)])
    top_obj = obj
    top_source = source
    result: Any = not source
    # A frame: (iterator over a source's (key, value) pairs, the object it is
    # matched against, the source's id). path_ids: the sources being walked.
    stack: list[tuple[Iterator[tuple[Any, Any]], Any, int]] = [
        (_source_items(source), obj, id(source))
    ]
    path_ids = {id(source)}
    while stack:
        items, current, _ = stack[-1]
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
        sub = resolve_key(current, key)
        if sub is MISSING:
            return False
        if _is_source_container(value):
            if id(value) in path_ids:
                raise source_cycle_error(
                    "is_match" if customizer is None else "is_match_with", len(stack)
                )
            try:
                nested = _source_items(value)
                result = not value
            except Exception:
                return False
            stack.append((nested, sub, id(value)))
            path_ids.add(id(value))
            continue
        if compare is None:
            result = _leaf_equal(sub, value)
        else:
            if nargs < 0:
                nargs = customizer_nargs(compare)
            try:
                result = compare(*(sub, value, key, top_obj, top_source)[:nargs])
            except Exception:
                return False
        if not result:
            return result
    return result
