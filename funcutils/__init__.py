"""funcutils: pydash's array, collection and function helpers at C speed, typed.

>>> import funcutils as _
>>> _.flatten_deep([1, [2, [3, [4]]]])
[1, 2, 3, 4]
"""

from __future__ import annotations

from ._speedups import IMPLEMENTATION
from .arrays import flatten, flatten_deep, flatten_depth, iterflatten
from .collections import (
    at,
    count_by,
    every,
    filter_,
    find,
    find_last,
    flat_map,
    flat_map_deep,
    flat_map_depth,
    for_each,
    for_each_right,
    group_by,
    includes,
    invoke_map,
    key_by,
    map_,
    nest,
    order_by,
    partition,
    pluck,
    reduce_,
    reduce_right,
    reductions,
    reductions_right,
    reject,
    sample,
    sample_size,
    shuffle,
    size,
    some,
    sort_by,
)
from .objects import get, has, set_, unset
from .utilities import (
    is_match,
    iteratee,
    matches,
    matches_property,
    properties,
    property_,
    property_of,
    to_path,
)

__version__ = "0.1.0"

__all__ = [
    "IMPLEMENTATION",
    "__version__",
    "flatten",
    "flatten_deep",
    "flatten_depth",
    "iterflatten",
    "at",
    "count_by",
    "every",
    "filter_",
    "find",
    "find_last",
    "flat_map",
    "flat_map_deep",
    "flat_map_depth",
    "for_each",
    "for_each_right",
    "group_by",
    "includes",
    "invoke_map",
    "key_by",
    "map_",
    "nest",
    "order_by",
    "partition",
    "pluck",
    "reduce_",
    "reduce_right",
    "reductions",
    "reductions_right",
    "reject",
    "sample",
    "sample_size",
    "shuffle",
    "size",
    "some",
    "sort_by",
    "get",
    "has",
    "set_",
    "unset",
    "is_match",
    "iteratee",
    "matches",
    "matches_property",
    "properties",
    "property_",
    "property_of",
    "to_path",
]
