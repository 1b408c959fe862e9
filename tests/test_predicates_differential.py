"""Deep equality: compiled == pure == ``==`` on generated data; properties of is_equal."""

from __future__ import annotations

import copy
import json
import math
import operator
from collections import OrderedDict, defaultdict, namedtuple
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import kernels
from funcutils import _predicates_py
import funcutils as _

pytestmark = pytest.mark.single_impl
P = namedtuple("P", "a b")


class Sub(list):  # type: ignore[type-arg]
    pass


leaf_st = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["a", "b", "", 1.0, 0.0, -0.0, b"a"]),
)
json_st = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=3)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=2), inner, max_size=4)
    ),
    max_leaves=30,
)
any_st = st.recursive(
    leaf_st,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.sampled_from(["a", "b", 1, 1.0, True]), inner, max_size=3),
        st.builds(P, inner, inner),
        st.builds(Sub, st.lists(inner, max_size=2)),
        st.builds(lambda d: OrderedDict(d), st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2)),
        st.builds(lambda d: defaultdict(int, d), st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2)),
    ),
    max_leaves=20,
)


def outcome(func: Any, *args: Any) -> Any:
    try:
        return ("ok", func(*args))
    except Exception as exc:  # noqa: BLE001
        return ("raise", type(exc))


def mutate(value: Any) -> Any:
    """A near copy: json round trip when possible, else deepcopy."""
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError):
        return copy.deepcopy(value)


@given(any_st, any_st)
@example([], ())
@example([math.nan], [math.nan])
@example({1: "a"}, {True: "a"})
def test_compiled_pure_and_eq_agree(a: Any, b: Any) -> None:
    cy = kernels("cython")
    expected = outcome(lambda x, y: x == y, a, b)
    assert outcome(cy.equal_deep, a, b) == expected
    assert outcome(_predicates_py.equal_deep, a, b) == expected
    assert outcome(_predicates_py.equal_walk, a, b) == expected


@given(any_st)
def test_compiled_pure_agree_with_near_copies(a: Any) -> None:
    cy = kernels("cython")
    b = mutate(a)
    expected = a == b
    assert cy.equal_deep(a, b) == expected
    assert _predicates_py.equal_walk(a, b) == expected


@given(json_st)
def test_is_equal_deepcopy(x: Any) -> None:
    assert _.is_equal(x, copy.deepcopy(x)) is True
    assert _.is_equal(x, json.loads(json.dumps(x))) is True


@given(json_st, json_st)
def test_is_equal_agrees_with_eq_on_json(a: Any, b: Any) -> None:
    assert _.is_equal(a, b) == (a == b)


def _none(a: Any, b: Any) -> Any:
    return None


def _nocase(a: Any, b: Any) -> Any:
    return a.lower() == b.lower() if isinstance(a, str) and isinstance(b, str) else None


@given(any_st, any_st, st.sampled_from([_none, _nocase]))
def test_equal_with_compiled_pure_agree(a: Any, b: Any, customizer: Any) -> None:
    cy = kernels("cython")
    assert outcome(cy.equal_with_deep, a, b, customizer) == outcome(
        _predicates_py.equal_with_deep, a, b, customizer
    )


@given(any_st, any_st)
def test_equal_with_none_matches_pydash(a: Any, b: Any) -> None:
    pydash = pytest.importorskip("pydash")
    assert outcome(_.is_equal_with, a, b, _none) == outcome(pydash.is_equal_with, a, b, _none)


@given(any_st, any_st, st.sampled_from([None, lambda a, b: a == b, lambda a, b, k: k != "b"]))
def test_match_compiled_pure_agree(obj: Any, source: Any, customizer: Any) -> None:
    cy = kernels("cython")
    assert outcome(cy.match_deep, obj, source, customizer) == outcome(
        _predicates_py.match_deep, obj, source, customizer
    )


def cyclic(leaf: Any, period: int) -> list[Any]:
    nodes: list[list[Any]] = [[leaf] for _i in range(period)]
    for i, node in enumerate(nodes):
        node.append(nodes[(i + 1) % period])
    return nodes[0]


@given(st.integers(1, 4), st.integers(1, 4), st.integers(0, 1), st.integers(0, 1))
def test_cycles_compiled_pure_agree(p: int, q: int, x: int, y: int) -> None:
    cy = kernels("cython")
    a, b = cyclic(x, p), cyclic(y, q)
    expected = x == y
    assert cy.equal_deep(a, b) is expected
    assert _predicates_py.equal_deep(a, b) is expected
    assert _predicates_py.equal_walk(a, b) is expected


@given(st.lists(st.integers(-2, 2), max_size=40),
       st.sampled_from(["is_increasing", "is_decreasing", "is_strictly_increasing", "is_strictly_decreasing"]))
def test_monotone_predicates_match_pydash(value: list[int], name: str) -> None:
    """Short lists (walked by index) and long ones (all/map) both answer as pydash."""
    import pydash as _pydash

    from funcutils import predicates

    assert getattr(predicates, name)(value) == getattr(_pydash, name)(value)
    assert predicates.is_monotone(value, operator.le) == _pydash.is_monotone(value, operator.le)
