"""Signature analysis for the curry kernels, done once per curried function.

Both kernel implementations (pure and Cython) call :func:`curry_spec` when a
curry is created and :func:`remaining_signature` when ``inspect.signature`` asks
a curried object for its parameters; neither re-derives these rules.
"""

from __future__ import annotations

import inspect
import types
from typing import Any, Optional

from ._errors import as_int, check_callable

__all__ = [
    "CurrySpec", "as_count", "curry_spec", "func_name", "remaining_signature",
]

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


class CurrySpec:
    """What a curry needs to know about its function (immutable, shared by every step).

    Attributes:
        arity: How many positional parameters must be filled before the call.
        index: Name -> position of each positional-or-keyword parameter below
            ``arity`` (a keyword argument for it counts as filled).
        kwonly: Names of the required keyword-only parameters.
        max_positional: Most positional arguments the function takes, or -1
            when unbounded or unknown (``*args``, no signature).
        name: The function's name, for messages.
    """

    __slots__ = ("arity", "index", "kwonly", "max_positional", "name", "_signature", "_func")

    def __init__(
        self,
        arity: int,
        index: dict[str, int],
        kwonly: tuple[str, ...],
        max_positional: int,
        name: str,
        signature: Optional[inspect.Signature],
        func: Any = None,
    ) -> None:
        self.arity = arity
        self.index = index
        self.kwonly = kwonly
        self.max_positional = max_positional
        self.name = name
        self._signature = signature
        self._func = func  # read lazily: the signature is only needed by inspect.signature

    @property
    def signature(self) -> Optional[inspect.Signature]:
        """The function's signature (``None`` where it cannot be read)."""
        if self._signature is None and self._func is not None:
            self._signature = inspect.signature(self._func)
            self._func = None
        return self._signature


def func_name(func: Any) -> str:
    """A readable name for ``func``."""
    name = getattr(func, "__name__", None)
    return name if isinstance(name, str) else type(func).__name__


def as_count(n: Any, caller: str, arg: str = "n") -> int:
    """Validate a non-negative integer argument."""
    value = as_int(n, caller, arg)
    if value < 0:
        raise ValueError(f"{caller}() argument {arg!r} must be >= 0, got {value}")
    return value


_FUNCTION = types.FunctionType
_CO_VARARGS = inspect.CO_VARARGS


def _code_spec(func: Any, arity: Optional[int], caller: str) -> Optional[CurrySpec]:
    """The spec of a plain Python function, from its code object (no ``inspect``).

    ``None`` where the code object may not tell the truth (``__wrapped__``,
    ``__signature__`` or other attributes set on the function): the caller then
    reads ``inspect.signature``. The two agree (a test compares them).
    """
    if type(func) is not _FUNCTION or func.__dict__:
        return None
    code = func.__code__
    count = code.co_argcount
    names = code.co_varnames
    max_positional = -1 if code.co_flags & _CO_VARARGS else count
    kwdefaults = func.__kwdefaults__ or {}
    kwonly = tuple(
        n for n in names[count:count + code.co_kwonlyargcount] if n not in kwdefaults
    )
    if arity is None:
        arity = count
    elif 0 <= max_positional < arity:
        return None  # the error message is the signature path's
    start = code.co_posonlyargcount
    index = {names[i]: i for i in range(start, min(arity, count))}
    return CurrySpec(arity, index, kwonly, max_positional, func.__name__, None, func)


def curry_spec(func: Any, arity: Any, caller: str) -> CurrySpec:
    """Analyse ``func`` for a curry (``arity=None``: its positional parameter count)."""
    check_callable(func, caller)
    if arity is not None:
        arity = as_count(arity, caller, "arity")
    spec = _code_spec(func, arity, caller)
    if spec is not None:
        return spec
    name = func_name(func)
    try:
        sig: Optional[inspect.Signature] = inspect.signature(func)
    except (TypeError, ValueError):
        sig = None
    if sig is None:
        if arity is None:
            raise TypeError(
                f"{caller}() cannot read the signature of {name!r}; pass arity= explicitly"
            )
        return CurrySpec(arity, {}, (), -1, name, None)
    positional: list[inspect.Parameter] = []
    kwonly: list[str] = []
    max_positional = 0
    for param in sig.parameters.values():
        if param.kind in _POSITIONAL:
            positional.append(param)
        elif param.kind is inspect.Parameter.VAR_POSITIONAL:
            max_positional = -1
        elif param.kind is inspect.Parameter.KEYWORD_ONLY and param.default is param.empty:
            kwonly.append(param.name)
    if max_positional == 0:
        max_positional = len(positional)
    if arity is None:
        arity = len(positional)
    elif 0 <= max_positional < arity:
        raise ValueError(
            f"{caller}() arity {arity} exceeds the {max_positional} positional "
            f"parameter{'' if max_positional == 1 else 's'} of {name!r}"
        )
    index = {
        param.name: i
        for i, param in enumerate(positional[:arity])
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    }
    return CurrySpec(arity, index, tuple(kwonly), max_positional, name, sig)


def remaining_signature(
    spec: CurrySpec, args: tuple[Any, ...], kwargs: dict[str, Any], right: bool
) -> inspect.Signature:
    """The parameters a curried object still waits for (what ``inspect.signature`` shows)."""
    sig = spec.signature
    if sig is None:
        return inspect.Signature(
            [
                inspect.Parameter("args", inspect.Parameter.VAR_POSITIONAL),
                inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD),
            ]
        )
    params = []
    position = 0
    # Positions filled by the positional arguments given so far.
    if right:
        filled = range(max(spec.arity - len(args), 0), spec.arity)
    else:
        filled = range(len(args))
    for param in sig.parameters.values():
        if param.kind in _POSITIONAL:
            taken = position in filled
            position += 1
            if taken:
                continue
        if param.name in kwargs and param.kind not in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            param = param.replace(default=kwargs[param.name])
            if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        params.append(param)
    # Keyword-only after a keyword-ized positional param is fine; positional after
    # keyword-only is not: move keyword-only parameters after the positional ones.
    order = {
        inspect.Parameter.POSITIONAL_ONLY: 0,
        inspect.Parameter.POSITIONAL_OR_KEYWORD: 1,
        inspect.Parameter.VAR_POSITIONAL: 2,
        inspect.Parameter.KEYWORD_ONLY: 3,
        inspect.Parameter.VAR_KEYWORD: 4,
    }
    params.sort(key=lambda p: order[p.kind])
    try:
        return sig.replace(parameters=params)
    except ValueError:  # pragma: no cover - defensive: an order Signature refuses
        return sig.replace(parameters=params, __validate_parameters__=False)  # type: ignore[call-arg]
