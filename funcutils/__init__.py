"""funcutils: pydash's array, collection and function helpers at C speed, typed.

>>> import funcutils as _
>>> _.flatten_deep([1, [2, [3, [4]]]])
[1, 2, 3, 4]
"""

from __future__ import annotations

from ._speedups import IMPLEMENTATION
from .arrays import flatten, flatten_deep, flatten_depth, iterflatten

__version__ = "0.1.0"

__all__ = [
    "IMPLEMENTATION",
    "__version__",
    "flatten",
    "flatten_deep",
    "flatten_depth",
    "iterflatten",
]
