"""The machinery of :mod:`funcutils.chaining`: a chain is a linked list of steps.

A chain node holds its parent node, the public function of its step, the
step's extra arguments and, once computed, its result. The root node holds the
seed (or :data:`~funcutils._helpers.UNSET` for a chain without a seed). Adding
a step creates one node (no copy of the chain), so branching a chain is free
and each method call costs one small object.

The methods themselves (one per public function) are installed by
:func:`install` from the generated table in :mod:`funcutils._chain_methods`;
their typed signatures are in ``_chain_methods.pyi``. Both come from
``scripts/generate_chaining.py``.

Everything here is iterative: a chain of a million steps can be evaluated,
planted and pickled at the default recursion limit.
"""

# pyright: reportUninitializedInstanceVariable=false
# (a root node sets only _parent and _result; the other slots exist on step nodes)
from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Callable, Final, Generic, Optional, TypeVar

from ._errors import invalid_method_error, no_seed_error
from ._helpers import UNSET

if TYPE_CHECKING:
    from ._chain_methods import Chain

__all__ = [
    "ChainCore", "DashCore", "InvalidMethod", "T_co", "chain_core", "install", "lookup",
    "make_chain_class", "missing_method", "rebuild", "reinstall",
]

T_co = TypeVar("T_co", covariant=True)

#: Names a step can never have: the chain's own methods win (pydash's too).
RESERVED: Final = frozenset({"value", "plant", "commit", "to_string"})


class InvalidMethod(AttributeError):
    """Raised for a chain method (or ``py_`` attribute) that names no public function.

    An :class:`AttributeError`, so ``getattr(chain, name, default)`` and
    ``hasattr`` work as usual.

    Example:
        >>> from funcutils.chaining import InvalidMethod, chain
        >>> hasattr(chain([1]), "no_such_function")
        False
        >>> issubclass(InvalidMethod, AttributeError)
        True

    .. versionadded:: 0.2.0
    """


class _Pending:
    """Type of the "not computed yet" marker of a step node."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "PENDING"

    def __reduce__(self) -> str:
        return "_PENDING"


_PENDING: Final = _Pending()

_Step = tuple[Callable[..., Any], tuple[Any, ...], Optional[dict[str, Any]]]


_PUBLIC: dict[str, Any] = {}
#: This package's name (``funcutils``), for imports made by name.
_PACKAGE = __name__.rpartition(".")[0]


def _public_names() -> dict[str, Any]:
    """``funcutils``' public names (built once, on first use, after the package is imported)."""
    if not _PUBLIC:
        package = importlib.import_module(_PACKAGE)
        _PUBLIC.update((name, getattr(package, name)) for name in package.__all__)
    return _PUBLIC


def lookup(name: str) -> Callable[..., Any]:
    """The public function a chain method ``name`` runs (pydash's ``get_method``).

    ``name`` itself, or, for a name without a trailing underscore, ``name + "_"``
    (``map`` is ``map_``), as in pydash. Only names of ``funcutils.__all__``
    are methods.

    Raises:
        InvalidMethod: no public function has that name.
    """
    public = _public_names()
    func = public.get(name)
    if not callable(func) and not name.endswith("_"):
        func = public.get(name + "_")
    if not callable(func) or name.startswith("__"):
        raise InvalidMethod(invalid_method_error(name))
    return func  # type: ignore[no-any-return]


_new = object.__new__


