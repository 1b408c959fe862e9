"""PEP 517 build backend: setuptools, asking for Cython only when it is needed.

The sdist ships the generated ``funcutils/_speedups_c.c``, so building a wheel
from it needs a C compiler but not Cython. A static ``[build-system] requires``
that lists Cython would make pip install Cython into every isolated build
anyway; these hooks add it only where the C file has to be generated:

* a git checkout (no ``PKG-INFO``) or an sdist without the C file: Cython;
* an unpacked sdist with ``funcutils/_speedups_c.c``: no Cython;
* no extension to build (``FUNCUTILS_NO_EXTENSIONS=1``, or not CPython): no
  Cython, except for an sdist, which always carries the generated C file.

Everything else is ``setuptools.build_meta`` unchanged.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any, Optional

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 (re-export every hook)

CYTHON = "Cython>=3.0.8"
C_FILE = os.path.join("funcutils", "_speedups_c.c")

ConfigSettings = Optional[dict[str, Any]]


def _in_sdist_with_c_file() -> bool:
    return os.path.exists("PKG-INFO") and os.path.exists(C_FILE)


def _load_compat() -> Any:
    # funcutils/_compat.py is the one module that reads the environment
    # variables: load it by path (the package itself must not be imported here).
    spec = importlib.util.spec_from_file_location(
        "_funcutils_compat", os.path.join("funcutils", "_compat.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _builds_extension() -> bool:
    compat = _load_compat()
    return bool(compat.IS_CPYTHON and not compat.NO_EXTENSIONS)


def _cython_if_needed(needed: bool) -> list[str]:
    return [CYTHON] if needed and not _in_sdist_with_c_file() else []


def get_requires_for_build_wheel(config_settings: ConfigSettings = None) -> list[str]:
    requires = _setuptools.get_requires_for_build_wheel(config_settings)
    return [*requires, *_cython_if_needed(_builds_extension())]


def get_requires_for_build_editable(config_settings: ConfigSettings = None) -> list[str]:
    requires = _setuptools.get_requires_for_build_editable(config_settings)
    return [*requires, *_cython_if_needed(_builds_extension())]


def get_requires_for_build_sdist(config_settings: ConfigSettings = None) -> list[str]:
    requires = _setuptools.get_requires_for_build_sdist(config_settings)
    return [*requires, *_cython_if_needed(True)]
