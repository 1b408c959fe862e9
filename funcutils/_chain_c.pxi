# Compiled chain node: included by _speedups_c.pyx. Mirrors the hot methods of
# funcutils/_chain_core.py's ChainCore (the specification): building a step,
# value() and calling a chain. The class funcutils.chaining.Chain derives from
# ChainNode and from ChainCore, which supplies every other method (plant, commit,
# to_string, pickling, repr), so those exist once. The node's fields are C fields:
# the pure node reads six slot attributes per step through its __getattr__ hook.

from funcutils._chain_core import _PENDING, missing_method as _missing_method
from funcutils._errors import no_seed_error as _no_seed_error
from funcutils._helpers import UNSET as _UNSET


@cython.auto_pickle(False)   # ChainCore.__reduce__ pickles by public name, as the pure node
cdef class ChainNode:
    """The compiled chain node (see ``funcutils._chain_core.ChainCore``)."""

    cdef ChainNode _parent       # None for the root
    cdef object _func
    cdef tuple _args
    cdef object _kwargs          # a non-empty dict or None
    cdef object _result          # the seed (root), the step's result, or _PENDING
    cdef tuple _steps            # the collected steps, once asked for

    def __init__(self, value=_UNSET):
        self._parent = None
        self._result = value

    def _then(self, func, args, kwargs):
        return _chain_then(self, func, tuple(args), kwargs)

    def _root(self):
        cdef ChainNode node = self
        while node._parent is not None:
            node = node._parent
        return node

    def _seed(self):
        cdef ChainNode node = self
        while node._parent is not None:
            node = node._parent
        return node._result

    def _all_steps(self):
        return _chain_steps(self)

    def value(self):
        result = self._result
        if result is _PENDING:
            return _chain_compute(self)
        if result is _UNSET:
            raise ValueError(_no_seed_error())
        return result

    def _compute(self):
        return _chain_compute(self)

    def __call__(self, value):
        cdef tuple step
        for step in _chain_steps(self):
            value = _chain_apply(step[0], value, <tuple>step[1], step[2])
        return value

    def __getattribute__(self, name):
        # Not __getattr__: a Python subclass of a type whose dict has __getattr__ gets
        # CPython's slow attribute hook; __getattribute__ is a slot wrapper it inherits.
        try:
            return PyObject_GenericGetAttr(self, name)
        except AttributeError:
            return _missing_method(self, name)


cdef inline ChainNode _chain_then(ChainNode parent, object func, tuple args, object kwargs):
    # The node's type's tp_new directly (ChainNode.__new__(type(parent)) is a Python call).
    cdef PyTypeObject* cls = Py_TYPE(parent)
    cdef ChainNode node = <ChainNode>cls.tp_new(cls, (), NULL)
    node._parent = parent
    node._func = func
    node._args = args
    node._kwargs = kwargs if kwargs else None
    node._result = _PENDING
    return node


cdef tuple _chain_steps(ChainNode self):
    if self._parent is None:
        return ()
    if self._steps is not None:
        return self._steps
    cdef list out = []
    cdef ChainNode node = self
    while node._parent is not None:
        out.append((node._func, node._args, node._kwargs))
        node = node._parent
    out.reverse()
    self._steps = tuple(out)
    return self._steps


cdef inline object _chain_apply(object func, object value, tuple args, object kwargs):
    cdef Py_ssize_t n = len(args)
    if kwargs is not None:
        return func(value, *args, **kwargs)
    if n == 0:
        return func(value)
    if n == 1:
        return func(value, args[0])
    if n == 2:
        return func(value, args[0], args[1])
    return func(value, *args)


cdef object _chain_compute(ChainNode self):
    cdef ChainNode node = self
    cdef ChainNode parent = self._parent
    if self._result is _PENDING and parent._result is not _PENDING:  # one step to run: no list
        result = parent._result
        if result is _UNSET:
            raise ValueError(_no_seed_error())
        result = _chain_apply(self._func, result, self._args, self._kwargs)
        self._result = result
        return result
    cdef list pending = []
    while node._result is _PENDING:
        pending.append(node)
        node = node._parent
    result = node._result
    if result is _UNSET:
        raise ValueError(_no_seed_error())
    cdef Py_ssize_t i
    for i in range(len(pending) - 1, -1, -1):
        node = <ChainNode>pending[i]
        result = _chain_apply(node._func, result, node._args, node._kwargs)
        node._result = result
    return result


def chain_step(func):
    """The compiled chain method of the public function ``func`` (``_chain_core._step``
    names and documents it)."""

    def step(ChainNode self, *args, **kwargs):
        return _chain_then(self, func, args, kwargs)

    return step
