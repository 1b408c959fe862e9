"""Hypothesis strategies shared by the property and differential tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

#: Leaves the flatten family keeps whole (and ints, which it keeps too).
leaves: st.SearchStrategy[Any] = st.one_of(
    st.integers(-5, 5),
    st.none(),
    st.text(max_size=3),
    st.binary(max_size=3),
    st.dictionaries(st.text(max_size=2), st.integers(0, 3), max_size=2),
    st.floats(allow_nan=False, width=16),
)


def _gen(items: list[Any]) -> Iterator[Any]:
    yield from items


class Spec:
    """A nested structure described as data, so that each test builds fresh
    generators (they are consumed once) and a readable repr on failure."""

    def __init__(self, kind: str, children: list[Any]) -> None:
        self.kind = kind
        self.children = children

    def build(self) -> Any:
        built = [c.build() if isinstance(c, Spec) else c for c in self.children]
        if self.kind == "list":
            return built
        if self.kind == "tuple":
            return tuple(built)
        if self.kind == "gen":
            return _gen(built)
        return frozenset(x for x in built if _hashable(x) and not _holds_iterator(x))  # "set"

    def __repr__(self) -> str:
        return f"{self.kind}{self.children!r}"


def _holds_iterator(value: Any) -> bool:
    """Whether ``value`` is or contains (in tuples/frozensets) a one-shot iterator:
    such set members compare by identity, so two builds could never compare equal."""
    if hasattr(value, "__next__"):
        return True
    if isinstance(value, (tuple, frozenset)):
        return any(_holds_iterator(v) for v in value)
    return False


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _container(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Spec]:
    kinds = st.sampled_from(["list", "list", "tuple", "gen", "set"])
    return st.builds(Spec, kinds, st.lists(children, max_size=5))


#: Nested lists/tuples/generators/sets of leaves, as buildable specs.
nested: st.SearchStrategy[Spec] = st.builds(
    Spec,
    st.just("list"),
    st.lists(st.recursive(leaves, _container, max_leaves=30), max_size=6),
)


def normalize(value: Any) -> Any:
    """Replace every generator/iterator inside ``value`` with a list of its items
    (recursively), so that results holding unflattened generators compare by value."""
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, tuple):
        return tuple(normalize(v) for v in value)
    if hasattr(value, "__next__"):
        return ["<iterator>", *(normalize(v) for v in value)]
    return value
