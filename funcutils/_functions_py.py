"""Pure-Python kernels for :mod:`funcutils.functions`: the specification.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by
``funcutils/_functions_c.pxi`` (compiled into ``funcutils._speedups_c``).

The kernels are factory functions (``curry_object``, ``flow_object``,
``partial_object``) returning call wrappers; each wrapper pickles through its
factory, so a pickled compiled curry unpickles as a compiled curry.

Curry rules (both kernels; the signature is read once, by
:func:`funcutils._signature.curry_spec`):

* Arguments accumulate until every one of the first ``arity`` positional
  parameters is filled (positionally, or by a keyword naming it) and every
  required keyword-only parameter is given; then the function is called with
  everything collected. ``curry_right`` prepends each call's positional
  arguments instead of appending them.
* More positional arguments than the function accepts raise ``TypeError`` at
  once; so do a keyword for a parameter already filled positionally and a
  keyword given twice. Nothing is ever dropped.
* A ``TypeError`` raised by the function itself propagates untouched: the
  decision to call is made from the signature only.
"""

from __future__ import annotations

import inspect
import threading
from typing import Any, Callable, Optional

from ._errors import (
    check_callable,
    is_callable,
    check_dict,
    check_tuple,
    multiple_values_error,
    once_reentered_error,
    too_many_positional_error,
)
from ._signature import CurrySpec, as_count, curry_spec, remaining_signature

_new = object.__new__
_allocate_lock = threading.Lock
_get_ident = threading.get_ident

__all__: list[str] = [
    "after_object",
    "before_object",
    "curry_object",
    "flow_object",
    "once_object",
    "partial_object",
]

_EMPTY: dict[str, Any] = {}


def _multiple_values(spec: CurrySpec, key: str) -> TypeError:
    return multiple_values_error(spec.name, key)


def _too_many(spec: CurrySpec, given: int) -> TypeError:
    return too_many_positional_error(spec.name, spec.max_positional, given)


