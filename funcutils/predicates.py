"""Predicates: type checks, comparisons, deep equality and matching (pydash's ``predicates``).

Sections: comparisons (``eq``, ``gt``, ... and their curried ``*_cmp`` forms),
numbers, types (the narrowing checks: ``if is_string(x): x.upper()``
type-checks), values (``is_empty``, ``is_blank``, ``is_json``...), ordering
(``is_monotone`` and friends), deep equality and matching.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import builtins
import datetime
import json
import operator
import re
from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal
from itertools import islice
from types import BuiltinFunctionType
from typing import Any, TypeVar, Union, overload

from typing_extensions import TypeGuard, TypeIs

from . import _speedups
from ._iteratee import is_match as _is_match

__all__ = [
    "eq",
    "eq_cmp",
    "gt",
    "gt_cmp",
    "gte",
    "gte_cmp",
    "in_range",
    "in_range_cmp",
    "is_associative",
    "is_blank",
    "is_boolean",
    "is_builtin",
    "is_date",
    "is_decreasing",
    "is_dict",
    "is_empty",
    "is_equal",
    "is_equal_cmp",
    "is_equal_with",
    "is_equal_with_cmp",
    "is_error",
    "is_even",
    "is_float",
    "is_function",
    "is_increasing",
    "is_indexed",
    "is_instance_of",
    "is_instance_of_cmp",
    "is_integer",
    "is_iterable",
    "is_json",
    "is_list",
    "is_match",
    "is_match_cmp",
    "is_match_with",
    "is_match_with_cmp",
    "is_monotone",
    "is_monotone_cmp",
    "is_nan",
    "is_negative",
    "is_none",
    "is_number",
    "is_object",
    "is_odd",
    "is_positive",
    "is_reg_exp",
    "is_set",
    "is_strictly_decreasing",
    "is_strictly_increasing",
    "is_string",
    "is_tuple",
    "is_zero",
    "lt",
    "lt_cmp",
    "lte",
    "lte_cmp",
]

T = TypeVar("T")
T2 = TypeVar("T2")
R = TypeVar("R")

#: What pydash counts as a number (``bool`` excluded by the functions, ``Fraction`` is not one).
NUMBER_TYPES = (int, float, Decimal)
#: Looked up once: a module attribute read costs a dict lookup per call in a
#: compiled module (the interpreter caches it in the bytecode).
_DATE = datetime.date
_LE, _GE, _LT, _GT = operator.le, operator.ge, operator.lt, operator.gt
#: Every hashable value of the ``builtins`` module (``True`` and ``None`` too, so ``1`` is in it).
BUILTINS = {value: key for key, value in builtins.__dict__.items() if isinstance(value, Hashable)}
_Pattern = type(re.compile(""))


# --- comparisons ---------------------------------------------------------------------------


def eq(value: Any, other: Any) -> bool:
    """Whether ``value`` is ``other`` (identity, as pydash: not ``==``).

    Args:
        value: Value to compare.
        other: Other value to compare.

    Returns:
        ``value is other``.

    Example:
        >>> eq(None, None)
        True
        >>> eq([], [])
        False

    .. versionadded:: 0.2.0
    """
    return value is other


def eq_cmp(other: T) -> Callable[[T], bool]:
    """Curried :func:`eq`: ``eq_cmp(other)(value) == eq(value, other)``.

    Args:
        other: Value to compare against.

    Returns:
        A one-argument predicate.

    Example:
        >>> eq_cmp(None)(None), eq_cmp(1)(2)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return lambda value: value is other


