"""Object helpers: pydash's 48 ``objects`` functions, typed, iterative and fast.

Paths follow one language (see :doc:`/paths`). Attribute access never reaches
names that start with ``"__"``: :func:`get` gives the default, :func:`has`
says ``False``, :func:`set_`, :func:`set_with`, :func:`update` and
:func:`invoke` raise ``KeyError``. Mapping keys with such names are ordinary
data.

Iteration rules (pydash 8.1.0's): a mapping gives its ``(key, value)`` items,
an object with ``items()`` those, another iterable ``(index, value)`` pairs,
anything else its ``__dict__`` items. Callbacks get their arguments cut to
their positional arity, decided once per call.

Deep helpers (:func:`clone_deep`, :func:`merge`, :func:`defaults_deep`,
:func:`map_values_deep`) walk with an explicit stack: no ``RecursionError`` at
any depth. :func:`clone_deep` has ``copy.deepcopy``'s semantics (shared
references stay shared, cycles are reproduced); :func:`merge` and
:func:`map_values_deep` raise ``ValueError`` on a cycle they would follow
forever.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Hashable, Iterable, Mapping
from types import FunctionType
from typing import TYPE_CHECKING, Any, Callable, Optional, TypeVar, Union, cast, overload

from . import _speedups as _speedups_module
from ._compat import interpreted as _interpreted
from ._errors import arg_error, check_callable
from ._helpers import UNSET, is_flattenable
from ._iteratee import callback, iteratee as _to_iteratee
from ._objects_py import _items
from ._paths import (
    MISSING,
    RESTRICTED_PREFIX,
    _assign,
    get_keys,
    has_keys,
    parse_path,
    resolve_key,
    set_keys,
    to_keys,
    unset_keys,
)
from ._speedups import compiled_twin as _compiled_twin
from .types import K, T, T2

if TYPE_CHECKING or _interpreted(__file__):  # Cython's directives as no-ops: see _compat.CYTHON
    from ._compat import CYTHON as cython
else:  # compiled: the compiler's own ``cython`` module, nothing is imported at run time
    import cython

__all__ = [
    "apply",
    "apply_catch",
    "apply_if",
    "apply_if_not_none",
    "assign",
    "assign_with",
    "callables",
    "clone",
    "clone_deep",
    "clone_deep_with",
    "clone_with",
    "defaults",
    "defaults_deep",
    "find_key",
    "find_last_key",
    "for_in",
    "for_in_right",
    "get",
    "has",
    "invert",
    "invert_by",
    "invoke",
    "keys",
    "map_keys",
    "map_values",
    "map_values_deep",
    "merge",
    "merge_with",
    "omit",
    "omit_by",
    "parse_int",
    "pick",
    "pick_by",
    "rename_keys",
    "set_",
    "set_with",
    "to_boolean",
    "to_dict",
    "to_integer",
    "to_list",
    "to_number",
    "to_pairs",
    "to_string",
    "transform",
    "unset",
    "update",
    "update_with",
    "values",
]

ObjT = TypeVar("ObjT")
V = TypeVar("V")
V2 = TypeVar("V2")
HK = TypeVar("HK", bound=Hashable)
HV = TypeVar("HV", bound=Hashable)

#: The kernels (compiled or pure), looked up at call time so tests can swap them.
_speedups: Any = _speedups_module

_identity: Callable[..., Any] = _to_iteratee(None)

_CO_VARARGS = 0x04  # inspect.CO_VARARGS


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def _as_dict(obj: Any) -> dict[Any, Any]:
    """pydash's ``to_dict``: an exact dict is copied by the kernels' callers as needed."""
    if type(obj) is dict:
        return obj
    return dict(_items(obj))


def _flat_paths(properties: tuple[Any, ...]) -> list[Any]:
    """pydash's ``flatten(properties)``: one level of iterables (not str/bytes/mappings) is opened."""
    out: list[Any] = []
    for prop in properties:
        if type(prop) is str or not is_flattenable(prop):
            out.append(prop)
        else:
            out.extend(prop)
    return out


def _call(func: Callable[..., Any], nargs: int, *args: Any) -> Any:
    return func(*args[:nargs])


def _callback(value: Any, maxargs: int) -> tuple[Callable[..., Any], int]:
    """:func:`funcutils._iteratee.callback`, with a fast path for plain functions.

    A plain function's positional count is in its code object (the same answer
    the signature gives): no ``inspect`` call per call of a public function.
    """
    if type(value) is FunctionType and "_argcount" not in value.__dict__:
        code = value.__code__
        if code.co_flags & _CO_VARARGS:
            return value, maxargs
        return value, min(code.co_argcount, maxargs)
    return callback(value, maxargs)


# --------------------------------------------------------------------------
# deep access by path
# --------------------------------------------------------------------------


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


def _update_keys(
    obj: Any, path: Any, updater: Callable[[Any], Any], customizer: Any, func: str
) -> None:
    """Shared walk of :func:`update_with` / :func:`set_with` (dunder-safe, see _paths)."""
    keys, flags = parse_path(path)
    if not keys or obj is None:  # pydash: nothing to set on None
        return
    call_customizer: Optional[Callable[..., Any]] = None
    nargs = 0
    if customizer is not None:
        if callable(customizer):
            call_customizer, nargs = _callback(customizer, 3)
        else:
            template = customizer

            def copy_template(*_: Any) -> Any:
                return copy.copy(template)

            call_customizer = copy_template
    target = obj
    last = len(keys) - 1
    for pos in range(last):
        key = keys[pos]
        nxt = resolve_key(target, key)
        if nxt is MISSING or nxt is None:
            made = None
            if call_customizer is not None:
                made = _call(call_customizer, nargs, None if nxt is MISSING else nxt, key, target)
            if made is None:
                made = [] if flags[pos + 1] else {}
            _set_on(target, key, made, func)
            nxt = made
        target = nxt
    key = keys[last]
    current = resolve_key(target, key)
    _set_on(target, key, updater(None if current is MISSING else current), func)


def _set_on(target: Any, key: Any, value: Any, func: str) -> None:
    try:
        _assign(target, key, value)
    except AttributeError:
        raise TypeError(
            f"{func}() cannot set {key!r} on a {type(target).__name__}"
        ) from None


