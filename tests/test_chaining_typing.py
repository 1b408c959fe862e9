# pyright: strict
"""Static types of chains: the chained type flows from step to step.

Checked by ``mypy --strict`` and ``basedpyright`` (the assertions are no-ops at
run time, where the values are checked too). Chains of 1 to 6 steps across the
arrays, collections, functions, objects and utilities modules.
"""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

import funcutils
from funcutils._chain_methods import Chain
from funcutils.chaining import chain, py_, tap, thru


def double(x: int) -> int:
    return x * 2


def is_odd(x: int) -> bool:
    return x % 2 == 1


def label(x: int) -> str:
    return f"#{x}"


def add(a: int, b: int) -> int:
    return a + b


def test_one_step() -> None:
    assert_type(chain([1, 2]).map_(double).value(), list[int])
    assert_type(chain([1, 2]).head().value(), "int | None")
    assert_type(chain([[1], [2]]).flatten().value(), list[int])
    assert_type(chain("abc").size().value(), int)
    assert chain([1, 2]).map_(double).value() == [2, 4]


def test_two_to_six_steps() -> None:
    two = chain([3, 1, 3]).uniq().size()
    assert_type(two, Chain[int])
    assert_type(two.value(), int)
    three = chain([1, 2, 3, 4]).filter_(is_odd).map_(label).head()
    assert_type(three.value(), "str | None")
    four = chain([[1, 2], [2, 3]]).flatten().uniq().map_(double).size()
    assert_type(four.value(), int)
    five = chain([4, 1, 4, 2]).uniq().map_(double).filter_(is_odd).map_(label).uniq()
    assert_type(five.value(), list[str])
    six = chain([[3], [1, 3]]).flatten().uniq().map_(double).map_(label).uniq().head()
    assert_type(six.value(), "str | None")
    assert (two.value(), three.value(), four.value(), five.value(), six.value()) == (
        2, "#1", 3, [], "#6"
    )


def test_across_modules() -> None:
    curried = chain(add).curry().value()
    assert_type(curried(1)(2), int)
    flowed = chain(double).flow(label).value()
    assert_type(flowed(2), str)
    got = chain({"a": {"b": 1}}).get("a.b").value()
    assert_type(got, Any)
    getter = chain("a.b").property_().value()  # utilities
    assert_type(getter({"a": {"b": 2}}), Any)
    assert getter({"a": {"b": 2}}) == 2
    assert (curried(1)(2), flowed(2), got) == (3, "#4", 1)


def test_seedless_and_py() -> None:
    pipeline = py_().uniq().size()
    assert_type(pipeline, Chain[int])
    assert_type(pipeline([1, 1]), int)
    assert_type(py_.map_([1], label), list[str])
    assert_type(py_.map([1], label), list[str])
    assert_type(py_([1, 2]).uniq().value(), list[int])
    assert_type(py_.uniq([1, 2]), list[int])
    assert_type(chain().uniq(), Chain[list[Any]])
    assert pipeline([1, 1]) == 1


def test_chain_objects() -> None:
    c = chain([1, 2])
    assert_type(c, Chain[list[int]])
    assert_type(c.plant([3]), Chain[list[int]])
    assert_type(c.commit(), Chain[list[int]])
    assert_type(c.to_string(), str)
    assert_type(c.thru(len).value(), int)
    assert_type(c.tap(print).value(), list[int])
    assert_type(tap(1, print), int)
    assert_type(thru("ab", len), int)
    assert_type(funcutils.chain([1]), Chain[list[int]])
