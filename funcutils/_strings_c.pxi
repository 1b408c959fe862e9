# Cython kernels for funcutils.strings: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_strings_py.py name for name; that file is the specification.

_STRINGS_ALL = []
