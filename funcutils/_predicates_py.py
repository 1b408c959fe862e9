"""Pure-Python kernels for :mod:`funcutils.predicates`: the specification of ``_predicates_c.pxi``.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by the
compiled kernels. Public functions call them through :mod:`funcutils._speedups`.
"""

from __future__ import annotations

__all__: list[str] = []
