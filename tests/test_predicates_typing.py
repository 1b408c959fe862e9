# pyright: strict
"""Static types of the predicates: narrowing and results (``mypy --strict``, basedpyright)."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal  # noqa: F401 (used in a string annotation)
from typing import Any, Callable

from typing_extensions import assert_type

import funcutils as _


def narrowed(x: object) -> list[str]:
    out: list[str] = []
    if _.is_string(x):
        assert_type(x, str)
        out.append(x.upper())
    if _.is_list(x):
        assert_type(x, list[Any])
        out.append(str(len(x)))
    if _.is_dict(x):
        assert_type(x, dict[Any, Any])
        out.extend(str(k) for k in x)
    if _.is_tuple(x):
        assert_type(x, tuple[Any, ...])
    if _.is_set(x):
        assert_type(x, set[Any])
    if _.is_none(x):
        assert_type(x, None)
    if _.is_boolean(x):
        assert_type(x, bool)
    if _.is_number(x):
        assert_type(x, "int | float | Decimal")
    if _.is_integer(x):
        assert_type(x, int)
        out.append(str(x.bit_length()))
    if _.is_float(x):
        assert_type(x, float)
        out.append(x.hex())
    if _.is_zero(x):
        assert_type(x, int)
    if _.is_date(x):
        assert_type(x, datetime.date)
        out.append(x.isoformat())
    if _.is_error(x):
        assert_type(x, Exception)
    if _.is_reg_exp(x):
        assert_type(x, re.Pattern[Any])
    if _.is_function(x):
        assert_type(x, Callable[..., object])
    if _.is_blank(x):
        assert_type(x, str)
    return out


def not_narrowed(x: str | int | None) -> None:
    if _.is_none(x):
        assert_type(x, None)
    else:
        assert_type(x, "str | int")
    if not _.is_string(x):
        assert_type(x, "int | None")


def instance(x: object) -> int:
    if _.is_instance_of(x, int):
        assert_type(x, int)
        return x
    return 0


def test_narrowing() -> None:
    assert instance(3) == 3
    assert narrowed("ab") == ["AB"]
    assert narrowed([1]) == ["1"]
    assert narrowed(5) == ["3"]
    not_narrowed(None)


def test_result_types() -> None:
    assert_type(_.is_equal([1], [1]), bool)
    assert_type(_.is_equal_with([1], [1], None), bool)
    assert_type(_.is_equal_with([1], [1], lambda a, b: "x"), "str | bool")
    assert_type(_.is_match({"a": 1}, {"a": 1}), bool)
    assert_type(_.is_match_with({"a": 1}, {"a": 1}), bool)
    assert_type(_.gt(1, 0), bool)
    assert_type(_.gt_cmp(1), Callable[[Any], bool])
    assert_type(_.eq_cmp(1), Callable[[int], bool])
    assert_type(_.is_equal_cmp([1]), Callable[[list[int]], bool])
    assert_type(_.in_range(1, 0, 2), bool)
    assert_type(_.is_increasing([1, 2]), bool)
    assert _.is_equal_with([1], [1], lambda a, b: "x") == "x"
