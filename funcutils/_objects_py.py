"""Pure-Python kernels for :mod:`funcutils.objects`: the specification of ``_objects_c.pxi``.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by the
compiled kernels. Public functions call them through :mod:`funcutils._speedups`.

Deep walks (:func:`deep_clone`, :func:`merge_deep`, :func:`map_values_deep_walk`)
keep an explicit stack, so their depth is limited by memory only.

:func:`deep_clone` is ``copy.deepcopy`` without recursion: the same memo
protocol (``memo[id(x)]`` is the copy, ``memo[id(memo)]`` the keep-alive list),
so shared references stay shared and cycles are reproduced; ``__deepcopy__``,
``copyreg`` and ``__reduce_ex__(4)`` are honoured (a reduced object is
rebuilt by a frame on the same stack, so its state is walked iteratively too);
atomic leaves are returned as they are. Keys of a dict are copied with
``copy.deepcopy`` (they are hashable and in practice shallow).

:func:`merge_deep` is pydash's ``merge_with`` walk on one source: a source
value is merged into the target's value when both are lists or both dicts,
else a deep copy of it (one memo per source, as pydash deep-copies each source
once) replaces the target's value. A pair (target container, source container)
met again on the current path is a walk that would never end: ``ValueError``.

:func:`map_values_deep_walk` replaces, *in place*, every leaf of the nested
lists and dicts of ``obj`` by ``iteratee(leaf, path)``; a container met again
on the current path raises ``ValueError``.
"""

from __future__ import annotations

import copy
import copyreg
from collections.abc import Iterable, Mapping
from typing import Any, Callable, Final, Optional

from ._errors import check_dict, check_tuple, cycle_error, set_error
from ._paths import MISSING, _assign, get_keys, has_keys, parse_path, resolve_key, set_keys

__all__ = [
    "deep_clone",
    "invert_items",
    "map_keys_func",
    "map_values_deep_walk",
    "map_values_func",
    "merge_deep",
    "omit_by_func",
    "omit_keys",
    "pick_by_func",
    "pick_keys",
]

#: Types that copy.deepcopy returns as they are (its ``_deepcopy_atomic`` table).
ATOMIC_TYPES: Final[frozenset[type]] = frozenset(
    t for t, f in copy._deepcopy_dispatch.items()  # type: ignore[attr-defined]
    if f is copy._deepcopy_atomic  # type: ignore[attr-defined]
)

_DISPATCH: Final = copy._deepcopy_dispatch  # type: ignore[attr-defined]

# Frame kinds of the clone walk.
_DICT: Final = 0
_LIST: Final = 1
_TUPLE: Final = 2
_GEN: Final = 3

_PENDING: Final = object()


def _reconstruct(
    x: Any, memo: dict[int, Any], func: Any, args: Any, state: Any = None,
    listiter: Any = None, dictiter: Any = None, *_: Any,
) -> Any:
    """copy._reconstruct as a generator: yields each value to copy, is sent its copy."""
    if args:
        args = yield args
    y = func(*args)
    memo[id(x)] = y
    if state is not None:
        state = yield state
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            item = yield item
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            key = yield key
            value = yield value
            y[key] = value
    return y


def clone_other(x: Any, memo: dict[int, Any], keep: list[Any]) -> tuple[Any, Any]:
    """Start the copy of a value that is not an exact dict/list/tuple or atomic
    (copy.deepcopy's protocol; both kernels use this one function).

    Returns ``(copy, None)``, or ``(None, generator)``: a rebuild (reduced
    object) whose values to copy the caller's walk sends back in.
    """
    cls = type(x)
    copier = _DISPATCH.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = copyreg.dispatch_table.get(cls)
            if reductor is not None:
                rv = reductor(x)
            else:
                reductor = getattr(x, "__reduce_ex__", None)
                if reductor is not None:
                    rv = reductor(4)
                else:
                    reductor = getattr(x, "__reduce__", None)
                    if reductor:
                        rv = reductor()
                    else:
                        raise copy.Error(f"un(deep)copyable object of type {cls}")
            if isinstance(rv, str):
                y = x
            else:
                return None, _reconstruct(x, memo, *rv)
    if y is not x:
        memo[id(x)] = y
        keep.append(x)
    return y, None