class ChainCore(Generic[T_co]):
    """A lazy, immutable chain of calls; see :func:`funcutils.chaining.chain`.

    The methods here are the specification. The node's storage is in the
    subclass :class:`PureChainNode`, or, where the kernels are compiled, in
    ``funcutils._speedups_c.ChainNode``, which implements the hot methods
    (building a step, :meth:`value`, calls) on C fields and inherits the rest
    from here (:func:`chain_core` picks one).
    """

    if not TYPE_CHECKING:  # no storage here: the node classes hold the attributes below
        __slots__ = ()

    _parent: Optional[ChainCore[Any]]
    _func: Callable[..., Any]
    _args: tuple[Any, ...]
    _kwargs: Optional[dict[str, Any]]
    _result: Any
    _steps: tuple[_Step, ...]

    def __init__(self, value: Any = UNSET) -> None:
        # A root: the other slots are only read on step nodes.
        self._parent = None
        self._result = value

    # -- building ---------------------------------------------------------

    def _then(
        self, func: Callable[..., Any], args: tuple[Any, ...], kwargs: Optional[dict[str, Any]]
    ) -> Chain[Any]:
        node: Any = _new(type(self))
        node._parent = self
        node._func = func
        node._args = args
        node._kwargs = kwargs or None
        node._result = _PENDING
        return node  # type: ignore[no-any-return]

    def _root(self) -> ChainCore[Any]:
        node: ChainCore[Any] = self
        while node._parent is not None:
            node = node._parent
        return node

    def _seed(self) -> Any:
        """The root's seed (:data:`~funcutils._helpers.UNSET` for a chain without one)."""
        return self._root()._result

    def _all_steps(self) -> tuple[_Step, ...]:
        if self._parent is None:
            return ()
        try:
            return self._steps
        except AttributeError:  # not collected yet (step nodes leave the slot unset)
            out: list[_Step] = []
            node: ChainCore[Any] = self
            while node._parent is not None:
                out.append((node._func, node._args, node._kwargs))
                node = node._parent
            out.reverse()
            steps = self._steps = tuple(out)
            return steps

    # -- running ----------------------------------------------------------

    def value(self) -> T_co:
        """Run the chain on its seed and return the result.

        Each step of a seeded chain runs at most once: its result is kept, so
        a second ``value()`` (or ``value()`` of a longer chain built on this
        one) reuses it, and a mutating step (``push``, ``pull``...) is not
        repeated. Call the chain as a function, or :meth:`plant` a seed, to
        run the steps again.

        Raises:
            ValueError: the chain has no seed (call it with a value instead).
        """
        result = self._result
        if result is _PENDING:
            return self._compute()  # type: ignore[no-any-return]
        if result is UNSET:
            raise ValueError(no_seed_error())
        return result  # type: ignore[no-any-return]

    def _compute(self, _pending: Any = _PENDING) -> Any:
        pending: list[Any] = []
        append = pending.append
        node: Any = self
        while node._result is _pending:
            append(node)
            node = node._parent
        result = node._result
        if result is UNSET:
            raise ValueError(no_seed_error())
        for node in reversed(pending):
            args = node._args
            kwargs = node._kwargs
            if kwargs is not None:
                result = node._func(result, *args, **kwargs)
            elif not args:
                result = node._func(result)
            elif len(args) == 1:
                result = node._func(result, args[0])
            else:
                result = node._func(result, *args)
            node._result = result
        return result

    def __call__(self, value: Any) -> T_co:
        """Run the steps on ``value`` instead of the seed (nothing is kept).

        A chain without a seed (``py_().map_(f).sum_()``) is a function of its
        input; it pickles when its arguments do.
        """
        for func, args, kwargs in self._all_steps():
            if kwargs is not None:
                value = func(value, *args, **kwargs)
            elif not args:
                value = func(value)
            elif len(args) == 1:
                value = func(value, args[0])
            else:
                value = func(value, *args)
        return value  # type: ignore[no-any-return]

    def plant(self, value: Any) -> Chain[T_co]:
        """A copy of this chain's steps with ``value`` as the seed (nothing computed yet)."""
        return rebuild(value, self._all_steps())

    def commit(self) -> Chain[T_co]:
        """A new chain seeded with this chain's :meth:`value`."""
        return rebuild(self.value(), ())

    def to_string(self) -> str:
        """The result as a string, as :func:`funcutils.to_string` (``None`` gives ``""``)."""
        result = self.value()
        to_string = _public_names().get("to_string")
        if to_string is not None:
            return to_string(result)  # type: ignore[no-any-return]
        if isinstance(result, str):
            return result
        return "" if result is None else str(result)

    # -- pickling, display, unknown names ---------------------------------

    def __reduce__(self) -> tuple[Any, ...]:
        names = {id(func): name for name, func in _public_names().items() if callable(func)}
        steps = tuple(
            (names.get(id(func), func), args, kwargs) for func, args, kwargs in self._all_steps()
        )
        return (rebuild, (self._seed(), steps))

    def __repr__(self) -> str:
        names = ".".join(
            f"{getattr(func, '__name__', func)}()" for func, _, _ in self._all_steps()
        )
        seed = self._seed()
        head = "py_()" if seed is UNSET else f"chain({seed!r})"
        return f"{head}.{names}" if names else head



def missing_method(node: ChainCore[Any], name: str) -> Callable[..., Chain[Any]]:
    """``node.name`` for a name the chain class does not have (its ``__getattr__``).

    The step method of the public function ``name`` (an alias such as ``map``
    included); a dunder name is an ordinary :class:`AttributeError`.

    Raises:
        InvalidMethod: no public function has that name.
    """
    if name.startswith("__"):
        raise AttributeError(name)
    func = lookup(name)

    def method(*args: Any, **kwargs: Any) -> Chain[Any]:
        return node._then(func, args, kwargs)

    method.__name__ = name
    return method


class PureChainNode(ChainCore[Any]):
    """The pure-Python chain node: :class:`ChainCore`'s methods over slots."""

    __slots__ = ("_args", "_func", "_kwargs", "_parent", "_result", "_steps")

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Callable[..., Chain[Any]]:
            return missing_method(self, name)


def chain_core() -> type[ChainCore[Any]]:
    """The node class the generated ``Chain`` derives from.

    ``funcutils._speedups_c.ChainNode`` (with :class:`ChainCore`'s other
    methods) where the kernels are compiled, else :class:`PureChainNode`. The
    choice is made once, when :mod:`funcutils.chaining` is imported (a class
    cannot change its base later, so :func:`~funcutils._speedups.use_kernels`
    does not swap it; the tests build both classes with :func:`make_chain_class`).
    """
    from . import _speedups

    return _compiled_core(_speedups._COMPILED) if _speedups._COMPILED is not None else PureChainNode


