"""Collections: funcutils (compiled, pure) vs pydash vs toolz/cytoolz vs plain Python.

Shapes: ``rows``, 20,000 dicts ``{"id", "name", "kind" (100 values), "a": {"b"}}``
built from a fixed seed. Groups: ``<fn>-<shape>`` with ``shape`` = ``key`` (a
plain key) or ``path`` (the dotted path ``"a.b"``). Self-contained (it switches
the kernels itself) so that it runs from any checkout.
"""

from __future__ import annotations

import collections
import operator
import random
from typing import Any, Callable

import pydash
import pytest
import toolz

try:
    import cytoolz
except ImportError:  # not installed where it does not build (PyPy): its rows skip
    cytoolz = None

import funcutils
from benchutil import use_kernels

SEED = 20240611
N = 20_000


def _rows() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    return [
        {"id": i, "name": f"user{i}", "kind": f"k{rng.randrange(100)}",
         "a": {"b": rng.randrange(1000)}, "ok": rng.random() < 0.5}
        for i in range(N)
    ]


ROWS = _rows()


get_kind = operator.itemgetter("kind")
get_name = operator.itemgetter("name")
get_id = operator.itemgetter("id")


def _group(rows: list[dict[str, Any]]) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = collections.defaultdict(list)
    for r in rows:
        out[r["kind"]].append(r)
    return out


# group -> {implementation: callable(rows)}
CASES: dict[str, dict[str, Callable[[Any], Any]]] = {
    "map_-key": {
        "funcutils": lambda x: funcutils.map_(x, "name"),
        "pydash": lambda x: pydash.map_(x, "name"),
        "toolz": lambda x: list(toolz.pluck("name", x)),
        "cytoolz": lambda x: list(cytoolz.pluck("name", x)),
        "plain-python": lambda x: [r["name"] for r in x],
    },
    "map_-path": {
        "funcutils": lambda x: funcutils.map_(x, "a.b"),
        "pydash": lambda x: pydash.map_(x, "a.b"),
        "plain-python": lambda x: [r["a"]["b"] for r in x],
    },
    "pluck-path": {
        "funcutils": lambda x: funcutils.pluck(x, "a.b"),
        "pydash": lambda x: pydash.pluck(x, "a.b"),
        "toolz": lambda x: list(map(lambda r: toolz.get_in(["a", "b"], r), x)),
        "cytoolz": lambda x: list(map(lambda r: cytoolz.get_in(["a", "b"], r), x)),
        "plain-python": lambda x: [r["a"]["b"] for r in x],
    },
    "filter_-key": {
        "funcutils": lambda x: funcutils.filter_(x, "ok"),
        "pydash": lambda x: pydash.filter_(x, "ok"),
        "plain-python": lambda x: [r for r in x if r["ok"]],
    },
    "reject-key": {
        "funcutils": lambda x: funcutils.reject(x, "ok"),
        "pydash": lambda x: pydash.reject(x, "ok"),
        "plain-python": lambda x: [r for r in x if not r["ok"]],
    },
    "partition-key": {
        "funcutils": lambda x: funcutils.partition(x, "ok"),
        "pydash": lambda x: pydash.partition(x, "ok"),
        "plain-python": lambda x: [[r for r in x if r["ok"]], [r for r in x if not r["ok"]]],
    },
    "group_by-key": {
        "funcutils": lambda x: funcutils.group_by(x, "kind"),
        "pydash": lambda x: pydash.group_by(x, "kind"),
        "toolz": lambda x: toolz.groupby("kind", x),
        "cytoolz": lambda x: cytoolz.groupby("kind", x),
        "plain-python": _group,
    },
    "key_by-key": {
        "funcutils": lambda x: funcutils.key_by(x, "id"),
        "pydash": lambda x: pydash.key_by(x, "id"),
        "plain-python": lambda x: {r["id"]: r for r in x},
    },
    "count_by-key": {
        "funcutils": lambda x: funcutils.count_by(x, "kind"),
        "pydash": lambda x: pydash.count_by(x, "kind"),
        "toolz": lambda x: toolz.countby("kind", x),
        "cytoolz": lambda x: cytoolz.countby("kind", x),
        "plain-python": lambda x: collections.Counter(map(get_kind, x)),
    },
    "sort_by-path": {
        "funcutils": lambda x: funcutils.sort_by(x, "a.b"),
        "pydash": lambda x: pydash.sort_by(x, "a.b"),
        "plain-python": lambda x: sorted(x, key=lambda r: r["a"]["b"]),
    },
    "map_-callable": {
        "funcutils": lambda x: funcutils.map_(x, get_name),
        "pydash": lambda x: pydash.map_(x, get_name),
        "plain-python": lambda x: list(map(get_name, x)),
    },
}

PARAMS = [
    pytest.param(group, impl, id=f"{group}-{impl}")
    for group, impls in CASES.items()
    for impl in (["funcutils-cython", "funcutils-python"] + [i for i in impls if i != "funcutils"])
]


@pytest.mark.parametrize("group,impl", PARAMS)
def test_collections(benchmark: Any, group: str, impl: str) -> None:
    benchmark.group = group
    if impl == "cytoolz" and cytoolz is None:
        pytest.skip("cytoolz is not installed")
    impls = CASES[group]
    func = impls["funcutils" if impl.startswith("funcutils") else impl]
    expected = impls["plain-python"](ROWS)
    kernels = impl.split("-")[1] if impl.startswith("funcutils") else "python"
    with use_kernels(kernels):
        result = benchmark(func, ROWS)
    assert result == expected
