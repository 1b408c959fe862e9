"""Benchmarks for the array helpers: funcutils (compiled and pure kernels) vs
pydash, toolz/cytoolz where they have an equivalent, and a plain-Python baseline.

Groups are ``<fn>-<shape>``; compare the rows of one group within one run::

    python -m pytest benches/bench_arrays.py --benchmark-columns=median,iqr,rounds
    python -m pytest benches --benchmark-disable      # smoke run (CI)

pydash's ``difference``/``intersection`` scan ``others`` for every item
(O(n*m)): at 100,000 items they take many minutes, so pydash is timed on the
``-1k`` groups only.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any, Callable

import pydash
import pytest

import funcutils
from benchutil import use_kernels

try:
    import cytoolz
except ImportError:  # pragma: no cover
    cytoolz = None
try:
    import toolz
except ImportError:  # pragma: no cover
    toolz = None

SEED = 20240601


def _ints(n: int, distinct: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randrange(distinct) for _ in range(n)]


UNIQ_200K = _ints(200_000, 100_000, SEED)
CHUNK_200K = list(range(200_000))
A_100K = _ints(100_000, 150_000, SEED + 1)
B_100K = _ints(100_000, 150_000, SEED + 2)
A_1K = _ints(1_000, 1_500, SEED + 3)
B_1K = _ints(1_000, 1_500, SEED + 4)
UNHASHABLE_2K = [[i % 500] for i in range(2_000)]


@pytest.fixture(params=["funcutils-cython", "funcutils-python"])
def kernels(request: pytest.FixtureRequest) -> Iterator[str]:
    """Install one kernel set in ``funcutils._speedups`` for the benchmark."""
    with use_kernels("cython" if request.param == "funcutils-cython" else "python"):
        yield request.param


def _run(benchmark: Any, group: str, func: Callable[[], Any], expected: Any) -> None:
    benchmark.group = group
    result = benchmark(func)
    assert result == expected


# ----------------------------------------------------------------------------- uniq

UNIQ_EXPECTED = list(dict.fromkeys(UNIQ_200K))
UNIQ_PEERS: dict[str, Callable[[], Any]] = {
    "baseline-dict.fromkeys": lambda: list(dict.fromkeys(UNIQ_200K)),
    "pydash": lambda: pydash.uniq(UNIQ_200K),
}
if toolz is not None:
    UNIQ_PEERS["toolz.unique"] = lambda: list(toolz.unique(UNIQ_200K))
if cytoolz is not None:
    UNIQ_PEERS["cytoolz.unique"] = lambda: list(cytoolz.unique(UNIQ_200K))


def test_uniq_funcutils(benchmark: Any, kernels: str) -> None:
    _run(benchmark, "uniq-200k_ints_100k_distinct", lambda: funcutils.uniq(UNIQ_200K), UNIQ_EXPECTED)


@pytest.mark.parametrize("peer", list(UNIQ_PEERS))
def test_uniq_peers(benchmark: Any, peer: str) -> None:
    _run(benchmark, "uniq-200k_ints_100k_distinct", UNIQ_PEERS[peer], UNIQ_EXPECTED)


def test_uniq_unhashable_funcutils(benchmark: Any, kernels: str) -> None:
    expected = [[i] for i in range(500)]
    _run(benchmark, "uniq-2k_lists", lambda: funcutils.uniq(UNHASHABLE_2K), expected)


def test_uniq_unhashable_pydash(benchmark: Any) -> None:
    expected = [[i] for i in range(500)]
    _run(benchmark, "uniq-2k_lists", lambda: pydash.uniq(UNHASHABLE_2K), expected)


# ---------------------------------------------------------------------------- chunk

CHUNK_EXPECTED = [CHUNK_200K[i : i + 10] for i in range(0, len(CHUNK_200K), 10)]
CHUNK_PEERS: dict[str, Callable[[], Any]] = {
    "baseline-slicing": lambda: [CHUNK_200K[i : i + 10] for i in range(0, len(CHUNK_200K), 10)],
    "pydash": lambda: pydash.chunk(CHUNK_200K, 10),
}
if toolz is not None:
    CHUNK_PEERS["toolz.partition_all(tuples)"] = lambda: [
        list(t) for t in toolz.partition_all(10, CHUNK_200K)
    ]
if cytoolz is not None:
    CHUNK_PEERS["cytoolz.partition_all(tuples)"] = lambda: [
        list(t) for t in cytoolz.partition_all(10, CHUNK_200K)
    ]


def test_chunk_funcutils(benchmark: Any, kernels: str) -> None:
    _run(benchmark, "chunk-200k_ints_by_10", lambda: funcutils.chunk(CHUNK_200K, 10), CHUNK_EXPECTED)


@pytest.mark.parametrize("peer", list(CHUNK_PEERS))
def test_chunk_peers(benchmark: Any, peer: str) -> None:
    _run(benchmark, "chunk-200k_ints_by_10", CHUNK_PEERS[peer], CHUNK_EXPECTED)


# ------------------------------------------------------- difference / intersection / union


def _difference(a: list[int], b: list[int]) -> list[int]:
    s = set(b)
    return [x for x in a if x not in s]


def _intersection(a: list[int], b: list[int]) -> list[int]:
    s = set(b)
    return list(dict.fromkeys(x for x in a if x in s))


def _union(a: list[int], b: list[int]) -> list[int]:
    return list(dict.fromkeys([*a, *b]))


SET_OPS: dict[str, Callable[[list[int], list[int]], list[int]]] = {
    "difference": _difference,
    "intersection": _intersection,
    "union": _union,
}
SIZES = {"100k": (A_100K, B_100K), "1k": (A_1K, B_1K)}


def _set_op_peers(op: str, size: str) -> list[str]:
    peers = ["baseline"]
    if op == "union" or size == "1k":
        peers.append("pydash")
    if op == "union":
        peers += [name for name, mod in (("toolz", toolz), ("cytoolz", cytoolz)) if mod]
    return peers


def _peer_call(op: str, peer: str, a: list[int], b: list[int]) -> Callable[[], Any]:
    if peer == "baseline":
        return lambda: SET_OPS[op](a, b)
    if peer == "pydash":
        fn = getattr(pydash, op)
        return lambda: fn(a, b)
    mod: Any = toolz if peer == "toolz" else cytoolz
    return lambda: list(mod.unique(mod.concat([a, b])))


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("op", list(SET_OPS))
def test_set_ops_funcutils(benchmark: Any, kernels: str, op: str, size: str) -> None:
    a, b = SIZES[size]
    fn = getattr(funcutils, op)
    _run(benchmark, f"{op}-2x{size}_ints", lambda: fn(a, b), SET_OPS[op](a, b))


@pytest.mark.parametrize(
    "op,size,peer",
    [(op, size, peer) for op in SET_OPS for size in SIZES for peer in _set_op_peers(op, size)],
)
def test_set_ops_peers(benchmark: Any, op: str, size: str, peer: str) -> None:
    a, b = SIZES[size]
    _run(benchmark, f"{op}-2x{size}_ints", _peer_call(op, peer, a, b), SET_OPS[op](a, b))


# ----------------------------------------------------------------------------- zip_

ZIP_EXPECTED = list(zip(A_100K, B_100K))
ZIP_PEERS: dict[str, Callable[[], Any]] = {
    "baseline-list(zip)": lambda: list(zip(A_100K, B_100K)),
    "pydash": lambda: pydash.zip_(A_100K, B_100K),
}


def test_zip_funcutils(benchmark: Any, kernels: str) -> None:
    _run(benchmark, "zip_-2x100k_ints", lambda: funcutils.zip_(A_100K, B_100K), ZIP_EXPECTED)


@pytest.mark.parametrize("peer", list(ZIP_PEERS))
def test_zip_peers(benchmark: Any, peer: str) -> None:
    _run(benchmark, "zip_-2x100k_ints", ZIP_PEERS[peer], ZIP_EXPECTED)
