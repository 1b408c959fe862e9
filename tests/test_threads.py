"""Concurrency and re-entrancy: 8 threads at once, and iterators entered twice.

Every test runs under both kernel implementations (the ``impl`` fixture).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Optional

import pytest

import funcutils

THREADS = 8


# Re-entrancy -----------------------------------------------------------------


class _ReEnter:
    """An iterator whose ``__next__`` advances the flatten iterator consuming it."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.outer: Optional[Iterator[Any]] = None
        self.errors: list[BaseException] = []

    def __iter__(self) -> _ReEnter:
        return self

    def __next__(self) -> list[list[int]]:
        self.count -= 1
        if self.count < 0:
            raise StopIteration
        assert self.outer is not None
        for _ in range(5):
            try:
                next(self.outer)
            except StopIteration:
                break
            except ValueError as exc:
                self.errors.append(exc)
                break
        return [[self.count]] * 3


def test_iterflatten_refuses_reentry_from_a_nested_iterator() -> None:
    # Regression: the compiled iterator walked its (reallocated) frame stack
    # after a nested __next__ had re-entered it, and crashed with SIGSEGV.
    # Like a generator, it now raises "generator already executing".
    inner = _ReEnter(4)
    big = [[[j] for j in range(3)] for _ in range(200)]
    it = funcutils.iterflatten([inner, *big])
    inner.outer = it
    leaves = list(it)
    assert inner.errors
    assert all("already executing" in str(exc) for exc in inner.errors)
    assert leaves == [3] * 3 + [2] * 3 + [1] * 3 + [0] * 3 + [0, 1, 2] * 200


def test_iterflatten_reentry_error_propagates_when_not_caught() -> None:
    class Raw:
        outer: Optional[Iterator[Any]] = None

        def __iter__(self) -> Raw:
            return self

        def __next__(self) -> Any:
            assert self.outer is not None
            return next(self.outer)

    raw = Raw()
    it = funcutils.iterflatten([[1, [2]], raw, [3]])
    raw.outer = it
    assert next(it) == 1
    assert next(it) == 2
    with pytest.raises(ValueError, match="already executing"):
        next(it)


def test_iterflatten_is_finished_after_an_error() -> None:
    # Regression: the compiled iterator resumed the walk after an exception
    # (a failing nested iterable, a cycle); the specification is a generator,
    # which is finished once it has raised.
    def failing() -> Iterator[int]:
        yield 1
        raise KeyError("boom")

    it = funcutils.iterflatten([[0], failing(), [2, 3]])
    seen: list[Any] = []
    with pytest.raises(KeyError):
        for leaf in it:
            seen.append(leaf)
    assert seen == [0, 1]
    assert list(it) == []

    cyclic: list[Any] = [1]
    cyclic.append(cyclic)
    it = funcutils.iterflatten([cyclic, 5])
    with pytest.raises(ValueError, match="contains itself"):
        list(it)
    assert list(it) == []


