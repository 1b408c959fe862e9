# Cython kernels for funcutils.functions: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_functions_py.py name for name; that file is the specification.

from funcutils._errors import (
    check_callable as _fn_check_callable,
    once_reentered_error as _fn_once_reentered_error,
    check_dict,
    multiple_values_error,
    too_many_positional_error,
)
from funcutils._functions_py import _count as _fn_count, _restore_once as _fn_restore_once
from funcutils._signature import (
    curry_spec as _fn_curry_spec,
    remaining_signature as _fn_remaining_signature,
)

_FUNCTIONS_ALL = [
    "after_object",
    "before_object",
    "curry_object",
    "flow_object",
    "once_object",
    "partial_object",
]

cdef dict _FN_EMPTY = {}


cdef object _fn_multiple_values(object spec, object key):
    return multiple_values_error(spec.name, key)


cdef object _fn_too_many(object spec, Py_ssize_t given):
    return too_many_positional_error(spec.name, spec.max_positional, given)


@cython.freelist(32)
@cython.final
cdef class Curry:
    """A curried function (see funcutils._functions_py for the rules)."""

    cdef object _func
    cdef object _spec
    cdef tuple _args
    cdef dict _kwargs
    cdef Py_ssize_t _arity
    cdef Py_ssize_t _max_positional
    cdef bint _right
    cdef bint _simple          # no required keyword-only parameter
    cdef object __weakref__

    def __call__(self, *args, **kwargs):
        # Only reached through Curry.__call__ (e.g. super calls): calls made as
        # obj(...) use _fn_curry_tp_call, installed as the type's tp_call below.
        return _fn_curry_call(self, args, kwargs if kwargs else None)

    @property
    def func(self):
        """The curried function."""
        return self._func

    @property
    def arity(self):
        """Positional parameters needed before the call."""
        return self._arity

    @property
    def args(self):
        """Positional arguments collected so far (in call order)."""
        return self._args

    @property
    def kwargs(self):
        """Keyword arguments collected so far (a copy)."""
        return dict(self._kwargs)

    @property
    def __wrapped__(self):
        return self._func

    @property
    def __name__(self):
        return self._spec.name

    @property
    def __doc__(self):
        return getattr(self._func, "__doc__", None)

    @property
    def __signature__(self):
        return _fn_remaining_signature(self._spec, self._args, self._kwargs, self._right)

    def __repr__(self):
        kind = "curry_right" if self._right else "curry"
        return f"<{kind} {self._spec.name} args={self._args!r} kwargs={self._kwargs!r}>"

    def __reduce__(self):
        return (
            curry_object,
            (self._func, self._arity, self._right, self._args, dict(self._kwargs)),
        )

    def __eq__(self, other):
        if type(other) is not Curry:
            return NotImplemented
        cdef Curry that = <Curry>other
        return (
            self._func == that._func
            and self._right == that._right
            and self._arity == that._arity
            and self._args == that._args
            and self._kwargs == that._kwargs
        )

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(
            ("curry", self._func, self._right, self._arity, self._args,
             frozenset(self._kwargs.items()))
        )


