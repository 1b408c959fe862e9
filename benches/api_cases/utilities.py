"""Per-call cases of the utilities (see ``api_cases/__init__.py``)."""

from __future__ import annotations

from typing import Any

from api_cases import Case, call, case, make_then

#: Generators are compared as lists in tests/test_utilities.py.
_GEN = "a generator (compared as lists in tests/test_utilities.py)"
ROWS = [{"a": {"b": i}, "c": i % 3} for i in range(10_000)]


def _add(a: int, b: int = 1) -> int:
    return a + b


def _gt0(x: int) -> bool:
    return x > 0


def _neg(x: int) -> int:
    return -x


def _boom() -> int:
    raise ValueError("boom")


class _Greeter:
    def hello(self, name: str = "x") -> str:
        return "hi " + name


GREETER = _Greeter()

NESTED = {"a": {"b": 1}, "c": [1, 2]}

CASES: dict[str, Case] = {
    "attempt": case(call(_add, 1), call(int, "5"), call(_boom), large=None,
                    no_compare="an exception object is returned: instances differ"),
    "cond": case(call([(_gt0, _neg), (bool, str)]), large=None),
    "conforms": case(call({"a": _gt0}), call([_gt0]), large=None),
    "conforms_to": case(call({"a": 1}, {"a": _gt0}), call({}, {"a": _gt0}),
                        call([1, -1], [_gt0, _gt0]), large=None),
    "constant": case(call(5), call(None), large=None),
    "default_to": case(call(None, 1), call(0, 1), call("a", 1), large=None),
    "default_to_any": case(call(None, None, 3), call(None), call(1, 2), large=None),
    "identity": case(call(1), call(), call(1, 2, 3), large=None),
    # Getter factories: made and used once (a getter is made to be called).
    "iteratee": case(make_then(("a.b",), (NESTED,)), make_then(({"a": 1},), (NESTED,)),
                     make_then((None,), (5,)), large=None),
    "matches": case(make_then(({"a": 1},), (NESTED,)), make_then(({"a": {"b": [1]}},), (NESTED,)),
                    large=None),
    "matches_property": case(make_then(("a", 1), (NESTED,)),
                             make_then(("a.b", {"c": 1}), (NESTED,)), large=None),
    "memoize": case(call(_add), call(_add, _neg), large=None),
    "method": case(call("hello"), call("hello", "y"), large=None),
    "method_of": case(call(GREETER), call(GREETER, "z"), large=None),
    "noop": case(call(), call(1, 2, a=3), large=None),
    "nth_arg": case(call(), call(1), call(-1), call("2"), large=None),
    "now": case(call(), large=None, no_compare="time"),
    "over": case(call([max, min]), call([]), large=None),
    "over_every": case(call([bool, _gt0]), large=None),
    "over_some": case(call([bool, _gt0]), large=None),
    "properties": case(make_then(("a", "a.b"), (NESTED,)), make_then((), (NESTED,)), large=None),
    "property_": case(make_then(("a.b",), (NESTED,)), make_then((["a.b"],), (NESTED,)),
                      make_then((0,), ([1, 2],)), large=None),
    "property_of": case(call({"a": 1}), large=None),
    "random": case(call(), call(1, 10), call(1.5, 3), call(0, 1, True), large=None,
                   no_compare="random numbers"),
    "range_": case(call(10), call(1, 10, 3), call(-5), call(1, 4, 0),
                   large=call(0, 10_000), no_compare=_GEN),
    "range_right": case(call(10), call(1, 10, 3), call(-5), large=call(0, 10_000),
                        no_compare=_GEN),
    "result": case(call({"a": 1}, "a"), call({"a": _neg}, "b", 0), call(None, "a"),
                   call(GREETER, "hello"), large=None),
    "retry": case(call(), call(attempts=5, delay=0, jitter=(0, 1)), large=None),
    "stub_dict": case(call(), large=None),
    "stub_false": case(call(), large=None),
    "stub_list": case(call(), large=None),
    "stub_string": case(call(), large=None),
    "stub_true": case(call(), large=None),
    "times": case(call(5), call(5, _neg), call(3, lambda: 1), large=call(10_000, _neg)),
    "to_path": case(call("a.b[0].c"), call("a"), call(["a", 0]), large=None),
    "unique_id": case(call(), call("id_"), large=None, no_compare="a process-wide counter"),
}

_: Any = ROWS
