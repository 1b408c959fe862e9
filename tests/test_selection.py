"""Which implementation runs: the selector, the env vars and the guard test."""

from __future__ import annotations

import importlib.machinery
import inspect
import json
import os
import pickle
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

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


def _public_functions(module: types.ModuleType) -> list[Any]:
    """The public functions defined in the module (not re-exported; classes left out)."""
    found = [getattr(module, name) for name in module.__all__]
    return [obj for obj in found if callable(obj) and not isinstance(obj, type)
            and getattr(obj, "__module__", None) == module.__name__]


def test_the_compiled_modules_are_the_public_modules() -> None:
    """The build's list (_compat, read by setup.py) names every public module, in order."""
    assert _compat.COMPILED_MODULES == tuple(
        module.__name__.rpartition(".")[2] for module in funcutils.MODULES
    )


@pytest.mark.skipif(not (REQUIRE_EXTENSIONS and _compat.IS_CPYTHON),
                    reason="FUNCUTILS_REQUIRE_EXTENSIONS is not set (or not CPython)")
def test_guard_public_modules_are_compiled() -> None:
    """Under REQUIRE the public modules themselves are their compiled forms."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for name in _compat.COMPILED_MODULES:
        module = sys.modules[f"funcutils.{name}"]
        assert module.__file__ is not None and module.__file__.endswith(suffixes), module.__file__
        functions = _public_functions(module)
        assert functions, name
        for func in functions:
            assert not isinstance(func, types.FunctionType), f"{name}: {func!r} is pure Python"
            # what callers rely on is kept: docstring, signature, pickling by reference
            assert func.__doc__, func
            inspect.signature(func)
            assert pickle.loads(pickle.dumps(func)) is func


#: Each public function's parameters (name, kind, default) and how many
#: arguments it gets as an iteratee, as JSON: the same in both forms.
_SHAPES = """
import inspect, json, re
import funcutils
from funcutils import _iteratee
shapes = {}
for name in funcutils.__all__:
    func = getattr(funcutils, name)
    if callable(func) and not isinstance(func, type):
        params = [[p.name, p.kind.name, re.sub(r" at 0x[0-9a-f]+", "", repr(p.default))]
                  for p in inspect.signature(func).parameters.values()]
        shapes[name] = [params, _iteratee._positional_count(func, 3)]
