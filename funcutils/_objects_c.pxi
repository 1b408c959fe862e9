# Cython kernels for funcutils.objects: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_objects_py.py name for name; that file is the specification.

_OBJECTS_ALL = []