def set_with(obj: ObjT, path: Any, value: Any, customizer: Optional[Callable[..., Any]] = None) -> ObjT:
    """Like :func:`set_`, with ``customizer(value, key, parent)`` making missing containers.

    Args:
        obj: Object to change in place.
        path: A path (see :doc:`/paths`).
        value: Value to set.
        customizer: Called with the current value (``None``), the key and the
            parent for each missing container on the way; its result is used when
            not ``None``, else a ``dict`` (a ``list`` before a ``[n]`` index).

    Returns:
        ``obj``.

    Raises:
        KeyError: the path would set an attribute whose name starts with ``"__"``.

    Example:
        >>> set_with({}, "[0][1]", "a", lambda *_: {})
        {0: {1: 'a'}}
        >>> set_with({}, "a.b[0]", 1)
        {'a': {'b': [1]}}

    .. versionadded:: 0.2.0
    """
    _update_keys(obj, path, lambda _: value, customizer, "set_with")
    return obj


def update(obj: ObjT, path: Any, updater: Any) -> ObjT:
    """Set the value at ``path`` to ``updater(current)`` *in place* (``current`` is
    ``None`` when missing); a non-callable ``updater`` is the new value.

    Args:
        obj: Object to change.
        path: A path (see :doc:`/paths`).
        updater: ``current -> new`` function, or the value itself.

    Returns:
        ``obj``.

    Raises:
        KeyError: the path would set an attribute whose name starts with ``"__"``.

    Example:
        >>> update({"a": 1}, "a", lambda v: v + 1)
        {'a': 2}
        >>> update({}, "a.b", lambda v: v)
        {'a': {'b': None}}

    .. versionadded:: 0.2.0
    """
    return update_with(obj, path, updater)


def _constant_step(value: Any) -> Callable[[Any], Any]:
    return lambda _: value


def _no_arg_step(func: Callable[[], Any]) -> Callable[[Any], Any]:
    return lambda _: func()


def update_with(obj: ObjT, path: Any, updater: Any, customizer: Any = None) -> ObjT:
    """:func:`update` with a ``customizer`` for the missing containers (see :func:`set_with`).

    A ``customizer`` that is not callable is a template: each missing container
    is a shallow copy of it.

    Args:
        obj: Object to change in place.
        path: A path.
        updater: ``current -> new`` function, or the value itself.
        customizer: ``(value, key, parent) -> container`` or a template container.

    Returns:
        ``obj``.

    Raises:
        KeyError: the path would set an attribute whose name starts with ``"__"``.

    Example:
        >>> update_with({}, "a.b", 5, {})
        {'a': {'b': 5}}
        >>> update_with({}, "[0]", lambda v: 1, lambda *_: None)
        {0: 1}

    .. versionadded:: 0.2.0
    """
    if not callable(updater):
        step = _constant_step(updater)
    else:
        func, nargs = _callback(updater, 1)
        step = _no_arg_step(func) if nargs == 0 else updater
    _update_keys(obj, path, step, customizer, "update_with")
    return obj


def invoke(obj: Any, path: Any, *args: Any, **kwargs: Any) -> Any:
    """Call the method at ``path`` of ``obj`` with ``args``/``kwargs``.

    Args:
        obj: Object to read.
        path: A path whose last key names the method.
        *args: Positional arguments of the call.
        **kwargs: Keyword arguments of the call.

    Returns:
        The method's result, or ``None`` when there is no such method.

    Raises:
        KeyError: a key of the path starts with ``"__"`` (never reached).

    Example:
        >>> invoke({"a": "x"}, "a.upper")
        'X'
        >>> invoke({"a": 1}, "a.nope") is None
        True

    .. versionadded:: 0.2.0
    """
    keys = to_keys(path)
    for key in keys:
        if isinstance(key, str) and key.startswith(RESTRICTED_PREFIX):
            raise KeyError(f"access to restricted key {key!r} is not allowed")
    if not keys:
        raise TypeError("invoke() argument 'path' must name a method, not an empty path")
    target = get_keys(obj, keys[:-1], None) if len(keys) > 1 else obj
    name: Any = keys[len(keys) - 1]
    try:
        method = getattr(target, name)
    except AttributeError:
        return None
    return method(*args, **kwargs)


# --------------------------------------------------------------------------
# assigning, defaults and merging (in place)
# --------------------------------------------------------------------------