def deep_clone(value: Any, memo: Optional[dict[int, Any]] = None) -> Any:
    """``copy.deepcopy(value, memo)``, iteratively (see the module doc)."""
    if type(value) in ATOMIC_TYPES:
        return value
    if memo is None:
        memo = {}
    elif type(memo) is not dict:
        check_dict(memo, "deep_clone", "memo")
    keep = memo.get(id(memo))
    if keep is None:
        keep = memo[id(memo)] = []
    stack: list[list[Any]] = []
    atomic = ATOMIC_TYPES

    def start(v: Any) -> Any:
        cls = type(v)
        if cls in atomic:
            return v
        y = memo.get(id(v), _PENDING)
        if y is not _PENDING:
            return y
        if cls is dict:
            y = {}
            memo[id(v)] = y
            keep.append(v)
            stack.append([_DICT, v, y, iter(v.items()), None])
            return _PENDING
        if cls is list:
            y = []
            memo[id(v)] = y
            keep.append(v)
            stack.append([_LIST, v, y, iter(v), None])
            return _PENDING
        if cls is tuple:
            stack.append([_TUPLE, v, [], iter(v), None])
            return _PENDING
        y, gen = clone_other(v, memo, keep)
        if gen is None:
            return y
        stack.append([_GEN, v, gen, None, None])
        return _PENDING

    result = start(value)
    while stack:
        frame = stack[-1]
        kind = frame[0]
        done = _PENDING
        if kind == _DICT:
            y = frame[2]
            for k, v in frame[3]:
                if type(k) not in atomic:
                    k = copy.deepcopy(k, memo)
                r = start(v)
                if r is _PENDING:
                    frame[4] = k
                    break
                y[k] = r
            else:
                done = y
        elif kind == _GEN:
            gen = frame[2]
            try:
                v = gen.send(frame[4])
            except StopIteration as stop:
                done = stop.value
                x = frame[1]
                if done is not x:
                    memo[id(x)] = done
                    keep.append(x)
            else:
                r = start(v)
                if r is not _PENDING:
                    frame[4] = r
                continue
        else:  # list or tuple
            y = frame[2]
            for v in frame[3]:
                r = start(v)
                if r is _PENDING:
                    break
                y.append(r)
            else:
                if kind == _LIST:
                    done = y
                else:
                    x = frame[1]
                    done = memo.get(id(x), _PENDING)
                    if done is _PENDING:
                        done = x
                        for a, b in zip(x, y):
                            if a is not b:
                                done = tuple(y)
                                memo[id(x)] = done
                                keep.append(x)
                                break
        if done is _PENDING:
            continue
        stack.pop()
        if not stack:
            return done
        parent = stack[-1]
        pkind = parent[0]
        if pkind == _DICT:
            parent[2][parent[4]] = done
        elif pkind == _GEN:
            parent[4] = done
        else:
            parent[2].append(done)
    return result


def _items(obj: Any) -> Iterable[tuple[Any, Any]]:
    """pydash's ``iterator``: (key, value) pairs of a mapping, a sequence, an object."""
    cls = type(obj)
    if cls is dict:
        return obj.items()  # type: ignore[no-any-return]
    if cls is list or cls is tuple or cls is str:  # what the checks below decide, without them
        return enumerate(obj)
    if obj is None:  # no items, no attributes
        return ()
    if isinstance(obj, Mapping):
        return obj.items()
    if hasattr(obj, "iteritems"):
        return obj.iteritems()  # type: ignore[no-any-return]
    if hasattr(obj, "items"):
        return iter(obj.items())  # type: ignore[no-any-return]
    if isinstance(obj, Iterable):
        return enumerate(obj)
    attrs: dict[str, Any] = getattr(obj, "__dict__", {})
    return attrs.items()


def _call(func: Callable[..., Any], nargs: int, *args: Any) -> Any:
    return func(*args[:nargs])


