"""Array helpers: the functions of pydash's ``arrays`` module.

Every function here is typed, documented and pydash 8.1.0-compatible, except
where :doc:`/differences` says otherwise. Hot loops run in the compiled
kernels (``funcutils._speedups``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar, overload

from . import _speedups
from ._arrays_api import (  # noqa: F401 (re-exported)
    chunk,
    compact,
    concat,
    difference,
    difference_by,
    difference_with,
    drop,
    drop_right,
    drop_right_while,
    drop_while,
    duplicates,
    fill,
    find_index,
    find_last_index,
    from_pairs,
    head,
    index_of,
    initial,
    intercalate,
    interleave,
    intersection,
    intersection_by,
    intersection_with,
    intersperse,
    last,
    last_index_of,
    mapcat,
    nth,
    pop,
    pull,
    pull_all,
    pull_all_by,
    pull_all_with,
    pull_at,
    push,
    remove,
    reverse,
    shift,
    slice_,
    sort,
    take,
    take_right,
    take_right_while,
    take_while,
)
from ._arrays_ops import (  # noqa: F401 (re-exported)
    sorted_index,
    sorted_index_by,
    sorted_index_of,
    sorted_last_index,
    sorted_last_index_by,
    sorted_last_index_of,
    sorted_uniq,
    sorted_uniq_by,
    splice,
    split_at,
    tail,
    union,
    union_by,
    union_with,
    uniq,
    uniq_by,
    uniq_with,
    unshift,
    unzip,
    unzip_with,
    without,
    xor,
    xor_by,
    xor_with,
    zip_,
    zip_object,
    zip_object_deep,
    zip_with,
)
from ._errors import as_depth
from .types import T

__all__ = [
    "chunk",
    "compact",
    "concat",
    "difference",
    "difference_by",
    "difference_with",
    "drop",
    "drop_right",
    "drop_right_while",
    "drop_while",
    "duplicates",
    "fill",
    "find_index",
    "find_last_index",
    "flatten",
    "flatten_deep",
    "flatten_depth",
    "from_pairs",
    "head",
    "index_of",
    "initial",
    "intercalate",
    "interleave",
    "intersection",
    "intersection_by",
    "intersection_with",
    "intersperse",
    "iterflatten",
    "last",
    "last_index_of",
    "mapcat",
    "nth",
    "pop",
    "pull",
    "pull_all",
    "pull_all_by",
    "pull_all_with",
    "pull_at",
    "push",
    "remove",
    "reverse",
    "shift",
    "slice_",
    "sort",
    "sorted_index",
    "sorted_index_by",
    "sorted_index_of",
    "sorted_last_index",
    "sorted_last_index_by",
    "sorted_last_index_of",
    "sorted_uniq",
    "sorted_uniq_by",
    "splice",
    "split_at",
    "tail",
    "take",
    "take_right",
    "take_right_while",
    "take_while",
    "union",
    "union_by",
    "union_with",
    "uniq",
    "uniq_by",
    "uniq_with",
    "unshift",
    "unzip",
    "unzip_with",
    "without",
    "xor",
    "xor_by",
    "xor_with",
    "zip_",
    "zip_object",
    "zip_object_deep",
    "zip_with",
]

_MappingT = TypeVar("_MappingT", bound=Mapping[Any, Any])


@overload
def flatten(array: Iterable[str]) -> list[str]: ...
@overload
def flatten(array: Iterable[bytes]) -> list[bytes]: ...
@overload
def flatten(array: Iterable[_MappingT]) -> list[_MappingT]: ...
@overload
def flatten(array: Iterable[Iterable[T]]) -> list[T]: ...
@overload
def flatten(array: Iterable[T]) -> list[T]: ...


def flatten(array: Iterable[Any]) -> list[Any]:
    """Flatten ``array`` one level deep into a new list.

    Every iterable item is spliced in except ``str``, ``bytes``, ``bytearray``
    and mappings, which stay whole (tuples, sets, ranges and generators are
    spliced). A top-level string gives its characters, a top-level mapping its
    keys, as iterating them does.

    Args:
        array: The iterable to flatten. A generator is consumed once.

    Returns:
        A new list.

    Raises:
        TypeError: If ``array`` is not iterable.

    Example:
        >>> flatten([[1], [2, [3]], (4, 5), "ab", {"k": 6}])
        [1, 2, [3], 4, 5, 'ab', {'k': 6}]
        >>> flatten([])
        []

    .. versionadded:: 0.1.0
    """
    return _speedups.flatten_depth(array, 1, "flatten")


def flatten_deep(array: Iterable[Any]) -> list[Any]:
    """Flatten ``array`` recursively, at any depth, into a new list.

    The walk is iterative: nesting depth is limited by memory only, never by
    the recursion limit. A container that holds itself (directly or further
    down) raises :exc:`ValueError`; a sub-list shared by two branches is not a
    cycle and is flattened twice.

    Args:
        array: The iterable to flatten. Generators are consumed once.

    Returns:
        A new list of the leaves, in order.

    Raises:
        TypeError: If ``array`` is not iterable.
        ValueError: If ``array`` contains a reference cycle.

    Example:
        >>> flatten_deep([1, [2, (3, [4, {5}])], "ab", b"cd", None])
        [1, 2, 3, 4, 5, 'ab', b'cd', None]
        >>> cycle = [1]
        >>> cycle.append(cycle)
        >>> flatten_deep(cycle)
        Traceback (most recent call last):
        ...
        ValueError: cannot flatten a list that contains itself: a reference cycle was found at depth 1

    .. versionadded:: 0.1.0
    """
    return _speedups.flatten_depth(array, -1, "flatten_deep")


def flatten_depth(array: Iterable[Any], depth: int = 1) -> list[Any]:
    """Flatten ``array`` up to ``depth`` levels deep into a new list.

    ``depth=0`` gives a shallow copy as a list; a negative depth means no
    limit (as :func:`flatten_deep`, including its cycle check). A limited
    depth always ends, so it does not look for cycles.

    Args:
        array: The iterable to flatten. Generators are consumed once.
        depth: How many levels to flatten: an integer.

    Returns:
        A new list.

    Raises:
        TypeError: If ``array`` is not iterable or ``depth`` is not an integer.
        ValueError: If ``depth`` is negative and ``array`` contains a cycle.

    Example:
        >>> flatten_depth([[[1], [2, [3]], [[4]]]], 2)
        [1, 2, [3], [4]]
        >>> flatten_depth([[1], (2,)], 0)
        [[1], (2,)]
        >>> flatten_depth([[[1]]], 1.5)
        Traceback (most recent call last):
        ...
        TypeError: flatten_depth() argument 'depth' must be an integer, not float

    .. versionadded:: 0.1.0
    """
    return _speedups.flatten_depth(array, as_depth(depth, "flatten_depth"), "flatten_depth")


def iterflatten(array: Iterable[Any], depth: int = -1) -> Iterator[Any]:
    """Flatten ``array`` lazily: an iterator over the leaves.

    The streaming form of :func:`flatten_depth` (same leaf rule, cycle check
    and errors), named after pydash's internal ``arrays.iterflatten``. Nested
    generators are consumed one item at a time, so memory stays constant
    however long the input; the depth defaults to unlimited.

    Args:
        array: The iterable to flatten; checked at once.
        depth: How many levels to flatten; negative (the default) means all.

    Returns:
        An iterator over the flattened items.

    Raises:
        TypeError: At once, if ``array`` is not iterable or ``depth`` is not
            an integer.
        ValueError: While iterating, if ``depth`` is negative and ``array``
            contains a reference cycle.

    Example:
        >>> stream = iterflatten(([i, [i * 10]] for i in range(3)))
        >>> next(stream)
        0
        >>> list(stream)
        [0, 1, 10, 2, 20]
        >>> list(iterflatten([[1, [2]], [3]], depth=1))
        [1, [2], 3]

    .. versionadded:: 0.1.0
    """
    return _speedups.iterflatten(array, as_depth(depth, "iterflatten"), "iterflatten")
