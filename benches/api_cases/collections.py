"""Per-call cases for :mod:`funcutils.collections` (see ``api_cases/__init__.py``)."""

from __future__ import annotations

import operator
from typing import Any

from api_cases import call, case

N = 10_000
INTS = list(range(N))
ROWS = [{"id": i, "kind": f"k{i % 50}", "a": {"b": i % 7}, "ok": i % 3 == 0} for i in range(N)]
FEW = [{"id": 1, "kind": "x", "a": {"b": 1}, "ok": True},
       {"id": 2, "kind": "y", "a": {"b": 2}, "ok": False},
       {"id": 3, "kind": "x", "a": {"b": 3}, "ok": True}]
NESTED = [[i, [i]] for i in range(N)]


def double(x: Any) -> Any:
    return x * 2


def add(a: Any, b: Any) -> Any:
    return a + b


def is_odd(x: int) -> bool:
    return x % 2 == 1


def pair(x: Any) -> list[Any]:
    return [x, x]


def nested_pair(x: Any) -> list[Any]:
    return [x, [x]]


CASES = {
    "at": case(call({"a": [1, 2], "b": 3}, "a[0]", "b"), call([1, 2, 3], 0, 2), call({}, "x"),
               large=call(ROWS, *range(0, N, 100))),
    "count_by": case(call([1, 2, 3, 4], is_odd), call(FEW, "kind"), call([]),
                     large=call(ROWS, "kind")),
    "every": case(call([1, 3, 5], is_odd), call([True, 1, "x"]), call([]),
                  large=call(INTS, operator.not_)),
    "filter_": case(call([1, 2, 3, 4], is_odd), call(FEW, {"kind": "x"}), call([]),
                    large=call(ROWS, "ok")),
    "find": case(call([1, 2, 3, 4], is_odd), call(FEW, {"kind": "y"}), call([]),
                 large=call(ROWS, {"id": N - 1})),
    "find_last": case(call([1, 2, 3, 4], is_odd), call(FEW, "ok"), call([]),
                      large=call(ROWS, {"id": 0})),
    "flat_map": case(call([1, 2, 3], pair), call([[1], [2]]), call([]),
                     large=call(INTS, pair)),
    "flat_map_deep": case(call([1, 2, 3], nested_pair), call([[1, [2]]]), call([]),
                          large=call(INTS, nested_pair)),
    "flat_map_depth": case(call([1, 2, 3], nested_pair, 1), call([[1, [2]]], None, 2),
                           call([]), large=call(INTS, nested_pair, 2)),
    "for_each": case(call([1, 2, 3], double), call({"a": 1}, double), call([]),
                     large=call(INTS, double)),
    "for_each_right": case(call([1, 2, 3], double), call({"a": 1}, double), call([], double),
                           large=call(INTS, double)),
    "group_by": case(call([1, 2, 3, 4], is_odd), call(FEW, "kind"), call([]),
                     large=call(ROWS, "kind")),
    "includes": case(call([1, 2, 3], 3), call({"a": 1}, 1), call("abc", "b"), call([], 1),
                     large=call(INTS, N - 1)),
    "invoke_map": case(call([[3, 1, 2], [2, 1]], "copy"), call(["a", "b"], "upper"),
                       call([], "upper"), large=call([str(i) for i in range(N)], "upper")),
    "key_by": case(call(FEW, "id"), call([1, 2, 3], double), call([]),
                   large=call(ROWS, "id")),
    "map_": case(call([1, 2, 3], double), call(FEW, "a.b"), call({"a": 1, "b": 2}, double),
                 call([]), large=call(ROWS, "id")),
    "nest": case(call(FEW, "kind"), call(FEW, "kind", "ok"), call([]),
                 large=call(ROWS, "kind", "ok")),
    "order_by": case(call(FEW, ["kind", "id"]), call(FEW, ["-id"]), call([], ["id"]),
                     large=call(ROWS, ["kind", "-id"])),
    "partition": case(call([1, 2, 3, 4], is_odd), call(FEW, "ok"), call([]),
                      large=call(ROWS, "ok")),
    "pluck": case(call(FEW, "id"), call(FEW, "a.b"), call([], "id"),
                  large=call(ROWS, "a.b")),
    "reduce_": case(call([1, 2, 3], add), call([1, 2, 3], add, 10),
                    call([], add, 0), large=call(INTS, add, 0)),
    "reduce_right": case(call([1, 2, 3], add), call([1, 2, 3], add, 10),
                         call([], add, 0), large=call(INTS, add, 0)),
    "reductions": case(call([1, 2, 3], add), call([1, 2, 3], add, 10),
                       call([], add, 0), large=call(INTS, add, 0)),
    "reductions_right": case(call([1, 2, 3], add),
                             call([1, 2, 3], add, 10), call([], add, 0),
                             large=call(INTS, add, 0)),
    "reject": case(call([1, 2, 3, 4], is_odd), call(FEW, {"kind": "x"}), call([]),
                   large=call(ROWS, "ok")),
    "sample": case(call([1, 2, 3]), call("abc"), large=call(INTS), no_compare="random"),
    "sample_size": case(call([1, 2, 3], 2), call([], 2), large=call(INTS, 100),
                        no_compare="random"),
    "shuffle": case(call([1, 2, 3]), call([]), large=call(INTS), no_compare="random"),
    "size": case(call([1, 2, 3]), call({"a": 1}), call("abc"), call([]),
                 large=call(INTS)),
    "some": case(call([2, 4, 5], is_odd), call([0, None, 1]), call([]),
                 large=call(INTS, operator.neg)),
    "sort_by": case(call([3, 1, 2]), call(FEW, "kind"), call(FEW, "id", True), call([]),
                    large=call(ROWS, "kind")),
}
