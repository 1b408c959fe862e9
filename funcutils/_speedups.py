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
Public functions call kernels through this module's attributes
(``_speedups.flatten_depth``), so :func:`use_kernels` (shared by the tests and
the benchmarks) can swap them.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING

from . import _speedups_py
from ._compat import NO_EXTENSIONS, REQUIRE_EXTENSIONS

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


def compiled_kernels() -> ModuleType | None:
    """The compiled kernel module, or ``None`` where it is not built or is disabled.

    Under ``FUNCUTILS_REQUIRE_EXTENSIONS=1`` a failed import raises.
    """
    if NO_EXTENSIONS:
        return None
    try:
        return importlib.import_module("funcutils._speedups_c")
    except ImportError as exc:
        if REQUIRE_EXTENSIONS:
            raise
        if not (isinstance(exc, ModuleNotFoundError) and exc.name == "funcutils._speedups_c"):
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


if not TYPE_CHECKING:
    install("python" if compiled_kernels() is None else "cython")

__all__ = [  # pyright: ignore[reportUnsupportedDunderAll]
    "IMPLEMENTATION", "compiled_kernels", "install", "kernel_module", "use_kernels",
    *_speedups_py.__all__,
]
