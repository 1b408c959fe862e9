"""difference / intersection / union of two 100,000-int lists: funcutils vs pydash.

pydash's ``difference`` and ``intersection`` compare each item of ``a`` with
the items of ``b`` one by one (``intersection`` also dedupes ``b`` with a list
for every item), so one call on 100,000 x 100,000 ints runs for hours and is
not timed in ``bench_arrays.py``. This script times, in one process:

- funcutils (and the plain-Python set baseline) on the full inputs;
- pydash on the full inputs for ``union`` (linear);
- pydash on a *prefix* of ``a`` against all of ``b`` for ``difference`` and
  ``intersection``. The full call does at least that work for every prefix of
  the same length, so ``time(prefix) * len(a) / len(prefix)`` is a lower bound
  of the full call's time (a lower bound, since pydash's ``seen`` lists grow).

Run: ``PYTHONPATH=.:benches python benches/set_ops_100k_vs_pydash.py``
(about two minutes; ``--quick`` uses smaller prefixes).
"""

from __future__ import annotations

import sys
import timeit
from typing import Any, Callable

import pydash

import funcutils
from bench_arrays import A_100K, B_100K, SET_OPS


def _best(func: Callable[[], Any], repeat: int) -> float:
    return min(timeit.repeat(func, number=1, repeat=repeat))


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    prefixes = {"difference": 20 if quick else 200, "intersection": 1}
    a, b = A_100K, B_100K
    print(f"a: {len(a):,} ints, b: {len(b):,} ints; implementation: "
          f"{funcutils._speedups.IMPLEMENTATION}")
    print("| op | funcutils | set baseline | pydash | funcutils faster by |")
    print("|---|---|---|---|---|")
    for op in ("difference", "intersection", "union"):
        fu_fn = getattr(funcutils, op)
        pd_fn = getattr(pydash, op)
        fu = _best(lambda: fu_fn(a, b), 7)
        base = _best(lambda: SET_OPS[op](a, b), 7)
        if op == "union":
            pd = _best(lambda: pd_fn(a, b), 3)
            pd_text = f"{pd * 1e3:.1f} ms (full call)"
        else:
            k = prefixes[op]
            assert pd_fn(a[:k], b) == fu_fn(a[:k], b)
            pd_k = _best(lambda: pd_fn(a[:k], b), 1)
            pd = pd_k * len(a) / k
            pd_text = f">= {pd:,.0f} s ({pd_k:.2f} s for the first {k} of a)"
        print(f"| {op} | {fu * 1e3:.2f} ms | {base * 1e3:.2f} ms | {pd_text} | "
              f"{'>= ' if op != 'union' else ''}{pd / fu:,.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
