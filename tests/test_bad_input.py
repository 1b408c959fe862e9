"""Bad input: every public function, every parameter, every bad value.

The table is generated from ``funcutils.__all__`` by ``tests/bad_input_table.py``
(see its docstring for how calls are built) and run in a subprocess per
implementation, with a per-call alarm: a segfault or a hang fails
``test_no_crash_no_hang`` instead of the whole session.

What is asserted, for each implementation:

* no crash, no hang, no ``SystemError``; the baseline call of every function works;
* every error is a ``TypeError`` or a ``ValueError``, except the reviewed
  entries of ``OTHER_ERRORS`` (documented, each with its reason);
* a value that is not iterable, given where an iterable is expected, raises,
  except in the reviewed ``LENIENT`` functions (pydash-compatible, documented);
* functions that validate an argument name themselves in the message
  (``MUST_NAME``);

and across implementations: the same outcome (same result or same exception type).
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import bad_input_table as table
import pytest
from conftest import COMPILED, PACKAGE_ROOT

import funcutils
from funcutils import _speedups

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: Exceptions other than TypeError/ValueError that are the documented result,
#: keyed by (function, parameter) -> (allowed exception names, reason).
OTHER_ERRORS: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("pop", "index"): (frozenset({"IndexError"}), "documented: index out of range"),
    ("pop", "array"): (
        frozenset({"KeyError"}),
        "a dict has .pop(): pop(dict) is dict.pop(-1), a missing key (duck typing)",
    ),
    ("shift", "array"): (
        frozenset({"KeyError"}),
        "a dict has .pop(): shift(dict) is dict.pop(0), a missing key (duck typing)",
    ),
    ("set_", "obj"): (
        frozenset({"AttributeError"}),
        "documented: a value on the path cannot take the attribute",
    ),
    **{
        ("zscore", param): (
            frozenset({"UndefinedResultError"}),
            "documented: values with no spread have no z-score (a ValueError and a "
            "ZeroDivisionError)",
        )
        for param in ("collection", "iteratee")
    },
}

#: Parameters that must hold an iterable.
ITERABLE_PARAMS = frozenset({"array", "collection", "pairs", "keys", "obj"})
#: Bad values that are not iterable (a callback is the "wrong-typed callback" case).
NOT_ITERABLE = frozenset({"none", "int", "negint", "float", "noiter", "callback", "callback0"})

#: Functions that accept a non-iterable where an iterable is expected, and why.
LENIENT: dict[str, str] = {
    "join": "pydash 8.1.0: join maps over the array like map_; a non-iterable one is empty",
    **dict.fromkeys(
        [
            "count_by", "filter_", "find", "find_last", "flat_map", "flat_map_deep",
            "flat_map_depth", "invoke_map", "map_", "partition", "pluck", "reject",
        ],
        "pydash 8.1.0: a collection that is not iterable is empty",
    ),
    **dict.fromkeys(
        ["for_each", "for_each_right"],
        "pydash 8.1.0: returns the collection; a non-iterable one has nothing to visit",
    ),
    "at": "pydash 8.1.0: a path missing from any value gives None",
    **dict.fromkeys(["head", "last", "nth"], "pydash 8.1.0: no item gives None"),
    **dict.fromkeys(
        ["get", "has", "unset", "is_match", "is_match_with", "property_of"],
        "object helpers read any object (attributes, items); missing is None/False",
    ),
    "set_": "set_ sets attributes on any object that takes them (a function, an instance)",
    # --- objects ---
    **dict.fromkeys(
        ["apply", "apply_catch", "apply_if", "apply_if_not_none", "to_boolean", "to_integer",
         "to_list", "to_number", "to_string", "map_values_deep"],
        "objects: obj is any value (a leaf for map_values_deep, as in pydash)",
    ),
    **dict.fromkeys(
        ["callables", "find_key", "find_last_key", "for_in", "for_in_right", "invert",
         "invert_by", "keys", "map_keys", "map_values", "omit", "omit_by", "pick", "pick_by",
         "to_dict", "to_pairs", "transform", "values", "invoke"],
        "pydash 8.1.0's iterator: a non-iterable object gives its __dict__ items (none: empty)",
    ),
    **dict.fromkeys(
        ["merge", "merge_with", "defaults_deep", "set_with", "update", "update_with"],
        "pydash 8.1.0: None gives None; an object takes attributes (a function, an instance)",
    ),
    **dict.fromkeys(
        ["union", "union_by", "union_with"],
        "documented: a non-iterable value is one item",
    ),
    **dict.fromkeys(
        ["sum_", "sum_by", "zscore", "transpose"],
        "pydash 8.1.0: a collection that is not iterable is empty",
    ),
    "conforms_to": "pydash 8.1.0: an object without the keys does not conform (False)",
    "result": "pydash 8.1.0: a missing path gives the default",
    "method_of": "a factory: the object is read when the method is called",
}

#: (function, parameter) pairs whose TypeError/ValueError message must name
#: the function: every function of funcutils.functions validates ``func`` and
#: its counts and waits; the flatten family validates ``array`` and ``depth``;
#: the list mutators validate ``array``.
MUST_NAME: frozenset[tuple[str, str]] = frozenset(
    {
        *((name, param) for name in funcutils.functions.__all__
          for param in ("func", "funcs", "n", "wait", "max_wait", "arity")),
        *((name, param) for name in ("flatten", "flatten_deep", "flatten_depth", "iterflatten")
          for param in ("array", "depth")),
        *((name, "array") for name in ("pop", "push", "shift", "sort")),
    }
)


@functools.cache
def run_table(impl: str) -> tuple[int, dict[str, list[Any]], str]:
    """Run the table in a subprocess: (return code, outcomes, stderr)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([PACKAGE_ROOT, str(HERE)]),
               PYTHONFAULTHANDLER="1")
    proc = subprocess.run(
        [sys.executable, str(HERE / "bad_input_table.py"), impl],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )
    outcomes = json.loads(proc.stdout) if proc.returncode == 0 else {}
    return proc.returncode, outcomes, proc.stderr


