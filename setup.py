"""Build funcutils: the Cython extension when possible, pure Python otherwise.

* Cython installed: ``funcutils/_speedups_c.pyx`` is cythonized; otherwise the
  shipped ``funcutils/_speedups_c.c`` is compiled.
* ``FUNCUTILS_NO_EXTENSIONS=1``: no extension is built (pure Python).
* A compile failure (no compiler, missing headers) prints a framed warning and
  installs pure Python, unless ``FUNCUTILS_REQUIRE_EXTENSIONS=1``: then it fails.

Both variables are read by ``funcutils/_compat.py``, loaded here by path.
"""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import os
import sys
from collections.abc import Iterator

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, PlatformError

HERE = os.path.dirname(os.path.abspath(__file__))


def _load_compat():
    spec = importlib.util.spec_from_file_location(
        "_funcutils_compat", os.path.join(HERE, "funcutils", "_compat.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compat = _load_compat()
BUILD_ERRORS = (CCompilerError, CompileError, ExecError, PlatformError, OSError, ValueError)


def banner(*lines: str) -> None:
    width = max(len(line) for line in lines) + 4
    print("*" * width, file=sys.stderr)
    for line in lines:
        print(f"* {line.ljust(width - 4)} *", file=sys.stderr)
    print("*" * width, file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext that falls back to pure Python, loudly, unless REQUIRE is set."""

    def run(self) -> None:
        try:
            super().run()
        except BUILD_ERRORS as exc:
            self._failed(exc)

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except BUILD_ERRORS as exc:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if compat.REQUIRE_EXTENSIONS:
            raise SystemExit(
                f"funcutils: building the Cython extension failed ({exc}) and "
                "FUNCUTILS_REQUIRE_EXTENSIONS=1 is set"
            )
        banner(
            "WARNING: funcutils' C extension could not be built:",
            f"  {type(exc).__name__}: {str(exc)[:200]}",
            "Installing the pure-Python implementation: same results, slower.",
            "Set FUNCUTILS_REQUIRE_EXTENSIONS=1 to make this an error.",
        )


def extensions() -> list[Extension]:
    if compat.NO_EXTENSIONS:
        banner(
            "FUNCUTILS_NO_EXTENSIONS is set: building funcutils without its C extension.",
            "The pure-Python implementation will be used.",
        )
        return []
    if not compat.IS_CPYTHON:
        banner("Not CPython: installing funcutils' pure-Python implementation.")
        return []
    pyx = os.path.join("funcutils", "_speedups_c.pyx")
    c_file = os.path.join("funcutils", "_speedups_c.c")
    ext = Extension(
        "funcutils._speedups_c", [pyx], depends=glob.glob(os.path.join("funcutils", "*.pxi")),
        extra_compile_args=["-O2"],
    )
    try:
        from Cython.Build import cythonize
    except ImportError:
        if not os.path.exists(os.path.join(HERE, c_file)):
            if compat.REQUIRE_EXTENSIONS:
                raise SystemExit("funcutils: neither Cython nor the generated C file is available")
            banner("WARNING: neither Cython nor funcutils/_speedups_c.c is available:",
                   "installing the pure-Python implementation.")
            return []
        ext.sources = [c_file]
        return [ext]
    directives = {
        "language_level": 3,
        "embedsignature": True,
        "binding": True,
        "boundscheck": False,
        "wraparound": False,
    }
    with _cythonize_lock():
        return list(cythonize([ext], compiler_directives=directives, quiet=True))


@contextlib.contextmanager
def _cythonize_lock() -> Iterator[None]:
    """Serialise cythonize between concurrent builds sharing this tree (tox -p)."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    os.makedirs(os.path.join(HERE, "build"), exist_ok=True)
    with open(os.path.join(HERE, "build", ".cythonize.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
