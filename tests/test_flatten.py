"""The flatten family: example tables, edge cases and properties."""

from __future__ import annotations

import collections
import sys
from collections.abc import Iterator
from typing import Any

import pydash
import pytest
from hypothesis import given
from hypothesis import strategies as st

import funcutils
from funcutils import flatten, flatten_deep, flatten_depth, iterflatten
from funcutils._helpers import FOLLOW_EXACT_TYPES, LEAF_EXACT_TYPES, is_flattenable

from conftest import kernels
from strategies import Spec, nested, normalize


def gen(*items: Any) -> Iterator[Any]:
    yield from items


class ListSub(list):  # type: ignore[type-arg]
    pass


Pair = collections.namedtuple("Pair", "x y")


def chain(depth: int) -> list[Any]:
    """[1, [2, [3, ...]]] nested ``depth`` levels."""
    node: list[Any] = [depth]
    for i in range(depth - 1, 0, -1):
        node = [i, node]
    return node


def wrapped(depth: int) -> list[Any]:
    """[[[...[0]...]]] nested ``depth`` levels."""
    node: list[Any] = [0]
    for _ in range(depth):
        node = [node]
    return node


FLATTEN_CASES = [
    ([], []),
    ([[]], []),
    ([[1], [2, [3]], [[4]]], [1, 2, [3], [4]]),
    ([(1, 2), range(3, 5), {5}], [1, 2, 3, 4, 5]),
    (["ab", b"cd", bytearray(b"e"), {"k": 1}], ["ab", b"cd", bytearray(b"e"), {"k": 1}]),
    ([None, 1.5, True, 2j], [None, 1.5, True, 2j]),
    (lambda: (x for x in [[1], [2]]), [1, 2]),
    (lambda: [gen(1, gen(2))], [1, "<gen>"]),
    ("abc", ["a", "b", "c"]),
    ({"a": [1], "b": [2]}, ["a", "b"]),
    ([ListSub([1, [2]]), Pair(3, 4)], [1, [2], 3, 4]),
    ([collections.OrderedDict(a=1), {"k": 1}.keys()], [collections.OrderedDict(a=1), "k"]),
    ([[[]], ()], [[]]),
    ([memoryview(b"ab")], [97, 98]),
]


@pytest.mark.parametrize(("array", "expected"), FLATTEN_CASES)
def test_flatten(array: Any, expected: list[Any]) -> None:
    result = flatten(array() if callable(array) else array)
    if "<gen>" in expected:  # a nested generator is spliced one level: its items stay
        assert result[0] == 1 and isinstance(result[1], collections.abc.Generator)
    else:
        assert result == expected


DEEP_CASES = [
    ([], []),
    ([1, [2, (3, [4, {5}])], "ab", b"cd", None], [1, 2, 3, 4, 5, "ab", b"cd", None]),
    ([[[[[[]]]]]], []),
    (lambda: [gen(1, gen(2, [3, gen()]))], [1, 2, 3]),
    ([{"a": [1]}, [{"b": 2}]], [{"a": [1]}, {"b": 2}]),
    (["", "x", "xyz"], ["", "x", "xyz"]),
    ([ListSub([1, ListSub([2])]), frozenset([3])], [1, 2, 3]),
    ([range(3), [range(1)]], [0, 1, 2, 0]),
    ("ab", ["a", "b"]),
    ({"k": 1}, ["k"]),
    (lambda: (i for i in [[1, [2]], 3]), [1, 2, 3]),
]


@pytest.mark.parametrize(("array", "expected"), DEEP_CASES)
def test_flatten_deep(array: Any, expected: list[Any]) -> None:
    assert flatten_deep(array() if callable(array) else array) == expected


@pytest.mark.parametrize(
    ("array", "depth", "expected"),
    [
        ([[[1], [2, [3]], [[4]]]], 1, [[1], [2, [3]], [[4]]]),
        ([[[1], [2, [3]], [[4]]]], 2, [1, 2, [3], [4]]),
        ([[[1], [2, [3]], [[4]]]], 3, [1, 2, 3, 4]),
        ([[[1], [2, [3]], [[4]]]], 4, [1, 2, 3, 4]),
        ([[1], (2,)], 0, [[1], (2,)]),
        ([[1, [2, [3]]]], -1, [1, 2, 3]),
        ([[1, [2, [3]]]], -7, [1, 2, 3]),
        ([[1, [2]]], True, [1, [2]]),
        ([], 5, []),
        ("ab", 3, ["a", "b"]),
    ],
)
def test_flatten_depth(array: Any, depth: int, expected: list[Any]) -> None:
    assert flatten_depth(array, depth) == expected
    assert list(iterflatten(array, depth)) == expected


