"""Compiled kernels == pure kernels, on generated nested data (same value or same error)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import kernels
from strategies import Spec, nested, normalize

pytestmark = pytest.mark.single_impl


def outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "ok", call()
    except Exception as exc:  # noqa: BLE001 - the exception type is the outcome
        return "raised", type(exc)


def both(name: str, *args: Any) -> tuple[tuple[str, Any], tuple[str, Any]]:
    pure, compiled = kernels("python"), kernels("cython")
    return (outcome(lambda: getattr(pure, name)(*args)),
            outcome(lambda: getattr(compiled, name)(*args)))


def _materialised(result: tuple[str, Any]) -> tuple[str, Any]:
    kind, value = result
    return kind, normalize(value) if kind == "ok" else value


@given(nested, st.integers(-3, 7))
@example(Spec("list", []), -1)
@example(Spec("list", [Spec("gen", [Spec("set", [1, 2]), "ab"])]), -1)
def test_flatten_depth(spec: Spec, depth: int) -> None:
    pure = _materialised(outcome(lambda: kernels("python").flatten_depth(spec.build(), depth)))
    compiled = _materialised(outcome(lambda: kernels("cython").flatten_depth(spec.build(), depth)))
    assert pure == compiled


@given(nested, st.integers(-3, 7))
def test_iterflatten(spec: Spec, depth: int) -> None:
    pure = _materialised(outcome(lambda: list(kernels("python").iterflatten(spec.build(), depth))))
    compiled = _materialised(
        outcome(lambda: list(kernels("cython").iterflatten(spec.build(), depth))))
    assert pure == compiled


class ListSub(list):  # type: ignore[type-arg]
    pass


def _deep(depth: int) -> list[Any]:
    node: list[Any] = [0]
    for _ in range(depth):
        node = [node]
    return node


def _cyclic() -> list[Any]:
    a: list[Any] = [1, (2, [3])]
    a[1][1].append(a)
    return a


@pytest.mark.parametrize(
    "array",
    [[], [[], [()]], _deep(20_000), ListSub([1, ListSub([2])]), "text", {"k": [1]}, 5, None,
     _cyclic(), [b"x", bytearray(b"y"), {1: 2}, 1.5, None, True], iter([[1], [2]])],
    ids=lambda a: type(a).__name__,
)
@pytest.mark.parametrize("depth", [-1, 0, 1, 2, 50])
def test_examples(array: Any, depth: int) -> None:
    if hasattr(array, "__next__"):
        array = list(array)
    pure, compiled = both("flatten_depth", array, depth)
    assert pure == compiled
