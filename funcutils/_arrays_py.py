"""Pure-Python kernels for :mod:`funcutils.arrays`: the specification.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by
``funcutils/_arrays_c.pxi`` (compiled into ``funcutils._speedups_c``).
"""

from __future__ import annotations

__all__: list[str] = []
