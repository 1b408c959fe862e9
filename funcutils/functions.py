"""Function helpers: the functions of pydash's ``functions`` module.

Every function here is typed, documented and pydash 8.1.0-compatible, except
where :doc:`/differences` says otherwise. ``curry``, ``curry_right``,
``flow``, ``flow_right``, ``partial``, ``partial_right`` and ``wrap`` build
kernel objects (compiled when available, see :mod:`funcutils._speedups`);
those pickle, compare equal when built from equal parts, and hash.

Timing helpers (``debounce``, ``throttle``, ``delay``) take their wait in
milliseconds, as pydash does, and use :func:`time.monotonic`. The stateful
wrappers (``once``, ``before``, ``after``, ``debounce``, ``throttle``) are
thread-safe.
"""

from __future__ import annotations

import _thread
import threading
import time
from collections.abc import Iterable
from typing import Any, Callable, Final, Generic, Optional, TypeVar, Union, overload

from typing_extensions import Concatenate, ParamSpec

from . import _speedups
from ._curry_types import (
    Curry1,
    Curry2,
    Curry3,
    Curry4,
    Curry5,
    Curry6,
    Curry7,
    Curry8,
    CurryAny,
    CurryRight1,
    CurryRight2,
    CurryRight3,
    CurryRight4,
    CurryRight5,
    CurryRight6,
    CurryRight7,
    CurryRight8,
)
from ._errors import check_callable, is_callable
from ._signature import as_count
from .types import T

#: The C reentrant lock itself (``threading.RLock`` is a Python function that returns it).
_RLock: Callable[[], Any] = getattr(_thread, "RLock", threading.RLock)
#: The default clock, read once (a module attribute costs a lookup per call in
#: compiled code).
_MONOTONIC: Final = time.monotonic

__all__ = [
    "after",
    "ary",
    "before",
    "conjoin",
    "curry",
    "curry_right",
    "debounce",
    "delay",
    "disjoin",
    "flip",
    "flow",
    "flow_right",
    "iterated",
    "juxtapose",
    "negate",
    "once",
    "over_args",
    "partial",
    "partial_right",
    "rearg",
    "spread",
    "throttle",
    "unary",
    "wrap",
]

P = ParamSpec("P")
R = TypeVar("R")
R1 = TypeVar("R1")
R2 = TypeVar("R2")
R3 = TypeVar("R3")
R4 = TypeVar("R4")
R5 = TypeVar("R5")
R6 = TypeVar("R6")
A1 = TypeVar("A1")
A2 = TypeVar("A2")
A3 = TypeVar("A3")
A4 = TypeVar("A4")
A5 = TypeVar("A5")
A6 = TypeVar("A6")
A7 = TypeVar("A7")
A8 = TypeVar("A8")
B1 = TypeVar("B1")
B2 = TypeVar("B2")
B3 = TypeVar("B3")


def _as_wait(wait: Any, caller: str, arg: str = "wait") -> float:
    """Validate a wait in milliseconds: a non-negative real number."""
    if (type(wait) is int or type(wait) is float) and wait >= 0:
        return float(wait)
    if isinstance(wait, bool) or not isinstance(wait, (int, float)):
        raise TypeError(
            f"{caller}() argument {arg!r} must be a number of milliseconds, "
            f"not {type(wait).__name__}"
        )
    if not wait >= 0:  # also refuses NaN
        raise ValueError(f"{caller}() argument {arg!r} must be >= 0, got {wait!r}")
    return float(wait)


def _no_pickle_error(obj: object) -> TypeError:
    return TypeError(
        f"cannot pickle a {type(obj).__name__} object: it holds a lock and pending "
        "timers; pickle the wrapped function and wrap it again"
    )


# ---------------------------------------------------------------------------
# Counting wrappers: after, before, once
# ---------------------------------------------------------------------------


def after(func: Callable[P, R], n: int) -> Callable[P, Optional[R]]:
    """Create a function that calls ``func`` only from its ``n``-th call on.

    Calls before the ``n``-th return ``None``. ``n`` of 0 or 1 calls ``func``
    from the first call. The count is thread-safe.

    Args:
        func: The function to call.
        n: Number of calls before ``func`` runs (it runs on the ``n``-th).

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable or ``n`` is not an integer.
        ValueError: If ``n`` is negative.

    Example:
        >>> run = after(lambda x: x * 10, 3)
        >>> [run(1), run(2), run(3), run(4)]
        [None, None, 30, 40]

    .. versionadded:: 0.1.0
    """
    return _speedups.after_object(func, n)


def before(func: Callable[P, R], n: int) -> Callable[P, Optional[R]]:
    """Create a function that calls ``func`` for its first ``n - 1`` calls only.

    Later calls return ``None`` (not the last result, as in pydash). The count
    is thread-safe.

    Args:
        func: The function to call.
        n: ``func`` runs while fewer than ``n`` calls were made.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable or ``n`` is not an integer.
        ValueError: If ``n`` is negative.

    Example:
        >>> run = before(lambda x: x * 10, 3)
        >>> [run(1), run(2), run(3), run(4)]
        [10, 20, None, None]

    .. versionadded:: 0.1.0
    """
    return _speedups.before_object(func, n)


