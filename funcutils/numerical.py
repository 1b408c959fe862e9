"""Numbers: sums, means, rounding, clamping, statistics (pydash's ``numerical``).

Inputs follow pydash 8.1.0's rules: a mapping gives its *values*, any other
iterable its items, and an object that is neither its attributes (so
``sum_(None)`` is ``0``, as in pydash). The ``*_by`` forms take an iteratee or
a shorthand (see :func:`~funcutils.utilities.iteratee`), called with
``(value, index_or_key, collection)`` cut to its arity. Lists and tuples of
numbers go straight to the builtins (``sum``, ``sorted``, ``max``), which are
C already.

Errors: an empty input gives pydash's answer (``nan`` from the means,
``[]`` from :func:`zscore`); items that are not numbers raise a ``TypeError``
that names the function; a zero divisor or spread raises
:class:`~funcutils._errors.UndefinedResultError` (a ``ValueError`` that is also
the ``ZeroDivisionError`` pydash raises there).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Callable, Final, Protocol, TypeVar, Union, overload

from . import _speedups as _speedups_module
from ._compat import interpreted as _interpreted
from ._errors import (
    arg_error,
    empty_error,
    not_iterable_error,
    not_sized_error,
    numbers_error,
    refuse_mapping,
    undefined_result_error,
)
from ._helpers import UNSET, _Unset
from ._iteratee import identity, path_keys
from ._iteratee import iteratee as _iteratee
from ._iteratee import mark_argcount as _mark_argcount
from .collections import _mapped, _pairs, _values
from .predicates import is_number as _is_number
from .types import T2, T

if TYPE_CHECKING or _interpreted(__file__):  # Cython's directives as no-ops: see _compat.CYTHON
    from ._compat import CYTHON as cython
else:  # compiled: the compiler's own ``cython`` module, nothing is imported at run time
    import cython

__all__ = [
    "add",
    "ceil",
    "clamp",
    "divide",
    "floor",
    "max_",
    "max_by",
    "mean",
    "mean_by",
    "median",
    "min_",
    "min_by",
    "moving_mean",
    "multiply",
    "power",
    "round_",
    "scale",
    "slope",
    "std_deviation",
    "subtract",
    "sum_",
    "sum_by",
    "transpose",
    "variance",
    "zscore",
]


class _SupportsLT(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


class _SupportsGT(Protocol):
    def __gt__(self, other: Any, /) -> bool: ...


CmpT = TypeVar("CmpT", bound=Union[_SupportsLT, _SupportsGT])
NumT = TypeVar("NumT", int, float, Decimal, Fraction)

#: What an iteratee argument may be: a callable or a shorthand.
IterateeT = Union[Callable[..., Any], str, int, list[Any], tuple[Any, ...], dict[Any, Any], None]

#: The kernels (compiled or pure), looked up at call time so tests can swap them.
_speedups: Any = _speedups_module

_CEIL, _FLOOR = math.ceil, math.floor  # looked up once, not per call
_NAN = float("nan")
INFINITY = float("inf")
#: The empty-collection marker of the extremes.
_EMPTY: Any = object()


def _total(values: Iterable[Any], func: str, arg: str) -> Any:
    """``sum(values)``; a ``TypeError`` from adding the items names ``func``."""
    try:
        return sum(values)
    except TypeError as exc:
        raise numbers_error(func, arg, exc) from exc


def _length(collection: Any, func: str) -> int:
    try:
        return len(collection)
    except TypeError:
        raise not_sized_error(collection, func) from None


def _items(collection: Any, iteratee: Any) -> Any:
    """The values ``collection`` gives (mapped through ``iteratee`` when given)."""
    if iteratee is None:
        if type(collection) is list or type(collection) is tuple:
            return collection
        return list(_values(collection))
    return _mapped(collection, iteratee)


# --------------------------------------------------------------------------
# arithmetic
# --------------------------------------------------------------------------


def add(a: Any, b: Any) -> Any:
    """Add two numbers (or anything with ``+``).

    Args:
        a: First addend.
        b: Second addend.

    Returns:
        ``a + b``.

    Example:
        >>> add(10, 5)
        15
        >>> add(True, 0.5)
        1.5

    .. versionadded:: 0.2.0
    """
    return a + b


def _operand(value: Any, default: int) -> Any:
    """pydash's operand rule: ``None`` is ``default``; a non-number is tried as ``float``."""
    if value is None:
        return default
    if not _is_number(value):
        try:
            return float(value)
        except Exception:
            return value
    return value