def assign(obj: ObjT, *sources: Any) -> ObjT:
    """Copy every key of each source onto ``obj`` *in place*; later sources win.

    A callable last source is the ``customizer`` of :func:`assign_with`.

    Args:
        obj: Mapping to change.
        *sources: Mappings to copy from.

    Returns:
        ``obj``.

    Example:
        >>> assign({"a": 1}, {"b": 2}, {"a": 3})
        {'a': 3, 'b': 2}
        >>> assign({"a": 1}, {})
        {'a': 1}

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict and sources and not callable(sources[-1]):
        target = cast("dict[Any, Any]", obj)
        for source in sources:
            if type(source) is dict:
                target.update(source)
            else:
                for key, value in _source_copy(source, "assign").items():
                    target[key] = value
        return obj
    result: ObjT = _assign_with(obj, sources, None, "assign")  # a typed name, not typing.cast (a call, in compiled code)
    return result


def _source_copy(source: Any, func: str) -> Any:
    copy_method = getattr(source, "copy", None)
    if not callable(copy_method) or not callable(getattr(source, "items", None)):
        raise arg_error(func, "sources", "mappings", source)
    return copy_method()


def _assign_with(obj: Any, sources: tuple[Any, ...], customizer: Any, name: str) -> Any:
    source_list = list(sources)
    if not source_list:
        raise TypeError(f"{name}() needs at least one source")
    if customizer is None and callable(source_list[-1]):
        customizer = source_list.pop()
    func: Optional[Callable[..., Any]] = None
    nargs = 0
    if customizer is not None:
        func, nargs = _callback(customizer, 5)
    if func is not None and not callable(getattr(obj, "get", None)):
        raise arg_error(name, "obj", "a mapping", obj)
    target: Any = obj
    for source in source_list:
        source = _source_copy(source, name)
        for key, value in source.items():
            if func is not None:
                val = _call(func, nargs, target.get(key), value, key, target, source)
                if val is not None:
                    value = val
            try:
                target[key] = value
            except TypeError:
                raise arg_error(name, "obj", "a mapping", obj) from None
    return obj


def assign_with(obj: ObjT, *sources: Any, customizer: Optional[Callable[..., Any]] = None) -> ObjT:
    """:func:`assign` with ``customizer(obj_value, src_value, key, obj, source)``.

    The customizer's result is assigned unless it is ``None`` (then the source
    value is). Without ``customizer=``, a callable last source is the customizer.

    Args:
        obj: Mapping to change in place.
        *sources: Mappings to copy from.
        customizer: Decides each assigned value (cut to its arity, at most 5).

    Returns:
        ``obj``.

    Raises:
        TypeError: no source is given.

    Example:
        >>> assign_with({"a": 1}, {"a": 2}, lambda o, s: (o or 0) + s)
        {'a': 3}

    .. versionadded:: 0.2.0
    """
    result: ObjT = _assign_with(obj, sources, customizer, "assign_with")  # a typed name, not typing.cast (a call, in compiled code)
    return result


@overload
def defaults(obj: dict[K, V], *sources: dict[K, V]) -> dict[K, V]: ...
@overload
def defaults(obj: dict[Any, Any], *sources: Any) -> dict[Any, Any]: ...
def defaults(obj: Any, *sources: Any) -> Any:
    """Set each source key that ``obj`` lacks, *in place*; earlier sources win.

    Args:
        obj: Mapping to change.
        *sources: Mappings of default values.

    Returns:
        ``obj``.

    Example:
        >>> defaults({"a": 1}, {"a": 2, "b": 3}, {"b": 4})
        {'a': 1, 'b': 3}

    .. versionadded:: 0.2.0
    """
    if type(obj) is not dict and not callable(getattr(obj, "setdefault", None)):
        raise arg_error("defaults", "obj", "a mapping", obj)
    setdefault = obj.setdefault
    for source in sources:
        if type(source) is not dict and not callable(getattr(source, "items", None)):
            raise arg_error("defaults", "sources", "mappings", source)
        for key, value in source.items():
            setdefault(key, value)
    return obj


def _merge(obj: Any, sources: tuple[Any, ...], kwargs: dict[str, Any], is_defaults: bool) -> Any:
    if obj is None:
        return None
    source_list = list(sources)
    customizer = kwargs.pop("iteratee", None)
    if customizer is None and source_list and callable(source_list[-1]):
        customizer = source_list.pop()
    func: Optional[Callable[..., Any]] = None
    nargs = 5
    if callable(customizer):
        func, nargs = _callback(customizer, 5)
    kernel = _speedups.merge_deep
    for source in source_list:
        kernel(obj, source, func, nargs, is_defaults)
    return obj


def merge(obj: ObjT, *sources: Any) -> ObjT:
    """Deep-merge each source into ``obj`` *in place*: lists and dicts on both sides
    are merged key by key (index by index), any other source value replaces
    the target's with a deep copy of it.

    Iterative: any depth works. Sources are never changed and nothing of them
    is shared with ``obj``. A callable last source is the customizer of
    :func:`merge_with`. A walk that would never end (``obj`` and a source
    containing themselves along the same path) raises ``ValueError``.

    Args:
        obj: Object to change (``None`` gives ``None``).
        *sources: Objects to merge in, in order.

    Returns:
        ``obj``.

    Raises:
        ValueError: the target and a source both contain themselves along the same path.

    Example:
        >>> merge({"a": [1, 2, {"x": 1}]}, {"a": [3]}, {"b": None})
        {'a': [3, 2, {'x': 1}], 'b': None}
        >>> merge({"a": {"b": 1}}, {"a": {"c": 2}})
        {'a': {'b': 1, 'c': 2}}

    .. versionadded:: 0.2.0
    """
    if obj is None:
        return obj
    if sources and not callable(sources[-1]):
        kernel = _speedups.merge_deep
        for source in sources:
            kernel(obj, source, None, 5, False)
        return obj
    result: ObjT = _merge(obj, sources, {}, False)  # a typed name, not typing.cast (a call, in compiled code)
    return result


def merge_with(obj: Any, *sources: Any, **kwargs: Any) -> Any:
    """:func:`merge` with ``iteratee(obj_value, src_value, key, obj, source)``.

    The iteratee's result is set unless it is ``None`` (then the values merge as
    usual). It is ``iteratee=`` or a callable last source.

    Args:
        obj: Object to change in place (``None`` gives ``None``).
        *sources: Objects to merge in, in order.
        **kwargs: ``iteratee``.

    Returns:
        ``obj``.

    Raises:
        ValueError: the target and a source both contain themselves along the same path.

    Example:
        >>> merge_with({"a": 1}, {"a": 2}, lambda a, b: a * 10 + b)
        {'a': 12}
        >>> merge_with({"a": [1]}, {"a": [2]}, iteratee=lambda a, b: None)
        {'a': [2]}

    .. versionadded:: 0.2.0
    """
    return _merge(obj, sources, kwargs, False)


@overload
def defaults_deep(obj: dict[K, V], *sources: dict[K, V]) -> dict[K, V]: ...
@overload
def defaults_deep(obj: dict[Any, Any], *sources: Any) -> dict[Any, Any]: ...
def defaults_deep(obj: Any, *sources: Any) -> Any:
    """:func:`defaults` at every level: nested dicts gain their missing keys too.

    Iterative (any depth). Values taken from a source are deep copies.

    Args:
        obj: Mapping to change in place.
        *sources: Mappings of defaults.

    Returns:
        ``obj``.

    Raises:
        ValueError: ``obj`` and a source both contain themselves along the same path.

    Example:
        >>> defaults_deep({"a": {"b": 1}}, {"a": {"b": 2, "c": 3}})
        {'a': {'b': 1, 'c': 3}}

    .. versionadded:: 0.2.0
    """
    return _merge(obj, sources, {}, True)


# --------------------------------------------------------------------------
# cloning
# --------------------------------------------------------------------------


def clone(value: T) -> T:
    """A shallow copy of ``value`` (``copy.copy``).

    Args:
        value: Object to copy.

    Returns:
        The copy.

    Example:
        >>> x = {"a": [1]}
        >>> y = clone(x)
        >>> y == x, y is x, y["a"] is x["a"]
        (True, False, True)

    .. versionadded:: 0.2.0
    """
    cls = type(value)
    if cls is dict or cls is list:
        same: Any = value  # typed names, not typing.cast (a call, in compiled code)
        return same.copy()  # type: ignore[no-any-return]
    return copy.copy(value)


def clone_with(value: T, customizer: Optional[Callable[..., Any]] = None) -> T:
    """:func:`clone` where ``customizer(value, key, parent)`` may replace values.

    The customizer is called on ``value`` itself (``key`` ``None``) and then on
    each of its items; a non-``None`` result replaces the copied value.

    Args:
        value: Object to copy.
        customizer: ``(value, key, parent) -> replacement or None``.

    Returns:
        The copy.

    Example:
        >>> clone_with({"a": 1, "b": "s"}, lambda v: v * 10 if isinstance(v, int) else None)
        {'a': 10, 'b': 's'}

    .. versionadded:: 0.2.0
    """
    if not callable(customizer):
        return clone(value)
    func, nargs = _callback(customizer, 3)
    result = _call(func, nargs, value, None, value)
    if result is not None:
        return result  # type: ignore[no-any-return]
    out: Any = copy.copy(value)
    if isinstance(value, (str, bytes)):
        return out  # type: ignore[no-any-return]
    for key, sub in list(_items(value)):
        val = _call(func, nargs, sub, key, value)
        if val is not None:
            out[key] = val
    return out  # type: ignore[no-any-return]


def clone_deep(value: T) -> T:
    """A deep copy of ``value``, with ``copy.deepcopy``'s semantics, at any depth.

    Shared references stay shared, cycles are reproduced, ``__deepcopy__``,
    ``__reduce_ex__`` and ``copyreg`` are honoured, immutable leaves are
    not copied. Exact dicts, lists and tuples are copied by the kernel
    without calling into ``copy``.

    Args:
        value: Object to copy.

    Returns:
        The copy.

    Example:
        >>> shared = [1]
        >>> x = {"a": shared, "b": shared}
        >>> y = clone_deep(x)
        >>> y == x, y["a"] is shared, y["a"] is y["b"]
        (True, False, True)

    .. versionadded:: 0.2.0
    """
    result: T = _speedups.deep_clone(value)  # a typed name, not typing.cast (a call, in compiled code)
    return result


def clone_deep_with(value: T, customizer: Optional[Callable[..., Any]] = None) -> T:
    """:func:`clone_deep` where ``customizer(value, key, parent)`` may replace values.

    The customizer is called on ``value`` (``key`` ``None``) and on every
    nested value of its (exact) dicts and lists; a non-``None`` result is used as is
    (not copied, not descended into), else the value is deep-copied (one memo
    for the whole call). Iterative: any depth.

    Args:
        value: Object to copy.
        customizer: ``(value, key, parent) -> replacement or None``.

    Returns:
        The copy.

    Example:
        >>> clone_deep_with({"a": {"b": 1}}, lambda v: v + 1 if type(v) is int else None)
        {'a': {'b': 2}}

    .. versionadded:: 0.2.0
    """
    if not callable(customizer):
        return clone_deep(value)
    func, nargs = _callback(customizer, 3)
    result = _call(func, nargs, value, None, value)
    if result is not None:
        return result  # type: ignore[no-any-return]
    memo: dict[int, Any] = {}
    kernel = _speedups.deep_clone
    if type(value) is not dict and type(value) is not list:
        return kernel(value, memo)  # type: ignore[no-any-return]
    root: Any = [] if type(value) is list else {}
    memo[id(value)] = root
    stack: list[tuple[Any, Any, Any]] = [(value, root, iter(_items(value)))]
    while stack:
        src, dst, it = stack[-1]
        for key, sub in it:
            val = _call(func, nargs, sub, key, src)
            if val is None:
                if type(sub) is dict or type(sub) is list:
                    done = memo.get(id(sub), MISSING)
                    if done is MISSING:
                        made: Any = [] if type(sub) is list else {}
                        memo[id(sub)] = made
                        _clone_put(dst, key, made)
                        stack.append((sub, made, iter(_items(sub))))
                        break
                    val = done
                else:
                    val = kernel(sub, memo)
            _clone_put(dst, key, val)
        else:
            stack.pop()
    return root  # type: ignore[no-any-return]


def _clone_put(dst: Any, key: Any, value: Any) -> None:
    if type(dst) is list:
        dst.append(value)
    else:
        dst[key] = value


# --------------------------------------------------------------------------
# picking and omitting keys
# --------------------------------------------------------------------------


@overload
def pick(obj: Mapping[K, V], *properties: Any) -> dict[K, V]: ...
@overload
def pick(obj: Any, *properties: Any) -> dict[Any, Any]: ...
def pick(obj: Any, *properties: Any) -> dict[Any, Any]:
    """A new dict of the given keys (or deep paths) of ``obj`` that are present.

    Args:
        obj: Mapping, sequence (by index) or object (by attribute) to read.
        *properties: Keys or paths; lists and tuples of them are opened one level.

    Returns:
        The picked items; a deep path (``"a.b"``) gives a nested result.

    Example:
        >>> pick({"a": 1, "b": 2, "c": 3}, "a", ["c", "z"])
        {'a': 1, 'c': 3}
        >>> pick({"a": {"b": 1, "c": 2}}, "a.b")
        {'a': {'b': 1}}

    .. versionadded:: 0.2.0
    """
    if len(properties) == 1:
        keys = properties[0]
        if type(keys) is list or type(keys) is tuple:
            # flatten(properties) opens this one level: the items are the keys/paths.
            if type(obj) is dict:
                return _speedups.pick_keys(obj, keys)  # type: ignore[no-any-return]
            return _speedups.pick_keys(_as_dict(obj), keys)  # type: ignore[no-any-return]
    result: dict[Any, Any] = _speedups.pick_keys(
        obj if type(obj) is dict else _as_dict(obj), _flat_paths(properties)
    )
    return result


def _paths_of(iteratee: Any) -> list[Any]:
    """pydash's ``map_(iteratee, to_path)``: the items (a dict's values) of a path list."""
    if iteratee is None:
        return []
    if isinstance(iteratee, Mapping):
        return list(iteratee.values())
    if isinstance(iteratee, Iterable):
        return list(iteratee)
    return [iteratee]


@overload
def pick_by(obj: Mapping[K, V], iteratee: Any = None) -> dict[K, V]: ...
@overload
def pick_by(obj: Any, iteratee: Any = None) -> dict[Any, Any]: ...
def pick_by(obj: Any, iteratee: Any = None) -> dict[Any, Any]:
    """A new dict of the items of ``obj`` for which ``iteratee(value, key)`` is truthy.

    ``None`` keeps the truthy values; a non-callable ``iteratee`` is a list of
    keys/paths, as :func:`pick`.

    Args:
        obj: Mapping, sequence or object.
        iteratee: ``(value, key) -> bool``, ``None`` or paths.

    Returns:
        The kept items.

    Example:
        >>> pick_by({"a": 1, "b": None, "c": 0})
        {'a': 1}
        >>> pick_by({"a": 1, "b": 2}, lambda v, k: k == "b")
        {'b': 2}

    .. versionadded:: 0.2.0
    """
    source = obj if type(obj) is dict else _as_dict(obj)
    if iteratee is None:
        result: dict[Any, Any] = _speedups.pick_by_func(source, bool, 1)
        return result
    if callable(iteratee):
        func, nargs = _callback(iteratee, 2)
        result = _speedups.pick_by_func(source, func, nargs)
        return result
    result = _speedups.pick_keys(source, tuple(_paths_of(iteratee)))
    return result


def _omit_paths(obj: Any, paths: list[Any]) -> Any:
    literal: list[Any] = []
    parsed: list[tuple[Hashable, ...]] = []
    deep = False
    for path in paths:
        if type(path) is str and "." not in path and "[" not in path:
            literal.append(path)
            parsed.append((path,))
            continue
        keys = to_keys(path)
        parsed.append(keys)
        if len(keys) == 1:
            literal.append(keys[0])
        elif len(keys) > 1:
            deep = True
    if deep:
        cloned = clone_deep(obj)
        for keys in parsed:
            if keys:
                unset_keys(cloned, keys)
        return cloned
    out = dict(obj) if type(obj) is dict else _as_dict(obj)
    if out is obj:
        out = dict(out)
    for key in literal:  # parsed keys: literal ("a\\.b" is the key "a.b")
        try:
            del out[key]
        except (KeyError, TypeError):
            pass
    return out


@overload
def omit(obj: Mapping[K, V], *properties: Any) -> dict[K, V]: ...
@overload
def omit(obj: Any, *properties: Any) -> dict[Any, Any]: ...
def omit(obj: Any, *properties: Any) -> Any:
    """A new dict of ``obj`` without the given keys; a deep path (``"a.b"``)
    removes a nested value from a deep copy.

    Args:
        obj: Mapping, sequence or object.
        *properties: Keys or paths; lists and tuples of them are opened one level.

    Returns:
        The remaining items (a deep copy of ``obj`` for deep paths).

    Example:
        >>> omit({"a": 1, "b": 2, "c": 3}, "a", ["c"])
        {'b': 2}
        >>> omit({"a": {"b": 1, "c": 2}}, "a.b")
        {'a': {'c': 2}}

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict:
        keys: Any = properties
        if len(properties) == 1 and (type(properties[0]) is list or type(properties[0]) is tuple):
            keys = properties[0]  # flatten(properties) opens it one level
        result = _speedups.omit_keys(obj, keys)
        if result is not None:
            return result
    return _omit_paths(obj, _flat_paths(properties))


