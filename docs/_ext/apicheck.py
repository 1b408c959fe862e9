"""Fail the build when a public name of funcutils is missing from the API reference.

Every name in ``funcutils.__all__`` must be documented (as a Python object of
the ``py`` domain) on the page of the module that exports it, ``api/<module>``,
and every documented function must carry a runnable example (a ``>>>`` line in
its docstring). Problems are reported as warnings, which ``sphinx-build -W``
turns into a failed build.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

logger = logging.getLogger(__name__)

# Names of funcutils.__all__ that are data, documented outside the module pages.
DATA = {"IMPLEMENTATION": "implementation", "__version__": "implementation"}


def expected_locations() -> dict[str, tuple[str, str]]:
    """Public name -> (documented full name, docname of its page)."""
    import funcutils

    where: dict[str, tuple[str, str]] = {}
    for mod in funcutils.MODULES:
        module = mod.__name__.rsplit(".", 1)[1]
        for name in mod.__all__:
            where[name] = (f"funcutils.{module}.{name}", f"api/{module}")
    for name, docname in DATA.items():
        where[name] = (f"funcutils.{name}", docname)
    missing = sorted(set(funcutils.__all__) - set(where))
    for name in missing:
        where[name] = (f"funcutils.{name}", "?")
    return where


def check_api(app: Sphinx, env: BuildEnvironment) -> None:
    import funcutils

    objects: Any = env.get_domain("py").objects  # full name -> ObjectEntry
    where = expected_locations()
    problems = 0
    for name in funcutils.__all__:
        full, docname = where[name]
        entry = objects.get(full)
        if entry is None:
            logger.warning("funcutils.%s is not in the API reference (expected %s on %s)",
                           name, full, docname, type="funcutils", subtype="api")
            problems += 1
            continue
        if entry.docname != docname:
            logger.warning("%s is documented on %s, expected %s", full, entry.docname, docname,
                           type="funcutils", subtype="api")
            problems += 1
        value = getattr(funcutils, name)
        if callable(value) and ">>>" not in (inspect.getdoc(value) or ""):
            logger.warning("%s has no example (no '>>>' line in its docstring)", full,
                           type="funcutils", subtype="api")
            problems += 1
    logger.info("apicheck: %d public names checked, %d problems", len(funcutils.__all__), problems)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("env-check-consistency", check_api)
    setup_summary(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# --------------------------------------------------------------------------- summary table

from docutils import nodes  # noqa: E402
from docutils.statemachine import StringList  # noqa: E402
from sphinx.util.docutils import SphinxDirective  # noqa: E402


class ModuleSummary(SphinxDirective):
    """``.. funcutils-summary:: arrays``: a table of the module's public names.

    One row per name of the module's ``__all__``: a link to its entry and the
    first line of its docstring. Generated, so it cannot miss a name.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        module = self.arguments[0]
        mod = importlib.import_module(f"funcutils.{module}")
        if not mod.__all__:
            return []
        lines = [".. list-table::", "   :widths: 30 70", "   :class: funcutils-summary", ""]
        for name in mod.__all__:
            doc = (inspect.getdoc(getattr(mod, name)) or "").strip().split("\n\n")[0]
            first = " ".join(doc.split())
            lines += [f"   * - :func:`~funcutils.{module}.{name}`", f"     - {first}"]
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=f"<funcutils-summary {module}>"),
                                self.content_offset, container)
        return container.children


class ModuleReference(SphinxDirective):
    """``.. funcutils-reference:: arrays``: autodoc entries for the module's ``__all__``.

    In ``__all__`` order (alphabetical), so the reference lists exactly the
    public names, each once.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        module = self.arguments[0]
        mod = importlib.import_module(f"funcutils.{module}")
        lines: list[str] = []
        for name in mod.__all__:
            kind = "autofunction" if inspect.isfunction(getattr(mod, name)) else "autodata"
            lines += [f".. {kind}:: funcutils.{module}.{name}", ""]
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=f"<funcutils-reference {module}>"),
                                self.content_offset, container)
        return container.children


def setup_summary(app: Sphinx) -> None:
    app.add_directive("funcutils-summary", ModuleSummary)
    app.add_directive("funcutils-reference", ModuleReference)
