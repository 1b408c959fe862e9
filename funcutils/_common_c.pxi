# Helpers every compiled kernel shares: included first by _speedups_c.pyx.

cdef enum:
    SIGNAL_CHECK_MASK = 0xFFFF   # check for Ctrl-C every 65,536 loop steps


cdef inline int _poll(size_t* ticks) except -1:
    """Count one loop step; every SIGNAL_CHECK_MASK + 1 steps, run pending signal
    handlers (Ctrl-C raises KeyboardInterrupt here instead of after the loop)."""
    ticks[0] += 1
    if (ticks[0] & SIGNAL_CHECK_MASK) == 0:
        return PyErr_CheckSignals()
    return 0


cdef int _reraise() except -1:
    """Propagate the exception already set by a raw C-API call (it returned -1/NULL):
    returning -1 from an ``except -1`` function raises it."""
    return -1


#: Compiled twins of thin public functions (``funcutils._speedups.compiled_twin``):
#: ``twin_<name>`` takes the exact-type fast path in C and hands any other input
#: to ``TWIN_SLOW[name]``, the pure public function (the specification), which
#: the decorator registers here.
TWIN_SLOW = {}


from funcutils._helpers import PLAIN_SEQUENCES as _PLAIN_SEQUENCES


cdef inline bint _plain_sequence(object array):
    """``type(array)`` is one of ``_helpers.PLAIN_SEQUENCES`` (a list without the set lookup)."""
    return type(array) is list or type(array) in _PLAIN_SEQUENCES