def gt(value: Any, other: Any) -> bool:
    """Whether ``value > other``.

    Args:
        value: Value to compare.
        other: Other value.

    Returns:
        ``bool(value > other)``.

    Raises:
        TypeError: When the two cannot be ordered (``gt(1, "a")``).

    Example:
        >>> gt(5, 3), gt(3, 3)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return bool(value > other)


def gt_cmp(other: T) -> Callable[[Any], bool]:
    """Curried :func:`gt`: ``gt_cmp(other)(value) == gt(value, other)``.

    Args:
        other: Value to compare against.

    Returns:
        A one-argument predicate.

    Example:
        >>> list(filter(gt_cmp(2), [1, 2, 3, 4]))
        [3, 4]

    .. versionadded:: 0.2.0
    """
    return lambda value: bool(value > other)


def gte(value: Any, other: Any) -> bool:
    """Whether ``value >= other``.

    Args:
        value: Value to compare.
        other: Other value.

    Returns:
        ``bool(value >= other)``.

    Raises:
        TypeError: When the two cannot be ordered.

    Example:
        >>> gte(3, 3), gte(2, 3)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return bool(value >= other)


def gte_cmp(other: T) -> Callable[[Any], bool]:
    """Curried :func:`gte`.

    Args:
        other: Value to compare against.

    Returns:
        A one-argument predicate.

    Example:
        >>> gte_cmp(3)(3), gte_cmp(3)(2.5)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return lambda value: bool(value >= other)


def lt(value: Any, other: Any) -> bool:
    """Whether ``value < other``.

    Args:
        value: Value to compare.
        other: Other value.

    Returns:
        ``bool(value < other)``.

    Raises:
        TypeError: When the two cannot be ordered.

    Example:
        >>> lt(1, 3), lt(3, 3)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return bool(value < other)


def lt_cmp(other: T) -> Callable[[Any], bool]:
    """Curried :func:`lt`.

    Args:
        other: Value to compare against.

    Returns:
        A one-argument predicate.

    Example:
        >>> lt_cmp("b")("a"), lt_cmp(0)(0)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return lambda value: bool(value < other)


def lte(value: Any, other: Any) -> bool:
    """Whether ``value <= other``.

    Args:
        value: Value to compare.
        other: Other value.

    Returns:
        ``bool(value <= other)``.

    Raises:
        TypeError: When the two cannot be ordered.

    Example:
        >>> lte(3, 3), lte(True, 0)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return bool(value <= other)


def lte_cmp(other: T) -> Callable[[Any], bool]:
    """Curried :func:`lte`.

    Args:
        other: Value to compare against.

    Returns:
        A one-argument predicate.

    Example:
        >>> lte_cmp(3)(3), lte_cmp(3)(4)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return lambda value: bool(value <= other)


def in_range(value: Any, start: Any = 0, end: Any = None) -> bool:
    """Whether ``start <= value < end`` for a number ``value``.

    With only ``start``, the range is ``[0, start)``; a reversed range is
    swapped; a non-number ``start`` counts as ``0``, a non-number ``end`` as
    ``0``; a non-number ``value`` (``bool`` included) is never in range.

    Args:
        value: Number to check.
        start: Start of the range (inclusive), or its end when ``end`` is ``None``.
        end: End of the range (exclusive).

    Returns:
        Whether ``value`` is in the range.

    Example:
        >>> in_range(3, 2, 4), in_range(4, 8), in_range(-3, -2, -6), in_range(True, 2)
        (True, True, True, False)

    .. versionadded:: 0.2.0
    """
    tp = type(value)  # an exact int or float first: no tuple isinstance
    if not (tp is int or tp is float) and (not isinstance(value, NUMBER_TYPES) or value.__class__ is bool):
        return False
    tp = type(start)
    if not (tp is int or tp is float) and (not isinstance(start, NUMBER_TYPES) or start.__class__ is bool):
        start = 0
    if end is None:
        end = start
        start = 0
    else:
        tp = type(end)
        if not (tp is int or tp is float) and (not isinstance(end, NUMBER_TYPES) or end.__class__ is bool):
            end = 0
    if start > end:
        start, end = end, start
    return bool(start <= value < end)


def in_range_cmp(start: Any = 0, end: Any = None) -> Callable[[Any], bool]:
    """Curried :func:`in_range`: ``in_range_cmp(start, end)(value)``.

    Args:
        start: Start of the range, or its end when ``end`` is ``None``.
        end: End of the range (exclusive).

    Returns:
        A one-argument predicate.

    Example:
        >>> [x for x in [0, 1, 5, 9] if in_range_cmp(1, 6)(x)]
        [1, 5]

    .. versionadded:: 0.2.0
    """
    return lambda value: in_range(value, start, end)


# --- numbers -------------------------------------------------------------------------------


def is_number(value: Any) -> TypeGuard[Union[int, float, Decimal]]:
    """Whether ``value`` is an ``int``, ``float`` or ``Decimal`` (not a ``bool``).

    A ``TypeGuard`` (not ``TypeIs``): a ``bool`` is an ``int`` but not a number here.

    Args:
        value: Value to check.

    Returns:
        Whether it is a number.

    Example:
        >>> is_number(1.5), is_number(True), is_number("1")
        (True, False, False)

    .. versionadded:: 0.2.0
    """
    tp = type(value)
    if tp is int or tp is float:  # the common cases, without the tuple isinstance
        return True
    if tp is bool or value is None:
        return False
    return isinstance(value, NUMBER_TYPES) and value.__class__ is not bool


def is_nan(value: Any) -> bool:
    """Whether ``value`` is *not a number* in :func:`is_number`'s sense (pydash's meaning).

    Note ``is_nan(float("nan"))`` is ``False``: a float is a number.

    Args:
        value: Value to check.

    Returns:
        ``not is_number(value)``.

    Example:
        >>> is_nan("a"), is_nan(2), is_nan(float("nan")), is_nan(None)
        (True, False, False, True)

    .. versionadded:: 0.2.0
    """
    tp = type(value)
    if tp is int or tp is float:  # the common cases, without the tuple isinstance
        return False
    if tp is bool or value is None:
        return True
    return not isinstance(value, NUMBER_TYPES) or value.__class__ is bool


def is_integer(value: Any) -> TypeGuard[int]:
    """Whether ``value`` is an ``int`` (not a ``bool``).

    Args:
        value: Value to check.

    Returns:
        Whether it is an integer.

    Example:
        >>> is_integer(3), is_integer(3.0), is_integer(False)
        (True, False, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, int) and value.__class__ is not bool