def _compiled_core(compiled: Any) -> type[ChainCore[Any]]:
    node: type[Any] = compiled.ChainNode
    core: type[ChainCore[Any]] = type(
        "CompiledChainNode", (node, ChainCore), {"__slots__": (), "__module__": __name__}
    )
    return core


def make_chain_class(core: type[ChainCore[Any]], methods: Iterable[tuple[str, str, str]]) -> type[Any]:
    """A chain class on ``core`` with the step methods ``methods`` (for the tests)."""
    cls: type[Any] = type("Chain", (core,), {"__slots__": ()})
    _install_steps(cls, methods)
    return cls


#: The generated chain class (set by :func:`install`).
_CHAIN: list[type[ChainCore[Any]]] = [ChainCore]


def rebuild(
    value: Any, steps: Iterable[tuple[Any, tuple[Any, ...], Optional[dict[str, Any]]]]
) -> Chain[Any]:
    """A chain with seed ``value`` and ``steps``; a step's function may be given by public name."""
    node: Any = _CHAIN[0](value)
    public: Optional[dict[str, Any]] = None
    for func, args, kwargs in steps:
        if isinstance(func, str):
            if public is None:
                public = _public_names()
            func = public[func]
        node = node._then(func, tuple(args), kwargs)
    return node  # type: ignore[no-any-return]


def _step(func: Callable[..., Any]) -> Callable[..., Any]:
    """The chain method of the public function ``func``: adds one node."""

    def step(self: ChainCore[Any], *args: Any, **kwargs: Any) -> Any:
        node: Any = _new(type(self))
        node._parent = self
        node._func = func
        node._args = args
        node._kwargs = kwargs or None
        node._result = _PENDING
        return node

    return step


def _describe(step: Any, func: Callable[..., Any], name: str) -> Callable[..., Any]:
    """Name and document the chain method ``name`` of ``func`` (either implementation's)."""
    step.__name__ = name
    step.__qualname__ = f"Chain.{name}"
    step.__doc__ = f"Chain step: :func:`funcutils.{getattr(func, '__name__', name)}` on the chained value."
    return step  # type: ignore[no-any-return]


class DashCore:
    """``py_``: ``py_(value)`` starts a chain; ``py_.name`` is the public function ``name``."""

    __slots__ = ()

    if not TYPE_CHECKING:  # typed (overloaded) in _chain_methods.pyi

        def __call__(self, value: Any = UNSET) -> Chain[Any]:
            return _CHAIN[0](value)

    def __reduce__(self) -> str:
        return "py_"

    def __repr__(self) -> str:
        return "py_"

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Callable[..., Any]:
            if name.startswith("__"):
                raise AttributeError(name)
            return lookup(name)


def install(
    chain_cls: type[ChainCore[Any]],
    dash_cls: type[DashCore],
    methods: Iterable[tuple[str, str, str]],
    dash_only: Iterable[tuple[str, str, str]] = (),
) -> None:
    """Install the generated ``(method, module, function)`` tables on both classes.

    A row whose function its module no longer has is skipped (the generated
    files are stale, and ``tests/test_chaining_generated.py`` fails).
    """
    _CHAIN[0] = chain_cls
    methods, dash_only = tuple(methods), tuple(dash_only)
    _INSTALLED[:] = [(chain_cls, dash_cls, methods, dash_only)]
    _install_steps(chain_cls, methods)
    for _, func, method in _functions(methods):
        setattr(dash_cls, method, staticmethod(func))
    for _, func, method in _functions(dash_only):
        setattr(dash_cls, method, staticmethod(func))


#: The arguments of the last :func:`install`, for :func:`reinstall`.
_INSTALLED: list[tuple[Any, ...]] = []


def reinstall() -> None:
    """Install again, so that every step and ``py_`` attribute is the current public
    function (``_speedups.install`` calls this when it swaps the compiled twins)."""
    _PUBLIC.clear()
    if _INSTALLED:
        install(*_INSTALLED[0])


def _functions(
    rows: Iterable[tuple[str, str, str]],
) -> Iterator[tuple[str, Callable[..., Any], str]]:
    for method, module, function in rows:
        func = getattr(importlib.import_module(f"{_PACKAGE}.{module}"), function, None)
        if callable(func):
            yield module, func, method


def _install_steps(chain_cls: type[Any], methods: Iterable[tuple[str, str, str]]) -> None:
    """One step method per row on ``chain_cls`` (compiled steps on a compiled node)."""
    step = _step
    for base in chain_cls.__mro__:
        if base.__module__ == "funcutils._speedups_c":
            step = sys.modules[base.__module__].chain_step
            break
    for _, func, method in _functions(methods):
        if method not in RESERVED:
            setattr(chain_cls, method, _describe(step(func), func, method))
