"""flatten / flatten_deep / flatten_depth: funcutils (compiled, pure) vs peers vs plain Python.

Shapes: one level (10,000 lists of 10 ints), wide random nesting (depth <= 6,
~200,000 leaves, lists and tuples), a chain 50,000 deep, mixed leaves
(str/bytes/dict/None/float kept whole).
"""

from __future__ import annotations

import itertools
from typing import Any, Callable

import more_itertools
import pydash
import pytest

import funcutils
from benchutil import chain, mixed_leaves, one_level, run, wide_random

SHAPES: dict[str, Callable[[], Any]] = {
    "one-level": one_level,
    "wide": wide_random,
    "chain": chain,
    "mixed": mixed_leaves,
}
_DATA: dict[str, Any] = {}


def data(shape: str) -> Any:
    if shape not in _DATA:
        _DATA[shape] = SHAPES[shape]()
    return _DATA[shape]


def stack_flatten(seq: Any) -> list[Any]:
    """Plain-Python baseline: an explicit stack of iterators, lists/tuples only."""
    out: list[Any] = []
    append = out.append
    stack = [iter(seq)]
    while stack:
        for item in stack[-1]:
            if type(item) is list or type(item) is tuple:
                stack.append(iter(item))
                break
            append(item)
        else:
            stack.pop()
    return out


FUNCUTILS = ["funcutils-cython", "funcutils-python"]

DEEP: dict[str, Callable[[Any], Any]] = {
    "funcutils-cython": funcutils.flatten_deep,
    "funcutils-python": funcutils.flatten_deep,
    "pydash": pydash.flatten_deep,
    "more_itertools.collapse": lambda x: list(more_itertools.collapse(x, base_type=dict)),
    "plain-python-stack": stack_flatten,
}

ONE: dict[str, Callable[[Any], Any]] = {
    "funcutils-cython": funcutils.flatten,
    "funcutils-python": funcutils.flatten,
    "pydash": pydash.flatten,
    "more_itertools.collapse": lambda x: list(more_itertools.collapse(x, levels=1)),
    "plain-python-chain": lambda x: list(itertools.chain.from_iterable(x)),
}


@pytest.mark.parametrize("contender", list(ONE))
def test_flatten_one_level(benchmark: Any, contender: str) -> None:
    benchmark.group = "flatten-one-level"
    x = data("one-level")
    result = run(benchmark, contender, ONE[contender], x)
    assert len(result) == 100_000


@pytest.mark.parametrize("contender", list(DEEP))
@pytest.mark.parametrize("shape", ["wide", "chain", "mixed"])
def test_flatten_deep(benchmark: Any, contender: str, shape: str) -> None:
    benchmark.group = f"flatten_deep-{shape}"
    if contender == "pydash" and shape == "chain":
        pytest.skip("pydash.flatten_deep raises RecursionError at this depth")
    x = data(shape)
    result = run(benchmark, contender, DEEP[contender], x)
    assert result == stack_flatten(x)


DEPTH2: dict[str, Callable[[Any], Any]] = {
    "funcutils-cython": lambda x: funcutils.flatten_depth(x, 2),
    "funcutils-python": lambda x: funcutils.flatten_depth(x, 2),
    "pydash": lambda x: pydash.flatten_depth(x, 2),
    "more_itertools.collapse": lambda x: list(more_itertools.collapse(x, levels=2, base_type=dict)),
}


@pytest.mark.parametrize("contender", list(DEPTH2))
@pytest.mark.parametrize("shape", ["wide", "mixed"])
def test_flatten_depth_2(benchmark: Any, contender: str, shape: str) -> None:
    benchmark.group = f"flatten_depth2-{shape}"
    x = data(shape)
    result = run(benchmark, contender, DEPTH2[contender], x)
    assert result == pydash.flatten_depth(x, 2)
