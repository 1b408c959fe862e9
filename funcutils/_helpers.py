"""Private helpers shared by both kernel implementations and the public modules.

The leaf rule of the flatten family lives here, once: :func:`is_flattenable`.
The Cython kernels import it instead of re-declaring it; their exact-type fast
paths (``list``/``tuple`` are followed, ``int``/``str``/``dict``/... are
leaves) are checked against it by ``tests/test_speedups.py``.
"""

from __future__ import annotations

import functools
import inspect
import operator
from collections.abc import Iterable, Mapping
from typing import Any, Callable, Final, TypeVar, cast

__all__ = [
    "CYCLE_MESSAGE",
    "name_non_iterables",
    "names_non_iterable",
    "refuse_mapping",
    "FOLLOW_EXACT_TYPES",
    "LEAF_EXACT_TYPES",
    "UNSET",
    "as_depth",
    "is_flattenable",
    "not_iterable_error",
]


class _Unset:
    """Type of :data:`UNSET`, the "argument not given" marker (``None`` is a value)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


#: Marker for "no value given", so that ``None`` stays an ordinary value.
UNSET: Final = _Unset()

_NOT_FOLLOWED = (str, bytes, bytearray, Mapping)


def is_flattenable(value: Any) -> bool:
    """Return whether the flatten family descends into ``value``.

    The rule (pydash 8.1.0's): every :class:`~collections.abc.Iterable` is
    followed except ``str``, ``bytes``, ``bytearray`` and any
    :class:`~collections.abc.Mapping`, which stay whole. Generators, sets,
    tuples, ranges, dict views and subclasses of all of these are followed.
    """
    return isinstance(value, Iterable) and not isinstance(value, _NOT_FOLLOWED)


#: Exact types that :func:`is_flattenable` accepts; kernels may test these by
#: identity before calling it (a test keeps both in agreement).
FOLLOW_EXACT_TYPES: Final[frozenset[type]] = frozenset({list, tuple})

#: Exact types that :func:`is_flattenable` rejects (leaves); same purpose.
LEAF_EXACT_TYPES: Final[frozenset[type]] = frozenset(
    {int, float, complex, bool, str, bytes, bytearray, dict, type(None)}
)

CYCLE_MESSAGE: Final = (
    "cannot flatten a {type} that contains itself: a reference cycle was found "
    "at depth {depth}"
)


def not_iterable_error(value: Any, func: str, arg: str = "array") -> TypeError:
    """The ``TypeError`` raised when ``arg`` of ``func`` is not iterable."""
    return TypeError(
        f"{func}() argument {arg!r} must be an iterable, not {type(value).__name__}"
    )


def as_depth(depth: Any, func: str) -> int:
    """Validate a flatten depth: any integer (negative means unlimited)."""
    try:
        return operator.index(depth)
    except TypeError:
        raise TypeError(
            f"{func}() argument 'depth' must be an integer, not {type(depth).__name__}"
        ) from None


def refuse_mapping(value: Any, func: str, arg: str = "array") -> None:
    """Raise ``TypeError`` when ``value`` is a mapping where a sequence is needed.

    Slicing or indexing a dict by position fails differently across Pythons
    (``TypeError`` before 3.12, ``KeyError`` from 3.12 on, where slices are
    hashable) or silently reads keys (PyPy's ``bisect``): one clear error instead.
    """
    if isinstance(value, Mapping):
        raise TypeError(
            f"{func}() argument {arg!r} must be a sequence, not {type(value).__name__}"
        )


_F = TypeVar("_F", bound=Callable[..., Any])


def names_non_iterable(func: _F) -> _F:
    """Make ``func`` name its first argument when that argument is not iterable.

    Python's own error (``'int' object is not iterable``, ``object of type
    'int' has no len()``) names neither the function nor the argument. The
    wrapper re-raises such a ``TypeError`` as
    ``chunk() argument 'array' must be an iterable, not int`` (chained), only
    when the first argument is in fact not iterable: a ``TypeError`` from
    anything else (a callback, an item) passes through unchanged. The check
    runs after the error, so a successful call pays only the wrapper's call.
    """
    name = func.__name__
    first, param = next(iter(inspect.signature(func).parameters.items()))
    variadic = param.kind is inspect.Parameter.VAR_POSITIONAL  # ``*arrays``: each one

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TypeError as exc:
            if str(exc).startswith(f"{name}() argument {first!r}"):
                raise
            if variadic:
                values = args
            else:
                values = args[:1] if args else (kwargs[first],) if first in kwargs else ()
            for value in values:
                try:
                    iter(value)
                except TypeError:
                    raise not_iterable_error(value, name, first) from exc
            raise

    return cast(_F, wrapper)


def name_non_iterables(namespace: dict[str, Any], skip: frozenset[str] = frozenset()) -> None:
    """Wrap every function of ``namespace["__all__"]`` (but ``skip``) with
    :func:`names_non_iterable`, in place: called at the end of a module."""
    for name in namespace["__all__"]:
        if name not in skip:
            namespace[name] = names_non_iterable(namespace[name])
