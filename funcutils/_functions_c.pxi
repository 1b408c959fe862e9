# Cython kernels for funcutils.functions: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_functions_py.py name for name; that file is the specification.

_FUNCTIONS_ALL = []
