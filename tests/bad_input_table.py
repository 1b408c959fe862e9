"""The bad-input table: every public function called with bad arguments.

Generated from ``funcutils.__all__``: for each public callable, a baseline
call with good arguments is built from the parameter names (``GOOD`` and the
per-function ``GOOD_OVERRIDES``); then each parameter in turn (positional,
keyword-only, and one extra item of a ``*args``) is replaced by each value of
``BAD``. A function that returns a callable (a factory such as ``matches``
or ``curry``) has that callable called with each bad value as well.

Each call's outcome is recorded as ``[kind, detail, message, validated]``:
``["ok", normalized_result, "", False]`` or ``["raise", exception_type,
message, raised_by_funcutils]``. Hangs are caught by a per-call
``setitimer`` alarm (POSIX) and recorded as ``["timeout", ...]``.

Run as a script, it prints the outcomes of one implementation as JSON; the
tests run it in a subprocess (``tests/test_bad_input.py``), so that a crash
or a hang fails one test instead of killing the test session::

    python tests/bad_input_table.py cython > outcomes.json

This module is not a test file (pytest does not collect it).
"""

from __future__ import annotations

import faulthandler
import inspect
import itertools
import json
import operator
import re
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Optional

#: Seconds one call may take before it counts as a hang.
CALL_TIMEOUT = 5.0


def _gen() -> Iterator[int]:
    yield from (1, 2)


def _make_cb1() -> Callable[[Any], Any]:
    """A fresh one-argument callback per call (``set_`` may give it attributes)."""

    def _cb1(x: Any) -> Any:
        return x

    return _cb1


def _good_func(a: Any = None, b: Any = 0) -> Any:
    return a


def _good_pred(value: Any = None) -> bool:
    return True


class NoIter:
    """An object without ``__iter__``, ``__len__`` or ``__getitem__``."""

    def __repr__(self) -> str:
        return "NoIter()"


#: The bad values, by name: each factory builds a fresh value per call.
BAD: dict[str, Callable[[], Any]] = {
    "none": lambda: None,
    "int": lambda: 7,
    "negint": lambda: -3,
    "float": lambda: 2.5,
    "str": lambda: "abc",
    "bytes": lambda: b"xy",
    "dict": lambda: {"k": 1},
    "gen": _gen,
    "set": lambda: {1, 2},
    "noiter": NoIter,
    "callback": _make_cb1,
    "callback0": lambda: (lambda: 0),
}

#: Good values by parameter name (factories; ``inspect.Parameter.empty``
#: keeps the default).
GOOD: dict[str, Callable[[], Any]] = {
    "array": lambda: [3, 1, 2, 1],
    "collection": lambda: [{"a": 1, "b": 2}, {"a": 3, "b": 0}],
    "pairs": lambda: [("a", 1), ("b", 2)],
    "keys": lambda: ["a", "b"],
    "values": lambda: [1, 2],
    "obj": lambda: {"a": [1, {"b": 2}]},
    "source": lambda: {"a": 1},
    "func": lambda: _good_func,
    "path": lambda: "a",
    "key": lambda: "a",
    "value": lambda: 1,
    "target": lambda: 1,
    "separator": lambda: 0,
    "start": lambda: 1,
    "index": lambda: 1,
    "n": lambda: 1,
    "wait": lambda: 0,
    # predicates
    "other": lambda: 1,
    "end": lambda: 5,
    "text": lambda: " ",
    "types": lambda: int,
    "op": lambda: operator.le,
    "customizer": lambda: _good_func,
    "interceptor": _make_cb1,
}

#: Good values of *args parameters (the baseline passes these).
GOOD_VARARGS: dict[str, Callable[[], tuple[Any, ...]]] = {
    "others": lambda: ([1, 5],),
    "lists": lambda: ([1, 5],),
    "arrays": lambda: ([1, 2], [3, 4]),
    "values": lambda: (1,),
    "items": lambda: (9,),
    "indexes": lambda: (0,),
    "funcs": lambda: (_make_cb1(),),
    "transforms": lambda: (_make_cb1(),),
    "paths": lambda: ("a",),
    "properties": lambda: ("a",),
    "args": lambda: (),
    "default_values": lambda: (2,),
    "extra_pairs": lambda: (),
    "sources": lambda: ({"a": [2]},),
}

