"""Method chaining: ``chain``/``py_``/``tap``/``thru``, every public function as a method.

Answers are compared with literal values and, where pydash answers the same
chain, with pydash's chain (the oracle). Every test runs under both kernel
implementations (``impl`` fixture).
"""

from __future__ import annotations

import copy
import pickle
from collections import namedtuple
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import funcutils
import funcutils as _
from funcutils import chaining
from funcutils._chain_methods import DASH_ONLY, METHODS, Chain
from funcutils.chaining import InvalidMethod, chain, py_, tap, thru

import bad_input_table as table

pydash: Any = pytest.importorskip("pydash")

Point = namedtuple("Point", "x y")

USERS = [
    {"name": "ann", "age": 31, "active": True, "team": "a"},
    {"name": "bob", "age": 25, "active": False, "team": "b"},
    {"name": "cid", "age": 31, "active": True, "team": "a"},
    {"name": "ann", "age": 40, "active": True, "team": "b"},
]


def double(x: int) -> int:
    return x * 2


def is_odd(x: int) -> bool:
    return x % 2 == 1


# --- the same answers as pydash's chain ---------------------------------------------------

#: (seed, builder applied to a chain object, expected). The builder uses only names that
#: pydash's chain has too, so each row is also checked against pydash.
CASES: list[tuple[Any, Callable[[Any], Any], Any]] = [
    ([1, 2, 3, 4], lambda c: c.map_(double), [2, 4, 6, 8]),
    ([1, 2, 3, 4], lambda c: c.map(double).filter(is_odd), []),
    ([1, 2, 3, 4], lambda c: c.filter_(is_odd).map_(double), [2, 6]),
    (USERS, lambda c: c.filter_({"active": True}).map_("name").uniq(), ["ann", "cid"]),
    (USERS, lambda c: c.key_by("name").size(), 3),
    (USERS, lambda c: c.sort_by("age").map_("age").head(), 25),
    (USERS, lambda c: c.count_by("team"), {"a": 2, "b": 2}),
    ([[1, [2]], [3]], lambda c: c.flatten(), [1, [2], 3]),
    ([[1, [2]], [3]], lambda c: c.flatten_deep().reverse(), [3, 2, 1]),
    ([], lambda c: c.head(), None),
    ([], lambda c: c.map_(double).uniq(), []),
    ((), lambda c: c.size(), 0),
    ("abca", lambda c: c.uniq(), ["a", "b", "c"]),
    ({"a": 1, "b": 2}, lambda c: c.map_(double), [2, 4]),
    ([Point(1, 2), Point(3, 4)], lambda c: c.map_("x"), [1, 3]),
    ([1, 2, 3], lambda c: c.concat([4], 5), [1, 2, 3, 4, 5]),
    ([1, 2, 3, 4, 5], lambda c: c.chunk(2).map_(len), [2, 2, 1]),
    ([1, 2, 3], lambda c: c.zip([4, 5, 6]).unzip(), [(1, 2, 3), (4, 5, 6)]),
    ([1, 2, 3], lambda c: c.slice(1).take(1), [2]),
    ({"a": {"b": 1}}, lambda c: c.get("a.b"), 1),
    ({"a": {"b": 1}}, lambda c: c.set("a.c", 2).get("a"), {"b": 1, "c": 2}),
    ([1, 2], lambda c: c.tap(lambda v: v.append(3)).size(), 3),
    ([1, 2, 3, 4], lambda c: c.reduce(lambda acc, x: acc + x), 10),
    ([3, 1, 2], lambda c: c.sort().initial(), [1, 2]),
    (abs, lambda c: c.flow(str), "<callable>"),
]


@pytest.mark.parametrize("seed,build,expected", CASES)
def test_chain_answers(seed: Any, build: Callable[[Any], Any], expected: Any) -> None:
    ours = build(chain(copy.deepcopy(seed))).value()
    if expected == "<callable>":
        assert callable(ours)
        assert ours(-3) == "3"
        return
    assert ours == expected


@pytest.mark.parametrize("seed,build,expected", CASES)
def test_chain_matches_pydash(seed: Any, build: Callable[[Any], Any], expected: Any) -> None:
    ours = build(chain(copy.deepcopy(seed))).value()
    theirs = build(pydash.chain(copy.deepcopy(seed))).value()
    if callable(ours):
        assert ours(-3) == theirs(-3)
    else:
        assert ours == theirs