def once(func: Callable[P, R]) -> Callable[P, R]:
    """Create a function that calls ``func`` once and then returns that first result.

    Later calls ignore their arguments. Thread-safe: when several threads make
    the first call together, ``func`` still runs once and all of them get its
    result. If ``func`` raises, nothing is cached and the next call tries again.

    Args:
        func: The function to call once.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> first = once(lambda x: x * 10)
        >>> [first(1), first(2)]
        [10, 10]

    .. versionadded:: 0.1.0
    """
    return _speedups.once_object(func)


# ---------------------------------------------------------------------------
# Argument shaping: ary, unary, flip, rearg, over_args, spread, negate
# ---------------------------------------------------------------------------


class _Ary(Generic[R]):
    __slots__ = ("func", "n", "__weakref__")

    def __init__(self, func: Callable[..., R], n: Optional[int]) -> None:
        self.func = func
        self.n = n

    def __call__(self, *args: Any, **kwargs: Any) -> R:
        if self.n is not None:
            args = args[: self.n]
        return self.func(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.func, self.n))


def ary(func: Callable[..., R], n: Optional[int]) -> Callable[..., R]:
    """Create a function that passes at most ``n`` positional arguments to ``func``.

    Extra positional arguments are ignored; keyword arguments pass through.

    Args:
        func: The function to cap.
        n: The number of positional arguments kept; ``None`` keeps them all.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable or ``n`` is not an integer.
        ValueError: If ``n`` is negative.

    Example:
        >>> ary(lambda *args: args, 2)(1, 2, 3)
        (1, 2)
        >>> list(map(ary(int, 1), ["6", "8"], [10, 10]))
        [6, 8]

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "ary")
    if n is not None and not (type(n) is int and n >= 0):  # a count is its own: no validation call
        n = as_count(n, "ary")
    return _Ary(func, n)


def unary(func: Callable[Concatenate[A1, P], R]) -> Callable[[A1], R]:
    """Create a function that passes only its first positional argument to ``func``.

    Same as ``ary(func, 1)``.

    Args:
        func: The function to cap.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> list(map(unary(int), ["6", "8", "10"], [2, 2, 2]))
        [6, 8, 10]

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "unary")
    return _Ary(func, 1)


class _Flip(Generic[R]):
    __slots__ = ("func", "__weakref__")

    def __init__(self, func: Callable[..., R]) -> None:
        self.func = func

    def __call__(self, *args: Any, **kwargs: Any) -> R:
        return self.func(*args[::-1], **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.func,))


@overload
def flip(func: Callable[[A1], R]) -> Callable[[A1], R]: ...
@overload
def flip(func: Callable[[A1, A2], R]) -> Callable[[A2, A1], R]: ...
@overload
def flip(func: Callable[[A1, A2, A3], R]) -> Callable[[A3, A2, A1], R]: ...
@overload
def flip(func: Callable[[A1, A2, A3, A4], R]) -> Callable[[A4, A3, A2, A1], R]: ...
@overload
def flip(func: Callable[[A1, A2, A3, A4, A5], R]) -> Callable[[A5, A4, A3, A2, A1], R]: ...
@overload
def flip(func: Callable[..., R]) -> Callable[..., R]: ...


def flip(func: Callable[..., R]) -> Callable[..., R]:
    """Create a function that calls ``func`` with its positional arguments reversed.

    All positional arguments are reversed (not only the first two).

    Args:
        func: The function to wrap.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> flip(lambda *args: args)(1, 2, 3)
        (3, 2, 1)

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "flip")
    return _Flip(func)


def _flatten_once(values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if isinstance(value, (list, tuple)):
            out.extend(value)
        else:
            out.append(value)
    return out


class _Rearg(Generic[R]):
    __slots__ = ("func", "indexes", "_order", "__weakref__")

    def __init__(self, func: Callable[..., R], indexes: tuple[int, ...]) -> None:
        self.func = func
        self.indexes = indexes
        # source position -> destination rank (the first mention of an index wins)
        order: dict[int, int] = {}
        for rank, src in enumerate(indexes):
            order[src] = rank
        self._order = order

    def __call__(self, *args: Any, **kwargs: Any) -> R:
        order = self._order
        placed: dict[int, Any] = {}
        rest: list[Any] = []
        for position, arg in enumerate(args):
            rank = order.get(position)
            if rank is None:
                rest.append(arg)
            else:
                placed[rank] = arg
        return self.func(*(placed[rank] for rank in sorted(placed)), *rest, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.func, self.indexes))


def rearg(func: Callable[..., R], *indexes: Union[int, Iterable[int]]) -> Callable[..., R]:
    """Create a function that calls ``func`` with its arguments rearranged.

    The argument at position ``indexes[0]`` is passed first, the one at
    ``indexes[1]`` second, and so on; arguments not named by ``indexes`` follow
    in their original order. Indexes may be given as varargs or as lists.

    Args:
        func: The function to wrap.
        *indexes: Source positions, in the order the arguments are passed.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable or an index is not an integer.
        ValueError: If an index is negative.

    Example:
        >>> rearg(lambda *args: args, 2, 0, 1)("a", "b", "c")
        ('c', 'a', 'b')
        >>> rearg(lambda *args: args, [1, 0])("a", "b", "c")
        ('b', 'a', 'c')

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "rearg")
    flat = tuple(as_count(index, "rearg", "indexes") for index in _flatten_once(indexes))
    return _Rearg(func, flat)


