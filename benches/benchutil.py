"""Shared helpers for the benchmark suite: fixed-seed inputs and kernel switching.

Each benchmark group times funcutils with its compiled kernels, funcutils with
its pure-Python kernels, the peers (pydash, toolz/cytoolz, more-itertools) and a
plain-Python baseline, on the same input, in one run.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from typing import Any, Callable

from funcutils import _speedups

SEED = 20240611


def compiled_kernels() -> Any:
    """The compiled kernel module, or ``None`` where it is not built."""
    return _speedups.compiled_kernels()


@contextlib.contextmanager
def use_kernels(name: str) -> Iterator[None]:
    """Run the public functions with the ``"python"`` or ``"cython"`` kernels."""
    if name == "cython" and compiled_kernels() is None:
        import pytest

        pytest.skip("compiled kernels not built")
    with _speedups.use_kernels(name):
        yield


def run(benchmark: Any, contender: str, func: Callable[..., Any], *args: Any) -> Any:
    """Benchmark ``func(*args)``, with the kernels a ``funcutils-*`` contender names."""
    if contender.startswith("funcutils-"):
        with use_kernels(contender.split("-", 1)[1]):
            return benchmark(func, *args)
    return benchmark(func, *args)


def rng(offset: int = 0) -> random.Random:
    return random.Random(SEED + offset)


def one_level(outer: int = 10_000, inner: int = 10) -> list[list[int]]:
    r = rng(0)
    return [[r.randrange(1_000_000) for _ in range(inner)] for _ in range(outer)]


def wide_random(leaves: int = 200_000, max_depth: int = 6) -> list[Any]:
    """Random nesting of lists and tuples, depth <= max_depth, ~``leaves`` ints."""
    r = rng(1)
    count = 0
    top: list[Any] = []
    # iterative construction: a stack of (children, depth) under construction
    while count < leaves:
        stack: list[tuple[list[Any], int]] = [([], 2)]
        budgets = [r.randint(1, 8)]
        while stack:
            children, depth = stack[-1]
            if budgets[-1] == 0:
                stack.pop()
                budgets.pop()
                node = children if r.random() < 0.6 else tuple(children)
                if stack:
                    stack[-1][0].append(node)
                else:
                    top.append(node)
                continue
            budgets[-1] -= 1
            if depth < max_depth and r.random() < 0.42:
                stack.append(([], depth + 1))
                budgets.append(r.randint(1, 8))
            else:
                children.append(count)
                count += 1
    return top


def chain(depth: int = 50_000) -> list[Any]:
    node: list[Any] = [depth]
    for i in range(depth - 1, 0, -1):
        node = [i, node]
    return node


def mixed_leaves(leaves: int = 100_000) -> list[Any]:
    """Nested lists/tuples whose leaves are str, bytes, dict, None, float and int."""
    r = rng(3)
    words = ["alpha", "", "x", "hello world", "ß"]
    out: list[Any] = []
    for i in range(leaves // 5):
        group: list[Any] = [r.choice(words), b"bytes", {"k": i}, None, i / 7.0]
        out.append(group if i % 3 else (tuple(group), [i]))
    return out
