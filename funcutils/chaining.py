"""Method chaining: ``chain(value)`` and ``py_`` over the whole API (pydash's ``chaining``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__: list[str] = []
