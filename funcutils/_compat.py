"""Build- and run-time switches: the only module that reads environment variables.

``setup.py`` loads this file by path (without importing the package) so that
the build and the run-time selector agree on what the variables mean.

* ``FUNCUTILS_NO_EXTENSIONS=1``: build without the Cython extension, and at run
  time use the pure-Python kernels even when the extension is installed.
* ``FUNCUTILS_REQUIRE_EXTENSIONS=1``: a failed extension build is an error, and
  at run time a missing or broken extension raises instead of falling back.

``NO_EXTENSIONS`` wins when both are set. The values ``""``, ``0``, ``false``,
``no`` and ``off`` (any case) count as unset.
"""

from __future__ import annotations

import os
import platform
from importlib.machinery import EXTENSION_SUFFIXES
from typing import Any, Callable, TypeVar

__all__ = [
    "COMPILED_HELPERS", "COMPILED_MODULES", "CYTHON", "IS_CPYTHON", "NO_EXTENSIONS", "REQUIRE_EXTENSIONS",
    "env_flag", "interpreted",
]

_FALSE_VALUES = frozenset({"", "0", "false", "no", "off"})


def env_flag(name: str) -> bool:
    """Return whether the environment variable ``name`` is set to a true value."""
    return os.environ.get(name, "").strip().lower() not in _FALSE_VALUES


IS_CPYTHON: bool = platform.python_implementation() == "CPython"
NO_EXTENSIONS: bool = env_flag("FUNCUTILS_NO_EXTENSIONS")
REQUIRE_EXTENSIONS: bool = env_flag("FUNCUTILS_REQUIRE_EXTENSIONS") and not NO_EXTENSIONS

#: The public modules that the build also compiles (Cython, pure-Python mode) next
#: to their ``.py`` file, which stays the source of both forms; which form is
#: imported is decided by ``funcutils._speedups`` (the same rules as the kernels).
COMPILED_MODULES: tuple[str, ...] = (
    "arrays", "collections", "functions", "objects", "strings", "predicates", "numerical",
    "utilities", "chaining",
)
#: The private modules compiled the same way: the per-call machinery most public
#: functions go through (path parsing and walking, iteratee resolution and the
#: callback's arity). They are imported while the kernels are, so their form is
#: chosen by whether the kernels' extension is there (see ``funcutils._speedups``).
COMPILED_HELPERS: tuple[str, ...] = ("_paths", "_iteratee")


_F = TypeVar("_F", bound=Callable[..., Any])


def interpreted(module_file: str) -> bool:
    """Whether the module whose ``__file__`` is ``module_file`` runs from its Python source."""
    return not module_file.endswith(tuple(EXTENSION_SUFFIXES))


class _CythonDirectives:
    """The part of Cython's ``cython`` module the compiled modules use, for their source form.

    A compiled public module is built with ``binding=False`` (its functions are
    builtins, the cheapest object CPython calls); ``@cython.binding(True)``
    keeps a Python-function-like object where one is needed (a default that a
    text signature cannot spell, a closure that takes ``*args``). Run from
    source the decorator does nothing, and Cython itself is not imported.
    """

    @staticmethod
    def binding(flag: bool) -> Callable[[_F], _F]:
        """Cython's ``binding`` directive: a no-op in interpreted code."""
        return _same


def _same(func: _F) -> _F:
    return func


CYTHON = _CythonDirectives()