cdef object _fn_curry_call(Curry self, tuple args, dict kwargs):
    """The curry step (kwargs is None when no keyword was given)."""
    cdef tuple all_args
    cdef dict all_kwargs
    cdef Py_ssize_t count, filled
    cdef object position
    if kwargs is None and self._simple and not self._kwargs:
        # Positional-only progress: the hot path.
        if not self._args:
            all_args = args
        elif self._right:
            all_args = args + self._args
        else:
            all_args = self._args + args
        count = len(all_args)
        if count >= self._arity:
            if 0 <= self._max_positional < count:
                raise _fn_too_many(self._spec, count)
            return self._func(*all_args)
        return _fn_new_curry(self._func, self._spec, self._right, all_args, _FN_EMPTY,
                             self._arity, self._max_positional, self._simple)
    spec = self._spec
    if self._right:
        all_args = args + self._args
    else:
        all_args = self._args + args
    if kwargs:
        old = self._kwargs
        for key in kwargs:
            if key in old:
                raise _fn_multiple_values(spec, key)
        all_kwargs = {**old, **kwargs}
    else:
        all_kwargs = self._kwargs
    count = len(all_args)
    if 0 <= self._max_positional < count:
        raise _fn_too_many(spec, count)
    filled = count
    if all_kwargs:
        index = spec.index
        for key in all_kwargs:
            position = index.get(key)
            if position is not None:
                if <Py_ssize_t>position < count:
                    raise _fn_multiple_values(spec, key)
                filled += 1
    if filled >= self._arity:
        for key in spec.kwonly:
            if key not in all_kwargs:
                break
        else:
            return self._func(*all_args, **all_kwargs)
    return _fn_new_curry(self._func, spec, self._right, all_args, all_kwargs,
                         self._arity, self._max_positional, self._simple)


cdef object _fn_curry_tp_call(object self, object args, PyObject* kw):
    """tp_call of Curry: like __call__, without building an empty kwargs dict per call."""
    if kw is NULL or PyDict_GET_SIZE(kw) == 0:
        return _fn_curry_call(<Curry>self, <tuple>args, None)
    return _fn_curry_call(<Curry>self, <tuple>args, <dict><object>kw)


(<PyTypeObject*>Curry).tp_call = <void*>_fn_curry_tp_call


cdef inline Curry _fn_new_curry(object func, object spec, bint right, tuple args, dict kwargs,
                                Py_ssize_t arity, Py_ssize_t max_positional, bint simple):
    cdef Curry obj = Curry.__new__(Curry)
    obj._func = func
    obj._spec = spec
    obj._right = right
    obj._args = args
    obj._kwargs = kwargs
    obj._arity = arity
    obj._max_positional = max_positional
    obj._simple = simple
    return obj


def curry_object(func, arity=None, right=False, args=(), kwargs=None):
    """Curry ``func`` (``right``: from the right), with ``args``/``kwargs`` already collected."""
    name = "curry_right" if right else "curry"
    spec = _fn_curry_spec(func, arity, name)
    if type(args) is not tuple:
        check_tuple(args, name, "args")
    if kwargs is None:
        kwargs = _FN_EMPTY
    elif type(kwargs) is not dict:
        check_dict(kwargs, name, "kwargs")
    return _fn_new_curry(func, spec, bool(right), args, dict(kwargs) if kwargs else _FN_EMPTY,
                         spec.arity, spec.max_positional, not spec.kwonly)


@cython.final
cdef class Flow:
    """Left-to-right composition: the first function takes every argument."""

    cdef tuple _funcs
    cdef object __weakref__

    def __call__(self, *args, **kwargs):
        return _fn_flow_call(self, args, kwargs if kwargs else None)

    @property
    def funcs(self):
        """The functions, in call order."""
        return self._funcs

    def __repr__(self):
        return f"<flow {self._funcs!r}>"

    def __reduce__(self):
        return (flow_object, (self._funcs,))

    def __eq__(self, other):
        if type(other) is not Flow:
            return NotImplemented
        return self._funcs == (<Flow>other)._funcs

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(("flow", self._funcs))


cdef object _fn_flow_call(Flow self, tuple args, dict kwargs):
    cdef tuple funcs = self._funcs
    cdef Py_ssize_t i, n = len(funcs)
    if n == 0:
        if len(args) != 1 or kwargs:
            raise TypeError(
                "flow() with no functions is the identity: it takes exactly one "
                f"positional argument ({len(args)} positional, "
                f"{len(kwargs) if kwargs else 0} keyword given)"
            )
        return args[0]
    if kwargs:
        result = funcs[0](*args, **kwargs)
    else:
        result = funcs[0](*args)
    for i in range(1, n):
        result = funcs[i](result)
    return result


