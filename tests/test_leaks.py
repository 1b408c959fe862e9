"""Leaks of the compiled kernels: memory and reference counts.

Each kernel of ``funcutils._speedups_c`` is called ``LEAK_CALLS`` times on
small inputs (its scenarios in turn, about half of which make it raise):

* the memory traced by ``tracemalloc`` after the calls is within
  ``TRACED_BOUND`` of the memory before them, and the process RSS within
  ``RSS_BOUND`` (Linux);
* ``sys.getrefcount`` of the inputs, of the objects inside them, and of the
  callbacks is the same before and after a call, and a result is referenced
  by its caller only.

``LEAK_CALLS`` is 10,000 by default (about 5 s in all), so that the ten
per-version test envs stay fast; the ``fuzz`` env sets
``FUNCUTILS_LEAK_CALLS=100000``, the full count.
Compiled kernels only: these tests are skipped in pure runs.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any, Optional

import pytest

# Reference counts and tracemalloc are CPython's: nothing to check on PyPy.
tracemalloc = pytest.importorskip("tracemalloc", reason="tracemalloc is CPython-only")

from funcutils import _speedups, _speedups_py  # noqa: E402 (after the importorskip)

from conftest import COMPILED  # noqa: E402

pytestmark = pytest.mark.single_impl

LEAK_CALLS = int(os.environ.get("FUNCUTILS_LEAK_CALLS", "10000"))
#: Growth of the traced memory allowed after LEAK_CALLS calls. One leaked
#: object per call (16 bytes at least) would be 160 kB at 10,000 calls.
TRACED_BOUND = 64 * 1024
#: Growth of the resident set size allowed after a kernel's calls.
RSS_BOUND = 4 * 1024 * 1024

FIGURES: dict[str, tuple[int, int, int]] = {}


def compiled() -> ModuleType:
    if COMPILED is None or _speedups.IMPLEMENTATION != "cython":
        pytest.skip("leak tests check the compiled kernels")
    return COMPILED


class Tracked:
    """An object whose reference count the tests watch (hashable, comparable)."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __hash__(self) -> int:
        return self.n

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tracked) and other.n == self.n

    def __lt__(self, other: Tracked) -> bool:
        return self.n < other.n


class Unreadable:
    """Iterable by its type (so flatten follows it), but iterating it raises."""

    def __iter__(self) -> Iterator[int]:
        raise RuntimeError("cannot iterate")


class Boom(Exception):
    pass


def boom(*args: Any, **kwargs: Any) -> Any:
    raise Boom


def fail_after(items: list[Any]) -> Iterator[Any]:
    yield from items
    raise Boom


A, B, C = Tracked(1), Tracked(2), Tracked(3)
KEY = Tracked(4)
CYCLE: list[Any] = [A]
CYCLE.append([B, CYCLE])
NESTED: list[Any] = [A, [B, (C, [A])], "ab", {"k": B}, range(2)]
ROWS: list[Any] = [{"a": A, "b": {"c": B}}, {"a": C}, {}, 5, {"a": A}]
UNHASHABLE_ROWS: list[Any] = [{"a": [A]}, {"a": [A]}]
KEY_FUNC = Tracked.__hash__


def _curry_target(x: Any, y: Any, *, z: Any = None) -> Any:
    return (x, y)


#: name -> scenarios: (description, call, exception expected or None)
class Raising:
    """An item whose ``==`` raises."""

    def __eq__(self, other: object) -> bool:
        raise Boom

    __hash__ = object.__hash__


class Unhashable:
    """A key that hashes like KEY and raises on ``==``: the dict lookup fails."""

    def __hash__(self) -> int:
        return hash(KEY)

    def __eq__(self, other: object) -> bool:
        raise Boom


def _none(a: Any, b: Any) -> Any:
    return None


def _two(a: Any, b: Any) -> Any:
    return a == b


def _deep(depth: int) -> Any:
    value: Any = [A]
    for _i in range(depth):
        value = [value, {"k": B}]
    return value


