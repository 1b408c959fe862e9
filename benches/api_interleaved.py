"""bench_api's cases timed interleaved: every contender, in turn, several times.

pytest-benchmark times one contender after the other; for calls of a few
hundred nanoseconds the order and what ran just before (a 10,000-item case)
shift the result by more than the 10% this check is about. Here each round
times funcutils compiled, funcutils pure and pydash back to back on the same
case, and each contender's best round counts (``timeit``'s advice for small
calls), so all three see the same machine state.

    python benches/api_interleaved.py [--size small|large] [--rounds 7] [--fail]
        [--modules strings,objects] [--names tail,initial] [--all]

Prints the same summary as ``api_report.py``: median speed-up over pydash,
the five slowest ratios, and every function slower than pydash by more than
10% (compiled) or 50% (pure). ``--fail`` exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
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
    rows = []
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
            for _ in range(args.rounds):
                for contender, run in ours.items():
                    best[contender] = min(best[contender], _best(run, args.budget))
                best["pydash"] = min(best["pydash"], _best(theirs, args.budget))
                gc.collect()
            rows.append((best["cython"] / best["pydash"], name, best["python"] / best["pydash"]))
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
    slow = [(r, n, p) for r, n, p in rows if r > 1.10 or p > 1.5]
    for r, name, pure in slow:
        print(f"  SLOWER THAN TARGET: {name}: compiled {r:.3f}, pure {pure:.3f}")
    return 1 if slow and args.fail else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