@overload
def divide(
    dividend: Union[int, float, Fraction, str, None],
    divisor: Union[int, float, Fraction, str, None],
) -> float: ...
@overload
def divide(dividend: Any, divisor: Any) -> Any: ...
def divide(dividend: Any, divisor: Any) -> Any:
    """Divide two numbers; ``None`` counts as ``1``, other non-numbers are made ``float``.

    Args:
        dividend: The number to divide.
        divisor: The number to divide by.

    Returns:
        ``dividend / divisor``.

    Raises:
        UndefinedResultError: the divisor is zero (a ``ValueError`` and a
            ``ZeroDivisionError``).

    Example:
        >>> divide(20, 5)
        4.0
        >>> divide(None, 4), divide(5, None)
        (0.25, 5.0)
        >>> divide("1.5", 3)
        0.5
        >>> divide(1, 0)
        Traceback (most recent call last):
        ...
        funcutils._errors.UndefinedResultError: divide() argument 'divisor' is zero

    .. versionadded:: 0.2.0
    """
    tx, ty = type(dividend), type(divisor)  # an int or float is its own operand
    if not (tx is int or tx is float):
        dividend = _operand(dividend, 1)
    if not (ty is int or ty is float):
        divisor = _operand(divisor, 1)
    try:
        return dividend / divisor
    except ZeroDivisionError:
        raise undefined_result_error("divide", "argument 'divisor' is zero") from None


@overload
def multiply(multiplier: int, multiplicand: int) -> int: ...
@overload
def multiply(multiplier: Any, multiplicand: Any) -> Any: ...
def multiply(multiplier: Any, multiplicand: Any) -> Any:
    """Multiply two numbers; ``None`` counts as ``1`` (``0`` stays ``0``).

    Args:
        multiplier: The first number.
        multiplicand: The second number.

    Returns:
        ``multiplier * multiplicand``.

    Example:
        >>> multiply(4, 5)
        20
        >>> multiply(None, 0), multiply(None, None)
        (0, 1)
        >>> multiply(True, 3)
        3.0

    .. versionadded:: 0.2.0
    """
    tx, ty = type(multiplier), type(multiplicand)  # an int or float is its own operand
    if not (tx is int or tx is float):
        multiplier = _operand(multiplier, 1)
    if not (ty is int or ty is float):
        multiplicand = _operand(multiplicand, 1)
    return multiplier * multiplicand


@overload
def subtract(minuend: int, subtrahend: int) -> int: ...
@overload
def subtract(minuend: Any, subtrahend: Any) -> Any: ...
def subtract(minuend: Any, subtrahend: Any) -> Any:
    """Subtract two numbers; ``None`` counts as ``0``.

    Args:
        minuend: The number to subtract from.
        subtrahend: The number to subtract.

    Returns:
        ``minuend - subtrahend``.

    Example:
        >>> subtract(10, 5)
        5
        >>> subtract(None, 4), subtract("2.5", 0)
        (-4, 2.5)

    .. versionadded:: 0.2.0
    """
    tx, ty = type(minuend), type(subtrahend)  # an int or float is its own operand
    if not (tx is int or tx is float):
        minuend = _operand(minuend, 0)
    if not (ty is int or ty is float):
        subtrahend = _operand(subtrahend, 0)
    return minuend - subtrahend


@overload
def power(x: int, n: int) -> Union[int, float]: ...
@overload
def power(x: float, n: Union[int, float]) -> float: ...
@overload
def power(x: list[int], n: int) -> list[Union[int, float]]: ...
@overload
def power(x: list[float], n: Union[int, float]) -> list[float]: ...
@overload
def power(x: Any, n: Any) -> Any: ...
def power(x: Any, n: Any) -> Any:
    """``x`` to the power ``n``; a list is raised item by item; other values give ``None``.

    Args:
        x: A number (``int``, ``float``, ``Decimal``; not a ``bool``) or a list of them.
        n: The exponent.

    Returns:
        ``x ** n``, the list of powers, or ``None`` when ``x`` is neither.

    Example:
        >>> power(5, 2)
        25
        >>> power([1, 2, 3], 2)
        [1, 4, 9]
        >>> power("2", 2) is None, power(True, 2) is None
        (True, True)

    .. versionadded:: 0.2.0
    """
    if _is_number(x):
        return pow(x, n)
    if isinstance(x, list):
        return [pow(item, n) for item in x]
    return None


