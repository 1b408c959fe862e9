"""Benchmarks for funcutils.functions: curry (full call, chain), flow, partial.

Each group compares funcutils' compiled and pure kernels with pydash, toolz,
cytoolz (when installed) and a plain-Python baseline::

    python -m pytest benches/bench_functions.py --benchmark-group-by=group
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType
from typing import Any, Callable, Optional

import pytest

from funcutils import _speedups_py

N = 1000  # calls per benchmark round


def _optional(name: str) -> Optional[ModuleType]:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


COMPILED = _optional("funcutils._speedups_c")
pydash = _optional("pydash")
toolz = _optional("toolz")
cytoolz = _optional("cytoolz")


def f3(a: int, b: int, c: int) -> int:
    return a + b + c


def inc(x: int) -> int:
    return x + 1


def double(x: int) -> int:
    return x * 2


def _param(name: str, factory: Optional[Callable[[], Any]]) -> Any:
    marks = [] if factory is not None else [pytest.mark.skip(reason=f"{name} not installed")]
    return pytest.param(factory, id=name, marks=marks)


def _kernel(module: Optional[ModuleType], name: str) -> Optional[Callable[..., Any]]:
    return None if module is None else getattr(module, name)


def _make(module: Optional[ModuleType], name: str, *args: Any) -> Optional[Callable[[], Any]]:
    """A factory calling ``module.name(*args)``, or None when the module is missing."""
    func = _kernel(module, name)
    if func is None:
        return None
    return lambda: func(*args)


fu_p = _speedups_py.curry_object

CURRIES = [
    _param("funcutils-compiled", _make(COMPILED, "curry_object", f3)),
    _param("funcutils-pure", lambda: fu_p(f3)),
    _param("pydash", _make(pydash, "curry", f3)),
    _param("toolz", _make(toolz, "curry", f3)),
    _param("cytoolz", _make(cytoolz, "curry", f3)),
]


@pytest.mark.parametrize("make", [*CURRIES, _param("baseline-direct", lambda: f3)])
def test_curry_full(benchmark: Any, make: Callable[[], Any]) -> None:
    benchmark.group = "curry-full-3args"
    func = make()

    def run() -> int:
        total = 0
        for _ in range(N):
            total += func(1, 2, 3)
        return total

    assert benchmark(run) == 6 * N


def _closure() -> Callable[[int], Any]:
    return lambda a: lambda b: lambda c: f3(a, b, c)


@pytest.mark.parametrize("make", [*CURRIES, _param("baseline-closure", _closure)])
def test_curry_chain(benchmark: Any, make: Callable[[], Any]) -> None:
    benchmark.group = "curry-chain-3args"
    func = make()

    def run() -> int:
        total = 0
        for _ in range(N):
            total += func(1)(2)(3)
        return total

    assert benchmark(run) == 6 * N


fl_p = _speedups_py.flow_object

FLOWS = [
    _param("funcutils-compiled", _make(COMPILED, "flow_object", (inc, double, inc))),
    _param("funcutils-pure", lambda: fl_p((inc, double, inc))),
    _param("pydash", _make(pydash, "flow", inc, double, inc)),
    _param("toolz", _make(toolz, "compose_left", inc, double, inc)),
    _param("cytoolz", _make(cytoolz, "compose_left", inc, double, inc)),
    _param("baseline-lambda", lambda: (lambda x: inc(double(inc(x))))),
]


@pytest.mark.parametrize("make", FLOWS)
def test_flow(benchmark: Any, make: Callable[[], Any]) -> None:
    benchmark.group = "flow-3funcs"
    func = make()

    def run() -> int:
        total = 0
        for i in range(N):
            total += func(i)
        return total

    assert benchmark(run) == sum((i + 1) * 2 + 1 for i in range(N))


pa_p = _speedups_py.partial_object

PARTIALS = [
    _param("funcutils-compiled", _make(COMPILED, "partial_object", f3, (1,))),
    _param("funcutils-pure", lambda: pa_p(f3, (1,))),
    _param("pydash", _make(pydash, "partial", f3, 1)),
    _param("toolz", _make(toolz, "curry", f3, 1)),
    _param("cytoolz", _make(cytoolz, "curry", f3, 1)),
    _param("baseline-functools", lambda: functools.partial(f3, 1)),
]


@pytest.mark.parametrize("make", PARTIALS)
def test_partial(benchmark: Any, make: Callable[[], Any]) -> None:
    benchmark.group = "partial-1bound-2call"
    func = make()

    def run() -> int:
        total = 0
        for _ in range(N):
            total += func(2, 3)
        return total

    assert benchmark(run) == 6 * N