#: Per-function good values where the name rule does not give a working call.
GOOD_OVERRIDES: dict[str, dict[str, Callable[[], Any]]] = {
    "unzip": {"array": lambda: [[1, "a"], [2, "b"]]},
    "count_by": {"iteratee": lambda: "a"},
    "group_by": {"iteratee": lambda: "a"},
    "key_by": {"iteratee": lambda: "a"},
    "sort_by": {"iteratee": lambda: "a"},
    "zip_object": {"values": lambda: [1, 2]},
    "zip_object_deep": {"keys": lambda: ["a.b", "c[0]"], "values": lambda: [1, 2]},
    "unzip_with": {"array": lambda: [[1, "a"], [2, "b"]]},
    "order_by": {"keys": lambda: ["a"]},
    "splice": {"start": lambda: 1},
    "split_at": {"index": lambda: 1},
    "at": {"collection": lambda: {"a": [1, {"b": 2}]}},
    "nest": {"collection": lambda: [{"a": 1, "b": 2}]},
    "invoke_map": {
        "collection": lambda: [[3, 1], [2]],
        "path": lambda: "copy",
    },
    # --- objects ---
    "apply_catch": {"exceptions": lambda: [ValueError]},
    "invert": {"obj": lambda: {"a": 1, "b": "x"}},
    "invert_by": {"obj": lambda: {"a": 1, "b": "x"}},
    "map_keys": {"obj": lambda: {"a": 1, "b": "x"}},
    "apply_if": {"predicate": lambda: bool},
    "rename_keys": {"key_map": lambda: {"a": "z"}},
    "update": {"updater": _make_cb1},
    "update_with": {"updater": _make_cb1},
    "invoke": {"path": lambda: "a.copy"},
    "map_values_deep": {"iteratee": _make_cb1},
    # Timer helpers: a wait long enough that nothing fires during the table.
    "debounce": {"wait": lambda: 10_000},
    "throttle": {"wait": lambda: 10_000},
    "delay": {"wait": lambda: 0},
    # numerical
    "add": {"a": lambda: 1, "b": lambda: 2},
    "ceil": {"x": lambda: 1.5},
    "floor": {"x": lambda: 1.5},
    "round_": {"x": lambda: 1.5},
    "clamp": {"x": lambda: 5, "lower": lambda: 1},
    "divide": {"dividend": lambda: 6, "divisor": lambda: 3},
    "multiply": {"multiplier": lambda: 6, "multiplicand": lambda: 3},
    "subtract": {"minuend": lambda: 6, "subtrahend": lambda: 3},
    "power": {"x": lambda: 2},
    "moving_mean": {"size": lambda: 2},
    "slope": {"point1": lambda: (1, 2), "point2": lambda: (3, 6)},
    "transpose": {"array": lambda: [[1, 2], [3, 4]]},
    **{
        name: {"collection": lambda: [3, 1, 2, 1]}
        for name in ("sum_", "sum_by", "mean", "mean_by", "median", "max_", "max_by", "min_",
                     "min_by", "zscore")
    },
    # utilities
    "cond": {"pairs": lambda: [(_good_pred, _good_func)]},
    "conforms": {"source": lambda: {"a": _good_pred}},
    "conforms_to": {"source": lambda: {"a": _good_pred}},
    "default_to": {"default_value": lambda: 2},
    **{name: {"funcs": lambda: [_good_func]} for name in ("over", "over_every", "over_some")},
}