# --------------------------------------------------------------------------
# rounding and clamping
# --------------------------------------------------------------------------


#: ``pow(10, p)`` for the usual precisions, read instead of computed.
_POW10: Final = tuple(10**p for p in range(16))


def _rounder(func: Callable[[Any], Any], x: Any, precision: Any, name: str) -> Any:
    factor = _POW10[precision] if type(precision) is int and 0 <= precision < 16 else pow(10, precision)
    if not factor:
        # 10 ** precision underflows to 0.0 (precision < -323): nothing to divide by.
        raise ValueError(f"{name}() argument 'precision' is out of range: {precision!r}")
    if _is_number(x):
        return func(x * factor) / factor
    try:
        items = iter(x)
    except TypeError:
        return None
    try:
        return [func(item * factor) / factor for item in items]
    except TypeError:
        return None


@overload
def round_(x: Iterable[Any], precision: int = 0) -> Union[list[float], None]: ...
@overload
def round_(x: Union[int, float, Decimal], precision: int = 0) -> float: ...
@overload
def round_(x: Any, precision: int = 0) -> Any: ...
def round_(x: Any, precision: int = 0) -> Any:
    """Round ``x`` (or each item of an iterable) to ``precision`` digits.

    pydash's arithmetic: ``round(x * 10**precision) / 10**precision``, so the
    result is a ``float`` and halves round to even; a negative precision rounds
    to tens, hundreds.

    Args:
        x: A number or an iterable of numbers.
        precision: Digits after the point.

    Returns:
        The rounded number, the list of them, or ``None`` when ``x`` is neither
        (or an item is not a number).

    Example:
        >>> round_(3.275, 2), round_(1234.5678, -2)
        (3.28, 1200.0)
        >>> round_([1.25, 2.5])
        [1.0, 2.0]
        >>> round_("ab") is None
        True

    .. versionadded:: 0.2.0
    """
    if type(x) is float and precision == 0 and type(precision) is int:
        return round(x) / 1
    return _rounder(round, x, precision, "round_")


@overload
def ceil(x: Iterable[Any], precision: int = 0) -> Union[list[float], None]: ...
@overload
def ceil(x: Union[int, float, Decimal], precision: int = 0) -> float: ...
@overload
def ceil(x: Any, precision: int = 0) -> Any: ...
def ceil(x: Any, precision: int = 0) -> Any:
    """Round ``x`` (or each item) up to ``precision`` digits.

    Args:
        x: A number or an iterable of numbers.
        precision: Digits after the point (negative: tens, hundreds).

    Returns:
        The rounded-up ``float``, the list of them, or ``None``.

    Example:
        >>> ceil(3.275), ceil(3.215, 1), ceil(-1.5)
        (4.0, 3.3, -1.0)
        >>> ceil(6004, -3)
        7000.0

    .. versionadded:: 0.2.0
    """
    return _rounder(_CEIL, x, precision, "ceil")


@overload
def floor(x: Iterable[Any], precision: int = 0) -> Union[list[float], None]: ...
@overload
def floor(x: Union[int, float, Decimal], precision: int = 0) -> float: ...
@overload
def floor(x: Any, precision: int = 0) -> Any: ...
def floor(x: Any, precision: int = 0) -> Any:
    """Round ``x`` (or each item) down to ``precision`` digits.

    Args:
        x: A number or an iterable of numbers.
        precision: Digits after the point (negative: tens, hundreds).

    Returns:
        The rounded-down ``float``, the list of them, or ``None``.

    Example:
        >>> floor(3.75), floor(3.789, 2), floor(-1.5)
        (3.0, 3.78, -2.0)
        >>> floor([0.5, 1.5])
        [0.0, 1.0]

    .. versionadded:: 0.2.0
    """
    return _rounder(_FLOOR, x, precision, "floor")


# As iteratees (count_by, group_by...), these take the value only: the index
# must not become the precision (pydash marks them the same way).
for _rounding in (round_, ceil, floor):
    _mark_argcount(_rounding, 1)
del _rounding