class Curry:
    """A curried function (see the module doc for the rules)."""

    __slots__ = ("_func", "_spec", "_right", "_args", "_kwargs", "__weakref__")

    _func: Callable[..., Any]
    _spec: CurrySpec
    _right: bool
    _args: tuple[Any, ...]
    _kwargs: dict[str, Any]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        spec = self._spec
        if (
            not kwargs
            and not self._args
            and len(args) == spec.arity
            and not self._kwargs
            and not spec.kwonly
        ):
            return self._func(*args)
        if self._right:
            all_args = args + self._args
        else:
            all_args = self._args + args
        if kwargs:
            old = self._kwargs
            for key in kwargs:
                if key in old:
                    raise _multiple_values(spec, key)
            all_kwargs = {**old, **kwargs}
        else:
            all_kwargs = self._kwargs
        count = len(all_args)
        if 0 <= spec.max_positional < count:
            raise _too_many(spec, count)
        filled = count
        if all_kwargs:
            index = spec.index
            for key in all_kwargs:
                position = index.get(key)
                if position is not None:
                    if position < count:
                        raise _multiple_values(spec, key)
                    filled += 1
        if filled >= spec.arity:
            for key in spec.kwonly:
                if key not in all_kwargs:
                    break
            else:
                return self._func(*all_args, **all_kwargs)
        return _new_curry(self._func, spec, self._right, all_args, all_kwargs)

    # Introspection -----------------------------------------------------------
    @property
    def func(self) -> Callable[..., Any]:
        """The curried function."""
        return self._func

    @property
    def arity(self) -> int:
        """Positional parameters needed before the call."""
        return self._spec.arity

    @property
    def args(self) -> tuple[Any, ...]:
        """Positional arguments collected so far (in call order)."""
        return self._args

    @property
    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments collected so far (a copy)."""
        return dict(self._kwargs)

    @property
    def __wrapped__(self) -> Callable[..., Any]:
        return self._func

    @property
    def __name__(self) -> str:
        return self._spec.name

    @property
    def __doc__(self) -> Optional[str]:  # type: ignore[override]
        return getattr(self._func, "__doc__", None)

    @property
    def __signature__(self) -> inspect.Signature:
        return remaining_signature(self._spec, self._args, self._kwargs, self._right)

    def __repr__(self) -> str:
        kind = "curry_right" if self._right else "curry"
        return f"<{kind} {self._spec.name} args={self._args!r} kwargs={self._kwargs!r}>"

    # Pickling and equality ---------------------------------------------------
    def __reduce__(self) -> tuple[Any, ...]:
        return (
            curry_object,
            (self._func, self._spec.arity, self._right, self._args, dict(self._kwargs)),
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Curry)
        return (
            self._func == other._func
            and self._right == other._right
            and self._spec.arity == other._spec.arity
            and self._args == other._args
            and self._kwargs == other._kwargs
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash(
            (
                "curry",
                self._func,
                self._right,
                self._spec.arity,
                self._args,
                frozenset(self._kwargs.items()),
            )
        )


def _new_curry(
    func: Callable[..., Any],
    spec: CurrySpec,
    right: bool,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Curry:
    obj = Curry.__new__(Curry)
    obj._func = func
    obj._spec = spec
    obj._right = right
    obj._args = args
    obj._kwargs = kwargs
    return obj


def curry_object(
    func: Callable[..., Any],
    arity: Optional[int] = None,
    right: bool = False,
    args: tuple[Any, ...] = (),
    kwargs: Optional[dict[str, Any]] = None,
) -> Curry:
    """Curry ``func`` (``right``: from the right), with ``args``/``kwargs`` already collected.

    Raises ``TypeError`` for a non-callable ``func``, a signature that cannot
    be read without ``arity``, or a non-integer ``arity``; ``ValueError`` for
    a negative ``arity``.

    >>> curry_object(lambda a, b: (a, b))(1)(2)
    (1, 2)
    """
    name = "curry_right" if right else "curry"
    spec = curry_spec(func, arity, name)
    if type(args) is not tuple:
        check_tuple(args, name, "args")
    if kwargs is None:
        kwargs = _EMPTY
    elif type(kwargs) is not dict:
        check_dict(kwargs, name, "kwargs")
    return _new_curry(func, spec, bool(right), args, dict(kwargs) if kwargs else _EMPTY)


class Flow:
    """Left-to-right composition: the first function takes every argument."""

    __slots__ = ("_funcs", "__weakref__")

    _funcs: tuple[Callable[..., Any], ...]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        funcs = self._funcs
        if not funcs:
            if len(args) != 1 or kwargs:
                raise TypeError(
                    "flow() with no functions is the identity: it takes exactly one "
                    f"positional argument ({len(args)} positional, {len(kwargs)} keyword given)"
                )
            return args[0]
        result = funcs[0](*args, **kwargs)
        for func in funcs[1:]:
            result = func(result)
        return result

    @property
    def funcs(self) -> tuple[Callable[..., Any], ...]:
        """The functions, in call order."""
        return self._funcs

    def __repr__(self) -> str:
        return f"<flow {self._funcs!r}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (flow_object, (self._funcs,))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Flow)
        return self._funcs == other._funcs

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash(("flow", self._funcs))


def flow_object(funcs: tuple[Callable[..., Any], ...]) -> Flow:
    """Compose ``funcs`` left to right (no function: the identity of one argument).

    >>> flow_object((int, str))("5")
    '5'
    """
    if type(funcs) is not tuple:
        check_tuple(funcs, "flow", "funcs")
    for func in funcs:
        check_callable(func, "flow", "funcs")
    obj = Flow.__new__(Flow)
    obj._funcs = funcs
    return obj


class Partial:
    """``func`` with arguments bound on the left (or the right); call keywords win."""

    __slots__ = ("_func", "_args", "_kwargs", "_right", "__weakref__")

    _func: Callable[..., Any]
    _args: tuple[Any, ...]
    _kwargs: dict[str, Any]
    _right: bool

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._kwargs:
            kwargs = {**self._kwargs, **kwargs}
        if self._right:
            return self._func(*args, *self._args, **kwargs)
        return self._func(*self._args, *args, **kwargs)

    @property
    def func(self) -> Callable[..., Any]:
        """The wrapped function."""
        return self._func

    @property
    def args(self) -> tuple[Any, ...]:
        """The bound positional arguments."""
        return self._args

    @property
    def kwargs(self) -> dict[str, Any]:
        """The bound keyword arguments (a copy)."""
        return dict(self._kwargs)

    @property
    def __wrapped__(self) -> Callable[..., Any]:
        return self._func

    def __repr__(self) -> str:
        kind = "partial_right" if self._right else "partial"
        return f"<{kind} {self._func!r} args={self._args!r} kwargs={self._kwargs!r}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (partial_object, (self._func, self._args, dict(self._kwargs), self._right))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Partial)
        return (
            self._func == other._func
            and self._args == other._args
            and self._kwargs == other._kwargs
            and self._right == other._right
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash(
            ("partial", self._func, self._args, frozenset(self._kwargs.items()), self._right)
        )


def partial_object(
    func: Callable[..., Any],
    args: tuple[Any, ...] = (),
    kwargs: Optional[dict[str, Any]] = None,
    right: bool = False,
) -> Partial:
    """Bind ``args``/``kwargs`` to ``func`` (``right``: the positional ones go last).

    >>> partial_object(divmod, (7,))(2)
    (3, 1)
    """
    name = "partial_right" if right else "partial"
    check_callable(func, name)
    if type(args) is not tuple:
        check_tuple(args, name, "args")
    if kwargs is None:
        kwargs = _EMPTY
    elif type(kwargs) is not dict:
        check_dict(kwargs, name, "kwargs")
    obj = Partial.__new__(Partial)
    obj._func = func
    obj._args = args
    obj._kwargs = dict(kwargs) if kwargs else _EMPTY
    obj._right = bool(right)
    return obj


# ---------------------------------------------------------------------------
# Counting wrappers: once, after, before
# ---------------------------------------------------------------------------
#
# Thread-safe: ``once`` runs ``func`` exactly once even when several threads
# make the first call together (they wait for its result); ``after``/``before``
# count exactly. Here a lock guards the count; the compiled mirror counts in C
# while holding the GIL, which is atomic, and locks only around once's first call.


#: Calls waiting for a running first call: the Once -> their locks (held until
#: the first call ends), guarded by ``_ONCE_WAITERS_LOCK``.
_ONCE_WAITERS: dict[Once, list[Any]] = {}
_ONCE_WAITERS_LOCK = threading.Lock()


class Once:
    """``func``'s first result, for every call (see :func:`once_object`).

    Thread-safe: ``func`` runs once even when the first calls come from several
    threads at once; the others wait for its result. A first call that raises
    leaves the wrapper uncalled (the next call tries again, as pydash does).

    The first call is claimed by deleting the ``unclaimed`` slot: deleting an
    attribute is one bytecode, so of several threads exactly one succeeds and
    the others get ``AttributeError``, with no lock and no shared table on the
    uncontended path (a lock per wrapper, or a claim table, was most of the
    cost of ``once(f)(x)``). The claimer records its thread in ``owner`` so that
    a call that finds the claim taken can tell ``func`` calling its own wrapper
    (an error: waiting would hang) from another thread's first call (wait).
    """

    __slots__ = ("func", "called", "result", "unclaimed", "owner", "__weakref__")

    def __init__(self, func: Callable[..., Any]) -> None:
        self.func = func
        self.called = False
        self.result: Any = None
        self.unclaimed = True
        self.owner: Any = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        while not self.called:
            try:
                del self.unclaimed  # the claim: one caller wins
            except AttributeError:
                self._claimed_elsewhere()
                continue
            try:
                self.owner = _get_ident()
                self.result = self.func(*args, **kwargs)
                self.called = True  # before the wake: a waiter that looks sees it
            except BaseException:
                self.owner = None  # a raise leaves it uncalled: the claim is free again
                self.unclaimed = True
                raise
            finally:
                if _ONCE_WAITERS:
                    _wake(self)
            break
        return self.result

    def _claimed_elsewhere(self) -> None:
        """The first call is claimed: raise if by this thread, else wait for it to end."""
        if self.owner == _get_ident() and not self.called:
            raise once_reentered_error()  # func called its own wrapper
        lock = _allocate_lock()
        lock.acquire()
        with _ONCE_WAITERS_LOCK:
            # Register first, then look: a first call that ends after the look
            # sees the registration (it checks _ONCE_WAITERS after ending), and
            # one that ended before it is seen here.
            waiting = _ONCE_WAITERS.setdefault(self, [])
            waiting.append(lock)
            if self.called or hasattr(self, "unclaimed"):  # it ended meanwhile
                waiting.remove(lock)
                if not waiting:
                    del _ONCE_WAITERS[self]
                return
        lock.acquire()  # released by _wake

    def restore(self, called: bool, result: Any) -> None:
        """Set the state (unpickling)."""
        self.called = called
        self.result = result

    def __reduce__(self) -> tuple[Any, ...]:
        called = self.called  # a first call running now pickles as not called
        return (_restore_once, (self.func, called, self.result if called else None))

    def __repr__(self) -> str:
        return f"<once {self.func!r} called={self.called}>"


def _wake(once: Once) -> None:
    """Release the calls waiting for the first call of ``once``."""
    with _ONCE_WAITERS_LOCK:
        for lock in _ONCE_WAITERS.pop(once, ()):
            lock.release()


def _restore_once(func: Callable[..., Any], called: bool, result: Any) -> Any:
    from . import _speedups  # the selected kernels' class, as the pickled one was

    obj = _speedups.once_object(func)
    obj.restore(called, result)
    return obj


def once_object(func: Callable[..., Any]) -> Once:
    """A wrapper that calls ``func`` on its first call and returns that result ever after.

    >>> first = once_object(abs)
    >>> first(-2), first(-3)
    (2, 2)
    """
    if not is_callable(func):
        check_callable(func, "once")
    once: Once = _new(Once)  # Once.__init__'s work without its frame (a third of the call)
    once.func = func
    once.called = False
    once.result = None
    once.unclaimed = True
    once.owner = None
    return once


#: Guards the countdowns of every After/Before: the critical section is one
#: decrement (no user code runs under it), so one lock serves them all and making
#: a wrapper allocates none.
_COUNT_LOCK = threading.Lock()


class After:
    """Calls ``func`` from the ``n``-th call on (see :func:`after_object`)."""

    __slots__ = ("func", "n", "__weakref__")

    def __init__(self, func: Callable[..., Any], n: int) -> None:
        self.func = func
        self.n = n

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.n <= 1:  # due (the count only goes down): no lock
            self.n = 0
            return self.func(*args, **kwargs)
        with _COUNT_LOCK:
            n = self.n - 1
            self.n = n if n > 0 else 0  # stays at 0: no unbounded countdown
        if n <= 0:
            return self.func(*args, **kwargs)
        return None

    def __reduce__(self) -> tuple[Any, ...]:
        return (after_object, (self.func, self.n))

    def __repr__(self) -> str:
        return f"<after {self.func!r} n={self.n}>"


class Before:
    """Calls ``func`` while fewer than ``n`` calls were made (see :func:`before_object`)."""

    __slots__ = ("func", "n", "__weakref__")

    def __init__(self, func: Callable[..., Any], n: int) -> None:
        self.func = func
        self.n = n

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.n <= 1:  # spent (the count only goes down): no lock
            self.n = 0
            return None
        with _COUNT_LOCK:
            n = self.n - 1
            self.n = n if n > 0 else 0
        if n > 0:
            return self.func(*args, **kwargs)
        return None

    def __reduce__(self) -> tuple[Any, ...]:
        return (before_object, (self.func, self.n))

    def __repr__(self) -> str:
        return f"<before {self.func!r} n={self.n}>"


def after_object(func: Callable[..., Any], n: int) -> After:
    """A wrapper that returns ``None`` for the first ``n - 1`` calls, then calls ``func``.

    ``n`` must be a non-negative ``int`` (the public function converts it).

    >>> run = after_object(abs, 2)
    >>> run(-1), run(-2)
    (None, 2)
    """
    if not is_callable(func):
        check_callable(func, "after")
    return After(func, n if type(n) is int and n >= 0 else _count(n, "after"))


def before_object(func: Callable[..., Any], n: int) -> Before:
    """A wrapper that calls ``func`` for the first ``n - 1`` calls, then returns ``None``.

    >>> run = before_object(abs, 2)
    >>> run(-1), run(-2)
    (1, None)
    """
    if not is_callable(func):
        check_callable(func, "before")
    return Before(func, n if type(n) is int and n >= 0 else _count(n, "before"))


def _count(n: Any, name: str) -> int:
    """``n`` as a non-negative count (``TypeError``/``ValueError`` naming ``name``)."""
    return as_count(n, name)
