"""Fuzzing: the compiled kernels against the pure ones, hostile values, the path parser.

In the normal test envs each test runs ``QUICK`` examples (a smoke run: the
per-version envs run ten times in CI). The ``fuzz`` tox env sets
``FUNCUTILS_FUZZ_EXAMPLES`` (150 per test in CI, about 5,000 examples in
all); a longer run: ``FUNCUTILS_FUZZ_EXAMPLES=5000 tox -e fuzz``, with
``-- --hypothesis-seed=N`` for another seed. Any crash found becomes an
``@example`` here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from funcutils import _paths

from conftest import COMPILED, kernels
from strategies import Spec, leaves, nested, normalize

pytestmark = pytest.mark.single_impl

#: Examples per test outside the fuzz env.
QUICK = 25
EXAMPLES = int(os.environ.get("FUNCUTILS_FUZZ_EXAMPLES", "0")) or QUICK


def scaled(test: Callable[..., None]) -> Callable[..., None]:
    """Run ``EXAMPLES`` examples per test."""
    return settings(max_examples=EXAMPLES)(test)


def _norm(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return normalize(value)


def outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "ok", _norm(call())
    except Exception as exc:  # noqa: BLE001 - the exception type is the outcome
        return "raised", type(exc)


def both(name: str, make_args: Callable[[], tuple[Any, ...]]) -> tuple[Any, Any]:
    if COMPILED is None:
        pytest.skip("funcutils._speedups_c is not built")
    pure = outcome(lambda: _materialise(getattr(kernels("python"), name)(*make_args())))
    compiled = outcome(lambda: _materialise(getattr(kernels("cython"), name)(*make_args())))
    return pure, compiled


def _materialise(value: Any) -> Any:
    return list(value) if hasattr(value, "__next__") else value


# Hostile values: their dunder methods raise or mutate what is being walked.


class BadHash:
    def __init__(self, exc: type[Exception]) -> None:
        self.exc = exc

    def __hash__(self) -> int:
        raise self.exc("hash")

    def __eq__(self, other: object) -> bool:
        raise self.exc("eq")

    def __repr__(self) -> str:
        return f"BadHash({self.exc.__name__})"


class Mutator:
    """Clears the list it is told about whenever it is hashed, compared or iterated."""

    def __init__(self, victim: list[Any]) -> None:
        self.victim = victim

    def __hash__(self) -> int:
        self.victim.clear()
        return 1

    def __eq__(self, other: object) -> bool:
        self.victim.clear()
        return False

    def __iter__(self) -> Any:
        self.victim.clear()
        return iter([1, [2]])

    def __repr__(self) -> str:
        return "Mutator()"


class BadIter:
    def __iter__(self) -> Any:
        raise ValueError("iter")


HOSTILE_ERRORS = (TypeError, ValueError, RuntimeError, KeyError, IndexError)

hostile_leaf = st.sampled_from(["hash-type", "hash-value", "mutator", "bad-iter"])


def _build_hostile(spec: Spec, kinds: list[str]) -> list[Any]:
    data: list[Any] = list(spec.build())
    for k, kind in enumerate(kinds):
        value: Any
        if kind == "hash-type":
            value = BadHash(TypeError)
        elif kind == "hash-value":
            value = BadHash(ValueError)
        elif kind == "mutator":
            value = Mutator(data)
        else:
            value = BadIter()
        data.insert(k % (len(data) + 1), value)
        inner = [value, 1]
        data.append(inner)
    return data


KERNEL_CALLS: dict[str, Callable[[Any, Any], Any]] = {
    "flatten_depth": lambda k, d: k.flatten_depth(d, -1),
    "flatten_depth_1": lambda k, d: k.flatten_depth(d, 1),
    "iterflatten": lambda k, d: list(k.iterflatten(d, -1)),
    "uniq": lambda k, d: k.uniq(d),
    "uniq_by": lambda k, d: k.uniq_by(d, repr),
    "difference": lambda k, d: k.difference(d, [d[:3]], None),
    "intersection": lambda k, d: k.intersection(d, [d[::2]], None),
    "without": lambda k, d: k.without(d, tuple(d[:2])),
    "duplicates": lambda k, d: k.duplicates(d, None),
    "compact": lambda k, d: k.compact(d),
    "chunk": lambda k, d: k.chunk(d, 2),
    "map_path": lambda k, d: k.map_path(d, ("a", 0)),
    "group_by_path": lambda k, d: k.group_by_path(d, ("a",)),
    "count_by_path": lambda k, d: k.count_by_path(d, ("a",)),
    "sort_by_path": lambda k, d: k.sort_by_path(d, ()),
}


@pytest.mark.parametrize("call", sorted(KERNEL_CALLS))
@scaled
@given(spec=nested, kinds=st.lists(hostile_leaf, max_size=3))
@example(spec=Spec("list", [1, [2, 3]]), kinds=["mutator"])
@example(spec=Spec("list", [[1], [1]]), kinds=["hash-type", "mutator", "bad-iter"])
def test_compiled_kernels_survive_hostile_values(call: str, spec: Spec, kinds: list[str]) -> None:
    """No crash; only ordinary errors. (Results may differ: the kernels call
    the hostile methods in a different order, and the methods mutate.)"""
    if COMPILED is None:
        pytest.skip("funcutils._speedups_c is not built")
    data = _build_hostile(spec, kinds)
    try:
        KERNEL_CALLS[call](COMPILED, data)
    except HOSTILE_ERRORS:
        pass


@pytest.mark.parametrize("call", sorted(KERNEL_CALLS))
@scaled
@given(spec=nested)
def test_compiled_kernels_equal_pure_kernels(call: str, spec: Spec) -> None:
    if COMPILED is None:
        pytest.skip("funcutils._speedups_c is not built")
    pure = outcome(lambda: KERNEL_CALLS[call](kernels("python"), spec.build()))
    compiled = outcome(lambda: KERNEL_CALLS[call](COMPILED, spec.build()))
    assert pure == compiled


rows = st.lists(
    st.one_of(
        leaves,
        st.dictionaries(st.sampled_from(["a", "b", 0]), st.one_of(leaves, st.lists(leaves)),
                        max_size=3),
    ),
    max_size=8,
)
path_keys = st.lists(st.one_of(st.sampled_from(["a", "b", 0, 1, -1]), st.text(max_size=2)),
                     max_size=3).map(tuple)


@scaled
@given(rows, path_keys, st.sampled_from(
    ["map_path", "filter_path", "partition_path", "group_by_path", "key_by_path",
     "count_by_path"]))
def test_path_kernels_equal(rows_: list[Any], keys: tuple[Any, ...], name: str) -> None:
    pure, compiled = both(name, lambda: (list(rows_), keys))
    assert pure == compiled


def _curry_target(a: Any, b: Any, c: Any = 3, *, k: Any = None) -> Any:
    return (a, b, c, k)


call_steps = st.lists(
    st.tuples(st.lists(st.integers(0, 9), max_size=4),
              st.dictionaries(st.sampled_from(["a", "b", "c", "k", "z"]), st.integers(0, 9),
                              max_size=2)),
    min_size=1, max_size=4,
)


@scaled
@given(call_steps, st.booleans(), st.one_of(st.none(), st.integers(-1, 4)))
def test_curry_steps_equal(steps: list[tuple[list[int], dict[str, int]]], right: bool,
                           arity: Any) -> None:
    def run(module: Any) -> Any:
        obj = module.curry_object(_curry_target, arity, right)
        for args, kwargs in steps:
            obj = obj(*args, **kwargs)
            if not callable(obj):
                return obj
        return ("curry", obj.args, obj.kwargs)

    if COMPILED is None:
        pytest.skip("funcutils._speedups_c is not built")
    assert outcome(lambda: run(kernels("python"))) == outcome(lambda: run(COMPILED))


# The path parser ------------------------------------------------------------

path_text = st.text(alphabet=st.sampled_from(list("ab0129.[]\\'\"-_ ")), max_size=40)


@scaled
@given(st.one_of(path_text, st.text(max_size=30)))
@example("a[")
@example("[[[]]]")
@example("a.b[-0].c\\")
def test_path_parser_never_raises(text: str) -> None:
    keys, flags = _paths.parse_path(text)
    assert isinstance(keys, tuple) and len(keys) == len(flags)
    for key in keys:
        hash(key)


@scaled
@given(path_text)
def test_set_then_get_round_trip(text: str) -> None:
    keys = _paths.to_keys(text)
    if not keys:
        return
    obj: dict[Any, Any] = {}
    marker = object()
    try:
        _paths.set_keys(obj, keys, marker)
    except (KeyError, TypeError, ValueError, IndexError):
        return  # e.g. a restricted name, an index into a non-list
    assert _paths.get_keys(obj, keys, None) is marker
    assert _paths.has_keys(obj, keys)
