"""Iteratee resolution: the shorthand dispatch and the once-per-call arity.

:func:`iteratee` turns pydash's shorthands into callables; :func:`callback`
also decides, once per call, how many of ``(value, index_or_key, collection)``
a callable receives. The path getters built here (:class:`PathGetter`) carry
their parsed keys, so kernels can run a plain key or dotted path without a
Python call per item.
"""

from __future__ import annotations

import functools
import inspect
import operator
import types
from collections.abc import Hashable
from typing import Any, Callable, Final, Optional

from . import _speedups
from ._paths import MISSING, _int_fallback, get_keys, parse_path

__all__ = [
    "MatchesGetter",
    "PathGetter",
    "PropertiesGetter",
    "PropertyOfGetter",
    "call_with",
    "callback",
    "identity",
    "is_match",
    "iteratee",
    "matches",
    "matches_property",
    "path_keys",
    "properties",
    "property_",
    "property_of",
]


def identity(arg: Any = None, *args: Any) -> Any:
    """Return the first argument given (``None`` when called without one).

    The default iteratee everywhere: ``utilities.identity`` is this function.

    Args:
        arg: Any value.
        *args: Ignored.

    Returns:
        ``arg``.

    Example:
        >>> identity(1), identity(1, 2, 3), identity() is None
        (1, 1, True)

    .. versionadded:: 0.2.0
    """
    return arg


class PathGetter:
    """``obj -> get(obj, path)``; ``keys`` holds the parsed path.

    The path is parsed at the first call (or the first read of ``keys``), so
    making a getter costs no more than a ``lambda``; the parse is cached.
    """

    __slots__ = ("_keys", "path")
    _argcount: Final = 1

    def __init__(self, path: Any) -> None:
        self.path = path
        self._keys: Optional[tuple[Hashable, ...]] = None

    @property
    def keys(self) -> tuple[Hashable, ...]:
        keys = self._keys
        if keys is None:
            keys = self._keys = parse_path(self.path)[0]
        return keys

    def __call__(self, obj: Any) -> Any:
        keys = self._keys
        if keys is None:
            keys = self._keys = parse_path(self.path)[0]
        return get_keys(obj, keys, None)

    def __repr__(self) -> str:
        return f"property_({self.path!r})"

    def __reduce__(self) -> tuple[Any, tuple[Any]]:
        return (PathGetter, (self.path,))


class PropertiesGetter:
    """``obj -> [get(obj, path) for path in paths]``."""

    __slots__ = ("paths", "_keys")
    _argcount: Final = 1

    def __init__(self, *paths: Any) -> None:
        self.paths = paths
        self._keys: Optional[tuple[tuple[Hashable, ...], ...]] = None  # parsed at the first call

    def __call__(self, obj: Any) -> list[Any]:
        keys = self._keys
        if keys is None:
            keys = self._keys = tuple(parse_path(p)[0] for p in self.paths)
        return [get_keys(obj, k, None) for k in keys]

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (PropertiesGetter, self.paths)


def is_match(obj: Any, source: Any) -> bool:
    """Partial deep comparison of ``obj`` against ``source`` (see predicates.is_match).

    The walk is the kernel ``match_deep`` (shared with ``is_match_with``):
    iterative, so a source of any depth is compared without ``RecursionError``;
    a source that contains itself raises ``ValueError``. A flat dict source
    (see :func:`_is_flat_source`) against a dict is one ``items()`` subset test.
    """
    if type(obj) is dict and _is_flat_source(source):
        try:
            return source.items() <= obj.items()  # type: ignore[no-any-return]
        except Exception:  # an __eq__ that raises: the walk decides (no match)
            pass
    return _speedups.match_deep(obj, source)  # type: ignore[no-any-return]


#: Source values compared by ``==`` alone, for which ``x is value`` implies
#: ``x == value`` (so the identity shortcut of dict views changes nothing).
_FLAT_LEAF: Final = frozenset({str, int, bool, type(None)})


def _is_flat_source(source: Any) -> bool:
    """Whether matching ``source`` against a dict is a dict-items subset test.

    That holds for a non-empty dict whose values are plain ``str``/``int``/
    ``bool``/``None`` (no nested source, no float NaN) and whose keys have no
    ``int`` fallback (a missing ``"0"`` is not looked up as ``0``): then, on a
    ``dict`` object, ``is_match`` is ``source.items() <= obj.items()``.
    """
    if type(source) is not dict or not source:
        return False
    for key, value in source.items():
        if type(value) not in _FLAT_LEAF or _int_fallback(key) is not MISSING:
            return False
    return True


def _flat_source(source: Any) -> Optional[dict[Any, Any]]:
    """A copy of ``source`` when it is flat (:func:`_is_flat_source`), else ``None``."""
    return dict(source) if _is_flat_source(source) else None


