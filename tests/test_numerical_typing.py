# pyright: strict
"""Static types of the numerical helpers: checked by ``mypy --strict`` and basedpyright."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from typing_extensions import assert_type

import funcutils as _


def test_result_types() -> None:
    ints = [1, 2, 3]
    floats = [1.5, 2.5]
    decimals = [Decimal(1), Decimal(2)]
    scores = {"x": 1, "y": 2}
    rows = [{"a": 1}, {"a": 3}]
    assert_type(_.sum_(ints), int)
    assert_type(_.sum_(floats), float)
    assert_type(_.sum_(scores), int)
    assert_type(_.sum_(decimals), "Decimal | int")
    assert_type(_.mean(ints), float)
    assert_type(_.mean(floats), float)
    assert_type(_.mean(decimals), Decimal)
    assert_type(_.mean([Fraction(1)]), Fraction)
    assert_type(_.variance(ints), float)
    assert_type(_.std_deviation(ints), float)
    assert_type(_.max_(ints), int)
    assert_type(_.max_(scores), int)
    assert_type(_.max_(ints, default=None), "int | None")
    assert_type(_.min_(floats), float)
    assert_type(_.max_by(rows, "a"), dict[str, int])
    assert_type(_.min_by(rows, lambda r: r["a"]), dict[str, int])
    assert_type(_.max_by(ints), int)
    assert_type(_.max_by(rows, "a", None), "dict[str, int] | None")
    assert_type(_.zscore(ints), list[float])
    assert_type(_.transpose([[1, 2], [3, 4]]), list[list[int]])
    assert_type(_.clamp(5, 1, 3), int)
    assert_type(_.clamp(5.0, 1.0), float)
    assert_type(_.round_(2.5), float)
    assert_type(_.power(2, 3), "int | float")
    assert_type(_.divide(1, 2), float)
    assert_type(_.moving_mean(ints, 2), list[Any])
    assert _.sum_(ints) == 6 and _.mean(ints) == 2.0
    assert _.max_by(rows, "a") == {"a": 3}
