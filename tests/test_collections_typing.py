# pyright: strict
"""Static types of the collection helpers: checked by ``mypy --strict`` (and run as tests)."""

from __future__ import annotations

from typing import Any, Optional

from typing_extensions import assert_type

import funcutils as _


def test_result_types() -> None:
    ints = [1, 2, 3]
    words = ["a", "bb", "cc"]
    scores = {"x": 1, "y": 2}
    assert_type(_.count_by(words, len), dict[int, int])
    assert_type(_.count_by(ints), dict[int, int])
    assert_type(_.count_by(scores), dict[int, int])
    assert_type(_.group_by(words, len), dict[int, list[str]])
    assert_type(_.group_by(ints), dict[int, list[int]])
    assert_type(_.filter_(ints, lambda x: x > 1), list[int])
    assert_type(_.filter_(scores, lambda v: v > 1), list[int])
    assert_type(_.find(words, "0"), Optional[str])
    assert_type(_.find(scores, lambda v: v > 1), Optional[int])
    assert_type(_.key_by(words, len), dict[int, str])
    assert_type(_.map_(ints, str), list[str])
    assert_type(_.map_([{"a": 1}], "a"), list[Any])
    assert _.group_by(words, len) == {1: ["a"], 2: ["bb", "cc"]}
    assert _.count_by(words, len) == {1: 1, 2: 2}


def test_lambdas_give_precise_types() -> None:
    ints = [1, 2, 3]
    words = ["a", "bb"]
    assert_type(_.group_by(words, lambda w: len(w)), dict[int, list[str]])
    assert_type(_.key_by(words, lambda w: w.upper()), dict[str, str])
    assert_type(_.count_by(words, lambda w: len(w) > 1), dict[bool, int])
    assert_type(_.filter_(ints, lambda x: x > 1), list[int])
    assert_type(_.filter_(ints, lambda x, i: x > i), list[int])
    assert_type(_.reject(ints, lambda x: x > 1), list[int])
    assert_type(_.find(ints, lambda x: x > 1), Optional[int])
    assert_type(_.find_last(ints, lambda x: x > 1), Optional[int])
    assert_type(_.partition(ints, lambda x: x > 1), list[list[int]])
    assert_type(_.flat_map(ints, lambda x: [str(x), str(x)]), list[str])
    assert_type(_.order_by(words, ["x"]), list[str])
    assert_type(_.at([10, 20, 30], 0, 2), list[Optional[int]])
    assert _.at([10, 20, 30], 0, 2) == [10, 30]


def test_folds_return_the_accumulator_type() -> None:
    assert_type(_.reduce_([1, 2, 3], lambda a, b: a * b), int)
    assert_type(_.reduce_([1, 2], lambda acc, b: acc + str(b), ""), str)
    assert_type(_.reduce_([1, 2], lambda acc, b, i: acc + [b + i], [0]), list[int])
    assert_type(_.reduce_right([1, 2], lambda acc, b: acc + str(b), ""), str)
    assert_type(_.reductions([1, 2, 3], lambda a, b: a + b), list[int])
    assert_type(_.reductions_right([1, 2], lambda acc, b: acc + str(b), ""), list[str])
    assert _.reduce_([1, 2, 3], lambda a, b: a * b) == 6
    assert _.reduce_([1, 2], lambda acc, b: acc + str(b), "") == "12"