cdef object _fn_flow_tp_call(object self, object args, PyObject* kw):
    if kw is NULL or PyDict_GET_SIZE(kw) == 0:
        return _fn_flow_call(<Flow>self, <tuple>args, None)
    return _fn_flow_call(<Flow>self, <tuple>args, <dict><object>kw)


(<PyTypeObject*>Flow).tp_call = <void*>_fn_flow_tp_call


def flow_object(funcs):
    """Compose ``funcs`` left to right (no function: the identity of one argument)."""
    if type(funcs) is not tuple:
        check_tuple(funcs, "flow", "funcs")
    for func in funcs:
        _fn_check_callable(func, "flow", "funcs")
    cdef Flow obj = Flow.__new__(Flow)
    obj._funcs = funcs
    return obj


@cython.final
cdef class Partial:
    """``func`` with arguments bound on the left (or the right); call keywords win."""

    cdef object _func
    cdef tuple _args
    cdef dict _kwargs
    cdef bint _right
    cdef object __weakref__

    def __call__(self, *args, **kwargs):
        return _fn_partial_call(self, args, kwargs if kwargs else None)

    @property
    def func(self):
        """The wrapped function."""
        return self._func

    @property
    def args(self):
        """The bound positional arguments."""
        return self._args

    @property
    def kwargs(self):
        """The bound keyword arguments (a copy)."""
        return dict(self._kwargs)

    @property
    def __wrapped__(self):
        return self._func

    def __repr__(self):
        kind = "partial_right" if self._right else "partial"
        return f"<{kind} {self._func!r} args={self._args!r} kwargs={self._kwargs!r}>"

    def __reduce__(self):
        return (partial_object, (self._func, self._args, dict(self._kwargs), self._right))

    def __eq__(self, other):
        if type(other) is not Partial:
            return NotImplemented
        cdef Partial that = <Partial>other
        return (
            self._func == that._func
            and self._args == that._args
            and self._kwargs == that._kwargs
            and self._right == that._right
        )

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(
            ("partial", self._func, self._args, frozenset(self._kwargs.items()), self._right)
        )


cdef object _fn_partial_call(Partial self, tuple args, dict kwargs):
    if self._kwargs:
        kwargs = {**self._kwargs, **kwargs} if kwargs else self._kwargs
    if self._right:
        all_args = args + self._args if self._args else args
    else:
        all_args = self._args + args if self._args else args
    if kwargs:
        return self._func(*all_args, **kwargs)
    return self._func(*all_args)


cdef object _fn_partial_tp_call(object self, object args, PyObject* kw):
    if kw is NULL or PyDict_GET_SIZE(kw) == 0:
        return _fn_partial_call(<Partial>self, <tuple>args, None)
    return _fn_partial_call(<Partial>self, <tuple>args, <dict><object>kw)


(<PyTypeObject*>Partial).tp_call = <void*>_fn_partial_tp_call


def partial_object(func, args=(), kwargs=None, right=False):
    """Bind ``args``/``kwargs`` to ``func`` (``right``: the positional ones go last)."""
    name = "partial_right" if right else "partial"
    _fn_check_callable(func, name)
    if type(args) is not tuple:
        check_tuple(args, name, "args")
    if kwargs is None:
        kwargs = _FN_EMPTY
    elif type(kwargs) is not dict:
        check_dict(kwargs, name, "kwargs")
    cdef Partial obj = Partial.__new__(Partial)
    obj._func = func
    obj._args = args
    obj._kwargs = dict(kwargs) if kwargs else _FN_EMPTY
    obj._right = bool(right)
    return obj


# ---------------------------------------------------------------------------
# Counting wrappers: once, after, before (see _functions_py for the rules).
# Counting happens in C while the GIL is held, so it is atomic without a lock;
# only once's first call takes a lock (func may release the GIL while running).

