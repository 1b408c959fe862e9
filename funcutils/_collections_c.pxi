# Cython kernels for funcutils.collections: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_collections_py.py name for name; that file is the specification.

_COLLECTIONS_ALL = []
