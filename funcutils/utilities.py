"""Iteratee helpers: the shorthand dispatch, path getters and partial matching.

Paths follow one language, parsed once and cached (see :doc:`/paths`);
attribute access never reaches names that start with ``"__"``.
"""

from __future__ import annotations

from typing import Any, Callable, Hashable, TypeVar, overload

from . import _iteratee
from ._paths import to_keys

__all__ = [
    "iteratee",
    "matches",
    "matches_property",
    "properties",
    "property_",
    "property_of",
    "to_path",
]

C = TypeVar("C", bound=Callable[..., Any])


@overload
def iteratee(func: C) -> C: ...
@overload
def iteratee(func: Any) -> Callable[..., Any]: ...
def iteratee(func: Any) -> Callable[..., Any]:
    """Turn an iteratee shorthand into a callable.

    Dispatch: a callable is returned as is; a ``str`` or ``int`` is a path
    (:func:`property_`); a one-item ``list`` is a path of literal keys; a
    ``list`` of two or more is ``matches_property(list[0], list[1])``; a
    ``tuple`` is :func:`properties`; a ``dict`` is :func:`matches`; anything
    else (``None`` included) gives the identity function.

    Args:
        func: Callable or shorthand.

    Returns:
        A callable.

    Example:
        >>> iteratee("a.b")({"a": {"b": 1}})
        1
        >>> iteratee(["a", 2])({"a": 2})
        True
        >>> iteratee(("a", "b"))({"a": 1})
        [1, None]
        >>> iteratee({"a": 1})({"a": 1, "b": 2})
        True
        >>> iteratee(None)(5)
        5

    .. versionadded:: 0.1.0
    """
    return _iteratee.iteratee(func)


def property_(path: Any) -> Callable[[Any], Any]:
    """A function that returns the value at ``path`` of its argument.

    Args:
        path: A path (see :doc:`/paths`).

    Returns:
        ``obj -> get(obj, path)``; picklable.

    Example:
        >>> property_("a[0].b")({"a": [{"b": 3}]})
        3
        >>> property_(["a.b"])({"a.b": 7})
        7
        >>> property_("__class__")(object()) is None
        True

    .. versionadded:: 0.1.0
    """
    return _iteratee.property_(path)


def properties(*paths: Any) -> Callable[[Any], list[Any]]:
    """A function that returns the values at ``paths`` of its argument.

    Args:
        *paths: Paths.

    Returns:
        ``obj -> [get(obj, path) for path in paths]``.

    Example:
        >>> properties("a", "b.c")({"a": 1, "b": {"c": 2}})
        [1, 2]

    .. versionadded:: 0.1.0
    """
    return _iteratee.properties(*paths)


def property_of(obj: Any) -> Callable[[Any], Any]:
    """The inverse of :func:`property_`: a function of a path, over ``obj``.

    Args:
        obj: Object to read.

    Returns:
        ``path -> get(obj, path)``.

    Example:
        >>> property_of({"a": {"b": 1}})("a.b")
        1

    .. versionadded:: 0.1.0
    """
    return _iteratee.property_of(obj)


def matches(source: Any) -> Callable[[Any], bool]:
    """A predicate: does its argument partially, deeply match ``source``?

    Args:
        source: What to match (see :func:`is_match`).

    Returns:
        ``obj -> is_match(obj, source)``.

    Example:
        >>> matches({"a": {"b": 1}})({"a": {"b": 1, "c": 2}, "d": 3})
        True

    .. versionadded:: 0.1.0
    """
    return _iteratee.matches(source)


def matches_property(key: Any, value: Any) -> Callable[[Any], bool]:
    """A predicate: does the value at path ``key`` match ``value``?

    Args:
        key: A path.
        value: What to match; a dict matches partially.

    Returns:
        ``obj -> is_match(get(obj, key), value)``.

    Example:
        >>> matches_property("a.b", 1)({"a": {"b": 1}})
        True
        >>> matches_property("a", {"b": 1})({"a": {"b": 1, "c": 2}})
        True

    .. versionadded:: 0.1.0
    """
    return _iteratee.matches_property(key, value)


def to_path(value: Any) -> list[Hashable]:
    """Parse a path into its list of keys.

    Args:
        value: A path: ``"a.b[0]"``, ``"a.b.0"``, ``r"a\\.b"``, a list of
            literal keys, or a single key of any other type.

    Returns:
        The keys; ``[n]`` brackets give ``int`` keys.

    Example:
        >>> to_path("a.b[0].c")
        ['a', 'b', 0, 'c']
        >>> to_path("a.0")
        ['a', '0']
        >>> to_path(r"a\\.b.c")
        ['a.b', 'c']
        >>> to_path(5)
        [5]

    .. versionadded:: 0.1.0
    """
    return list(to_keys(value))
