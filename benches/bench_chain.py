"""Benchmarks for funcutils.chaining: what a chain costs over the same calls made directly.

Groups ``chain<steps>-<items>``: a 3-step chain (``filter_ -> map_ -> uniq``) and a
6-step chain (``... -> chunk -> flatten -> take``) on 10 and on 10,000 items.
Contenders, on the same fixed-seed input:

* ``funcutils-cython-chain`` / ``funcutils-python-chain``: ``chain(data)...value()``
  on the compiled chain node / on the pure node (``_chain_core.PureChainNode``),
* ``funcutils-cython-direct`` / ``funcutils-python-direct``: the same functions called
  directly (``uniq(map_(filter_(data, f), g))``), same kernels,
* ``pydash-chain`` / ``pydash-direct``: pydash 8.1.0's chain and direct calls,
* ``plain-python``: a hand-written comprehension baseline.

Run, then print the target ratios of that one run (CPU time, so that other load on a
shared machine does not count; the ratios use each contender's fastest round)::

    python -m pytest benches/bench_chain.py --benchmark-only -q -p no:cacheprovider \\
        --benchmark-timer=time.process_time --benchmark-json=/tmp/chain.json
    python benches/bench_chain.py /tmp/chain.json

The ``overhead`` columns are chain minus direct: what the chaining itself costs.
``python benches/bench_chain.py --interleaved`` measures the same ratios with the
contenders taking turns in one process (steadier on a shared machine).

Targets: chain <= 1.3x direct on 10 items and <= 1.05x on 10,000; on 10 items the
funcutils chain >= 5x faster than pydash's chain.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import benchutil  # noqa: E402

import funcutils as fu  # noqa: E402
from funcutils._chain_core import PureChainNode, make_chain_class  # noqa: E402
from funcutils._chain_methods import METHODS  # noqa: E402
from funcutils.chaining import chain  # noqa: E402

try:
    import pydash
except ImportError:  # pragma: no cover - pydash is a bench dependency
    pydash = None


def is_odd(x: int) -> bool:
    return x % 2 == 1


def double(x: int) -> int:
    return x * 2


def data(n: int) -> list[int]:
    r = benchutil.rng(15)
    return [r.randrange(n * 2) for _ in range(n)]


def chains(start: Callable[[list[int]], Any]) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The 3- and 6-step chains, started by ``start`` (``chain``, or the pure node's class)."""

    def fu_chain3(xs: list[int]) -> Any:
        return start(xs).filter_(is_odd).map_(double).uniq().value()

    def fu_chain6(xs: list[int]) -> Any:
        return start(xs).filter_(is_odd).map_(double).uniq().chunk(2).flatten().take(5).value()

    return fu_chain3, fu_chain6


#: The chain class is chosen at import (compiled node where built); the ``python``
#: contenders run the pure node's chain class, with the pure kernels.
PURE_CHAIN: Any = make_chain_class(PureChainNode, METHODS)
fu_chain3, fu_chain6 = chains(chain)
pure_chain3, pure_chain6 = chains(PURE_CHAIN)


def fu_direct3(xs: list[int]) -> Any:
    return fu.uniq(fu.map_(fu.filter_(xs, is_odd), double))




def fu_direct6(xs: list[int]) -> Any:
    return fu.take(fu.flatten(fu.chunk(fu.uniq(fu.map_(fu.filter_(xs, is_odd), double)), 2)), 5)


def pd_chain3(xs: list[int]) -> Any:
    return pydash.chain(xs).filter_(is_odd).map_(double).uniq().value()


def pd_direct3(xs: list[int]) -> Any:
    return pydash.uniq(pydash.map_(pydash.filter_(xs, is_odd), double))


def pd_chain6(xs: list[int]) -> Any:
    return pydash.chain(xs).filter_(is_odd).map_(double).uniq().chunk(2).flatten().take(5).value()


def pd_direct6(xs: list[int]) -> Any:
    return pydash.take(
        pydash.flatten(pydash.chunk(pydash.uniq(pydash.map_(pydash.filter_(xs, is_odd), double)), 2)),
        5,
    )


def plain3(xs: list[int]) -> Any:
    return list(dict.fromkeys(x * 2 for x in xs if x % 2 == 1))


def plain6(xs: list[int]) -> Any:
    return plain3(xs)[:5]


FUNCS: dict[tuple[str, int], Callable[[list[int]], Any]] = {
    ("fu-chain", 3): fu_chain3, ("fu-direct", 3): fu_direct3,
    ("fu-chain", 6): fu_chain6, ("fu-direct", 6): fu_direct6,
    ("fu-pure-chain", 3): pure_chain3, ("fu-pure-chain", 6): pure_chain6,
    ("pydash-chain", 3): pd_chain3, ("pydash-direct", 3): pd_direct3,
    ("pydash-chain", 6): pd_chain6, ("pydash-direct", 6): pd_direct6,
    ("plain-python", 3): plain3, ("plain-python", 6): plain6,
}