#: Good values of the string functions' required parameters (after GOOD and defaults).
STRINGS_GOOD: dict[str, Callable[[], Any]] = {
    "text": lambda: "Hello World",
    "step": lambda: 2,
    "subtext": lambda: "o",
    "suffix": lambda: "!",
    "prefix": lambda: ">",
    "length": lambda: 8,
    "number": lambda: 1234.5,
    "char": lambda: "b",
    "reg_exp": lambda: "/o/g",
    "repl": lambda: "0",
    "pattern": lambda: "o",
    "items": lambda: ["a", "b", "c"],
    "wrapper": lambda: "*",
}
GOOD_OVERRIDES.update({
    "separator_case": {"separator": lambda: "-"},
    "slugify": {"separator": lambda: "-"},
})

#: Functions whose result is random: only the outcome kind and the result's
#: type are compared between the implementations.
RANDOM_RESULT = frozenset({"sample", "sample_size", "shuffle", "random", "unique_id", "now"})

#: Factories whose returned callable is not called with bad values, and why.
NO_SECOND_LEVEL: dict[str, str] = {
    "debounce": "calls are deferred to a timer thread; the table cancels it instead",
    "throttle": "a call may schedule a trailing call on a timer thread",
}

#: Parameters not replaced by bad values, and why (reviewed, never silent).
SKIP_PARAMS: dict[tuple[str, str], str] = {
    ("debounce", "timer"): "a bad timer factory is called on the first call only, "
    "which the table does not make (NO_SECOND_LEVEL)",
    ("debounce", "clock"): "read on the first call only (see NO_SECOND_LEVEL)",
    ("throttle", "clock"): "read on the first call only (see NO_SECOND_LEVEL)",
}

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _normalize(value: Any, name: str) -> Any:
    """A JSON-able, implementation-independent description of a result."""
    if name in RANDOM_RESULT:
        return f"<random {type(value).__name__}>"
    if isinstance(value, Iterator):
        value = list(itertools.islice(value, 1000))
    if callable(value) and not isinstance(value, type):
        return "<callable>"
    text = _ADDRESS.sub("", repr(value))
    # The two kernels' wrapper objects have the same repr but different module paths.
    return text.replace("funcutils._speedups_c.", "").replace("funcutils._functions_py.", "")


class CallTimeout(BaseException):
    """Raised by the alarm when a call runs longer than ``CALL_TIMEOUT``."""


def _alarm(signum: int, frame: Any) -> None:
    raise CallTimeout


def _raised_by_funcutils(tb: Optional[TracebackType]) -> bool:
    """Whether the innermost frame that raised is funcutils code (it validated)."""
    frames = traceback.extract_tb(tb)
    return bool(frames) and "funcutils" in frames[-1].filename.replace("\\", "/").split("/")


def _outcome(name: str, call: Callable[[], Any]) -> tuple[list[Any], Any]:
    signal.setitimer(signal.ITIMER_REAL, CALL_TIMEOUT)
    try:
        result = call()
        desc = _normalize(result, name)
    except CallTimeout:
        return ["timeout", "", f"more than {CALL_TIMEOUT} s", False], None
    except Exception as exc:  # noqa: BLE001 - the exception is the outcome
        return [
            "raise",
            type(exc).__name__,
            _ADDRESS.sub("", str(exc))[:300],
            _raised_by_funcutils(exc.__traceback__),
        ], None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return ["ok", desc, "", False], result


class Case:
    """One call: ``func(*args, **kwargs)`` with ``param`` replaced by ``bad``."""

    def __init__(self, name: str, param: str, bad: str) -> None:
        self.name = name
        self.param = param
        self.bad = bad

    @property
    def id(self) -> str:
        return f"{self.name}:{self.param}={self.bad}"


def _params(func: Callable[..., Any]) -> list[inspect.Parameter]:
    return list(inspect.signature(func).parameters.values())


def public_functions() -> dict[str, Callable[..., Any]]:
    import funcutils

    return {
        name: getattr(funcutils, name)
        for name in funcutils.__all__
        if callable(getattr(funcutils, name))
    }


def _good(name: str, param: inspect.Parameter) -> Any:
    factory = GOOD_OVERRIDES.get(name, {}).get(param.name) or GOOD.get(param.name)
    if factory is not None:
        return factory()
    if param.default is not inspect.Parameter.empty:
        return param.default
    factory = STRINGS_GOOD.get(param.name)
    if factory is not None:
        return factory()
    raise LookupError(f"no good value for {name}({param.name}): add one to GOOD")