class _OverArgs(Generic[R]):
    __slots__ = ("func", "transforms", "__weakref__")

    def __init__(self, func: Callable[..., R], transforms: tuple[Callable[..., Any], ...]) -> None:
        self.func = func
        self.transforms = transforms

    def __call__(self, *args: Any, **kwargs: Any) -> R:
        transforms = self.transforms
        n = len(transforms)
        return self.func(
            *(transforms[i](arg) if i < n else arg for i, arg in enumerate(args)), **kwargs
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.func, self.transforms))


@overload
def over_args(func: Callable[[B1], R], t1: Callable[[A1], B1], /) -> Callable[[A1], R]: ...
@overload
def over_args(
    func: Callable[[B1, B2], R], t1: Callable[[A1], B1], t2: Callable[[A2], B2], /
) -> Callable[[A1, A2], R]: ...
@overload
def over_args(
    func: Callable[[B1, B2, B3], R],
    t1: Callable[[A1], B1],
    t2: Callable[[A2], B2],
    t3: Callable[[A3], B3],
    /,
) -> Callable[[A1, A2, A3], R]: ...
@overload
def over_args(
    func: Callable[..., R], *transforms: Union[Callable[..., Any], Iterable[Callable[..., Any]]]
) -> Callable[..., R]: ...
def over_args(
    func: Callable[..., R], *transforms: Union[Callable[..., Any], Iterable[Callable[..., Any]]]
) -> Callable[..., R]:
    """Create a function that calls ``func`` with each argument transformed.

    Positional argument ``i`` goes through ``transforms[i]``; arguments beyond
    the transforms pass unchanged; keyword arguments pass unchanged.
    Transforms may be given as varargs or as lists.

    Args:
        func: The function to wrap.
        *transforms: One function per leading positional argument.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` or a transform is not callable.

    Example:
        >>> over_args(lambda *args: args, str, abs)(1, -2, -3)
        ('1', 2, -3)

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "over_args")
    flat = tuple(_flatten_once(transforms))
    for transform in flat:
        if not is_callable(transform):
            check_callable(transform, "over_args", "transforms")
    return _OverArgs(func, flat)


class _Spread(Generic[R]):
    __slots__ = ("func", "__weakref__")

    def __init__(self, func: Callable[..., R]) -> None:
        self.func = func

    def __call__(self, args: Iterable[Any]) -> R:
        return self.func(*args)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.func,))


def spread(func: Callable[..., R]) -> Callable[[Iterable[Any]], R]:
    """Create a function that takes one iterable and calls ``func`` with its items.

    Args:
        func: The function to wrap.

    Returns:
        The wrapped function: ``spread(f)(items) == f(*items)``.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> spread(max)([3, 9, 4])
        9

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "spread")
    return _Spread(func)


class _Negate(Generic[P]):
    __slots__ = ("func", "__weakref__")

    def __init__(self, func: Callable[P, Any]) -> None:
        self.func = func

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> bool:
        return not self.func(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.func,))


