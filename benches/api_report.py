"""Summarise a ``bench_api.py`` run: funcutils / pydash per function and size.

    python benches/api_report.py /tmp/api.json [--fail]

Prints, for each size, the median speed-up over pydash, the five slowest
ratios, and every function slower than pydash by more than 10% (compiled) or
50% (pure). With ``--fail`` it exits 1 when any such function exists.
Ratios are of each contender's fastest round (``--stat median`` for medians),
all from the one run in the JSON file: on a shared machine the minimum is the
least disturbed estimate of a sub-microsecond call.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict


def load(path: str, stat: str = "min") -> dict[tuple[str, str], dict[str, float]]:
    with open(path) as fh:
        data = json.load(fh)
    out: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for bench in data["benchmarks"]:
        params = bench["params"]
        out[(params["name"], params["size"])][params["contender"]] = bench["stats"][stat]
    return out


def main(argv: list[str]) -> int:
    stat = argv[argv.index("--stat") + 1] if "--stat" in argv else "min"
    rows = load(argv[0], stat)
    bad = 0
    for size in ("small", "large"):
        ratios = []  # (funcutils time / pydash time, name, pure / pydash)
        for (name, sz), times in rows.items():
            if sz != size or "pydash" not in times or "funcutils-cython" not in times:
                continue
            pure = times.get("funcutils-python", float("nan")) / times["pydash"]
            ratios.append((times["funcutils-cython"] / times["pydash"], name, pure))
        if not ratios:
            continue
        ratios.sort(reverse=True)
        speedups = [1 / r for r, _, _ in ratios]
        print(f"\n== {size}: {len(ratios)} functions; median speed-up over pydash "
              f"{statistics.median(speedups):.2f}x (compiled), "
              f"{statistics.median(1 / p for _, _, p in ratios):.2f}x (pure)")
        print("slowest five (funcutils time / pydash time):")
        for r, name, pure in ratios[:5]:
            print(f"  {name:28s} {r:6.3f}  (pure {pure:6.3f})")
        slow = [(r, n, p) for r, n, p in ratios if r > 1.10 or p > 1.5]
        for r, name, pure in slow:
            print(f"  SLOWER THAN TARGET: {name} {size}: compiled {r:.3f}, pure {pure:.3f}")
        bad += len(slow)
    return 1 if bad and "--fail" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
