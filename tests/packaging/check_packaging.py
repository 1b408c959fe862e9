"""Packaging checks: the sdist, the wheel and what installing them gives.

Run by ``tox -e packaging`` (``python -m pytest tests/packaging/check_packaging.py``).
The file name does not match the ``python_files`` patterns, so the ordinary
test environments (``pytest tests benches``) do not collect it.

What is checked, on a copy of the source tree without generated files:

* ``python -m build --sdist`` makes an sdist holding the ``.py``, ``.pyx``,
  ``.pxi``, ``.pyi``, ``py.typed`` and the generated ``.c`` files;
* pip builds a wheel from it with no Cython available (``--no-index`` and a
  wheelhouse of setuptools and typing-extensions only, with pip's normal build
  isolation): it compiles the shipped C files, and the wheel holds the kernels'
  extension and every compiled public module beside its ``.py``;
* ``python -m twine check --strict`` passes for both;
* that wheel installs into a fresh venv, offline, and imports the compiled
  kernels;
* with no working compiler (``CC=false``) the same install succeeds with the
  framed warning, and the pure-Python kernels are used;
* ``FUNCUTILS_REQUIRE_EXTENSIONS=1`` with ``CC=false`` makes the install fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

pytestmark = pytest.mark.single_impl

ROOT = Path(__file__).resolve().parents[2]
# The modules the build compiles, public and helpers (funcutils/_compat.py, read as text: the
# checks must not import the package from the source tree).
def _compiled_names(text: str) -> tuple[str, ...]:
    """The names in _compat's COMPILED_MODULES and COMPILED_HELPERS tuples."""
    names: list[str] = []
    for tuple_name in ("COMPILED_MODULES", "COMPILED_HELPERS"):
        found = re.search(tuple_name + r": tuple\[str, \.\.\.\] = \((.*?)\)", text, re.S)
        assert found is not None, tuple_name
        names += re.findall(r'"(\w+)"', found.group(1))
    return tuple(names)


COMPILED_MODULES = _compiled_names((ROOT / "funcutils" / "_compat.py").read_text())
VERSION_TAG = f"cp{sys.version_info[0]}{sys.version_info[1]}"
# Generated or local files that a clean checkout does not have.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".tox", "build", "dist", "*.egg-info", "__pycache__", "*.so", "*.pyd",
    "*.c", "*.html", ".hypothesis", ".benchmarks", "_build",
    ".mypy_cache", ".pytest_cache", ".coverage*",
)
WARNING_LINES = (
    "WARNING: funcutils' C extension could not be built:",
    "Installing the pure-Python implementation: same results, slower.",
    "Set FUNCUTILS_REQUIRE_EXTENSIONS=1 to make this an error.",
)
PROBE = (
    "import importlib.util, funcutils; from funcutils import _speedups; "
    "print(_speedups.IMPLEMENTATION); print(funcutils.__file__); "
    "print(importlib.util.find_spec('Cython') is not None); "
    "print(funcutils.flatten_deep([1, [2, (3, [4, 'ab'])], {'k': 5}]))"
)


@dataclass(frozen=True)
class Dist:
    source: Path
    sdist: Path
    wheel: Path
    #: pip's verbose output while it built ``wheel`` from ``sdist``
    wheel_log: str


def run(args: list[str], *, env: Optional[Mapping[str, str]] = None, cwd: Optional[Path] = None,
        check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        args, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        timeout=600,
    )
    if check and proc.returncode != 0:
        pytest.fail(f"{' '.join(args)} exited {proc.returncode}:\n{proc.stdout[-6000:]}")
    return proc