def build_call(
    name: str, func: Callable[..., Any], replace: Optional[str], bad: Any
) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments of the baseline call, ``replace`` set to ``bad``."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    params = _params(func)
    for p in params:
        if p.kind is p.VAR_POSITIONAL:
            args.extend(GOOD_VARARGS[p.name]())
            if p.name == replace:
                args.append(bad)
        elif p.kind is p.VAR_KEYWORD:
            continue
        elif p.kind is p.KEYWORD_ONLY:
            if p.name == replace:
                kwargs[p.name] = bad
        else:
            explicit = (
                p.name == replace
                or p.default is inspect.Parameter.empty
                or p.name in GOOD_OVERRIDES.get(name, {})
            )
            # Optional parameters before a *args are passed when *args is filled.
            if not explicit and any(q.kind is q.VAR_POSITIONAL for q in params):
                explicit = True
            if not explicit:
                continue
            args.append(bad if p.name == replace else _good(name, p))
    return args, kwargs


def replaceable(name: str, func: Callable[..., Any]) -> list[str]:
    """The parameters that get bad values (all but ``**kwargs`` and SKIP_PARAMS)."""
    return [
        p.name
        for p in _params(func)
        if p.kind is not p.VAR_KEYWORD and (name, p.name) not in SKIP_PARAMS
    ]


def _cleanup(result: Any) -> None:
    cancel = getattr(result, "cancel", None)
    if callable(cancel):
        cancel()


def run_table(
    funcs: Optional[dict[str, Callable[..., Any]]] = None,
    signatures: Optional[dict[str, Callable[..., Any]]] = None,
    second_level: bool = True,
) -> dict[str, list[Any]]:
    """Every case's outcome with the kernels currently installed in ``_speedups``.

    ``funcs`` (default: the public functions) are called with the arguments
    built from the parameters of ``signatures[name]`` (default: ``funcs``), so
    another library's functions can be run on funcutils' cases. With
    ``second_level``, callables returned by a baseline call are called with
    each bad value too.
    """
    if funcs is None:
        funcs = public_functions()
    sigs = funcs if signatures is None else signatures
    outcomes: dict[str, list[Any]] = {}
    for name, func in funcs.items():
        args, kwargs = build_call(name, sigs[name], None, None)
        base, result = _outcome(name, lambda: func(*args, **kwargs))
        outcomes[f"{name}:baseline"] = base
        _cleanup(result)
        if second_level and callable(result) and base[0] == "ok" and name not in NO_SECOND_LEVEL:
            for bad_name, make in BAD.items():
                value = make()
                outcomes[f"{name}:baseline()={bad_name}"], r = _outcome(
                    name, lambda: result(value)
                )
                _cleanup(r)
        for param in replaceable(name, sigs[name]):
            for bad_name, make in BAD.items():
                case = Case(name, param, bad_name)
                args, kwargs = build_call(name, sigs[name], param, make())
                out, result = _outcome(name, lambda: func(*args, **kwargs))
                if out[0] == "ok" and bad_name in TEXT_WITH_ADDRESS and name in _string_names():
                    # str() of a function holds its address: compare the result's type only
                    out[1] = f"<{type(result).__name__} from a str() with an address>"
                outcomes[case.id] = out
                _cleanup(result)
    return outcomes


#: Bad values whose str() holds a memory address (the string functions convert them).
TEXT_WITH_ADDRESS = frozenset({"callback", "callback0", "gen"})


def _string_names() -> frozenset[str]:
    from funcutils import strings

    return frozenset(strings.__all__)


def install(impl: str) -> None:
    """Install ``impl``'s kernels ("python" or "cython") in ``funcutils._speedups``."""
    from funcutils import _speedups

    _speedups.install(impl)


def main(argv: list[str]) -> int:
    faulthandler.enable()
    signal.signal(signal.SIGALRM, _alarm)
    install(argv[0])
    json.dump(run_table(), sys.stdout, indent=0, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
