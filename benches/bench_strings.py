"""Strings: funcutils (compiled, pure) vs pydash vs the case-conversion libraries.

Shape ``words``: the same five inputs for every contender, 21 words in all
(``"helloWorld"``, ``"Foo Bar_baz-qux"``, ``"XMLHttpRequest"``, ``"user_id"``
and a 10-word sentence); divide a time by 21 for the time per word. Shape
``unicode``: the same with accented and non-Latin words. Groups
``<fn>-<shape>``; peers: inflection, stringcase, pyhumps (``humps``),
case-converter (``caseconverter``), python-slugify (``slugify``) and a
hand-written ``re``/``str`` baseline. The peers split words differently (see
the guide's "Converting case"): the times compare the same inputs, not equal
answers. No result cache anywhere: every call does the whole work.

Run it and print the target ratios of one run::

    python -m pytest benches/bench_strings.py --benchmark-only \\
        --benchmark-json=/tmp/bench-strings.json -q -p no:cacheprovider
    python benches/bench_strings.py /tmp/bench-strings.json
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Callable

import pydash
import pytest

try:
    import caseconverter
    import humps
    import inflection
    import slugify as python_slugify
    import stringcase
except ImportError:  # pragma: no cover - bench-only dependencies
    caseconverter = humps = inflection = python_slugify = stringcase = None

from benchutil import use_kernels

import funcutils

INPUTS = {
    "words": [
        "helloWorld",
        "Foo Bar_baz-qux",
        "XMLHttpRequest",
        "user_id",
        "the quick brown fox jumps over the lazy dog today",
    ],
    "unicode": [
        "crèmeBrûlée",
        "Ünïcode Straße_naïve-café",
        "HTTPServerÉtat",
        "użytkownik_id",
        "быстрая коричневая лиса прыгает через ленивую собаку сегодня утром",
    ],
}

# A hand-written baseline: one regular expression for camel humps and acronyms.
_BASE_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _base_snake(text: str) -> str:
    return "_".join([w.lower() for w in _BASE_WORDS.findall(text)])


def _base_kebab(text: str) -> str:
    return "-".join([w.lower() for w in _BASE_WORDS.findall(text)])


def _base_camel(text: str) -> str:
    found = _BASE_WORDS.findall(text)
    return "".join([w.lower() if i == 0 else w.capitalize() for i, w in enumerate(found)])


def _base_pascal(text: str) -> str:
    return "".join([w.capitalize() for w in _BASE_WORDS.findall(text)])


def _base_start(text: str) -> str:
    return " ".join([w[:1].upper() + w[1:] for w in _BASE_WORDS.findall(text)])


def _base_slug(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


F = Callable[[str], Any]

CASES: dict[str, dict[str, F]] = {
    "snake_case": {
        "funcutils": funcutils.snake_case,
        "pydash": pydash.snake_case,
        "inflection": lambda s: inflection.underscore(s),
        "stringcase": lambda s: stringcase.snakecase(s),
        "pyhumps": lambda s: humps.decamelize(s),
        "case-converter": lambda s: caseconverter.snakecase(s),
        "plain-python": _base_snake,
    },
    "camel_case": {
        "funcutils": funcutils.camel_case,
        "pydash": pydash.camel_case,
        "inflection": lambda s: inflection.camelize(s, False),
        "stringcase": lambda s: stringcase.camelcase(s),
        "pyhumps": lambda s: humps.camelize(s),
        "case-converter": lambda s: caseconverter.camelcase(s),
        "plain-python": _base_camel,
    },
    "kebab_case": {
        "funcutils": funcutils.kebab_case,
        "pydash": pydash.kebab_case,
        "inflection": lambda s: inflection.dasherize(inflection.underscore(s)),
        "stringcase": lambda s: stringcase.spinalcase(s),
        "pyhumps": lambda s: humps.kebabize(s),
        "case-converter": lambda s: caseconverter.kebabcase(s),
        "plain-python": _base_kebab,
    },
    "pascal_case": {
        "funcutils": funcutils.pascal_case,
        "pydash": pydash.pascal_case,
        "inflection": lambda s: inflection.camelize(s),
        "stringcase": lambda s: stringcase.pascalcase(s),
        "pyhumps": lambda s: humps.pascalize(s),
        "case-converter": lambda s: caseconverter.pascalcase(s),
        "plain-python": _base_pascal,
    },
    "start_case": {
        "funcutils": funcutils.start_case,
        "pydash": pydash.start_case,
        "inflection": lambda s: inflection.titleize(s),
        "stringcase": lambda s: stringcase.titlecase(s),
        "case-converter": lambda s: caseconverter.titlecase(s),
        "plain-python": _base_start,
    },
    "slugify": {
        "funcutils": funcutils.slugify,
        "pydash": pydash.slugify,
        "python-slugify": lambda s: python_slugify.slugify(s),
        "plain-python": _base_slug,
    },
    "words": {
        "funcutils": funcutils.words,
        "pydash": pydash.words,
        "plain-python": _BASE_WORDS.findall,
    },
}

PARAMS = [
    pytest.param(fn, shape, impl, id=f"{fn}-{shape}-{impl}")
    for fn, impls in CASES.items()
    for shape in INPUTS
    for impl in ["funcutils-cython", "funcutils-python"] + [i for i in impls if i != "funcutils"]
]


def _all(func: F, inputs: list[str]) -> list[Any]:
    return [func(s) for s in inputs]


@pytest.mark.parametrize("fn,shape,impl", PARAMS)
def test_strings(benchmark: Any, fn: str, shape: str, impl: str) -> None:
    benchmark.group = f"{fn}-{shape}"
    if inflection is None and impl not in ("pydash", "plain-python") and not impl.startswith(
        "funcutils"
    ):
        pytest.skip("the peer libraries are not installed")
    impls = CASES[fn]
    func = impls["funcutils" if impl.startswith("funcutils") else impl]
    inputs = INPUTS[shape]
    kernels = impl.split("-")[1] if impl.startswith("funcutils") else "python"
    with use_kernels(kernels):
        result = benchmark(_all, func, inputs)
        if impl.startswith("funcutils"):
            assert result == _all(getattr(pydash, fn), inputs)


TARGETS = {  # group -> (least speed-up of the compiled kernels over pydash, of the pure ones)
    "snake_case-words": (10.0, 2.0),
    "camel_case-words": (10.0, 2.0),
    "kebab_case-words": (10.0, 2.0),
    "pascal_case-words": (10.0, 2.0),
    "start_case-words": (10.0, 2.0),
    "slugify-words": (3.0, 2.0),
}


def report(path: str) -> int:
    """Print each group's ratios (median times) from one pytest-benchmark JSON run."""
    with open(path) as handle:
        data = json.load(handle)
    groups: dict[str, dict[str, float]] = {}
    for bench in data["benchmarks"]:
        name = bench["params"]["impl"]
        groups.setdefault(bench["group"], {})[name] = bench["stats"]["median"]
    failed = 0
    words = 21
    for group in sorted(groups):
        times = groups[group]
        cy, py, pyd = (times.get(k) for k in ("funcutils-cython", "funcutils-python", "pydash"))
        peers = {k: v for k, v in times.items() if not k.startswith("funcutils") and k != "pydash"}
        line = f"{group:22} cython {cy / words * 1e9:7.0f} ns/word" if cy else f"{group:22}"
        if cy and pyd:
            line += f" | pydash/cython {pyd / cy:5.1f}x"
        if py and pyd:
            line += f" | pydash/python {pyd / py:4.1f}x"
        if cy and peers:
            best = min(peers, key=peers.__getitem__)
            line += f" | fastest peer {best} {peers[best] / cy:4.1f}x slower"
        target = TARGETS.get(group)
        if target and cy and py and pyd:
            ok = pyd / cy >= target[0] and pyd / py >= target[1] and all(
                v > cy for v in peers.values()
            )
            line += "  OK" if ok else "  MISSED"
            failed += not ok
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(report(sys.argv[1]))
