"""String helpers: case conversion, padding, trimming, escaping (pydash's ``strings``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__: list[str] = []