def is_float(value: Any) -> TypeGuard[float]:
    """Whether ``value`` is a ``float``.

    A ``TypeGuard``: type checkers treat ``int`` as a ``float``, this does not.

    Args:
        value: Value to check.

    Returns:
        Whether it is a float.

    Example:
        >>> is_float(1.0), is_float(1), is_float(float("inf"))
        (True, False, True)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, float)


def is_zero(value: Any) -> TypeGuard[int]:
    """Whether ``value`` is the integer ``0`` (not ``0.0``, not ``False``).

    Args:
        value: Value to check.

    Returns:
        Whether it is integer zero.

    Example:
        >>> is_zero(0), is_zero(0.0), is_zero(False)
        (True, False, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, int) and value.__class__ is not bool and value == 0


def is_even(value: Any) -> bool:
    """Whether ``value`` is an even number.

    Args:
        value: Value to check.

    Returns:
        Whether it is a number divisible by 2.

    Example:
        >>> is_even(2), is_even(3), is_even(4.0), is_even("2")
        (True, False, True, False)

    .. versionadded:: 0.2.0
    """
    tp = type(value)
    if tp is int or tp is float:  # the common cases, without the tuple isinstance
        return value % 2 == 0  # type: ignore[no-any-return]
    if tp is bool or value is None:
        return False
    return isinstance(value, NUMBER_TYPES) and value.__class__ is not bool and value % 2 == 0


def is_odd(value: Any) -> bool:
    """Whether ``value`` is an odd number (``1.5`` counts: its remainder is not 0).

    Args:
        value: Value to check.

    Returns:
        Whether it is a number not divisible by 2.

    Example:
        >>> is_odd(3), is_odd(2), is_odd(1.5), is_odd(None)
        (True, False, True, False)

    .. versionadded:: 0.2.0
    """
    tp = type(value)
    if tp is int or tp is float:  # the common cases, without the tuple isinstance
        return value % 2 != 0  # type: ignore[no-any-return]
    if tp is bool or value is None:
        return False
    return isinstance(value, NUMBER_TYPES) and value.__class__ is not bool and value % 2 != 0