class MatchesGetter:
    """``obj -> is_match(obj, source)``.

    A flat dict source (see :func:`_flat_source`) matched against a dict is one
    C-level ``items() <=`` test; the copy it is made from is checked against the
    source on each call, so a source changed after ``matches()`` is still
    matched as it is now.
    """

    __slots__ = ("source", "_flat")
    _argcount: Final = 1

    def __init__(self, source: Any) -> None:
        self.source = source
        self._flat = _flat_source(source)

    def __call__(self, obj: Any) -> bool:
        flat = self._flat
        if flat is not None and type(obj) is dict and flat == self.source:
            try:
                return flat.items() <= obj.items()
            except Exception:  # an __eq__ that raises: no match, as the walk decides
                return _speedups.match_deep(obj, flat)  # type: ignore[no-any-return]
        return is_match(obj, self.source)

    def flat(self) -> Optional[dict[Any, Any]]:
        """The flat copy of the source (for a loop's own subset test), or ``None``.

        ``None`` when the source is not flat. A loop that takes the copy still
        compares it with :attr:`source` before each test, as ``__call__`` does.
        """
        return self._flat

    def __reduce__(self) -> tuple[Any, tuple[Any]]:
        return (MatchesGetter, (self.source,))


class MatchesPropertyGetter:
    """``obj -> is_match(get(obj, key), value)``."""

    __slots__ = ("getter", "value")
    _argcount: Final = 1

    def __init__(self, key: Any, value: Any) -> None:
        self.getter = PathGetter(key)
        self.value = value

    def __call__(self, obj: Any) -> bool:
        return is_match(get_keys(obj, self.getter.keys, None), self.value)

    def __reduce__(self) -> tuple[Any, tuple[Any, Any]]:
        return (MatchesPropertyGetter, (self.getter.path, self.value))


def property_(path: Any) -> PathGetter:
    return PathGetter(path)


def properties(*paths: Any) -> PropertiesGetter:
    return PropertiesGetter(*paths)


class PropertyOfGetter:
    """``path -> get(obj, path)``: the inverse of :class:`PathGetter`; pickles by value."""

    __slots__ = ("obj",)
    _argcount: Final = 1

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def __call__(self, path: Any) -> Any:
        return get_keys(self.obj, parse_path(path)[0], None)

    def __reduce__(self) -> tuple[Any, tuple[Any]]:
        return (PropertyOfGetter, (self.obj,))


def property_of(obj: Any) -> Callable[[Any], Any]:
    return PropertyOfGetter(obj)


def matches(source: Any) -> MatchesGetter:
    return MatchesGetter(source)


def matches_property(key: Any, value: Any) -> MatchesPropertyGetter:
    return MatchesPropertyGetter(key, value)


def iteratee(value: Any) -> Callable[..., Any]:
    """Resolve pydash's iteratee shorthand into a callable (see utilities.iteratee)."""
    if callable(value):
        return value  # type: ignore[no-any-return]
    if isinstance(value, int) and not isinstance(value, bool):
        return PathGetter(str(value))
    if isinstance(value, str):
        return PathGetter(value)
    if isinstance(value, list):
        if len(value) == 1:
            return PathGetter(value)
        if len(value) > 1:
            return MatchesPropertyGetter(value[0], value[1])
        return identity
    if isinstance(value, tuple):
        return PropertiesGetter(*value)
    if isinstance(value, dict):
        return MatchesGetter(value)
    return identity


def path_keys(value: Any) -> tuple[Hashable, ...] | None:
    """The parsed keys when ``value`` resolves to a plain path getter, else ``None``.

    Kernels use this to run a key or dotted path without calling Python per item.
    """
    if type(value) is str:
        return parse_path(value)[0]
    if type(value) is PathGetter:
        return value.keys
    if type(value) is int:
        return (str(value),)
    if type(value) is list and len(value) == 1:
        return tuple(value)
    return None


_ONE_ARG_TYPES: Final = (operator.itemgetter, operator.attrgetter, operator.methodcaller)
_POSITIONAL: Final = (
    inspect.Parameter.POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD,
)


_FUNCTION: Final = types.FunctionType
_METHOD: Final = types.MethodType
_BUILTIN: Final = types.BuiltinFunctionType
_CO_VARARGS: Final = inspect.CO_VARARGS

#: Positional counts of funcutils' own compiled functions, which are builtins
#: (``binding=False``, see setup.py) and so have no code object: read once from
#: their text signature, or set by :func:`mark_argcount`. A builtin from
#: anywhere else gets one argument, as pydash gives it.
_OWN_COUNTS: dict[Any, Optional[int]] = {}


