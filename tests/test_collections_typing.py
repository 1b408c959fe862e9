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
