"""Differential tests: compiled array kernels == pure kernels (the specification).

Same value, or the same exception type, on generated data mixing hashable and
unhashable items, list subclasses, tuples, strs and generators.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import kernels

pytestmark = pytest.mark.single_impl

KERNELS = ["chunk", "compact", "difference", "duplicates", "intersection", "unzip", "uniq",
           "uniq_by", "without", "zip_"]


class MyList(list):  # type: ignore[type-arg]
    pass


leaves = st.one_of(
    st.integers(-3, 3), st.booleans(), st.none(), st.sampled_from([0.0, 1.0, 2.5]),
    st.text("ab", max_size=2), st.binary(max_size=1),
)
items = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.text("ab", max_size=1), inner, max_size=2),
        st.frozensets(st.integers(0, 2), max_size=2),
        st.sets(st.integers(0, 2), max_size=2),
    ),
    max_leaves=6,
)
arrays = st.one_of(st.lists(items, max_size=12), st.lists(items, max_size=6).map(tuple),
                   st.lists(items, max_size=6).map(MyList))


def outcome(func: Callable[[], Any]) -> Any:
    try:
        return ("ok", func())
    except Exception as exc:  # noqa: BLE001 (compare the exception type)
        return ("raised", type(exc))


def both(name: str, *args: Callable[[], Any]) -> None:
    py = kernels("python")
    cy = kernels("cython")
    a = outcome(lambda: getattr(py, name)(*[make() for make in args]))
    b = outcome(lambda: getattr(cy, name)(*[make() for make in args]))
    assert a == b


def test_same_names_and_parameters() -> None:
    import inspect

    py = kernels("python")
    cy = kernels("cython")
    for name in KERNELS:
        assert name in py.__all__ and name in cy.__all__
        p = list(inspect.signature(getattr(py, name)).parameters)
        c = list(inspect.signature(getattr(cy, name)).parameters)
        assert p == c, name


@given(arrays)
@example([])
@example([[1], [1], {"a": 1}, {"a": 1}, {1}, {1}, frozenset({1}), 1, True, 1.0])
@example([float("nan")] * 3)
def test_uniq(array: Any) -> None:
    both("uniq", lambda: array)
    both("uniq", lambda: iter(array))
    both("uniq_by", lambda: array, lambda: repr)
    both("uniq_by", lambda: array, lambda: (lambda x: isinstance(x, list)))
    both("uniq_by", lambda: array, lambda: None)


@given(arrays, st.lists(arrays, max_size=3))
@example([1, [1], {"a": 1}], [[[1]], [{"a": 1}]])
@example([1, 2], [])
def test_difference_intersection(array: Any, others: Any) -> None:
    both("difference", lambda: array, lambda: others)
    both("intersection", lambda: array, lambda: others)
    both("difference", lambda: array, lambda: others, lambda: type)
    both("intersection", lambda: array, lambda: others, lambda: type)
    both("without", lambda: array, lambda: tuple(others[0]) if others else ())


@given(arrays, st.integers(-2, 5))
def test_chunk_compact(array: Any, size: int) -> None:
    both("chunk", lambda: array, lambda: size)
    both("chunk", lambda: list(array), lambda: size)
    both("compact", lambda: array)
    both("compact", lambda: iter(array))


@given(arrays, st.one_of(st.none(), st.lists(st.integers(0, 3), max_size=12)))
def test_duplicates(array: Any, keys: Any) -> None:
    both("duplicates", lambda: array, lambda: keys)


@given(st.lists(st.one_of(st.lists(items, max_size=4), st.lists(items, max_size=4).map(tuple),
                          st.text("ab", max_size=3)), max_size=4))
def test_zip_unzip(groups: Any) -> None:
    both("zip_", lambda: groups)
    both("zip_", lambda: tuple(groups))
    both("unzip", lambda: groups)
    both("unzip", lambda: iter(groups))


@pytest.mark.parametrize("name", KERNELS)
@pytest.mark.parametrize("bad", [None, 5, object()])
def test_bad_input_raises_not_crashes(name: str, bad: Any) -> None:
    cy = kernels("cython")
    py = kernels("python")
    args: dict[str, tuple[Any, ...]] = {
        "chunk": (bad, 2), "difference": (bad, [bad]), "duplicates": (bad, None),
        "intersection": (bad, [bad]), "uniq_by": (bad, bad), "without": (bad, bad),
        "zip_": ([bad],), "unzip": (bad,),
    }
    call = args.get(name, (bad,))
    a = outcome(lambda: getattr(py, name)(*call))
    b = outcome(lambda: getattr(cy, name)(*call))
    assert a == b
    assert a[0] == "raised" and a[1] in (TypeError, ValueError)


def test_hostile_eq_and_hash() -> None:
    """Callbacks that mutate the input while the kernel runs must not crash it."""
    cy = kernels("cython")
    data: list[Any] = []

    class Evil:
        def __hash__(self) -> int:
            data.clear()
            return 1

        def __eq__(self, other: object) -> bool:
            data.clear()
            return False

    data.extend([Evil(), Evil(), [1], Evil()])
    cy.uniq(data)
    data.extend([Evil(), Evil(), [1], Evil()])
    cy.difference(data, [[Evil()]])
    data.extend([Evil(), Evil(), [1], Evil()])
    cy.without(data, (Evil(), [2]))
    data.extend([Evil(), [1]])
    cy.duplicates(data, None)
