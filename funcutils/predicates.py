"""Predicates: type checks, comparisons, deep equality and matching (pydash's ``predicates``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import Any

from . import _iteratee

__all__ = ["is_match"]


def is_match(obj: Any, source: Any) -> bool:
    """Partial deep comparison of ``obj`` against ``source``.

    A mapping ``source`` matches when every one of its keys resolves on
    ``obj`` to a matching value (extra keys in ``obj`` are ignored); a
    non-``str`` iterable ``source`` matches as a positional prefix; anything
    else compares with ``==``. An empty ``source`` matches everything.

    Args:
        obj: Object to test.
        source: What to match.

    Returns:
        Whether it matches.

    Example:
        >>> is_match({"a": [1, 2, 3], "b": 2}, {"a": [1, 2]})
        True
        >>> is_match({"a": [2, 1]}, {"a": [1]})
        False

    .. versionadded:: 0.1.0
    """
    return _iteratee.is_match(obj, source)
