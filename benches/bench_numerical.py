"""Numerical: funcutils (compiled, pure) vs pydash vs statistics / numpy vs plain Python.

Shapes (fixed seed): ``100k-int`` (100,000 ints in ``[-10**6, 10**6]``),
``100k-float`` (100,000 floats), ``rows`` (10,000 dicts ``{"n": int}``, for the
``*_by`` forms with a key shorthand), ``grid`` (100 rows of 100 ints).
Groups: ``<fn>-<shape>``. The issue's targets, from one run:
``sum_`` and ``mean`` within 1.5x of ``sum(x)`` / ``sum(x) / len(x)``
(``plain-python``), ``variance`` within 1.5x of ``statistics.pvariance``::

    python -m pytest benches/bench_numerical.py --benchmark-only \\
        --benchmark-json=/tmp/numerical.json --benchmark-min-rounds=5 -q

numpy is an optional peer (its rows skip when it is not installed); its
rows include converting the list to an array, as a caller holding a list pays.
"""

from __future__ import annotations

import math
import statistics
from typing import Any, Callable

import pydash
import pytest

try:
    import numpy
except ImportError:  # optional peer
    numpy = None

from benchutil import rng, use_kernels

import funcutils

_r = rng(14)
INTS = [_r.randint(-(10**6), 10**6) for _ in range(100_000)]
FLOATS = [_r.uniform(-1e6, 1e6) for _ in range(100_000)]
ROWS = [{"n": _r.randint(0, 1000)} for _ in range(10_000)]
GRID = [[_r.randint(0, 9) for _ in range(100)] for _ in range(100)]


def _plain_variance(x: list[Any]) -> float:
    avg = sum(x) / len(x)
    return sum([(v - avg) ** 2 for v in x]) / len(x)


def _np(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda x: func(numpy.asarray(x)).item()  # type: ignore[union-attr]


def _zscore(x: list[Any]) -> list[float]:
    avg = sum(x) / len(x)
    sig = math.sqrt(sum([(v - avg) ** 2 for v in x]) / len(x))
    return [(v - avg) / sig for v in x]


# group -> (input, {contender: callable(input)}, compare exactly?)
CASES: dict[str, tuple[Any, dict[str, Callable[[Any], Any]], bool]] = {}
for shape, data in (("100k-int", INTS), ("100k-float", FLOATS)):
    CASES[f"sum_-{shape}"] = (data, {
        "funcutils": funcutils.sum_, "pydash": pydash.sum_,
        "statistics-fsum": math.fsum,
        "numpy": _np(numpy.sum) if numpy else None,  # type: ignore[dict-item]
        "plain-python": sum,
    }, True)
    CASES[f"mean-{shape}"] = (data, {
        "funcutils": funcutils.mean, "pydash": pydash.mean,
        "statistics": statistics.fmean,
        "numpy": _np(numpy.mean) if numpy else None,  # type: ignore[dict-item]
        "plain-python": lambda x: sum(x) / len(x),
    }, True)
    CASES[f"variance-{shape}"] = (data, {
        "funcutils": funcutils.variance, "pydash": pydash.variance,
        "statistics": statistics.pvariance,
        "numpy": _np(numpy.var) if numpy else None,  # type: ignore[dict-item]
        "plain-python": _plain_variance,
    }, False)
CASES["median-100k-float"] = (FLOATS, {
    "funcutils": funcutils.median, "pydash": pydash.median, "statistics": statistics.median,
    "numpy": _np(numpy.median) if numpy else None,  # type: ignore[dict-item]
    "plain-python": statistics.median,
}, True)
CASES["zscore-100k-float"] = (FLOATS, {
    "funcutils": funcutils.zscore, "pydash": pydash.zscore, "plain-python": _zscore,
}, False)
CASES["mean_by-rows"] = (ROWS, {
    "funcutils": lambda x: funcutils.mean_by(x, "n"), "pydash": lambda x: pydash.mean_by(x, "n"),
    "plain-python": lambda x: sum(r["n"] for r in x) / len(x),
}, True)
CASES["max_by-rows"] = (ROWS, {
    "funcutils": lambda x: funcutils.max_by(x, "n"), "pydash": lambda x: pydash.max_by(x, "n"),
    "plain-python": lambda x: max(x, key=lambda r: r["n"]),
}, True)
CASES["transpose-grid"] = (GRID, {
    "funcutils": funcutils.transpose, "pydash": pydash.transpose,
    "numpy": (lambda x: numpy.asarray(x).T.tolist()) if numpy else None,  # type: ignore[union-attr]
    "plain-python": lambda x: [list(c) for c in zip(*x)],
}, True)

PARAMS = [
    pytest.param(group, impl, id=f"{group}-{impl}")
    for group, (_data, impls, _exact) in CASES.items()
    for impl in ["funcutils-cython", "funcutils-python", *(i for i in impls if i != "funcutils")]
]


def _close(a: Any, b: Any, exact: bool) -> bool:
    if isinstance(a, list):
        return len(a) == len(b) and all(_close(x, y, exact) for x, y in zip(a, b))
    if exact or not isinstance(a, (int, float)):
        return bool(a == b)
    return math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize("group,impl", PARAMS)
def test_numerical(benchmark: Any, group: str, impl: str) -> None:
    benchmark.group = group
    data, impls, exact = CASES[group]
    func = impls["funcutils" if impl.startswith("funcutils") else impl]
    if func is None:
        pytest.skip(f"{impl} is not installed")
    expected = impls["plain-python"](data)
    kernels = impl.split("-")[1] if impl.startswith("funcutils") else "python"
    with use_kernels(kernels):
        result = benchmark(func, data)
    # funcutils answers exactly as the plain baseline; the peers may round differently.
    assert _close(result, expected, exact and impl.startswith("funcutils"))