def test_flatten_depth_zero_is_a_shallow_copy() -> None:
    inner = [1]
    array = [inner, 2]
    copy = flatten_depth(array, 0)
    assert copy == array and copy is not array and copy[0] is inner


@pytest.mark.parametrize("depth", [1.5, "2", None, [1]])
def test_non_integer_depth_is_a_type_error(depth: Any) -> None:
    with pytest.raises(TypeError, match="argument 'depth' must be an integer"):
        flatten_depth([[1]], depth)
    with pytest.raises(TypeError, match="argument 'depth' must be an integer"):
        iterflatten([[1]], depth)


@pytest.mark.parametrize(
    ("func", "name"),
    [(flatten, "flatten"), (flatten_deep, "flatten_deep"), (flatten_depth, "flatten_depth"),
     (iterflatten, "iterflatten")],
)
@pytest.mark.parametrize("bad", [5, None, 1.5, object()])
def test_not_iterable_is_a_clear_type_error(func: Any, name: str, bad: Any) -> None:
    expected = rf"{name}\(\) argument 'array' must be an iterable, not {type(bad).__name__}"
    with pytest.raises(TypeError, match=expected):
        func(bad)


def test_error_raised_by_a_nested_iterable_propagates() -> None:
    def broken() -> Iterator[int]:
        yield 1
        raise KeyError("inside")

    for func in (flatten_deep, flatten, lambda a: list(iterflatten(a))):
        with pytest.raises(KeyError, match="inside"):
            func([[0], broken()])


def test_generators_are_consumed_once() -> None:
    consumed = []

    def tracked(name: str, *items: Any) -> Iterator[Any]:
        consumed.append(name)
        yield from items

    outer = tracked("outer", tracked("inner", 1, 2), 3)
    assert flatten_deep([outer]) == [1, 2, 3]
    assert consumed == ["outer", "inner"]
    assert flatten_deep([outer]) == []  # exhausted: nothing is replayed


@pytest.mark.parametrize("depth", [1_000, 100_000, 1_000_000])
def test_any_depth_at_the_default_recursion_limit(depth: int) -> None:
    saved = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)  # CPython's default, whatever other tests did
    try:
        assert flatten_deep(wrapped(depth)) == [0]
        assert flatten_depth(wrapped(depth), -1) == [0]
        assert list(iterflatten(wrapped(depth))) == [0]
    finally:
        sys.setrecursionlimit(saved)


def test_deep_chain_keeps_order() -> None:
    assert flatten_deep(chain(50_000)) == list(range(1, 50_001))
    assert flatten_depth(chain(10), 3) == [1, 2, 3, 4, [5, [6, [7, [8, [9, [10]]]]]]]


def self_containing() -> list[Any]:
    a: list[Any] = [1]
    a.append(a)
    return a


def two_cycle() -> list[Any]:
    a: list[Any] = [1]
    b: list[Any] = [2, a]
    a.append((3, b))
    return [0, a]


def long_cycle(length: int) -> list[Any]:
    nodes: list[list[Any]] = [[i] for i in range(length)]
    for i, node in enumerate(nodes):
        node.append(nodes[(i + 1) % length])
    return [nodes[0]]


@pytest.mark.parametrize(
    "make", [self_containing, two_cycle, lambda: long_cycle(3), lambda: long_cycle(1000),
             lambda: [wrapped(5000), long_cycle(7)]],
)
def test_cycles_raise_value_error(make: Any) -> None:
    with pytest.raises(ValueError, match="contains itself: a reference cycle"):
        flatten_deep(make())
    with pytest.raises(ValueError, match="contains itself"):
        flatten_depth(make(), -1)
    with pytest.raises(ValueError, match="contains itself"):
        list(iterflatten(make()))


