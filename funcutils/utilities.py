"""Utilities: iteratee helpers, path getters, stubs, ranges, retrying and caching.

Paths follow one language, parsed once and cached (see :doc:`/paths`);
attribute access never reaches names that start with ``"__"``.

Randomness: :func:`random` uses the :mod:`random` module's shared generator,
so ``random.seed(n)`` makes it reproducible, as in pydash; its keyword-only
``seed`` takes a seed or a :class:`random.Random` of its own. Sleeping:
:func:`retry` sleeps through its keyword-only ``sleep`` argument (default
:func:`time.sleep`, looked up at each sleep), so tests pass a fake clock.

.. autoclass:: funcutils.utilities.MemoizedFunc
"""

from __future__ import annotations

import functools
import itertools
import math
import random as _random
import sys
import threading
import time
import types
from collections.abc import Generator, Iterable, Sequence
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Generic,
    Hashable,
    Literal,
    Optional,
    TypeVar,
    Union,
    cast,
    overload,
)

from typing_extensions import ParamSpec

from . import _iteratee
from ._compat import interpreted as _interpreted
from ._errors import arg_error, check_callable
from ._helpers import yield_from as _yield_from
from ._iteratee import (
    MatchesGetter as _MatchesGetter,
)
from ._iteratee import (
    MatchesPropertyGetter as _MatchesPropertyGetter,
)
from ._iteratee import (
    PathGetter as _PathGetter,
)
from ._iteratee import (
    PropertiesGetter as _PropertiesGetter,
)
from ._iteratee import (
    PropertyOfGetter as _PropertyOfGetter,
)
from ._iteratee import (
    identity as _identity,
)
from ._iteratee import (
    iteratee as _resolve,
)
from ._paths import MISSING, resolve_key, to_keys
from ._speedups import compiled_twin as _compiled_twin
from .collections import _pairs
from .objects import get, has
from .types import T2, T

if TYPE_CHECKING or _interpreted(__file__):  # Cython's directives as no-ops: see _compat.CYTHON
    from ._compat import CYTHON as cython
else:  # compiled: the compiler's own ``cython`` module, nothing is imported at run time
    import cython

_partial = functools.partial

__all__ = [
    "attempt",
    "cond",
    "conforms",
    "conforms_to",
    "constant",
    "default_to",
    "default_to_any",
    "identity",
    "iteratee",
    "matches",
    "matches_property",
    "memoize",
    "method",
    "method_of",
    "noop",
    "nth_arg",
    "now",
    "over",
    "over_every",
    "over_some",
    "properties",
    "property_",
    "property_of",
    "random",
    "range_",
    "range_right",
    "result",
    "retry",
    "stub_dict",
    "stub_false",
    "stub_list",
    "stub_string",
    "stub_true",
    "times",
    "to_path",
    "unique_id",
]

P = ParamSpec("P")
R = TypeVar("R")
KeyT = TypeVar("KeyT")
CallableT = TypeVar("CallableT", bound=Callable[..., Any])
C = TypeVar("C", bound=Callable[..., Any])


@overload
def iteratee(func: C) -> C: ...
@overload
def iteratee(func: Any) -> Callable[..., Any]: ...
def iteratee(func: Any) -> Callable[..., Any]:
    """Turn an iteratee shorthand into a callable.

    Dispatch: a callable is returned as is; a ``str`` or ``int`` is a path
    (:func:`property_`); a one-item ``list`` is a path of literal keys; a
    ``list`` of two or more is ``matches_property(list[0], list[1])``; a
    ``tuple`` is :func:`properties`; a ``dict`` is :func:`matches`; anything
    else (``None`` included) gives the identity function.

    Args:
        func: Callable or shorthand.

    Returns:
        A callable.

    Example:
        >>> iteratee("a.b")({"a": {"b": 1}})
        1
        >>> iteratee(["a", 2])({"a": 2})
        True
        >>> iteratee(("a", "b"))({"a": 1})
        [1, None]
        >>> iteratee({"a": 1})({"a": 1, "b": 2})
        True
        >>> iteratee(None)(5)
        5

    .. versionadded:: 0.1.0
    """
    return _resolve(func)


def property_(path: Any) -> Callable[[Any], Any]:
    """A function that returns the value at ``path`` of its argument.

    Args:
        path: A path (see :doc:`/paths`).

    Returns:
        ``obj -> get(obj, path)``; picklable.

    Example:
        >>> property_("a[0].b")({"a": [{"b": 3}]})
        3
        >>> property_(["a.b"])({"a.b": 7})
        7
        >>> property_("__class__")(object()) is None
        True

    .. versionadded:: 0.1.0
    """
    return _PathGetter(path)


def properties(*paths: Any) -> Callable[[Any], list[Any]]:
    """A function that returns the values at ``paths`` of its argument.

    Args:
        *paths: Paths.

    Returns:
        ``obj -> [get(obj, path) for path in paths]``.

    Example:
        >>> properties("a", "b.c")({"a": 1, "b": {"c": 2}})
        [1, 2]

    .. versionadded:: 0.1.0
    """
    return _PropertiesGetter(*paths)