def test_generator_seed() -> None:
    assert chain(x for x in (3, 1, 3)).uniq().value() == [3, 1]
    flat: Any = py_().flatten()
    assert flat(iter([[1], [2]])) == [1, 2]


def test_seedless_chain_is_a_function() -> None:
    pipeline = py_().filter_(is_odd).map_(double)
    assert pipeline([1, 2, 3]) == [2, 6]
    assert pipeline([5]) == [10]  # reusable: nothing is kept between calls
    assert chain().map(double).head()([7, 8]) == 14
    theirs = pydash.py_().filter_(is_odd).map_(double)
    assert pipeline([1, 2, 3, 9]) == theirs([1, 2, 3, 9])


def test_call_overrides_the_seed() -> None:
    c = chain([1, 2, 3]).map_(double)
    assert c([5, 6]) == [10, 12]
    assert c.value() == [2, 4, 6]
    assert c([5, 6]) == pydash.chain([1, 2, 3]).map_(double)([5, 6])


def test_seedless_value_raises() -> None:
    with pytest.raises(ValueError, match="no seed"):
        py_().map_(double).value()
    with pytest.raises(ValueError, match="no seed"):
        chain().value()


def test_plant() -> None:
    summer = chain([3, 1, 3]).uniq().size()
    planted = summer.plant([1, 1])
    assert planted.value() == 1
    assert summer.value() == 2
    assert py_().uniq().plant("aab").value() == ["a", "b"]
    assert chain([1]).plant([4, 5]).value() == [4, 5]  # no steps: the new seed


def test_commit_and_to_string() -> None:
    c = chain([1, 2]).map_(double)
    committed = c.commit()
    assert type(committed) is Chain
    assert committed.value() == [2, 4]
    assert committed.map_(double).value() == [4, 8]
    assert chain([1, 2, 3]).to_string() == "[1, 2, 3]"
    assert chain("ab").to_string() == "ab"
    assert chain(None).to_string() == ""
    assert chain(None).to_string() == pydash.chain(None).to_string()


def test_tap_and_thru() -> None:
    seen: list[Any] = []
    assert chain([1, 2]).map_(double).tap(seen.append).value() == [2, 4]
    assert seen == [[2, 4]]
    assert tap(5, seen.append) == 5
    assert seen[-1] == 5
    assert tap([1], print) == pydash.tap([1], print)
    assert thru([3, 1], sorted) == [1, 3]
    assert chain([3, 1, 2]).thru(sorted).head().value() == 1
    assert chain({"a": 1}).thru(len).value() == 1


# --- each step runs once (a deliberate difference from pydash) --------------------------


def test_mutating_step_runs_once() -> None:
    data = [1, 2]
    c = chain(data).push(3)
    assert c.value() == [1, 2, 3]
    assert c.value() == [1, 2, 3]
    assert data == [1, 2, 3]
    assert c.commit().value() == [1, 2, 3]
    assert c.map_(double).value() == [2, 4, 6]  # built on c: reuses its result
    assert data == [1, 2, 3]
    # pydash re-runs the push on every value():
    theirs = [1, 2]
    pc = pydash.chain(theirs).push(3)
    pc.value()
    pc.value()
    assert theirs == [1, 2, 3, 3]


def test_side_effects_run_once_per_value_and_once_per_call() -> None:
    calls: list[Any] = []
    c = chain([1, 2]).tap(calls.append).size()
    assert c.value() == 2
    assert c.value() == 2
    assert len(calls) == 1
    assert c([7]) == 1  # calling runs the steps again, on the given value
    assert len(calls) == 2
    assert c.plant([8, 9]).value() == 2
    assert len(calls) == 3


def test_branches_share_a_computed_prefix() -> None:
    calls: list[Any] = []
    base = chain([3, 1, 3]).tap(calls.append).uniq()
    assert base.size().value() == 2
    assert base.head().value() == 3
    assert len(calls) == 1