def is_positive(value: Any) -> bool:
    """Whether ``value`` is a number greater than 0.

    Args:
        value: Value to check.

    Returns:
        Whether it is positive.

    Example:
        >>> is_positive(1), is_positive(0), is_positive(float("inf")), is_positive(True)
        (True, False, True, False)

    .. versionadded:: 0.2.0
    """
    tp = type(value)
    if tp is int or tp is float:  # the common cases, without the tuple isinstance
        return value > 0  # type: ignore[no-any-return]
    if tp is bool or value is None:
        return False
    return isinstance(value, NUMBER_TYPES) and value.__class__ is not bool and value > 0


def is_negative(value: Any) -> bool:
    """Whether ``value`` is a number less than 0.

    Args:
        value: Value to check.

    Returns:
        Whether it is negative.

    Example:
        >>> is_negative(-1), is_negative(0), is_negative(-0.0)
        (True, False, False)

    .. versionadded:: 0.2.0
    """
    tp = type(value)
    if tp is int or tp is float:  # the common cases, without the tuple isinstance
        return value < 0  # type: ignore[no-any-return]
    if tp is bool or value is None:
        return False
    return isinstance(value, NUMBER_TYPES) and value.__class__ is not bool and value < 0


# --- types ---------------------------------------------------------------------------------


def is_boolean(value: Any) -> TypeIs[bool]:
    """Whether ``value`` is a ``bool``.

    Args:
        value: Value to check.

    Returns:
        Whether it is ``True`` or ``False``.

    Example:
        >>> is_boolean(True), is_boolean(1)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, bool)


def is_string(value: Any) -> TypeIs[str]:
    """Whether ``value`` is a ``str`` (``bytes`` is not).

    Args:
        value: Value to check.

    Returns:
        Whether it is a string.

    Example:
        >>> is_string(""), is_string(b"a")
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, str)


def is_list(value: Any) -> TypeIs[list[Any]]:
    """Whether ``value`` is a ``list`` (a subclass too; a tuple is not).

    Args:
        value: Value to check.

    Returns:
        Whether it is a list.

    Example:
        >>> is_list([]), is_list(())
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, list)


def is_dict(value: Any) -> TypeIs[dict[Any, Any]]:
    """Whether ``value`` is a ``dict`` (a subclass too; another ``Mapping`` is not).

    Args:
        value: Value to check.

    Returns:
        Whether it is a dict.

    Example:
        >>> is_dict({}), is_dict([])
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, dict)


def is_tuple(value: Any) -> TypeIs[tuple[Any, ...]]:
    """Whether ``value`` is a ``tuple`` (a namedtuple too).

    Args:
        value: Value to check.

    Returns:
        Whether it is a tuple.

    Example:
        >>> is_tuple(()), is_tuple([])
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, tuple)


def is_set(value: Any) -> TypeIs[set[Any]]:
    """Whether ``value`` is a ``set`` (a ``frozenset`` is not).

    Args:
        value: Value to check.

    Returns:
        Whether it is a set.

    Example:
        >>> is_set(set()), is_set(frozenset())
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, set)


def is_none(value: Any) -> TypeIs[None]:
    """Whether ``value`` is ``None``.

    Args:
        value: Value to check.

    Returns:
        ``value is None``.

    Example:
        >>> is_none(None), is_none(0)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return value is None


def is_date(value: Any) -> TypeIs[datetime.date]:
    """Whether ``value`` is a ``datetime.date`` (a ``datetime`` too).

    Args:
        value: Value to check.

    Returns:
        Whether it is a date.

    Example:
        >>> import datetime
        >>> is_date(datetime.date.today()), is_date("2024-01-01")
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, _DATE)