@_compiled_twin
def property_of(obj: Any) -> Callable[[Any], Any]:
    """The inverse of :func:`property_`: a function of a path, over ``obj``.

    Args:
        obj: Object to read.

    Returns:
        ``path -> get(obj, path)``.

    Example:
        >>> property_of({"a": {"b": 1}})("a.b")
        1

    .. versionadded:: 0.1.0
    """
    return _PropertyOfGetter(obj)  # a class, so that it pickles by value


def matches(source: Any) -> Callable[[Any], bool]:
    """A predicate: does its argument partially, deeply match ``source``?

    Args:
        source: What to match (see :func:`is_match`).

    Returns:
        ``obj -> is_match(obj, source)``.

    Example:
        >>> matches({"a": {"b": 1}})({"a": {"b": 1, "c": 2}, "d": 3})
        True

    .. versionadded:: 0.1.0
    """
    return _MatchesGetter(source)


def matches_property(key: Any, value: Any) -> Callable[[Any], bool]:
    """A predicate: does the value at path ``key`` match ``value``?

    Args:
        key: A path.
        value: What to match; a dict matches partially.

    Returns:
        ``obj -> is_match(get(obj, key), value)``.

    Example:
        >>> matches_property("a.b", 1)({"a": {"b": 1}})
        True
        >>> matches_property("a", {"b": 1})({"a": {"b": 1, "c": 2}})
        True

    .. versionadded:: 0.1.0
    """
    return _MatchesPropertyGetter(key, value)


def to_path(value: Any) -> list[Hashable]:
    """Parse a path into its list of keys.

    Args:
        value: A path: ``"a.b[0]"``, ``"a.b.0"``, ``r"a\\.b"``, a list of
            literal keys, or a single key of any other type.

    Returns:
        The keys; ``[n]`` brackets give ``int`` keys.

    Example:
        >>> to_path("a.b[0].c")
        ['a', 'b', 0, 'c']
        >>> to_path("a.0")
        ['a', '0']
        >>> to_path(r"a\\.b.c")
        ['a.b', 'c']
        >>> to_path(5)
        [5]

    .. versionadded:: 0.1.0
    """
    return list(to_keys(value))


# --------------------------------------------------------------------------
# identity, constants and stubs
# --------------------------------------------------------------------------

if TYPE_CHECKING:

    @overload
    def identity(arg: T, *args: Any) -> T: ...
    @overload
    def identity(arg: None = None, *args: Any) -> None: ...
    def identity(arg: Any = None, *args: Any) -> Any: ...

else:
    #: The same object as the default iteratee of every ``*_by`` function.
    identity = _iteratee.identity


def constant(value: T) -> Callable[..., T]:
    """A function that returns ``value`` whatever it is given.

    Args:
        value: What the function returns.

    Returns:
        ``(*args) -> value`` (a :class:`functools.partial` of :func:`identity`).

    Example:
        >>> constant(5)(), constant(5)(1, 2)
        (5, 5)
        >>> constant(None)() is None
        True

    .. versionadded:: 0.2.0
    """
    return _partial(_identity, value)


def noop(*args: Any, **kwargs: Any) -> None:
    """Do nothing, whatever the arguments.

    Args:
        *args: Ignored.
        **kwargs: Ignored.

    Returns:
        ``None``.

    Example:
        >>> noop(1, 2, key=3) is None
        True

    .. versionadded:: 0.2.0
    """


def stub_list() -> list[Any]:
    """A new empty list.

    Returns:
        ``[]`` (a new one each call).

    Example:
        >>> stub_list(), stub_list() is stub_list()
        ([], False)

    .. versionadded:: 0.2.0
    """
    return []


def stub_dict() -> dict[Any, Any]:
    """A new empty dict.

    Returns:
        ``{}`` (a new one each call).

    Example:
        >>> stub_dict()
        {}

    .. versionadded:: 0.2.0
    """
    return {}


def stub_false() -> Literal[False]:
    """``False``.

    Returns:
        ``False``.

    Example:
        >>> stub_false()
        False

    .. versionadded:: 0.2.0
    """
    return False


def stub_string() -> str:
    """The empty string.

    Returns:
        ``""``.

    Example:
        >>> stub_string()
        ''

    .. versionadded:: 0.2.0
    """
    return ""


def stub_true() -> Literal[True]:
    """``True``.

    Returns:
        ``True``.

    Example:
        >>> stub_true()
        True

    .. versionadded:: 0.2.0
    """
    return True


@overload
def default_to(value: None, default_value: T2) -> T2: ...
@overload
def default_to(value: Optional[T], default_value: T2) -> Union[T, T2]: ...
def default_to(value: Any, default_value: Any) -> Any:
    """``value``, or ``default_value`` when ``value`` is ``None``.

    Args:
        value: The value to check.
        default_value: Its replacement for ``None``.

    Returns:
        ``value`` or ``default_value``.

    Example:
        >>> default_to(1, 10), default_to(None, 10), default_to(0, 10)
        (1, 10, 0)

    .. versionadded:: 0.2.0
    """
    return default_value if value is None else value