@overload
def clamp(x: NumT, lower: NumT, upper: None = None) -> NumT: ...
@overload
def clamp(x: NumT, lower: NumT, upper: NumT) -> NumT: ...
@overload
def clamp(x: Any, lower: Any, upper: Any = None) -> Any: ...
def clamp(x: Any, lower: Any, upper: Any = None) -> Any:
    """Clamp ``x`` into ``[lower, upper]``; with two arguments, ``lower`` is the upper bound.

    Args:
        x: The number to clamp.
        lower: The lower bound (the upper one when ``upper`` is ``None``).
        upper: The upper bound.

    Returns:
        ``x``, or the bound it passed.

    Example:
        >>> clamp(-10, -5, 5), clamp(10, -5, 5), clamp(3, -5, 5)
        (-5, 5, 3)
        >>> clamp(10, 5)
        5

    .. versionadded:: 0.2.0
    """
    if upper is None:
        upper = lower
        lower = x
    if x < lower:
        x = lower
    elif x > upper:
        x = upper
    return x


# --------------------------------------------------------------------------
# sums and means
# --------------------------------------------------------------------------


@overload
def sum_(collection: Mapping[Any, int]) -> int: ...
@overload
def sum_(collection: Mapping[Any, float]) -> float: ...
@overload
def sum_(collection: Iterable[int]) -> int: ...
@overload
def sum_(collection: Iterable[float]) -> float: ...
@overload
def sum_(collection: Iterable[Decimal]) -> Union[Decimal, int]: ...
@overload
def sum_(collection: Iterable[Fraction]) -> Union[Fraction, int]: ...
@overload
def sum_(collection: Any) -> Any: ...
def sum_(collection: Any) -> Any:
    """Sum the values of a collection (a mapping: its values).

    ``sum`` itself, so ``bool`` items count as ``0``/``1``, ints stay exact at
    any size and an empty collection sums to ``0``.

    Args:
        collection: An iterable or a mapping of numbers.

    Returns:
        The sum.

    Raises:
        TypeError: an item is not a number.

    Example:
        >>> sum_([1, 2, 3, 4])
        10
        >>> sum_({"a": 1.5, "b": 2}), sum_([]), sum_([True, True])
        (3.5, 0, 2)
        >>> sum_([10**30, 1])
        1000000000000000000000000000001

    .. versionadded:: 0.2.0
    """
    if type(collection) is list or type(collection) is tuple:
        try:
            return sum(collection)
        except TypeError as exc:
            raise numbers_error("sum_", "collection", exc) from exc
    if type(collection) is dict:
        return _total(collection.values(), "sum_", "collection")
    return _total(_values(collection), "sum_", "collection")


def sum_by(collection: Any, iteratee: IterateeT = None) -> Any:
    """Sum ``iteratee(value, index_or_key, collection)`` over a collection.

    Args:
        collection: An iterable or a mapping.
        iteratee: A callable or shorthand (``"a.b"``: the value at that path).

    Returns:
        The sum.

    Raises:
        TypeError: a result is not a number.

    Example:
        >>> sum_by([{"n": 1}, {"n": 2}], "n")
        3
        >>> sum_by({"a": 1, "b": 2}, lambda v, k: v * 10)
        30

    .. versionadded:: 0.2.0
    """
    return _total(_items(collection, iteratee), "sum_by", "collection")


@overload
def mean(collection: Union[Mapping[Any, Decimal], Iterable[Decimal]]) -> Decimal: ...
@overload
def mean(collection: Union[Mapping[Any, Fraction], Iterable[Fraction]]) -> Fraction: ...
@overload
def mean(collection: Union[Mapping[Any, float], Iterable[float]]) -> float: ...
@overload
def mean(collection: Any) -> Any: ...
def mean(collection: Any) -> Any:
    """The arithmetic mean: ``sum(values) / len(collection)``.

    Args:
        collection: A sized iterable or mapping of numbers.

    Returns:
        The mean; ``nan`` for an empty collection.

    Raises:
        TypeError: the collection has no length (a generator), or an item is
            not a number.

    Example:
        >>> mean([1, 2, 3, 4])
        2.5
        >>> mean({"a": 1, "b": 2}), mean([])
        (1.5, nan)

    .. versionadded:: 0.2.0
    """
    if type(collection) is list or type(collection) is tuple:
        if not collection:
            return _NAN
        try:
            return sum(collection) / len(collection)
        except TypeError as exc:
            raise numbers_error("mean", "collection", exc) from exc
    return _mean_by(collection, None, "mean")


def _mean_by(collection: Any, iteratee: Any, func: str) -> Any:
    length = _length(collection, func)
    if not length:
        return _NAN
    return _total(_items(collection, iteratee), func, "collection") / length


