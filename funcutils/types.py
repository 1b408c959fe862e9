"""Shared type variables and aliases for funcutils' annotations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Callable, Hashable, TypeVar, Union

__all__ = [
    "Comparator",
    "HashableT",
    "IterateeT",
    "K",
    "PathT",
    "Predicate",
    "R",
    "SeqT",
    "T",
    "T2",
    "T3",
    "T4",
    "V",
]

T = TypeVar("T")
T2 = TypeVar("T2")
T3 = TypeVar("T3")
T4 = TypeVar("T4")
K = TypeVar("K")
V = TypeVar("V")
#: A callback's result.
R = TypeVar("R")
HashableT = TypeVar("HashableT", bound=Hashable)
#: A sequence whose own type a function keeps (slices: list -> list, str -> str).
SeqT = TypeVar("SeqT", bound=Sequence[Any])

#: A deep path: ``"a.b[0]"``, ``"a.b.0"``, or a sequence of keys ``["a", "b", 0]``.
PathT = Union[Hashable, list[Hashable]]

#: A callback that decides something about a value.
Predicate = Callable[..., Any]

#: An iteratee: a callable or one of pydash's shorthands (path, ``[key, value]``, ``{...}``).
IterateeT = Union[Callable[..., Any], str, int, list[Any], tuple[Any, ...], dict[Any, Any], None]

#: A comparator of two values (``*_with``): truthy when they count as equal.
Comparator = Callable[[Any, Any], Any]