@overload
def default_to_any(value: None, *default_values: None) -> None: ...
@overload
def default_to_any(value: Optional[T], *default_values: Optional[T2]) -> Union[T, T2]: ...
def default_to_any(value: Any, *default_values: Any) -> Any:
    """The first of ``value, *default_values`` that is not ``None`` (else ``None``).

    Args:
        value: The value to check.
        *default_values: Replacements, tried in order.

    Returns:
        The first value that is not ``None``.

    Example:
        >>> default_to_any(None, None, 3, 4), default_to_any(None) is None
        (3, True)

    .. versionadded:: 0.2.0
    """
    if value is not None:
        return value
    for val in default_values:
        if val is not None:
            return val
    return None


def nth_arg(pos: Any = 0) -> Callable[..., Any]:
    """A function that returns its argument at index ``pos`` (negative: from the end).

    Args:
        pos: The index; a ``float`` or a numeric string is rounded up; a value
            ``float()`` rejects counts as ``0``.

    Returns:
        ``(*args) -> args[pos]``, ``None`` when there is no such argument.

    Raises:
        TypeError: ``pos`` is not a number or a string (when the function is called).

    Example:
        >>> nth_arg(1)("a", "b", "c"), nth_arg(-1)("a", "b", "c")
        ('b', 'c')
        >>> nth_arg(5)("a") is None
        True

    .. versionadded:: 0.2.0
    """
    return _partial(_nth_arg, pos)


# The functions that nth_arg, method and method_of return are partials of these
# (not closures): in the compiled module a closure with annotations builds its
# ``__annotations__`` dict each time it is made, which made those factories
# slower than pydash's; a partial is made in C, and pickles.
def _nth_arg(pos: Any, *args: Any) -> Any:
    position = pos
    if type(position) is not int:
        # pydash's rule, at each call: round a float (or numeric string) up.
        try:
            position = math.ceil(float(pos))
        except ValueError:
            position = 0
        except (TypeError, OverflowError):
            raise arg_error("nth_arg", "pos", "a number", pos) from None
    try:
        return args[position]
    except IndexError:
        return None


def now() -> int:
    """Milliseconds since the Unix epoch.

    Returns:
        The current time, in whole milliseconds.

    Example:
        >>> now() > 1_600_000_000_000
        True

    .. versionadded:: 0.2.0
    """
    return time.time_ns() // 1_000_000


@overload
def times(n: int, iteratee: None = None) -> list[int]: ...
@overload
def times(n: int, iteratee: Callable[..., R]) -> list[R]: ...
def times(n: int, iteratee: Optional[Callable[..., Any]] = None) -> Any:
    """Call ``iteratee(index)`` ``n`` times (an iteratee of no parameter is called bare).

    Args:
        n: How many calls (``0`` or less: none).
        iteratee: The function; ``None`` gives the indexes.

    Returns:
        The results, in order.

    Raises:
        TypeError: ``n`` is not an integer or ``iteratee`` is not callable.

    Example:
        >>> times(3), times(3, lambda i: i * i), times(2, lambda: "x")
        ([0, 1, 2], [0, 1, 4], ['x', 'x'])
        >>> times(-1, str)
        []

    .. versionadded:: 0.2.0
    """
    if iteratee is None:
        return list(range(n))
    if not callable(iteratee):
        raise arg_error("times", "iteratee", "callable", iteratee)
    if _iteratee._positional_count(iteratee, 1) == 0:
        return [iteratee() for _ in range(n)]
    return [iteratee(index) for index in range(n)]


_ID_LOCK = threading.Lock()
_ID_COUNTER = itertools.count(1)
#: ``next()`` of an ``itertools.count`` is one C call: atomic while a GIL is held.
_ID_NEEDS_LOCK = not getattr(sys, "_is_gil_enabled", lambda: True)()


def unique_id(prefix: Any = None) -> str:
    """A new id: ``prefix`` and a counter, unique per process (thread-safe).

    Args:
        prefix: Put before the number (``None``: nothing; anything else: ``str()`` of it).

    Returns:
        The id.

    Example:
        >>> a, b = unique_id(), unique_id("id_")
        >>> int(a) < int(b[3:]), b.startswith("id_")
        (True, True)

    .. versionadded:: 0.2.0
    """
    if _ID_NEEDS_LOCK:  # pragma: no cover - free-threaded builds
        with _ID_LOCK:
            number = next(_ID_COUNTER)
    else:
        number = next(_ID_COUNTER)
    if prefix is None:
        return str(number)
    return f"{prefix}{number}"


# --------------------------------------------------------------------------
# calling functions
# --------------------------------------------------------------------------


