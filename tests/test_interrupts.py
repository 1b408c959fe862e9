"""Interrupts and huge inputs.

* Ctrl-C (SIGINT) during a long compiled loop raises ``KeyboardInterrupt``
  from inside the kernel, within seconds (a subprocess is interrupted:
  flattening 50,000,000 leaves at depths 1, 2 and unlimited, and the
  array and collection loops over 5,000,000 items: ``chunk``, ``uniq``, ...).
* A ``MemoryError`` (raised by an iterable midway, or a real one under an
  address-space limit in a subprocess) leaves the input untouched and the
  interpreter working.
* ``iterflatten`` streams a long generator in constant memory: a
  ``tracemalloc`` peak bound (compiled: ``FUNCUTILS_STREAM_LEAVES`` leaves,
  1,000,000 by default, 10,000,000 in the ``fuzz`` env; pure: 200,000), and
  10,000,000 leaves in a subprocess with a peak-RSS bound (compiled).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from funcutils import _speedups

try:
    import tracemalloc
except ImportError:  # PyPy has no tracemalloc
    tracemalloc = None  # type: ignore[assignment]

from conftest import COMPILED, PACKAGE_ROOT

POSIX = os.name == "posix"


def child(code: str, impl: str = "cython") -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=PACKAGE_ROOT, PYTHONFAULTHANDLER="1")
    env.pop("FUNCUTILS_NO_EXTENSIONS", None)
    prelude = textwrap.dedent(
        f"""
        import sys, time, traceback
        if {impl!r} == "cython":
            from funcutils import _speedups_c as K
        else:
            from funcutils import _speedups_py as K
        """
    )
    return subprocess.Popen(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent, env=env,
    )


def needs_compiled() -> None:
    if COMPILED is None or _speedups.IMPLEMENTATION != "cython":
        pytest.skip("checks the compiled kernels")


# A signal that lands between calls (while a result is freed) is retried: on a
# loaded CI machine a few in a row can land there, so allow ten attempts.
ATTEMPTS = 10


def in_kernel(line: str) -> bool:
    """The child's report names a compiled source file (``interrupted in X.pxi line N f``)."""
    return line.split(" line ")[0].endswith((".pyx", ".pxi"))
# The flatten calls walk lists of empty lists: as long a loop, but an empty
# result, so nearly all the time is inside the kernel. Flattening 50,000,000
# leaves left a result whose freeing (outside the kernel) took so much of each
# round on a slow-memory machine that ten signals in a row could land there.
LONG_CALLS = {
    "flatten unlimited": "K.flatten_depth(hollow2, -1)",
    "flatten depth 1": "K.flatten_depth(hollow, 1)",
    "flatten depth 2": "K.flatten_depth(hollow2, 2)",
    "chunk": "K.chunk(flat, 1)",
    "uniq": "K.uniq(flat)",
    "compact": "K.compact(flat)",
    "without": "K.without(flat, (1,))",
    "difference": "K.difference(flat, [[1]])",
    "map_path": "K.map_path(rows, ('a',))",
    "count_by_path": "K.count_by_path(rows, ('a',))",
}


@pytest.mark.single_impl
@pytest.mark.skipif(not POSIX, reason="sends SIGINT")
@pytest.mark.parametrize("call", sorted(LONG_CALLS))
def test_ctrl_c_interrupts_a_long_compiled_loop(call: str) -> None:
    needs_compiled()
    proc = child(
        f"""
        hollow = [[]] * 20_000_000
        hollow2 = [[[]]] * 10_000_000
        flat = [0] * 5_000_000
        rows = [{{"a": 1}}] * 5_000_000
        print("started", flush=True)
        for attempt in range(ATTEMPTS):
            try:
                for _ in range(100):  # seconds of work: the signal lands inside a call
                    result = {LONG_CALLS[call]}
                    del result  # freeing the result is outside the kernel
                print("finished", flush=True)
                break
            except KeyboardInterrupt as exc:
                last = traceback.extract_tb(exc.__traceback__)[-1]
                where = last.filename
                print("interrupted in", where, "line", last.lineno, last.name, flush=True)
                if where.endswith((".pyx", ".pxi")):
                    break
        """.replace("ATTEMPTS", str(ATTEMPTS))
    )
    lines = []
    with proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            assert proc.stdout.readline().strip() == "started"
            for _ in range(ATTEMPTS):
                time.sleep(0.5)
                sent = time.monotonic()
                proc.send_signal(signal.SIGINT)
                lines.append(proc.stdout.readline().strip())
                latency = time.monotonic() - sent
                assert lines[-1].startswith("interrupted in"), lines
                assert latency < 5, latency
                if in_kernel(lines[-1]):
                    break
            proc.wait(30)
            err = proc.stderr.read()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    # Raised inside the kernel, not after it returned (a signal that arrives
    # while a result is freed, between calls, is retried).
    assert in_kernel(lines[-1]), (lines, err[-3000:])