@overload
def omit_by(obj: Mapping[K, V], iteratee: Any = None) -> dict[K, V]: ...
@overload
def omit_by(obj: Any, iteratee: Any = None) -> dict[Any, Any]: ...
def omit_by(obj: Any, iteratee: Any = None) -> Any:
    """A new dict of the items of ``obj`` for which ``iteratee(value, key)`` is falsy.

    A non-callable ``iteratee`` is a list of keys/paths, as :func:`omit`
    (``None``: nothing is omitted).

    Args:
        obj: Mapping, sequence or object.
        iteratee: ``(value, key) -> bool`` or paths.

    Returns:
        The kept items.

    Example:
        >>> omit_by({"a": 1, "b": "x"}, lambda v: isinstance(v, int))
        {'b': 'x'}
        >>> omit_by({"a": 1})
        {'a': 1}

    .. versionadded:: 0.2.0
    """
    if callable(iteratee):
        func, nargs = _callback(iteratee, 2)
        return _speedups.omit_by_func(obj if type(obj) is dict else _as_dict(obj), func, nargs)
    return _omit_paths(obj, _paths_of(iteratee))


@_compiled_twin
def rename_keys(obj: Mapping[K, V], key_map: Mapping[Any, Any]) -> dict[Any, V]:
    """A new dict with the keys of ``obj`` renamed by ``key_map`` (others kept).

    Args:
        obj: Mapping to read.
        key_map: ``{old: new}``.

    Returns:
        The renamed dict.

    Example:
        >>> rename_keys({"a": 1, "b": 2}, {"a": "x", "z": "y"})
        {'x': 1, 'b': 2}

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict and type(key_map) is dict:  # the common case, checks done
        rename = key_map.get
        return {rename(key, key): value for key, value in obj.items()}
    if type(obj) is not dict and not callable(getattr(obj, "items", None)):
        raise arg_error("rename_keys", "obj", "a mapping", obj)
    get = getattr(key_map, "get", None)
    if not callable(get):
        raise arg_error("rename_keys", "key_map", "a mapping", key_map)
    return {get(key, key): value for key, value in obj.items()}


# --------------------------------------------------------------------------
# keys, values and items
# --------------------------------------------------------------------------


@overload
def keys(obj: Mapping[K, Any]) -> list[K]: ...  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
@overload
def keys(obj: Iterable[Any]) -> list[int]: ...
@overload
def keys(obj: Any) -> list[Any]: ...
def keys(obj: Any) -> list[Any]:
    """The keys of ``obj``: a mapping's keys, a sequence's indexes, an object's attributes.

    Args:
        obj: Object to read.

    Returns:
        A list of keys.

    Example:
        >>> keys({"a": 1, "b": 2}), keys("xy"), keys(None)
        (['a', 'b'], [0, 1], [])

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict:
        return list(obj)
    return [key for key, _ in _items(obj)]