def negate(func: Callable[P, Any]) -> Callable[P, bool]:
    """Create a function that returns the logical negation of ``func``'s result.

    Args:
        func: The predicate to negate.

    Returns:
        The negated predicate.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> is_odd = negate(lambda n: n % 2 == 0)
        >>> [is_odd(1), is_odd(2)]
        [True, False]

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "negate")
    return _Negate(func)


# ---------------------------------------------------------------------------
# Predicates over collections and fan-out: conjoin, disjoin, juxtapose, iterated
# ---------------------------------------------------------------------------


class _Conjoin(Generic[T]):
    __slots__ = ("funcs", "__weakref__")

    def __init__(self, funcs: tuple[Callable[[T], Any], ...]) -> None:
        self.funcs = funcs

    def __call__(self, obj: Iterable[T]) -> bool:
        funcs = self.funcs
        return all(func(item) for item in obj for func in funcs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.funcs,))


class _Disjoin(_Conjoin[T]):
    __slots__ = ()

    def __call__(self, obj: Iterable[T]) -> bool:
        funcs = self.funcs
        return any(func(item) for item in obj for func in funcs)


def _check_all(funcs: tuple[Any, ...], caller: str) -> None:
    for func in funcs:
        if not is_callable(func):
            check_callable(func, caller, "funcs")


def conjoin(*funcs: Callable[[T], Any]) -> Callable[[Iterable[T]], bool]:
    """Create a predicate over a collection: every item passes every ``funcs``.

    Items are what iterating ``obj`` gives (a dict's keys, as in pydash). An
    empty collection gives ``True``. It
    stops at the first failure.

    Args:
        *funcs: Predicates taking one item.

    Returns:
        A function of one collection returning a ``bool``.

    Raises:
        TypeError: If one of ``funcs`` is not callable.

    Example:
        >>> positive_even = conjoin(lambda n: n > 0, lambda n: n % 2 == 0)
        >>> [positive_even([2, 4]), positive_even([2, 3]), positive_even([])]
        [True, False, True]

    .. versionadded:: 0.1.0
    """
    _check_all(funcs, "conjoin")
    return _Conjoin(funcs)


def disjoin(*funcs: Callable[[T], Any]) -> Callable[[Iterable[T]], bool]:
    """Create a predicate over a collection: some item passes some ``funcs``.

    Items are what iterating ``obj`` gives (a dict's keys, as in pydash). An
    empty collection gives ``False``. It
    stops at the first success.

    Args:
        *funcs: Predicates taking one item.

    Returns:
        A function of one collection returning a ``bool``.

    Raises:
        TypeError: If one of ``funcs`` is not callable.

    Example:
        >>> has_big_or_negative = disjoin(lambda n: n > 100, lambda n: n < 0)
        >>> [has_big_or_negative([1, -2]), has_big_or_negative([1, 2])]
        [True, False]

    .. versionadded:: 0.1.0
    """
    _check_all(funcs, "disjoin")
    return _Disjoin(funcs)


_new: Final = object.__new__


class _Juxtapose(Generic[P, R]):
    __slots__ = ("funcs", "__weakref__")

    def __init__(self, funcs: tuple[Callable[P, R], ...]) -> None:
        self.funcs = funcs

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> list[R]:
        return [func(*args, **kwargs) for func in self.funcs]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.funcs,))


def juxtapose(*funcs: Callable[P, R]) -> Callable[P, list[R]]:
    """Create a function that calls every ``funcs`` with the same arguments.

    Args:
        *funcs: The functions to call.

    Returns:
        A function returning the list of their results, in order.

    Raises:
        TypeError: If one of ``funcs`` is not callable.

    Example:
        >>> juxtapose(min, max, sum)([3, 1, 2])
        [1, 3, 6]

    .. versionadded:: 0.1.0
    """
    given: tuple[Any, ...] = funcs  # checked, whatever the annotation says
    for func in given:  # inline: a helper call costs more than the check on two functions
        if not callable(func):
            _check_all(funcs, "juxtapose")
    juxtaposed: _Juxtapose[P, R] = _new(_Juxtapose)  # no __init__ frame
    juxtaposed.funcs = funcs
    return juxtaposed


class _Iterated(Generic[T]):
    __slots__ = ("func", "__weakref__")

    def __init__(self, func: Callable[[T], T]) -> None:
        self.func = func

    def __call__(self, initial: T, n: int) -> T:
        count = n if type(n) is int and n >= 0 else as_count(n, "iterated")
        func = self.func
        value = initial
        for _ in range(count):
            value = func(value)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.func,))


def iterated(func: Callable[[T], T]) -> Callable[[T, int], T]:
    """Create a function ``g(initial, n)`` that applies ``func`` ``n`` times.

    Args:
        func: A function of one argument.

    Returns:
        ``g``; ``g(x, 0)`` is ``x``. ``g`` raises ``TypeError`` for a
        non-integer ``n`` and ``ValueError`` for a negative one.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> double = iterated(lambda x: x * 2)
        >>> [double(1, 0), double(1, 3)]
        [1, 8]

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "iterated")
    return _Iterated(func)


# ---------------------------------------------------------------------------
# Kernel-backed: partial, partial_right, wrap, flow, flow_right, curry, curry_right
# ---------------------------------------------------------------------------


@overload
def partial(func: Callable[P, R], /) -> Callable[P, R]: ...
@overload
def partial(func: Callable[Concatenate[A1, P], R], arg1: A1, /) -> Callable[P, R]: ...
@overload
def partial(
    func: Callable[Concatenate[A1, A2, P], R], arg1: A1, arg2: A2, /
) -> Callable[P, R]: ...
@overload
def partial(
    func: Callable[Concatenate[A1, A2, A3, P], R], arg1: A1, arg2: A2, arg3: A3, /
) -> Callable[P, R]: ...
@overload
def partial(
    func: Callable[Concatenate[A1, A2, A3, A4, P], R], arg1: A1, arg2: A2, arg3: A3, arg4: A4, /
) -> Callable[P, R]: ...
@overload
def partial(func: Callable[..., R], /, *args: Any, **kwargs: Any) -> Callable[..., R]: ...


def partial(func: Callable[..., R], /, *args: Any, **kwargs: Any) -> Callable[..., R]:
    """Create a function that calls ``func`` with ``args`` before its own arguments.

    Keyword arguments given to the partial are merged with ``kwargs``; on a
    clash the call's own keyword wins. The result pickles (when ``func`` and the
    arguments do) and compares equal to an equal partial.

    Args:
        func: The function to bind.
        *args: Leading positional arguments.
        **kwargs: Default keyword arguments.

    Returns:
        The partial function.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> def f(a, b, c=3):
        ...     return (a, b, c)
        >>> partial(f, 1)(2)
        (1, 2, 3)
        >>> partial(f, 1, c=7)(2, c=9)
        (1, 2, 9)

    .. versionadded:: 0.1.0
    """
    result: Callable[..., R] = _speedups.partial_object(func, args, kwargs, False)  # a typed name, not typing.cast (a call, in compiled code)
    return result


@overload
def partial_right(func: Callable[[B1], R], arg1: B1, /) -> Callable[[], R]: ...
@overload
def partial_right(func: Callable[[A1, B1], R], arg1: B1, /) -> Callable[[A1], R]: ...
@overload
def partial_right(func: Callable[[A1, A2, B1], R], arg1: B1, /) -> Callable[[A1, A2], R]: ...
@overload
def partial_right(
    func: Callable[[A1, A2, A3, B1], R], arg1: B1, /
) -> Callable[[A1, A2, A3], R]: ...
@overload
def partial_right(func: Callable[[A1, B1, B2], R], arg1: B1, arg2: B2, /) -> Callable[[A1], R]: ...
@overload
def partial_right(
    func: Callable[[A1, A2, B1, B2], R], arg1: B1, arg2: B2, /
) -> Callable[[A1, A2], R]: ...
@overload
def partial_right(func: Callable[..., R], /, *args: Any, **kwargs: Any) -> Callable[..., R]: ...
def partial_right(func: Callable[..., R], /, *args: Any, **kwargs: Any) -> Callable[..., R]:
    """Create a function that calls ``func`` with ``args`` after its own arguments.

    Args:
        func: The function to bind.
        *args: Trailing positional arguments.
        **kwargs: Default keyword arguments (the call's own keywords win).

    Returns:
        The partial function.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> partial_right(divmod, 3)(10)
        (3, 1)

    .. versionadded:: 0.1.0
    """
    result: Callable[..., R] = _speedups.partial_object(func, args, kwargs, True)  # a typed name, not typing.cast (a call, in compiled code)
    return result


def wrap(value: A1, func: Callable[Concatenate[A1, P], R]) -> Callable[P, R]:
    """Create a function that calls ``func`` with ``value`` as its first argument.

    Same as ``partial(func, value)``.

    Args:
        value: The first argument.
        func: The function to call.

    Returns:
        The wrapped function.

    Raises:
        TypeError: If ``func`` is not callable.

    Example:
        >>> greet = wrap("hello", lambda greeting, name: f"{greeting} {name}")
        >>> greet("ann")
        'hello ann'

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        raise TypeError(f"wrap() argument 'func' must be callable, not {type(func).__name__}")
    result: Callable[P, R] = _speedups.partial_object(func, (value,), None, False)  # a typed name, not typing.cast (a call, in compiled code)
    return result


@overload
def flow() -> Callable[[T], T]: ...
@overload
def flow(f1: Callable[P, R1], /) -> Callable[P, R1]: ...
@overload
def flow(f1: Callable[P, R1], f2: Callable[[R1], R2], /) -> Callable[P, R2]: ...
@overload
def flow(
    f1: Callable[P, R1], f2: Callable[[R1], R2], f3: Callable[[R2], R3], /
) -> Callable[P, R3]: ...
@overload
def flow(
    f1: Callable[P, R1],
    f2: Callable[[R1], R2],
    f3: Callable[[R2], R3],
    f4: Callable[[R3], R4],
    /,
) -> Callable[P, R4]: ...
@overload
def flow(
    f1: Callable[P, R1],
    f2: Callable[[R1], R2],
    f3: Callable[[R2], R3],
    f4: Callable[[R3], R4],
    f5: Callable[[R4], R5],
    /,
) -> Callable[P, R5]: ...
@overload
def flow(
    f1: Callable[P, R1],
    f2: Callable[[R1], R2],
    f3: Callable[[R2], R3],
    f4: Callable[[R3], R4],
    f5: Callable[[R4], R5],
    f6: Callable[[R5], R6],
    /,
) -> Callable[P, R6]: ...
@overload
def flow(
    f1: Callable[..., Any],
    f2: Callable[..., Any],
    f3: Callable[..., Any],
    f4: Callable[..., Any],
    f5: Callable[..., Any],
    f6: Callable[..., Any],
    f7: Callable[..., Any],
    /,
    *funcs: Callable[..., Any],
) -> Callable[..., Any]: ...


def flow(*funcs: Callable[..., Any]) -> Callable[..., Any]:
    """Compose ``funcs`` left to right: the first takes every argument.

    ``flow(f, g)(x)`` is ``g(f(x))``. With no function, the result is the
    identity of one argument (pydash's returns ``None``). Chains of up to 6
    functions are checked by type checkers link by link (7 or more are typed
    ``Callable[..., Any]``).

    Args:
        *funcs: The functions, in call order.

    Returns:
        The composed function (it pickles, compares equal and hashes).

    Raises:
        TypeError: If one of ``funcs`` is not callable.

    Example:
        >>> flow(lambda a, b: a + b, str, len)(60, 40)
        3
        >>> flow()(5)
        5

    .. versionadded:: 0.1.0
    """
    result: Callable[..., Any] = _speedups.flow_object(funcs)  # a typed name, not typing.cast (a call, in compiled code)
    return result


@overload
def flow_right() -> Callable[[T], T]: ...
@overload
def flow_right(f1: Callable[P, R1], /) -> Callable[P, R1]: ...
@overload
def flow_right(f2: Callable[[R1], R2], f1: Callable[P, R1], /) -> Callable[P, R2]: ...
@overload
def flow_right(
    f3: Callable[[R2], R3], f2: Callable[[R1], R2], f1: Callable[P, R1], /
) -> Callable[P, R3]: ...
@overload
def flow_right(
    f4: Callable[[R3], R4],
    f3: Callable[[R2], R3],
    f2: Callable[[R1], R2],
    f1: Callable[P, R1],
    /,
) -> Callable[P, R4]: ...
@overload
def flow_right(
    f5: Callable[[R4], R5],
    f4: Callable[[R3], R4],
    f3: Callable[[R2], R3],
    f2: Callable[[R1], R2],
    f1: Callable[P, R1],
    /,
) -> Callable[P, R5]: ...
@overload
def flow_right(
    f6: Callable[[R5], R6],
    f5: Callable[[R4], R5],
    f4: Callable[[R3], R4],
    f3: Callable[[R2], R3],
    f2: Callable[[R1], R2],
    f1: Callable[P, R1],
    /,
) -> Callable[P, R6]: ...
@overload
def flow_right(
    f1: Callable[..., Any],
    f2: Callable[..., Any],
    f3: Callable[..., Any],
    f4: Callable[..., Any],
    f5: Callable[..., Any],
    f6: Callable[..., Any],
    f7: Callable[..., Any],
    /,
    *funcs: Callable[..., Any],
) -> Callable[..., Any]: ...


def flow_right(*funcs: Callable[..., Any]) -> Callable[..., Any]:
    """Compose ``funcs`` right to left: the last takes every argument.

    ``flow_right(g, f)(x)`` is ``g(f(x))``. With no function, the identity.

    Args:
        *funcs: The functions, the last one called first.

    Returns:
        The composed function (it pickles, compares equal and hashes).

    Raises:
        TypeError: If one of ``funcs`` is not callable.

    Example:
        >>> flow_right(len, str, lambda a, b: a + b)(60, 40)
        3

    .. versionadded:: 0.1.0
    """
    for func in funcs:  # validated here, so that the error names flow_right
        if not is_callable(func):
            check_callable(func, "flow_right", "funcs")
    result: Callable[..., Any] = _speedups.flow_object(funcs[::-1])  # a typed name, not typing.cast (a call, in compiled code)
    return result


@overload
def curry(
    func: Callable[[A1, A2, A3, A4, A5, A6, A7, A8], R], arity: None = None
) -> Curry8[A1, A2, A3, A4, A5, A6, A7, A8, R]: ...
@overload
def curry(
    func: Callable[[A1, A2, A3, A4, A5, A6, A7], R], arity: None = None
) -> Curry7[A1, A2, A3, A4, A5, A6, A7, R]: ...
@overload
def curry(
    func: Callable[[A1, A2, A3, A4, A5, A6], R], arity: None = None
) -> Curry6[A1, A2, A3, A4, A5, A6, R]: ...
@overload
def curry(
    func: Callable[[A1, A2, A3, A4, A5], R], arity: None = None
) -> Curry5[A1, A2, A3, A4, A5, R]: ...
@overload
def curry(
    func: Callable[[A1, A2, A3, A4], R], arity: None = None
) -> Curry4[A1, A2, A3, A4, R]: ...
@overload
def curry(func: Callable[[A1, A2, A3], R], arity: None = None) -> Curry3[A1, A2, A3, R]: ...
@overload
def curry(func: Callable[[A1, A2], R], arity: None = None) -> Curry2[A1, A2, R]: ...
@overload
def curry(func: Callable[[A1], R], arity: None = None) -> Curry1[A1, R]: ...
@overload
def curry(func: Callable[..., R], arity: Optional[int] = None) -> CurryAny[R]: ...


def curry(func: Callable[..., R], arity: Optional[int] = None) -> Any:
    """Curry ``func``: collect arguments over calls until its positional parameters are filled.

    ``f = curry(f3)`` accepts ``f(1)(2)(3)``, ``f(1, 2)(3)``, ``f(1)(2, 3)`` and
    keyword arguments for positional parameters (``f(c=3)(1)(2)``). ``arity``
    (default: the number of positional parameters, defaults included, as in
    pydash) sets how many positional parameters must be filled; required
    keyword-only parameters are waited for too. The signature is read once,
    when the curry is made (``self`` of a bound method is not counted); the
    function's own ``TypeError`` is never caught.

    The curried object keeps ``__name__``, ``__doc__`` and ``__wrapped__``;
    :func:`inspect.signature` shows the parameters still missing; it pickles,
    and curries of equal functions with equal arguments compare equal and hash
    alike.

    Type checkers follow positional calls for functions of 1 to 8 positional
    parameters (``curry(f3)(1)("x")`` keeps each parameter's type). Keyword
    calls, ``arity=``, keyword-only parameters and longer signatures use a
    loose fallback type (``CurryAny``) that accepts any call and returns
    ``Any``; on a typed curry, a keyword call such as ``curry(f3)(c=1.0)`` is a
    type error although it works at runtime.

    Args:
        func: The function to curry.
        arity: Positional parameters to fill before calling; required for a
            callable whose signature cannot be read (some builtins).

    Returns:
        The curried function.

    Raises:
        TypeError: If ``func`` is not callable, its signature cannot be read
            and ``arity`` is not given, or ``arity`` is not an integer. The
            curried object raises ``TypeError`` for more positional arguments
            than ``func`` takes, a keyword repeated across calls, or a keyword
            naming a parameter already given positionally.
        ValueError: If ``arity`` is negative or more than ``func`` takes.

    Example:
        >>> def f3(a, b, c):
        ...     return (a, b, c)
        >>> f = curry(f3)
        >>> f(1)(2)(3), f(1, 2)(3), f(c=3)(1)(2)
        ((1, 2, 3), (1, 2, 3), (1, 2, 3))
        >>> f(1, 2, 3, 4)
        Traceback (most recent call last):
        ...
        TypeError: f3() takes 3 positional arguments but 4 were given
        >>> curry(max, arity=2)(1)(5)
        5

    .. versionadded:: 0.1.0
    """
    return _speedups.curry_object(func, arity, False)


@overload
def curry_right(
    func: Callable[[A1, A2, A3, A4, A5, A6, A7, A8], R], arity: None = None
) -> CurryRight8[A1, A2, A3, A4, A5, A6, A7, A8, R]: ...
@overload
def curry_right(
    func: Callable[[A1, A2, A3, A4, A5, A6, A7], R], arity: None = None
) -> CurryRight7[A1, A2, A3, A4, A5, A6, A7, R]: ...
@overload
def curry_right(
    func: Callable[[A1, A2, A3, A4, A5, A6], R], arity: None = None
) -> CurryRight6[A1, A2, A3, A4, A5, A6, R]: ...
@overload
def curry_right(
    func: Callable[[A1, A2, A3, A4, A5], R], arity: None = None
) -> CurryRight5[A1, A2, A3, A4, A5, R]: ...
@overload
def curry_right(
    func: Callable[[A1, A2, A3, A4], R], arity: None = None
) -> CurryRight4[A1, A2, A3, A4, R]: ...
@overload
def curry_right(
    func: Callable[[A1, A2, A3], R], arity: None = None
) -> CurryRight3[A1, A2, A3, R]: ...
@overload
def curry_right(func: Callable[[A1, A2], R], arity: None = None) -> CurryRight2[A1, A2, R]: ...
@overload
def curry_right(func: Callable[[A1], R], arity: None = None) -> CurryRight1[A1, R]: ...
@overload
def curry_right(func: Callable[..., R], arity: Optional[int] = None) -> CurryAny[R]: ...


def curry_right(func: Callable[..., R], arity: Optional[int] = None) -> Any:
    """Curry ``func`` from the right: each call's arguments go before the earlier ones.

    ``curry_right(f3)(3)(2)(1)`` and ``curry_right(f3)(2, 3)(1)`` both call
    ``f3(1, 2, 3)``. Everything else (arity, keywords, errors, pickling,
    equality, introspection) is as for :func:`curry`.

    Args:
        func: The function to curry.
        arity: Positional parameters to fill before calling.

    Returns:
        The curried function.

    Raises:
        TypeError: As for :func:`curry`.
        ValueError: As for :func:`curry`.

    Example:
        >>> f = curry_right(lambda a, b, c: (a, b, c))
        >>> f(3)(2)(1), f(2, 3)(1)
        ((1, 2, 3), (1, 2, 3))

    .. versionadded:: 0.1.0
    """
    return _speedups.curry_object(func, arity, True)


# ---------------------------------------------------------------------------
# Timing: delay, debounce, throttle
# ---------------------------------------------------------------------------

#: The sleep ``delay`` uses (module attribute so tests can replace it).
_sleep: Callable[[float], Any] = time.sleep


def delay(func: Callable[P, R], wait: float, *args: P.args, **kwargs: P.kwargs) -> R:
    """Sleep ``wait`` milliseconds, then call ``func(*args, **kwargs)`` and return its result.

    This is synchronous, as in pydash: the calling thread sleeps.

    Args:
        func: The function to call.
        wait: Milliseconds to wait first.
        *args: Positional arguments for ``func``.
        **kwargs: Keyword arguments for ``func``.

    Returns:
        ``func``'s result.

    Raises:
        TypeError: If ``func`` is not callable or ``wait`` is not a number.
        ValueError: If ``wait`` is negative.

    Example:
        >>> delay(lambda a, b: a + b, 1, 2, b=3)
        5

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "delay")
    seconds = _as_wait(wait, "delay") / 1000.0
    if seconds:
        _sleep(seconds)
    return func(*args, **kwargs)


TimerFactory = Callable[[float, Callable[[], None]], Any]


def _thread_timer(seconds: float, callback: Callable[[], None]) -> threading.Timer:
    timer = threading.Timer(seconds, callback)
    timer.daemon = True
    return timer


class Debounced(Generic[P, R]):
    """A debounced function (see :func:`debounce`); has ``cancel()``, ``flush()``, ``pending()``."""

    __slots__ = (
        "func", "wait", "max_wait", "last_result", "_clock", "_timer_factory", "_lock",
        "_timer", "_pending", "_args", "_kwargs", "_first_call", "_generation", "__weakref__",
    )

    def __init__(
        self,
        func: Callable[P, R],
        wait: float,
        max_wait: Union[float, bool],
        clock: Callable[[], float],
        timer: TimerFactory,
    ) -> None:
        self.func: Callable[P, R] = func
        self.wait: float = wait
        self.max_wait: Union[float, bool] = max_wait
        self.last_result: Optional[R] = None
        self._clock = clock
        self._timer_factory = timer
        self._lock = _RLock()
        self._timer: Any = None
        self._pending = False
        self._args: tuple[Any, ...] = ()
        self._kwargs: dict[str, Any] = {}
        self._first_call: Optional[float] = None
        self._generation = 0

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Optional[R]:
        with self._lock:
            self._args = args
            self._kwargs = kwargs
            self._pending = True
            now = self._clock() * 1000.0
            if self._first_call is None:
                self._first_call = now
            self._cancel_timer()
            self._generation += 1
            delay_ms = self.wait
            if self.max_wait is not False:
                remaining = float(self.max_wait) - (now - self._first_call)
                if remaining <= 0:
                    return self._invoke()
                delay_ms = min(delay_ms, remaining)
            generation = self._generation
            timer = self._timer_factory(delay_ms / 1000.0, lambda: self._on_timer(generation))
            self._timer = timer
            timer.start()
            return self.last_result

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_timer(self, generation: int) -> None:
        with self._lock:
            if generation == self._generation and self._pending:
                self._invoke()

    def _invoke(self) -> Optional[R]:
        # Caller holds the lock.
        args, kwargs = self._args, self._kwargs
        self._pending = False
        self._args, self._kwargs = (), {}
        self._first_call = None
        self._cancel_timer()
        self.last_result = self.func(*args, **kwargs)
        return self.last_result

    def cancel(self) -> None:
        """Drop the pending call, if any (its arguments are forgotten)."""
        with self._lock:
            self._generation += 1
            self._cancel_timer()
            self._pending = False
            self._args, self._kwargs = (), {}
            self._first_call = None

    def flush(self) -> Optional[R]:
        """Run the pending call now, if any; return the latest result."""
        with self._lock:
            self._generation += 1
            if self._pending:
                return self._invoke()
            return self.last_result

    def pending(self) -> bool:
        """Whether a call is waiting to run."""
        with self._lock:
            return self._pending

    def __reduce__(self) -> Any:
        raise _no_pickle_error(self)


def debounce(
    func: Callable[P, R],
    wait: float,
    max_wait: Union[float, bool] = False,
    *,
    clock: Optional[Callable[[], float]] = None,
    timer: Optional[TimerFactory] = None,
) -> Debounced[P, R]:
    """Create a debounced function: ``func`` runs ``wait`` ms after the last call of a burst.

    Each call records its arguments and restarts the wait; when it elapses,
    ``func`` runs once with the latest arguments (on the timer's thread). With
    ``max_wait``, a burst cannot postpone the run longer than ``max_wait`` ms
    after its first call: a call past that point runs ``func`` at once. Every
    call returns the latest result (``None`` before the first run).
    ``cancel()`` drops a pending run, ``flush()`` runs it now. Thread-safe.
    Debounced objects do not pickle (they hold a lock and a timer): pickling
    raises ``TypeError``.

    Args:
        func: The function to debounce.
        wait: Milliseconds of quiet before ``func`` runs.
        max_wait: Longest delay in milliseconds since a burst's first call;
            ``False`` for none.
        clock: Seconds, monotonic (default :func:`time.monotonic`); for tests.
        timer: ``timer(seconds, callback)`` returning an object with
            ``start()`` and ``cancel()`` (default: a daemon
            :class:`threading.Timer`); for tests and event loops.

    Returns:
        The debounced function.

    Raises:
        TypeError: If ``func`` is not callable or a wait is not a number.
        ValueError: If a wait is negative.

    Example:
        >>> calls = []
        >>> save = debounce(calls.append, 50)
        >>> save(1), save(2)
        (None, None)
        >>> save.flush() is None, calls
        (True, [2])

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "debounce")
    wait_ms = _as_wait(wait, "debounce")
    max_ms: Union[float, bool] = False
    if max_wait is not False and max_wait is not None:
        max_ms = _as_wait(max_wait, "debounce", "max_wait")
    return Debounced(
        func, wait_ms, max_ms, clock or _MONOTONIC, timer or _thread_timer
    )


class Throttled(Generic[P, R]):
    """A throttled function (see :func:`throttle`); has ``cancel()`` and ``flush()``."""

    __slots__ = (
        "func", "wait", "last_result", "_clock", "_lock", "_last_run", "_pending",
        "_args", "_kwargs", "__weakref__",
    )

    def __init__(self, func: Callable[P, R], wait: float, clock: Callable[[], float]) -> None:
        self.func: Callable[P, R] = func
        self.wait: float = wait
        self.last_result: Optional[R] = None
        self._clock = clock
        self._lock = _RLock()
        self._last_run: Optional[float] = None
        self._pending = False
        self._args: tuple[Any, ...] = ()
        self._kwargs: dict[str, Any] = {}

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Optional[R]:
        with self._lock:
            now = self._clock() * 1000.0
            if self._last_run is None or now - self._last_run >= self.wait:
                self._last_run = now
                self._pending = False
                self._args, self._kwargs = (), {}
                self.last_result = self.func(*args, **kwargs)
            else:
                self._pending = True
                self._args, self._kwargs = args, kwargs
            return self.last_result

    def cancel(self) -> None:
        """Forget the suppressed call and reopen the window: the next call runs."""
        with self._lock:
            self._last_run = None
            self._pending = False
            self._args, self._kwargs = (), {}

    def flush(self) -> Optional[R]:
        """Run the latest suppressed call now, if any; return the latest result."""
        with self._lock:
            if self._pending:
                args, kwargs = self._args, self._kwargs
                self._pending = False
                self._args, self._kwargs = (), {}
                self._last_run = self._clock() * 1000.0
                self.last_result = self.func(*args, **kwargs)
            return self.last_result

    def __reduce__(self) -> Any:
        raise _no_pickle_error(self)


def throttle(
    func: Callable[P, R], wait: float, *, clock: Optional[Callable[[], float]] = None
) -> Throttled[P, R]:
    """Create a throttled function: ``func`` runs at most once per ``wait`` milliseconds.

    A call inside the window does not run ``func``; it returns the latest
    result and its arguments are kept for ``flush()``. ``cancel()`` reopens
    the window. Thread-safe. Throttled objects do not pickle (``TypeError``).

    Args:
        func: The function to throttle.
        wait: The window in milliseconds.
        clock: Seconds, monotonic (default :func:`time.monotonic`); for tests.

    Returns:
        The throttled function.

    Raises:
        TypeError: If ``func`` is not callable or ``wait`` is not a number.
        ValueError: If ``wait`` is negative.

    Example:
        >>> now = [0.0]
        >>> tick = throttle(lambda x: x, 100, clock=lambda: now[0])
        >>> [tick(1), tick(2)]
        [1, 1]
        >>> now[0] = 0.1
        >>> tick(3)
        3

    .. versionadded:: 0.1.0
    """
    if not is_callable(func):
        check_callable(func, "throttle")
    return Throttled(func, _as_wait(wait, "throttle"), clock or _MONOTONIC)