CONTENDERS = [
    "funcutils-cython-chain", "funcutils-cython-direct",
    "funcutils-python-chain", "funcutils-python-direct",
    "pydash-chain", "pydash-direct", "plain-python",
]


@pytest.mark.parametrize("size", [10, 10_000])
@pytest.mark.parametrize("steps", [3, 6])
@pytest.mark.parametrize("contender", CONTENDERS)
def test_chain(benchmark: Any, contender: str, steps: int, size: int) -> None:
    benchmark.group = f"chain{steps}-{size}"
    xs = data(size)
    expected = FUNCS[("plain-python", steps)](xs)
    if contender.startswith("pydash"):
        if pydash is None:
            pytest.skip("pydash not installed")
        func = FUNCS[(contender, steps)]
        assert func(xs) == expected
        benchmark(func, xs)
        return
    if contender == "plain-python":
        benchmark(FUNCS[(contender, steps)], xs)
        return
    _, kernels, kind = contender.split("-")
    func = FUNCS[(_fu_key(kernels, kind), steps)]
    with benchutil.use_kernels(kernels):
        assert func(xs) == expected
        benchmark(func, xs)


def _fu_key(kernels: str, kind: str) -> str:
    return "fu-pure-chain" if kernels == "python" and kind == "chain" else f"fu-{kind}"


#: The statistic the ratios use: the minimum, the least disturbed by other load on the
#: machine (each contender's fastest round of the same run).
STAT = "min"


def ratios(path: str) -> list[str]:
    """The target ratios of one ``--benchmark-json`` run, as printable lines."""
    stats: dict[tuple[str, str], float] = {}
    for bench in json.loads(Path(path).read_text())["benchmarks"]:
        contender = bench["params"]["contender"]
        stats[(bench["group"], contender)] = bench["stats"][STAT]
    lines = [f"{'group':14} {'kernels':7} {'chain/direct':>12} {'pydash-chain/chain':>18} "
             f"{'chain us':>9} {'direct us':>9} {'pd chain':>9} {'pd direct':>9} "
             f"{'overhead us':>11} {'pd overhead':>11}"]
    for group in sorted({g for g, _ in stats}, key=lambda g: (int(g.split("-")[1]), g)):
        theirs = stats.get((group, "pydash-chain"))
        their_direct = stats.get((group, "pydash-direct"))
        for kernels in ("cython", "python"):
            chained = stats.get((group, f"funcutils-{kernels}-chain"))
            direct = stats.get((group, f"funcutils-{kernels}-direct"))
            if chained is None or direct is None or theirs is None or their_direct is None:
                continue
            lines.append(
                f"{group:14} {kernels:7} {chained / direct:12.3f} {theirs / chained:18.2f} "
                f"{chained * 1e6:9.2f} {direct * 1e6:9.2f} {theirs * 1e6:9.2f} "
                f"{their_direct * 1e6:9.2f} {(chained - direct) * 1e6:11.2f} "
                f"{(theirs - their_direct) * 1e6:11.2f}"
            )
    return lines


