"""Pure-Python kernels for :mod:`funcutils.collections`: the specification.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by
``funcutils/_collections_c.pxi`` (compiled into ``funcutils._speedups_c``).

Every kernel takes ``items`` (any iterable of values: the public function has
already chosen values or keys of a mapping) and ``keys``, a parsed path (a
tuple of keys, see :mod:`funcutils._paths`). The value of a row at the path is
``get_keys(row, keys, None)``: the compiled kernels look exact ``dict`` rows
up directly and defer to the same function for everything else.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from ._errors import check_tuple, not_iterable_error
from ._paths import get_keys

__all__ = [
    "count_by_path",
    "filter_path",
    "group_by_path",
    "key_by_path",
    "map_path",
    "partition_path",
    "sort_by_path",
]

Keys = tuple[Hashable, ...]


def _check_keys(keys: Any, name: str) -> Keys:
    check_tuple(keys, name, "keys")
    return keys  # type: ignore[no-any-return]


def _iter(items: Any, name: str) -> Iterable[Any]:
    try:
        return iter(items)  # type: ignore[no-any-return]
    except TypeError:
        raise not_iterable_error(items, name, "items") from None


def map_path(items: Any, keys: Keys) -> list[Any]:
    """``[get(row, keys) for row in items]``.

    >>> map_path([{"a": {"b": 1}}, {"a": {}}, 5], ("a", "b"))
    [1, None, None]
    """
    _check_keys(keys, "map_path")
    return [get_keys(row, keys, None) for row in _iter(items, "map_path")]


def filter_path(items: Any, keys: Keys, keep: bool = True) -> list[Any]:
    """Rows whose value at ``keys`` is truthy (``keep=False``: falsy).

    >>> filter_path([{"a": 1}, {"a": 0}, {}], ("a",))
    [{'a': 1}]
    >>> filter_path([{"a": 1}, {"a": 0}, {}], ("a",), False)
    [{'a': 0}, {}]
    """
    _check_keys(keys, "filter_path")
    keep = bool(keep)
    return [row for row in _iter(items, "filter_path") if bool(get_keys(row, keys, None)) is keep]


def partition_path(items: Any, keys: Keys) -> list[list[Any]]:
    """``[truthy_rows, falsy_rows]`` by the value at ``keys``.

    >>> partition_path([{"a": 1}, {"a": 0}], ("a",))
    [[{'a': 1}], [{'a': 0}]]
    """
    _check_keys(keys, "partition_path")
    trues: list[Any] = []
    falses: list[Any] = []
    for row in _iter(items, "partition_path"):
        if get_keys(row, keys, None):
            trues.append(row)
        else:
            falses.append(row)
    return [trues, falses]


def group_by_path(items: Any, keys: Keys) -> dict[Any, list[Any]]:
    """``{value_at_keys: [rows...]}`` in first-seen order.

    >>> group_by_path([{"k": 1}, {"k": 2}, {"k": 1}], ("k",))
    {1: [{'k': 1}, {'k': 1}], 2: [{'k': 2}]}
    """
    _check_keys(keys, "group_by_path")
    out: dict[Any, list[Any]] = {}
    for row in _iter(items, "group_by_path"):
        key = get_keys(row, keys, None)
        group = out.get(key)
        if group is None:
            out[key] = [row]
        else:
            group.append(row)
    return out


def key_by_path(items: Any, keys: Keys) -> dict[Any, Any]:
    """``{value_at_keys: row}``; the last row wins.

    >>> key_by_path([{"k": 1, "v": "a"}, {"k": 1, "v": "b"}], ("k",))
    {1: {'k': 1, 'v': 'b'}}
    """
    _check_keys(keys, "key_by_path")
    out: dict[Any, Any] = {}
    for row in _iter(items, "key_by_path"):
        out[get_keys(row, keys, None)] = row
    return out


def count_by_path(items: Any, keys: Keys) -> dict[Any, int]:
    """``{value_at_keys: count}`` in first-seen order.

    >>> count_by_path([{"k": 1}, {"k": 2}, {"k": 1}, {}], ("k",))
    {1: 2, 2: 1, None: 1}
    """
    _check_keys(keys, "count_by_path")
    out: dict[Any, int] = {}
    for row in _iter(items, "count_by_path"):
        key = get_keys(row, keys, None)
        out[key] = out.get(key, 0) + 1
    return out


def sort_by_path(items: Any, keys: Keys, reverse: bool = False) -> list[Any]:
    """Rows stably sorted by the value at ``keys``.

    >>> sort_by_path([{"k": 2}, {"k": 1}], ("k",))
    [{'k': 1}, {'k': 2}]
    """
    _check_keys(keys, "sort_by_path")
    rows = list(_iter(items, "sort_by_path"))
    values = [get_keys(row, keys, None) for row in rows]
    order = sorted(range(len(rows)), key=values.__getitem__, reverse=bool(reverse))
    return [rows[i] for i in order]