@overload
def mean_by(collection: Any, iteratee: Callable[..., float]) -> float: ...
@overload
def mean_by(collection: Any, iteratee: Callable[..., Decimal]) -> Decimal: ...
@overload
def mean_by(collection: Any, iteratee: IterateeT = None) -> Any: ...
def mean_by(collection: Any, iteratee: Any = None) -> Any:
    """The mean of ``iteratee(value, index_or_key, collection)`` over a collection.

    Args:
        collection: A sized iterable or mapping.
        iteratee: A callable or shorthand.

    Returns:
        The mean; ``nan`` for an empty collection.

    Raises:
        TypeError: the collection has no length, or a result is not a number.

    Example:
        >>> mean_by([{"n": 1}, {"n": 4}], "n")
        2.5
        >>> mean_by([], "n")
        nan

    .. versionadded:: 0.2.0
    """
    return _mean_by(collection, iteratee, "mean_by")


def median(collection: Any, iteratee: IterateeT = None) -> Any:
    """The middle value (the mean of the two middle values for an even count).

    Args:
        collection: A sized iterable or mapping of numbers.
        iteratee: A callable or shorthand applied first.

    Returns:
        The median (an item for an odd count, a ``float`` for an even one);
        ``nan`` for an empty collection.

    Raises:
        TypeError: the collection has no length, or the values cannot be sorted.

    Example:
        >>> median([3, 1, 2]), median([1, 2, 3, 4])
        (2, 2.5)
        >>> median([{"n": 5}, {"n": 1}], "n"), median([])
        (3.0, nan)

    .. versionadded:: 0.2.0
    """
    length = _length(collection, "median")
    if not length:
        return _NAN
    items = _items(collection, iteratee)
    try:
        values = sorted(items)
    except TypeError as exc:
        raise numbers_error("median", "collection", exc) from exc
    half = length // 2
    if length % 2:
        return values[half]
    try:
        return (values[half - 1] + values[half]) / 2
    except TypeError as exc:
        raise numbers_error("median", "collection", exc) from exc


def moving_mean(array: Sequence[Any], size: Any) -> list[Any]:
    """The means of every window of ``size`` consecutive items.

    Args:
        array: A sequence of numbers.
        size: The window size (anything ``int()`` takes).

    Returns:
        One mean per full window, ``len(array) - size + 1`` of them
        (``[]`` when ``size`` is larger than the array).

    Raises:
        TypeError: ``array`` is a mapping or cannot be sliced, or an item is not
            a number.

    Example:
        >>> moving_mean([1, 2, 3, 4, 5], 2)
        [1.5, 2.5, 3.5, 4.5]
        >>> moving_mean([1, 2], 3)
        []

    .. versionadded:: 0.2.0
    """
    size = int(size)
    if type(array) is not list and type(array) is not tuple:
        refuse_mapping(array, "moving_mean")
    length = len(array)
    if size > 0:
        try:
            return [sum(array[i - size : i]) / size for i in range(size, length + 1)]
        except TypeError as exc:
            raise numbers_error("moving_mean", "array", exc) from exc
    # pydash's loop for size <= 0: windows of the wrong length are skipped, and
    # an empty window (size 0) has a mean of nan.
    result: list[Any] = []
    for i in range(size - 1, length + 1):
        window = array[i - size : i]
        if len(window) == size:
            result.append(mean(window))
    return result


# --------------------------------------------------------------------------
# extremes
# --------------------------------------------------------------------------


def _extreme(
    pick: Callable[..., Any], collection: Any, iteratee: Any, default: Any, func: str
) -> Any:
    if isinstance(collection, dict):
        collection = collection.values()
    keys = None if iteratee is None else path_keys(iteratee)
    if keys is not None:
        # A key or path: the compiled loop reads every value's key at once.
        values = collection if type(collection) is list else list(collection)
        if not values:
            if default is UNSET:
                raise empty_error(func, "collection")
            return default
        picked = _speedups.map_path(values, keys)
        return values[pick(range(len(values)), key=picked.__getitem__)]
    key = _iteratee(iteratee)
    fallback = _EMPTY if default is UNSET else default
    if key is identity:
        result = pick(collection, default=fallback)
    else:
        result = pick(collection, key=key, default=fallback)
    if result is _EMPTY:
        raise empty_error(func, "collection")
    return result


