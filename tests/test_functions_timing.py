"""debounce / throttle / delay / once / before / after: clocks, timers and threads.

An injected clock and timer make these deterministic: no test sleeps, except
one that checks the default timer really fires (it waits on an event).
"""

from __future__ import annotations

import pickle
import sys
import threading
from collections.abc import Iterator
from typing import Any, Callable, Optional

import pytest

from funcutils import functions as F

THREADS = 8


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class FakeTimer:
    def __init__(self, seconds: float, callback: Callable[[], None]) -> None:
        self.seconds = seconds
        self.callback = callback
        self.started = False
        self.cancelled = False

    def start(self) -> None:
        self.started = True

    def cancel(self) -> None:
        self.cancelled = True

    def fire(self) -> None:
        self.callback()


class TimerFactory:
    def __init__(self) -> None:
        self.timers: list[FakeTimer] = []
        self.lock = threading.Lock()

    def __call__(self, seconds: float, callback: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(seconds, callback)
        with self.lock:
            self.timers.append(timer)
        return timer

    def live(self) -> list[FakeTimer]:
        return [t for t in self.timers if t.started and not t.cancelled]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers() -> TimerFactory:
    return TimerFactory()


@pytest.fixture
def fast_switching() -> Iterator[None]:
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def recorder(calls: list[int], factor: int = 1) -> Callable[[int], int]:
    def record(x: int) -> int:
        calls.append(x)
        return x * factor

    return record


def run_threads(target: Callable[[], Any]) -> list[Any]:
    barrier = threading.Barrier(THREADS)
    results: list[Any] = [None] * THREADS
    errors: list[BaseException] = []

    def work(i: int) -> None:
        barrier.wait()
        try:
            results[i] = target()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


# ---------------------------------------------------------------------------
# debounce
# ---------------------------------------------------------------------------


def test_debounce_runs_once_after_quiet(clock: FakeClock, timers: TimerFactory) -> None:
    calls: list[int] = []
    deb = F.debounce(recorder(calls, 10), 50, clock=clock, timer=timers)
    assert deb(1) is None
    clock.now = 0.01
    assert deb(2) is None
    clock.now = 0.02
    assert deb(3) is None
    assert len(timers.timers) == 3
    assert [t.cancelled for t in timers.timers] == [True, True, False]
    assert timers.timers[-1].seconds == pytest.approx(0.05)
    assert deb.pending()
    timers.timers[0].fire()  # a stale timer that fired anyway does nothing
    assert calls == []
    timers.timers[-1].fire()
    assert calls == [3]
    assert not deb.pending()
    assert deb(4) == 30  # the latest result


def test_debounce_max_wait(clock: FakeClock, timers: TimerFactory) -> None:
    calls: list[int] = []
    deb = F.debounce(calls.append, 50, 100, clock=clock, timer=timers)
    deb(1)
    assert timers.timers[-1].seconds == pytest.approx(0.05)
    clock.now = 0.07
    deb(2)
    assert timers.timers[-1].seconds == pytest.approx(0.03)  # capped by max_wait
    clock.now = 0.12
    deb(3)  # past max_wait: runs at once
    assert calls == [3]
    assert not timers.live()
    deb(4)
    assert timers.timers[-1].seconds == pytest.approx(0.05)  # a new burst


def test_debounce_cancel_and_flush(clock: FakeClock, timers: TimerFactory) -> None:
    calls: list[int] = []
    deb = F.debounce(recorder(calls), 50, clock=clock, timer=timers)
    assert deb.flush() is None  # nothing pending
    deb(1)
    deb.cancel()
    assert not deb.pending() and not timers.live()
    timers.timers[-1].fire()
    assert calls == []
    deb(2)
    assert deb.flush() == 2
    assert calls == [2]
    timers.timers[-1].fire()
    assert calls == [2]
    assert deb.flush() == 2


def test_debounce_keyword_arguments(clock: FakeClock, timers: TimerFactory) -> None:
    seen: list[Any] = []
    deb = F.debounce(lambda *a, **k: seen.append((a, k)), 10, clock=clock, timer=timers)
    deb(1, x=2)
    deb.flush()
    assert seen == [((1,), {"x": 2})]


def test_debounce_uses_milliseconds_and_monotonic() -> None:
    deb = F.debounce(abs, 10)
    assert deb.wait == 10.0
    assert deb.max_wait is False


def test_debounce_default_timer_fires() -> None:
    done = threading.Event()
    deb = F.debounce(lambda: done.set(), 1)
    deb()
    assert done.wait(5)


def test_debounce_and_throttle_refuse_pickle() -> None:
    for obj in (F.debounce(abs, 1), F.throttle(abs, 1)):
        with pytest.raises(TypeError, match="cannot pickle"):
            pickle.dumps(obj)


def test_debounce_threads(
    clock: FakeClock, timers: TimerFactory, fast_switching: None
) -> None:
    count = [0]
    deb = F.debounce(lambda: count.__setitem__(0, count[0] + 1), 50, clock=clock, timer=timers)

    def hammer() -> None:
        for _ in range(200):
            deb()

    run_threads(hammer)
    assert len(timers.live()) == 1
    for timer in timers.timers:
        timer.fire()  # stale callbacks racing the last one change nothing
    assert count[0] == 1


# ---------------------------------------------------------------------------
# throttle
# ---------------------------------------------------------------------------


def test_throttle_window(clock: FakeClock) -> None:
    calls: list[int] = []
    thr = F.throttle(recorder(calls), 100, clock=clock)
    assert [thr(1), thr(2)] == [1, 1]
    clock.now = 0.099
    assert thr(3) == 1
    clock.now = 0.1
    assert thr(4) == 4
    assert calls == [1, 4]


def test_throttle_flush_and_cancel(clock: FakeClock) -> None:
    calls: list[int] = []
    thr = F.throttle(recorder(calls), 100, clock=clock)
    assert thr.flush() is None
    thr(1)
    thr(2)
    thr(3)
    assert thr.flush() == 3  # the latest suppressed call runs
    assert thr.flush() == 3  # nothing left
    thr(4)
    thr.cancel()
    assert thr(5) == 5  # the window reopened
    assert calls == [1, 3, 5]


def test_throttle_matches_pydash_first_calls() -> None:
    import pydash

    ours = F.throttle(lambda x: x, 10_000)
    theirs = pydash.throttle(lambda x: x, 10_000)
    assert [ours(i) for i in range(3)] == [theirs(i) for i in range(3)] == [0, 0, 0]


def test_throttle_threads(clock: FakeClock, fast_switching: None) -> None:
    count = [0]

    def work() -> int:
        count[0] += 1
        return count[0]

    thr = F.throttle(work, 100, clock=clock)

    def hammer() -> set[Optional[int]]:
        return {thr() for _ in range(200)}

    results = run_threads(hammer)
    assert count[0] == 1
    assert set().union(*results) == {1}


# ---------------------------------------------------------------------------
# once / before / after / delay from 8 threads
# ---------------------------------------------------------------------------


def test_once_threads(fast_switching: None) -> None:
    count = [0]

    def work() -> int:
        value = count[0]
        for _ in range(1000):  # widen the race window
            pass
        count[0] = value + 1
        return count[0]

    wrapped = F.once(work)
    results = run_threads(lambda: [wrapped() for _ in range(50)])
    assert count[0] == 1
    assert {r for rs in results for r in rs} == {1}


def test_once_a_second_thread_waits_for_the_running_first_call() -> None:
    started, finish = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow(who: str) -> str:
        calls.append(who)
        started.set()
        assert finish.wait(10)
        return who

    wrapped = F.once(slow)
    results: dict[str, str] = {}
    first = threading.Thread(target=lambda: results.update(a=wrapped("a")))
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.update(b=wrapped("b")))
    second.start()
    second.join(0.2)
    assert second.is_alive()  # blocked on the running first call, not calling slow
    finish.set()
    first.join(10)
    second.join(10)
    assert calls == ["a"] and results == {"a": "a", "b": "a"}


