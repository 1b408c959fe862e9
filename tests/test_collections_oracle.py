"""Generated inputs: the collection and object helpers give pydash 8.1.0's answers.

Rows are small dicts (nested dicts and lists of small leaves), as a list or a
dict of rows; iteratees are the shorthands (key, path, index, ``[key, value]``,
``(key, value)``, partial-match dict, ``None``). Paths exclude the documented
differences (items of a list path containing ``.``/``[``, empty list paths,
escaped backslashes, negative indexes on the way of ``set_``, ``set_`` on
``None`` or through a ``None`` value). Cases where
pydash raises are skipped: they are the subject of ``test_pydash_compat``.
"""

from __future__ import annotations

import copy
from typing import Any

import pydash
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import funcutils

leaf = st.one_of(st.integers(-2, 3), st.sampled_from(["a", "b", ""]), st.none(), st.booleans())
row = st.dictionaries(
    st.sampled_from(["a", "b", "c"]),
    st.one_of(leaf, st.dictionaries(st.sampled_from(["a", "b"]), leaf, max_size=2),
              st.lists(leaf, max_size=2)),
    max_size=3,
)
rows = st.one_of(st.lists(row, max_size=6),
                 st.dictionaries(st.sampled_from(["x", "y", "z"]), row, max_size=3))
shorthand = st.one_of(
    st.sampled_from(["a", "b", "a.b", "a[0]", "c.a", "zz", 0, ["a", "b"], ("a", 1), ["a", 1]]),
    st.dictionaries(st.sampled_from(["a", "b"]), leaf, max_size=2),
    st.just(None),
)
WITH_ITERATEE = ["count_by", "every", "filter_", "find", "find_last", "flat_map",
                 "flat_map_deep", "group_by", "key_by", "map_", "partition", "reject", "some",
                 "sort_by"]

tree = st.recursive(
    st.one_of(st.integers(-2, 3), st.sampled_from(["a", ""]), st.none()),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.sampled_from(["a", "b", "0", "1"]), children, max_size=3),
    ),
    max_leaves=8,
)
path = st.one_of(
    st.text(alphabet="ab01.[]-", max_size=8),
    st.lists(st.one_of(st.sampled_from(["a", "b", "0", "1"]), st.integers(0, 2)),
             min_size=1, max_size=3),
    st.integers(-2, 2),
)


def same(name: str, *args: Any) -> None:
    try:
        expected = getattr(pydash, name)(*copy.deepcopy(args))
    except Exception:  # noqa: BLE001 (pydash raising is tested elsewhere)
        return
    assert getattr(funcutils, name)(*copy.deepcopy(args)) == expected, (name, args)


@settings(max_examples=300)
@given(st.sampled_from(WITH_ITERATEE), rows, shorthand)
def test_iteratee_helpers(name: str, collection: Any, iteratee: Any) -> None:
    same(name, collection, iteratee)


def _through_none(obj: Any, key: Any) -> bool:
    """Whether a set_ path goes through a ``None`` value (a documented difference:
    funcutils replaces it with a container, pydash silently drops the write)."""
    keys = funcutils.to_path(key)
    return any(
        funcutils.has(obj, keys[:i]) and funcutils.get(obj, keys[:i]) is None
        for i in range(1, len(keys))
    )


@settings(max_examples=300)
@given(st.sampled_from(["get", "has", "set_", "unset", "at"]), tree, path)
def test_path_helpers(name: str, obj: Any, key: Any) -> None:
    if name == "set_":
        if obj is not None and not _through_none(obj, key):
            same(name, obj, key, 9)
    else:
        same(name, obj, key)


@pytest.mark.parametrize("name", ["pluck", "includes", "size"])
@given(rows, path)
@settings(max_examples=100)
def test_other_helpers(name: str, collection: Any, key: Any) -> None:
    if name == "pluck":
        same(name, list(collection.values()) if isinstance(collection, dict) else collection, key)
    elif name == "includes":
        same(name, collection, key)
    else:
        same(name, collection)


_ORDER_VALUES = {
    "str": st.sampled_from(["a", "b", "c"]),
    "int": st.integers(0, 3),
    "mixed": st.sampled_from([1, "a", 2]),
    "none": st.sampled_from([None, 1, 2]),
}


@st.composite
def _order_rows(draw: Any) -> list[dict[str, Any]]:
    kind = draw(st.sampled_from(sorted(_ORDER_VALUES)))
    rows = []
    for j in range(draw(st.integers(0, 8))):
        row = {"k": draw(_ORDER_VALUES[kind]), "id": draw(st.integers(0, 3)), "j": j}
        if draw(st.integers(0, 9)) == 0:
            del row["k"]  # a missing key: get_keys' None, the cmp path
        rows.append(row)
    return rows


@given(_order_rows(), st.sampled_from([["k", "-id"], ["-k"], ["id", "k"], "k", ["k", "id"]]),
       st.sampled_from([None, [True, False], [False], True, False]), st.booleans())
def test_order_by_key_passes_match_pydash(
    rows: list[dict[str, Any]], keys: Any, orders: Any, reverse: bool
) -> None:
    """Dicts on plain keys (sorted one stable pass per key) and the cmp path both order as pydash."""
    def run(lib: Any) -> Any:
        try:
            return lib.order_by(copy.deepcopy(rows), keys, orders, reverse)
        except Exception as exc:  # noqa: BLE001 - the outcome is compared
            return type(exc)

    assert run(funcutils) == run(pydash)


_WALKED = st.one_of(st.lists(st.integers(-3, 3), max_size=6),
                    st.dictionaries(st.sampled_from("abcde"), st.integers(-3, 3), max_size=5))


@given(_WALKED, st.integers(0, 3), st.sampled_from(["for_each", "for_each_right", "reduce_", "reduce_right",
                                                    "for_in", "for_in_right", "transform", "find_key",
                                                    "find_last_key"]))
def test_callback_walks_match_pydash(collection: Any, nargs: int, name: str) -> None:
    """Each arity (the one-argument fast paths, reduce's functools.reduce) calls as pydash calls."""
    def run(lib: Any) -> Any:
        seen: list[Any] = []

        def note(*args: Any) -> Any:
            seen.append(args[1:] if name == "transform" else args[:2])
            value = args[1] if name in ("reduce_", "reduce_right", "transform") and len(args) > 1 else (
                args[0] if args else 0)
            if name.startswith("reduce"):
                return (args[0] if args else 0, value)
            return value if name.startswith("find") else value != 2  # False stops a walk at a 2

        func = [lambda: note(), lambda a: note(a), lambda a, b: note(a, b), lambda a, b, c: note(a, b, c)][nargs]
        try:
            if name.startswith("reduce"):
                result = getattr(lib, name)(copy.deepcopy(collection), func, 0)
            elif name == "transform":
                result = getattr(lib, name)(copy.deepcopy(collection), func, [])
            else:
                result = getattr(lib, name)(copy.deepcopy(collection), func)
        except Exception as exc:  # noqa: BLE001 - the outcome is compared
            result = type(exc)
        return result, seen

    assert run(funcutils) == run(pydash)