def attempt(func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Union[T, Exception]:
    """Call ``func(*args, **kwargs)``; an exception it raises is returned instead.

    Args:
        func: The function.
        *args: Its positional arguments.
        **kwargs: Its keyword arguments.

    Returns:
        The result, or the ``Exception`` raised (``BaseException``\\ s such as
        ``KeyboardInterrupt`` propagate).

    Example:
        >>> attempt(int, "5"), type(attempt(int, "x")).__name__
        (5, 'ValueError')

    .. versionadded:: 0.2.0
    """
    try:
        return func(*args, **kwargs)
    except Exception as exc:
        return exc


def _callit(func: Callable[..., Any], count: int, args: tuple[Any, ...]) -> Any:
    return func(*args[:count]) if count < len(args) else func(*args)


@cython.binding(True)  # returns a *args closure: see _compat
def cond(pairs: Any, *extra_pairs: Any) -> Callable[..., Any]:
    """A function that runs the function of the first pair whose predicate passes.

    Args:
        pairs: ``[(predicate, func), ...]``, or one pair when ``extra_pairs`` are given.
        *extra_pairs: More pairs.

    Returns:
        ``(*args) -> func(*args)`` for the first ``predicate(*args)`` that is
        truthy (cut to the predicate's arity), ``None`` when none is.

    Raises:
        ValueError: a pair does not have exactly two items.
        TypeError: an item of a pair is not callable.

    Example:
        >>> f = cond([(lambda x: x > 0, lambda x: "pos"), (stub_true, lambda x: "other")])
        >>> f(1), f(-1)
        ('pos', 'other')

    .. versionadded:: 0.2.0
    """
    if extra_pairs:
        pairs = [pairs, *extra_pairs]
    checked: list[tuple[Callable[..., Any], Callable[..., Any]]] = []
    try:
        items = list(pairs)
    except TypeError:
        raise arg_error("cond", "pairs", "an iterable of pairs", pairs) from None
    for pair in items:
        try:
            is_pair = len(pair) == 2
        except Exception:
            is_pair = False
        if not is_pair:
            raise ValueError(
                "cond() argument 'pairs': each predicate-function pair must have exactly "
                "two items"
            )
        predicate, func = pair
        if not callable(predicate) or not callable(func):
            raise TypeError("cond() argument 'pairs': both items of a pair must be callable")
        checked.append((predicate, func))
    # Each predicate's arity, found at the first call (not when cond is made).
    counts: list[int] = []

    def _cond(*args: Any) -> Any:
        if not counts:
            counts.extend(_iteratee._positional_count(p, 1 << 30) for p, _f in checked)
        for (predicate, func), count in zip(checked, counts):
            if _callit(predicate, count, args):
                return func(*args)
        return None

    return _cond


def conforms(source: Any) -> Callable[[Any], bool]:
    """A predicate: does every ``source`` predicate pass on the value at its key?

    Args:
        source: ``{key: predicate}`` (or a list: ``index -> predicate``).

    Returns:
        ``obj -> all(key in obj and predicate(obj[key]))``.

    Example:
        >>> conforms({"b": lambda n: n > 1})({"b": 2}), conforms({"b": lambda n: n > 1})({})
        (True, False)
        >>> conforms([lambda n: n > 1])([2])
        True

    .. versionadded:: 0.2.0
    """
    return lambda obj: conforms_to(obj, source)  # a lambda: see _nth_arg


def conforms_to(obj: Any, source: Any) -> bool:
    """Whether every ``source`` predicate passes on the value of ``obj`` at its key.

    Args:
        obj: The object to check.
        source: ``{key: predicate}`` (or a list of predicates by index).

    Returns:
        Whether ``obj`` conforms.

    Example:
        >>> conforms_to({"b": 2}, {"b": lambda n: n > 1}), conforms_to({"b": 0}, {"b": bool})
        (True, False)

    .. versionadded:: 0.2.0
    """
    pairs = source.items() if type(source) is dict else _pairs(source)
    for key, predicate in pairs:
        if not has(obj, key) or not predicate(obj[key]):
            return False
    return True


def method(path: Any, *args: Any, **kwargs: Any) -> Callable[..., Any]:
    """A function that calls the method at ``path`` of its first argument.

    Args:
        path: A path (see :doc:`/paths`).
        *args: Positional arguments given first.
        **kwargs: Keyword arguments (those of the call win).

    Returns:
        ``(obj, *more) -> get(obj, path)(*args, *more, **kwargs)``.

    Example:
        >>> method("a.b", 5)({"a": {"b": lambda x, y=0: x + y}}, y=2)
        7

    .. versionadded:: 0.2.0
    """

    return _partial(_method, path, args, kwargs)


def _method(path: Any, args: tuple[Any, ...], kwargs: dict[str, Any], obj: Any,
            *_args: Any, **_kwargs: Any) -> Any:
    func = get(obj, path)
    check_callable(func, "method", "path")
    return func(*args, *_args, **{**kwargs, **_kwargs})


def method_of(obj: Any, *args: Any, **kwargs: Any) -> Callable[..., Any]:
    """The inverse of :func:`method`: a function of a path that calls ``obj``'s method there.

    Args:
        obj: The object.
        *args: Positional arguments given first.
        **kwargs: Keyword arguments (those of the call win).

    Returns:
        ``(path, *more) -> get(obj, path)(*args, *more, **kwargs)``.

    Example:
        >>> method_of({"a": {"b": lambda x, y=0: x + y}}, 1)("a.b", 2)
        3

    .. versionadded:: 0.2.0
    """

    return _partial(_method_of, obj, args, kwargs)


def _method_of(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any], path: Any,
               *_args: Any, **_kwargs: Any) -> Any:
    func = get(obj, path)
    check_callable(func, "method_of", "path")
    return func(*args, *_args, **{**kwargs, **_kwargs})


