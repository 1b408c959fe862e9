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

__all__: list[str] = []
for _domain in DOMAINS:
    _module = importlib.import_module(f"funcutils._{_domain}_py")
    for _name in _module.__all__:
        globals()[_name] = getattr(_module, _name)
    __all__ += _module.__all__
del _domain, _module, _name
