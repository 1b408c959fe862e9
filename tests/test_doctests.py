"""Run the doctests of every funcutils module, including the compiled one.

pytest does not collect doctests from extension modules, so this runs
``doctest`` directly on each module (the pure modules are also covered by
``sphinx-build -b doctest`` through the API reference).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import funcutils
from conftest import kernels

pytestmark = pytest.mark.single_impl


def _module_names() -> list[str]:
    names = ["funcutils"]
    for info in pkgutil.iter_modules(funcutils.__path__):
        names.append(f"funcutils.{info.name}")
    names.append("funcutils._speedups_c")  # listed even when not built: skipped or failed there
    return sorted(set(names))


@pytest.mark.parametrize("name", _module_names())
def test_module_doctests(name: str) -> None:
    module: ModuleType
    if name == "funcutils._speedups_c":
        module = kernels("cython")  # fails under REQUIRE, skips when not built
    else:
        module = importlib.import_module(name)
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.testmod(module, optionflags=flags, verbose=False)
    assert result.failed == 0, f"{result.failed} doctest failure(s) in {name}"


def test_every_public_function_has_an_example() -> None:
    missing = []
    for name in funcutils.__all__:
        obj = getattr(funcutils, name)
        if callable(obj) and ">>>" not in (getattr(obj, "__doc__", None) or ""):
            missing.append(name)
    assert not missing, f"public functions without a doctest example: {missing}"


def test_compiled_module_has_doctests() -> None:
    compiled = kernels("cython")
    finder = doctest.DocTestFinder()
    tests = [t for t in finder.find(compiled) if t.examples]
    assert tests, "the compiled kernels carry no doctest examples"