@cython.binding(True)  # returns a *args closure: see _compat
def over(funcs: Iterable[Callable[P, T]]) -> Callable[P, list[T]]:
    """A function that calls every function of ``funcs`` with its arguments.

    Args:
        funcs: The functions (iterated at each call, as pydash: a generator
            serves one call).

    Returns:
        ``(*args, **kwargs) -> [func(*args, **kwargs) for func in funcs]``.

    Example:
        >>> over([max, min])(1, 2, 3, 4)
        [4, 1]

    .. versionadded:: 0.2.0
    """
    # a lambda, not an annotated closure: see _nth_arg
    return lambda *args, **kwargs: [func(*args, **kwargs) for func in funcs]


@cython.binding(True)  # returns a *args closure: see _compat
def over_every(funcs: Iterable[Callable[P, Any]]) -> Callable[P, bool]:
    """A predicate: do all ``funcs`` return truthy for the arguments?

    Args:
        funcs: The predicates (iterated at each call).

    Returns:
        ``(*args, **kwargs) -> all(func(*args, **kwargs) for func in funcs)``.

    Example:
        >>> over_every([bool, lambda x: x is not None])(1), over_every([])(0)
        (True, True)

    .. versionadded:: 0.2.0
    """
    return lambda *args, **kwargs: all(func(*args, **kwargs) for func in funcs)


@cython.binding(True)  # returns a *args closure: see _compat
def over_some(funcs: Iterable[Callable[P, Any]]) -> Callable[P, bool]:
    """A predicate: does any of ``funcs`` return truthy for the arguments?

    Args:
        funcs: The predicates (iterated at each call).

    Returns:
        ``(*args, **kwargs) -> any(func(*args, **kwargs) for func in funcs)``.

    Example:
        >>> over_some([bool, lambda x: x is None])(0), over_some([])(1)
        (False, False)

    .. versionadded:: 0.2.0
    """
    return lambda *args, **kwargs: any(func(*args, **kwargs) for func in funcs)


@overload
def result(obj: None, key: Any, default: None = None) -> None: ...
@overload
def result(obj: None, key: Any, default: T) -> T: ...
@overload
def result(obj: Any, key: Any, default: Any = None) -> Any: ...
def result(obj: Any, key: Any, default: Any = None) -> Any:
    """The value of ``obj`` at ``key`` (one key, not a path); a callable is called.

    Args:
        obj: The object (falsy: ``default``).
        key: A key, index or attribute name (never one starting with ``"__"``).
        default: The value when the key is missing (then called, if callable);
            returned as it is when ``obj`` is falsy.

    Returns:
        The value, or what calling it returns.

    Example:
        >>> result({"a": 1, "b": lambda: 2}, "b"), result({"a": 1}, "c", 0)
        (2, 0)
        >>> result([], 0, "empty")
        'empty'

    .. versionadded:: 0.2.0
    """
    if not obj:
        return default
    ret = resolve_key(obj, key)
    if ret is MISSING:
        ret = default
    if callable(ret):
        ret = ret()
    return ret


# --------------------------------------------------------------------------
# numbers: ranges and random numbers
# --------------------------------------------------------------------------


def _range_args(func: str, args: Sequence[Any]) -> tuple[int, int, int]:
    """pydash's range arguments: ``(stop)``, ``(start, stop)``, ``(start, stop, step)``."""
    if len(args) >= 3:
        start, stop, step = args[0], args[1], args[2]
        given: tuple[Any, ...] = (start, stop, step)
    elif len(args) == 2:
        start, stop, step = args[0], args[1], None
        given = (start, stop)
    else:
        start, stop, step = 0, args[0], None
        given = (stop,)
    for arg in given:
        if not isinstance(arg, int):
            raise TypeError(
                f"{func}() cannot interpret {type(arg).__name__!r} object as an integer"
            )
    if step is None:
        step = 1 if start < stop else -1
    return start, stop, step


