"""Per-call cases for funcutils.predicates (see ``api_cases/__init__.py``)."""

from __future__ import annotations

import copy
import datetime
import operator
import random
import re
from decimal import Decimal
from typing import Any

from api_cases import Case, call, case

_rng = random.Random(20240614)
RECORDS: list[dict[str, Any]] = [
    {"id": i, "name": f"user{i}", "score": _rng.random(), "tags": ["a", str(i % 7)],
     "ok": i % 2 == 0}
    for i in range(10_000)
]
RECORDS_COPY = copy.deepcopy(RECORDS)
SORTED = list(range(10_000))
WIDE = {f"k{i}": i for i in range(10_000)}
WIDE_SOURCE = {f"k{i}": i for i in range(0, 10_000, 2)}
NAN = float("nan")


def _nocase(a: Any, b: Any) -> Any:
    return a.lower() == b.lower() if isinstance(a, str) and isinstance(b, str) else None


def _leaf_eq(a: Any, b: Any) -> bool:
    return bool(a == b)


def _types(*values: Any) -> list[Any]:
    return [call(v) for v in values]


TYPE_VALUES = (None, 1, "a", [], {}, 1.5, True)

CASES: dict[str, Case] = {
    "eq": case(call(1, 1), call(None, None), call([], [])),
    "eq_cmp": case(call(1), call(None)),
    "gt": case(call(2, 1), call(1.5, 2), call("b", "a")),
    "gt_cmp": case(call(2), call(0)),
    "gte": case(call(2, 2), call(1, 2)),
    "gte_cmp": case(call(2), call(0)),
    "lt": case(call(1, 2), call(2, 1)),
    "lt_cmp": case(call(2), call(0)),
    "lte": case(call(2, 2), call(3, 2)),
    "lte_cmp": case(call(2), call(0)),
    "in_range": case(call(3, 2, 4), call(4, 8), call(True, 2), call("a", 1), call(-3, -2, -6)),
    "in_range_cmp": case(call(1, 5), call(3)),
    "is_associative": case(*_types(*TYPE_VALUES)),
    "is_blank": case(call(""), call("  \n"), call(" a "), call(None), call(b" ")),
    "is_boolean": case(*_types(*TYPE_VALUES)),
    "is_builtin": case(call(len), call(list), call(1), call([]), call(_nocase)),
    "is_date": case(call(datetime.date(2020, 1, 1)), call("2020"), call(None)),
    "is_decreasing": case(call([3, 2, 2]), call([1, 2]), call([]), call(5),
                          large=call(SORTED[::-1])),
    "is_dict": case(*_types(*TYPE_VALUES)),
    "is_empty": case(*_types(*TYPE_VALUES, "", [0], {"a": 1})),
    "is_equal": case(call(1, 1.0), call([1, {"a": 2}], [1, {"a": 2}]), call([], ()),
                     call({"a": 1, "b": 2}, {"b": 2, "a": 1}), call(NAN, NAN), call(None, 0),
                     large=call(RECORDS, RECORDS_COPY)),
    "is_equal_cmp": case(call([1, 2]), call({"a": 1})),
    "is_equal_with": case(call([1, "A"], [1, "a"], _nocase), call({"a": 1}, {"a": 1}, None),
                          call([], [], _nocase),
                          large=call(RECORDS[:2000], RECORDS_COPY[:2000], _nocase)),
    "is_equal_with_cmp": case(call([1], _nocase)),
    "is_error": case(call(ValueError()), call(ValueError), call(None)),
    "is_even": case(call(2), call(3), call(True), call("2"), call(4.0)),
    "is_float": case(*_types(*TYPE_VALUES)),
    "is_function": case(call(len), call(_nocase), call(1), call(None)),
    "is_increasing": case(call([1, 2, 2]), call([2, 1]), call([]), call(None), large=call(SORTED)),
    "is_indexed": case(*_types(*TYPE_VALUES)),
    "is_instance_of": case(call(1, int), call("a", (int, float)), call(None, object)),
    "is_instance_of_cmp": case(call(int), call((int, str))),
    "is_integer": case(*_types(*TYPE_VALUES)),
    "is_iterable": case(*_types(*TYPE_VALUES)),
    "is_json": case(call('{"a": 1}'), call("{'a'}"), call(None), call("[]")),
    "is_list": case(*_types(*TYPE_VALUES)),
    "is_match": case(call({"a": 1, "b": 2}, {"a": 1}), call({"a": [1, 2]}, {"a": [1]}),
                     call({}, {}), call(None, {"a": 1}), call(1, 1),
                     large=call(WIDE, WIDE_SOURCE)),
    "is_match_cmp": case(call({"a": 1}), call([])),
    "is_match_with": case(call({"a": "X"}, {"a": "X"}, _leaf_eq), call({"a": 1}, {"a": 1}),
                          call({}, {}, _leaf_eq), large=call(WIDE, WIDE_SOURCE, _leaf_eq)),
    "is_match_with_cmp": case(call({"a": 1}, _leaf_eq), call({"a": 1})),
    "is_monotone": case(call([1, 2, 3], operator.lt), call([1, 1], operator.lt),
                        call(5, operator.le), large=call(SORTED, operator.le)),
    "is_monotone_cmp": case(call(operator.le), call(operator.gt)),
    "is_nan": case(*_types(*TYPE_VALUES, NAN)),
    "is_negative": case(call(-1), call(0), call(True), call("a"), call(-0.5)),
    "is_none": case(*_types(*TYPE_VALUES)),
    "is_number": case(*_types(*TYPE_VALUES, Decimal(1))),
    "is_object": case(*_types(*TYPE_VALUES)),
    "is_odd": case(call(3), call(2), call(True), call(None), call(1.5)),
    "is_positive": case(call(1), call(0), call(True), call("a"), call(0.5)),
    "is_reg_exp": case(call(re.compile("a")), call("a"), call(None)),
    "is_set": case(call(set()), call(frozenset()), call([]), call(None)),
    "is_strictly_decreasing": case(call([3, 2, 1]), call([2, 2]), call([]), large=call(SORTED[::-1])),
    "is_strictly_increasing": case(call([1, 2, 3]), call([1, 1]), call([]), large=call(SORTED)),
    "is_string": case(*_types(*TYPE_VALUES)),
    "is_tuple": case(*_types(*TYPE_VALUES)),
    "is_zero": case(call(0), call(0.0), call(False), call(1), call(None)),
}