def _set(obj: Any, key: Any, value: Any, defaults: bool) -> None:
    if defaults:
        if hasattr(obj, "setdefault"):
            obj.setdefault(key, value)
    elif obj is not None:
        try:
            _assign(obj, key, value)
        except AttributeError:
            raise set_error(obj, key) from None


def merge_deep(
    obj: Any, source: Any, customizer: Optional[Callable[..., Any]] = None,
    argcount: int = 5, defaults: bool = False,
) -> Any:
    """Merge ``source`` into ``obj`` in place (see the module doc); return ``obj``.

    ``customizer(obj_value, src_value, key, obj, source)`` (cut to ``argcount``
    arguments) may return the value to set; ``None`` means "merge as usual".
    ``defaults``: set only missing keys (``setdefault``), as ``defaults_deep``.
    """
    nargs = int(argcount)
    memo: dict[int, Any] = {}
    # Frames: (items iterator, target, source, pair id); pairs on the current path.
    stack = [(iter(_items(source)), obj, source, (id(obj), id(source)))]
    path = {stack[0][3]}
    while stack:
        items, target, src, pair = stack[-1]
        for key, src_value in items:
            if type(target) is dict:
                obj_value = target.get(key)
            else:
                obj_value = resolve_key(target, key)
                if obj_value is MISSING:
                    obj_value = None
            if customizer is not None:
                result = customizer(*(obj_value, src_value, key, target, src)[:nargs])
                if result is not None:
                    _set(target, key, result, defaults)
                    continue
            if (isinstance(src_value, list) and isinstance(obj_value, list)) or (
                isinstance(src_value, dict) and isinstance(obj_value, dict)
            ):
                sub = (id(obj_value), id(src_value))
                if sub in path:
                    raise cycle_error(src_value, len(stack), "merge")
                stack.append((iter(_items(src_value)), obj_value, src_value, sub))
                path.add(sub)
                break
            _set(target, key, deep_clone(src_value, memo), defaults)
        else:
            stack.pop()
            path.discard(pair)
            if stack:
                # pydash sets the merged container back (a no-op for dicts and lists).
                continue
    return obj


def map_values_deep_walk(
    obj: Any, iteratee: Callable[..., Any], argcount: int = 2, path: tuple[Any, ...] = ()
) -> Any:
    """Replace in place every leaf of the lists/dicts of ``obj`` by
    ``iteratee(leaf, keys_list)`` (cut to ``argcount``); return the new ``obj``."""
    nargs = int(argcount)
    base = list(path)
    if not isinstance(obj, (list, dict)):
        return iteratee(*(obj, base)[:nargs])
    # Frames: (container, items snapshot, position); ids on the current path.
    stack: list[list[Any]] = [[obj, list(_items(obj)), 0]]
    on_path = {id(obj)}
    keys: list[Any] = []
    while stack:
        frame = stack[-1]
        container, pairs, pos = frame
        while pos < len(pairs):
            key, value = pairs[pos]
            pos += 1
            if isinstance(value, (list, dict)):
                if id(value) in on_path:
                    raise cycle_error(value, len(stack), "map the values of")
                frame[2] = pos
                keys.append(key)
                stack.append([value, list(_items(value)), 0])
                on_path.add(id(value))
                break
            container[key] = iteratee(*(value, base + keys + [key])[:nargs])
        else:
            stack.pop()
            on_path.discard(id(container))
            if keys:
                keys.pop()
    return obj


def _check_pairs(obj: Any, name: str) -> dict[Any, Any]:
    if type(obj) is not dict:
        check_dict(obj, name, "obj")
    return obj  # type: ignore[no-any-return]


def _check_keys(keys: Any, name: str) -> None:
    if type(keys) is not tuple and type(keys) is not list:
        check_tuple(keys, name, "keys")


def _simple(key: Any) -> bool:
    """A str key that is no deep path (no ``.``, no ``[``)."""
    return type(key) is str and "." not in key and "[" not in key


