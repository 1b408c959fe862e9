"""Per-call cases for :mod:`funcutils.functions` (see ``api_cases/__init__.py``).

The functions here are factories: each case makes the wrapper and calls it
once (``make_then``), the way application code often uses them; ``large``
calls the product on 10,000 items where that means something.
"""

from __future__ import annotations

from typing import Any

from api_cases import call, case, make_then

N = 10_000
INTS = list(range(N))


def add3(a: int, b: int, c: int) -> int:
    return a + b + c


def add2(a: int, b: int) -> int:
    return a + b


def double(x: int) -> int:
    return x * 2


def is_pos(x: int) -> bool:
    return x > 0


def is_even(x: int) -> bool:
    return x % 2 == 0


def total(*args: int) -> int:
    return sum(args)


def first(*args: Any) -> Any:
    return args[0] if args else None


def tag(value: Any, text: str) -> str:
    return f"{value}:{text}"


CASES = {
    "after": case(make_then((double, 0), (3,)), make_then((double, 2), (3,))),
    "ary": case(make_then((total, 2), (1, 2, 3)), make_then((total, None), (1, 2))),
    "before": case(make_then((double, 3), (3,)), make_then((double, 0), (3,))),
    "conjoin": case(make_then((is_pos, is_even), ([2, 4],)), make_then((is_pos,), ([],)),
                    large=make_then((is_pos, is_even), (INTS,))),
    "curry": case(make_then((add3,), (1,)), make_then((add2,), (1,))),
    "curry_right": case(make_then((add3,), (1,)), make_then((add2,), (1,))),
    "debounce": case(call(double, 10), no_compare="a timer-backed object"),
    "delay": case(call(double, 0, 3), call(add2, 0, 1, 2)),
    "disjoin": case(make_then((is_pos, is_even), ([-1, 4],)), make_then((is_pos,), ([],)),
                    large=make_then((is_pos, is_even), ([-1] * N,))),
    "flip": case(make_then((tag,), ("a", 1))),
    "flow": case(make_then((add2, double), (1, 2)), make_then((double,), (3,))),
    "flow_right": case(make_then((double, add2), (1, 2)), make_then((double,), (3,))),
    "iterated": case(make_then((double,), (3, 2)), make_then((double,), (3, 0)),
                     large=make_then((double,), (1, 1000))),
    "juxtapose": case(make_then((double, is_pos), (3,)), make_then((double,), (0,))),
    "negate": case(make_then((is_pos,), (3,)), make_then((is_even,), (0,))),
    "once": case(make_then((double,), (3,))),
    "over_args": case(make_then((add2, double, double), (1, 2)),
                      make_then((add2, [double, double]), (1, 2))),
    "partial": case(make_then((add3, 1), (2, 3)), make_then((add2, 1, 2), ())),
    "partial_right": case(make_then((add3, 1), (2, 3)), make_then((tag, "x"), (1,))),
    "rearg": case(make_then((tag, 1, 0), ("a", "b")), make_then((tag,), ("a", "b"))),
    "spread": case(make_then((add3,), ([1, 2, 3],)), make_then((total,), ([],)),
                   large=make_then((total,), (INTS,))),
    "throttle": case(call(double, 10), no_compare="a timer-backed object"),
    "unary": case(make_then((first,), (1, 2, 3))),
    "wrap": case(make_then(("v", tag), ("t",))),
}
