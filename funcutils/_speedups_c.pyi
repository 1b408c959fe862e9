# Stub of the compiled kernels: the signatures are those of the specification.
from ._speedups_py import *  # noqa: F403
from ._speedups_py import __all__ as __all__

FAST_FOLLOW_TYPES: tuple[type, ...]
FAST_LEAF_TYPES: tuple[type, ...]
