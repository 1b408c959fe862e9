"""Pure-Python kernels for :mod:`funcutils.functions`: the specification.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by
``funcutils/_functions_c.pxi`` (compiled into ``funcutils._speedups_c``).
"""

from __future__ import annotations

__all__: list[str] = []
