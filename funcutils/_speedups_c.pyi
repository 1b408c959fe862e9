# Stub of the compiled kernels: identical in signatures to _speedups_py.
from collections.abc import Iterator
from typing import Any

__all__ = ["flatten_depth", "iterflatten"]

FAST_FOLLOW_TYPES: tuple[type, ...]
FAST_LEAF_TYPES: tuple[type, ...]

def flatten_depth(array: Any, depth: int, name: str = "flatten_depth") -> list[Any]: ...
def iterflatten(array: Any, depth: int = -1, name: str = "iterflatten") -> Iterator[Any]: ...
