"""Objects: compiled kernels == pure kernels on generated nested data, and properties."""

from __future__ import annotations

import copy
from types import ModuleType
from typing import Any, Callable

import pydash
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import funcutils as _
from funcutils import _objects_py, _speedups_py
from funcutils._speedups import compiled_kernels

COMPILED = compiled_kernels()
needs_compiled = pytest.mark.skipif(COMPILED is None, reason="compiled kernels not built")

keys_st = st.one_of(st.text(alphabet="abc.[]0", max_size=3), st.integers(0, 3))
leaf_st = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=2),
                    st.floats(allow_nan=False, width=16), st.binary(max_size=2),
                    st.tuples(st.integers(0, 2)), st.frozensets(st.integers(0, 2), max_size=2))
nested_st = st.recursive(
    leaf_st,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(keys_st, inner, max_size=4),
        st.tuples(inner, inner),
    ),
    max_leaves=25,
)
dicts_st = st.dictionaries(keys_st, nested_st, max_size=6)


def _outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "ok", call()
    except Exception as exc:  # noqa: BLE001 - the type is what is compared
        return "raise", type(exc)


def _mutable_ids(x: Any, out: set[int]) -> set[int]:
    stack = [x]
    while stack:
        v = stack.pop()
        if isinstance(v, (list, dict, set, bytearray)):
            if id(v) in out:
                continue
            out.add(id(v))
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
    return out


@given(nested_st)
def test_clone_deep_equal_and_unshared(impl: ModuleType, x: Any) -> None:
    y = _.clone_deep(x)
    assert y == x
    assert not (_mutable_ids(x, set()) & _mutable_ids(y, set()))
    assert repr(y) == repr(copy.deepcopy(x))


@given(dicts_st, dicts_st)
def test_merge_leaves_source_intact(impl: ModuleType, a: dict[Any, Any], b: dict[Any, Any]) -> None:
    before = copy.deepcopy(b)
    out = _.merge(a, b)
    assert out is a
    assert b == before
    assert not (_mutable_ids(b, set()) & _mutable_ids(a, set()))


def _plain_keys(value: Any) -> bool:
    """No dict (at any depth) has a str key that pydash would read as a path: a digit
    string (pydash's ``0`` and ``"0"`` are one key) or one with ``.``, ``[`` or ``]``.
    funcutils reads dict keys literally (documented in docs/differences/objects.inc)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key in item:
                if isinstance(key, str) and (key.isdigit() or any(c in key for c in ".[]")):
                    return False
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return True


@given(dicts_st, dicts_st)
def test_merge_agrees_with_pydash(impl: ModuleType, a: dict[Any, Any], b: dict[Any, Any]) -> None:
    assume(_plain_keys(a) and _plain_keys(b))
    theirs = _outcome(lambda: pydash.merge(copy.deepcopy(a), b))
    ours = _outcome(lambda: _.merge(copy.deepcopy(a), b))
    assert ours == theirs


@given(dicts_st, dicts_st)
def test_defaults_deep_agrees_with_pydash(impl: ModuleType, a: dict[Any, Any], b: dict[Any, Any]) -> None:
    assume(_plain_keys(a) and _plain_keys(b))
    theirs = _outcome(lambda: pydash.defaults_deep(copy.deepcopy(a), b))
    ours = _outcome(lambda: _.defaults_deep(copy.deepcopy(a), b))
    assert ours == theirs


plain_keys_st = st.lists(st.text(alphabet="abcd", max_size=2), max_size=5)


@given(st.dictionaries(st.text(alphabet="abcd", max_size=2), nested_st, max_size=6), plain_keys_st)
def test_pick_and_omit_partition(impl: ModuleType, x: dict[str, Any], ks: list[str]) -> None:
    picked = _.pick(x, ks)
    omitted = _.omit(x, ks)
    assert picked | omitted == x
    assert not set(picked) & set(omitted)
    assert picked == pydash.pick(x, ks) and omitted == pydash.omit(x, ks)  # type: ignore[arg-type]


@given(dicts_st)
def test_key_loops_agree_with_pydash(impl: ModuleType, x: dict[Any, Any]) -> None:
    assume(_plain_keys(x))
    assert _.map_values(x, repr) == pydash.map_values(x, repr)
    assert _.map_keys(x, lambda v, k: repr(k)) == pydash.map_keys(x, lambda v, k: repr(k))
    assert _.pick_by(x, lambda v: isinstance(v, int)) == pydash.pick_by(x, lambda v: isinstance(v, int))
    assert _.omit_by(x, lambda v: isinstance(v, int)) == pydash.omit_by(x, lambda v: isinstance(v, int))
    hashable = {k: v for k, v in x.items() if isinstance(v, (int, str, type(None)))}
    assert _.invert(hashable) == pydash.invert(hashable)


@given(nested_st)
def test_map_values_deep_agrees_with_pydash(impl: ModuleType, x: Any) -> None:
    def f(v: Any, path: list[Any]) -> Any:
        return (repr(v), tuple(path))

    theirs = _outcome(lambda: pydash.map_values_deep(copy.deepcopy(x), f))
    ours = _outcome(lambda: _.map_values_deep(copy.deepcopy(x), f))
    assert ours == theirs


# --------------------------------------------------------------------------
# compiled == pure, kernel by kernel
# --------------------------------------------------------------------------


def _same(name: str, *args: Any) -> None:
    assert COMPILED is not None
    a = _outcome(lambda: getattr(_speedups_py, name)(*copy.deepcopy(args)))
    b = _outcome(lambda: getattr(COMPILED, name)(*copy.deepcopy(args)))
    if a[0] == "ok" and b[0] == "ok":
        assert repr(a[1]) == repr(b[1])
    else:
        assert a == b


@needs_compiled
@pytest.mark.single_impl
@given(nested_st)
def test_deep_clone_compiled_equals_pure(x: Any) -> None:
    _same("deep_clone", x)
    shared = [x, x, {"s": x}]
    assert COMPILED is not None
    y = COMPILED.deep_clone(shared)
    z = _objects_py.deep_clone(shared)
    assert (y[0] is y[1]) == (z[0] is z[1])


@needs_compiled
@pytest.mark.single_impl
@given(dicts_st, dicts_st, st.booleans())
def test_merge_deep_compiled_equals_pure(a: Any, b: Any, defaults: bool) -> None:
    _same("merge_deep", a, b, None, 5, defaults)


@needs_compiled
@pytest.mark.single_impl
@given(nested_st)
def test_map_values_deep_walk_compiled_equals_pure(x: Any) -> None:
    _same("map_values_deep_walk", x, lambda v, p: (v, p), 2, ("r",))


@needs_compiled
@pytest.mark.single_impl
@given(dicts_st, st.lists(st.one_of(keys_st, st.lists(keys_st, max_size=2)), max_size=4))
def test_key_kernels_compiled_equal_pure(x: dict[Any, Any], ks: list[Any]) -> None:
    hashable = [k for k in ks if not isinstance(k, list)]
    _same("pick_keys", x, tuple(ks))
    _same("omit_keys", x, tuple(hashable))
    for nargs in (0, 1, 2):
        _same("pick_by_func", x, lambda *a: len(a) % 2 == 0 or a[0] is None, nargs)
        _same("omit_by_func", x, lambda *a: len(a) % 2 == 0 or a[0] is None, nargs)
    for nargs in (0, 1, 2, 3):
        _same("map_values_func", x, lambda *a: repr(a), nargs, x)
        _same("map_keys_func", x, lambda *a: repr(a), nargs, x)
    _same("invert_items", {k: v for k, v in x.items() if isinstance(v, (int, str))})