def pick_keys(obj: dict[Any, Any], keys: Any) -> dict[Any, Any]:
    """``{k: obj[k]}`` for the keys (a tuple or list) present in ``obj``; a deep
    path (``"a.b"``, ``["a", "b"]``) picks the nested value into a nested result."""
    obj = _check_pairs(obj, "pick_keys")
    _check_keys(keys, "pick_keys")
    out: dict[Any, Any] = {}
    for key in keys:
        if _simple(key):
            value = obj.get(key, MISSING)
            if value is not MISSING:
                out[key] = value
                continue
        path, flags = parse_path(key)
        if has_keys(obj, path):
            set_keys(out, path, get_keys(obj, path), flags)
    return out


def omit_keys(obj: dict[Any, Any], keys: Any) -> Optional[dict[Any, Any]]:
    """A copy of ``obj`` without ``keys`` (a tuple or list), or ``None`` unless
    every key is an ``int`` or a ``str`` without ``.`` and ``[`` (the caller then
    takes the path route)."""
    obj = _check_pairs(obj, "omit_keys")
    _check_keys(keys, "omit_keys")
    for key in keys:
        if not (_simple(key) or type(key) is int):
            return None
    if len(keys) * 4 < len(obj) or len(obj) <= 64:
        out = dict(obj)
        for key in keys:
            try:
                del out[key]
            except (KeyError, TypeError):
                pass
        return out
    drop = set()
    for key in keys:
        try:
            drop.add(key)
        except TypeError:
            pass
    return {k: v for k, v in obj.items() if k not in drop}


def pick_by_func(obj: dict[Any, Any], func: Callable[..., Any], argcount: int = 2) -> dict[Any, Any]:
    """``{k: v for k, v in obj.items() if func(v, k)}`` (cut to ``argcount``)."""
    obj = _check_pairs(obj, "pick_by_func")
    nargs = int(argcount)
    if nargs == 1:
        return {k: v for k, v in obj.items() if func(v)}
    if nargs >= 2:
        return {k: v for k, v in obj.items() if func(v, k)}
    return {k: v for k, v in obj.items() if func()}


def omit_by_func(obj: dict[Any, Any], func: Callable[..., Any], argcount: int = 2) -> dict[Any, Any]:
    """``{k: v for k, v in obj.items() if not func(v, k)}`` (cut to ``argcount``)."""
    obj = _check_pairs(obj, "omit_by_func")
    nargs = int(argcount)
    if nargs == 1:
        return {k: v for k, v in obj.items() if not func(v)}
    if nargs >= 2:
        return {k: v for k, v in obj.items() if not func(v, k)}
    return {k: v for k, v in obj.items() if not func()}


def map_values_func(
    obj: dict[Any, Any], func: Callable[..., Any], argcount: int = 3, collection: Any = None
) -> dict[Any, Any]:
    """``{k: func(v, k, collection)}`` (cut to ``argcount``)."""
    obj = _check_pairs(obj, "map_values_func")
    nargs = int(argcount)
    if nargs == 1:
        return {k: func(v) for k, v in obj.items()}
    if nargs == 2:
        return {k: func(v, k) for k, v in obj.items()}
    if nargs >= 3:
        return {k: func(v, k, collection) for k, v in obj.items()}
    return {k: func() for k in obj}


def map_keys_func(
    obj: dict[Any, Any], func: Callable[..., Any], argcount: int = 3, collection: Any = None
) -> dict[Any, Any]:
    """``{func(v, k, collection): v}`` (cut to ``argcount``)."""
    obj = _check_pairs(obj, "map_keys_func")
    nargs = int(argcount)
    if nargs == 1:
        return {func(v): v for v in obj.values()}
    if nargs == 2:
        return {func(v, k): v for k, v in obj.items()}
    if nargs >= 3:
        return {func(v, k, collection): v for k, v in obj.items()}
    return {func(): v for v in obj.values()}


def invert_items(obj: dict[Any, Any]) -> dict[Any, Any]:
    """``{v: k for k, v in obj.items()}``."""
    obj = _check_pairs(obj, "invert_items")
    return {v: k for k, v in obj.items()}
