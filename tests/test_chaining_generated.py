"""The generated chain surface is up to date with the public functions.

``scripts/generate_chaining.py --check`` regenerates ``funcutils/_chain_methods.py``,
``funcutils/_chain_methods.pyi`` and ``docs/_generated/chain_methods.inc`` in memory
and compares: a public function added (or a signature changed) without a re-run of
the script fails here.
"""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import funcutils
from funcutils._chain_methods import DASH_ONLY, METHODS

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "generate_chaining.py"

pytestmark = pytest.mark.single_impl

needs_get_overloads = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="typing.get_overloads (the generator) needs 3.11+"
)


@needs_get_overloads
def test_generated_files_are_up_to_date() -> None:
    # The generator reads signatures from the source tree, which has no compiled
    # extension under tox (the tests run on the installed wheel).
    env = {k: v for k, v in os.environ.items() if k != "FUNCUTILS_REQUIRE_EXTENSIONS"}
    env["FUNCUTILS_NO_EXTENSIONS"] = "1"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, cwd=ROOT,
        check=False, env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@needs_get_overloads
def test_check_fails_on_a_stale_file(tmp_path: Path) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        gen: Any = importlib.import_module("generate_chaining")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    outputs = gen.generate()
    assert outputs == gen.generate()  # deterministic
    assert set(outputs) == {gen.RUNTIME, gen.STUB, gen.DOCS}
    stale = outputs[gen.STUB].replace("    def uniq(", "    def uniq_gone(", 1)
    assert stale != outputs[gen.STUB]
    original, generate = gen.STUB, gen.generate
    gen.STUB = tmp_path / "stale.pyi"
    try:
        gen.STUB.write_text(stale, encoding="utf-8")
        outputs = {gen.STUB if k == original else k: v for k, v in outputs.items()}
        gen.generate = lambda: outputs
        assert gen.main(["--check"]) == 1
    finally:
        gen.STUB, gen.generate = original, generate


def test_table_lists_every_public_function() -> None:
    listed = {function for _method, _module, function in (*METHODS, *DASH_ONLY)}
    functions = {
        name for name in funcutils.__all__
        if callable(getattr(funcutils, name)) and not isinstance(getattr(funcutils, name), type)
        and name != "py_"
    }
    assert functions - listed == set()
    for method, module, function in METHODS:
        assert getattr(getattr(funcutils, module), function) is getattr(funcutils, function)
        assert method == function or method + "_" == function


def test_stub_declares_every_method() -> None:
    tree = ast.parse((ROOT / "funcutils" / "_chain_methods.pyi").read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    declared = set()
    for node in classes["Chain"].body:
        if isinstance(node, ast.FunctionDef):
            declared.add(node.name)
        elif isinstance(node, ast.Assign):
            declared.update(t.id for t in node.targets if isinstance(t, ast.Name))
    assert declared == {method for method, _module, _function in METHODS}
