# pyright: strict
"""Static types of funcutils.functions, checked by ``mypy --strict funcutils tests``.

Each ``assert_type`` is a mypy assertion (and a no-op at runtime, where these
tests also run). ``test_expected_type_errors`` runs mypy on
``tests/typing_fail/functions_fail.py`` and checks that each line marked
``# E: <code>`` (and only those) is an error, and that each
``reveal_type`` line marked ``# R: <type>`` reveals exactly that type.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sized
from typing import Any, Callable, Optional

import pytest
from typing_extensions import assert_type

from funcutils import (
    after,
    ary,
    before,
    curry,
    curry_right,
    debounce,
    flip,
    flow,
    flow_right,
    negate,
    once,
    over_args,
    partial,
    partial_right,
    throttle,
    unary,
)
from funcutils.functions import Debounced, Throttled

pytestmark = pytest.mark.single_impl


def f1(a: int) -> str:
    return str(a)


def f2(a: int, b: str) -> bytes:
    return f"{a}{b}".encode()


def f3(a: int, b: str, c: float) -> bytes:
    return f"{a}{b}{c}".encode()


def f2_default(a: int, b: str = "") -> bytes:
    return f"{a}{b}".encode()


def f8(a: int, b: str, c: float, d: bytes, e: int, f: str, g: float, h: bool) -> list[str]:
    return [str(x) for x in (a, b, c, d, e, f, g, h)]


def test_curry_keeps_parameter_types() -> None:
    c = curry(f3)
    assert_type(c(1)("x")(2.0), bytes)
    assert_type(c(1, "x")(2.0), bytes)
    assert_type(c(1)("x", 2.0), bytes)
    assert_type(c(1, "x", 2.0), bytes)
    assert_type(curry(f1)(1), str)
    assert_type(curry(f2)(1)("x"), bytes)
    assert c(1)("x")(2.0) == b"1x2.0"


def test_curry_eight_parameters() -> None:
    c = curry(f8)
    out = c(1)("b")(3.0)(b"d")(5)("f")(7.0)(True)
    assert_type(out, list[str])
    assert_type(c(1, "b", 3.0, b"d")(5, "f")(7.0, True), list[str])
    assert len(out) == 8


def test_curry_right_keeps_parameter_types() -> None:
    c = curry_right(f3)
    assert_type(c(2.0)("x")(1), bytes)
    assert_type(c("x", 2.0)(1), bytes)
    assert_type(c(1, "x", 2.0), bytes)
    assert c(2.0)("x")(1) == b"1x2.0"


def test_curry_fallback_is_untyped_but_allowed() -> None:
    def fk(a: int, *, k: str) -> str:
        return f"{a}{k}"

    assert curry(fk)(1)(k="x") == "1x"
    assert curry(max, 2)(1)(5) == 5


def test_flow_chains() -> None:
    chain = flow(int, str, len, float, str, len)
    assert_type(chain("55"), int)
    assert_type(flow(f3, len)(1, "x", 2.0), int)
    assert_type(flow_right(len, str, f3)(1, "x", 2.0), int)
    assert_type(flow()(5), int)
    assert chain("55") == 3


def test_wrappers_keep_types() -> None:
    # Exact signatures (parameter names included) are checked by the reveal_type
    # lines of typing_fail/functions_fail.py; here, the call results.
    assert_type(partial(f3, 1)("x", 2.0), bytes)
    assert_type(partial(f3, 1, "x")(2.0), bytes)
    assert_type(flip(f2)("x", 1), bytes)
    assert_type(negate(f3)(1, "x", 2.0), bool)
    assert_type(once(f3)(1, "x", 2.0), bytes)
    assert_type(ary(f3, 2), Callable[..., bytes])
    assert_type(unary(f2_default)(1), bytes)
    assert_type(after(f3, 2)(1, "x", 2.0), Optional[bytes])
    assert_type(before(f3, 2)(1, "x", 2.0), Optional[bytes])
    assert_type(debounce(f3, 10)(1, "x", 2.0), Optional[bytes])
    assert_type(debounce(f3, 10).flush(), Optional[bytes])
    assert_type(throttle(f3, 10)(1, "x", 2.0), Optional[bytes])
    assert_type(throttle(f3, 10).flush(), Optional[bytes])
    assert isinstance(debounce(f3, 10), Debounced)
    assert isinstance(throttle(f3, 10), Throttled)
    assert flip(f2)("x", 1) == b"1x"


FAIL_FILE = os.path.join(os.path.dirname(__file__), "typing_fail", "functions_fail.py")


def test_expected_type_errors(tmp_path: Any) -> None:
    api = pytest.importorskip("mypy.api")
    with open(FAIL_FILE) as handle:
        lines = handle.read().splitlines()
    # The file opts out of the tree-wide mypy run with its first line; check it here.
    assert lines[0] == "# mypy: ignore-errors"
    target = tmp_path / "functions_fail.py"
    target.write_text("\n".join(["#", *lines[1:]]) + "\n")
    limit = sys.getrecursionlimit()  # mypy raises it for its own run and leaves it
    try:
        stdout, stderr, _ = api.run(
            ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(target)]
        )
    finally:
        sys.setrecursionlimit(limit)
    assert "functions_fail.py" in stdout, (stdout, stderr)
    found: dict[int, set[str]] = {}
    revealed: dict[int, str] = {}
    for out in stdout.splitlines():
        error = re.match(r".*functions_fail\.py:(\d+): error: .*\[([a-z-]+)\]$", out)
        if error:
            found.setdefault(int(error.group(1)), set()).add(error.group(2))
        note = re.match(r'.*functions_fail\.py:(\d+): note: Revealed type is "(.*)"$', out)
        if note:
            revealed[int(note.group(1))] = note.group(2)
    expected: dict[int, str] = {}
    reveals: dict[int, str] = {}
    for number, line in enumerate(lines, 1):
        marker = re.search(r"# E: ([a-z-]+)", line)
        if marker:
            expected[number] = marker.group(1)
        marker = re.search(r"# R: (.*)$", line)
        if marker:
            reveals[number] = marker.group(1).strip()
    assert expected and reveals
    for number, code in expected.items():
        assert code in found.get(number, set()), (number, lines[number - 1], stdout)
    unexpected = {n: c for n, c in found.items() if n not in expected}
    assert not unexpected, stdout
    for number, text in reveals.items():
        assert revealed.get(number) == text, (number, revealed.get(number), text)


def test_partial_right_and_over_args_keep_parameters() -> None:
    def label(a: int, b: str, c: float) -> str:
        return f"{a}{b}{c}"

    def pair(a: int, b: str) -> str:
        return f"{a}{b}"

    assert_type(partial_right(label, 1.5), Callable[[int, str], str])
    assert_type(partial_right(pair, "x"), Callable[[int], str])
    assert_type(partial_right(label, "b", 2.0), Callable[[int], str])
    assert partial_right(label, "b", 2.0)(1) == "1b2.0"
    def show(x: object) -> str:
        return repr(x)

    assert_type(over_args(pair, len, show), Callable[[Sized, object], str])
    assert over_args(pair, len, show)("abc", 5) == "35"
