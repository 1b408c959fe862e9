"""Every validator and error message of funcutils, once.

The public functions and both kernel implementations (``_<domain>_py.py`` and
the compiled ``_<domain>_c.pxi``) raise through these helpers, so a message is
written in one place and the two implementations cannot drift apart.

Messages name the public function and the argument, in Python's own style::

    chunk() argument 'size' must be an integer, not str

Validators that only name an error belong on the failure path: a public
function tries its fast path first and calls them when it fails (see
``docs/implementation.rst``).
"""

from __future__ import annotations

import functools
import inspect
import operator
from collections.abc import Mapping
from typing import Any, Callable, Final, TypeVar, cast

__all__ = [
    "CYCLE_MESSAGE",
    "arg_error",
    "as_depth",
    "as_int",
    "check_callable",
    "check_dict",
    "check_tuple",
    "cycle_error",
    "multiple_values_error",
    "name_non_iterables",
    "names_non_iterable",
    "not_iterable_error",
    "refuse_mapping",
    "too_many_positional_error",
    "unequal_keys_error",
    "invalid_method_error",
    "no_seed_error",
]

CYCLE_MESSAGE: Final = (
    "cannot {action} a {type} that contains itself: a reference cycle was found "
    "at depth {depth}"
)


def arg_error(func: str, arg: str, expected: str, value: Any) -> TypeError:
    """``func() argument 'arg' must be <expected>, not <type of value>``."""
    return TypeError(f"{func}() argument {arg!r} must be {expected}, not {type(value).__name__}")


def cycle_error(container: Any, depth: int, action: str = "flatten") -> ValueError:
    """A deep walk met ``container`` again inside itself, ``depth`` levels down."""
    return ValueError(
        CYCLE_MESSAGE.format(action=action, type=type(container).__name__, depth=depth)
    )


def not_iterable_error(value: Any, func: str, arg: str = "array") -> TypeError:
    """The ``TypeError`` raised when ``arg`` of ``func`` is not iterable."""
    return arg_error(func, arg, "an iterable", value)


def check_callable(value: Any, func: str, arg: str = "func") -> None:
    """Raise ``TypeError`` unless ``value`` is callable."""
    if not callable(value):
        raise arg_error(func, arg, "callable", value)


def check_tuple(value: Any, func: str, arg: str) -> None:
    """Raise ``TypeError`` unless ``value`` is exactly a ``tuple`` (kernel arguments)."""
    if type(value) is not tuple:
        raise arg_error(func, arg, "a tuple", value)


def check_dict(value: Any, func: str, arg: str) -> None:
    """Raise ``TypeError`` unless ``value`` is exactly a ``dict`` (kernel arguments)."""
    if type(value) is not dict:
        raise arg_error(func, arg, "a dict", value)


def as_int(value: Any, func: str, arg: str) -> int:
    """``value`` as an ``int`` (anything with ``__index__``), else a ``TypeError``."""
    try:
        return operator.index(value)
    except TypeError:
        raise arg_error(func, arg, "an integer", value) from None


def as_depth(depth: Any, func: str) -> int:
    """Validate a flatten depth: any integer (negative means unlimited)."""
    return as_int(depth, func, "depth")


def refuse_mapping(value: Any, func: str, arg: str = "array") -> None:
    """Raise ``TypeError`` when ``value`` is a mapping where a sequence is needed.

    Slicing or indexing a dict by position fails differently across Pythons
    (``TypeError`` before 3.12, ``KeyError`` from 3.12 on, where slices are
    hashable) or silently reads keys (PyPy's ``bisect``): one clear error instead.
    """
    if isinstance(value, Mapping):
        raise arg_error(func, arg, "a sequence", value)


def multiple_values_error(func: str, key: str) -> TypeError:
    """A keyword argument given twice (curry, partial)."""
    return TypeError(f"{func}() got multiple values for argument {key!r}")


def too_many_positional_error(func: str, most: int, given: int) -> TypeError:
    """More positional arguments than ``func`` takes."""
    return TypeError(
        f"{func}() takes {most} positional argument{'' if most == 1 else 's'} "
        f"but {given} were given"
    )


def unequal_keys_error(func: str) -> ValueError:
    """A kernel was given a key list whose length differs from the items'."""
    return ValueError(f"{func}() needs one key per item")


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


# --- chaining ---


def invalid_method_error(name: str) -> str:
    """Message of :class:`funcutils.chaining.InvalidMethod` (pydash's wording)."""
    return f"Invalid funcutils method: {name}"


def no_seed_error() -> str:
    """Message for ``value()`` of a chain without a seed."""
    return (
        "chain.value(): the chain has no seed; call it with a value "
        "(py_().map_(f)(data)) or plant one (.plant(data).value())"
    )
