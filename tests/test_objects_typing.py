# pyright: strict
"""Precise result types of funcutils.objects (checked by mypy --strict and basedpyright)."""

from __future__ import annotations

from typing import Any, Optional  # pyright: ignore[reportDeprecated]

from typing_extensions import assert_type

import funcutils as _


def test_result_types() -> None:
    d: dict[str, int] = {"a": 1, "b": 2}
    nums: list[int] = [1, 2]
    assert_type(_.pick(d, "a"), dict[str, int])
    assert_type(_.omit(d, "a"), dict[str, int])
    assert_type(_.pick_by(d, bool), dict[str, int])
    assert_type(_.omit_by(d), dict[str, int])
    assert_type(_.map_values(d, str), dict[str, str])
    assert_type(_.map_values(d, float), dict[str, float])
    assert_type(_.map_values(d), dict[str, int])
    assert_type(_.map_keys(d, str), dict[str, int])
    assert_type(_.invert(d), dict[int, str])
    assert_type(_.invert(["x", "y"]), dict[str, int])
    assert_type(_.invert_by(d), dict[int, list[str]])
    assert_type(_.to_pairs(d), list[tuple[str, int]])
    assert_type(_.to_pairs(nums), list[tuple[int, int]])
    assert_type(_.keys(d), list[str])
    assert_type(_.keys(nums), list[int])
    assert_type(_.values(d), list[int])
    assert_type(_.values(nums), list[int])
    assert_type(_.to_dict(d), dict[str, int])
    assert_type(_.to_dict(nums), dict[int, int])
    assert_type(_.clone_deep(d), dict[str, int])
    assert_type(_.clone(nums), list[int])
    assert_type(_.clone_deep_with(nums, None), list[int])
    assert_type(_.merge(d, {"c": 3}), dict[str, int])
    assert_type(_.assign(d, {"c": 3}), dict[str, int])
    assert_type(_.defaults(d, {"c": 3}), dict[str, int])
    assert_type(_.defaults_deep(d, {"c": 3}), dict[str, int])
    assert_type(_.set_with(d, "a", 1), dict[str, int])
    assert_type(_.update(d, "a", 1), dict[str, int])
    assert_type(_.rename_keys(d, {"a": "x"}), dict[Any, int])
    assert_type(_.to_list(nums), list[int])
    assert_type(_.to_list("ab"), list[str])
    assert_type(_.to_list({"a": 1.5}), list[float])
    assert_type(_.to_boolean("x"), Optional[bool])  # pyright: ignore[reportDeprecated]
    assert_type(_.to_number("1"), Optional[float])  # pyright: ignore[reportDeprecated]
    assert_type(_.to_integer("1"), int)
    assert_type(_.to_string(1), str)
    assert_type(_.parse_int("1"), Optional[int])  # pyright: ignore[reportDeprecated]
    assert_type(_.apply(1, str), str)
    assert_type(_.apply_if_not_none(1, str), Optional[str])  # pyright: ignore[reportDeprecated]
    assert_type(_.transform(nums), list[Any])
    def fold(acc: dict[str, int], v: int) -> None:
        acc["k"] = v

    assert_type(_.transform(nums, fold, {"k": 1}), dict[str, int])
    assert_type(_.for_in(d), dict[str, int])
