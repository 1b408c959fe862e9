# Cython kernels for funcutils.predicates: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_predicates_py.py name for name; that file is the specification.

_PREDICATES_ALL = []
