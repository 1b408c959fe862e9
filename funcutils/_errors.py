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

import operator
from collections.abc import Mapping
from typing import Any, Callable, Final

__all__ = [
    "CYCLE_MESSAGE",
    "arg_error",
    "as_depth",
    "as_int",
    "check_callable",
    "check_dict",
    "check_tuple",
    "is_callable",
    "cycle_error",
    "multiple_values_error",
    "name_non_iterable",
    "name_non_iterables",
    "not_iterable_error",
    "refuse_mapping",
    "too_many_positional_error",
    "unequal_keys_error",
    "UndefinedResultError",
    "empty_error",
    "not_sized_error",
    "numbers_error",
    "undefined_result_error",
    "source_cycle_error",
    "set_error",
    "bytes_text_error",
    "js_regexp_error",
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


#: ``callable`` under a name type checkers do not narrow with: fast paths test
#: ``if not is_callable(func): check_callable(func, ...)`` on arguments that are
#: annotated as callables (the test is for callers who pass something else).
is_callable: Final[Callable[[object], bool]] = callable


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


def once_reentered_error() -> RuntimeError:
    """A ``once`` wrapper called again, from its own first call, by the same thread."""
    return RuntimeError(
        "once(): the function called its own wrapper during its first call "
        "(it would wait for itself forever)"
    )


def unequal_keys_error(func: str) -> ValueError:
    """A kernel was given a key list whose length differs from the items'."""
    return ValueError(f"{func}() needs one key per item")


# --- arrays ---


def name_non_iterable(exc: TypeError, value: Any, func: str, arg: str = "array") -> TypeError:
    """The error to raise when ``func`` failed with ``exc``: for the failure path only.

    Python's own error (``'int' object is not iterable``, ``object of type
    'int' has no len()``) names neither the function nor the argument. When
    ``value`` (the argument ``arg``) is in fact not iterable, this returns
    ``func() argument 'arg' must be an iterable, not int``, chained to ``exc``;
    otherwise (the error came from a callback, an item, another argument, or
    already names ``func``) ``exc`` itself, to be re-raised unchanged::

        try:
            return array[1:]          # the fast path: no check before the work
        except TypeError as exc:
            raise name_non_iterable(exc, array, "tail")
    """
    if str(exc).startswith(f"{func}() argument"):
        return exc
    try:
        iter(value)
    except TypeError:
        error = not_iterable_error(value, func, arg)
        error.__cause__ = exc
        return error
    return exc


def name_non_iterables(exc: TypeError, values: Any, func: str, arg: str) -> TypeError:
    """:func:`name_non_iterable` for a ``*args`` parameter: the first non-iterable of ``values``."""
    for value in values:
        error = name_non_iterable(exc, value, func, arg)
        if error is not exc:
            return error
    return exc


# --- numerical ---


class UndefinedResultError(ValueError, ZeroDivisionError):
    """A result that is not defined: a zero divisor, a zero spread (``zscore``).

    Both a ``ValueError`` (a clear refusal of the input) and a
    ``ZeroDivisionError`` (what pydash raises there), so either handler catches it.
    """


def undefined_result_error(func: str, why: str) -> UndefinedResultError:
    """``func() <why>`` as an :class:`UndefinedResultError`."""
    return UndefinedResultError(f"{func}() {why}")


def numbers_error(func: str, arg: str, exc: BaseException) -> TypeError:
    """An arithmetic ``TypeError`` on the items of ``arg``, naming ``func``."""
    return TypeError(f"{func}() argument {arg!r} must hold numbers: {exc}")


def not_sized_error(value: Any, func: str, arg: str = "collection") -> TypeError:
    """``arg`` needs a length (pydash measures it with ``len``)."""
    return arg_error(func, arg, "a sized collection", value)


def empty_error(func: str, arg: str) -> ValueError:
    """``arg`` of ``func`` is empty where an item is needed."""
    return ValueError(f"{func}() argument {arg!r} is empty")


# --- predicates ---


def source_cycle_error(name: str, depth: int) -> ValueError:
    """A matching source that contains itself (it could only match an infinitely deep object)."""
    return ValueError(
        f"{name}() argument 'source' contains itself: a reference cycle was found at depth {depth}"
    )


# --- objects ---


def set_error(target: Any, key: Any) -> TypeError:
    """A deep merge met a target value that cannot take the key (no item, no attribute)."""
    return TypeError(f"cannot set {key!r} on a {type(target).__name__}: it takes no such key")



# --- strings ---


def bytes_text_error(func: str, arg: str, value: Any) -> TypeError:
    """A bytes-like value where text is expected: decoding is the caller's choice."""
    return TypeError(
        f"{func}() argument {arg!r} must be text (str, None or a value with str()), "
        f"not {type(value).__name__}: decode it first"
    )


def js_regexp_error(func: str, reg_exp: Any, reason: str) -> ValueError:
    """A malformed JavaScript-style ``/pattern/flags`` regular expression."""
    return ValueError(
        f"{func}() argument 'reg_exp' must be a JavaScript-style regular expression "
        f"'/pattern/flags', not {reg_exp!r}: {reason}"
    )


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
