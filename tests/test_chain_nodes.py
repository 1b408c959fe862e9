"""The two chain nodes: ``_chain_core.PureChainNode`` (the specification) and the compiled
``_speedups_c.ChainNode``.

The chain class is chosen once, at import (a class cannot change its base), so the
rest of the chaining tests exercise the compiled node in the compiled runs and the
pure node under ``FUNCUTILS_NO_EXTENSIONS=1``. Here both nodes are built side by
side (``make_chain_class``) and must agree: values, the kept results of a seeded
chain, calls, plant/commit, errors, pickles and repr.
"""

from __future__ import annotations

import pickle
import sys
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from funcutils import _chain_core, _speedups
from funcutils._chain_core import PureChainNode, make_chain_class
from funcutils._chain_methods import METHODS, Chain
from funcutils._compat import NO_EXTENSIONS, REQUIRE_EXTENSIONS
from funcutils._helpers import UNSET
from funcutils.chaining import InvalidMethod

pytestmark = pytest.mark.single_impl

COMPILED = _speedups._COMPILED


def _classes() -> list[Any]:
    classes = [pytest.param(make_chain_class(PureChainNode, METHODS), id="pure")]
    if COMPILED is not None:
        core = _chain_core._compiled_core(COMPILED)
        classes.append(pytest.param(make_chain_class(core, METHODS), id="compiled"))
    return classes


def _both() -> tuple[Any, Any]:
    if COMPILED is None:
        pytest.skip("the compiled kernels are not built")
    pure = make_chain_class(PureChainNode, METHODS)
    compiled = make_chain_class(_chain_core._compiled_core(COMPILED), METHODS)
    return pure, compiled


@pytest.mark.skipif(not REQUIRE_EXTENSIONS, reason="FUNCUTILS_REQUIRE_EXTENSIONS is not set")
def test_guard_the_chain_is_the_compiled_node() -> None:
    compiled = sys.modules["funcutils._speedups_c"]
    assert compiled.ChainNode in Chain.__mro__
    assert PureChainNode not in Chain.__mro__
    assert type(Chain.map_).__name__ == "cython_function_or_method"


@pytest.mark.skipif(not NO_EXTENSIONS, reason="FUNCUTILS_NO_EXTENSIONS is not set")
def test_guard_the_chain_is_the_pure_node() -> None:
    assert PureChainNode in Chain.__mro__
    assert all(base.__module__ != "funcutils._speedups_c" for base in Chain.__mro__)


def double(x: int) -> int:
    return x * 2


def is_odd(x: int) -> bool:
    return x % 2 == 1


#: Steps the generated chains are made of: (method, args, kwargs).
MENU: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("map_", (double,), {}),
    ("filter_", (is_odd,), {}),
    ("uniq", (), {}),
    ("reverse", (), {}),
    ("chunk", (2,), {}),
    ("flatten", (), {}),
    ("take", (3,), {}),
    ("sort_by", (), {"reverse": True}),
    ("slice_", (1, 4), {}),
    ("size", (), {}),
    ("head", (), {}),
    ("concat", (7, 8, [9]), {}),
]


def _build(cls: Any, seed: Any, steps: list[int]) -> Any:
    node = cls(seed)
    for i in steps:
        name, args, kwargs = MENU[i]
        node = getattr(node, name)(*args, **kwargs)
    return node


def _outcome(thunk: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return ("ok", thunk())
    except Exception as exc:  # noqa: BLE001 - the outcome is compared, type and message
        return (type(exc).__name__, str(exc))


@given(
    seed=st.lists(st.integers(-5, 20), max_size=12),
    other=st.lists(st.integers(-5, 20), max_size=12),
    steps=st.lists(st.integers(0, len(MENU) - 1), max_size=7),
)
def test_compiled_node_matches_the_pure_node(seed: list[int], other: list[int], steps: list[int]) -> None:
    pure_cls, compiled_cls = _both()
    pure, compiled = _build(pure_cls, list(seed), steps), _build(compiled_cls, list(seed), steps)
    assert _outcome(compiled.value) == _outcome(pure.value)
    assert _outcome(compiled.value) == _outcome(pure.value)  # the kept results
    assert _outcome(lambda: compiled(list(other))) == _outcome(lambda: pure(list(other)))
    assert _outcome(lambda: compiled.plant(list(other)).value()) == _outcome(
        lambda: pure.plant(list(other)).value()
    )
    assert compiled._all_steps() == pure._all_steps()
    assert repr(compiled) == repr(pure)
    assert compiled.__reduce__() == pure.__reduce__()


@pytest.mark.parametrize("cls", _classes())
def test_node_semantics(cls: Any) -> None:
    calls: list[Any] = []
    base = cls([3, 1, 3]).tap(calls.append).uniq()
    assert base.size().value() == 2
    assert base.head().value() == 3
    assert len(calls) == 1  # the shared prefix ran once
    assert base([5, 5]) == [5]
    assert len(calls) == 2
    assert cls([1]).value() == [1]
    assert cls([2])._all_steps() == ()
    assert cls([2])._seed() == [2]
    assert cls()._seed() is UNSET
    seedless = cls().map_(double).sum_()
    assert seedless([1, 2]) == 6
    with pytest.raises(ValueError, match="no seed"):
        seedless.value()
    with pytest.raises(ValueError, match="no seed"):
        cls().value()
    assert seedless.plant([4]).value() == 8
    assert cls([1, 2]).map(double).commit()._all_steps() == ()


@pytest.mark.parametrize("cls", _classes())
def test_node_attribute_errors(cls: Any) -> None:
    node = cls([1])
    with pytest.raises(InvalidMethod, match="no_such_function"):
        node.no_such_function  # noqa: B018
    with pytest.raises(AttributeError) as info:
        node.__no_such_dunder__  # noqa: B018
    assert not isinstance(info.value, InvalidMethod)
    assert not hasattr(node, "nope")
    assert node.map is not None and node.map(double).value() == [2]
    with pytest.raises(AttributeError):
        node.some_attribute = 1  # noqa: B010 - no __dict__, as the pure node's slots


@pytest.mark.parametrize("cls", _classes())
def test_a_failing_step_keeps_the_computed_prefix(cls: Any) -> None:
    calls: list[int] = []

    def flaky(value: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("second call")
        return value

    node = cls([1]).thru(flaky).thru(flaky).size()
    with pytest.raises(RuntimeError, match="second call"):
        node.value()
    assert node.value() == 1
    assert len(calls) == 3  # the first step's result was kept


def test_pickles_are_the_same_for_both_nodes() -> None:
    pure_cls, compiled_cls = _both()
    for cls in (pure_cls, compiled_cls):
        node = cls([1, 2, 3]).map_(double).take(2)
        assert node.__reduce__()[0] is _chain_core.rebuild
        assert pickle.loads(pickle.dumps(node)).value() == [2, 4]
    assert pure_cls().uniq().__reduce__() == compiled_cls().uniq().__reduce__()


@pytest.mark.parametrize("cls", _classes())
def test_a_long_chain_runs_without_recursion(cls: Any) -> None:
    node = cls(0)
    for _ in range(200_000):
        node = node.add(1)
    assert node.value() == 200_000
    assert node(5) == 200_005
    assert node.plant(1).value() == 200_001