@cython.final
cdef class Once:
    """``func``'s first result, for every call (see funcutils._functions_py.once_object)."""
    cdef readonly object func
    cdef readonly bint called
    cdef readonly object result
    cdef PyThread_type_lock _lock     # allocated at the first call (under the GIL: atomic)
    cdef unsigned long _owner         # the thread whose first call holds _lock
    cdef object __weakref__

    def __dealloc__(self):
        if self._lock != NULL:
            PyThread_free_lock(self._lock)

    def __call__(self, *args, **kwargs):
        if self.called:
            return self.result
        if self._lock == NULL:
            self._lock = PyThread_allocate_lock()
            if self._lock == NULL:
                raise MemoryError()
        if not PyThread_acquire_lock(self._lock, 0):
            if self._owner == PyThread_get_thread_ident():
                raise _fn_once_reentered_error()   # waiting for ourselves would hang
            with nogil:   # another thread runs func: wait for it without the GIL
                PyThread_acquire_lock(self._lock, 1)
        self._owner = PyThread_get_thread_ident()
        try:
            if not self.called:
                self.result = self.func(*args, **kwargs)
                self.called = True
        finally:
            PyThread_release_lock(self._lock)
        return self.result

    def restore(self, bint called, object result):
        """Set the state (unpickling)."""
        self.called = called
        self.result = result

    def __reduce__(self):
        return (_fn_restore_once, (self.func, self.called, self.result))

    def __repr__(self):
        return f"<once {self.func!r} called={self.called}>"


def once_object(func):
    """A wrapper that calls ``func`` on its first call and returns that result ever after.

    >>> first = once_object(abs)
    >>> first(-2), first(-3)
    (2, 2)
    """
    if not callable(func):
        _fn_check_callable(func, "once")
    cdef Once obj = Once.__new__(Once)
    obj.func = func
    return obj


@cython.final
cdef class After:
    """Calls ``func`` from the ``n``-th call on (see funcutils._functions_py.after_object)."""
    cdef readonly object func
    cdef Py_ssize_t _n
    cdef object __weakref__

    @property
    def n(self):
        return self._n

    def __call__(self, *args, **kwargs):
        self._n -= 1
        if self._n <= 0:
            self._n = 0    # stays at 0: no unbounded countdown
            return self.func(*args, **kwargs)
        return None

    def __reduce__(self):
        return (after_object, (self.func, self._n))

    def __repr__(self):
        return f"<after {self.func!r} n={self._n}>"


@cython.final
cdef class Before:
    """Calls ``func`` while fewer than ``n`` calls were made (see before_object)."""
    cdef readonly object func
    cdef Py_ssize_t _n
    cdef object __weakref__

    @property
    def n(self):
        return self._n

    def __call__(self, *args, **kwargs):
        self._n -= 1
        if self._n > 0:
            return self.func(*args, **kwargs)
        self._n = 0
        return None

    def __reduce__(self):
        return (before_object, (self.func, self._n))

    def __repr__(self):
        return f"<before {self.func!r} n={self._n}>"


def after_object(func, n):
    """A wrapper that returns ``None`` for the first ``n - 1`` calls, then calls ``func``.

    ``n`` must be a non-negative ``int`` (the public function converts it).

    >>> run = after_object(abs, 2)
    >>> run(-1), run(-2)
    (None, 2)
    """
    if not callable(func):
        _fn_check_callable(func, "after")
    cdef After obj = After.__new__(After)
    obj.func = func
    obj._n = _fn_ssize(n if type(n) is int and n >= 0 else _fn_count(n, "after"))
    return obj


def before_object(func, n):
    """A wrapper that calls ``func`` for the first ``n - 1`` calls, then returns ``None``.

    >>> run = before_object(abs, 2)
    >>> run(-1), run(-2)
    (1, None)
    """
    if not callable(func):
        _fn_check_callable(func, "before")
    cdef Before obj = Before.__new__(Before)
    obj.func = func
    obj._n = _fn_ssize(n if type(n) is int and n >= 0 else _fn_count(n, "before"))
    return obj


cdef inline Py_ssize_t _fn_ssize(object n):
    """A count as a C integer; a larger one than fits never runs out anyway."""
    return n if n < PY_SSIZE_T_MAX else PY_SSIZE_T_MAX