def is_error(value: Any) -> TypeIs[Exception]:
    """Whether ``value`` is an ``Exception`` instance (a class is not).

    Args:
        value: Value to check.

    Returns:
        Whether it is an exception.

    Example:
        >>> is_error(ValueError("x")), is_error(ValueError)
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, Exception)


def is_reg_exp(value: Any) -> TypeIs[re.Pattern[Any]]:
    """Whether ``value`` is a compiled regular expression.

    Args:
        value: Value to check.

    Returns:
        Whether it is an ``re.Pattern``.

    Example:
        >>> import re
        >>> is_reg_exp(re.compile("a")), is_reg_exp("a")
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, _Pattern)


def is_function(value: Any) -> TypeIs[Callable[..., object]]:
    """Whether ``value`` is callable (a class too).

    Args:
        value: Value to check.

    Returns:
        ``callable(value)``.

    Example:
        >>> is_function(len), is_function(int), is_function(1)
        (True, True, False)

    .. versionadded:: 0.2.0
    """
    return callable(value)


def is_builtin(value: Any) -> bool:
    """Whether ``value`` is a builtin function or equals a value of the ``builtins`` module.

    pydash's rule: ``1`` counts (it equals ``True``), a list does not (unhashable).

    Args:
        value: Value to check.

    Returns:
        Whether it is a builtin.

    Example:
        >>> is_builtin(len), is_builtin(list), is_builtin(lambda: 1), is_builtin([])
        (True, True, False, False)

    .. versionadded:: 0.2.0
    """
    try:
        return isinstance(value, BuiltinFunctionType) or value in BUILTINS
    except TypeError:
        return False


def is_object(value: Any) -> TypeIs[Union[list[Any], dict[Any, Any]]]:
    """Whether ``value`` is a ``list`` or a ``dict`` (pydash's meaning of *object*).

    Args:
        value: Value to check.

    Returns:
        Whether it is a list or dict.

    Example:
        >>> is_object([]), is_object({}), is_object(()), is_object(1)
        (True, True, False, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, (list, dict))


def is_indexed(value: Any) -> TypeIs[Union[list[Any], tuple[Any, ...], str]]:
    """Whether ``value`` is a ``list``, ``tuple`` or ``str``.

    Args:
        value: Value to check.

    Returns:
        Whether it is indexed by position.

    Example:
        >>> is_indexed("ab"), is_indexed((1,)), is_indexed({0: 1})
        (True, True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, (list, tuple, str))


def is_associative(value: Any) -> bool:
    """Whether ``value`` has a ``__getitem__`` (lists, dicts, strings...).

    Args:
        value: Value to check.

    Returns:
        Whether it supports ``value[key]``.

    Example:
        >>> is_associative([]), is_associative({}), is_associative(1)
        (True, True, False)

    .. versionadded:: 0.2.0
    """
    return hasattr(value, "__getitem__")


def is_iterable(value: Any) -> TypeGuard[Iterable[Any]]:
    """Whether ``iter(value)`` works.

    Args:
        value: Value to check.

    Returns:
        Whether it is iterable.

    Example:
        >>> is_iterable("a"), is_iterable({}), is_iterable(1)
        (True, True, False)

    .. versionadded:: 0.2.0
    """
    try:
        iter(value)
    except TypeError:
        return False
    return True