@overload
def values(obj: Mapping[Any, V]) -> list[V]: ...
@overload
def values(obj: Iterable[T]) -> list[T]: ...
@overload
def values(obj: Any) -> list[Any]: ...
def values(obj: Any) -> list[Any]:
    """The values of ``obj`` (a mapping's values, a sequence's items, an object's attributes).

    Args:
        obj: Object to read.

    Returns:
        A list of values.

    Example:
        >>> values({"a": 1, "b": 2}), values("xy"), values(None)
        ([1, 2], ['x', 'y'], [])

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict:
        return list(obj.values())
    return [value for _, value in _items(obj)]


@overload
def to_pairs(obj: Mapping[K, V]) -> list[tuple[K, V]]: ...  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
@overload
def to_pairs(obj: Iterable[T]) -> list[tuple[int, T]]: ...
@overload
def to_pairs(obj: Any) -> list[tuple[Any, Any]]: ...
def to_pairs(obj: Any) -> list[tuple[Any, Any]]:
    """The ``(key, value)`` pairs of ``obj``.

    Args:
        obj: Object to read.

    Returns:
        A list of pairs.

    Example:
        >>> to_pairs({"a": 1}), to_pairs([5, 6])
        ([('a', 1)], [(0, 5), (1, 6)])

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict:
        return list(obj.items())
    return [(key, value) for key, value in _items(obj)]