@overload
def max_(collection: Mapping[Any, CmpT], default: _Unset = UNSET) -> CmpT: ...
@overload
def max_(collection: Mapping[Any, CmpT], default: T) -> Union[CmpT, T]: ...
@overload
def max_(collection: Iterable[CmpT], default: _Unset = UNSET) -> CmpT: ...
@overload
def max_(collection: Iterable[CmpT], default: T) -> Union[CmpT, T]: ...
@cython.binding(True)  # a default a text signature cannot spell: see _compat
def max_(collection: Any, default: Any = UNSET) -> Any:
    """The largest value (a mapping: of its values).

    Args:
        collection: An iterable or mapping.
        default: What an empty collection gives.

    Returns:
        The largest value, or ``default``.

    Raises:
        ValueError: the collection is empty and there is no default.

    Example:
        >>> max_([1, 2, 3, 4]), max_({"a": 5, "b": 1})
        (4, 5)
        >>> max_([], default=-1)
        -1

    .. versionadded:: 0.2.0
    """
    if type(collection) is list and default is UNSET and collection:
        return max(collection)
    return _extreme(max, collection, None, default, "max_")


@overload
def max_by(
    collection: Union[Mapping[Any, CmpT], Iterable[CmpT]],
    iteratee: None = None,
    default: _Unset = UNSET,
) -> CmpT: ...
@overload
def max_by(
    collection: Union[Mapping[Any, CmpT], Iterable[CmpT]], iteratee: None = None, *, default: T
) -> Union[CmpT, T]: ...
@overload
def max_by(
    collection: Union[Mapping[Any, T2], Iterable[T2]],
    iteratee: Union[Callable[[T2], Any], str, int, list[Any], tuple[Any, ...], dict[Any, Any]],
    default: _Unset = UNSET,
) -> T2: ...
@overload
def max_by(
    collection: Union[Mapping[Any, T2], Iterable[T2]],
    iteratee: Union[Callable[[T2], Any], str, int, list[Any], tuple[Any, ...], dict[Any, Any]],
    default: T,
) -> Union[T2, T]: ...
@cython.binding(True)  # a default a text signature cannot spell: see _compat
def max_by(collection: Any, iteratee: Any = None, default: Any = UNSET) -> Any:
    """The value for which ``iteratee(value)`` is largest (the first of equals).

    Args:
        collection: An iterable or mapping.
        iteratee: A one-argument callable or shorthand (``"a"``: by key ``a``).
        default: What an empty collection gives.

    Returns:
        That value (not its key), or ``default``.

    Raises:
        ValueError: the collection is empty and there is no default.

    Example:
        >>> max_by([{"a": 1}, {"a": 3}, {"a": 3, "b": 0}], "a")
        {'a': 3}
        >>> max_by([], len, default=None) is None
        True

    .. versionadded:: 0.2.0
    """
    return _extreme(max, collection, iteratee, default, "max_by")


@overload
def min_(collection: Mapping[Any, CmpT], default: _Unset = UNSET) -> CmpT: ...
@overload
def min_(collection: Mapping[Any, CmpT], default: T) -> Union[CmpT, T]: ...
@overload
def min_(collection: Iterable[CmpT], default: _Unset = UNSET) -> CmpT: ...
@overload
def min_(collection: Iterable[CmpT], default: T) -> Union[CmpT, T]: ...
@cython.binding(True)  # a default a text signature cannot spell: see _compat
def min_(collection: Any, default: Any = UNSET) -> Any:
    """The smallest value (a mapping: of its values).

    Args:
        collection: An iterable or mapping.
        default: What an empty collection gives.

    Returns:
        The smallest value, or ``default``.

    Raises:
        ValueError: the collection is empty and there is no default.

    Example:
        >>> min_([4, 2, 3]), min_({"a": 5, "b": 1})
        (2, 1)
        >>> min_([], default=0)
        0

    .. versionadded:: 0.2.0
    """
    if type(collection) is list and default is UNSET and collection:
        return min(collection)
    return _extreme(min, collection, None, default, "min_")


