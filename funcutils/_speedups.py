"""Selects the kernel implementation: compiled (Cython) or pure Python.

Rules, in order:

1. Type checkers always see the pure kernels (the specification).
2. ``FUNCUTILS_NO_EXTENSIONS=1``: pure Python.
3. Otherwise ``funcutils._speedups_c`` when it imports. If it is not
   installed (a pure build: the build already printed its warning), pure Python
   silently; if it is installed but fails to import (a broken or mismatched
   build), pure Python with a :class:`RuntimeWarning` naming the error. Under
   ``FUNCUTILS_REQUIRE_EXTENSIONS=1`` either case raises the ``ImportError``.

:data:`IMPLEMENTATION` records the choice: ``"cython"`` or ``"python"``.

The public modules listed in ``_compat.COMPILED_MODULES`` (``arrays``, ...)
follow the same choice (:class:`PublicModuleFinder`): compiled where the
kernels are, from their ``.py`` source otherwise. The form of a public module
is chosen once, at import; swapping kernels later does not change it.
Public functions call kernels through this module's attributes
(``_speedups.flatten_depth``), so :func:`use_kernels` (shared by the tests and
the benchmarks) can swap them.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, TypeVar, cast

from ._compat import COMPILED_HELPERS, COMPILED_MODULES, IS_CPYTHON, NO_EXTENSIONS, REQUIRE_EXTENSIONS

#: This package's name (``funcutils``), for imports made by name.
_PACKAGE = __name__.rpartition(".")[0]
#: The modules whose compiled form the finder may choose.
_CHOSEN = frozenset((*COMPILED_MODULES, *COMPILED_HELPERS))


class PublicModuleFinder(importlib.abc.MetaPathFinder):
    """Imports each public module in the form that matches the kernels.

    With the compiled kernels, a public module is its compiled form
    (``arrays.cpython-311-x86_64-linux-gnu.so``, built from ``arrays.py``) when
    the build made one; otherwise, and under ``FUNCUTILS_NO_EXTENSIONS=1``, it
    is ``arrays.py`` itself. A compiled form that fails to import falls back to
    the source with a :class:`RuntimeWarning` (an ``ImportError`` under
    ``FUNCUTILS_REQUIRE_EXTENSIONS=1``), as the kernels do. In a source checkout
    a ``.py`` edited after the last build is imported from source, with a
    warning to rebuild, so a stale compiled form never shadows an edit.
    """

    def __init__(self, package: str, directory: str, compiled: bool) -> None:
        self.package = package
        self.directory = directory
        self.compiled = compiled
        self.checkout = os.path.exists(os.path.join(directory, os.pardir, "setup.py"))

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != self.package or name not in _CHOSEN:
            return None
        source = os.path.join(self.directory, name + ".py")
        binary = self.compiled_form(name) if self.compiled else None
        if binary is not None and self.checkout and _mtime(source) > _mtime(binary):
            problem = f"{name}.py is newer than its compiled form"
            if REQUIRE_EXTENSIONS:
                raise ImportError(f"funcutils: {problem} (rebuild: python setup.py build_ext --inplace)")
            warnings.warn(
                f"funcutils: {problem}; importing the source "
                "(rebuild: python setup.py build_ext --inplace)",
                RuntimeWarning, stacklevel=2,
            )
            binary = None
        if binary is None:
            if self.compiled and REQUIRE_EXTENSIONS:
                raise ImportError(f"funcutils: the compiled form of {fullname} is not built")
            return importlib.util.spec_from_file_location(fullname, source)
        return importlib.util.spec_from_loader(
            fullname, _CompiledOrSource(fullname, binary, source), origin=binary
        )

    def compiled_form(self, name: str) -> str | None:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            candidate = os.path.join(self.directory, name + suffix)
            if os.path.exists(candidate):
                return candidate
        return None


def _mtime(path: str) -> float:
    return os.stat(path).st_mtime


class _CompiledOrSource(importlib.machinery.ExtensionFileLoader):
    """Loads a compiled public module; its ``.py`` source if that fails (with a warning)."""

    def __init__(self, fullname: str, path: str, source: str) -> None:
        super().__init__(fullname, path)
        self.source = source
        self.source_loader: importlib.machinery.SourceFileLoader | None = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        try:
            return super().create_module(spec)
        except ImportError as exc:
            if REQUIRE_EXTENSIONS:
                raise
            warnings.warn(
                f"funcutils: the compiled {spec.name} failed to import ({exc}); using its source",
                RuntimeWarning, stacklevel=2,
            )
            self.source_loader = importlib.machinery.SourceFileLoader(spec.name, self.source)
            source_spec = importlib.util.spec_from_loader(spec.name, self.source_loader)
            assert source_spec is not None
            return importlib.util.module_from_spec(source_spec)

    def exec_module(self, module: ModuleType) -> None:
        if self.source_loader is not None:
            self.source_loader.exec_module(module)
        else:
            super().exec_module(module)


def _install_finder() -> PublicModuleFinder:
    """The package's finder, installed before the kernels import the helper modules.

    Until the kernels have imported, it chooses compiled forms when the kernels'
    extension is there (the helper modules are imported on the way); then
    ``compiled`` says whether the kernels imported, for the public modules.
    """
    for finder in sys.meta_path:  # once per package, also across a reload
        if type(finder).__name__ == "PublicModuleFinder" and getattr(finder, "package", None) == _PACKAGE:
            return cast("PublicModuleFinder", finder)
    directory = os.path.dirname(os.path.abspath(__file__))
    finder = PublicModuleFinder(_PACKAGE, directory, compiled=False)
    finder.compiled = not NO_EXTENSIONS and IS_CPYTHON and finder.compiled_form("_speedups_c") is not None
    sys.meta_path.insert(0, finder)
    return finder


_FINDER = _install_finder()

from . import _speedups_py  # noqa: E402  (after the finder: it imports the helper modules)

if TYPE_CHECKING:
    # mypy cannot expand _speedups_py's computed __all__: one line per domain.
    from ._arrays_py import *  # noqa: F403
    from ._collections_py import *  # noqa: F403
    from ._flatten_py import *  # noqa: F403
    from ._functions_py import *  # noqa: F403
    from ._objects_py import *  # noqa: F403
    from ._predicates_py import *  # noqa: F403
    from ._strings_py import *  # noqa: F403

IMPLEMENTATION: str

F = TypeVar("F", bound=Callable[..., Any])


def compiled_kernels() -> ModuleType | None:
    """The compiled kernel module, or ``None`` where it is not built or is disabled.

    Under ``FUNCUTILS_REQUIRE_EXTENSIONS=1`` a failed import raises.
    """
    if NO_EXTENSIONS:
        return None
    try:
        return importlib.import_module(f"{_PACKAGE}._speedups_c")
    except ImportError as exc:
        if REQUIRE_EXTENSIONS:
            raise
        if not (isinstance(exc, ModuleNotFoundError) and exc.name == f"{_PACKAGE}._speedups_c"):
            warnings.warn(
                f"funcutils: the compiled kernels failed to import ({exc}); "
                "using the pure-Python implementation",
                RuntimeWarning,
                stacklevel=2,
            )
        return None


def kernel_module(name: str) -> ModuleType:
    """The kernels called ``name``: ``"python"`` or ``"cython"`` (``ImportError`` if not built)."""
    if name == "python":
        return _speedups_py
    if name != "cython":
        raise ValueError(f"unknown implementation {name!r}: 'python' or 'cython'")
    module = compiled_kernels()
    if module is None:
        raise ImportError("funcutils._speedups_c is not built (or FUNCUTILS_NO_EXTENSIONS is set)")
    return module


def install(name: str) -> None:
    """Make every public function call the kernels ``name`` from now on."""
    module = kernel_module(name)
    namespace = globals()
    for kernel in _speedups_py.__all__:
        namespace[kernel] = getattr(module, kernel)
    namespace["IMPLEMENTATION"] = name
    _bind_twins(name)


#: Public functions with a compiled twin: name -> the pure (decorated) function.
TWINS: dict[str, Callable[..., Any]] = {}


def compiled_twin(func: F) -> F:
    """Decorator: where the kernels are compiled, the public function is its compiled twin.

    For the thinnest public functions (``tail`` is one slice) the Python call
    itself is most of the cost, so no kernel call from Python can make them
    cheaper. Their twin ``twin_<name>`` in the compiled module handles the
    exact-type fast path in C and hands every other input to ``func`` itself,
    the specification, through ``TWIN_SLOW``; ``tests/test_twins.py`` checks
    that both give the same answers and errors. The twin carries ``func``'s
    name, docstring and module, and ``__wrapped__ = func`` (so
    :func:`inspect.signature` shows the typed signature). Without the
    compiled kernels ``func`` is returned unchanged; :func:`use_kernels`
    swaps twins with the kernels.
    """
    TWINS[func.__name__] = func
    twin: Any = _twin_of(func.__name__)
    if twin is None:
        return func
    _COMPILED.TWIN_SLOW[func.__name__] = func  # type: ignore[union-attr]  # pyright: ignore[reportOptionalMemberAccess]
    twin.__name__ = func.__name__
    twin.__qualname__ = func.__qualname__
    twin.__module__ = func.__module__
    twin.__doc__ = func.__doc__
    twin.__wrapped__ = func
    return twin  # type: ignore[no-any-return]


def _twin_of(name: str) -> Callable[..., Any] | None:
    """The compiled twin of the public function ``name``, or ``None``."""
    return getattr(_COMPILED, "twin_" + name, None) if _COMPILED is not None else None


def _bind_twins(name: str) -> None:
    """Point the public modules (and the package) at the twins (``"cython"``) or the pure functions."""
    package = sys.modules.get(_PACKAGE)
    for public, func in TWINS.items():
        chosen = (_twin_of(public) if name == "cython" else None) or func
        module = sys.modules[func.__module__]
        setattr(module, public, chosen)
        if package is not None and hasattr(package, public):
            setattr(package, public, chosen)
    chaining = sys.modules.get(f"{_PACKAGE}._chain_core")
    if chaining is not None:  # chain steps and py_ attributes hold the public functions
        chaining.reinstall()


@contextmanager
def use_kernels(name: str) -> Iterator[ModuleType]:
    """Within the block, public functions call the kernels ``name``; restored after."""
    namespace = globals()
    saved = {kernel: namespace[kernel] for kernel in [*_speedups_py.__all__, "IMPLEMENTATION"]}
    install(name)
    try:
        yield kernel_module(name)
    finally:
        namespace.update(saved)
        _bind_twins(saved["IMPLEMENTATION"])


#: The compiled kernel module, imported once (``None`` without it).
_COMPILED: ModuleType | None = compiled_kernels()
# The public modules, imported after this module, follow the kernels' import.
_FINDER.compiled = _COMPILED is not None

if not TYPE_CHECKING:
    install("python" if _COMPILED is None else "cython")

__all__ = [  # pyright: ignore[reportUnsupportedDunderAll]
    "IMPLEMENTATION", "TWINS", "PublicModuleFinder", "compiled_kernels", "compiled_twin", "install", "kernel_module",
    "use_kernels",
    *_speedups_py.__all__,
]