def test_a_failing_step_is_rerun() -> None:
    calls: list[int] = []

    def flaky(value: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("first time")
        return value

    c = chain([1]).thru(flaky)
    with pytest.raises(RuntimeError):
        c.value()
    assert c.value() == [1]
    assert len(calls) == 2


# --- every public function is a method -------------------------------------------------


def _chainable() -> list[str]:
    return [row[0] for row in METHODS]


def test_every_public_function_is_reachable() -> None:
    methods = {row[0] for row in METHODS}
    for name in funcutils.__all__:
        obj = getattr(funcutils, name)
        if not callable(obj) or isinstance(obj, type) or obj is py_:
            continue
        assert getattr(py_, name) is obj, name
        if name in chaining_reserved():
            continue
        assert name in methods or any(row[0] == name for row in DASH_ONLY), name
        if name in methods:
            assert name in Chain.__dict__, name


def chaining_reserved() -> frozenset[str]:
    from funcutils._chain_core import RESERVED

    return RESERVED


@pytest.mark.parametrize("row", METHODS, ids=[row[0] for row in METHODS])
def test_method_adds_its_function_as_a_step(row: tuple[str, str, str]) -> None:
    method, module, function = row
    func = getattr(getattr(funcutils, module), function)
    seed = object()
    node = getattr(chain(seed), method)(1, key=2)
    steps = node._all_steps()
    assert steps == ((func, (1,), {"key": 2}),)
    assert getattr(py_, method) is func


def test_aliases_follow_pydash() -> None:
    for alias, target in [("map", "map_"), ("filter", "filter_"), ("slice", "slice_"),
                          ("zip", "zip_"), ("reduce", "reduce_"), ("set", "set_"),
                          ("property", "property_")]:
        assert getattr(py_, alias) is getattr(funcutils, target)
        assert getattr(pydash.py_, alias) is getattr(pydash, target)
        assert chain([1]).__getattribute__(alias)()._all_steps()[0][0] is getattr(funcutils, target)


def _public_callables() -> list[str]:
    return [n for n in sorted(table.public_functions()) if n in dict.fromkeys(_chainable())]


#: Functions whose answers differ between two calls (randomness, time) or need a running
#: timer: they are run through the chain but their results are not compared.
UNCOMPARABLE = frozenset({"sample", "sample_size", "shuffle", "debounce", "throttle", "delay",
                          "unique_id", "now", "random"})


@pytest.mark.parametrize("name", _public_callables())
def test_chained_call_equals_direct_call(name: str) -> None:
    """Every chainable function on the bad-input table's good arguments: same outcome."""
    func = getattr(funcutils, name)
    args, kwargs = table.build_call(name, func, None, None)
    direct, result = table._outcome(name, lambda: func(*args, **kwargs))
    table._cleanup(result)
    args, kwargs = table.build_call(name, func, None, None)
    if not args:
        pytest.skip(f"{name}: the baseline passes no positional value")
    chained, result = table._outcome(
        name, lambda: getattr(chain(args[0]), name)(*args[1:], **kwargs).value()
    )
    table._cleanup(result)
    if name in UNCOMPARABLE:
        assert chained[0] == direct[0], (name, chained, direct)
    else:
        assert chained[:2] == direct[:2], (name, chained, direct)


# --- unknown names --------------------------------------------------------------------------


def test_unknown_method_raises_invalid_method() -> None:
    with pytest.raises(InvalidMethod, match="Invalid funcutils method: nope") as info:
        getattr(chain([1]), "nope")  # noqa: B009
    assert isinstance(info.value, AttributeError)
    with pytest.raises(InvalidMethod, match="nope_either"):
        getattr(py_, "nope_either")  # noqa: B009
    assert not hasattr(chain([1]), "nope")
    assert getattr(py_, "nope", 5) == 5
    assert issubclass(InvalidMethod, AttributeError)
    assert issubclass(pydash.InvalidMethod, AttributeError)
    with pytest.raises(AttributeError):
        getattr(chain([1]), "__nope__")  # noqa: B009
    with pytest.raises(InvalidMethod):
        getattr(chain([1]), "IMPLEMENTATION")  # data, not a function  # noqa: B009


def test_a_function_missing_from_the_generated_table_still_chains(monkeypatch: Any) -> None:
    """A stale table (a function added, not regenerated) degrades to the dynamic lookup."""
    monkeypatch.delattr(Chain, "uniq")
    assert chain([1, 1, 2]).uniq().value() == [1, 2]


# --- objects, repr, copies -------------------------------------------------------------------


def test_py_is_underscore_and_callable() -> None:
    assert chaining._ is py_
    assert isinstance(py_([1]), Chain)
    assert py_([1, 2]).map_(double).value() == [2, 4]
    assert repr(py_) == "py_"
    assert repr(py_([1]).map_(double).uniq()) == "chain([1]).map_().uniq()"
    assert repr(py_()) == "py_()"


def test_copies_are_independent() -> None:
    c = chain([1, 2]).push(3)
    d = copy.deepcopy(c)
    assert d.value() == [1, 2, 3]
    assert c.value() == [1, 2, 3]
    assert copy.copy(py_().map_(double))([1]) == [2]


# --- pickling (by value) ----------------------------------------------------------------------


def add3(a: int, b: int, c: int) -> int:
    return a + b + c


PICKLABLE: list[tuple[str, Any, Any, Any]] = [
    ("seedless chain", py_().filter_({"active": True}).map_("name").uniq(), USERS, ["ann", "cid"]),
    ("seeded chain", chain(USERS).count_by("team"), None, {"a": 2, "b": 2}),
    ("property_", _.property_("a.b"), {"a": {"b": 3}}, 3),
    ("matches", _.matches({"a": 1}), {"a": 1, "b": 2}, True),
    ("matches_property", _.matches_property("a", 1), {"a": 2}, False),
    ("properties", _.properties("a", "b"), {"a": 1, "b": 2}, [1, 2]),
    ("property_of", _.property_of({"a": [5]}), "a[0]", 5),
    ("iteratee", _.iteratee({"a": 1}), {"a": 1}, True),
    ("curry", _.curry(add3)(1)(2), 3, 6),
    ("curry_right", _.curry_right(add3)(1), (2, 3), 6),
    ("partial", _.partial(add3, 1, 2), 4, 7),
    ("partial_right", _.partial_right(add3, 1, 2), 4, 7),
    ("flow", _.flow(abs, str), -4, "4"),
    ("flow_right", _.flow_right(str, abs), -4, "4"),
    ("negate", _.negate(is_odd), 3, False),
]


@pytest.mark.parametrize("what,obj,arg,expected", PICKLABLE, ids=[p[0] for p in PICKLABLE])
def test_pickles_by_value(what: str, obj: Any, arg: Any, expected: Any) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        clone = pickle.loads(pickle.dumps(obj, protocol=protocol))
        if isinstance(obj, Chain) and arg is None:
            assert clone.value() == expected
        elif isinstance(arg, tuple):
            assert clone(*arg) == expected
        else:
            assert clone(arg) == expected


def test_pickled_chain_refers_to_functions_by_name() -> None:
    data = pickle.dumps(py_().map_(double).uniq())
    assert b"rebuild" in data
    assert pickle.loads(pickle.dumps(py_)) is py_
    seeded = chain([1, 2]).map_(double)
    seeded.value()
    assert pickle.loads(pickle.dumps(seeded)).value() == [2, 4]


# --- deep chains: iterative everywhere ----------------------------------------------------


def test_very_long_chain() -> None:
    n = 200_000
    c: Any = chain([1, 2])
    for _i in range(n):
        c = c.tap(len)
    assert c.value() == [1, 2]
    assert c([3]) == [3]
    assert c.plant([4]).value() == [4]
    assert pickle.loads(pickle.dumps(c)).value() == [1, 2]
    assert repr(c).count("tap()") == n


# --- properties: a chain is the composition of its steps ---------------------------------

#: (method, extra arguments) steps that take and give a list of ints.
STEPS: list[tuple[str, tuple[Any, ...]]] = [
    ("uniq", ()), ("compact", ()), ("initial", ()), ("tail", ()), ("take", (3,)),
    ("drop", (1,)), ("take_right", (2,)), ("map_", (double,)), ("filter_", (is_odd,)),
    ("reject", (is_odd,)), ("sort_by", (None,)), ("without", (0, 1)), ("union", ([7, 8],)),
    ("reverse", ()), ("push", (5,)),
]


@given(
    st.lists(st.integers(-5, 5), max_size=12),
    st.lists(st.sampled_from(range(len(STEPS))), max_size=6),
)
def test_chain_is_composition_of_its_steps(data: list[int], picks: list[int]) -> None:
    steps = [STEPS[i] for i in picks]
    expected: Any = list(data)
    for method, args in steps:
        expected = getattr(funcutils, method)(expected, *args)
    c: Any = chain(list(data))
    pipeline: Any = py_()
    for method, args in steps:
        c = getattr(c, method)(*args)
        pipeline = getattr(pipeline, method)(*args)
    assert c.value() == expected
    assert c.value() == expected  # kept: mutating steps (reverse, push) not repeated
    assert pipeline(list(data)) == expected
    assert c.plant(list(data)).value() == expected
    assert pickle.loads(pickle.dumps(pipeline))(list(data)) == expected
    theirs: Any = pydash.chain(list(data))
    for method, args in steps:
        theirs = getattr(theirs, method)(*args)
    assert theirs.value() == expected  # pydash's first value() gives the same answer