def outcomes() -> dict[str, list[Any]]:
    code, result, stderr = run_table(_speedups.IMPLEMENTATION)
    assert code == 0, f"the bad-input table crashed (exit {code}):\n{stderr[-4000:]}"
    return result


def split(case_id: str) -> tuple[str, str, str]:
    name, rest = case_id.split(":", 1)
    param, _, bad = rest.partition("=")
    return name, param, bad


def test_no_crash_no_hang() -> None:
    results = outcomes()
    hung = [case for case, out in results.items() if out[0] == "timeout"]
    assert not hung
    system = [case for case, out in results.items() if out[:2] == ["raise", "SystemError"]]
    assert not system
    # The figures: printed with -s, and kept in the junit log's captured output.
    print(f"bad-input table ({_speedups.IMPLEMENTATION}): {len(results)} calls")


def test_every_public_function_and_parameter_is_covered() -> None:
    results = outcomes()
    functions = table.public_functions()
    assert len(functions) >= 140
    for name, func in functions.items():
        assert results[f"{name}:baseline"][0] == "ok", (name, results[f"{name}:baseline"])
        for param in table.replaceable(name, func):
            for bad in table.BAD:
                assert f"{name}:{param}={bad}" in results
    # Skips are explicit and name a real parameter.
    for (name, param), reason in table.SKIP_PARAMS.items():
        assert reason
        assert param in [p.name for p in table._params(functions[name])]


def test_errors_are_type_or_value_errors() -> None:
    unexpected = {}
    for case, out in outcomes().items():
        if out[0] != "raise" or out[1] in ("TypeError", "ValueError"):
            continue
        name, param, _ = split(case)
        allowed, _reason = OTHER_ERRORS.get((name, param), (frozenset(), ""))
        if out[1] not in allowed:
            unexpected[case] = out[1:3]
    assert not unexpected