def test_limited_depth_on_a_cycle_returns_the_finite_result() -> None:
    a = self_containing()
    assert flatten(a) == [1, 1, a] == pydash.flatten(a)
    assert flatten_depth(a, 3) == pydash.flatten_depth(a, 3)


def test_shared_sublist_is_not_a_cycle() -> None:
    shared = [1, [2]]
    array = [shared, [shared, (shared,)], shared, [[[shared]]]]
    assert flatten_deep(array) == [1, 2] * 5


def test_lazy_form_streams() -> None:
    stream = iterflatten(([i, [i * 10]] for i in range(3)))
    assert next(stream) == 0
    assert list(stream) == [0, 1, 10, 2, 20]
    big = iterflatten(([i] for i in range(10**9)))  # never materialised
    assert [next(big) for _ in range(3)] == [0, 1, 2]


def test_result_is_a_new_list() -> None:
    array = [1, 2]
    assert flatten(array) is not array
    assert flatten_deep(array) is not array


@pytest.mark.single_impl
def test_fast_paths_agree_with_the_leaf_rule() -> None:
    samples: dict[type, Any] = {
        list: [1], tuple: (1,), int: 1, float: 1.0, complex: 1j, bool: True, str: "s",
        bytes: b"b", bytearray: bytearray(b"b"), dict: {}, type(None): None,
    }
    for kind in FOLLOW_EXACT_TYPES:
        assert is_flattenable(samples[kind])
    for kind in LEAF_EXACT_TYPES:
        assert not is_flattenable(samples[kind])
    compiled = kernels("cython")
    assert set(compiled.FAST_FOLLOW_TYPES) <= FOLLOW_EXACT_TYPES
    assert set(compiled.FAST_LEAF_TYPES) <= LEAF_EXACT_TYPES


def test_subclasses_and_abcs_follow_the_rule() -> None:
    class Stringy(str):
        pass

    class Mappy(collections.UserDict):  # type: ignore[type-arg]
        pass

    class OldSequence:  # __getitem__ only: not an Iterable, so a leaf
        def __getitem__(self, i: int) -> int:
            if i > 1:
                raise IndexError
            return i

    old = OldSequence()
    values = [Stringy("ab"), Mappy(a=1), old, [Stringy("c")]]
    assert flatten_deep(values) == [Stringy("ab"), Mappy(a=1), old, Stringy("c")]


@given(nested)
def test_matches_pydash(spec: Spec) -> None:
    """pydash 8.1.0 is the oracle for every acyclic input it can handle."""
    assert flatten_deep(spec.build()) == pydash.flatten_deep(spec.build())
    assert _materialised(flatten(spec.build())) == _materialised(pydash.flatten(spec.build()))
    for depth in (0, 2, 3):
        assert _materialised(flatten_depth(spec.build(), depth)) == _materialised(
            pydash.flatten_depth(spec.build(), depth))


def _materialised(items: list[Any]) -> Any:
    """Generators left unflattened compare by identity; compare their items."""
    return normalize(items)


@given(nested)
def test_deep_result_has_no_flattenable_items(spec: Spec) -> None:
    assert not any(is_flattenable(x) for x in flatten_deep(spec.build()))


@given(nested, st.integers(-2, 6))
def test_lazy_equals_eager(spec: Spec, depth: int) -> None:
    eager = flatten_depth(spec.build(), depth)
    lazy = list(iterflatten(spec.build(), depth))
    assert _materialised(lazy) == _materialised(eager)


@given(st.lists(st.lists(st.integers())))
def test_flatten_is_concatenation(lists: list[list[int]]) -> None:
    assert flatten(lists) == [x for sub in lists for x in sub]


@given(nested, st.integers(1, 4))
def test_depth_composes(spec: Spec, depth: int) -> None:
    once = flatten_depth(spec.build(), depth + 1)
    twice = flatten_depth(flatten_depth(spec.build(), depth), 1)
    assert _materialised(once) == _materialised(twice)


def test_top_level_is_exported() -> None:
    for name in ("flatten", "flatten_deep", "flatten_depth", "iterflatten"):
        assert getattr(funcutils, name) is getattr(funcutils.arrays, name)