class RaisesMemoryError:
    """Iterable by type; iterating it raises MemoryError after two items."""

    def __iter__(self) -> Iterator[int]:
        yield 1
        yield 2
        raise MemoryError


@pytest.mark.parametrize("depth", [-1, 1, 2, 3])
def test_memory_error_midway_leaves_input_intact(impl: Any, depth: int) -> None:
    shared = [7, [8, (9,)]]
    bad = RaisesMemoryError()
    data: list[Any] = [[1, [2, shared]], (3, 4), bad, shared, "x"]
    with pytest.raises(MemoryError):
        impl.flatten_depth(data, depth)
    with pytest.raises(MemoryError):
        list(impl.iterflatten(data, depth))
    assert len(data) == 5 and data[2] is bad and data[3] is shared and data[0][1][1] is shared
    assert data[:2] == [[1, [2, [7, [8, (9,)]]]], (3, 4)] and data[4] == "x"
    assert shared == [7, [8, (9,)]]
    # The interpreter and the kernels carry on.
    assert impl.flatten_depth([[1], [2, [3]]], -1) == [1, 2, 3]


@pytest.mark.single_impl
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS on Linux")
@pytest.mark.parametrize("impl_name", ["cython", "python"])
def test_real_memory_error_in_a_subprocess(impl_name: str) -> None:
    if impl_name == "cython":
        needs_compiled()
    proc = child(
        """
        import resource
        inner = list(range(10))
        data = [inner] * 5_000_000           # the result needs 400 MB
        with open("/proc/self/statm") as f:
            size = int(f.read().split()[0]) * resource.getpagesize()
        limit = size + 150 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            K.flatten_depth(data, -1)
            print("no MemoryError", flush=True)
        except MemoryError:
            pass
        try:
            K.flatten_depth(data, 1)
            print("no MemoryError at depth 1", flush=True)
        except MemoryError:
            pass
        assert len(data) == 5_000_000 and all(x is inner for x in data[:1000])
        assert inner == list(range(10)) and data[-1] is inner
        assert K.flatten_depth([[1], [2, [3]]], -1) == [1, 2, 3]
        assert list(K.iterflatten([[1], (2,)], -1)) == [1, 2]
        print("ok", flush=True)
        """,
        impl_name,
    )
    out, err = proc.communicate(timeout=120)
    assert out.strip() == "ok", (out, err[-3000:])


def _stream_count(impl_name: str) -> int:
    if impl_name == "cython":
        return int(os.environ.get("FUNCUTILS_STREAM_LEAVES", 1_000_000))
    return 200_000


@pytest.mark.skipif(tracemalloc is None, reason="tracemalloc is CPython-only")
def test_iterflatten_streams_in_constant_memory(impl: Any) -> None:
    leaves = _stream_count(_speedups.IMPLEMENTATION)
    source = ([i, (i,)] for i in range(leaves // 2))
    it = impl.iterflatten(source, -1)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        count = 0
        for _ in it:
            count += 1
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    print(f"iterflatten ({_speedups.IMPLEMENTATION}): {count} leaves, traced peak {peak} B")
    assert count == leaves // 2 * 2
    assert peak < 64 * 1024  # a buffer of the leaves would be megabytes


@pytest.mark.single_impl
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in kB on Linux")
def test_iterflatten_streams_ten_million_leaves_in_a_subprocess() -> None:
    needs_compiled()
    proc = child(
        """
        import resource
        it = K.iterflatten(([i, (i,)] for i in range(5_000_000)), -1)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        count = 0
        for _ in it:
            count += 1
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        print(count, grown, flush=True)
        """
    )
    out, err = proc.communicate(timeout=120)
    count, grown_kb = map(int, out.split())
    assert count == 10_000_000, err
    assert grown_kb < 8 * 1024  # 10,000,000 leaves held at once would be > 80 MB
