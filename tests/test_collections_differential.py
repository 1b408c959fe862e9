"""Compiled path kernels == pure path kernels on generated rows (same value or same exception)."""

from __future__ import annotations

from collections import namedtuple
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import kernels

pytestmark = pytest.mark.single_impl

NAMES = ["map_path", "filter_path", "partition_path", "group_by_path", "key_by_path",
         "count_by_path", "sort_by_path"]
P = namedtuple("P", "a b")


class Sub(dict):  # type: ignore[type-arg]
    def get(self, key: Any, default: Any = None) -> Any:
        return "sub"


keys_st = st.sampled_from(["a", "b", "0", 0, 1, -1, "__class__", "x"])
leaf_st = st.one_of(st.none(), st.integers(-3, 3), st.sampled_from(["a", "b", ""]), st.booleans())
row_st = st.recursive(
    leaf_st,
    lambda inner: st.one_of(
        st.dictionaries(keys_st, inner, max_size=3),
        st.lists(inner, max_size=3),
        st.builds(P, inner, inner),
        st.dictionaries(keys_st, inner, max_size=2).map(Sub),
    ),
    max_leaves=8,
)
path_st = st.lists(keys_st, min_size=0, max_size=3).map(tuple)


def _outcome(name: str, impl: str, rows: Any, path: Any) -> Any:
    try:
        return ("ok", getattr(kernels(impl), name)(rows, path))
    except Exception as exc:  # noqa: BLE001
        return ("raise", type(exc))


@given(st.lists(row_st, max_size=8), path_st, st.sampled_from(NAMES), st.booleans())
@example([], ("a",), "map_path", False)
@example([{"a": {"b": 1}}, {"a": {"1": 2, 1: 3}}, 5, None], ("a", "1"), "map_path", False)
@example([{"a": 1}, {"a": [1]}], ("a",), "group_by_path", False)
def test_compiled_equals_pure(rows: list[Any], path: tuple[Any, ...], name: str, gen: bool) -> None:
    py = _outcome(name, "python", iter(rows) if gen else rows, path)
    cy = _outcome(name, "cython", iter(rows) if gen else rows, path)
    assert py == cy


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("args", [(None, ("a",)), (5, ("a",)), ([{}], None), ([{}], ["a"]),
                                  ([{}], "a"), (iter([{"a": 1}]), ("a",))])
@pytest.mark.parametrize("impl_name", ["python", "cython"])
def test_kernels_never_crash(name: str, args: tuple[Any, Any], impl_name: str) -> None:
    outcome = _outcome(name, impl_name, *args)
    assert outcome[0] == "ok" or outcome[1] is TypeError


def test_kernel_parity() -> None:
    import inspect

    py, cy = kernels("python"), kernels("cython")
    for name in NAMES:
        assert name in py.__all__ and name in cy.__all__
        sp = inspect.signature(getattr(py, name))
        sc = inspect.signature(getattr(cy, name))
        assert [(p.name, p.default) for p in sp.parameters.values()] == [
            (p.name, p.default) for p in sc.parameters.values()]
