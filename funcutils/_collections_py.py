"""Pure-Python kernels for :mod:`funcutils.collections`: the specification.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by
``funcutils/_collections_c.pxi`` (compiled into ``funcutils._speedups_c``).
"""

from __future__ import annotations

__all__: list[str] = []
