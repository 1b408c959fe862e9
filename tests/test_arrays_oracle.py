"""Generated inputs: funcutils gives pydash 8.1.0's answers (pydash is a test-only oracle).

Inputs are small lists of ints, strs and flat lists (unhashable), where no
documented difference applies; each function is called under both kernels.
"""

from __future__ import annotations

import copy
from typing import Any

import pydash
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import funcutils

item = st.one_of(st.integers(-2, 4), st.sampled_from(["a", "b"]),
                 st.lists(st.integers(0, 2), max_size=2))
arr = st.lists(item, max_size=8)
ints = st.lists(st.integers(-2, 4), max_size=8)

TWO_ARRAYS = ["difference", "intersection", "union", "xor", "without", "zip_", "interleave",
              "concat"]
ONE_ARRAY = ["uniq", "compact", "duplicates", "initial", "tail", "reverse", "head", "last",
             "flatten", "unzip_with", "sorted_uniq"]
INDEXED = ["chunk", "drop", "drop_right", "take", "take_right", "nth", "slice_", "split_at",
           "index_of", "last_index_of"]


def same(name: str, *args: Any) -> None:
    try:
        expected = getattr(pydash, name)(*copy.deepcopy(args))
    except Exception:  # noqa: BLE001 (pydash raising is not the subject here)
        return
    assert getattr(funcutils, name)(*copy.deepcopy(args)) == expected, (name, args)


@settings(max_examples=60)
@given(arr, arr, ints)
def test_against_pydash(a: Any, b: Any, c: Any) -> None:
    for name in TWO_ARRAYS:
        same(name, a, b)
    for name in ("difference", "intersection", "union", "xor"):
        same(name, a, b, a)
    for name in ("difference_by", "intersection_by", "union_by", "xor_by"):
        same(name, c, list(reversed(c)), lambda x: x % 3)
    for name in ("difference_with", "intersection_with", "union_with"):
        same(name, c, c[:2], lambda x, y: x % 3 == y % 3)
    same("xor_with", c, c[:2], lambda x, y: x % 3 == y % 3)
    for name in ONE_ARRAY:
        same(name, c)
    same("uniq", a)
    same("duplicates", a)
    same("uniq_by", c, lambda x: x % 2)
    same("uniq_with", c, lambda x, y: x % 2 == y % 2)
    same("duplicates", c, lambda x: x % 2)
    same("sorted_uniq_by", c, lambda x: x % 2)
    for name in INDEXED:
        for n in (-3, 0, 1, 2, 9):
            same(name, a, n)
    same("pull", list(a), *b)
    same("pull_all", list(a), b)
    same("pull_all_by", list(c), c[:3], lambda x: x % 2)
    same("pull_at", list(a), 0, [2, 5])
    same("fill", list(a), 0, 1, 3)
    same("intersperse", a, 0)
    same("intercalate", a, 0)
    for pred in (lambda x: x > 0, lambda x, i: i < 2, None):
        for name in ("drop_while", "drop_right_while", "take_while", "take_right_while",
                     "find_index", "find_last_index"):
            same(name, c, pred)
    same("remove", list(c), lambda x: x > 1)
    same("mapcat", c, lambda x: [x, [x]])
    sorted_c = sorted(c)
    for name in ("sorted_index", "sorted_last_index", "sorted_index_of", "sorted_last_index_of"):
        if sorted_c:
            same(name, sorted_c, 1)
    same("zip_object", [str(x) for x in c], b)
    same("splice", list(a), 1, 2, "x")
    same("unzip", [c, c[::-1]])
    same("zip_with", c, c[::-1], lambda x, y: x * 10 + y)


@pytest.mark.parametrize("depth_items", [[[1, [2]], [[3]]], []])
def test_flatten_family_still_matches(depth_items: Any) -> None:
    same("flatten_deep", depth_items)

