"""Predicates: deep equality and the cheap checks, funcutils (compiled, pure) vs pydash vs ``==``.

Shapes (fixed seed): ``records``, 10,000 dicts ``{"id", "name", "score",
"tags": [..], "ok", "a": {"b"}}`` compared with a JSON round trip of
themselves (equal, but no shared objects), and with a ``copy.deepcopy``
(strings and numbers shared); ``deep``, a 500-deep nested dict chain (the
depth where ``==`` still answers); ``rows`` for the cheap predicates (one call
per item of a 10,000-item mixed list). pydash's ``is_equal`` is ``==``, so
``plain-python`` and ``pydash`` are the same work. No peer library installed
here has a deep equality of its own. Self-contained (switches kernels itself).

Run: ``python -m pytest benches/bench_predicates.py --benchmark-only -q -p no:cacheprovider``;
``--benchmark-columns=median`` and ``--benchmark-group-by=group`` print the ratios.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any, Callable

import pydash
import pytest

import funcutils
from benchutil import use_kernels

SEED = 20240614
N = 10_000


def _records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    return [
        {"id": i, "name": f"user{i}", "score": rng.random(), "tags": ["a", f"t{rng.randrange(9)}"],
         "ok": rng.random() < 0.5, "a": {"b": rng.randrange(1000)}}
        for i in range(N)
    ]


RECORDS = _records()
RECORDS_JSON = json.loads(json.dumps(RECORDS))
RECORDS_COPY = copy.deepcopy(RECORDS)


def _deep(depth: int) -> Any:
    value: Any = {"leaf": 1}
    for i in range(depth):
        value = {"a": value, "i": i}
    return value


DEEP, DEEP_OTHER = _deep(500), _deep(500)
MIXED = [None, 1, "a", [], {}, 1.5, True, b"x", (1,), {1}] * (N // 10)


def _nocase(a: Any, b: Any) -> Any:
    return a.lower() == b.lower() if isinstance(a, str) and isinstance(b, str) else None


CASES: dict[str, dict[str, Callable[[], Any]]] = {
    "is_equal-records_json": {
        "funcutils": lambda: funcutils.is_equal(RECORDS, RECORDS_JSON),
        "pydash": lambda: pydash.is_equal(RECORDS, RECORDS_JSON),
        "plain-python": lambda: RECORDS == RECORDS_JSON,
    },
    "is_equal-records_deepcopy": {
        "funcutils": lambda: funcutils.is_equal(RECORDS, RECORDS_COPY),
        "pydash": lambda: pydash.is_equal(RECORDS, RECORDS_COPY),
        "plain-python": lambda: RECORDS == RECORDS_COPY,
    },
    "is_equal-deep500": {
        "funcutils": lambda: funcutils.is_equal(DEEP, DEEP_OTHER),
        "pydash": lambda: pydash.is_equal(DEEP, DEEP_OTHER),
        "plain-python": lambda: DEEP == DEEP_OTHER,
    },
    "is_equal_with-records_json": {
        "funcutils": lambda: funcutils.is_equal_with(RECORDS, RECORDS_JSON, _nocase),
        "pydash": lambda: pydash.is_equal_with(RECORDS, RECORDS_JSON, _nocase),
    },
    "is_match-records": {
        "funcutils": lambda: [funcutils.is_match(r, {"a": {"b": 5}, "ok": True}) for r in RECORDS],
        "pydash": lambda: [pydash.is_match(r, {"a": {"b": 5}, "ok": True}) for r in RECORDS],
        "plain-python": lambda: [r["a"]["b"] == 5 and r["ok"] == True for r in RECORDS],  # noqa: E712
    },
    "is_string-mixed": {
        "funcutils": lambda: [funcutils.is_string(x) for x in MIXED],
        "pydash": lambda: [pydash.is_string(x) for x in MIXED],
        "plain-python": lambda: [isinstance(x, str) for x in MIXED],
    },
    "is_number-mixed": {
        "funcutils": lambda: [funcutils.is_number(x) for x in MIXED],
        "pydash": lambda: [pydash.is_number(x) for x in MIXED],
        "plain-python": lambda: [isinstance(x, (int, float)) and type(x) is not bool for x in MIXED],
    },
    "is_empty-mixed": {
        "funcutils": lambda: [funcutils.is_empty(x) for x in MIXED],
        "pydash": lambda: [pydash.is_empty(x) for x in MIXED],
        "plain-python": lambda: [isinstance(x, (int, float)) or not x for x in MIXED],
    },
}

PARAMS = [
    pytest.param(group, impl, id=f"{group}-{impl}")
    for group, impls in CASES.items()
    for impl in (["funcutils-cython", "funcutils-python"] + [i for i in impls if i != "funcutils"])
]


@pytest.mark.parametrize("group,impl", PARAMS)
def test_predicates(benchmark: Any, group: str, impl: str) -> None:
    benchmark.group = group
    impls = CASES[group]
    func = impls["funcutils" if impl.startswith("funcutils") else impl]
    expected = impls["pydash"]()
    kernels = impl.split("-")[1] if impl.startswith("funcutils") else "python"
    with use_kernels(kernels):
        result = benchmark(func)
    assert result == expected
