"""Objects: funcutils (compiled, pure) vs pydash vs the best peers vs plain Python.

Groups (``<fn>-<shape>``):

* ``clone_deep-json``: 2,000 JSON-like records (dicts, lists, str, int, float,
  bool, None; nesting 3-4), against ``orjson.loads(orjson.dumps(x))``,
  :func:`copy.deepcopy` and a hand-written recursive copy;
* ``clone_deep-shared``: 2,000 records with shared sub-dicts and instances of a
  small class, against :func:`copy.deepcopy` (orjson cannot copy them);
* ``merge-nested``: a source of 50 nested dicts (3 levels, scalar leaves) merged
  into a target that already holds them (the walk is the same on every round),
  against ``deepmerge.always_merger``, ``mergedeep.merge`` and a hand-written
  recursive merge;
* ``pick``/``omit``/``map_values``/``map_keys``/``invert`` on a 20-key dict
  (``-20``) and a 10,000-key dict (``-10k``), against the dict comprehension.

Self-contained (it switches the kernels itself) so that it runs from any checkout::

    python -m pytest benches/bench_objects.py --benchmark-only -q -p no:cacheprovider
"""

from __future__ import annotations

import copy
import random
from typing import Any, Callable

import pydash
import pytest

import funcutils
from benchutil import SEED, use_kernels

try:
    import orjson
except ImportError:  # pragma: no cover - optional peer
    orjson = None
try:
    from deepmerge import always_merger
except ImportError:  # pragma: no cover - optional peer
    always_merger = None
try:
    import mergedeep
except ImportError:  # pragma: no cover - optional peer
    mergedeep = None


def _record(rng: random.Random, i: int) -> dict[str, Any]:
    return {
        "id": i,
        "name": f"user{i}",
        "active": rng.random() < 0.5,
        "score": round(rng.random(), 3),
        "tags": [f"t{rng.randrange(9)}" for _ in range(3)],
        "address": {"city": f"c{rng.randrange(50)}", "zip": str(rng.randrange(10**5)),
                    "geo": {"lat": rng.randrange(90), "lng": None}},
        "friends": [{"id": rng.randrange(2000), "name": "f"} for _ in range(2)],
    }


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Point) and (other.x, other.y) == (self.x, self.y)


def _json_records() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    return [_record(rng, i) for i in range(2000)]


def _shared_records() -> list[dict[str, Any]]:
    rng = random.Random(SEED + 1)
    groups = [{"group": g, "perms": ["r", "w"]} for g in range(20)]
    out = []
    for i in range(2000):
        rec = _record(rng, i)
        rec["group"] = groups[i % 20]
        rec["where"] = Point(i, -i)
        out.append(rec)
    return out


def _json_copy(x: Any) -> Any:
    if type(x) is dict:
        return {k: _json_copy(v) for k, v in x.items()}
    if type(x) is list:
        return [_json_copy(v) for v in x]
    return x


JSON = _json_records()
SHARED = _shared_records()


def _nested_source() -> dict[str, Any]:
    rng = random.Random(SEED + 2)
    return {
        f"k{i}": {f"m{j}": {"a": rng.randrange(100), "b": f"s{j}", "c": None} for j in range(3)}
        for i in range(50)
    }


MERGE_SOURCE = _nested_source()


def _plain_merge(obj: dict[str, Any], src: dict[str, Any]) -> dict[str, Any]:
    for k, v in src.items():
        cur = obj.get(k)
        if type(v) is dict and type(cur) is dict:
            _plain_merge(cur, v)
        else:
            obj[k] = copy.deepcopy(v) if type(v) in (dict, list) else v
    return obj


def _target() -> dict[str, Any]:
    return _plain_merge({}, MERGE_SOURCE)


TARGETS = {name: _target() for name in ("cython", "python", "pydash", "deepmerge", "mergedeep",
                                        "plain-python")}

SMALL = {f"key{i}": i for i in range(20)}
LARGE = {f"key{i}": i for i in range(10_000)}
SMALL_KEYS = [f"key{i}" for i in range(0, 20, 2)]
LARGE_KEYS = [f"key{i}" for i in range(0, 10_000, 2)]


def add_one(v: int) -> int:
    return v + 1


