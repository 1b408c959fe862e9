"""funcutils: pydash's array, collection and function helpers at C speed, typed.

>>> import funcutils as _
>>> _.flatten_deep([1, [2, [3, [4]]]])
[1, 2, 3, 4]
"""

from __future__ import annotations

from ._speedups import IMPLEMENTATION
from .arrays import flatten, flatten_deep, flatten_depth, iterflatten
from .functions import (
    after,
    ary,
    before,
    conjoin,
    curry,
    curry_right,
    debounce,
    delay,
    disjoin,
    flip,
    flow,
    flow_right,
    iterated,
    juxtapose,
    negate,
    once,
    over_args,
    partial,
    partial_right,
    rearg,
    spread,
    throttle,
    unary,
    wrap,
)

__version__ = "0.1.0"

__all__ = [
    "IMPLEMENTATION",
    "__version__",
    "flatten",
    "flatten_deep",
    "flatten_depth",
    "iterflatten",
    "after",
    "ary",
    "before",
    "conjoin",
    "curry",
    "curry_right",
    "debounce",
    "delay",
    "disjoin",
    "flip",
    "flow",
    "flow_right",
    "iterated",
    "juxtapose",
    "negate",
    "once",
    "over_args",
    "partial",
    "partial_right",
    "rearg",
    "spread",
    "throttle",
    "unary",
    "wrap",
]