DEEP_A, DEEP_B = _deep(200), _deep(200)


Scenario = tuple[str, Callable[[ModuleType], Any], Optional[type[BaseException]]]


def _path_call(name: str, *args: Any) -> Callable[[ModuleType], Any]:
    """A call of the path kernel ``name`` with ``args`` (fresh iterators per call)."""

    def call(kernels: ModuleType) -> Any:
        fresh = [arg() if callable(arg) else arg for arg in args]
        return getattr(kernels, name)(*fresh)

    return call


def _consume(it: Iterator[Any], n: int) -> list[Any]:
    out = []
    for _ in range(n):
        out.append(next(it))
    return out


def _counting_scenarios(name: str) -> list[Any]:
    def make(k: Any) -> Any:
        return getattr(k, name)

    first_run = 1 if name == "after_object" else 2
    return [
        ("counting", lambda k: [make(k)(KEY_FUNC, 2)(A) for _ in "ab"], None),
        ("raising", lambda k: make(k)(boom, first_run)(A), Boom),
        ("bad count", lambda k: make(k)(KEY_FUNC, -1), ValueError),
        ("not callable", lambda k: make(k)(KEY, 1), TypeError),
    ]


SCENARIOS: dict[str, list[Scenario]] = {
    "flatten_depth": [
        ("nested, unlimited", lambda k: k.flatten_depth(NESTED, -1), None),
        ("nested, depth 1", lambda k: k.flatten_depth(NESTED, 1), None),
        ("nested, depth 2", lambda k: k.flatten_depth(NESTED, 2), None),
        ("cycle", lambda k: k.flatten_depth(CYCLE, -1), ValueError),
        ("not iterable", lambda k: k.flatten_depth(A.n, -1), TypeError),
        ("raising iterable", lambda k: k.flatten_depth([A, [Unreadable()]], -1), RuntimeError),
        ("raising generator", lambda k: k.flatten_depth([[A], fail_after([B, [C]])], -1), Boom),
    ],
    "iterflatten": [
        ("drained", lambda k: list(k.iterflatten(NESTED, -1)), None),
        ("abandoned midway", lambda k: _consume(k.iterflatten(NESTED, -1), 2), None),
        ("depth 1", lambda k: list(k.iterflatten(NESTED, 1)), None),
        ("cycle", lambda k: list(k.iterflatten(CYCLE, -1)), ValueError),
        ("not iterable", lambda k: k.iterflatten(None, -1), TypeError),
        ("raising generator", lambda k: list(k.iterflatten([fail_after([A, [B]])], -1)), Boom),
    ],
    "chunk": [
        ("list", lambda k: k.chunk([A, B, C], 2), None),
        ("str", lambda k: k.chunk("abcde", 2), None),
        ("bad size", lambda k: k.chunk([A], "x"), TypeError),
        ("no len", lambda k: k.chunk(A, 2), TypeError),
    ],
    "compact": [
        ("list", lambda k: k.compact([A, 0, None, B, ""]), None),
        ("not iterable", lambda k: k.compact(A.n), TypeError),
        ("raising generator", lambda k: k.compact(fail_after([A])), Boom),
    ],
    "difference": [
        ("hashable", lambda k: k.difference([A, B, C, A], [[B], (C,)], None), None),
        ("unhashable", lambda k: k.difference([[A], [B], {"k": C}], [[[A]]], None), None),
        ("iteratee", lambda k: k.difference([A, B], [[C]], KEY_FUNC), None),
        ("raising iteratee", lambda k: k.difference([A], [[B]], boom), Boom),
        ("bad iteratee", lambda k: k.difference([A], [[B]], KEY), TypeError),
        ("not iterable", lambda k: k.difference([A], [A], None), TypeError),
    ],
    "duplicates": [
        ("items", lambda k: k.duplicates([A, B, A, [C], [C]], None), None),
        ("keys", lambda k: k.duplicates([A, B, C], [KEY, KEY, A]), None),
        ("length mismatch", lambda k: k.duplicates([A, B], [A]), ValueError),
        ("not iterable", lambda k: k.duplicates(None, None), TypeError),
    ],
    "intersection": [
        ("hashable", lambda k: k.intersection([A, B, C], [[B, C], (C, A)], None), None),
        ("unhashable", lambda k: k.intersection([[A], {"k": B}], [[[A]]], None), None),
        ("iteratee", lambda k: k.intersection([A, B], [[B]], KEY_FUNC), None),
        ("raising iteratee", lambda k: k.intersection([A], [[B]], boom), Boom),
        ("not iterable", lambda k: k.intersection([A], [None], None), TypeError),
    ],
    "unzip": [
        ("pairs", lambda k: k.unzip([[A, B], [C, KEY]]), None),
        ("not iterable", lambda k: k.unzip([A.n]), TypeError),
    ],
    "uniq": [
        ("hashable", lambda k: k.uniq([A, B, A, C]), None),
        ("mixed", lambda k: k.uniq([A, [B], [B], {"k": C}, {"k": C}]), None),
        ("not iterable", lambda k: k.uniq(None), TypeError),
        ("raising generator", lambda k: k.uniq(fail_after([A])), Boom),
    ],
    "uniq_by": [
        ("iteratee", lambda k: k.uniq_by([A, B, A], KEY_FUNC), None),
        ("none", lambda k: k.uniq_by([A, B, A], None), None),
        ("raising iteratee", lambda k: k.uniq_by([A], boom), Boom),
        ("bad iteratee", lambda k: k.uniq_by([A], 5), TypeError),
    ],
    "without": [
        ("mixed", lambda k: k.without([A, B, [C], {"k": A}], (B, [C], {A})), None),
        ("not iterable", lambda k: k.without(None, (A,)), TypeError),
        ("raising generator", lambda k: k.without(fail_after([A]), (B,)), Boom),
    ],
    "zip_": [
        ("lists", lambda k: k.zip_([[A, B], (C,)]), None),
        ("not iterable", lambda k: k.zip_([A.n]), TypeError),
    ],
    **{
        name: [
            ("rows", _path_call(name, ROWS, ("a",)), None),
            ("deep", _path_call(name, ROWS, ("b", "c")), None),
            ("generator", _path_call(name, lambda: iter(ROWS), ("a",)), None),
            ("bad keys", _path_call(name, ROWS, ["a"]), TypeError),
            ("not iterable", _path_call(name, A.n, ("a",)), TypeError),
            ("raising generator",
             _path_call(name, lambda: fail_after(ROWS), ("a",)), Boom),
        ]
        for name in ["count_by_path", "filter_path", "map_path", "partition_path"]
    },
    **{
        name: [
            ("rows", _path_call(name, ROWS[:2], ("a",)), None),
            ("unhashable value", _path_call(name, UNHASHABLE_ROWS, ("a",)),
             TypeError),
            ("bad keys", _path_call(name, ROWS, "a"), TypeError),
            ("not iterable", _path_call(name, None, ("a",)), TypeError),
        ]
        for name in ["group_by_path", "key_by_path"]
    },
    "sort_by_path": [
        ("rows", lambda k: k.sort_by_path(ROWS[:2], ("a",)), None),
        ("reverse", lambda k: k.sort_by_path(ROWS[:2], ("a",), True), None),
        ("incomparable", lambda k: k.sort_by_path(ROWS, ("a",)), TypeError),
        ("bad keys", lambda k: k.sort_by_path(ROWS, None), TypeError),
    ],
    "curry_object": [
        ("complete", lambda k: k.curry_object(_curry_target)(A, B), None),
        ("in steps", lambda k: k.curry_object(_curry_target)(A)(B), None),
        ("keywords", lambda k: k.curry_object(_curry_target)(A, z=C)(y=B), None),
        ("right", lambda k: k.curry_object(_curry_target, None, True)(A)(B), None),
        ("too many", lambda k: k.curry_object(_curry_target)(A, B, C), TypeError),
        ("twice", lambda k: k.curry_object(_curry_target)(A, x=B), TypeError),
        ("raising func", lambda k: k.curry_object(boom, 2)(A)(B), Boom),
        ("not callable", lambda k: k.curry_object(KEY), TypeError),
        ("bad arity", lambda k: k.curry_object(_curry_target, -1), ValueError),
    ],
    "flow_object": [
        ("two", lambda k: k.flow_object((KEY_FUNC, str))(A), None),
        ("keywords", lambda k: k.flow_object((_curry_target, len))(A, y=B), None),
        ("identity", lambda k: k.flow_object(())(A), None),
        ("identity misuse", lambda k: k.flow_object(())(A, B), TypeError),
        ("raising", lambda k: k.flow_object((KEY_FUNC, boom))(A), Boom),
        ("not callable", lambda k: k.flow_object((KEY,)), TypeError),
        ("not a tuple", lambda k: k.flow_object([KEY_FUNC]), TypeError),
    ],
    "partial_object": [
        ("left", lambda k: k.partial_object(_curry_target, (A,))(B), None),
        ("right", lambda k: k.partial_object(_curry_target, (A,), None, True)(B), None),
        ("keywords", lambda k: k.partial_object(_curry_target, (), {"z": C})(A, B, z=KEY),
         None),
        ("raising", lambda k: k.partial_object(boom, (A,), {"k": B})(C), Boom),
        ("not callable", lambda k: k.partial_object(KEY), TypeError),
        ("bad kwargs", lambda k: k.partial_object(boom, (), [A]), TypeError),
    ],
    "once_object": [
        ("twice", lambda k: (lambda f: (f(A), f(B)))(k.once_object(KEY_FUNC)), None),
        ("raising", lambda k: k.once_object(boom)(A), Boom),
        ("not callable", lambda k: k.once_object(KEY), TypeError),
    ],
    **{name: _counting_scenarios(name) for name in ("after_object", "before_object")},
    "equal_deep": [
        ("equal nested", lambda k: k.equal_deep(NESTED, [A, [B, (C, [A])], "ab", {"k": B}, range(2)]),
         None),
        ("rows", lambda k: k.equal_deep(ROWS, [dict(r) if isinstance(r, dict) else r for r in ROWS]),
         None),
        ("cycle", lambda k: k.equal_deep(CYCLE, [A, [B, CYCLE[:]]]), None),
        ("deep", lambda k: k.equal_deep(DEEP_A, DEEP_B), None),
        ("different", lambda k: k.equal_deep({"k": [A, B]}, {"k": [A, C]}), None),
        ("raising __eq__", lambda k: k.equal_deep([{"k": Raising()}], [{"k": Raising()}]), Boom),
        ("unhashable key lookup", lambda k: k.equal_deep({KEY: A}, {Unhashable(): A}), Boom),
    ],
    "equal_with_deep": [
        ("nested", lambda k: k.equal_with_deep([A, {"k": [B]}], [A, {"k": [B]}], _none), None),
        ("cycle", lambda k: k.equal_with_deep(CYCLE, [A, [B, CYCLE]], _none), None),
        ("raising customizer", lambda k: k.equal_with_deep([A], [A], boom), Boom),
    ],
    "match_deep": [
        ("rows", lambda k: k.match_deep(ROWS[0], {"a": A, "b": {"c": B}}), None),
        ("customizer", lambda k: k.match_deep(ROWS[0], {"b": {"c": B}}, _two), None),
        ("nested raise is no match", lambda k: k.match_deep(ROWS[0], {"a": A}, boom), None),
        ("cyclic source", lambda k: k.match_deep(NESTED, CYCLE), ValueError),
        ("raising top-level customizer", lambda k: k.match_deep(A, B, boom), Boom),
    ],
    # --- objects ---
    "deep_clone": [
        ("nested", lambda k: k.deep_clone(NESTED), None),
        ("rows, shared", lambda k: k.deep_clone([ROWS, ROWS, (ROWS[0], [A])]), None),
        ("cycle, reproduced (then cut)", lambda k: k.deep_clone(CYCLE)[1].pop(), None),
        ("shared memo", lambda k: k.deep_clone([A, {"k": [B]}], {}), None),
        ("bad memo", lambda k: k.deep_clone([A], [B]), TypeError),
    ],
    "merge_deep": [
        ("rows", lambda k: k.merge_deep({"a": {"c": [A]}, "x": [B]}, {"a": {"c": [C, B]}, "x": ROWS}),
         None),
        ("defaults", lambda k: k.merge_deep({"a": {}}, {"a": {"b": A}, "c": [B]}, None, 5, True),
         None),
        ("customizer", lambda k: k.merge_deep({"a": A}, {"a": B, "b": C}, lambda *a: a[1], 2),
         None),
        ("cycle", lambda k: k.merge_deep(CYCLE, CYCLE), ValueError),
        ("raising customizer", lambda k: k.merge_deep({"a": A}, {"a": B}, boom), Boom),
        ("bad argcount", lambda k: k.merge_deep({}, {}, None, A), TypeError),
    ],
    "map_values_deep_walk": [
        ("nested", lambda k: k.map_values_deep_walk({"a": [A, {"b": B}]}, lambda v, p: (v, p)), None),
        ("leaf", lambda k: k.map_values_deep_walk(A, lambda v: v, 1, ("x",)), None),
        ("cycle", lambda k: k.map_values_deep_walk(CYCLE, lambda v: v, 1), ValueError),
        ("raising", lambda k: k.map_values_deep_walk([A], boom, 1), Boom),
    ],
    "pick_keys": [
        ("keys and paths", lambda k: k.pick_keys({"a": A, "b": {"c": B}}, ("a", "b.c", "z", KEY)),
         None),
        ("not a dict", lambda k: k.pick_keys([A], ("a",)), TypeError),
        ("keys not a tuple or list", lambda k: k.pick_keys({"a": A}, "a"), TypeError),
    ],
    "omit_keys": [
        ("keys", lambda k: k.omit_keys({"a": A, KEY: B}, ("a", KEY, [1])), None),
        ("not a dict", lambda k: k.omit_keys([A], ("a",)), TypeError),
    ],
    "pick_by_func": [
        ("func", lambda k: k.pick_by_func({"a": A, "b": None}, lambda v, key: v, 2), None),
        ("truthy", lambda k: k.pick_by_func({"a": A, "b": None}, bool, 1), None),
        ("raising", lambda k: k.pick_by_func({"a": A}, boom, 1), Boom),
    ],
    "omit_by_func": [
        ("func", lambda k: k.omit_by_func({"a": A, "b": None}, lambda v, key: v, 2), None),
        ("raising", lambda k: k.omit_by_func({"a": A}, boom, 1), Boom),
    ],
    "map_values_func": [
        ("func", lambda k: k.map_values_func({"a": A, KEY: B}, lambda v, key, c: (v, key), 3, ROWS),
         None),
        ("raising", lambda k: k.map_values_func({"a": A}, boom, 1), Boom),
    ],
    "map_keys_func": [
        ("func", lambda k: k.map_keys_func({"a": A, KEY: B}, lambda v, key: (v, key), 2), None),
        ("unhashable result", lambda k: k.map_keys_func({"a": A}, lambda v: [v], 1), TypeError),
    ],
    "invert_items": [
        ("dict", lambda k: k.invert_items({"a": A, KEY: B}), None),
        ("unhashable", lambda k: k.invert_items({"a": [A]}), TypeError),
    ],
    "split_words": [
        ("ascii", lambda k: k.split_words("XMLHttpRequest 21st don't"), None),
        ("unicode", lambda k: k.split_words("Crème ΑΒΓ 😀\u200d👍🏻 \ud83c"), None),
        ("many words", lambda k: k.split_words("ab " * 200), None),
        ("not a str", lambda k: k.split_words(b"ab"), TypeError),
    ],
    "case_words": [
        ("snake", lambda k: k.case_words("XMLHttpRequest", "_", 1, True), None),
        ("camel unicode", lambda k: k.case_words("crème ΑΒΓ", "", 4, True), None),
        ("start, many words", lambda k: k.case_words("ab " * 200, " ", 3, False), None),
        ("wide separator", lambda k: k.case_words("a b", "\u2603", 2, False), None),
        ("bad mode", lambda k: k.case_words("a", "_", 9, True), ValueError),
        ("bad separator", lambda k: k.case_words("a", None, 1, True), TypeError),
    ],
}