@overload
def is_instance_of(value: Any, types: type[T]) -> TypeIs[T]: ...
@overload
def is_instance_of(value: Any, types: tuple[type[T], ...]) -> TypeIs[T]: ...
def is_instance_of(value: Any, types: Any) -> bool:
    """``isinstance(value, types)``.

    Args:
        value: Value to check.
        types: A type or a tuple of types.

    Returns:
        Whether ``value`` is an instance of one of ``types``.

    Raises:
        TypeError: When ``types`` is not a type or tuple of types.

    Example:
        >>> is_instance_of(True, int), is_instance_of("a", (int, float))
        (True, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(value, types)


def is_instance_of_cmp(types: Union[type, tuple[type, ...]]) -> Callable[[Any], bool]:
    """Curried :func:`is_instance_of`.

    Args:
        types: A type or a tuple of types.

    Returns:
        A one-argument predicate.

    Example:
        >>> list(filter(is_instance_of_cmp(str), [1, "a", None, "b"]))
        ['a', 'b']

    .. versionadded:: 0.2.0
    """
    return lambda value: isinstance(value, types)


# --- values --------------------------------------------------------------------------------


def is_empty(value: Any) -> bool:
    """Whether ``value`` is empty: falsy, or a number or ``bool`` (which count as empty).

    Args:
        value: Value to check.

    Returns:
        Whether it is empty.

    Example:
        >>> is_empty([]), is_empty({}), is_empty(""), is_empty(None), is_empty(1), is_empty([0])
        (True, True, True, True, True, False)

    .. versionadded:: 0.2.0
    """
    tp = type(value)
    if tp is str or tp is list or tp is dict or tp is tuple or value is None:
        return not value
    return isinstance(value, NUMBER_TYPES) or not value


def is_blank(text: Any) -> TypeGuard[str]:
    r"""Whether ``text`` is a string of only whitespace (or empty). Not a string: ``False``.

    Args:
        text: Value to check.

    Returns:
        Whether it is blank.

    Example:
        >>> is_blank(""), is_blank(" \t\n"), is_blank(" a "), is_blank(b" ")
        (True, True, False, False)

    .. versionadded:: 0.2.0
    """
    return isinstance(text, str) and (not text or text.isspace())


def is_json(value: Any) -> bool:
    """Whether ``json.loads(value)`` succeeds.

    Args:
        value: Value to check (a ``str``, ``bytes`` or ``bytearray``).

    Returns:
        Whether it is valid JSON.

    Example:
        >>> is_json('{"a": 1}'), is_json("{'a': 1}"), is_json(None)
        (True, False, False)

    .. versionadded:: 0.2.0
    """
    try:
        json.loads(value)
    except Exception:
        return False
    return True


# --- ordering ------------------------------------------------------------------------------


def _pairwise_all(value: list[Any], op: Callable[[Any, Any], Any]) -> bool:
    """Whether ``op(value[i - 1], value[i])`` is truthy for every neighbour pair.

    Read live (a comparison that changes the list is seen). A short list is
    walked by index, without the three iterators ``map``/``islice`` cost per
    call; a long one by ``all(map(...))``, whose C loop is faster per pair.
    """
    if len(value) > 16:
        return all(map(op, value, islice(value, 1, None)))
    i = 1
    while i < len(value):
        if not op(value[i - 1], value[i]):
            return False
        i += 1
    return True


def is_monotone(value: Any, op: Callable[[Any, Any], Any]) -> bool:
    """Whether ``op(x, y)`` holds for every pair of neighbours of the list ``value``.

    A value that is not a list counts as a one-item list (always monotone).

    Args:
        value: List to check.
        op: Comparison of two neighbours (``operator.le``...).

    Returns:
        Whether every neighbouring pair satisfies ``op``.

    Example:
        >>> import operator
        >>> is_monotone([1, 1, 2], operator.le), is_monotone([2, 1], operator.le), is_monotone(5, operator.lt)
        (True, False, True)

    .. versionadded:: 0.2.0
    """
    if not isinstance(value, list):
        return True
    return _pairwise_all(value, op)


def is_monotone_cmp(op: Callable[[Any, Any], Any]) -> Callable[[Any], bool]:
    """Curried :func:`is_monotone`.

    Args:
        op: Comparison of two neighbours.

    Returns:
        A one-argument predicate.

    Example:
        >>> import operator
        >>> is_monotone_cmp(operator.ge)([3, 2, 2])
        True

    .. versionadded:: 0.2.0
    """
    return lambda value: is_monotone(value, op)


def is_increasing(value: Any) -> bool:
    """Whether the list ``value`` never decreases (``<=`` between neighbours).

    Args:
        value: List to check (a non-list counts as one item).

    Returns:
        Whether it is monotonically increasing.

    Example:
        >>> is_increasing([1, 2, 2]), is_increasing([2, 1]), is_increasing([])
        (True, False, True)

    .. versionadded:: 0.2.0
    """
    if not isinstance(value, list):
        return True
    return _pairwise_all(value, _LE)


def is_decreasing(value: Any) -> bool:
    """Whether the list ``value`` never increases (``>=`` between neighbours).

    Args:
        value: List to check (a non-list counts as one item).

    Returns:
        Whether it is monotonically decreasing.

    Example:
        >>> is_decreasing([3, 2, 2]), is_decreasing([1, 2])
        (True, False)

    .. versionadded:: 0.2.0
    """
    if not isinstance(value, list):
        return True
    return _pairwise_all(value, _GE)


def is_strictly_increasing(value: Any) -> bool:
    """Whether the list ``value`` increases at every step (``<``).

    Args:
        value: List to check (a non-list counts as one item).

    Returns:
        Whether it is strictly increasing.

    Example:
        >>> is_strictly_increasing([1, 2, 3]), is_strictly_increasing([1, 1])
        (True, False)

    .. versionadded:: 0.2.0
    """
    if not isinstance(value, list):
        return True
    return _pairwise_all(value, _LT)


def is_strictly_decreasing(value: Any) -> bool:
    """Whether the list ``value`` decreases at every step (``>``).

    Args:
        value: List to check (a non-list counts as one item).

    Returns:
        Whether it is strictly decreasing.

    Example:
        >>> is_strictly_decreasing([3, 2, 1]), is_strictly_decreasing([2, 2])
        (True, False)

    .. versionadded:: 0.2.0
    """
    if not isinstance(value, list):
        return True
    return _pairwise_all(value, _GT)


# --- deep equality -------------------------------------------------------------------------


def is_equal(value: Any, other: Any) -> bool:
    """Deep equality: the answer of ``value == other``, at any depth and for cycles.

    Compared iteratively: two equal 1,000,000-deep structures are equal
    (``==`` raises ``RecursionError``), and two equal cycles are equal (a pair
    already under comparison counts as equal). Otherwise the same answer as
    ``==``: ``1 == 1.0 == True``, ``nan`` unequal to itself unless it is the
    same object inside a container, dicts in any order, a list unequal to a
    tuple, custom ``__eq__`` honoured.

    Args:
        value: Value to compare.
        other: Other value to compare.

    Returns:
        Whether they are equal.

    Example:
        >>> is_equal({"a": [1, 2.0]}, {"a": [1, 2]}), is_equal([1], (1,))
        (True, False)
        >>> a = [1]; a.append(a)
        >>> b = [1]; b.append(b)
        >>> is_equal(a, b)
        True

    .. versionadded:: 0.2.0
    """
    return _speedups.equal_deep(value, other)  # type: ignore[no-any-return]


def is_equal_cmp(other: T) -> Callable[[T], bool]:
    """Curried :func:`is_equal`.

    Args:
        other: Value to compare against.

    Returns:
        A one-argument predicate.

    Example:
        >>> is_equal_cmp([1, {"a": 2}])([1, {"a": 2}])
        True

    .. versionadded:: 0.2.0
    """
    return lambda value: _speedups.equal_deep(value, other)


@overload
def is_equal_with(value: T, other: T2, customizer: Callable[[T, T2], R]) -> Union[R, bool]: ...
@overload
def is_equal_with(value: Any, other: Any, customizer: None) -> bool: ...
def is_equal_with(value: Any, other: Any, customizer: Any) -> Any:
    """Deep equality where ``customizer(a, b)`` decides each pair it has an answer for.

    The customizer is called on the two values, then on every pair met while
    walking two lists or two dicts of the same type and length; where it
    returns ``None`` the walk goes on (containers) or compares with ``==``.
    The first falsy answer is the result, otherwise the last one (as pydash:
    two empty containers give ``None``). Without a callable customizer, as
    :func:`is_equal`. Iterative; a pair already under comparison counts as
    equal.

    Args:
        value: Value to compare.
        other: Other value to compare.
        customizer: ``(a, b) -> answer or None``, or ``None``.

    Returns:
        The answer (``bool`` unless the customizer answers otherwise).

    Example:
        >>> def nocase(a, b):
        ...     return a.lower() == b.lower() if isinstance(a, str) and isinstance(b, str) else None
        >>> is_equal_with({"a": ["X", 1]}, {"a": ["x", 1]}, nocase)
        True
        >>> is_equal_with([], [], lambda a, b: None) is None
        True

    .. versionadded:: 0.2.0
    """
    if not callable(customizer):
        return _speedups.equal_deep(value, other)
    return _speedups.equal_with_deep(value, other, customizer)


def is_equal_with_cmp(
    other: T, customizer: Callable[[T, T], R]
) -> Callable[[T], Union[R, bool]]:
    """Curried :func:`is_equal_with`.

    Args:
        other: Value to compare against.
        customizer: ``(a, b) -> answer or None``.

    Returns:
        A one-argument predicate.

    Example:
        >>> is_equal_with_cmp([1.0001], lambda a, b: abs(a - b) < 0.01 if is_number(a) else None)([1])
        True

    .. versionadded:: 0.2.0
    """
    return lambda value: is_equal_with(value, other, customizer)


# --- matching ------------------------------------------------------------------------------


def is_match(obj: Any, source: Any) -> bool:
    """Partial deep comparison of ``obj`` against ``source``.

    A mapping ``source`` matches when every one of its keys resolves on
    ``obj`` to a matching value (extra keys in ``obj`` are ignored); a
    non-``str`` iterable ``source`` matches as a positional prefix; anything
    else compares with ``==``. An empty ``source`` matches everything.

    Args:
        obj: Object to test.
        source: What to match.

    Returns:
        Whether it matches.

    Raises:
        ValueError: When ``source`` contains itself.

    Example:
        >>> is_match({"a": [1, 2, 3], "b": 2}, {"a": [1, 2]})
        True
        >>> is_match({"a": [2, 1]}, {"a": [1]})
        False

    .. versionadded:: 0.1.0
    """
    return _is_match(obj, source)  # the walk, with the flat-dict fast path


def is_match_cmp(source: Any) -> Callable[[Any], bool]:
    """Curried :func:`is_match` (as ``matches``).

    Args:
        source: What to match.

    Returns:
        A one-argument predicate.

    Example:
        >>> [row["id"] for row in [{"id": 1, "t": "a"}, {"id": 2, "t": "b"}] if is_match_cmp({"t": "b"})(row)]
        [2]

    .. versionadded:: 0.2.0
    """
    return lambda obj: _speedups.match_deep(obj, source)


@overload
def is_match_with(obj: Any, source: Any, customizer: None = None) -> bool: ...
@overload
def is_match_with(obj: Any, source: Any, customizer: Callable[..., R]) -> Union[R, bool]: ...
def is_match_with(obj: Any, source: Any, customizer: Any = None) -> Any:
    """:func:`is_match` where ``customizer`` compares the leaves.

    ``customizer(obj_value, source_value, key, obj, source)`` (given as many
    of those as it takes positionally) answers for each leaf of ``source``;
    the first falsy answer is the result, otherwise the last one. An
    exception below the top level counts as no match (as pydash). Iterative.

    Args:
        obj: Object to test.
        source: What to match.
        customizer: Leaf comparison, or ``None`` for ``==``.

    Returns:
        Whether it matches (or the customizer's last answer).

    Raises:
        ValueError: When ``source`` contains itself.

    Example:
        >>> is_match_with({"a": "X", "b": 2}, {"a": "x"}, lambda a, b: a.lower() == b.lower())
        True
        >>> is_match_with({"a": 1}, {}, lambda a, b: False)
        True

    .. versionadded:: 0.2.0
    """
    if not callable(customizer):
        customizer = None
    return _speedups.match_deep(obj, source, customizer)


def is_match_with_cmp(source: Any, customizer: Any = None) -> Callable[[Any], Any]:
    """Curried :func:`is_match_with`.

    Args:
        source: What to match.
        customizer: Leaf comparison, or ``None``.

    Returns:
        A one-argument predicate.

    Example:
        >>> is_match_with_cmp({"n": 2}, lambda a, b: a >= b)({"n": 3})
        True

    .. versionadded:: 0.2.0
    """
    return lambda obj: is_match_with(obj, source, customizer)
