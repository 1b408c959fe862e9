# Cython kernels for funcutils.arrays: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_arrays_py.py name for name; that file is the specification.

_ARRAYS_ALL = []
