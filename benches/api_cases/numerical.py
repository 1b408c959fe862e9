"""Per-call cases of the numerical functions (see ``api_cases/__init__.py``)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from api_cases import Case, call, case

_rng = random.Random(14)
INTS = [_rng.randint(-1000, 1000) for _ in range(10_000)]
FLOATS = [_rng.uniform(-1000, 1000) for _ in range(10_000)]
ROWS = [{"n": v, "m": -v} for v in INTS]
DICT = {f"k{i}": v for i, v in enumerate(INTS)}
SMALL = [3, 1, 4, 1, 5, 9, 2, 6]
SMALL_F = [0.5, 1.25, 2.0, 3.75]
SMALL_ROWS = [{"n": 1}, {"n": 4}, {"n": 2}]
GRID = [INTS[i : i + 100] for i in range(0, 10_000, 100)]

CASES: dict[str, Case] = {
    "add": case(call(1, 2), call(1.5, True), call("a", "b"), large=None),
    "ceil": case(call(3.215, 1), call(4), call([1.1, 2.9]), call(None), large=call(FLOATS, 2)),
    "clamp": case(call(-10, -5, 5), call(10, 5), call(2.5, 1, 2), large=None),
    "divide": case(call(20, 5), call(None, 4), call("1.5", 3), large=None),
    "floor": case(call(3.789, 2), call(-1.5), call([0.5, 1.5]), large=call(FLOATS, 2)),
    "max_": case(call(SMALL), call({"a": 5, "b": 1}), call([], 0), large=call(INTS)),
    "max_by": case(call(SMALL_ROWS, "n"), call(["ccc", "a"], len), call([], "n", None),
                   large=call(ROWS, "n")),
    "mean": case(call(SMALL), call(SMALL_F), call({"a": 1, "b": 2}), call([]),
                 large=call(INTS)),
    "mean_by": case(call(SMALL_ROWS, "n"), call([], "n"), large=call(ROWS, "n")),
    "median": case(call(SMALL), call([3, 1, 2]), call([]), large=call(INTS)),
    "min_": case(call(SMALL), call({"a": 5, "b": 1}), call([], 0), large=call(INTS)),
    "min_by": case(call(SMALL_ROWS, "n"), call(["ccc", "a"], len), large=call(ROWS, "n")),
    "moving_mean": case(call(SMALL, 3), call([1, 2], 3), large=call(INTS, 10)),
    "multiply": case(call(4, 5), call(None, 0), call(True, 3), large=None),
    "power": case(call(5, 2), call([1, 2, 3], 2), call("2", 2), large=call(INTS, 2)),
    "round_": case(call(3.275, 2), call(2.5), call([1.25, 2.5]), call("ab"),
                   large=call(FLOATS, 2)),
    "scale": case(call(SMALL), call(SMALL_F, 8), large=call(FLOATS, 10)),
    "slope": case(call((1, 2), (4, 8)), call([2, 1], [2, 5]), large=None),
    "std_deviation": case(call(SMALL), call([]), call({"a": 1, "b": 3}), large=call(FLOATS)),
    "subtract": case(call(10, 5), call(None, 4), call("2.5", 0), large=None),
    "sum_": case(call(SMALL), call(SMALL_F), call({"a": 1.5, "b": 2}), call([]),
                 call([Decimal(1), Decimal(2)]), large=call(INTS)),
    "sum_by": case(call(SMALL_ROWS, "n"), call({"a": 1, "b": 2}, lambda v: v * 2),
                   large=call(ROWS, "n")),
    "transpose": case(call([[1, 2, 3], [4, 5, 6]]), call([[1], [2, 3]]), call([]),
                      large=call(GRID)),
    "variance": case(call(SMALL), call([]), call({"a": 1, "b": 3}), large=call(FLOATS)),
    "zscore": case(call(SMALL), call(SMALL_ROWS, "n"), call([]), large=call(FLOATS)),
}

_: Any = DICT