def interleaved(repeats: int = 40, sample: float = 0.02) -> list[str]:
    """The target ratios measured interleaved in one process (robust on a loaded machine).

    For each group, the contenders take turns: each turn is one loop of at least
    ``sample`` seconds of CPU time, ``repeats`` turns each, garbage collector off; each
    contender's fastest loop counts (as ``benches/ratio_check.py`` does).
    """
    import gc
    import time

    from funcutils import _speedups

    def loop(func: Callable[[list[int]], Any], xs: list[int], kernels: str | None) -> float:
        n = 1
        while True:  # calibrate: calls per loop
            if kernels is not None:
                with _speedups.use_kernels(kernels):
                    t0 = time.process_time()
                    for _ in range(n):
                        func(xs)
                    took = time.process_time() - t0
            else:
                t0 = time.process_time()
                for _ in range(n):
                    func(xs)
                took = time.process_time() - t0
            if took >= sample:
                return took / n
            n *= 2

    built = benchutil.compiled_kernels() is not None
    lines = [f"{'group':14} {'kernels':7} {'chain/direct':>12} {'pydash-chain/chain':>18} "
             f"{'chain us':>9} {'direct us':>9} {'pd chain':>9}"]
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for size in (10, 10_000):
            for steps in (3, 6):
                xs = data(size)
                contenders: dict[str, tuple[Callable[[list[int]], Any], str | None]] = {
                    "pydash-chain": (FUNCS[("pydash-chain", steps)], None),
                }
                for kernels in (["cython"] if built else []) + ["python"]:
                    contenders[f"{kernels}-chain"] = (FUNCS[(_fu_key(kernels, "chain"), steps)], kernels)
                    contenders[f"{kernels}-direct"] = (FUNCS[("fu-direct", steps)], kernels)
                best = dict.fromkeys(contenders, float("inf"))
                rounds = repeats if size == 10 else max(5, repeats // 4)
                for _ in range(rounds):
                    for name, (func, kernels) in contenders.items():
                        best[name] = min(best[name], loop(func, xs, kernels))
                for kernels in (["cython"] if built else []) + ["python"]:
                    c, d, p = best[f"{kernels}-chain"], best[f"{kernels}-direct"], best["pydash-chain"]
                    lines.append(f"chain{steps}-{size:<8} {kernels:7} {c / d:12.3f} {p / c:18.2f} "
                                 f"{c * 1e6:9.2f} {d * 1e6:9.2f} {p * 1e6:9.2f}")
    finally:
        if gc_was:
            gc.enable()
    return lines


def scaling(n_records: int = 4000, workers: int = 2, repeats: int = 3) -> list[str]:
    """Serial vs a ``multiprocessing`` pool vs a Dask bag on one seedless chain (docs/scaling.rst).

    Wall-clock times; each contender is run ``repeats`` times, alternating, and the
    fastest run counts (the one least disturbed by other load on the machine).
    """
    import multiprocessing
    import operator
    import os
    import time
    from concurrent.futures import ProcessPoolExecutor

    from funcutils.chaining import py_

    r = benchutil.rng(16)
    records = [{"id": i, "team": "abc"[i % 3], "scores": [r.randrange(1000) for _ in range(400)]}
               for i in range(n_records)]
    pipeline = (
        py_()
        .get("scores")
        .map_(fu.curry(operator.mul)(3))
        .filter_(fu.unary(fu.partial(operator.lt, 600)))
        .uniq()
        .chunk(4)
        .map_(len)
        .size()
    )
    expected = [pipeline(rec) for rec in records]
    try:
        import dask
        import dask.bag as db
    except ImportError:  # pragma: no cover - dask is a test/bench extra
        dask = db = None
    ctx = multiprocessing.get_context("spawn")
    best = {"serial": float("inf"), "pool": float("inf"), "dask": float("inf")}
    load = os.getloadavg()[0]
    with ctx.Pool(workers) as pool, ProcessPoolExecutor(workers, mp_context=ctx) as executor:
        pool.map(len, [[1]] * workers)  # workers started before the clock starts
        list(executor.map(len, [[1]] * workers))
        for _ in range(repeats):
            t0 = time.perf_counter()
            assert [pipeline(rec) for rec in records] == expected
            best["serial"] = min(best["serial"], time.perf_counter() - t0)
            t0 = time.perf_counter()
            got = pool.map(pipeline, records, chunksize=max(1, n_records // (8 * workers)))
            best["pool"] = min(best["pool"], time.perf_counter() - t0)
            assert got == expected
            if dask is not None:
                bag = db.from_sequence(records, npartitions=4 * workers).map(pipeline)
                t0 = time.perf_counter()
                (got,) = dask.compute(bag, scheduler="processes", pool=executor)
                best["dask"] = min(best["dask"], time.perf_counter() - t0)
                assert list(got) == expected
    serial = best["serial"]
    lines = [
        f"{n_records} records, {workers} workers, best of {repeats}; "
        f"load average {load:.1f} on {os.cpu_count()} cores",
        f"serial                        {serial:6.2f} s",
        f"multiprocessing pool          {best['pool']:6.2f} s   speed-up {serial / best['pool']:.2f}x",
    ]
    if dask is not None:
        lines.append(
            f"dask bag, processes scheduler {best['dask']:6.2f} s   "
            f"speed-up {serial / best['dask']:.2f}x"
        )
    return lines


if __name__ == "__main__":
    if sys.argv[1:2] == ["--interleaved"]:
        print("\n".join(interleaved()))
    elif sys.argv[1:2] == ["--scaling"]:
        # --scaling [path]: print, and write the lines as a literal block to path
        out = scaling()
        print("\n".join(out))
        if len(sys.argv) > 2:
            text = "::\n\n" + "".join(f"   {line}\n" for line in out)
            Path(sys.argv[2]).write_text(text, encoding="utf-8")
    else:
        print("\n".join(ratios(sys.argv[1])))
