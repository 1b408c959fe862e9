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
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, TypeVar

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

F = TypeVar("F", bound=Callable[..., Any])


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
    package = sys.modules.get("funcutils")
    for public, func in TWINS.items():
        chosen = (_twin_of(public) if name == "cython" else None) or func
        module = sys.modules[func.__module__]
        setattr(module, public, chosen)
        if package is not None and hasattr(package, public):
            setattr(package, public, chosen)
    chaining = sys.modules.get("funcutils._chain_core")
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

if not TYPE_CHECKING:
    install("python" if _COMPILED is None else "cython")

__all__ = [  # pyright: ignore[reportUnsupportedDunderAll]
    "IMPLEMENTATION", "TWINS", "compiled_kernels", "compiled_twin", "install", "kernel_module",
    "use_kernels",
    *_speedups_py.__all__,
]
