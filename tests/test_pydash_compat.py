"""Every difference from pydash on the bad-input table is reviewed and documented.

``pydash_compat_table.py`` calls each name funcutils shares with pydash 8.1.0
on the table's baseline and bad-input cases, with both libraries. A case where
both return but the results differ, or where funcutils raises but pydash
returns, must be one of the reviewed cases below, each of which is an entry of
``docs/differences.rst``. (funcutils returning where pydash raises widens what
works: see "Inputs that pydash rejects" there.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import PACKAGE_ROOT

pytest.importorskip("pydash")
pytestmark = pytest.mark.single_impl

HERE = Path(__file__).resolve().parent

#: Both return, different results: (function, parameter, bad value) -> entry.
RESULT: dict[str, str] = {
    **dict.fromkeys(
        [f"{name}:others=gen" for name in ("difference", "difference_by", "difference_with")]
        + [f"{name}:values=gen" for name in ("pull_all_by", "pull_all_with")],
        "a generator in others/values is read once, fully",
    ),
    "nth:pos=float": "a fractional float is not an index",
    **dict.fromkeys(
        [f"zip_object_deep:values={bad}" for bad in ("dict", "gen", "set")],
        "zip_object_deep reads values from any iterable",
    ),
}

#: funcutils raises, pydash returns: function -> (parameters, entry).
RAISE: dict[str, tuple[frozenset[str], str]] = {
    **{
        name: (frozenset({"func", "funcs", "n", "transforms", "indexes"}),
               "functions: a non-callable func or a bad count is refused when the wrapper is made")
        for name in (
            "after", "ary", "before", "conjoin", "disjoin", "flip", "flow", "flow_right",
            "iterated", "juxtapose", "negate", "once", "over_args", "partial",
            "partial_right", "rearg", "spread", "unary", "wrap",
        )
    },
    **{
        name: (frozenset({"arity"}), "curry: a bad arity raises")
        for name in ("curry", "curry_right")
    },
    "flatten_depth": (frozenset({"depth"}), "a non-integer depth raises"),
    **{
        name: (
            frozenset({"text", "subtext", "target", "prefix", "suffix", "wrapper", "quote_char",
                       "chars", "separator", "last_separator", "serial", "repl", "pattern",
                       "paths"}),
            "strings: bytes-like text raises TypeError (decode it first)",
        )
        for name in (
            "camel_case", "capitalize", "chars", "chop", "chop_right", "clean", "count_substr",
            "deburr", "decapitalize", "ends_with", "ensure_ends_with", "ensure_starts_with",
            "escape", "escape_reg_exp", "has_substr", "human_case", "join", "kebab_case",
            "lines", "lower_case", "lower_first", "pad", "pad_end", "pad_start", "pascal_case",
            "quote", "reg_exp_js_match", "reg_exp_js_replace",
            "reg_exp_replace", "repeat", "replace", "replace_end", "replace_start",
            "separator_case", "series_phrase", "series_phrase_serial", "slugify", "snake_case",
            "split", "start_case", "starts_with", "strip_tags", "substr_left",
            "substr_left_end", "substr_right", "substr_right_end", "surround",
            "swap_case", "title_case", "to_lower", "to_upper", "trim", "trim_end",
            "trim_start", "unescape", "unquote", "upper_case", "upper_first",
            "url", "words",
        )
    },
    **{
        name: (
            frozenset({"text", "length", "omission", "separator"}),
            "strings: bytes-like text raises; a non-integer length, non-str omission or separator "
            "raises at once (pydash raises only when the text is longer than length)",
        )
        for name in ("prune", "truncate")
    },
    "insert_substr": (
        frozenset({"text", "subtext", "index"}),
        "strings: bytes-like text raises; index=None raises (pydash inserts the text twice)",
    ),
    **{
        name: (frozenset({"array"}), "a non-iterable (or None) array raises")
        for name in (
            "drop", "drop_while", "find_index", "find_last_index", "mapcat", "take",
            "take_while", "sorted_uniq", "sorted_uniq_by", "uniq", "uniq_by", "uniq_with",
            "unzip_with",
        )
    },
    **{
        name: (frozenset({"values"}), "values=None raises")
        for name in ("pull_all_by", "pull_all_with")
    },
    "zip_object_deep": (frozenset({"values"}), "non-iterable values raise"),
    "order_by": (frozenset({"orders", "reverse"}), "orders that are not bools raise"),
    "set_": (frozenset({"obj"}), "set_(None, ...) raises"),
    "memoize": (frozenset({"func", "resolver"}), "memoize: refused when the wrapper is made"),
}
if sys.version_info >= (3, 12):
    # Slices are hashable from 3.12 on: pydash's in-place helpers then write a
    # slice key into a dict (and return), where funcutils refuses the mapping.
    RAISE.update(
        {
            name: (frozenset({"array"}), "a mapping is refused by the in-place helpers")
            for name in ("pull", "pull_all", "remove")
        }
    )


@pytest.fixture(scope="module")
def groups() -> dict[str, dict[str, list[Any]]]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([PACKAGE_ROOT, str(HERE)]))
    env["FUNCUTILS_NO_EXTENSIONS"] = "1"  # the table compares results, not speed
    env.pop("FUNCUTILS_REQUIRE_EXTENSIONS", None)
    proc = subprocess.run(
        [sys.executable, str(HERE / "pydash_compat_table.py")],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, dict[str, list[Any]]] = json.loads(proc.stdout)
    return result


def test_different_results_are_reviewed(groups: dict[str, dict[str, list[Any]]]) -> None:
    assert set(groups["RESULT"]) == set(RESULT), {
        case: groups["RESULT"].get(case) for case in set(groups["RESULT"]) ^ set(RESULT)
    }


def test_raising_where_pydash_returns_is_reviewed(groups: dict[str, dict[str, list[Any]]]) -> None:
    unreviewed = {}
    for case, outcome in groups["RAISE"].items():
        name, rest = case.split(":", 1)
        param = rest.partition("=")[0]
        if name not in RAISE or param not in RAISE[name][0]:
            unreviewed[case] = outcome
    assert not unreviewed
    used = {case.split(":", 1)[0] for case in groups["RAISE"]}
    assert set(RAISE) <= used, set(RAISE) - used  # a fixed function leaves the table
