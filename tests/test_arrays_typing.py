# pyright: strict, reportDeprecated=false, reportUnusedCallResult=false
"""Static types of the array helpers: checked by ``mypy --strict`` and basedpyright (strict).

At run time ``assert_type`` returns its argument, so this is also a smoke test.
``Union``/``Optional`` (not ``X | Y``): the expected types are evaluated at run
time, on Python 3.9 too. Inputs are annotated where a literal would otherwise
be inferred as ``Literal[...]`` by basedpyright.
"""

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import assert_type

import funcutils as _


def _add(a: int, b: int) -> int:
    return a + b


def _add3(a: int, b: int, index: int) -> int:
    return a + b + index


def _pair(x: int) -> list[int]:
    return [x, x]


def _label(x: int) -> str:
    return str(x)


def _two() -> tuple[int, int]:
    return (1, 2)


def _big(x: int) -> bool:
    return x > 1


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
    pairs: list[tuple[int, str]] = [(1, "a"), (2, "b")]
    assert_type(_.unzip(pairs), list[tuple[int, str]])
    assert_type(_.compact([0, None, 1]), list[int])
    assert_type(_.difference(ints, [2]), list[int])
    assert_type(_.intersection(ints, [2]), list[int])
    assert_type(_.union(ints, strs), list[Union[int, str]])
    assert_type(_.head(ints), Optional[int])
    assert_type(_.take(strs, 1), list[str])
    assert_type(_.take_right("abc", 1), str)
    assert_type(_.reverse(_two()), tuple[int, int])
    assert_type(_.zip_object(["a"], [1]), dict[str, int])
    assert_type(_.splice("abc", 1, 1), str)
    assert_type(_.fill(list(ints), "x"), list[Union[int, str]])
    assert_type(_.index_of(ints, 2), int)
    assert _.zip_(ints, strs) == [(1, "a"), (2, "b")]


def test_searching_gives_int() -> None:
    ints = [1, 2, 3]
    assert_type(_.find_index(ints, _big), int)
    assert_type(_.find_last_index(ints, _big), int)
    assert_type(_.find_index({"a": 1}, _big), Union[str, int])
    assert_type(_.last_index_of(ints, 2), int)
    assert_type(_.sorted_index(ints, 2), int)
    assert_type(_.sorted_last_index_of(ints, 2), int)
    assert _.find_index(ints, _big) == 1


def test_combining_keeps_item_types() -> None:
    assert_type(_.concat([1], [2]), list[int])
    assert_type(_.concat([1], ["a"]), list[Union[int, str]])
    assert_type(_.concat([1], ["a"], [b"x"]), list[Union[int, str, bytes]])
    items: list[tuple[str, int]] = [("a", 1), ("b", 2)]
    assert_type(_.from_pairs(items), dict[str, int])
    assert_type(_.from_pairs([["a", "b"]]), dict[str, str])
    assert_type(_.intercalate([[1, 2], [3]], 0), list[int])
    assert_type(_.intercalate([[1, 2], [3]], "x"), list[Union[int, str]])
    assert_type(_.intercalate([[1], [2]], [0.5]), list[Union[int, float]])
    assert_type(_.intersperse([1, 2], "x"), list[Union[int, str]])
    assert_type(_.zip_with([1, 2], [3, 4], _add), list[int])
    assert_type(_.zip_with([1, 2], [3, 4], _add3), list[int])
    assert_type(_.zip_with([1], [2], [3], iteratee=_add), list[int])
    assert_type(_.unzip_with([[1, 2], [3, 4]], _add), list[int])
    assert_type(_.unzip_with([[1, 2], [3, 4]], _add3), list[int])
    assert_type(_.unzip_with([[1, 2], [3, 4]]), list[tuple[int, ...]])
    assert_type(_.mapcat([1, 2], _pair), list[int])
    assert_type(_.mapcat([1, 2], _label), list[str])
    assert_type(_.mapcat([[1], [2]]), list[int])
    assert _.mapcat([1, 2], _pair) == [1, 1, 2, 2]
    assert _.zip_with([1, 2], [3, 4], _add) == [4, 6]
    assert _.unzip_with([[1, 2], [3, 4]], _add3) == [5, 7]
