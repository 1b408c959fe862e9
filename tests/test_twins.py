"""Compiled twins (``funcutils._speedups.compiled_twin``): same answers as the pure functions.

A twin replaces the thinnest public functions where the kernels are compiled;
the pure function it wraps is the specification. Here each twin is compared
with it on a table of edge cases and on generated arguments: the same value
(and type), or the same exception type and message.
"""

from __future__ import annotations

import importlib
import pickle
from collections import OrderedDict, UserList, defaultdict
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import funcutils
from funcutils import _speedups
from funcutils._compat import NO_EXTENSIONS

from conftest import COMPILED, kernels

pytestmark = pytest.mark.single_impl

TWINS = sorted(_speedups.TWINS)


def _twin(name: str) -> Callable[..., Any]:
    module = kernels("cython")  # skips (fails under REQUIRE) when not built
    return getattr(module, "twin_" + name)  # type: ignore[no-any-return]


def _outcome(func: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    try:
        result = func(*args)
    except Exception as exc:  # noqa: BLE001 - the exception is the answer compared
        return ("raises", (type(exc), str(exc)))
    return ("returns", (type(result), result))


def _same(name: str, *args: Any) -> None:
    pure = _speedups.TWINS[name]
    assert _outcome(_twin(name), args) == _outcome(pure, args), (name, args)


SEQUENCES: list[Any] = [
    [], [1], [1, 2, 3, 4, 5], (), (1, 2, 3), "", "abc", b"abc", bytearray(b"abc"), range(5),
    UserList([1, 2, 3]), {"a": 1}, OrderedDict(a=1), defaultdict(list), {1, 2}, None, 3,
    iter([1, 2]), [[1], [2]], ["x", None],
]
INDEXES: list[Any] = [0, 1, -1, 2, -7, 10**30, True, None, 1.5, "1"]


def test_every_twin_is_registered_and_every_registration_has_a_twin() -> None:
    assert TWINS, "no compiled twin is registered"
    if COMPILED is None:
        pytest.skip("funcutils._speedups_c is not built")
    built = {name[len("twin_"):] for name in dir(COMPILED) if name.startswith("twin_")}
    assert built == set(TWINS)


@pytest.mark.parametrize("name", TWINS)
def test_the_public_function_is_the_twin_where_compiled(name: str) -> None:
    public = getattr(funcutils, name)
    pure = _speedups.TWINS[name]
    if NO_EXTENSIONS or COMPILED is None:
        assert public is pure
        return
    assert _speedups.IMPLEMENTATION == "cython"
    assert public is getattr(COMPILED, "twin_" + name)
    assert public.__wrapped__ is pure
    assert (public.__name__, public.__module__, public.__doc__) == (
        pure.__name__, pure.__module__, pure.__doc__
    )
    assert getattr(importlib.import_module(pure.__module__), name) is public
    assert pickle.loads(pickle.dumps(public)) is public


@pytest.mark.parametrize("name", TWINS)
def test_use_kernels_swaps_twins(name: str) -> None:
    kernels("cython")
    twin = _twin(name)
    pure = _speedups.TWINS[name]
    with _speedups.use_kernels("python"):
        assert getattr(funcutils, name) is pure
        with _speedups.use_kernels("cython"):
            assert getattr(funcutils, name) is twin
        assert getattr(funcutils, name) is pure
    assert getattr(funcutils, name) is (twin if _speedups.IMPLEMENTATION == "cython" else pure)


@pytest.mark.parametrize("array", SEQUENCES, ids=repr)
def test_one_argument_twins_on_edge_cases(array: Any) -> None:
    for name in ("initial", "tail", "reverse"):
        _same(name, array)


@pytest.mark.parametrize("array", SEQUENCES, ids=repr)
@pytest.mark.parametrize("index", INDEXES, ids=repr)
def test_index_twins_on_edge_cases(array: Any, index: Any) -> None:
    _same("split_at", array, index)
    _same("slice_", array, index)
    _same("slice_", array, index, None)
    for end in INDEXES:
        _same("slice_", array, index, end)


KEY_MAPS: list[Any] = [{}, {"a": "z"}, {"a": "b", "b": "a"}, {"x": 1}, OrderedDict(a="q"), None, [("a", "z")]]
OBJS: list[Any] = [{}, {"a": 1, "b": 2}, {1: "a", (1, 2): None}, OrderedDict(a=1), None, [1], "ab"]


@pytest.mark.parametrize("obj", OBJS, ids=repr)
@pytest.mark.parametrize("key_map", KEY_MAPS, ids=repr)
def test_rename_keys_twin_on_edge_cases(obj: Any, key_map: Any) -> None:
    _same("rename_keys", obj, key_map)


def test_rename_keys_twin_keeps_the_order_and_last_rename_wins() -> None:
    kernels("cython")
    twin = _twin("rename_keys")
    assert list(twin({"a": 1, "b": 2, "c": 3}, {"a": "c"}).items()) == [("c", 3), ("b", 2)]


def test_rename_keys_twin_sees_a_dict_mutated_by_a_key_hash() -> None:
    class Evil:
        def __hash__(self) -> int:
            source.pop("b", None)
            return 1

    source: dict[Any, Any] = {"a": 1, "b": 2, "c": 3}
    _same_mutating = _outcome(_twin("rename_keys"), (source, {"a": Evil()}))
    assert _same_mutating[0] == "raises"
    assert _same_mutating[1][0] is RuntimeError


LEAVES = st.one_of(st.integers(), st.text(max_size=3), st.none())
SEQUENCE_ARGS = st.one_of(
    st.lists(LEAVES, max_size=8),
    st.lists(LEAVES, max_size=8).map(tuple),
    st.text(max_size=8),
    st.binary(max_size=8),
    st.integers(-3, 8).map(range),
    st.dictionaries(st.text(max_size=2), LEAVES, max_size=3),
    LEAVES,
)
INDEX_ARGS = st.one_of(st.integers(-12, 12), st.integers(), st.none(), st.booleans(), st.floats())


@given(array=SEQUENCE_ARGS, start=INDEX_ARGS, end=INDEX_ARGS)
def test_twins_agree_with_the_pure_functions_on_generated_arguments(
    array: Any, start: Any, end: Any
) -> None:
    for name in ("initial", "tail", "reverse"):
        _same(name, array)
    _same("split_at", array, start)
    _same("slice_", array, start)
    _same("slice_", array, start, end)


@given(
    obj=st.one_of(st.dictionaries(st.one_of(st.text(max_size=2), st.integers(0, 5)), LEAVES, max_size=6), LEAVES),
    key_map=st.one_of(
        st.dictionaries(st.one_of(st.text(max_size=2), st.integers(0, 5)), st.one_of(st.text(max_size=2), st.integers(0, 5)), max_size=6),
        LEAVES,
    ),
)
def test_rename_keys_twin_agrees_on_generated_arguments(obj: Any, key_map: Any) -> None:
    _same("rename_keys", obj, key_map)


class _Str(str):
    pass


TEXTS: list[Any] = ["", "a", "FRED", "fred", "ßig", "ǅx", "İstanbul", "ﬃ", "1abc", " x",
                    _Str("Ab"), b"Ab", bytearray(b"x"), None, 3, ["a"], {"a": 1}]


@pytest.mark.parametrize("text", TEXTS, ids=repr)
def test_first_letter_twins_on_edge_cases(text: Any) -> None:
    for name in ("lower_first", "upper_first"):
        _same(name, text)


@given(text=st.one_of(st.text(max_size=6), st.binary(max_size=3), LEAVES))
def test_first_letter_twins_agree_on_generated_arguments(text: Any) -> None:
    for name in ("lower_first", "upper_first"):
        _same(name, text)
