"""Every public function that pydash also has, per call, against pydash.

Two sizes (``benches/api_cases``): ``small`` (a few calls on 0-10 items, where
validation and wrappers cost more than the work) and ``large`` (10,000 items).
Contenders: funcutils as built (compiled kernels and public modules), its pure
implementation (the same source without extensions, ``benchutil.pure_package``),
and pydash 8.1.0. Groups are ``api-<name>-<size>``.

Run and summarise (ratios from ONE run)::

    python -m pytest benches/bench_api.py --benchmark-only \\
        --benchmark-json=/tmp/api.json --benchmark-max-time=0.05 --benchmark-min-rounds=5
    python benches/api_report.py /tmp/api.json

``FUNCUTILS_BENCH_MODULES=strings,objects`` restricts the run to those modules.
"""

from __future__ import annotations

import os
from typing import Any, Callable

import pytest

import funcutils
from api_cases import Case, all_cases, runner
from benchutil import pure_package, use_kernels

pydash = pytest.importorskip("pydash")

CASES = all_cases()
_ONLY = {m for m in os.environ.get("FUNCUTILS_BENCH_MODULES", "").split(",") if m}
SHARED = sorted(
    name
    for mod in funcutils.MODULES
    if not _ONLY or mod.__name__.rsplit(".", 1)[1] in _ONLY
    for name in mod.__all__
    if callable(getattr(mod, name)) and callable(getattr(pydash, name, None))
)
CONTENDERS = ["funcutils-cython", "funcutils-python", "pydash"]


def _runner(lib: Any, name: str, calls: list[Any]) -> Callable[[], None]:
    return runner(getattr(lib, name), calls)


@pytest.mark.parametrize("contender", CONTENDERS)
@pytest.mark.parametrize("size", ["small", "large"])
@pytest.mark.parametrize("name", SHARED)
def test_api(benchmark: Any, name: str, size: str, contender: str) -> None:
    case: Case | None = CASES.get(name)
    if case is None:
        pytest.fail(f"benches/api_cases has no case for {name}")
    calls = case.small if size == "small" else ([case.large] if case.large else [])
    if not calls:
        pytest.skip(f"{name}: no {size} case")
    benchmark.group = f"api-{name}-{size}"
    if contender == "pydash" and benchmark.disabled:
        # A test run (--benchmark-disable) calls each case once: funcutils' rows
        # are the smoke test; pydash's answers are compared in test_bench_api.
        pytest.skip("pydash is timed in benchmark runs only")
    if contender == "pydash":
        benchmark(_runner(pydash, name, calls))
        return
    if contender == "funcutils-python":
        benchmark(_runner(pure_package(), name, calls))
        return
    with use_kernels("cython"):
        benchmark(_runner(funcutils, name, calls))
