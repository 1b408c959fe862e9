"""Private helpers shared by both kernel implementations and the public modules.

Error messages and validators are in :mod:`funcutils._errors`.

The leaf rule of the flatten family lives here, once: :func:`is_flattenable`.
The Cython kernels import it instead of re-declaring it; their exact-type fast
paths (``list``/``tuple`` are followed, ``int``/``str``/``dict``/... are
leaves) are checked against it by ``tests/test_speedups.py``.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Mapping
from typing import Any, Final, TypeVar

_T = TypeVar("_T")

__all__ = ["FOLLOW_EXACT_TYPES", "LEAF_EXACT_TYPES", "PLAIN_SEQUENCES", "UNSET", "is_flattenable"]


class _Unset:
    """Type of :data:`UNSET`, the "argument not given" marker (``None`` is a value)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


#: Marker for "no value given", so that ``None`` stays an ordinary value.
UNSET: Final = _Unset()

_NOT_FOLLOWED = (str, bytes, bytearray, Mapping)

#: The sequence types (exact) that the slicing helpers of :mod:`funcutils.arrays` take
#: without the mapping check; their compiled twins use the same set.
PLAIN_SEQUENCES: Final = frozenset({list, tuple, str, bytes, bytearray, range})


def is_flattenable(value: Any) -> bool:
    """Return whether the flatten family descends into ``value``.

    The rule (pydash 8.1.0's): every :class:`~collections.abc.Iterable` is
    followed except ``str``, ``bytes``, ``bytearray`` and any
    :class:`~collections.abc.Mapping`, which stay whole. Generators, sets,
    tuples, ranges, dict views and subclasses of all of these are followed.
    """
    return isinstance(value, Iterable) and not isinstance(value, _NOT_FOLLOWED)


#: Exact types that :func:`is_flattenable` accepts; kernels may test these by
#: identity before calling it (a test keeps both in agreement).
FOLLOW_EXACT_TYPES: Final[frozenset[type]] = frozenset({list, tuple})

#: Exact types that :func:`is_flattenable` rejects (leaves); same purpose.
LEAF_EXACT_TYPES: Final[frozenset[type]] = frozenset(
    {int, float, complex, bool, str, bytes, bytearray, dict, type(None)}
)


def yield_from(values: Iterable[_T]) -> Generator[_T, None, None]:
    """A real generator over ``values`` (``range_`` returns one, as pydash does).

    Defined here because this module is never compiled: a generator function
    in a compiled public module makes Cython generators, which
    :func:`inspect.isgenerator` does not recognise.
    """
    yield from values