def key_upper(v: int, k: str) -> str:
    return k.upper()


def _key_cases(size: str, data: dict[str, int], keys: list[str]) -> dict[str, dict[str, Callable[[], Any]]]:
    drop = frozenset(keys)
    return {
        f"pick-{size}": {
            "funcutils": lambda: funcutils.pick(data, keys),
            "pydash": lambda: pydash.pick(data, keys),
            "plain-python": lambda: {k: data[k] for k in keys if k in data},
        },
        f"omit-{size}": {
            "funcutils": lambda: funcutils.omit(data, keys),
            "pydash": lambda: pydash.omit(data, keys),
            "plain-python": lambda: {k: v for k, v in data.items() if k not in drop},
        },
        f"map_values-{size}": {
            "funcutils": lambda: funcutils.map_values(data, add_one),
            "pydash": lambda: pydash.map_values(data, add_one),
            "plain-python": lambda: {k: add_one(v) for k, v in data.items()},
        },
        f"map_keys-{size}": {
            "funcutils": lambda: funcutils.map_keys(data, key_upper),
            "pydash": lambda: pydash.map_keys(data, key_upper),
            "plain-python": lambda: {key_upper(v, k): v for k, v in data.items()},
        },
        f"invert-{size}": {
            "funcutils": lambda: funcutils.invert(data),
            "pydash": lambda: pydash.invert(data),
            "plain-python": lambda: {v: k for k, v in data.items()},
        },
    }


def _merge_with(name: str, func: Callable[[dict[str, Any]], Any]) -> Callable[[], Any]:
    target = TARGETS[name]
    return lambda: func(target)


CASES: dict[str, dict[str, Callable[[], Any]]] = {
    "clone_deep-json": {
        "funcutils": lambda: funcutils.clone_deep(JSON),
        "pydash": lambda: pydash.clone_deep(JSON),
        "orjson": lambda: orjson.loads(orjson.dumps(JSON)),
        "deepcopy": lambda: copy.deepcopy(JSON),
        "plain-python": lambda: _json_copy(JSON),
    },
    "clone_deep-shared": {
        "funcutils": lambda: funcutils.clone_deep(SHARED),
        "pydash": lambda: pydash.clone_deep(SHARED),
        "deepcopy": lambda: copy.deepcopy(SHARED),
    },
    "merge-nested": {
        "funcutils": lambda: None,  # replaced per kernel below (own target)
        "pydash": _merge_with("pydash", lambda t: pydash.merge(t, MERGE_SOURCE)),
        "deepmerge": _merge_with("deepmerge", lambda t: always_merger.merge(t, MERGE_SOURCE)),
        "mergedeep": _merge_with("mergedeep", lambda t: mergedeep.merge(t, MERGE_SOURCE)),
        "plain-python": _merge_with("plain-python", lambda t: _plain_merge(t, MERGE_SOURCE)),
    },
    **_key_cases("20", SMALL, SMALL_KEYS),
    **_key_cases("10k", LARGE, LARGE_KEYS),
}

PEERS = {"orjson": orjson, "deepmerge": always_merger, "mergedeep": mergedeep}

PARAMS = [
    pytest.param(group, impl, id=f"{group}-{impl}")
    for group, impls in CASES.items()
    for impl in (["funcutils-cython", "funcutils-python"] + [i for i in impls if i != "funcutils"])
]


@pytest.mark.parametrize("group,impl", PARAMS)
def test_objects(benchmark: Any, group: str, impl: str) -> None:
    benchmark.group = group
    if impl in PEERS and PEERS[impl] is None:
        pytest.skip(f"{impl} is not installed")
    impls = CASES[group]
    if impl.startswith("funcutils"):
        kernels = impl.split("-")[1]
        func = impls["funcutils"]
        if group == "merge-nested":
            func = _merge_with(kernels, lambda t: funcutils.merge(t, MERGE_SOURCE))
        with use_kernels(kernels):
            result = benchmark(func)
    else:
        result = benchmark(impls[impl])
    if group == "merge-nested":
        assert result == TARGETS["plain-python"] or impl == "deepmerge"
    elif "plain-python" in impls:
        assert result == impls["plain-python"]()
    else:
        assert result == SHARED