def test_non_iterables_are_refused_or_documented() -> None:
    silent = {}
    for case, out in outcomes().items():
        name, param, bad = split(case)
        if param in ITERABLE_PARAMS and bad in NOT_ITERABLE and out[0] == "ok":
            if name not in LENIENT:
                silent[case] = out[1]
    assert not silent


#: Cases of MUST_NAME whose error is not a validation, and why.
NAME_EXEMPT: dict[tuple[str, str, str], str] = {
    ("delay", "func", "callback"): "a valid func: the error is its own, from the call",
    ("shift", "array", "set"): "a set has .pop(): set.pop(0) raises its own TypeError",
}


def test_validating_functions_name_themselves() -> None:
    unnamed = {}
    for case, out in outcomes().items():
        name, param, bad = split(case)
        if (name, param, bad) in NAME_EXEMPT:
            continue
        if out[0] == "raise" and (name, param) in MUST_NAME and out[1] in ("TypeError",
                                                                          "ValueError"):
            if f"{name}(" not in out[2] and f"{name.rstrip('_')}(" not in out[2]:
                unnamed[case] = out[2]
    assert not unnamed


def test_array_functions_name_a_non_iterable_first_argument() -> None:
    """An array helper given a non-iterable first argument says which function
    and which argument (``chunk() argument 'array' must be an iterable, not int``)."""
    import inspect

    unnamed = {}
    for case, out in outcomes().items():
        name, param, bad = split(case)
        if name not in funcutils.arrays.__all__ or bad not in NOT_ITERABLE:
            continue
        first = next(iter(inspect.signature(getattr(funcutils, name)).parameters))
        if param != first or out[0] != "raise" or out[1] != "TypeError":
            continue
        if f"{name}() argument {first!r}" not in out[2]:
            unnamed[case] = out[2]
    assert not unnamed


def test_reviewed_tables_are_not_stale() -> None:
    """Every reviewed exception is still needed (a fixed function leaves the table)."""
    results = outcomes()
    used_other = {
        (split(case)[0], split(case)[1])
        for case, out in results.items()
        if out[0] == "raise" and out[1] not in ("TypeError", "ValueError")
    }
    assert set(OTHER_ERRORS) <= used_other
    used_lenient = {
        split(case)[0]
        for case, out in results.items()
        if out[0] == "ok" and split(case)[1] in ITERABLE_PARAMS and split(case)[2] in NOT_ITERABLE
    }
    assert set(LENIENT) <= used_lenient


@pytest.mark.single_impl
def test_same_outcome_in_both_implementations() -> None:
    if COMPILED is None:
        pytest.skip("funcutils._speedups_c is not built")
    pure_code, pure, pure_err = run_table("python")
    compiled_code, compiled, compiled_err = run_table("cython")
    assert pure_code == 0, pure_err[-4000:]
    assert compiled_code == 0, compiled_err[-4000:]
    assert pure.keys() == compiled.keys()
    differ = {case: (pure[case][:2], compiled[case][:2])
              for case in pure if pure[case][:2] != compiled[case][:2]}
    assert not differ


@pytest.mark.parametrize("name", ["pop", "shift", "push", "sort"])
@pytest.mark.parametrize("value", [None, 7, "abc", (1, 2)])
def test_list_mutators_raise_type_error_naming_array(name: str, value: Any) -> None:
    # Regression: these raised AttributeError ("'NoneType' object has no attribute 'pop'").
    func = getattr(funcutils, name)
    with pytest.raises(TypeError, match=rf"{name}\(\) argument 'array' must be a list"):
        func(value, 1) if name == "push" else func(value)


def test_flow_right_names_itself() -> None:
    # Regression: flow_right's error named flow().
    with pytest.raises(TypeError, match=r"^flow_right\(\) argument 'funcs' must be callable"):
        funcutils.flow_right(len, 5)  # type: ignore[call-overload]


def test_list_mutators_still_duck_type() -> None:
    import collections

    dq = collections.deque([1, 2])
    assert funcutils.push(dq, 9) == collections.deque([1, 2, 9])  # type: ignore[arg-type]
    assert funcutils.pop({"k": 1}, "k") == 1  # type: ignore[arg-type]
