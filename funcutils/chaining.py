"""Method chaining: ``chain(value)`` and ``py_`` over the whole API (pydash's ``chaining``).

Every public function of funcutils is a method of :class:`Chain` (the chained
value is its first argument) and an attribute of :data:`py_` (the function
itself). Names without a trailing underscore reach the underscored function,
as in pydash: ``.map(...)`` is ``.map_(...)``. The methods and their types are
generated from the functions' own signatures (``scripts/generate_chaining.py``).

>>> from funcutils.chaining import chain, py_
>>> chain([1, 2, 3, 4]).filter_(lambda x: x % 2 == 0).map_(lambda x: x * 10).value()
[20, 40]
>>> double_evens = py_().filter_(lambda x: x % 2 == 0).map_(lambda x: x * 2)
>>> double_evens([1, 2, 3, 4])
[4, 8]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, overload

from ._chain_core import InvalidMethod as InvalidMethod
from ._chain_core import install
from ._chain_methods import DASH_ONLY, METHODS, Dash
from ._chain_methods import Chain as Chain
from ._compat import interpreted as _interpreted
from ._helpers import UNSET
from .types import T, T2

if TYPE_CHECKING or _interpreted(__file__):  # Cython's directives as no-ops: see _compat.CYTHON
    from ._compat import CYTHON as cython
else:  # compiled: the compiler's own ``cython`` module, nothing is imported at run time
    import cython

__all__ = ["chain", "py_", "tap", "thru"]

Chain.__module__ = __name__
Dash.__module__ = __name__
InvalidMethod.__module__ = __name__


@overload
def chain() -> Chain[Any]: ...


@overload
def chain(value: T) -> Chain[T]: ...


@cython.binding(True)  # a default a text signature cannot spell: see _compat
def chain(value: Any = UNSET) -> Chain[Any]:
    """Start a lazy chain on ``value``; without one, the chain is a function of its input.

    Each method adds a step (the chained value is its function's first
    argument); nothing runs until :meth:`~Chain.value` (or a call). A step of a
    seeded chain runs at most once: its result is kept (pydash re-runs every
    step on every ``value()``, mutating steps included).

    Args:
        value: The seed. Leave it out for a reusable pipeline.

    Returns:
        A :class:`Chain`.

    Example:
        >>> chain([1, 2, 3, 4]).map_(lambda x: x * 2).value()
        [2, 4, 6, 8]
        >>> chain().map(lambda x: x * 2).head()([5, 6])
        10
        >>> summer = chain([3, 1, 2]).uniq()
        >>> summer.plant([1, 1]).value(), summer.value()
        ([1], [3, 1, 2])
        >>> from funcutils.chaining import InvalidMethod
        >>> try:
        ...     chain([1]).nope
        ... except InvalidMethod as exc:
        ...     print(exc)
        Invalid funcutils method: nope

    .. versionadded:: 0.2.0
    """
    return Chain(value)


def tap(value: T, interceptor: Callable[[T], Any]) -> T:
    """Call ``interceptor(value)`` and return ``value``: look into a chain without changing it.

    Args:
        value: The chained value.
        interceptor: Called with ``value``; its result is ignored.

    Returns:
        ``value`` itself.

    Example:
        >>> seen = []
        >>> chain([1, 2]).map_(lambda x: x * 2).tap(seen.append).value()
        [2, 4]
        >>> seen
        [[2, 4]]
        >>> tap(None, print)
        None

    .. versionadded:: 0.2.0
    """
    interceptor(value)
    return value


def thru(value: T, interceptor: Callable[[T], T2]) -> T2:
    """Return ``interceptor(value)``: a chain step made of any function (lodash's ``thru``).

    Not in pydash 8.1.0 (pydash chains reach only its own functions); typed, so
    the chained type follows ``interceptor``'s result.

    Args:
        value: The chained value.
        interceptor: The function to apply.

    Returns:
        ``interceptor(value)``.

    Example:
        >>> chain([3, 1, 2]).thru(sorted).head().value()
        1
        >>> thru([], len)
        0

    .. versionadded:: 0.2.0
    """
    return interceptor(value)


install(Chain, Dash, METHODS, DASH_ONLY)

#: ``py_(value)`` starts a chain (``py_()`` one without a seed); ``py_.name`` is
#: the public function ``name`` itself (``py_.map`` is ``map_``). An unknown name
#: raises :class:`InvalidMethod`.
#:
#: >>> py_([1, 2]).map_(lambda x: x + 1).value()
#: [2, 3]
#: >>> py_.map is py_.map_
#: True
py_: Dash = Dash()

#: The same object as :data:`py_` (pydash's ``_``).
_ = py_