@overload
def to_dict(obj: Mapping[K, V]) -> dict[K, V]: ...  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
@overload
def to_dict(obj: Iterable[T]) -> dict[int, T]: ...
@overload
def to_dict(obj: Any) -> dict[Any, Any]: ...
def to_dict(obj: Any) -> dict[Any, Any]:
    """A new dict of the ``(key, value)`` pairs of ``obj`` (shallow: nesting of any depth is kept).

    Args:
        obj: Mapping, sequence or object.

    Returns:
        The dict.

    Example:
        >>> to_dict([1, 2]), to_dict(None)
        ({0: 1, 1: 2}, {})

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict:
        return obj.copy()
    return dict(_items(obj))


@overload
def invert(obj: Mapping[K, HV]) -> dict[HV, K]: ...  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
@overload
def invert(obj: Iterable[HV]) -> dict[HV, int]: ...
@overload
def invert(obj: Any) -> dict[Any, Any]: ...
def invert(obj: Any) -> dict[Any, Any]:
    """A new dict with the keys and values of ``obj`` swapped; the last key of a value wins.

    Args:
        obj: Mapping, sequence or object.

    Returns:
        ``{value: key}``.

    Example:
        >>> invert({"a": 1, "b": 1, "c": 2}), invert([5, 6])
        ({1: 'b', 2: 'c'}, {5: 0, 6: 1})

    .. versionadded:: 0.2.0
    """
    if type(obj) is dict:
        result: dict[Any, Any] = _speedups.invert_items(obj)
        return result
    return {value: key for key, value in _items(obj)}


@overload
def invert_by(obj: Mapping[K, HV], iteratee: None = None) -> dict[HV, list[K]]: ...
@overload
def invert_by(obj: Mapping[K, V], iteratee: Callable[[V], HK]) -> dict[HK, list[K]]: ...
@overload
def invert_by(obj: Any, iteratee: Any = None) -> dict[Any, list[Any]]: ...
def invert_by(obj: Any, iteratee: Any = None) -> dict[Any, list[Any]]:
    """Group the keys of ``obj`` by ``iteratee(value)`` (the value itself by default).

    Args:
        obj: Mapping, sequence or object.
        iteratee: ``value -> group`` (or a shorthand, see :func:`iteratee`).

    Returns:
        ``{group: [keys...]}`` in first-seen order.

    Example:
        >>> invert_by({"a": 1, "b": 1, "c": 2})
        {1: ['a', 'b'], 2: ['c']}
        >>> invert_by({"a": 1, "b": 1}, lambda v: "g" + str(v))
        {'g1': ['a', 'b']}

    .. versionadded:: 0.2.0
    """
    func = _to_iteratee(iteratee)
    result: dict[Any, list[Any]] = {}
    pairs = obj.items() if type(obj) is dict else _items(obj)
    if func is _identity:
        for key, value in pairs:
            group = result.get(value)
            if group is None:
                result[value] = [key]
            else:
                group.append(key)
        return result
    for key, value in pairs:
        result.setdefault(func(value), []).append(key)
    return result


# --------------------------------------------------------------------------
# mapping keys and values
# --------------------------------------------------------------------------


def _kernel_source(obj: Any) -> dict[Any, Any]:
    return obj if type(obj) is dict else dict(_items(obj))


@overload
def map_values(obj: Mapping[K, V], iteratee: None = None) -> dict[K, V]: ...
@overload
def map_values(obj: Mapping[K, V], iteratee: Callable[[V], T]) -> dict[K, T]: ...
@overload
def map_values(obj: Mapping[K, V], iteratee: Callable[[V, K], T]) -> dict[K, T]: ...
@overload
def map_values(obj: Mapping[K, V], iteratee: Callable[[V, K, dict[K, V]], T]) -> dict[K, T]: ...
@overload
def map_values(obj: Mapping[K, V], iteratee: Any) -> dict[K, Any]: ...
@overload
def map_values(obj: Any, iteratee: Any = None) -> dict[Any, Any]: ...
def map_values(obj: Any, iteratee: Any = None) -> dict[Any, Any]:
    """A new dict with the keys of ``obj`` and ``iteratee(value, key, obj)`` as values.

    Args:
        obj: Mapping, sequence (keys are indexes) or object.
        iteratee: A callable (cut to its arity) or a shorthand (a path, ...).

    Returns:
        The mapped dict.

    Example:
        >>> map_values({"a": 1, "b": 2}, lambda v: v * 10)
        {'a': 10, 'b': 20}
        >>> map_values({"a": {"x": 3}}, "x")
        {'a': 3}

    .. versionadded:: 0.2.0
    """
    func, nargs = _callback(iteratee, 3)
    result: dict[Any, Any] = _speedups.map_values_func(_kernel_source(obj), func, nargs, obj)
    return result


@overload
def map_keys(obj: Mapping[K, V], iteratee: None = None) -> dict[V, V]: ...
@overload
def map_keys(obj: Mapping[K, V], iteratee: Callable[[V], T]) -> dict[T, V]: ...
@overload
def map_keys(obj: Mapping[K, V], iteratee: Callable[[V, K], T]) -> dict[T, V]: ...
@overload
def map_keys(obj: Mapping[K, V], iteratee: Callable[[V, K, dict[K, V]], T]) -> dict[T, V]: ...
@overload
def map_keys(obj: Mapping[K, V], iteratee: Any) -> dict[Any, V]: ...
@overload
def map_keys(obj: Any, iteratee: Any = None) -> dict[Any, Any]: ...
def map_keys(obj: Any, iteratee: Any = None) -> dict[Any, Any]:
    """A new dict with ``iteratee(value, key, obj)`` as keys and the values of ``obj``.

    Args:
        obj: Mapping, sequence or object.
        iteratee: A callable (cut to its arity) or a shorthand; ``None``: the value.

    Returns:
        The re-keyed dict (a later item wins a shared key).

    Example:
        >>> map_keys({"a": 1, "b": 2}, lambda v, k: k * 2)
        {'aa': 1, 'bb': 2}
        >>> map_keys([1, 2])
        {1: 1, 2: 2}

    .. versionadded:: 0.2.0
    """
    func, nargs = _callback(iteratee, 3)
    result: dict[Any, Any] = _speedups.map_keys_func(_kernel_source(obj), func, nargs, obj)
    return result


@cython.binding(True)  # a default a text signature cannot spell: see _compat
def map_values_deep(obj: Any, iteratee: Optional[Callable[..., Any]] = None, property_path: Any = UNSET) -> Any:
    """Replace every leaf of the nested dicts and lists of ``obj`` by
    ``iteratee(leaf, path)`` *in place* (``path``: the list of keys to it).

    Iterative (any depth); a dict or list that contains itself raises ``ValueError``.

    Args:
        obj: Nested dicts/lists (another value is a leaf itself).
        iteratee: ``(value, path) -> new value`` (cut to its arity).
        property_path: Path prefix of ``obj`` itself.

    Returns:
        ``obj`` changed in place (for a leaf: ``iteratee(obj, path)``).

    Raises:
        TypeError: a leaf is met and ``iteratee`` is not callable.
        ValueError: a container contains itself.

    Example:
        >>> map_values_deep({"a": [1, {"b": 2}]}, lambda v, path: (v, path))
        {'a': [(1, ['a', 0]), {'b': (2, ['a', 1, 'b'])}]}
        >>> map_values_deep(5, lambda v: v + 1)
        6

    .. versionadded:: 0.2.0
    """
    prefix: tuple[Any, ...] = () if property_path is UNSET else to_keys(property_path)
    func: Any = iteratee
    nargs = 2
    if callable(iteratee):
        func, nargs = _callback(iteratee, 2)
    return _speedups.map_values_deep_walk(obj, func, nargs, prefix)


# --------------------------------------------------------------------------
# searching and walking
# --------------------------------------------------------------------------


def callables(obj: Any) -> list[Any]:
    """The sorted keys of ``obj`` whose values are callable.

    Args:
        obj: Mapping, sequence or object.

    Returns:
        The sorted keys.

    Example:
        >>> callables({"a": len, "b": 1, "c": str.upper})
        ['a', 'c']

    .. versionadded:: 0.2.0
    """
    return sorted(key for key, value in _items(obj) if callable(value))


def find_key(obj: Any, predicate: Any = None) -> Any:
    """The first key of ``obj`` whose value passes ``predicate(value, key, obj)``.

    Args:
        obj: Mapping, sequence or object.
        predicate: A callable or a shorthand; ``None``: truthy values.

    Returns:
        The key, or ``None``.

    Example:
        >>> find_key({"a": 0, "b": 2}), find_key([0, 1], lambda v: v > 5)
        ('b', None)

    .. versionadded:: 0.2.0
    """
    func, nargs = _callback(predicate, 3)
    if nargs == 1:  # func(value): no _call per value
        for key, value in _items(obj):
            if func(value):
                return key
        return None
    for key, value in _items(obj):
        if _call(func, nargs, value, key, obj):
            return key
    return None


def find_last_key(obj: Any, predicate: Any = None) -> Any:
    """The last key of ``obj`` whose value passes ``predicate(value, key, obj)``.

    Args:
        obj: Mapping, sequence or object.
        predicate: A callable or a shorthand; ``None``: truthy values.

    Returns:
        The key, or ``None``.

    Example:
        >>> find_last_key({"a": 1, "b": 2, "c": 0})
        'b'

    .. versionadded:: 0.2.0
    """
    func, nargs = _callback(predicate, 3)
    # pydash evaluates the predicate on every item, in order, before choosing.
    if nargs == 1:  # func(value): no _call per value
        found = [key for key, value in _items(obj) if func(value)]
    else:
        found = [key for key, value in _items(obj) if _call(func, nargs, value, key, obj)]
    return found[-1] if found else None


def for_in(obj: ObjT, iteratee: Any = None) -> ObjT:
    """Call ``iteratee(value, key, obj)`` on each item of ``obj``; stop when it returns ``False``.

    Args:
        obj: Mapping, sequence or object.
        iteratee: A callable or a shorthand.

    Returns:
        ``obj``.

    Example:
        >>> seen = []
        >>> for_in({"a": 1, "b": 2, "c": 3}, lambda v: seen.append(v) or v < 2)
        {'a': 1, 'b': 2, 'c': 3}
        >>> seen
        [1, 2]

    .. versionadded:: 0.2.0
    """
    func, nargs = _callback(iteratee, 3)
    if nargs == 1:  # func(value): no _call per value
        for _, value in _items(obj):
            if func(value) is False:
                break
        return obj
    for key, value in _items(obj):
        if _call(func, nargs, value, key, obj) is False:
            break
    return obj


def for_in_right(obj: ObjT, iteratee: Any = None) -> ObjT:
    """:func:`for_in` from the last item to the first.

    Args:
        obj: Mapping, sequence or object.
        iteratee: A callable or a shorthand.

    Returns:
        ``obj``.

    Example:
        >>> seen = []
        >>> for_in_right([1, 2, 3], lambda v: seen.append(v) or v > 2)
        [1, 2, 3]
        >>> seen
        [3, 2]

    .. versionadded:: 0.2.0
    """
    func, nargs = _callback(iteratee, 3)
    if nargs == 1:  # func(value): no _call per value
        for _, value in reversed(tuple(_items(obj))):
            if func(value) is False:
                break
        return obj
    for key, value in reversed(tuple(_items(obj))):
        if _call(func, nargs, value, key, obj) is False:
            break
    return obj


@overload
def transform(obj: Any, iteratee: Any = None, accumulator: None = None) -> list[Any]: ...
@overload
def transform(obj: Any, iteratee: Any, accumulator: T) -> T: ...
def transform(obj: Any, iteratee: Any = None, accumulator: Any = None) -> Any:
    """Fold ``obj`` into ``accumulator`` (a new list by default) with
    ``iteratee(accumulator, value, key, obj)``; stop when it returns ``False``.

    Args:
        obj: Mapping, sequence or object.
        iteratee: Changes the accumulator in place (cut to its arity).
        accumulator: Initial accumulator.

    Returns:
        The accumulator.

    Raises:
        TypeError: ``iteratee`` is not callable.

    Example:
        >>> transform([1, 2, 3], lambda acc, v: acc.append(v * 2))
        [2, 4, 6]
        >>> transform({"a": 1}, lambda acc, v, k: acc.update({k: v}), {})
        {'a': 1}

    .. versionadded:: 0.2.0
    """
    if iteratee is None:
        func: Callable[..., Any] = _identity
        nargs = 1
    else:
        check_callable(iteratee, "transform", "iteratee")
        func, nargs = _callback(iteratee, 4)
    if accumulator is None:
        accumulator = []
    if nargs == 2:  # func(accumulator, value): no _call per value
        for _, item in _items(obj):
            if func(accumulator, item) is False:
                break
        return accumulator
    for key, item in _items(obj):
        if _call(func, nargs, accumulator, item, key, obj) is False:
            break
    return accumulator


# --------------------------------------------------------------------------
# applying functions
# --------------------------------------------------------------------------


def apply(obj: T, func: Callable[[T], T2]) -> T2:
    """``func(obj)``.

    Args:
        obj: Value.
        func: Function to call.

    Returns:
        The result.

    Example:
        >>> apply("abc", str.upper)
        'ABC'

    .. versionadded:: 0.2.0
    """
    return func(obj)


def apply_if(obj: T, func: Callable[[T], T2], predicate: Callable[[T], bool]) -> Union[T, T2]:
    """``func(obj)`` when ``predicate(obj)`` is truthy, else ``obj``.

    Args:
        obj: Value.
        func: Function to call.
        predicate: Decides whether to call it.

    Returns:
        The result or ``obj``.

    Example:
        >>> apply_if(2, lambda x: x * 10, lambda x: x > 1), apply_if(0, str, bool)
        (20, 0)

    .. versionadded:: 0.2.0
    """
    return func(obj) if predicate(obj) else obj


def apply_if_not_none(obj: Optional[T], func: Callable[[T], T2]) -> Optional[T2]:
    """``func(obj)`` unless ``obj`` is ``None``.

    Args:
        obj: Value.
        func: Function to call.

    Returns:
        The result, or ``None``.

    Example:
        >>> apply_if_not_none(2, lambda x: x + 1), apply_if_not_none(None, lambda x: x + 1)
        (3, None)

    .. versionadded:: 0.2.0
    """
    return None if obj is None else func(obj)


@cython.binding(True)  # a default a text signature cannot spell: see _compat
def apply_catch(
    obj: T, func: Callable[[T], T2], exceptions: Iterable[type[BaseException]], default: Any = UNSET
) -> Any:
    """``func(obj)``, or ``default`` (``obj`` if not given) when it raises one of ``exceptions``.

    Args:
        obj: Value.
        func: Function to call.
        exceptions: Exception types to catch.
        default: Result when one is caught.

    Returns:
        The result, ``default`` or ``obj``.

    Example:
        >>> apply_catch("x", int, [ValueError]), apply_catch("x", int, [ValueError], 0)
        ('x', 0)

    .. versionadded:: 0.2.0
    """
    try:
        return func(obj)
    except tuple(exceptions):
        return obj if default is UNSET else default


# --------------------------------------------------------------------------
# conversions
# --------------------------------------------------------------------------


def _boolean_match(text: str, vals: Iterable[str]) -> Any:
    if text.lower() in [val.lower() for val in vals]:
        return True
    return re.match("|".join(vals), text)


@cython.binding(True)  # a default a text signature cannot spell: see _compat
def to_boolean(
    obj: Any,
    true_values: tuple[str, ...] = ("true", "1"),
    false_values: tuple[str, ...] = ("false", "0"),
) -> Optional[bool]:
    """``obj`` as a ``bool``: a string is matched against ``true_values`` then
    ``false_values`` (case-insensitive, or as a regular expression at its start);
    another value is ``bool(obj)``.

    Args:
        obj: Value to convert.
        true_values: Strings that mean ``True``.
        false_values: Strings that mean ``False``.

    Returns:
        ``True``, ``False``, or ``None`` for an unmatched string.

    Example:
        >>> to_boolean(" TRUE "), to_boolean("0"), to_boolean("maybe"), to_boolean([])
        (True, False, None, False)

    .. versionadded:: 0.2.0
    """
    if isinstance(obj, str):
        text = obj.strip()
        if true_values and _boolean_match(text, true_values):
            return True
        if false_values and _boolean_match(text, false_values):
            return False
        return None
    return bool(obj)


def to_integer(obj: Any) -> int:
    """``obj`` as an ``int``, truncated (``0`` when it does not convert).

    Args:
        obj: Value to convert (a number or a numeric string).

    Returns:
        The integer.

    Example:
        >>> to_integer("3.7"), to_integer(-2.9), to_integer("x")
        (3, -2, 0)

    .. versionadded:: 0.2.0
    """
    if type(obj) is int:
        return obj
    try:
        return int(float(obj))
    except (ValueError, TypeError):
        return 0


def to_number(obj: Any, precision: int = 0) -> Optional[float]:
    """``obj`` as a ``float`` rounded to ``precision`` decimals (``None`` when it
    does not convert; a negative ``precision`` rounds down to tens, hundreds...).

    Args:
        obj: Value to convert.
        precision: Decimal places.

    Returns:
        The number, or ``None``.

    Example:
        >>> to_number("1.2345", 2), to_number("x"), to_number(1234, -2)
        (1.23, None, 1200.0)

    .. versionadded:: 0.2.0
    """
    try:
        factor = pow(10, precision)
        rounder: Callable[..., Any] = math.floor if precision < 0 else round
        return rounder(float(obj) * factor) / factor  # type: ignore[no-any-return]
    except Exception:
        return None


def parse_int(value: Any, radix: Optional[int] = None) -> Optional[int]:
    """``value`` as an ``int`` in base ``radix``; without ``radix`` a string that
    reads as hexadecimal is base 16, anything else base 10.

    Args:
        value: Value to parse.
        radix: Base (2-36).

    Returns:
        The integer, or ``None`` when it does not parse.

    Example:
        >>> parse_int("0x1A"), parse_int("12", 8), parse_int(1.9), parse_int("x")
        (26, 10, 1, None)

    .. versionadded:: 0.2.0
    """
    if not radix and isinstance(value, str):
        try:
            int(value, 16)
        except ValueError:
            pass
        else:
            radix = 16
    if not radix:
        radix = 10
    try:
        return int(value) if radix == 10 else int(to_string(value), radix)
    except (ValueError, TypeError):
        return None


def to_string(obj: Any) -> str:
    """``obj`` as a ``str`` (``""`` for ``None``; a ``str`` is returned as is).

    Args:
        obj: Value to convert.

    Returns:
        The string.

    Example:
        >>> to_string(None), to_string(1.5), to_string([1])
        ('', '1.5', '[1]')

    .. versionadded:: 0.2.0
    """
    if isinstance(obj, str):
        return obj
    if obj is None:
        return ""
    return str(obj)


@overload
def to_list(obj: dict[Any, V], split_strings: bool = True) -> list[V]: ...
@overload
def to_list(obj: str, split_strings: bool = True) -> list[str]: ...
@overload
def to_list(obj: Iterable[T], split_strings: bool = True) -> list[T]: ...
@overload
def to_list(obj: T, split_strings: bool = True) -> list[T]: ...
def to_list(obj: Any, split_strings: bool = True) -> list[Any]:
    """``obj`` as a new list: a dict's values, an iterable's items (a string's
    characters unless ``split_strings`` is false), else ``[obj]``.

    Args:
        obj: Value to convert.
        split_strings: Whether a ``str``/``bytes`` is split into characters.

    Returns:
        The list.

    Example:
        >>> to_list({"a": 1}), to_list("ab"), to_list("ab", False), to_list(1)
        ([1], ['a', 'b'], ['ab'], [1])

    .. versionadded:: 0.2.0
    """
    if isinstance(obj, list):
        return obj[:]
    if isinstance(obj, dict):
        return list(obj.values())
    if not split_strings and isinstance(obj, (str, bytes)):
        return [obj]
    if split_strings and isinstance(obj, bytes):
        return [chr(c) for c in obj]
    try:
        return list(obj)
    except TypeError:
        return [obj]