def _range_length(start: int, stop: int, step: int) -> int:
    # ceil((stop - start) / step), exactly; a step of 0 counts as 1 for the length.
    return max(-((start - stop) // (step or 1)), 0)


@overload
def range_(stop: int, /) -> Generator[int, None, None]: ...
@overload
def range_(start: int, stop: int, step: int = 1, /) -> Generator[int, None, None]: ...
def range_(*args: Any) -> Generator[int, None, None]:
    """Integers from ``start`` up to, not including, ``stop``, by ``step`` (lodash's range).

    Unlike :class:`range`: without a step, a ``stop`` below ``start`` counts
    down (``range_(-3)`` is ``0, -1, -2``), and a step of ``0`` repeats
    ``start`` ``stop - start`` times. Arguments past the third are ignored.

    Args:
        *args: ``stop``, or ``start, stop``, or ``start, stop, step``.

    Returns:
        A generator of the integers.

    Raises:
        TypeError: an argument is not an integer (floats included, as pydash).

    Example:
        >>> list(range_(4)), list(range_(-4)), list(range_(1, 4, 0))
        ([0, 1, 2, 3], [0, -1, -2, -3], [1, 1, 1])
        >>> list(range_(0, 20, 5)), list(range_(4, 0, 1))
        ([0, 5, 10, 15], [])

    .. versionadded:: 0.2.0
    """
    if len(args) == 1 and type(args[0]) is int:
        stop = args[0]
        return _yield_from(range(stop) if stop >= 0 else range(0, stop, -1))
    if not args:
        return _yield_from(())
    start, stop, step = _range_args("range_", args)
    if not step:
        return _yield_from(itertools.repeat(start, _range_length(start, stop, step)))
    return _yield_from(range(start, stop, step))


@overload
def range_right(stop: int, /) -> Generator[int, None, None]: ...
@overload
def range_right(start: int, stop: int, step: int = 1, /) -> Generator[int, None, None]: ...
def range_right(*args: Any) -> Generator[int, None, None]:
    """:func:`range_` in reverse order: the same integers, last first.

    Args:
        *args: ``stop``, or ``start, stop``, or ``start, stop, step``.

    Returns:
        A generator of the integers.

    Raises:
        TypeError: an argument is not an integer.

    Example:
        >>> list(range_right(4)), list(range_right(-4)), list(range_right(0, 20, 5))
        ([3, 2, 1, 0], [-3, -2, -1, 0], [15, 10, 5, 0])

    .. versionadded:: 0.2.0
    """
    if len(args) == 1 and type(args[0]) is int:
        stop = args[0]
        return _yield_from(reversed(range(stop) if stop >= 0 else range(0, stop, -1)))
    if not args:
        return _yield_from(())
    start, stop, step = _range_args("range_right", args)
    if not step:
        return _yield_from(itertools.repeat(start, _range_length(start, stop, step)))
    return _yield_from(reversed(range(start, stop, step)))


_SEED_TYPES = (int, float, str, bytes, bytearray)
#: The shared generator's methods (``random.seed`` reseeds it), bound once as pydash does.
_randint = _random.randint
_uniform = _random.uniform


@overload
def random(
    start: int = 0,
    stop: int = 1,
    floating: Literal[False] = False,
    *,
    seed: Union[int, float, str, bytes, bytearray, _random.Random, None] = None,
) -> int: ...
@overload
def random(
    start: float,
    stop: float = 1,
    floating: bool = False,
    *,
    seed: Union[int, float, str, bytes, bytearray, _random.Random, None] = None,
) -> float: ...
@overload
def random(
    start: float = 0,
    *,
    stop: float,
    floating: bool = False,
    seed: Union[int, float, str, bytes, bytearray, _random.Random, None] = None,
) -> float: ...
@overload
def random(
    start: float = 0,
    stop: float = 1,
    *,
    floating: Literal[True],
    seed: Union[int, float, str, bytes, bytearray, _random.Random, None] = None,
) -> float: ...
def random(
    start: float = 0,
    stop: float = 1,
    floating: bool = False,
    *,
    seed: Union[int, float, str, bytes, bytearray, _random.Random, None] = None,
) -> Union[int, float]:
    """A random number between ``start`` and ``stop``, both included.

    An ``int`` unless ``floating`` is true or a bound is a ``float``; the
    bounds may come in either order.

    Reproducible: ``random.seed(n)`` seeds the shared generator this uses (as
    in pydash), or pass ``seed``: a seed value (the same number on every call
    with it) or a :class:`random.Random` (a reproducible sequence of its own).

    Args:
        start: One bound.
        stop: The other bound.
        floating: Return a ``float``.
        seed: Keyword only: a seed or a :class:`random.Random`; ``None`` uses
            the :mod:`random` module's generator.

    Returns:
        The random number.

    Raises:
        TypeError: ``seed`` is not a seed or a :class:`random.Random`.

    Example:
        >>> 0 <= random() <= 1, 5 <= random(10, 5) <= 10
        (True, True)
        >>> random(1, 100, seed=42) == random(1, 100, seed=42)
        True
        >>> isinstance(random(1.5), float)
        True

    .. versionadded:: 0.2.0
    """
    rng: Any
    if seed is None:
        low: Any = start
        high: Any = stop
        if isinstance(low, float) or isinstance(high, float) or floating is True:
            return _uniform(high, low) if high < low else _uniform(low, high)
        return _randint(high, low) if high < low else _randint(low, high)
    if isinstance(seed, _random.Random):
        rng = seed
    elif isinstance(seed, _SEED_TYPES):
        rng = _random.Random(seed)
    else:
        raise arg_error("random", "seed", "a seed (int, float, str, bytes) or a Random", seed)
    low = start
    high = stop
    floating = isinstance(low, float) or isinstance(high, float) or floating is True
    if high < low:
        high, low = low, high
    if floating:
        drawn: float = rng.uniform(low, high)  # a typed name, not typing.cast (a call, in compiled code)
        return drawn
    picked: int = rng.randint(low, high)
    return picked


# --------------------------------------------------------------------------
# retrying and caching
# --------------------------------------------------------------------------


_MEMO_GUARD = threading.Lock()


class MemoizedFunc(Generic[P, T, KeyT]):
    """A memoized function (what :func:`memoize` returns).

    ``cache`` maps each call's key to its result; it may be read, cleared or
    replaced. The wrapped function's name, docstring and signature show through
    (``__wrapped__``, ``__name__``, ``__doc__``...); a memoized method binds
    like a function.
    """

    __slots__ = ("__dict__", "__weakref__", "__wrapped__", "_pending", "cache", "resolver")  # pyright: ignore[reportUninitializedInstanceVariable]

    cache: dict[KeyT, T]
    resolver: Optional[Callable[P, KeyT]]
    __wrapped__: Callable[P, T]

    def __init__(self, func: Callable[P, T], resolver: Optional[Callable[P, KeyT]]) -> None:
        self.__wrapped__ = func
        self.cache = {}
        self.resolver = resolver
        self._pending: Optional[dict[Any, threading.RLock]] = None

    @property
    def __name__(self) -> str:
        return str(getattr(self.__wrapped__, "__name__", type(self.__wrapped__).__name__))

    @property
    def __doc__(self) -> Optional[str]:  # type: ignore[override]  # pyright: ignore
        return getattr(self.__wrapped__, "__doc__", None)

    def __getattr__(self, name: str) -> Any:
        # Attributes of the wrapped function (what functools.wraps would copy).
        if name.startswith("__") and name != "__qualname__":
            raise AttributeError(name)
        return getattr(self.__wrapped__, name)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        resolver = self.resolver
        key: Any = resolver(*args, **kwargs) if resolver else f"{args}{kwargs}"
        cache = self.cache
        try:
            return cache[key]
        except KeyError:
            pass
        # One computation per key: callers of the same key wait for the first.
        with _MEMO_GUARD:
            pending = self._pending
            if pending is None:
                pending = self._pending = {}
            lock = pending.get(key)
            if lock is None:
                lock = pending[key] = threading.RLock()
        try:
            with lock:
                try:
                    return cache[key]
                except KeyError:
                    pass
                value = self.__wrapped__(*args, **kwargs)
                cache[key] = value
                return value
        finally:
            with _MEMO_GUARD:
                if pending.get(key) is lock:
                    del pending[key]

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __repr__(self) -> str:
        return f"<memoized {self.__wrapped__!r}>"


@overload
def memoize(func: Callable[P, T], resolver: None = None) -> MemoizedFunc[P, T, str]: ...
@overload
def memoize(func: Callable[P, T], resolver: Callable[P, KeyT]) -> MemoizedFunc[P, T, KeyT]: ...
def memoize(func: Callable[P, T], resolver: Optional[Callable[P, Any]] = None) -> Any:
    """Cache the results of ``func`` by its arguments (thread-safe).

    The key is ``resolver(*args, **kwargs)``, or pydash's ``f"{args}{kwargs}"``
    string (so arguments need not be hashable, and arguments with the same
    ``repr`` share a result). The cache is the ``cache`` attribute. From
    several threads, ``func`` runs once per key: other callers of that key wait
    for its result (a call that raises caches nothing).

    Args:
        func: The function to memoize.
        resolver: Computes the cache key from the arguments.

    Returns:
        The memoized function, with ``func``'s signature, name and docstring.

    Raises:
        TypeError: ``func`` or ``resolver`` is not callable.

    Example:
        >>> square = memoize(lambda x: x * x)
        >>> square(4), square.cache
        (16, {'(4,){}': 16})
        >>> by_first = memoize(lambda x, y: x + y, resolver=lambda x, y: x)
        >>> by_first(1, 2), by_first(1, 100)
        (3, 3)

    .. versionadded:: 0.2.0
    """
    if not callable(func):
        raise arg_error("memoize", "func", "callable", func)
    if resolver is not None and not callable(resolver):
        raise arg_error("memoize", "resolver", "callable", resolver)
    return MemoizedFunc(func, resolver)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _check_retry(
    attempts: Any,
    delay: Any,
    max_delay: Any,
    scale: Any,
    jitter: Any,
    exceptions: Any,
    on_exception: Any,
    sleep: Any,
) -> None:
    """Validate :func:`retry`'s arguments (pydash's rules and messages, naming retry)."""
    if not isinstance(attempts, int) or attempts <= 0:
        raise ValueError("retry() argument 'attempts' must be an integer greater than 0")
    if not _is_number(delay) or delay < 0:
        raise ValueError("retry() argument 'delay' must be a number greater than or equal to 0")
    if not _is_number(max_delay) or max_delay < 0:
        raise ValueError(
            "retry() argument 'max_delay' must be a number greater than or equal to 0"
        )
    if not _is_number(scale) or scale <= 0:
        raise ValueError("retry() argument 'scale' must be a number greater than 0")
    if isinstance(jitter, tuple):
        bad_jitter = len(jitter) != 2 or not all(_is_number(j) for j in jitter)
    else:
        bad_jitter = not _is_number(jitter) or jitter < 0
    if bad_jitter:
        raise ValueError(
            "retry() argument 'jitter' must be a number greater than 0 or a 2-item tuple "
            "of numbers"
        )
    if not isinstance(exceptions, tuple) or not all(
        isinstance(exc, type) and issubclass(exc, Exception) for exc in exceptions
    ):
        raise TypeError("retry() argument 'exceptions' must be a tuple of Exception types")
    if on_exception is not None and not callable(on_exception):
        raise TypeError("retry() argument 'on_exception' must be callable")
    if sleep is not None and not callable(sleep):
        raise TypeError("retry() argument 'sleep' must be callable")


_PLAIN_NUMBERS = frozenset({int, float})
_ANY_EXCEPTION: tuple[type[Exception], ...] = (Exception,)


@cython.binding(True)  # tuple default, functools.wraps: see _compat
def retry(
    attempts: int = 3,
    delay: Union[int, float] = 0.5,
    max_delay: Union[int, float] = 150.0,
    scale: Union[int, float] = 2.0,
    jitter: Union[int, float, tuple[Union[int, float], Union[int, float]]] = 0,
    exceptions: tuple[type[Exception], ...] = _ANY_EXCEPTION,
    on_exception: Union[Callable[[Exception, int], Any], Callable[[Exception], Any], None] = None,
    *,
    sleep: Optional[Callable[[float], Any]] = None,
) -> Callable[[CallableT], CallableT]:
    """A decorator that calls a function again when it raises, waiting longer each time.

    The first wait is ``delay`` seconds (plus a random jitter), capped at
    ``max_delay``; each next wait is the previous one times ``scale``. After
    ``attempts`` failures the last exception propagates.

    Args:
        attempts: Calls in all (at least 1).
        delay: The first wait, in seconds.
        max_delay: The longest wait (``0``: no cap).
        scale: The factor between waits (more than 0).
        jitter: A random extra wait: up to this number, or a ``(low, high)`` range.
        exceptions: The exception types that cause a retry (others propagate at once).
        on_exception: Called as ``on_exception(exc, attempt)`` (cut to its
            arity) after each failure, the last one included.
        sleep: Keyword only: the sleep function (default :func:`time.sleep`,
            looked up at each wait); tests pass a fake one.

    Returns:
        The decorator; the decorated function keeps its name and signature.

    Raises:
        ValueError: a count or a delay is out of range.
        TypeError: ``exceptions`` is not a tuple of exception types, or
            ``on_exception`` / ``sleep`` is not callable.

    Example:
        >>> waits = []
        >>> calls = []
        >>> @retry(attempts=3, delay=0.5, sleep=waits.append)
        ... def flaky():
        ...     calls.append(1)
        ...     if len(calls) < 3:
        ...         raise OSError("not yet")
        ...     return "done"
        >>> flaky(), waits
        ('done', [0.5, 1.0])

    .. versionadded:: 0.2.0
    """
    if not (
        type(attempts) is int
        and attempts > 0
        and type(delay) in _PLAIN_NUMBERS
        and delay >= 0
        and type(max_delay) in _PLAIN_NUMBERS
        and max_delay >= 0
        and type(scale) in _PLAIN_NUMBERS
        and scale > 0
        and type(jitter) is int
        and jitter >= 0
        and exceptions is _ANY_EXCEPTION
        and on_exception is None
        and sleep is None
    ):
        _check_retry(attempts, delay, max_delay, scale, jitter, exceptions, on_exception, sleep)
    jitter_range: Optional[tuple[Any, Any]] = None
    if jitter:
        jitter_range = jitter if isinstance(jitter, tuple) else (0, jitter)
    hook_count = _iteratee._positional_count(on_exception, 2) if on_exception else 0

    def decorator(func: CallableT) -> CallableT:
        check_callable(func, "retry")

        @functools.wraps(func)
        def decorated(*args: Any, **kwargs: Any) -> Any:
            delay_time = delay
            for attempt_number in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if on_exception:
                        _callit(on_exception, hook_count, (exc, attempt_number))
                    if attempt_number == attempts:
                        raise
                    if jitter_range:
                        delay_time += max(0, random(*jitter_range))
                    if delay_time < 0:  # pragma: no cover - a negative jitter range
                        continue
                    if max_delay:
                        delay_time = min(delay_time, max_delay)
                    (sleep or time.sleep)(delay_time)
                    delay_time *= scale
            raise AssertionError("unreachable")  # pragma: no cover

        return cast(CallableT, decorated)

    return decorator

