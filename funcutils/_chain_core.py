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
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Callable, Final, Generic, Optional, TypeVar

from ._errors import invalid_method_error, no_seed_error
from ._helpers import UNSET

if TYPE_CHECKING:
    from ._chain_methods import Chain

__all__ = ["ChainCore", "DashCore", "InvalidMethod", "T_co", "install", "lookup", "rebuild"]

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


def _public_names() -> dict[str, Any]:
    """``funcutils``' public names (built once, on first use, after the package is imported)."""
    if not _PUBLIC:
        import funcutils

        _PUBLIC.update((name, getattr(funcutils, name)) for name in funcutils.__all__)
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
    """A lazy, immutable chain of calls; see :func:`funcutils.chaining.chain`."""

    __slots__ = ("_args", "_func", "_kwargs", "_parent", "_result", "_steps")

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
        return (rebuild, (self._root()._result, steps))

    def __repr__(self) -> str:
        names = ".".join(
            f"{getattr(func, '__name__', func)}()" for func, _, _ in self._all_steps()
        )
        seed = self._root()._result
        head = "py_()" if seed is UNSET else f"chain({seed!r})"
        return f"{head}.{names}" if names else head

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Callable[..., Chain[Any]]:
            if name.startswith("__"):
                raise AttributeError(name)
            func = lookup(name)

            def method(*args: Any, **kwargs: Any) -> Chain[Any]:
                return self._then(func, args, kwargs)

            method.__name__ = name
            return method


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


def _step(func: Callable[..., Any], name: str) -> Callable[..., Any]:
    """The chain method of the public function ``func``: adds one node."""

    def step(self: ChainCore[Any], *args: Any, **kwargs: Any) -> Any:
        node: Any = _new(type(self))
        node._parent = self
        node._func = func
        node._args = args
        node._kwargs = kwargs or None
        node._result = _PENDING
        return node

    step.__name__ = name
    step.__qualname__ = f"Chain.{name}"
    step.__doc__ = f"Chain step: :func:`funcutils.{getattr(func, '__name__', name)}` on the chained value."
    return step


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
    for rows, on_chain in ((methods, True), (dash_only, False)):
        for method, module, function in rows:
            func = getattr(importlib.import_module(f"funcutils.{module}"), function, None)
            if not callable(func) or method in RESERVED and on_chain:
                continue
            if on_chain:
                setattr(chain_cls, method, _step(func, method))
            setattr(dash_cls, method, staticmethod(func))
