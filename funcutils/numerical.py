"""Numbers: sums, means, rounding, clamping, statistics (pydash's ``numerical``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__: list[str] = []