print(json.dumps(shapes))
"""


def _shapes(cwd: Path, **env: str) -> Any:
    """:data:`_SHAPES` of the funcutils under test (the installed wheel under tox)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FUNCUTILS_")}
    clean.update(env, PYTHONPATH=str(Path(funcutils.__file__).parent.parent))
    proc = subprocess.run([sys.executable, "-c", _SHAPES], env=clean, cwd=cwd,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.skipif(not (REQUIRE_EXTENSIONS and _compat.IS_CPYTHON),
                    reason="FUNCUTILS_REQUIRE_EXTENSIONS is not set (or not CPython)")
def test_compiled_functions_keep_the_source_signatures_and_iteratee_arity(tmp_path: Path) -> None:
    """Compiled, a public function is a builtin (``binding=False``): its text
    signature names the source's parameters, kinds and defaults, and as an
    iteratee it gets as many arguments as its source form (``map_(xs, add)``
    passes the index; ``round_`` is marked to take the value only)."""
    compiled = _shapes(tmp_path, FUNCUTILS_REQUIRE_EXTENSIONS="1")
    source = _shapes(tmp_path, FUNCUTILS_NO_EXTENSIONS="1")
    assert compiled.keys() == source.keys()
    differ = {name: (compiled[name], source[name]) for name in source
              if compiled[name] != source[name]}
    assert not differ
    builtins = [name for name in funcutils.__all__
                if type(getattr(funcutils, name)) is types.BuiltinFunctionType]
    assert len(builtins) > 300  # the binding=False build is what runs


def test_public_functions_as_iteratees_get_their_own_arity() -> None:
    assert funcutils.map_([1, 2], funcutils.add) == [1, 3]  # add(value, index)
    assert funcutils.map_([1.25, 2.5], funcutils.round_) == [1.0, 2.0]  # the index is no precision
    assert funcutils.map_([3], funcutils.cond([(lambda *a: True, lambda *a: len(a))])) == [3]
    assert funcutils.filter_([1, 5], funcutils.gte_cmp(2)) == [5]


def _defined_functions(module: types.ModuleType) -> list[Any]:
    """The functions defined in the module itself (public or not)."""
    return [obj for obj in vars(module).values()
            if callable(obj) and not isinstance(obj, type)
            and getattr(obj, "__module__", None) == module.__name__]


@pytest.mark.skipif(not (REQUIRE_EXTENSIONS and _compat.IS_CPYTHON),
                    reason="FUNCUTILS_REQUIRE_EXTENSIONS is not set (or not CPython)")
def test_guard_helper_modules_are_compiled() -> None:
    """Under REQUIRE the helper modules (paths, iteratees) are their compiled forms too."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    assert _compat.COMPILED_HELPERS
    for name in _compat.COMPILED_HELPERS:
        module = sys.modules[f"funcutils.{name}"]
        assert module.__file__ is not None and module.__file__.endswith(suffixes), module.__file__
        functions = _defined_functions(module)
        assert functions and not any(isinstance(f, types.FunctionType) for f in functions), name


@pytest.mark.skipif(not NO_EXTENSIONS, reason="FUNCUTILS_NO_EXTENSIONS is not set")
def test_guard_helper_modules_are_source() -> None:
    for name in _compat.COMPILED_HELPERS:
        module = sys.modules[f"funcutils.{name}"]
        assert module.__file__ is not None and module.__file__.endswith(".py"), module.__file__
        assert all(isinstance(f, types.FunctionType) for f in _defined_functions(module)
                   if not hasattr(f, "cache_info")), name


@pytest.mark.skipif(not NO_EXTENSIONS, reason="FUNCUTILS_NO_EXTENSIONS is not set")
def test_guard_public_modules_are_source() -> None:
    for name in _compat.COMPILED_MODULES:
        module = sys.modules[f"funcutils.{name}"]
        assert module.__file__ is not None and module.__file__.endswith(".py"), module.__file__
        assert any(isinstance(f, types.FunctionType) for f in _public_functions(module)), name


def _copy_of_package(tmp_path: Path) -> Path:
    """A copy of the funcutils under test (compiled forms included), in ``tmp_path/root``."""
    root = tmp_path / "root"
    shutil.copytree(Path(funcutils.__file__).parent, root / "funcutils",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _import_from(root: Path, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FUNCUTILS_")}
    clean.update(env, PYTHONPATH=str(root))
    return subprocess.run(
        [sys.executable, "-W", "always", "-c", code], env=clean, cwd=root,
        capture_output=True, text=True, check=False,
    )


REPORT = "import funcutils.predicates as p; print(p.__file__); print(p.is_list([1]))"


def _compiled_form(root: Path, name: str) -> Path:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if (root / "funcutils" / (name + suffix)).exists():
            return root / "funcutils" / (name + suffix)
    pytest.skip("the public modules are not compiled here")


@pytest.mark.skipif(_speedups.compiled_kernels() is None, reason="the kernels are not compiled")
def test_a_broken_compiled_module_falls_back_to_its_source(tmp_path: Path) -> None:
    root = _copy_of_package(tmp_path)
    _compiled_form(root, "predicates").write_bytes(b"not a shared object")
    result = _import_from(root, REPORT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(root / "funcutils" / "predicates.py"), "True"]
    assert "RuntimeWarning: funcutils: the compiled funcutils.predicates failed to import" in result.stderr
    strict = _import_from(root, REPORT, FUNCUTILS_REQUIRE_EXTENSIONS="1")
    assert strict.returncode != 0 and "ImportError" in strict.stderr, strict.stderr


@pytest.mark.skipif(_speedups.compiled_kernels() is None, reason="the kernels are not compiled")
def test_a_source_checkout_never_runs_a_stale_compiled_module(tmp_path: Path) -> None:
    """In a checkout (setup.py beside the package), a .py edited after the build wins."""
    root = _copy_of_package(tmp_path)
    compiled = _compiled_form(root, "predicates")
    source = root / "funcutils" / "predicates.py"
    later = compiled.stat().st_mtime + 10
    os.utime(source, (later, later))
    installed = _import_from(root, REPORT)  # no setup.py: an installed package, mtimes ignored
    assert installed.stdout.split() == [str(compiled), "True"], installed.stderr
    (root / "setup.py").write_text("")
    result = _import_from(root, REPORT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(source), "True"]
    assert "predicates.py is newer than its compiled form" in result.stderr
    strict = _import_from(root, REPORT, FUNCUTILS_REQUIRE_EXTENSIONS="1")
    assert strict.returncode != 0 and "newer than its compiled form" in strict.stderr


def test_no_extensions_imports_every_public_module_from_source() -> None:
    code = ("import sys, funcutils; print(all(sys.modules['funcutils.' + n].__file__.endswith('.py') "
            "for n in funcutils._compat.COMPILED_MODULES))")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FUNCUTILS_")}
    clean["FUNCUTILS_NO_EXTENSIONS"] = "1"
    source = subprocess.run([sys.executable, "-c", code], env=clean, capture_output=True,
                            text=True, check=False)
    assert source.stdout.strip() == "True", source.stderr
