"""Per-call cases of funcutils.objects for ``bench_api.py`` (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from api_cases import Case, call, case, fresh

SMALL: dict[str, Any] = {"a": 1, "b": {"c": [1, 2]}, "d": None, "e": "x"}
NESTED: dict[str, Any] = {"a": {"b": {"c": 1}}, "l": [1, {"m": 2}]}
BIG: dict[str, int] = {f"k{i}": i for i in range(10_000)}
BIG_KEYS = [f"k{i}" for i in range(0, 10_000, 2)]
BIG_NESTED: dict[str, Any] = {f"k{i}": {"x": i, "y": [i, {"z": i}]} for i in range(2_000)}
RECORDS = [{"id": i, "tags": ["a", "b"], "sub": {"v": i}} for i in range(2_000)]
STRS = [str(i) for i in range(10_000)]


class Obj:
    def __init__(self) -> None:
        self.a = 1
        self.f = len


def one(v: Any) -> Any:
    return v


def key2(v: Any, k: Any) -> Any:
    return k


def inc(v: int) -> int:
    return v + 1


def first(a: Any, b: Any) -> Any:
    return None


def leafy(v: Any, path: Any) -> Any:
    return v


def collect(acc: list[Any], v: Any) -> None:
    acc.append(v)


CASES: dict[str, Case] = {
    "apply": case(call(1, inc), call("a", str.upper)),
    "apply_catch": case(call("x", int, [ValueError]), call("1", int, [ValueError], 0)),
    "apply_if": case(call(1, inc, bool), call(0, inc, bool)),
    "apply_if_not_none": case(call(1, inc), call(None, inc)),
    "assign": case(fresh({"a": 1}, {"b": 2}), fresh({}, SMALL, {"z": 1}),
                   large=fresh({}, BIG)),
    "assign_with": case(fresh({"a": 1}, {"a": 2}, first), large=fresh({}, BIG, first)),
    "callables": case(call({"a": len, "b": 1}), call(None), large=call(BIG)),
    "clone": case(call(SMALL), call([1, 2]), call(None), large=call(BIG)),
    "clone_deep": case(call(SMALL), call(NESTED), call(None), call([]), large=call(RECORDS)),
    "clone_deep_with": case(call(SMALL, None), call(NESTED, first), large=call(RECORDS, first)),
    "clone_with": case(call(SMALL, None), call([1, 2], one), large=call(BIG, first)),
    "defaults": case(fresh({"a": 1}, {"a": 2, "b": 3}), large=fresh({}, BIG)),
    "defaults_deep": case(fresh({"a": {"b": 1}}, NESTED), fresh({}, {}), large=fresh({}, BIG_NESTED)),
    "find_key": case(call(SMALL), call({"a": 0}, one), call([], None), large=call(BIG, lambda v: v > 9_998)),
    "find_last_key": case(call(SMALL), call({"a": 0}, one), large=call(BIG, lambda v: v < 1)),
    "for_in": case(call(SMALL, one), call([1, 2], None), large=call(BIG, one)),
    "for_in_right": case(call(SMALL, one), call([1, 2], None), large=call(BIG, one)),
    "get": case(call(NESTED, "a.b.c"), call(NESTED, "l[1].m"), call(None, "a"), large=None),
    "has": case(call(NESTED, "a.b.c"), call(NESTED, "x.y"), call({}, "a"), large=None),
    "invert": case(call({"a": 1, "b": 2}), call([5, 6]), call({}), large=call(BIG)),
    "invert_by": case(call({"a": 1, "b": 1}), call({"a": 1}, inc), large=call(BIG)),
    "invoke": case(call({"a": "x"}, "a.upper"), call({"a": 1}, "a.nope"), large=None),
    "keys": case(call(SMALL), call("ab"), call(None), large=call(BIG)),
    "map_keys": case(call(SMALL, key2), call([1, 2]), call({}), large=call(BIG, key2)),
    "map_values": case(call(SMALL, one), call({"a": {"x": 1}}, "x"), call({}), large=call(BIG, inc)),
    "map_values_deep": case(fresh(NESTED, leafy), fresh(5, inc), fresh({}, None),
                            large=fresh(BIG_NESTED, leafy)),
    "merge": case(fresh({"a": {"b": 2}}, NESTED), fresh(None, {}), fresh({}, {"a": [1, 2]}),
                  large=fresh({}, BIG_NESTED)),
    "merge_with": case(fresh({"a": 1}, {"a": 2}, first), fresh({}, NESTED, first),
                       large=fresh({}, BIG_NESTED, first)),
    "omit": case(call(SMALL, "a"), call(SMALL, ["a", "b"]), call(NESTED, "a.b"), call({}, "x"),
                 large=call(BIG, BIG_KEYS)),
    "omit_by": case(call(SMALL, one), call(SMALL, ["a"]), call({}), large=call(BIG, lambda v: v % 2)),
    "parse_int": case(call("12"), call("0x1A"), call("x"), call(1.5, 8), large=None),
    "pick": case(call(SMALL, "a"), call(SMALL, ["a", "b"]), call(NESTED, "a.b"), call({}, "x"),
                 large=call(BIG, BIG_KEYS)),
    "pick_by": case(call(SMALL), call(SMALL, key2), call({}), large=call(BIG, lambda v: v % 2)),
    "rename_keys": case(call(SMALL, {"a": "z"}), call({}, {}), large=call(BIG, {"k1": "x"})),
    "set_": case(fresh({}, "a.b", 1), fresh({"a": [1]}, "a[0]", 2), large=None),
    "set_with": case(fresh({}, "a.b", 1), fresh({}, "[0][1]", 1, lambda *_: {}), large=None),
    "to_boolean": case(call("true"), call("0"), call(" x "), call(1), large=None),
    "to_dict": case(call(SMALL), call([1, 2]), call(None), large=call(BIG)),
    "to_integer": case(call("3.7"), call(2), call("x"), large=None),
    "to_list": case(call(SMALL), call("ab"), call(1), call([1]), large=call(BIG)),
    "to_number": case(call("1.25", 1), call("x"), call(5), large=None),
    "to_pairs": case(call(SMALL), call([1]), call(None), large=call(BIG)),
    "to_string": case(call(1), call(None), call("s"), large=None),
    "transform": case(call([1, 2], collect), call({}, None), large=call(STRS, collect)),
    "unset": case(fresh({"a": {"b": 1}}, "a.b"), fresh({}, "x"), large=None),
    "update": case(fresh({"a": 1}, "a", inc), fresh({}, "a.b", one), large=None),
    "update_with": case(fresh({}, "a.b", 1, {}), fresh({"a": 1}, "a", inc, None), large=None),
    "values": case(call(SMALL), call("ab"), call(None), large=call(BIG)),
}
