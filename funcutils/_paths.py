"""The one path parser and resolver shared by every function that takes a path.

Path language (see ``docs/paths.rst``):

* a ``str`` without ``.`` or ``[`` is one key, taken as is: ``"name"``;
* otherwise the string is split on ``.``; ``[<int>]`` (optionally negative)
  is an integer index key: ``"a.b[0].c"`` -> ``("a", "b", 0, "c")``; any
  other ``[`` is an ordinary character; ``\\.`` is a literal dot and ``\\\\``
  a literal backslash; an empty segment is an empty-string key
  (``"a..b"`` -> ``("a", "", "b")``);
* a ``list`` is a sequence of literal keys: ``["a.b", 0]``;
* anything else (an ``int``, a ``tuple``, ``None`` ...) is one literal key.

Parsing is a single left-to-right scan (linear time, no regular expression
backtracking, no recursion) and the result of every ``str`` parse is kept in
a bounded cache.

Safety rule: resolving a key by *attribute* access never reaches a name that
starts with ``"__"`` (``__class__``, ``__globals__``, ``__dict__`` ...): such a
lookup counts as missing, and :func:`set_keys` refuses it with ``KeyError``.
Mapping keys with such names are ordinary data.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Final, Optional

from ._helpers import UNSET

__all__ = [
    "MISSING",
    "RESTRICTED_PREFIX",
    "get_keys",
    "has_keys",
    "is_restricted",
    "parse_path",
    "resolve_key",
    "set_keys",
    "to_keys",
    "unset_keys",
]

#: Attribute names starting with this are never read or written through a path.
RESTRICTED_PREFIX: Final = "__"

#: Returned by :func:`resolve_key` when the key is missing.
MISSING: Final = UNSET

Keys = tuple[Hashable, ...]

_CACHE_SIZE: Final = 4096
_DIGITS: Final = frozenset("0123456789")


def is_restricted(key: Any) -> bool:
    """Whether ``key`` names an attribute that paths may not reach."""
    return isinstance(key, str) and key.startswith(RESTRICTED_PREFIX)


def _bracket_index(text: str, start: int) -> tuple[int, int]:
    """If ``text[start]`` opens ``[-?digits]``, return (value, end), else (0, -1).

    A bracket whose digits are too many for ``int()`` (Python's
    ``sys.set_int_max_str_digits`` limit) is not an index: it stays literal text.
    """
    n = len(text)
    i = start + 1
    if i < n and text[i] == "-":
        i += 1
    j = i
    while j < n and text[j] in _DIGITS:
        j += 1
    if j == i or j >= n or text[j] != "]":
        return 0, -1
    try:
        return int(text[start + 1 : j]), j + 1
    except ValueError:  # more digits than int() converts (sys.set_int_max_str_digits)
        return 0, -1


@lru_cache(maxsize=_CACHE_SIZE)
def _parse_str(text: str) -> tuple[Keys, tuple[bool, ...]]:
    keys: list[Hashable] = []
    index_flags: list[bool] = []
    buf: list[str] = []
    n = len(text)
    i = 0
    # after_index: the previous token was a bracket index, so a following "."
    # only separates (it does not end an empty key).
    after_index = False
    pending = True  # a (possibly empty) str key is being accumulated
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in ".\\":
            buf.append(text[i + 1])
            pending = True
            i += 2
        elif c == ".":
            if buf or not after_index:
                keys.append("".join(buf))
                index_flags.append(False)
            buf.clear()
            after_index = False
            pending = True
            i += 1
        elif c == "[":
            value, end = _bracket_index(text, i)
            if end < 0:
                buf.append(c)
                pending = True
                i += 1
                continue
            if buf:
                keys.append("".join(buf))
                index_flags.append(False)
                buf.clear()
            keys.append(value)
            index_flags.append(True)
            after_index = True
            pending = False
            i = end
        else:
            buf.append(c)
            pending = True
            i += 1
    if buf or (pending and not after_index):
        keys.append("".join(buf))
        index_flags.append(False)
    return tuple(keys), tuple(index_flags)


def parse_path(path: Any) -> tuple[Keys, tuple[bool, ...]]:
    """Parse ``path`` into ``(keys, index_flags)``.

    ``index_flags[i]`` is true when key ``i`` came from a ``[n]`` bracket, or is an
    ``int`` in a list path (so
    :func:`set_keys` creates a list for it). Never raises.
    """
    if type(path) is str or isinstance(path, str):
        text = str(path)
        if "." not in text and "[" not in text:
            return (text,), (False,)
        return _parse_str(text)
    if isinstance(path, list):
        keys = tuple(path)
        # An int key of a list path is an index, as ``[n]`` is in a string path.
        return keys, tuple(type(key) is int for key in keys)
    return (path,), (False,)


def to_keys(path: Any) -> Keys:
    """The keys of ``path`` as a tuple (see the module doc for the language).

    >>> to_keys("a.b[0].c")
    ('a', 'b', 0, 'c')
    >>> to_keys(r"a\\.b.c")
    ('a.b', 'c')
    >>> to_keys(["a.b", 0])
    ('a.b', 0)
    """
    return parse_path(path)[0]


def _int_fallback(key: Any) -> Any:
    """``int(key)`` for a str of (optionally signed) digits or an integral
    float (``1.0``), else MISSING. A fractional float is no index: pydash
    truncates it (``1.5`` reads index 1), a silent wrong answer."""
    if isinstance(key, str) and key:
        body = key[1:] if key[0] == "-" else key
        if body and body.isdigit() and body.isascii():
            try:
                return int(key)
            except ValueError:  # more digits than int() converts
                return MISSING
    elif type(key) is float and key.is_integer():
        return int(key)
    return MISSING


def resolve_key(obj: Any, key: Any) -> Any:
    """Resolve one key on ``obj``, or return :data:`MISSING`.

    Order: a dict/mapping key, then the ``int`` form of a digit string; for a
    sequence, an index (again with the ``int`` fallback); for any other object
    (namedtuples included), item access, then attribute access, which never
    reaches names starting with ``"__"``. Never raises.
    """
    if isinstance(obj, dict):
        try:
            value = obj.get(key, MISSING)
        except TypeError:  # unhashable key
            return MISSING
        if value is MISSING:
            alt = _int_fallback(key)
            if alt is not MISSING:
                value = obj.get(alt, MISSING)
        return value
    is_item_container = isinstance(obj, (Mapping, Sequence)) and not (
        isinstance(obj, tuple) and hasattr(type(obj), "_fields")
    )
    try:
        return obj[key]
    except Exception:
        pass
    alt = _int_fallback(key)
    if alt is not MISSING:
        try:
            return obj[alt]
        except Exception:
            pass
    if is_item_container or not isinstance(key, str) or key.startswith(RESTRICTED_PREFIX):
        return MISSING
    try:
        return getattr(obj, key)
    except Exception:
        return MISSING


def get_keys(obj: Any, keys: Keys, default: Any = None) -> Any:
    """The value at ``keys`` in ``obj``, or ``default`` when any key is missing."""
    for key in keys:
        obj = resolve_key(obj, key)
        if obj is MISSING:
            return default
    return obj


def has_keys(obj: Any, keys: Keys) -> bool:
    """Whether every key of ``keys`` resolves (a ``None`` value counts)."""
    if not keys:
        return False
    for key in keys:
        obj = resolve_key(obj, key)
        if obj is MISSING:
            return False
    return True


def _restricted_error(key: str) -> KeyError:
    return KeyError(
        f"refusing to set the attribute {key!r}: attribute names starting with "
        f"{RESTRICTED_PREFIX!r} cannot be reached through a path"
    )


def _assign(obj: Any, key: Any, value: Any) -> None:
    if isinstance(obj, dict):
        obj[key] = value
    elif isinstance(obj, list):
        try:
            index = int(key)
        except ValueError:  # pydash's error for a non-numeric text key
            raise ValueError(f"list indices must be integers, not {key!r}") from None
        except TypeError:
            raise TypeError(f"list indices must be integers, not {key!r}") from None
        if index < len(obj):
            obj[index] = value
        else:
            obj.extend([None] * (index - len(obj)))
            obj.append(value)
    else:
        if not isinstance(key, str):
            raise TypeError(
                f"cannot set key {key!r} on {type(obj).__name__}: attribute names must be str"
            )
        if key.startswith(RESTRICTED_PREFIX):
            raise _restricted_error(key)
        setattr(obj, key, value)


def set_keys(
    obj: Any, keys: Keys, value: Any, index_flags: Optional[tuple[bool, ...]] = None
) -> Any:
    """Set ``value`` at ``keys`` in ``obj`` in place, creating missing containers.

    A missing container is a ``list`` when the next key came from a ``[n]``
    bracket (``index_flags``), else a ``dict``. Returns ``obj``.

    Raises:
        KeyError: an attribute name starting with ``"__"`` would be set.
        AttributeError / TypeError: a value on the way cannot hold the key.
    """
    if not keys:
        return obj
    if index_flags is None:
        index_flags = (False,) * len(keys)
    target = obj
    last = len(keys) - 1
    for pos in range(last):
        key = keys[pos]
        nxt = resolve_key(target, key)
        if nxt is MISSING or nxt is None:
            nxt = [] if index_flags[pos + 1] else {}
            _assign(target, key, nxt)
        target = nxt
    _assign(target, keys[last], value)
    return obj


def unset_keys(obj: Any, keys: Keys) -> bool:
    """Delete the value at ``keys`` in place; return whether something was removed."""
    if not keys:
        return False
    target = get_keys(obj, keys[:-1], MISSING) if len(keys) > 1 else obj
    if target is MISSING:
        return False
    key = keys[len(keys) - 1]
    try:
        del target[key]
        return True
    except Exception:
        pass
    alt = _int_fallback(key)
    if alt is not MISSING:
        try:
            del target[alt]
            return True
        except Exception:
            pass
    if (
        isinstance(key, str)
        and not key.startswith(RESTRICTED_PREFIX)
        and not isinstance(target, (Mapping, Sequence))
    ):
        try:
            delattr(target, key)
            return True
        except Exception:
            pass
    return False
