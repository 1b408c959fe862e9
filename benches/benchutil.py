"""Shared helpers for the benchmark suite: fixed-seed inputs and kernel switching.

Each benchmark group times funcutils with its compiled kernels, funcutils with
its pure-Python kernels, the peers (pydash, toolz/cytoolz, more-itertools) and a
plain-Python baseline, on the same input, in one run.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import random
import sys
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


def pure_package() -> Any:
    """funcutils' pure implementation, loaded beside the compiled one as ``funcutils_source``.

    Where the extensions are built, the public modules are compiled too, so the
    kernel swap (:func:`use_kernels`) alone does not give the pure
    implementation users get under ``FUNCUTILS_NO_EXTENSIONS=1`` (or on PyPy):
    this is that package, imported a second time from the same source files with
    the variable set, so one run can time both.
    """
    name = "funcutils_source"
    if name in sys.modules:
        return sys.modules[name]
    directory = os.path.dirname(os.path.abspath(_speedups.__file__))
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(directory, "__init__.py"), submodule_search_locations=[directory]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    saved = os.environ.get("FUNCUTILS_NO_EXTENSIONS")
    os.environ["FUNCUTILS_NO_EXTENSIONS"] = "1"
    sys.modules[name] = package
    try:
        spec.loader.exec_module(package)
    except BaseException:
        del sys.modules[name]
        raise
    finally:
        if saved is None:
            del os.environ["FUNCUTILS_NO_EXTENSIONS"]
        else:
            os.environ["FUNCUTILS_NO_EXTENSIONS"] = saved
    assert package.IMPLEMENTATION == "python"
    return package


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
