"""Sphinx configuration for the funcutils documentation."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.abspath(".."))

import funcutils  # noqa: E402

project = "funcutils"
author = "the funcutils developers"
copyright = "2026, the funcutils developers"
release = funcutils.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
intersphinx_disabled_reftypes = ["*"]
# No network here or on CI: resolve intersphinx from nothing, nitpick on the rest.
intersphinx_timeout = 1
nitpick_ignore_regex = [
    (r"py:.*", r"(collections\.abc\.|typing\.|typing_extensions\.)?[A-Za-z_]+"),
    (r"py:.*", r"funcutils\.types\..*"),
]
doctest_global_setup = "import funcutils\nfrom funcutils import *"
html_theme = "alabaster"
html_theme_options = {"description": "pydash's helpers at C speed, typed", "fixed_sidebar": True}
exclude_patterns = ["_build"]
