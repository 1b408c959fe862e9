"""Which implementation runs: the selector, the env vars and the guard test."""

from __future__ import annotations

import os
import subprocess
import sys
import types

import pytest

import funcutils
from funcutils import _compat, _speedups, _speedups_py
from funcutils._compat import NO_EXTENSIONS, REQUIRE_EXTENSIONS

pytestmark = pytest.mark.single_impl


def test_implementation_is_recorded() -> None:
    assert funcutils.IMPLEMENTATION in ("cython", "python")
    assert funcutils.IMPLEMENTATION == _speedups.IMPLEMENTATION


@pytest.mark.skipif(not REQUIRE_EXTENSIONS, reason="FUNCUTILS_REQUIRE_EXTENSIONS is not set")
def test_guard_compiled_code_is_used() -> None:
    """Under REQUIRE, the selector picked the compiled module, really compiled."""
    compiled = sys.modules["funcutils._speedups_c"]
    assert _speedups.IMPLEMENTATION == "cython"
    assert compiled.__file__ is not None
    assert compiled.__file__.endswith((".so", ".pyd")), compiled.__file__
    for name in _speedups_py.__all__:
        kernel = getattr(_speedups, name)
        assert kernel is getattr(compiled, name)
        assert not isinstance(kernel, types.FunctionType), f"{name} is pure Python"
        assert type(kernel).__name__ == "cython_function_or_method"


@pytest.mark.skipif(not NO_EXTENSIONS, reason="FUNCUTILS_NO_EXTENSIONS is not set")
def test_guard_pure_python_is_used() -> None:
    assert _speedups.IMPLEMENTATION == "python"
    for name in _speedups_py.__all__:
        assert getattr(_speedups, name) is getattr(_speedups_py, name)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", True), ("yes", True), ("TRUE", True), ("", False), ("0", False),
     ("false", False), ("No", False), (" off ", False)],
)
def test_env_flag_values(monkeypatch: pytest.MonkeyPatch, value: str, expected: bool) -> None:
    monkeypatch.setenv("FUNCUTILS_TEST_FLAG", value)
    assert _compat.env_flag("FUNCUTILS_TEST_FLAG") is expected


def _run_selector(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FUNCUTILS_")}
    clean.update(env)
    code = "import funcutils._speedups as s; print(s.IMPLEMENTATION)"
    return subprocess.run(
        [sys.executable, "-c", code], env=clean, capture_output=True, text=True, check=False
    )


def test_no_extensions_forces_python() -> None:
    result = _run_selector(FUNCUTILS_NO_EXTENSIONS="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "python"


def test_no_extensions_wins_over_require() -> None:
    result = _run_selector(FUNCUTILS_NO_EXTENSIONS="1", FUNCUTILS_REQUIRE_EXTENSIONS="1")
    assert result.stdout.strip() == "python", result.stderr


def test_require_without_extension_raises(tmp_path: "os.PathLike[str]") -> None:
    """A missing extension under REQUIRE is an ImportError, not a silent fallback."""
    blocker = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'funcutils._speedups_c':\n"
        "            raise ImportError('blocked for the test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import funcutils._speedups\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FUNCUTILS_")}
    clean["FUNCUTILS_REQUIRE_EXTENSIONS"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", blocker], env=clean, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "ImportError" in result.stderr
    clean.pop("FUNCUTILS_REQUIRE_EXTENSIONS")
    fallback = subprocess.run(
        [sys.executable, "-c", blocker + "print(funcutils._speedups.IMPLEMENTATION)"],
        env=clean, capture_output=True, text=True, check=False,
    )
    assert fallback.stdout.strip() == "python", fallback.stderr
