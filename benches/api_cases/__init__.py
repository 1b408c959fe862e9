"""Per-call inputs for ``bench_api.py``: every public function that pydash also has.

Each public module has a file here, ``api_cases/<module>.py``, with a ``CASES``
dict: function name -> :class:`Case`. A case has

* ``small``: a few calls on 0-10 items, the common case in application code
  (edge cases included: empty, ``None``, one item, a str, a dict);
* ``large``: one call on about 10,000 items (``None`` where size means nothing,
  e.g. ``noop``, ``now``).

Arguments are built by ``make()`` functions, called once per round for calls
that mutate their input (``fresh=True``), else once. ``tests/test_bench_api.py``
checks that every shared name has a case and that funcutils and pydash give the
same answer on it (outside the documented differences).
"""

from __future__ import annotations

import copy
import importlib
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = ["Call", "Case", "Inline", "all_cases", "call", "case", "fresh", "make_then", "runner"]


@dataclass(frozen=True)
class Call:
    """One call: ``func(*args, **kwargs)``."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)
    #: The call mutates (or consumes) its arguments: they are copied before each call.
    fresh: bool = False
    #: For factories (``once``, ``curry``...): the product is then called with these
    #: positional arguments, so that construction and one use are timed together.
    then: tuple[Any, ...] | None = None

    def bind(self) -> Callable[[Callable[..., Any]], Any]:
        """A function of the library function that makes this call once."""
        args, kwargs = self.args, self.kwargs
        if self.then is not None:
            then = self.then
            return lambda func: func(*args, **kwargs)(*then)
        if self.fresh:
            deepcopy = copy.deepcopy

            def run_fresh(func: Callable[..., Any]) -> Any:
                return func(*deepcopy(args), **deepcopy(kwargs))

            return run_fresh
        if kwargs:
            return lambda func: func(*args, **kwargs)
        return lambda func: func(*args)


def call(*args: Any, **kwargs: Any) -> Call:
    """``call(x, 2, key=v)``: the call ``func(x, 2, key=v)``."""
    return Call(args, kwargs)


def fresh(*args: Any, **kwargs: Any) -> Call:
    """Like :func:`call`, for a call that mutates its arguments (copied per call)."""
    return Call(args, kwargs, fresh=True)


def make_then(args: tuple[Any, ...], then: tuple[Any, ...], **kwargs: Any) -> Call:
    """A factory call ``func(*args, **kwargs)`` whose product is called with ``then``."""
    return Call(args, kwargs, then=then)


@dataclass(frozen=True)
class Case:
    small: list[Call]
    large: Call | None = None
    #: Why the two libraries' answers are not compared (a documented difference,
    #: randomness, time); empty: the bench-api test compares them.
    no_compare: str = ""


@dataclass(frozen=True)
class Inline:
    """An expression written into the timing code in place of a call (a floor with no call).

    ``template`` names the call's positional arguments ``{0}``, ``{1}``...:
    ``Inline('"\\"" + {0} + "\\""')`` times the concatenation itself, with no
    function call around it, which no implementation can undercut (each pays
    at least a call). Called, it evaluates the expression (for the tests).
    """

    template: str
    #: Globals the expression uses besides builtins (``getrandbits``...).
    names: dict[str, Any] = field(default_factory=dict)

    def __call__(self, *args: Any) -> Any:
        names = [f"a{i}" for i in range(len(args))]
        return eval(self.template.format(*names), dict(self.names), dict(zip(names, args)))  # noqa: S307


def runner(func: Callable[..., Any], calls: list[Call]) -> Callable[[], None]:
    """A function that makes each of ``calls`` of ``func`` once, written out as code.

    The calls are generated source, ``f(a0_0, a0_1, key=k0_key)``, with ``func`` and
    every argument a local (a default parameter): what application code does, with
    no wrapper per call in the timing (a lambda and a ``*args`` call per call
    cost about as much as a thin function's whole body, and would pull every
    ratio towards 1). A ``fresh`` call deep-copies its arguments first, inside
    the timing, as :meth:`Call.bind` does; a factory's product is called with
    ``then``.
    """
    env: dict[str, Any] = {"f": func, "deepcopy": copy.deepcopy}
    inline = isinstance(func, Inline)
    if inline:
        env.update(func.names)
    lines = []
    for i, c in enumerate(calls):
        if inline and (c.fresh or c.kwargs or c.then is not None):
            raise ValueError("an Inline floor takes positional, not copied, arguments only")
        if c.fresh:
            env[f"a{i}"], env[f"k{i}"] = c.args, c.kwargs
            expr = f"f(*deepcopy(a{i}), **deepcopy(k{i}))"
        else:
            parts = []
            for j, arg in enumerate(c.args):
                env[f"a{i}_{j}"] = arg
                parts.append(f"a{i}_{j}")
            for key, value in c.kwargs.items():
                env[f"k{i}_{key}"] = value
                parts.append(f"{key}=k{i}_{key}")
            expr = f"f({', '.join(parts)})"
            if inline:
                expr = "(" + func.template.format(*parts) + ")"
        if c.then is not None:
            for j, arg in enumerate(c.then):
                env[f"t{i}_{j}"] = arg
            expr += f"({', '.join(f't{i}_{j}' for j in range(len(c.then)))})"
        lines.append(f"    {expr}\n")
    source = f"def run({', '.join(f'{name}={name}' for name in env)}):\n" + "".join(lines or ["    pass\n"])
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<calls of {getattr(func, '__name__', func)}>", "exec"), env, namespace)
    run: Callable[[], None] = namespace["run"]
    return run


def case(*small: Call, large: Call | None = None, no_compare: str = "") -> Case:
    return Case(list(small), large, no_compare)


MODULES = ("arrays", "collections", "functions", "objects", "strings", "predicates", "numerical",
           "utilities", "chaining")


def all_cases() -> dict[str, Case]:
    """Every module's cases, merged (a name is in one module only)."""
    out: dict[str, Case] = {}
    for module in MODULES:
        try:
            mod = importlib.import_module(f"api_cases.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"api_cases.{module}":
                raise
            continue
        overlap = set(out) & set(mod.CASES)
        if overlap:
            raise ValueError(f"api_cases.{module} repeats {sorted(overlap)}")
        out.update(mod.CASES)
    return out