@overload
def min_by(
    collection: Union[Mapping[Any, CmpT], Iterable[CmpT]],
    iteratee: None = None,
    default: _Unset = UNSET,
) -> CmpT: ...
@overload
def min_by(
    collection: Union[Mapping[Any, CmpT], Iterable[CmpT]], iteratee: None = None, *, default: T
) -> Union[CmpT, T]: ...
@overload
def min_by(
    collection: Union[Mapping[Any, T2], Iterable[T2]],
    iteratee: Union[Callable[[T2], Any], str, int, list[Any], tuple[Any, ...], dict[Any, Any]],
    default: _Unset = UNSET,
) -> T2: ...
@overload
def min_by(
    collection: Union[Mapping[Any, T2], Iterable[T2]],
    iteratee: Union[Callable[[T2], Any], str, int, list[Any], tuple[Any, ...], dict[Any, Any]],
    default: T,
) -> Union[T2, T]: ...
@cython.binding(True)  # a default a text signature cannot spell: see _compat
def min_by(collection: Any, iteratee: Any = None, default: Any = UNSET) -> Any:
    """The value for which ``iteratee(value)`` is smallest (the first of equals).

    Args:
        collection: An iterable or mapping.
        iteratee: A one-argument callable or shorthand.
        default: What an empty collection gives.

    Returns:
        That value, or ``default``.

    Raises:
        ValueError: the collection is empty and there is no default.

    Example:
        >>> min_by({"x": {"a": 1}, "y": {"a": 0}}, "a")
        {'a': 0}
        >>> min_by(["ccc", "a", "bb"], len)
        'a'

    .. versionadded:: 0.2.0
    """
    return _extreme(min, collection, iteratee, default, "min_by")


# --------------------------------------------------------------------------
# statistics
# --------------------------------------------------------------------------


def _variance(values: Any, func: str) -> Any:
    """pydash's population variance of a list of values (``nan`` when empty)."""
    n = len(values)
    if not n:
        return _NAN
    try:
        avg = sum(values) / n
        return sum([(v - avg) ** 2 for v in values]) / n
    except TypeError as exc:
        raise numbers_error(func, "array", exc) from exc


@overload
def variance(array: Union[Mapping[Any, Decimal], Iterable[Decimal]]) -> Decimal: ...
@overload
def variance(array: Union[Mapping[Any, Fraction], Iterable[Fraction]]) -> Fraction: ...
@overload
def variance(array: Union[Mapping[Any, float], Iterable[float]]) -> float: ...
@overload
def variance(array: Any) -> Any: ...
def variance(array: Any) -> Any:
    """The population variance: the mean of the squared distances from the mean.

    Args:
        array: A sized iterable or mapping of numbers.

    Returns:
        The variance; ``nan`` for an empty array.

    Raises:
        TypeError: the array has no length, or an item is not a number.

    Example:
        >>> variance([1, 2, 3, 4])
        1.25
        >>> variance({"a": 1, "b": 3}), variance([])
        (1.0, nan)

    .. versionadded:: 0.2.0
    """
    if type(array) is list or type(array) is tuple:
        return _variance(array, "variance")
    _length(array, "variance")
    return _variance(_items(array, None), "variance")


@overload
def std_deviation(array: Union[Mapping[Any, Decimal], Iterable[Decimal]]) -> float: ...
@overload
def std_deviation(array: Any) -> float: ...
def std_deviation(array: Any) -> float:
    """The population standard deviation: the square root of :func:`variance`.

    Args:
        array: A sized iterable or mapping of numbers.

    Returns:
        The standard deviation (a ``float``); ``nan`` for an empty array.

    Raises:
        TypeError: the array has no length, or an item is not a number.

    Example:
        >>> round(std_deviation([1, 18, 20, 4]), 6)
        8.347904
        >>> std_deviation([])
        nan

    .. versionadded:: 0.2.0
    """
    return math.sqrt(variance(array))


def zscore(collection: Any, iteratee: IterateeT = None) -> list[float]:
    """The standard score of every value: ``(value - mean) / std_deviation``.

    Args:
        collection: An iterable or mapping of numbers.
        iteratee: A callable or shorthand applied first.

    Returns:
        One score per value (``[]`` for an empty collection).

    Raises:
        UndefinedResultError: all values are equal (the deviation is zero; a
            ``ValueError`` and the ``ZeroDivisionError`` pydash raises).
        TypeError: a value is not a number.

    Example:
        >>> zscore([1, 2, 3])
        [-1.224744871391589, 0.0, 1.224744871391589]
        >>> zscore([{"n": 1}, {"n": 3}], "n"), zscore([])
        ([-1.0, 1.0], [])

    .. versionadded:: 0.2.0
    """
    values = _items(collection, iteratee)
    if type(values) is not list:
        values = list(values)
    n = len(values)
    if not n:
        return []
    try:
        avg = sum(values) / n
        sig = math.sqrt(sum([(v - avg) ** 2 for v in values]) / n)
    except TypeError as exc:
        raise numbers_error("zscore", "collection", exc) from exc
    if not sig:
        raise undefined_result_error(
            "zscore", "argument 'collection' has a standard deviation of zero"
        )
    return [(v - avg) / sig for v in values]


