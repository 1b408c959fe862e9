"""bench_api's cases timed interleaved: every contender, in turn, several times.

pytest-benchmark times one contender after the other; for calls of a few
hundred nanoseconds the order and what ran just before (a 10,000-item case)
shift the result by more than the 10% this check is about. Here each round
times funcutils compiled, funcutils pure and pydash back to back on the same
case, and each contender's best round counts (``timeit``'s advice for small
calls), so all three see the same machine state.

    python benches/api_interleaved.py [--size small|large] [--rounds 7] [--fail]
        [--modules strings,objects] [--names tail,initial] [--all] [--floors]

Prints the same summary as ``api_report.py``: median speed-up over pydash,
the five slowest ratios, and every function slower than pydash by more than
10% (compiled) or 50% (pure). ``--fail`` exits 1 when there is one.

``--floors`` (large size) also times each case's floor from ``api_floors.py``,
the work the answer cannot avoid done by CPython's C routines, and prints each
function's *ceiling* (pydash time / floor time: the largest speed-up over
pydash any implementation can reach on that case), how close funcutils is to
its floor, and the best median speed-up any implementation could reach (a
function without a floor counted as unbounded).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from types import FunctionType
from typing import Any, Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pydash  # noqa: E402

import funcutils  # noqa: E402
from api_cases import all_cases, runner  # noqa: E402
from benchutil import pure_package  # noqa: E402
from funcutils import _speedups  # noqa: E402


def _runner(lib: Any, name: str, calls: list[Any]) -> Callable[[], None]:
    return runner(getattr(lib, name), calls)


def _best(run: Callable[[], None], budget: float) -> float:
    """Seconds per run: the best of a few loops of about ``budget`` seconds."""
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            run()
        elapsed = time.perf_counter() - start
        if elapsed >= budget / 5 or number >= 1 << 20:
            break
        number *= 4
    best = elapsed / number
    for _ in range(2):
        start = time.perf_counter()
        for _ in range(number):
            run()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="small", choices=["small", "large"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--budget", type=float, default=0.01)
    parser.add_argument("--modules", default="")
    parser.add_argument("--names", default="", help="only these functions (comma-separated)")
    parser.add_argument("--all", action="store_true", help="print every function's ratios")
    parser.add_argument("--fail", action="store_true")
    parser.add_argument("--floors", action="store_true",
                        help="large size: time each case's floor (api_floors.py) and print the ceilings")
    args = parser.parse_args(argv)
    only = {m for m in args.modules.split(",") if m}
    only_names = {n for n in args.names.split(",") if n}
    cases = all_cases()
    names = [
        name for mod in funcutils.MODULES
        if not only or mod.__name__.rsplit(".", 1)[1] in only
        for name in mod.__all__
        if callable(getattr(mod, name)) and callable(getattr(pydash, name, None))
        and (not only_names or name in only_names)
    ]
    if args.floors and args.size != "large":
        parser.error("--floors times the large cases: add --size large")
    floors: dict[str, Any] = {}
    if args.floors:
        from api_floors import EXACT, FLOORS
        floors = FLOORS
    rows = []
    floor_rows = []
    # "cython": funcutils as imported (compiled kernels and public modules);
    # "python": its pure implementation, the same source loaded a second time
    # without extensions (what FUNCUTILS_NO_EXTENSIONS=1 and PyPy run).
    if _speedups.compiled_kernels() is None:
        sys.exit("api_interleaved: the extensions are not built (the compiled contender is missing)")
    libs = {"cython": funcutils, "python": pure_package()}
    gc.disable()
    try:
        for name in names:
            case = cases[name]
            calls = case.small if args.size == "small" else ([case.large] if case.large else [])
            if not calls:
                continue
            best = {"cython": float("inf"), "python": float("inf"), "pydash": float("inf")}
            theirs = _runner(pydash, name, calls)
            ours = {contender: _runner(lib, name, calls) for contender, lib in libs.items()}
            if name in floors:
                ours["floor"] = runner(floors[name], calls)
                best["floor"] = float("inf")
            for _ in range(args.rounds):
                for contender, run in ours.items():
                    best[contender] = min(best[contender], _best(run, args.budget))
                best["pydash"] = min(best["pydash"], _best(theirs, args.budget))
                gc.collect()
            rows.append((best["cython"] / best["pydash"], name, best["python"] / best["pydash"]))
            if name in floors:
                floor_rows.append((best["pydash"] / best["floor"], name, best["cython"] / best["floor"],
                                   best["floor"]))
    finally:
        gc.enable()
    rows.sort(reverse=True)
    print(f"== {args.size}: {len(rows)} functions, best of {args.rounds} interleaved rounds; "
          f"median speed-up over pydash {statistics.median(1 / r for r, _, _ in rows):.2f}x "
          f"(compiled), {statistics.median(1 / p for _, _, p in rows):.2f}x (pure)")
    print("slowest five (funcutils time / pydash time):")
    for r, name, pure in rows[:5]:
        print(f"  {name:28s} {r:6.3f}  (pure {pure:6.3f})")
    if args.all:
        print("every function (funcutils time / pydash time):")
        for r, name, pure in rows:
            print(f"  {name:28s} {r:6.3f}  (pure {pure:6.3f})")
    if args.floors:
        _print_ceilings(rows, floor_rows, floors, EXACT)
    slow = [(r, n, p) for r, n, p in rows if r > 1.10 or p > 1.5]
    for r, name, pure in slow:
        print(f"  SLOWER THAN TARGET: {name}: compiled {r:.3f}, pure {pure:.3f}")
    return 1 if slow and args.fail else 0


#: A Python floor (a lambda or function) under this many seconds is call-bound:
#: its own call costs as much as its work, so it says nothing about the ceiling
#: (it is left out). A C floor (str.strip, bisect_left...) is called directly.
CALL_BOUND = 2e-6


def _print_ceilings(rows: list[tuple[float, str, float]], floor_rows: list[tuple[float, str, float, float]],
                    floors: dict[str, Any], exact: frozenset[str]) -> None:
    """The ceilings: how much faster than pydash an implementation can be, per case.

    The fastest known route to the answer is the floor, or funcutils where it is
    faster still (a compiled loop can beat ``map``/``filter``: then the floor was
    no floor, and funcutils' time stands in for it).
    """
    python_floor = {name for name, floor in floors.items() if isinstance(floor, FunctionType)}
    counted = []
    for c, name, ours_to_floor, seconds in floor_rows:
        if seconds >= CALL_BOUND or name not in python_floor:
            counted.append((c / min(1.0, ours_to_floor), name, ours_to_floor, seconds))
    counted.sort()
    call_bound = sorted(name for _, name, _, seconds in floor_rows
                        if seconds < CALL_BOUND and name in python_floor)
    ceiling = {name: c for c, name, _, _ in counted}
    best_median = statistics.median(ceiling.get(name, float("inf")) for _, name, _ in rows)
    ours = statistics.median(1 / r for r, _, _ in rows)
    at_ten = sum(r <= 0.1 for r, _, _ in rows)
    need = len(rows) // 2 + 1
    print(f"== floors: {len(floor_rows)} of {len(rows)} functions have one "
          f"({sum(name in exact for _, name, _, _ in floor_rows)} exact answers, the rest lower bounds); "
          f"{len(call_bound)} Python floors are call-bound (under {CALL_BOUND * 1e6:.0f} µs, left out): "
          f"{', '.join(call_bound)}")
    for limit in (1.5, 3, 10):
        print(f"  ceiling below {limit:>4}x: {sum(c < limit for c in ceiling.values()):3d} functions")
    capped = sum(c < 10 for c in ceiling.values())
    others = len(rows) - capped - at_ten
    verdict = (f"so {need - at_ten} of the other {others} must get there" if need - at_ten <= others
               else "so no implementation can reach it on these cases")
    print(f"  a median of 10x needs {need} functions at 10x or more: {at_ten} are, "
          f"{capped} cannot be; {verdict}")
    bound = (f"{best_median:.2f}x" if best_median != float("inf")
             else "no bound (half the functions or more have no counted floor)")
    print(f"  best median speed-up an implementation could reach (no ceiling where no floor): "
          f"{bound}; funcutils: {ours:.2f}x")
    print("every counted floor (ceiling = pydash time / fastest known time; funcutils time / floor time; "
          "floor µs):")
    for c, name, ours_to_floor, seconds in counted:
        mark = "" if name in exact else "  (lower bound)"
        print(f"  {name:28s} ceiling {c:7.2f}x  funcutils {ours_to_floor:6.2f}x floor  "
              f"{seconds * 1e6:10.1f} µs{mark}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