def clean_env(**extra: str) -> dict[str, str]:
    """The environment minus anything that would change what the build does."""
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("FUNCUTILS_", "PIP_", "PYTHON")) and key not in ("CC", "CFLAGS")
    }
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory, wheelhouse: Path) -> Dist:
    """The sdist (``python -m build --sdist``) and the wheel pip builds from it without Cython.

    The wheel is built the way a user's pip builds the sdist, offline, from a
    wheelhouse with no Cython: one compile serves the wheel checks and the
    "installs without Cython" check (compiling every extension twice would
    double this environment's time).
    """
    source = tmp_path_factory.mktemp("src") / "funcutils"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    assert not list((source / "funcutils").glob("*.c"))
    out = tmp_path_factory.mktemp("dist")
    # pip's own configuration (index, cache) is kept here: the isolated build
    # environment fetches setuptools and Cython.
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUNCUTILS_")}
    run([sys.executable, "-m", "build", "--sdist", "--outdir", str(out), str(source)], env=env)
    sdists = sorted(out.glob("*.tar.gz"))
    assert len(sdists) == 1, sorted(p.name for p in out.iterdir())
    log = run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--wheel-dir", str(out),
               str(sdists[0])], env=offline_pip_env(wheelhouse), cwd=out).stdout
    wheels = sorted(out.glob("*.whl"))
    assert len(wheels) == 1, sorted(p.name for p in out.iterdir())
    return Dist(source, sdists[0], wheels[0], log)


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Everything an sdist install may use: setuptools and the runtime dependency, no Cython."""
    house = tmp_path_factory.mktemp("wheelhouse")
    run([sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
         "--dest", str(house), "setuptools>=64", "typing-extensions>=4.6"])
    names = sorted(p.name.lower() for p in house.iterdir())
    assert not [n for n in names if n.startswith("cython")], names
    return house


def offline_pip_env(house: Path, **extra: str) -> dict[str, str]:
    """pip sees only the wheelhouse: no configuration file, no index, no cache."""
    return clean_env(
        PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(house),
        PIP_NO_CACHE_DIR="1", PIP_DISABLE_PIP_VERSION_CHECK="1", **extra,
    )


def install_sdist(dist: Dist, house: Path, venv: Path, **extra: str
                  ) -> subprocess.CompletedProcess[str]:
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    return run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-v",
         str(dist.sdist)],
        env=offline_pip_env(house, **extra), cwd=venv, check=False,
    )


def probe(venv: Path) -> list[str]:
    """IMPLEMENTATION, the package's path, whether Cython imports, a sample result."""
    proc = run([str(venv / "bin" / "python"), "-c", PROBE], env=clean_env(), cwd=venv)
    return proc.stdout.splitlines()


def installed_files(venv: Path) -> list[str]:
    return sorted(p.name for p in venv.glob("lib/python*/site-packages/funcutils/*"))


