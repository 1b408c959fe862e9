"""Scaling out: chains and funcutils callables in a ``multiprocessing`` pool and a Dask bag.

The pipelines are built only from funcutils objects (a seedless chain, ``curry``,
``partial``, ``flow``, ``property_``, ``matches``...) and pickle by value with the
standard :mod:`pickle`: no lambdas, no cloudpickle needed (the functions and
tasks sent to workers are pickled whatever the start method). Workers install
the same kernels as the test (``impl``), so both implementations are exercised. Each test stays within a few seconds on
two cores: two workers, small inputs, one pool per test.
"""

from __future__ import annotations

import multiprocessing
import operator
import pickle
from concurrent.futures import ProcessPoolExecutor
from types import ModuleType
from typing import Any

import pytest

import funcutils as _
from funcutils import _speedups, _speedups_py
from funcutils.chaining import py_

TEAMS = ("red", "green", "blue")
RECORDS: list[dict[str, Any]] = [
    {"id": i, "team": TEAMS[i % 3], "active": i % 4 != 0, "scores": [i % 7, i % 5, i % 7, 3]}
    for i in range(120)
]

#: One record -> the sorted distinct scores plus one, as a tuple: every piece pickles.
PER_RECORD = (
    py_()
    .get("scores")
    .uniq()
    .map_(_.curry(operator.add)(1))
    .sort()
    .thru(tuple)
)

#: All records -> the names of active ones, by team.
OVER_ALL = (
    py_()
    .filter_(_.matches({"active": True}))
    .group_by(_.property_("team"))
    .thru(_.flow(dict.items, sorted))
)

#: ``acc, record -> acc + sum(record["scores"])`` for ``foldby``, from funcutils pieces.
ADD_SCORES = _.over_args(operator.add, int, _.flow(_.property_("scores"), sum))


def _context() -> Any:
    """``fork`` where it exists (fast to start; the tasks are still pickled), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _name(impl: ModuleType) -> str:
    return "python" if impl is _speedups_py else "cython"


def _worker_implementation(_record: Any) -> str:
    return _speedups.IMPLEMENTATION


def _local(pipeline: Any, records: list[Any]) -> list[Any]:
    return [pipeline(r) for r in records]


def test_pipelines_pickle_with_plain_pickle() -> None:
    assert PER_RECORD(RECORDS[5]) == (1, 4, 6)
    assert pickle.loads(pickle.dumps(PER_RECORD))(RECORDS[5]) == (1, 4, 6)
    assert pickle.loads(pickle.dumps(OVER_ALL))(RECORDS) == OVER_ALL(RECORDS)
    assert pickle.loads(pickle.dumps(ADD_SCORES))(1, RECORDS[5]) == 1 + sum(RECORDS[5]["scores"])


def test_multiprocessing_pool(impl: ModuleType) -> None:
    ctx = _context()
    expected = _local(PER_RECORD, RECORDS)
    chunks = [RECORDS[i::4] for i in range(4)]
    with ctx.Pool(2, initializer=_speedups.install, initargs=(_name(impl),)) as pool:
        assert set(pool.map(_worker_implementation, range(4))) == {_name(impl)}
        assert pool.map(PER_RECORD, RECORDS, chunksize=30) == expected
        assert pool.map(OVER_ALL, chunks) == [OVER_ALL(c) for c in chunks]
        # curry / partial / flow objects and shorthand getters as the mapped function
        assert pool.map(_.property_("scores.0"), RECORDS) == [r["scores"][0] for r in RECORDS]
        assert pool.map(_.matches({"team": "red"}), RECORDS) == [r["team"] == "red" for r in RECORDS]
        assert pool.map(_.flow(_.property_("id"), _.curry(operator.mul)(2)), RECORDS[:10]) == [
            2 * i for i in range(10)
        ]


def test_dask_bag(impl: ModuleType) -> None:
    db = pytest.importorskip("dask.bag")
    dask = pytest.importorskip("dask")
    ctx = _context()
    bag = db.from_sequence(RECORDS, npartitions=4)
    active = bag.filter(_.matches({"active": True}))
    with ProcessPoolExecutor(
        2, mp_context=ctx, initializer=_speedups.install, initargs=(_name(impl),)
    ) as pool:
        mapped, grouped, folded, counted, workers = dask.compute(
            bag.map(PER_RECORD),
            active.groupby(_.property_("team")),
            active.foldby(_.property_("team"), ADD_SCORES, 0, operator.add, 0),
            bag.map(_.property_("team")).frequencies(),
            bag.map(_worker_implementation).distinct(),
            scheduler="processes",
            pool=pool,
        )
    assert set(workers) == {_name(impl)}
    assert list(mapped) == _local(PER_RECORD, RECORDS)
    by_team = _.group_by([r for r in RECORDS if r["active"]], "team")
    assert {k: sorted(v, key=_.property_("id")) for k, v in grouped} == by_team
    assert dict(folded) == {k: sum(sum(r["scores"]) for r in v) for k, v in by_team.items()}
    assert dict(counted) == _.count_by(RECORDS, "team")

