"""Selects the kernel implementation: compiled (Cython) or pure Python.

Rules, in order:

1. Type checkers always see :mod:`funcutils._speedups_py` (the specification).
2. ``FUNCUTILS_NO_EXTENSIONS=1``: pure Python.
3. Otherwise ``funcutils._speedups_c`` when it imports; if it does not, pure
   Python, unless ``FUNCUTILS_REQUIRE_EXTENSIONS=1`` (then the ImportError is
   raised).

:data:`IMPLEMENTATION` records the choice: ``"cython"`` or ``"python"``.
Public functions call kernels through this module's attributes
(``_speedups.flatten_depth``), so the test-suite can swap them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _speedups_py
from ._compat import NO_EXTENSIONS, REQUIRE_EXTENSIONS

if TYPE_CHECKING:
    from ._speedups_py import *  # noqa: F403
    from ._functions_py import *  # noqa: F403 (mypy cannot expand _speedups_py.__all__)

    IMPLEMENTATION: str
else:
    if NO_EXTENSIONS:
        _kernels = _speedups_py
    else:
        try:
            from . import _speedups_c as _kernels
        except ImportError:
            if REQUIRE_EXTENSIONS:
                raise
            _kernels = _speedups_py
    IMPLEMENTATION = "python" if _kernels is _speedups_py else "cython"
    globals().update({name: getattr(_kernels, name) for name in _speedups_py.__all__})
    del _kernels

__all__ = ["IMPLEMENTATION", *_speedups_py.__all__]
