"""Static types of the array helpers: checked by ``mypy --strict`` (and run as tests)."""

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import assert_type

import funcutils as _


def test_result_types() -> None:
    ints = [1, 2, 3]
    strs = ["a", "b"]
    assert_type(_.chunk(ints, 2), list[list[int]])
    assert_type(_.chunk("abc", 2), list[str])
    assert_type(_.chunk((1, 2), 1), list[tuple[int, ...]])
    assert_type(_.uniq(ints), list[int])
    assert_type(_.uniq_by(strs, len), list[str])
    assert_type(_.zip_(ints, strs), list[tuple[int, str]])
    assert_type(_.zip_(ints, strs, ints), list[tuple[int, str, int]])
    assert_type(_.unzip([(1, "a"), (2, "b")]), list[tuple[int, str]])
    assert_type(_.compact([0, None, 1]), list[int])
    assert_type(_.difference(ints, [2]), list[int])
    assert_type(_.intersection(ints, [2]), list[int])
    assert_type(_.union(ints, strs), list[Union[int, str]])
    assert_type(_.head(ints), Optional[int])
    assert_type(_.take(strs, 1), list[str])
    assert_type(_.take_right("abc", 1), str)
    assert_type(_.reverse((1, 2)), tuple[int, int])
    assert_type(_.from_pairs([("a", 1)]), dict[str, int])
    assert_type(_.zip_object(["a"], [1]), dict[str, int])
    assert_type(_.splice("abc", 1, 1), str)
    assert_type(_.fill(list(ints), "x"), list[Union[int, str]])
    assert_type(_.index_of(ints, 2), int)
    assert _.zip_(ints, strs) == [(1, "a"), (2, "b")]
