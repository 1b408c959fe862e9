# mypy: ignore-errors
# Checked by tests/test_functions_typing.py, line by line: each line marked with an
# expected error code must be that mypy error, each marked reveal_type must reveal the
# type written after its marker, and nothing else may be an error.
"""Calls that must be mypy errors, and exact signatures of the wrappers."""

from __future__ import annotations

from funcutils import (
    after, before, curry, curry_right, flip, flow, flow_right, negate, once, partial, unary,
)


def f3(a: int, b: str, c: float) -> bytes:
    return b""


def f2(a: int, b: str) -> bytes:
    return b""


def needs_int(x: int) -> int:
    return x


curry(f3)("wrong")  # E: call-overload
curry(f3)(1)(2)  # E: call-overload
curry(f3)(1, "x")("y")  # E: arg-type
curry(f3)(1, "x", 2.0, 4)  # E: call-overload
curry_right(f3)("x")  # E: call-overload
x: str = curry(f3)(1, "x", 2.0)  # E: assignment
flow(f3, needs_int)  # E: arg-type
flow_right(needs_int, f3)  # E: arg-type
flip(f2)(1, "x")  # E: arg-type
negate(f3)("x", "y", 1.0)  # E: arg-type
once(f3)(1)  # E: call-arg
unary(f2)("x")  # E: arg-type
partial(f3, 1)(2, 2.0)  # E: arg-type

reveal_type(curry(f3))  # R: funcutils._curry_types.Curry3[int, str, float, bytes]
reveal_type(curry(f3)(1))  # R: funcutils._curry_types.Curry2[str, float, bytes]
reveal_type(curry_right(f3)(2.0))  # R: funcutils._curry_types.CurryRight2[int, str, bytes]
reveal_type(partial(f3, 1))  # R: def (b: str, c: float) -> bytes
reveal_type(flip(f2))  # R: def (str, int) -> bytes
reveal_type(negate(f3))  # R: def (a: int, b: str, c: float) -> bool
reveal_type(once(f3))  # R: def (a: int, b: str, c: float) -> bytes
reveal_type(unary(f3))  # R: def (int) -> bytes
reveal_type(after(f3, 1))  # R: def (a: int, b: str, c: float) -> bytes | None
reveal_type(before(f3, 1))  # R: def (a: int, b: str, c: float) -> bytes | None
reveal_type(flow(f3, len))  # R: def (a: int, b: str, c: float) -> int