WATCHED: list[Any] = [A, B, C, KEY, CYCLE, NESTED, ROWS, UNHASHABLE_ROWS, _curry_target, boom,
                      DEEP_A, DEEP_B,
                      KEY_FUNC, *ROWS[:2]]


def _run(kernels: ModuleType, scenario: Scenario) -> Any:
    _, call, expected = scenario
    if expected is None:
        return call(kernels)
    try:
        call(kernels)
    except expected:
        return None
    raise AssertionError(f"{scenario[0]}: {expected.__name__} was not raised")


def _rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def test_every_kernel_has_scenarios() -> None:
    assert set(SCENARIOS) == set(_speedups_py.__all__)
    for name, scenarios in SCENARIOS.items():
        assert any(s[2] is not None for s in scenarios), f"{name}: no raising input"
        assert any(s[2] is None for s in scenarios), f"{name}: no working input"


def measure(call: Callable[[int], Any], calls: int) -> tuple[int, int]:
    """Growth of traced memory and of RSS over ``calls`` calls of ``call(i)``."""
    for i in range(2000):  # warm caches, free lists and interned strings
        call(i)
    gc.collect(1)  # young generations: a full collection of the session heap is slow
    rss_before = _rss()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(calls):
            call(i)
        gc.collect(1)  # young generations: a full collection of the session heap is slow
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return growth, _rss() - rss_before


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_no_memory_growth(name: str) -> None:
    kernels = compiled()
    scenarios = SCENARIOS[name]
    count = len(scenarios)
    growth, rss_growth = measure(lambda i: _run(kernels, scenarios[i % count]), LEAK_CALLS)
    FIGURES[name] = (LEAK_CALLS, growth, rss_growth)
    print(f"{name}: {LEAK_CALLS} calls, traced growth {growth} B, RSS growth {rss_growth} B")
    assert growth < TRACED_BOUND
    assert rss_growth < RSS_BOUND


def test_the_measure_sees_a_leak() -> None:
    compiled()
    kept: list[Any] = []
    growth, _ = measure(lambda i: kept.append(object()) if i % 2 else None, LEAK_CALLS)
    assert growth > TRACED_BOUND


@pytest.mark.parametrize(
    ("name", "index"),
    [(name, i) for name, scenarios in sorted(SCENARIOS.items()) for i in range(len(scenarios))],
)
def test_reference_counts_unchanged(name: str, index: int) -> None:
    kernels = compiled()
    scenario = SCENARIOS[name][index]
    _run(kernels, scenario)  # first call: caches
    gc.collect(1)  # young generations: a full collection of the session heap is slow
    before = [sys.getrefcount(obj) for obj in WATCHED]
    for _ in range(100):
        result = _run(kernels, scenario)
        if type(result) in (list, dict) and not any(result is obj for obj in WATCHED):
            # the local name and getrefcount's argument only
            assert sys.getrefcount(result) == 2, scenario[0]
        del result
    gc.collect(1)  # young generations: a full collection of the session heap is slow
    after = [sys.getrefcount(obj) for obj in WATCHED]
    assert after == before, scenario[0]
