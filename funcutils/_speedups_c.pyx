# cython: language_level=3, boundscheck=False, wraparound=False, embedsignature=True, binding=True
"""Cython kernels: the same names, parameters and behaviour as ``_speedups_py``.

One extension module; each domain's kernels are in ``_<domain>_c.pxi``, the
mirror of ``_<domain>_py.py`` (the specification: read it first). Every C-API
declaration is in ``_cpython.pxd``; helpers shared by the domains (signal
polling, re-raising) in ``_common_c.pxi``.
"""

cimport cython
from libc.stdlib cimport free, realloc

from funcutils._cpython cimport *
from funcutils._errors import not_iterable_error
from funcutils._helpers import is_flattenable

include "_common_c.pxi"
# Kernels by domain, in the order of funcutils._speedups_py.DOMAINS.
include "_flatten_c.pxi"
include "_arrays_c.pxi"
include "_collections_c.pxi"
include "_functions_c.pxi"
include "_objects_c.pxi"
include "_strings_c.pxi"
include "_predicates_c.pxi"
# The chain node (funcutils._chain_core is its specification; not a kernel of __all__).
include "_chain_c.pxi"

__all__ = [
    *_FLATTEN_ALL, *_ARRAYS_ALL, *_COLLECTIONS_ALL, *_FUNCTIONS_ALL,
    *_OBJECTS_ALL, *_STRINGS_ALL, *_PREDICATES_ALL,
]