def mark_argcount(func: Callable[..., Any], count: Optional[int]) -> None:
    """Make ``func`` get ``count`` arguments as an iteratee (``None``: all of them).

    pydash's ``_argcount`` attribute: ``round_`` as an iteratee takes the value
    only, so that the index does not become its precision. A compiled function
    (a builtin) takes no attributes; its count is kept here instead.
    """
    if type(func) is _BUILTIN:
        _OWN_COUNTS[func] = count
    else:
        func._argcount = count  # type: ignore[attr-defined]  # pyright: ignore[reportFunctionMemberAccess]


def _positional_count(func: Any, maxargs: int) -> int:
    # Fast path: a plain Python function (or a method bound to one) without a
    # ``__wrapped__``/``__signature__``/``_argcount`` override: its code object
    # says what ``inspect.signature`` would (positional-only and
    # positional-or-keyword parameters; ``*args`` takes them all), at a
    # fraction of the cost, which matters on every call with a callback.
    if type(func) is _FUNCTION:
        if not func.__dict__:
            code = func.__code__
            return maxargs if code.co_flags & _CO_VARARGS else code.co_argcount
    elif type(func) is _METHOD:
        target = func.__func__
        if type(target) is _FUNCTION and not target.__dict__:
            code = target.__code__
            return maxargs if code.co_flags & _CO_VARARGS else max(0, code.co_argcount - 1)
    elif type(func) is _BUILTIN:
        module = func.__module__
        if module is not None and module.startswith("funcutils."):
            return _own_count(func, maxargs)
        return 1
    return _signature_count(func, maxargs)


def _signature_count(func: Any, maxargs: int) -> int:
    argcount = getattr(func, "_argcount", MISSING)
    if argcount is not MISSING:
        if argcount is None:
            return maxargs
        if isinstance(argcount, int) and not isinstance(argcount, bool):
            return argcount
    if isinstance(func, _ONE_ARG_TYPES) or isinstance(func, type):
        return 1
    if inspect.isbuiltin(func) or type(func).__name__ in (
        "method-wrapper",
        "wrapper_descriptor",
        "method_descriptor",
        "builtin_function_or_method",
    ):
        return 1
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError, AttributeError, RecursionError):
        return 1
    count = _parameter_count(sig)
    return maxargs if count is None else count


def _own_count(func: Any, maxargs: int) -> int:
    """The positional count of a compiled funcutils function, as its source form has.

    A module-level function carries a text signature (``embedsignature``), read
    once. A closure carries none: those compiled as builtins take one argument
    (the ``*args`` ones are compiled with ``binding=True`` and are not seen here).
    """
    if func in _OWN_COUNTS:
        count = _OWN_COUNTS[func]
    elif func.__text_signature__ is None:
        return 1
    else:
        count = _OWN_COUNTS[func] = _parameter_count(inspect.signature(func))
    return maxargs if count is None else count


def _parameter_count(sig: inspect.Signature) -> Optional[int]:
    """Positional parameters in ``sig``; ``None`` when it takes ``*args``."""
    count = 0
    for param in sig.parameters.values():
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            return None
        if param.kind in _POSITIONAL:
            count += 1
    return count


def call_with(func: Callable[..., Any], nargs: int, value: Any, key: Any, collection: Any) -> Any:
    """Call a resolved iteratee (:func:`callback`'s ``(func, nargs)``) on one item.

    ``func(value)``, ``func(value, key)``, ``func(value, key, collection)`` or
    ``func()``, by ``nargs``: pydash passes as many arguments as the callback takes.
    """
    if nargs == 1:
        return func(value)
    if nargs == 2:
        return func(value, key)
    if nargs == 0:
        return func()
    return func(value, key, collection)


def callback(value: Any, maxargs: int = 3) -> tuple[Callable[..., Any], int]:
    """Resolve ``value`` with :func:`iteratee` and decide how many arguments it gets.

    Returns ``(func, nargs)``: call ``func(*(value, index_or_key, collection)[:nargs])``.
    ``nargs`` is the callable's positional parameter count (``*args`` counts as
    all of them), capped at ``maxargs``; computed once, never by catching the
    callback's own ``TypeError``. Builtins, types, ``operator.itemgetter`` and
    friends, and callables whose signature cannot be read get one argument; a
    ``functools.partial`` and a bound method count what is left to pass; an
    ``_argcount`` attribute (curried wrappers) is honoured.
    """
    func = iteratee(value)
    if isinstance(func, (PathGetter, PropertiesGetter, MatchesGetter, MatchesPropertyGetter)):
        return func, 1
    if func is identity:
        return func, 1
    nargs = _positional_count(func, maxargs)
    if isinstance(func, functools.partial) and nargs < 0:
        nargs = 0
    return func, max(0, min(nargs, maxargs))