def scale(array: Iterable[Any], maximum: Any = 1) -> list[Any]:
    """Scale the numbers so that the largest becomes ``maximum``.

    Args:
        array: An iterable of numbers (a mapping: its keys, as pydash).
        maximum: What the largest value becomes.

    Returns:
        Each number times ``maximum / max(array)``.

    Raises:
        ValueError: the array is empty.
        UndefinedResultError: the largest value is zero.

    Example:
        >>> scale([1, 2, 4])
        [0.25, 0.5, 1.0]
        >>> scale([1, 2, 4], 8)
        [2.0, 4.0, 8.0]

    .. versionadded:: 0.2.0
    """
    if type(array) is not list and type(array) is not tuple:
        try:
            iter(array)
        except TypeError:
            raise not_iterable_error(array, "scale") from None
    try:
        array_max = max(array)
        factor = maximum / array_max
        return [item * factor for item in array]
    except TypeError as exc:
        raise numbers_error("scale", "array", exc) from exc
    except ZeroDivisionError:
        raise undefined_result_error(
            "scale", "argument 'array' has a largest value of zero"
        ) from None
    except ValueError:
        if array:
            raise
        raise empty_error("scale", "array") from None


def slope(point1: Sequence[Any], point2: Sequence[Any]) -> Any:
    """The slope between two points ``(x, y)``: ``inf`` when they share ``x``.

    Args:
        point1: ``(x1, y1)``.
        point2: ``(x2, y2)``.

    Returns:
        ``(y2 - y1) / (x2 - x1)``, or ``inf``.

    Raises:
        TypeError: a point has no items ``0`` and ``1``.

    Example:
        >>> slope((1, 2), (4, 8))
        2.0
        >>> slope([2, 1], [2, 5])
        inf

    .. versionadded:: 0.2.0
    """
    try:
        x1, y1 = point1[0], point1[1]
    except (LookupError, TypeError):
        raise arg_error("slope", "point1", "a pair (x, y)", point1) from None
    try:
        x2, y2 = point2[0], point2[1]
    except (LookupError, TypeError):
        raise arg_error("slope", "point2", "a pair (x, y)", point2) from None
    if x1 == x2:
        return INFINITY
    return (y2 - y1) / (x2 - x1)


def transpose(array: Iterable[Iterable[T]]) -> list[list[T]]:
    """Swap rows and columns: ``result[x][y] = array[y][x]``.

    Short rows leave gaps that are filled with ``None``; a mapping of rows
    gives rows that are dicts keyed by the mapping's keys (pydash's rules).

    Args:
        array: An iterable of rows.

    Returns:
        The columns, as lists.

    Raises:
        ValueError: a row is a mapping whose keys are not integers.

    Example:
        >>> transpose([[1, 2, 3], [4, 5, 6]])
        [[1, 4], [2, 5], [3, 6]]
        >>> transpose([[1], [2, 3]])
        [[1, 2], [None, 3]]

    .. versionadded:: 0.2.0
    """
    if type(array) is list and array and all(type(row) is list for row in array):
        width = len(array[0])
        if all(len(row) == width for row in array):
            return [list(column) for column in zip(*array)]
    trans: list[Any] = []
    for y, row in _pairs(array):
        for x, col in _pairs(row):
            if type(x) is not int:
                try:
                    x = int(x)
                except (TypeError, ValueError):
                    raise ValueError(
                        f"transpose() rows must be sequences: key {x!r} is not an index"
                    ) from None
            while len(trans) < x:
                trans.append(None)
            if len(trans) == x:
                trans.append([] if type(y) is int else {})
            column: Any = trans[x]
            if column is None:
                column = trans[x] = [] if type(y) is int else {}
            if type(column) is dict:
                column[y] = col
            elif type(y) is int and y >= 0:
                if y < len(column):
                    column[y] = col
                else:
                    column.extend([None] * (y - len(column)))
                    column.append(col)
            else:
                raise ValueError(f"transpose() rows must be sequences: key {y!r} is not an index")
    return trans

