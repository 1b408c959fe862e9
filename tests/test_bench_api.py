"""``benches/bench_api.py`` covers every public function that pydash also has.

For each such name, ``benches/api_cases/<module>.py`` must give a case, and on
its small calls funcutils and pydash must give the same answer (unless the
case says why not: a documented difference, randomness, time). Test ids are
``<module>.<name>``, so ``-k strings.`` selects one module.
"""

from __future__ import annotations

import copy
import math
import pathlib
import sys
from typing import Any

import pytest

import funcutils

pydash = pytest.importorskip("pydash")

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "benches"))
from api_cases import all_cases  # type: ignore[import-not-found]  # noqa: E402

CASES = all_cases()
SHARED = [
    (mod.__name__.rsplit(".", 1)[1], name)
    for mod in funcutils.MODULES
    for name in mod.__all__
    if callable(getattr(mod, name)) and callable(getattr(pydash, name, None))
]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, tuple) and isinstance(b, tuple) and a[:1] == b[:1] == ("raised",):
        return issubclass(a[1], b[1]) or issubclass(b[1], a[1])
    return type(a) is type(b) and bool(a == b)


@pytest.mark.single_impl
@pytest.mark.parametrize(("module", "name"), SHARED, ids=[f"{m}.{n}" for m, n in SHARED])
def test_case_exists_and_agrees(module: str, name: str) -> None:
    case = CASES.get(name)
    assert case is not None, f"benches/api_cases/{module}.py has no case for {name}"
    assert case.small, f"{name}: no small calls"
    if case.no_compare:
        return
    for c in case.small:  # the large case runs in bench_api's smoke test
        ours = _outcome(getattr(funcutils, name), c)
        theirs = _outcome(getattr(pydash, name), c)
        if callable(ours) and callable(theirs):
            continue  # factories without ``then``: their products are compared by the module tests
        assert _same(ours, theirs), f"{name}{c.args!r:.200}: funcutils {ours!r:.200} != pydash {theirs!r:.200}"


def _outcome(func: Any, c: Any) -> Any:
    """The call's result, or ``("raised", exception type)``."""
    try:
        result = func(*copy.deepcopy(c.args), **copy.deepcopy(c.kwargs))
        return result(*c.then) if c.then is not None else result
    except Exception as exc:  # noqa: BLE001 - the outcome is what is compared
        return ("raised", type(exc))


def test_no_case_for_unknown_names() -> None:
    names = {n for _, n in SHARED}
    assert not set(CASES) - names, f"cases for names that are not shared: {set(CASES) - names}"


from api_floors import EXACT, FLOORS  # type: ignore[import-not-found]  # noqa: E402


@pytest.mark.single_impl
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor_is_for_a_large_case(name: str) -> None:
    """Every floor (``api_interleaved.py --floors``) belongs to a shared function's large case."""
    case = CASES.get(name)
    assert case is not None and case.large is not None, f"api_floors.FLOORS[{name!r}]: no large case"


@pytest.mark.single_impl
@pytest.mark.parametrize("name", sorted(EXACT))
def test_exact_floor_gives_pydash_answer(name: str) -> None:
    """An exact floor is an implementation of its large case: its answer is pydash's."""
    c = CASES[name].large
    assert _same(_outcome(FLOORS[name], c), _outcome(getattr(pydash, name), c)), name


def test_inline_floor_is_written_into_the_timing_code() -> None:
    """An Inline floor runs as an expression (no call); it refuses calls it cannot inline."""
    import dis

    from api_cases import Inline, call, fresh, runner

    seen: list[str] = []
    floor = Inline("{1}.append({0})")
    run = runner(floor, [call("x", seen)])
    run()
    assert seen == ["x"]
    loaded = {i.argval for i in dis.get_instructions(run) if i.opname.startswith("LOAD")}
    assert "f" not in loaded  # the floor object itself is never called
    assert floor("y", seen) is None and seen == ["x", "y"]
    with pytest.raises(ValueError, match="Inline"):
        runner(floor, [fresh("x", [])])
