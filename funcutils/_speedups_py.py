"""All pure-Python kernels, one domain module each. THESE MODULES ARE THE SPECIFICATION.

``funcutils._speedups_c`` (Cython) implements the same names with the same
parameters and the same behaviour: each ``_<domain>_py.py`` has its mirror
``_<domain>_c.pxi``, included by ``_speedups_c.pyx``. ``tests/test_speedups.py``
enforces the parity (names, parameters, defaults) and the differential tests
compare results on generated data.

Kernels are private: the public, typed and documented functions live in
:mod:`funcutils.arrays` (and friends) and call the kernels through
:mod:`funcutils._speedups`. Kernels still never crash on bad input: they raise
``TypeError``/``ValueError`` through :mod:`funcutils._errors`.

A new domain adds its module to :data:`DOMAINS` and its ``include`` line to
``_speedups_c.pyx``; a new kernel only adds its name to its domain's
``__all__`` (and to the ``.pxi``'s list).
"""

from __future__ import annotations

import importlib

#: Kernel domains, in the order of their ``include`` in ``_speedups_c.pyx``.
DOMAINS = ("flatten", "arrays", "collections", "functions", "objects", "strings", "predicates")



def _collect(namespace: dict[str, object]) -> list[str]:
    names: list[str] = []
    for domain in DOMAINS:
        module = importlib.import_module(f"{__name__.rpartition('.')[0]}._{domain}_py")
        for name in module.__all__:
            namespace[name] = getattr(module, name)
        names += module.__all__
    return names


__all__: list[str] = _collect(globals())  # pyright: ignore[reportUnsupportedDunderAll]
