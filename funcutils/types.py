"""Shared type variables and aliases for funcutils' annotations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Callable, Hashable, TypeVar, Union

__all__ = [
    "A",
    "Comparator",
    "HashableT",
    "IterateeT",
    "K",
    "MoreArgsPredicate",
    "PathT",
    "Predicate",
    "R",
    "Reducer",
    "SeqT",
    "Shorthand",
    "T",
    "T2",
    "T3",
    "T4",
    "V",
    "ValuePredicate",
]

T = TypeVar("T")
T2 = TypeVar("T2")
T3 = TypeVar("T3")
T4 = TypeVar("T4")
K = TypeVar("K")
V = TypeVar("V")
#: A callback's result.
R = TypeVar("R")
#: An accumulator.
A = TypeVar("A")
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

#: The iteratee shorthand (see :func:`funcutils.iteratee`): a key or path
#: (``"a.b"``, ``0``), a ``[key, value]`` pair, or a partial-match ``dict``.
Shorthand = Union[str, int, "list[Any]", "tuple[Any, ...]", "dict[Any, Any]"]

#: A callback over the values ``T`` of a collection, called with ``(value)``,
#: ``(value, index_or_key)`` or ``(value, index_or_key, collection)``: cut to
#: its positional arity. Its result is used for its truth (or as a key).
#:
#: Type checkers accept such callbacks over an iterable or a mapping; walking a
#: plain object's attributes with a callback works at run time (as in pydash),
#: and type-checks when the object is passed as ``vars(obj)``.
#: Overloads take the one-argument form first (type checkers infer a lambda's
#: parameter from it) and :data:`MoreArgsPredicate` in a later overload.
ValuePredicate = Callable[[T], object]

#: The other arities of a :data:`ValuePredicate`.
MoreArgsPredicate = Union[
    Callable[[T, Any], object], Callable[[T, Any, Any], object], Callable[[], object]
]

#: A fold step: ``(accumulator, value)`` or ``(accumulator, value, index_or_key)``.
Reducer = Union[Callable[[A, T], A], Callable[[A, T, Any], A]]