# Eight threads at once --------------------------------------------------------


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads every 10 microseconds instead of every 5 ms."""
    saved = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(saved)


def run_threads(work: Callable[[int], Any], threads: int = THREADS) -> list[Any]:
    """Run ``work(i)`` in ``threads`` threads started together; re-raise any error."""
    barrier = threading.Barrier(threads)
    results: list[Any] = [None] * threads
    errors: list[BaseException] = []

    def body(i: int) -> None:
        try:
            barrier.wait()
            results[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    pool = [threading.Thread(target=body, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(60)
    assert not any(t.is_alive() for t in pool), "a thread hung"
    if errors:
        raise errors[0]
    return results


ITERATIONS = 2000
SHARED_NESTED: list[Any] = [1, [2, (3, [4, [5]])], "ab", {"k": 1}, range(2), [[[]]]]
SHARED_ROWS: list[Any] = [{"a": i % 3, "b": {"c": i}} for i in range(20)]


def _kernel_round(kernels: Any) -> tuple[Any, ...]:
    return (
        kernels.flatten_depth(SHARED_NESTED, -1),
        kernels.flatten_depth(SHARED_NESTED, 2),
        list(kernels.iterflatten(SHARED_NESTED, -1)),
        kernels.uniq([1, 2, 1, [3], [3], {"k": 1}, {"k": 1}]),
        kernels.difference([1, 2, 3, [4]], [[2], [[4]]], None),
        kernels.intersection([1, 2, 3], [[2, 3], [3, 2]], None),
        kernels.without([1, 2, [3]], (2, [3])),
        kernels.chunk(list(range(7)), 3),
        kernels.group_by_path(SHARED_ROWS, ("a",)),
        kernels.count_by_path(SHARED_ROWS, ("a",)),
        kernels.map_path(SHARED_ROWS, ("b", "c")),
        kernels.sort_by_path(SHARED_ROWS, ("a",)),
    )


def test_kernels_from_eight_threads(impl: Any, fast_switching: None) -> None:
    expected = _kernel_round(impl)

    def work(i: int) -> int:
        for _ in range(ITERATIONS // 4):
            assert _kernel_round(impl) == expected
        return i

    assert run_threads(work) == list(range(THREADS))


def _drain_shared(it: Iterator[Any]) -> list[Any]:
    """Leaves taken from an iterator shared by threads; "already executing" is retried."""
    got: list[Any] = []
    while True:
        try:
            got.append(next(it))
        except StopIteration:
            return got
        except ValueError as exc:
            assert "already executing" in str(exc)


def test_one_iterflatten_shared_by_eight_threads(fast_switching: None) -> None:
    # Every leaf comes out exactly once. (The compiled walk of lists runs no
    # Python code, so no thread gets in while another is inside; the pure
    # generator may refuse a thread with "already executing", which is retried.)
    data = [[i, [i + 1, (i + 2,)]] for i in range(0, 30_000, 3)]
    it = funcutils.iterflatten(data)
    leaves = sorted(x for part in run_threads(lambda i: _drain_shared(it)) for x in part)
    assert leaves == list(range(30_000))


def test_iterflatten_with_generators_shared_by_eight_threads(fast_switching: None) -> None:
    # Generators run Python code inside the walk: a thread that comes in then
    # gets "generator already executing" (as with a generator); no crash, and no
    # leaf is given twice.
    def gen(start: int) -> Iterator[Any]:
        for j in range(start, start + 10):
            yield [j]

    it = funcutils.iterflatten(gen(k) for k in range(0, 5000, 10))
    work: Callable[[int], list[Any]] = lambda i: _drain_shared(it)  # noqa: E731

    leaves = [x for part in run_threads(work) for x in part]
    assert len(leaves) == len(set(leaves))
    assert set(leaves) <= set(range(5000))


def test_curry_objects_from_eight_threads(fast_switching: None) -> None:
    def add3(a: int, b: int, c: int) -> int:
        return a * 100 + b * 10 + c

    curried = funcutils.curry(add3)
    right = funcutils.curry_right(add3)
    partly = curried(1)

    def work(i: int) -> int:
        for n in range(ITERATIONS):
            d = (i + n) % 10
            assert curried(d)(2)(3) == d * 100 + 23
            assert curried(d, 2)(c=3) == d * 100 + 23  # type: ignore[call-arg]
            assert partly(d)(d) == 100 + d * 11
            assert right(d)(2)(1) == 120 + d
        return i

    assert run_threads(work) == list(range(THREADS))


def test_flow_and_partial_from_eight_threads(fast_switching: None) -> None:
    pipeline = funcutils.flow(lambda x, y=0: x + y, str, len)
    bound = funcutils.partial(divmod, 1000)

    def work(i: int) -> int:
        for n in range(1, ITERATIONS):
            assert pipeline(n, y=i) == len(str(n + i))
            assert bound(n) == divmod(1000, n)
        return i

    run_threads(work)


def test_once_runs_once_from_eight_threads(fast_switching: None) -> None:
    for _ in range(50):
        calls: list[int] = []

        def first(i: int) -> int:
            calls.append(i)
            time.sleep(0.001)  # let the other threads arrive
            return i

        wrapped = funcutils.once(first)
        results = run_threads(lambda i: wrapped(i))
        assert len(calls) == 1
        assert results == [calls[0]] * THREADS


def test_before_and_after_count_exactly_from_eight_threads(fast_switching: None) -> None:
    ran_before: list[int] = []
    ran_after: list[int] = []
    lock = threading.Lock()

    def record(into: list[int]) -> Callable[[int], int]:
        def f(i: int) -> int:
            with lock:
                into.append(i)
            return i

        return f

    limited = funcutils.before(record(ran_before), 1001)
    delayed = funcutils.after(record(ran_after), 1001)

    def work(i: int) -> int:
        for _ in range(ITERATIONS):
            limited(i)
            delayed(i)
        return i

    run_threads(work)
    assert len(ran_before) == 1000
    assert len(ran_after) == THREADS * ITERATIONS - 1000


class _StillTimer:
    """A timer that never fires by itself (debounce runs only on flush)."""

    def __init__(self, seconds: float, callback: Callable[[], Any]) -> None:
        self.callback = callback

    def start(self) -> None:
        pass

    def cancel(self) -> None:
        pass


def test_debounce_from_eight_threads(fast_switching: None) -> None:
    calls: list[tuple[int, int]] = []
    last: dict[int, int] = {}
    debounced = funcutils.debounce(lambda i, n: calls.append((i, n)), 50, timer=_StillTimer)

    def work(i: int) -> int:
        for n in range(ITERATIONS):
            debounced(i, n)
        last[i] = ITERATIONS - 1
        return i

    run_threads(work)
    assert calls == []  # the timer never fired: nothing ran during the burst
    assert debounced.pending()
    debounced.flush()
    assert len(calls) == 1 and calls[0][1] == ITERATIONS - 1  # a thread's latest call
    assert not debounced.pending()


def test_debounce_with_real_timers_from_eight_threads(fast_switching: None) -> None:
    calls: list[int] = []
    debounced = funcutils.debounce(calls.append, 5)

    def work(i: int) -> int:
        for n in range(200):
            debounced(n)
        return i

    run_threads(work)
    deadline = time.monotonic() + 5
    while debounced.pending() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not debounced.pending()
    assert 1 <= len(calls) <= THREADS * 200
    debounced.cancel()


def test_throttle_from_eight_threads(fast_switching: None) -> None:
    now = [0.0]
    calls: list[int] = []
    lock = threading.Lock()

    def f(i: int) -> int:
        with lock:
            calls.append(i)
        return i

    throttled = funcutils.throttle(f, 100, clock=lambda: now[0])
    for window in range(5):
        now[0] = window * 0.2  # each round is past the last run's 100 ms window
        run_threads(lambda i: [throttled(i) for _ in range(ITERATIONS // 10)])
        assert len(calls) == window + 1  # exactly one run per window
    throttled.flush()
    assert len(calls) == 6
