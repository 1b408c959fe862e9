"""Build funcutils: the Cython extension when possible, pure Python otherwise.

* Cython installed: ``funcutils/_speedups_c.pyx`` (the kernels) and the public
  modules listed in ``_compat.COMPILED_MODULES`` (``funcutils/arrays.py``, ...,
  compiled in Cython's pure-Python mode; the ``.py`` files ship too) are
  cythonized; otherwise the shipped C files are compiled.
* ``FUNCUTILS_NO_EXTENSIONS=1``: no extension is built (pure Python).
* A compile failure (no compiler, missing headers) prints a framed warning and
  installs pure Python, unless ``FUNCUTILS_REQUIRE_EXTENSIONS=1``: then it fails.
* ``sdist`` always ships up-to-date C files (it runs
  Cython first, whatever the variables say), so installing the sdist needs a C
  compiler but not Cython. ``build_support/funcutils_build.py`` (the PEP 517
  backend) asks for Cython only when that C file has to be generated.

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
from setuptools.command.sdist import sdist
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
PYX_FILE = os.path.join("funcutils", "_speedups_c.pyx")
C_FILE = os.path.join("funcutils", "_speedups_c.c")
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
        with _build_lock():
            self.extensions = _with_c_sources(self.extensions)
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
        failed_before = getattr(self, "_warned", False)
        self._warned = True
        if compat.REQUIRE_EXTENSIONS:
            raise SystemExit(
                f"funcutils: building the Cython extension failed ({exc}) and "
                "FUNCUTILS_REQUIRE_EXTENSIONS=1 is set"
            )
        if failed_before:  # one warning for the build, not one per extension
            return
        banner(
            "WARNING: funcutils' C extension could not be built:",
            f"  {type(exc).__name__}: {str(exc)[:200]}",
            "Installing the pure-Python implementation: same results, slower.",
            "Set FUNCUTILS_REQUIRE_EXTENSIONS=1 to make this an error.",
        )


def extensions() -> list[Extension]:
    """The kernels' extension and one per compiled public module, or none."""
    if compat.NO_EXTENSIONS:
        banner(
            "FUNCUTILS_NO_EXTENSIONS is set: building funcutils without its C extension.",
            "The pure-Python implementation will be used.",
        )
        return []
    if not compat.IS_CPYTHON:
        banner("Not CPython: installing funcutils' pure-Python implementation.")
        return []
    return _extensions()


def _with_c_sources(exts: list[Extension]) -> list[Extension]:
    """Cythonize when Cython is installed, else compile the shipped C file.

    Done when the extension is built, not when setup.py is loaded: setup.py
    also runs to answer metadata and build-requirement questions, before the
    build requirements (Cython among them, when needed) are installed.
    """
    if not exts:
        return exts
    try:
        _cythonize(exts)  # writes (or refreshes) the C files next to their sources
    except ImportError:
        pass
    c_files = [_c_file(src) for ext in exts for src in ext.sources]
    if not all(os.path.exists(os.path.join(HERE, c_file)) for c_file in c_files):
        if compat.REQUIRE_EXTENSIONS:
            raise SystemExit("funcutils: neither Cython nor the generated C files are available")
        banner("WARNING: neither Cython nor funcutils' generated C files are available:",
               "installing the pure-Python implementation.")
        return []
    for ext in exts:  # the same objects: build_ext.finalize_options set attributes on them
        ext.sources = [_c_file(src) for src in ext.sources]
    return exts


def _c_file(source: str) -> str:
    return os.path.splitext(source)[0] + ".c"


def _extensions() -> list[Extension]:
    kernels = Extension(
        "funcutils._speedups_c", [PYX_FILE],
        depends=glob.glob(os.path.join("funcutils", "*.px[id]")), extra_compile_args=["-O2", "-g0"],
    )
    # The public modules are thin Python over the kernels: -O1 runs them as fast
    # as -O2 (measured per call) and compiles in about half the time. No debug
    # information anywhere (-g0 overrides the interpreter's -g): it doubled the
    # compile time (collections.c: 24 s at -O2 -g, 11 s at -O2 -g0, 5.6 s at -O1 -g0).
    public = [
        Extension(f"funcutils.{name}", [os.path.join("funcutils", f"{name}.py")],
                  extra_compile_args=["-O1", "-g0"])
        for name in (*compat.COMPILED_MODULES, *compat.COMPILED_HELPERS)
    ]
    return [kernels, *public]


#: Kernels: C semantics where the .pyx declares C types.
KERNEL_DIRECTIVES = {
    "language_level": 3,
    "embedsignature": True,
    "binding": True,
    "boundscheck": False,
    "wraparound": False,
}
#: Public modules: Python semantics exactly. Annotations are for type checkers
#: (not turned into C type checks). Functions are builtins (``binding=False``:
#: CPython calls those 3-4 ns cheaper than Cython's function objects) with a
#: text signature, so ``inspect.signature`` still reads their parameters; the
#: few that need a function object say ``@cython.binding(True)`` (see _compat.CYTHON).
MODULE_DIRECTIVES = {
    "language_level": 3,
    "binding": False,
    "embedsignature": True,
    "embedsignature.format": "clinic",
    "annotation_typing": False,
}


def _cythonize(exts: list[Extension]) -> None:
    """Generate (or refresh) the C files; ImportError when Cython is missing."""
    from Cython.Build import cythonize

    kernels = [ext for ext in exts if ext.sources[0].endswith(".pyx")]
    modules = [ext for ext in exts if not ext.sources[0].endswith(".pyx")]
    cythonize(kernels, compiler_directives=KERNEL_DIRECTIVES, quiet=True)
    if modules:
        cythonize(modules, compiler_directives=MODULE_DIRECTIVES, quiet=True)


class SdistWithC(sdist):
    """sdist that always contains the generated C file, fresh from the .pyx."""

    def run(self) -> None:
        try:
            with _build_lock():
                _cythonize(_extensions())
        except ImportError:
            in_sdist = os.path.exists(os.path.join(HERE, "PKG-INFO"))
            if not (in_sdist and os.path.exists(os.path.join(HERE, C_FILE))):
                raise SystemExit(
                    "funcutils: building an sdist needs Cython to generate " + C_FILE
                ) from None
        super().run()


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """Serialise cythonize and the compile between builds sharing this tree (tox p).

    Several tox envs of one Python version build the same .so in place; without
    the lock one could link or import a half-written file of another.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    os.makedirs(os.path.join(HERE, "build"), exist_ok=True)
    with open(os.path.join(HERE, "build", ".build.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt, "sdist": SdistWithC})
