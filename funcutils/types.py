"""Shared type variables and aliases for funcutils' annotations."""

from __future__ import annotations

from typing import Any, Callable, Hashable, TypeVar, Union

__all__ = ["K", "PathT", "T", "T2", "T3", "HashableT", "Predicate"]

T = TypeVar("T")
T2 = TypeVar("T2")
T3 = TypeVar("T3")
K = TypeVar("K")
HashableT = TypeVar("HashableT", bound=Hashable)

#: A deep path: ``"a.b[0]"``, ``"a.b.0"``, or a sequence of keys ``["a", "b", 0]``.
PathT = Union[Hashable, list[Hashable]]

#: A callback that decides something about a value.
Predicate = Callable[..., Any]