def test_sdist_contents(dist: Dist) -> None:
    with tarfile.open(dist.sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
        c_member = tar.extractfile(f"{dist.sdist.name[:-len('.tar.gz')]}/funcutils/_speedups_c.c")
        assert c_member is not None
        c_head = c_member.read(200).decode()
    package = {p.relative_to(dist.source).as_posix()
               for pattern in ("*.py", "*.pyx", "*.pxi", "*.pyi", "py.typed")
               for p in (dist.source / "funcutils").glob(pattern)}
    assert {"funcutils/_speedups_c.pyx", "funcutils/_speedups_c.pyi", "funcutils/py.typed",
            "funcutils/_arrays_c.pxi"} <= package
    generated = {f"funcutils/{name}.c" for name in ("_speedups_c", *COMPILED_MODULES)}
    expected = package | generated | {
        "LICENSE", "README.md", "PKG-INFO", "pyproject.toml",
        "setup.py", "MANIFEST.in", "build_support/funcutils_build.py", "tests/conftest.py",
    }
    assert sorted(expected - names) == []
    assert c_head.startswith("/* Generated by Cython"), c_head
    assert not [n for n in names if n.endswith((".so", ".pyd", ".pyc"))]


def test_wheel_contents(dist: Dist) -> None:
    assert re.fullmatch(rf"funcutils-[^-]+-{VERSION_TAG}-{VERSION_TAG}-\w+\.whl", dist.wheel.name)
    with zipfile.ZipFile(dist.wheel) as whl:
        names = set(whl.namelist())
    assert {"funcutils/py.typed", "funcutils/_speedups_c.pyi", "funcutils/__init__.py"} <= names
    for name in ("_speedups_c", *COMPILED_MODULES):  # the kernels and each compiled public module
        assert [n for n in names if re.fullmatch(rf"funcutils/{name}\..+\.so", n)], (name, sorted(names))
        assert name == "_speedups_c" or f"funcutils/{name}.py" in names  # its source ships too
    assert not [n for n in names if n.endswith(".c")]
    assert not [n for n in names if n.startswith(("tests/", "benches/", "build_support/"))]


def test_twine_check(dist: Dist) -> None:
    proc = run([sys.executable, "-m", "twine", "check", "--strict", str(dist.sdist),
                str(dist.wheel)])
    assert proc.stdout.count("PASSED") == 2, proc.stdout


def test_backend_asks_for_cython_only_without_the_c_file(dist: Dist, tmp_path: Path) -> None:
    hooks = ("import sys; sys.path.insert(0, 'build_support'); import funcutils_build as b; "
             "wheel = b.get_requires_for_build_wheel(); sdist = b.get_requires_for_build_sdist(); "
             "print('needs Cython:', *(any(r.startswith('Cython') for r in x) "
             "for x in (wheel, sdist)))")

    def needs_cython(cwd: Path) -> list[str]:
        out = run([sys.executable, "-c", hooks], env=clean_env(), cwd=cwd).stdout
        found = re.findall(r"^needs Cython: (\w+) (\w+)$", out, re.MULTILINE)
        assert len(found) == 1, out
        return list(found[0])

    assert needs_cython(dist.source) == ["True", "True"]
    with tarfile.open(dist.sdist) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(tmp_path, filter="data")
        else:  # Python 3.9-3.11 before the extraction filters
            tar.extractall(tmp_path)
    unpacked = tmp_path / dist.sdist.name[:-len(".tar.gz")]
    assert needs_cython(unpacked) == ["False", "False"]


def test_sdist_builds_compiled_without_cython(dist: Dist, wheelhouse: Path,
                                              tmp_path: Path) -> None:
    assert "_speedups_c.c" in dist.wheel_log  # compiled from the shipped C file
    assert "arrays.c" in dist.wheel_log
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    proc = run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
                str(dist.wheel)], env=offline_pip_env(wheelhouse), cwd=venv, check=False)
    assert proc.returncode == 0, proc.stdout[-6000:]
    implementation, location, has_cython, sample = probe(venv)
    assert implementation == "cython"
    assert location.startswith(str(venv)), location
    assert has_cython == "False"
    assert sample == "[1, 2, 3, 4, 'ab', {'k': 5}]"
    assert len([n for n in installed_files(venv) if n.endswith(".so")]) == 1 + len(COMPILED_MODULES)


def test_no_compiler_installs_pure_python_with_warning(dist: Dist, wheelhouse: Path,
                                                       tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    proc = install_sdist(dist, wheelhouse, venv, CC="false")
    assert proc.returncode == 0, proc.stdout[-6000:]
    framed = [line for line in proc.stdout.splitlines() if re.fullmatch(r"\s*\*+", line)]
    assert framed, proc.stdout[-6000:]
    for line in WARNING_LINES:
        assert re.search(rf"^\s*\* {re.escape(line)}\s+\*$", proc.stdout, re.MULTILINE), line
    implementation, location, _, sample = probe(venv)
    assert implementation == "python"
    assert location.startswith(str(venv)), location
    assert sample == "[1, 2, 3, 4, 'ab', {'k': 5}]"
    assert not [n for n in installed_files(venv) if n.endswith(".so")]


def test_require_extensions_makes_no_compiler_an_error(dist: Dist, wheelhouse: Path,
                                                       tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    proc = install_sdist(dist, wheelhouse, venv, CC="false", FUNCUTILS_REQUIRE_EXTENSIONS="1")
    assert proc.returncode != 0, proc.stdout[-6000:]
    assert "FUNCUTILS_REQUIRE_EXTENSIONS=1 is set" in proc.stdout
    assert installed_files(venv) == []
