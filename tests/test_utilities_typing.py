# pyright: strict
"""Static types of the utilities: checked by ``mypy --strict`` and basedpyright."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Callable

from typing_extensions import assert_type

import funcutils as _
from funcutils.utilities import MemoizedFunc


def add(a: int, b: int = 1) -> int:
    return a + b


def test_result_types() -> None:
    m = _.memoize(add)
    assert isinstance(m, MemoizedFunc)
    assert_type(m(1), int)
    assert_type(m.cache, dict[str, int])
    r = _.memoize(add, resolver=lambda a, b=1: (a, b))
    assert_type(r.cache, dict[tuple[int, int], int])
    assert_type(_.times(3, str), list[str])
    assert_type(_.times(3), list[int])
    assert_type(_.constant(5), Callable[..., int])
    assert_type(_.identity(5), int)
    assert_type(_.identity(), None)
    assert_type(_.range_(3), Generator[int, None, None])
    assert_type(_.range_right(1, 3, 1), Generator[int, None, None])
    assert_type(_.random(), int)
    assert_type(_.random(1.5), float)
    assert_type(_.random(1, 5, floating=True), float)
    assert_type(_.random(1, 5, seed=3), int)
    assert_type(_.attempt(add, 1), "int | Exception")
    assert_type(_.over([add])(1, 2), list[int])
    assert_type(_.default_to(None, 3), int)
    assert_type(_.unique_id(), str)
    assert_type(_.now(), int)
    assert_type(_.stub_list(), list[Any])
    retried = _.retry(attempts=2)(add)
    assert_type(retried(1, 2), int)
    assert m(2) == 3 and _.times(2, str) == ["0", "1"]
