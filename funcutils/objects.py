"""Deep access by path: :func:`get`, :func:`has`, :func:`set_`, :func:`unset`.

Paths follow one language (see :doc:`/paths`). Attribute access never reaches
names that start with ``"__"``: :func:`get` gives the default, :func:`has`
says ``False``, :func:`set_` raises ``KeyError``. Mapping keys with such names
are ordinary data.
"""

from __future__ import annotations

from typing import Any, TypeVar

from ._paths import get_keys, has_keys, parse_path, set_keys, to_keys, unset_keys

__all__ = ["get", "has", "set_", "unset"]

ObjT = TypeVar("ObjT")


def get(obj: Any, path: Any, default: Any = None) -> Any:
    """The value at ``path`` in ``obj``, or ``default`` when the path is missing.

    Each key is tried as a mapping key (a digit string falls back to its
    ``int``), a sequence index, then an attribute (never one starting with
    ``"__"``; not on mappings and sequences).

    Args:
        obj: Object to read.
        path: A path (see :doc:`/paths`).
        default: Value for a missing path (a present ``None`` is returned).

    Returns:
        The value or ``default``.

    Example:
        >>> get({"a": {"b": [1, 2]}}, "a.b[-1]")
        2
        >>> get({"a": None}, "a.b", "d")
        'd'
        >>> get(object(), "__class__", "blocked")
        'blocked'
        >>> get({"__class__": 1}, "__class__")
        1

    .. versionadded:: 0.1.0
    """
    return get_keys(obj, to_keys(path), default)


def has(obj: Any, path: Any) -> bool:
    """Whether ``path`` exists in ``obj`` (a ``None`` value counts).

    Args:
        obj: Object to test.
        path: A path.

    Returns:
        Whether every key resolves.

    Example:
        >>> has({"a": {"b": None}}, "a.b")
        True
        >>> has({"a": {}}, "a.b")
        False

    .. versionadded:: 0.1.0
    """
    return has_keys(obj, to_keys(path))


def set_(obj: ObjT, path: Any, value: Any) -> ObjT:
    """Set ``value`` at ``path`` in ``obj`` *in place*, creating missing containers.

    A missing (or ``None``) container is a ``list`` when the next key is a
    ``[n]`` index (padded with ``None``), else a ``dict``.

    Args:
        obj: Object to change.
        path: A path.
        value: Value to set.

    Returns:
        ``obj``.

    Raises:
        KeyError: the path would set an attribute whose name starts with ``"__"``.
        AttributeError: a value on the path cannot take the attribute.
        TypeError: a list is indexed with a non-integer key.

    Example:
        >>> set_({}, "a.b[2].c", 1)
        {'a': {'b': [None, None, {'c': 1}]}}
        >>> set_({"a": None}, "a.b", 1)
        {'a': {'b': 1}}

    .. versionadded:: 0.1.0
    """
    keys, flags = parse_path(path)
    set_keys(obj, keys, value, flags)
    return obj


def unset(obj: Any, path: Any) -> bool:
    """Delete the value at ``path`` in ``obj`` *in place*.

    Args:
        obj: Object to change.
        path: A path; a list item is removed (the tail shifts).

    Returns:
        Whether something was deleted.

    Example:
        >>> data = {"a": [1, 2, 3]}
        >>> unset(data, "a[0]"), data
        (True, {'a': [2, 3]})
        >>> unset(data, "x.y")
        False

    .. versionadded:: 0.1.0
    """
    return unset_keys(obj, to_keys(path))
