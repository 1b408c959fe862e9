"""Sphinx configuration for the funcutils documentation."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.abspath(".."))
sys.path.insert(0, os.path.abspath("_ext"))

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
    "sphinx_copybutton",
    "apicheck",  # _ext/apicheck.py: every public name documented, with an example
]
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
# The build machines have no network: no inventory is fetched. Add
# {"python": ("https://docs.python.org/3", None)} where a network is available.
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpick_ignore_regex = [
    (r"py:.*", r"(collections\.abc\.|typing\.|typing_extensions\.)?[A-Za-z_]+"),
    (r"py:.*", r"funcutils\.types\..*"),
    # standard library targets (no intersphinx inventory offline)
    (r"py:.*", r"(inspect|time|threading|functools|operator|pickle|collections|itertools|random|builtins|re|math|datetime|decimal|fractions)\..*"),
    (r"py:class", r"The wrapped function"),
    (r"py:.*", r"funcutils\.(\w+\.)*_\w+(\.\w+)*"),  # private modules, TypeVars, helpers
    (r"py:.*", r"funcutils\.\w+\.[A-Z][A-Za-z0-9]{0,9}"),  # TypeVars/ParamSpecs in signatures
    (r"py:.*", r"(T|T2|T3|K|P|R|R2|HashableT)"),
]
doctest_global_setup = "import funcutils\nfrom funcutils import *"
html_theme = "furo"
html_title = f"funcutils {release}"
html_static_path = ["_static"]
html_theme_options = {"navigation_with_keys": True}
exclude_patterns = ["_build"]
# Copy code examples without the ">>> " / "$ " prompts and without the output.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
