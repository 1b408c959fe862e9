"""Static types of curried objects (for type checkers; the runtime objects are kernels).

``CurryN[A1, ..., AN, R]`` waits for N positional arguments of types A1..AN
and gives ``R``; each call may supply any leading run of them.
``CurryRightN`` takes its arguments from the right. ``CurryAny`` is the
fallback for signatures these cannot describe (keyword-only parameters, more
than 8 parameters, ``arity=``). Generated; keep the pattern when editing.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol, TypeVar, overload

__all__ = [
    "Curry1", "Curry2", "Curry3", "Curry4", "Curry5", "Curry6", "Curry7", "Curry8", "CurryRight1", "CurryRight2", "CurryRight3", "CurryRight4", "CurryRight5", "CurryRight6", "CurryRight7", "CurryRight8", "CurryAny",
]

_A1 = TypeVar("_A1", contravariant=True)
_A2 = TypeVar("_A2", contravariant=True)
_A3 = TypeVar("_A3", contravariant=True)
_A4 = TypeVar("_A4", contravariant=True)
_A5 = TypeVar("_A5", contravariant=True)
_A6 = TypeVar("_A6", contravariant=True)
_A7 = TypeVar("_A7", contravariant=True)
_A8 = TypeVar("_A8", contravariant=True)
_R = TypeVar("_R", covariant=True)


class CurryAny(Protocol[_R]):
    """A curried object whose remaining parameters are not tracked statically."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry1(Protocol[_A1, _R]):
    """Waits for 1 positional argument."""

    def __call__(self, a1: _A1, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry2(Protocol[_A1, _A2, _R]):
    """Waits for 2 positional arguments."""

    @overload
    def __call__(self, a1: _A1, /) -> Curry1[_A2, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry3(Protocol[_A1, _A2, _A3, _R]):
    """Waits for 3 positional arguments."""

    @overload
    def __call__(self, a1: _A1, /) -> Curry2[_A2, _A3, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> Curry1[_A3, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry4(Protocol[_A1, _A2, _A3, _A4, _R]):
    """Waits for 4 positional arguments."""

    @overload
    def __call__(self, a1: _A1, /) -> Curry3[_A2, _A3, _A4, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> Curry2[_A3, _A4, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, /) -> Curry1[_A4, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry5(Protocol[_A1, _A2, _A3, _A4, _A5, _R]):
    """Waits for 5 positional arguments."""

    @overload
    def __call__(self, a1: _A1, /) -> Curry4[_A2, _A3, _A4, _A5, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> Curry3[_A3, _A4, _A5, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, /) -> Curry2[_A4, _A5, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, /) -> Curry1[_A5, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry6(Protocol[_A1, _A2, _A3, _A4, _A5, _A6, _R]):
    """Waits for 6 positional arguments."""

    @overload
    def __call__(self, a1: _A1, /) -> Curry5[_A2, _A3, _A4, _A5, _A6, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> Curry4[_A3, _A4, _A5, _A6, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, /) -> Curry3[_A4, _A5, _A6, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, /) -> Curry2[_A5, _A6, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, /) -> Curry1[_A6, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry7(Protocol[_A1, _A2, _A3, _A4, _A5, _A6, _A7, _R]):
    """Waits for 7 positional arguments."""

    @overload
    def __call__(self, a1: _A1, /) -> Curry6[_A2, _A3, _A4, _A5, _A6, _A7, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> Curry5[_A3, _A4, _A5, _A6, _A7, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, /) -> Curry4[_A4, _A5, _A6, _A7, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, /) -> Curry3[_A5, _A6, _A7, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, /) -> Curry2[_A6, _A7, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, /) -> Curry1[_A7, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class Curry8(Protocol[_A1, _A2, _A3, _A4, _A5, _A6, _A7, _A8, _R]):
    """Waits for 8 positional arguments."""

    @overload
    def __call__(self, a1: _A1, /) -> Curry7[_A2, _A3, _A4, _A5, _A6, _A7, _A8, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> Curry6[_A3, _A4, _A5, _A6, _A7, _A8, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, /) -> Curry5[_A4, _A5, _A6, _A7, _A8, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, /) -> Curry4[_A5, _A6, _A7, _A8, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, /) -> Curry3[_A6, _A7, _A8, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, /) -> Curry2[_A7, _A8, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, /) -> Curry1[_A8, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, a8: _A8, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight1(Protocol[_A1, _R]):
    """Waits for 1 positional argument, taken from the right."""

    def __call__(self, a1: _A1, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight2(Protocol[_A1, _A2, _R]):
    """Waits for 2 positional arguments, taken from the right."""

    @overload
    def __call__(self, a2: _A2, /) -> CurryRight1[_A1, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight3(Protocol[_A1, _A2, _A3, _R]):
    """Waits for 3 positional arguments, taken from the right."""

    @overload
    def __call__(self, a3: _A3, /) -> CurryRight2[_A1, _A2, _R]: ...
    @overload
    def __call__(self, a2: _A2, a3: _A3, /) -> CurryRight1[_A1, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight4(Protocol[_A1, _A2, _A3, _A4, _R]):
    """Waits for 4 positional arguments, taken from the right."""

    @overload
    def __call__(self, a4: _A4, /) -> CurryRight3[_A1, _A2, _A3, _R]: ...
    @overload
    def __call__(self, a3: _A3, a4: _A4, /) -> CurryRight2[_A1, _A2, _R]: ...
    @overload
    def __call__(self, a2: _A2, a3: _A3, a4: _A4, /) -> CurryRight1[_A1, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight5(Protocol[_A1, _A2, _A3, _A4, _A5, _R]):
    """Waits for 5 positional arguments, taken from the right."""

    @overload
    def __call__(self, a5: _A5, /) -> CurryRight4[_A1, _A2, _A3, _A4, _R]: ...
    @overload
    def __call__(self, a4: _A4, a5: _A5, /) -> CurryRight3[_A1, _A2, _A3, _R]: ...
    @overload
    def __call__(self, a3: _A3, a4: _A4, a5: _A5, /) -> CurryRight2[_A1, _A2, _R]: ...
    @overload
    def __call__(self, a2: _A2, a3: _A3, a4: _A4, a5: _A5, /) -> CurryRight1[_A1, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight6(Protocol[_A1, _A2, _A3, _A4, _A5, _A6, _R]):
    """Waits for 6 positional arguments, taken from the right."""

    @overload
    def __call__(self, a6: _A6, /) -> CurryRight5[_A1, _A2, _A3, _A4, _A5, _R]: ...
    @overload
    def __call__(self, a5: _A5, a6: _A6, /) -> CurryRight4[_A1, _A2, _A3, _A4, _R]: ...
    @overload
    def __call__(self, a4: _A4, a5: _A5, a6: _A6, /) -> CurryRight3[_A1, _A2, _A3, _R]: ...
    @overload
    def __call__(self, a3: _A3, a4: _A4, a5: _A5, a6: _A6, /) -> CurryRight2[_A1, _A2, _R]: ...
    @overload
    def __call__(self, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, /) -> CurryRight1[_A1, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight7(Protocol[_A1, _A2, _A3, _A4, _A5, _A6, _A7, _R]):
    """Waits for 7 positional arguments, taken from the right."""

    @overload
    def __call__(self, a7: _A7, /) -> CurryRight6[_A1, _A2, _A3, _A4, _A5, _A6, _R]: ...
    @overload
    def __call__(self, a6: _A6, a7: _A7, /) -> CurryRight5[_A1, _A2, _A3, _A4, _A5, _R]: ...
    @overload
    def __call__(self, a5: _A5, a6: _A6, a7: _A7, /) -> CurryRight4[_A1, _A2, _A3, _A4, _R]: ...
    @overload
    def __call__(self, a4: _A4, a5: _A5, a6: _A6, a7: _A7, /) -> CurryRight3[_A1, _A2, _A3, _R]: ...
    @overload
    def __call__(self, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, /) -> CurryRight2[_A1, _A2, _R]: ...
    @overload
    def __call__(self, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, /) -> CurryRight1[_A1, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...


class CurryRight8(Protocol[_A1, _A2, _A3, _A4, _A5, _A6, _A7, _A8, _R]):
    """Waits for 8 positional arguments, taken from the right."""

    @overload
    def __call__(self, a8: _A8, /) -> CurryRight7[_A1, _A2, _A3, _A4, _A5, _A6, _A7, _R]: ...
    @overload
    def __call__(self, a7: _A7, a8: _A8, /) -> CurryRight6[_A1, _A2, _A3, _A4, _A5, _A6, _R]: ...
    @overload
    def __call__(self, a6: _A6, a7: _A7, a8: _A8, /) -> CurryRight5[_A1, _A2, _A3, _A4, _A5, _R]: ...
    @overload
    def __call__(self, a5: _A5, a6: _A6, a7: _A7, a8: _A8, /) -> CurryRight4[_A1, _A2, _A3, _A4, _R]: ...
    @overload
    def __call__(self, a4: _A4, a5: _A5, a6: _A6, a7: _A7, a8: _A8, /) -> CurryRight3[_A1, _A2, _A3, _R]: ...
    @overload
    def __call__(self, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, a8: _A8, /) -> CurryRight2[_A1, _A2, _R]: ...
    @overload
    def __call__(self, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, a8: _A8, /) -> CurryRight1[_A1, _R]: ...
    @overload
    def __call__(self, a1: _A1, a2: _A2, a3: _A3, a4: _A4, a5: _A5, a6: _A6, a7: _A7, a8: _A8, /) -> _R: ...

    @property
    def func(self) -> Callable[..., _R]: ...