def test_once_a_first_call_that_raises_lets_a_waiting_call_try_again() -> None:
    started, finish = threading.Event(), threading.Event()
    calls: list[str] = []

    def flaky(who: str) -> str:
        calls.append(who)
        if who == "a":
            started.set()
            assert finish.wait(10)
            raise ValueError("first call fails")
        return who

    wrapped = F.once(flaky)
    errors: list[BaseException] = []
    results: dict[str, str] = {}

    def first_call() -> None:
        try:
            wrapped("a")
        except ValueError as exc:
            errors.append(exc)

    first = threading.Thread(target=first_call)
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.update(b=wrapped("b")))
    second.start()
    second.join(0.2)
    assert second.is_alive()
    finish.set()
    first.join(10)
    second.join(10)
    assert len(errors) == 1 and calls == ["a", "b"] and results == {"b": "b"}
    assert wrapped("c") == "b"  # called now: the result stays


def test_once_a_recursive_first_call_raises_instead_of_hanging() -> None:
    def again(n: int) -> int:
        return n if n == 0 else wrapped(n - 1)

    wrapped = F.once(again)
    with pytest.raises(RuntimeError, match="called its own wrapper during its first call"):
        wrapped(2)
    assert wrapped(0) == 0 and wrapped(5) == 0  # a later first call works


def test_once_sequential_retry_after_an_error() -> None:
    attempts = [0]

    def fails_first() -> int:
        attempts[0] += 1
        if attempts[0] == 1:
            raise KeyError("no")
        return attempts[0]

    wrapped = F.once(fails_first)
    with pytest.raises(KeyError):
        wrapped()
    assert wrapped() == 2 and wrapped() == 2 and attempts[0] == 2


@pytest.mark.parametrize(("factory", "n", "expected_runs"), [
    (F.after, 5, THREADS * 200 - 4),
    (F.before, 101, 100),
])
def test_counters_threads(
    factory: Callable[..., Any], n: int, expected_runs: int, fast_switching: None
) -> None:
    runs: list[int] = []
    lock = threading.Lock()

    def work() -> int:
        with lock:
            runs.append(1)
        return 1

    wrapped = factory(work, n)
    results = run_threads(lambda: [wrapped() for _ in range(200)])
    assert len(runs) == expected_runs
    assert sum(1 for rs in results for r in rs if r == 1) == expected_runs


def test_delay_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(F, "_sleep", slept.append)
    results = run_threads(lambda: F.delay(lambda a, b: a + b, 20, 1, b=2))
    assert results == [3] * THREADS
    assert slept == [0.02] * THREADS
