"""utilities: examples, pydash agreement, memoize / retry / unique_id / random / ranges."""

from __future__ import annotations

import inspect
import random as stdlib_random
import threading
import time
from typing import Any, Callable

import pydash
import pytest
from hypothesis import given
from hypothesis import strategies as st

import funcutils as _
from funcutils import utilities


def test_identity_is_the_default_iteratee() -> None:
    from funcutils import _iteratee

    assert _.identity is _iteratee.identity
    assert _.identity(1, 2) == 1 and _.identity() is None


RANGES: list[tuple[Any, ...]] = [
    (), (4,), (-4,), (0,), (1, 4), (4, 1), (1, 4, 0), (0, 20, 5), (0, -4, -1), (4, 0, 1),
    (1, 4, 2), (1, 4, -1), (0, 10, 3), (10, 0, -3), (True,), (1, 5, 2, 9), (-3, 3), (5, 5),
    (5, 5, 0), (3, 1, 0), (-2, -8, -3), (0, 10**6, 10**5),
]


@pytest.mark.parametrize("args", RANGES)
def test_ranges_same_as_pydash(args: tuple[Any, ...]) -> None:
    assert list(_.range_(*args)) == list(pydash.range_(*args))
    assert list(_.range_right(*args)) == list(pydash.range_right(*args))


def test_range_literals() -> None:
    assert list(_.range_(-4)) == [0, -1, -2, -3]
    assert list(_.range_(1, 4, 0)) == [1, 1, 1]
    assert list(_.range_right(0, 20, 5)) == [15, 10, 5, 0]
    assert inspect.isgenerator(_.range_(3)) and inspect.isgenerator(_.range_right(3))
    # Exact for huge ints (pydash computes the length in float).
    big = 10**30
    assert list(_.range_(big, big + 3)) == [big, big + 1, big + 2]


@pytest.mark.parametrize("args", [(1.5,), (0, 1, 0.5), ("a",), (None,), (0, 2.0)])
def test_range_non_integers_raise_like_pydash(args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError, match="range_"):
        _.range_(*args)
    with pytest.raises(TypeError):
        pydash.range_(*args)


def test_random() -> None:
    for _i in range(50):
        assert 0 <= _.random() <= 1
        assert 5 <= _.random(10, 5) <= 10
        assert isinstance(_.random(1.5), float)
        assert isinstance(_.random(1, 2, True), float)
        assert isinstance(_.random(1, 5), int)
    assert _.random(1, 1000, seed=42) == _.random(1, 1000, seed=42)
    a, b = stdlib_random.Random(7), stdlib_random.Random(7)
    assert [_.random(0, 10**9, seed=a) for _i in range(5)] == [
        _.random(0, 10**9, seed=b) for _i in range(5)
    ]
    stdlib_random.seed(3)
    first = [_.random(0, 10**9) for _i in range(3)]
    stdlib_random.seed(3)
    assert [_.random(0, 10**9) for _i in range(3)] == first
    stdlib_random.seed(3)
    assert [pydash.random(0, 10**9) for _i in range(3)] == first  # the same generator
    with pytest.raises(TypeError, match="random"):
        _.random(seed={"k": 1})  # type: ignore[call-overload]


def test_memoize_cache_signature_and_resolver() -> None:
    calls: list[Any] = []

    def add(a: int, b: int = 1) -> int:
        """Add."""
        calls.append((a, b))
        return a + b

    m = _.memoize(add)
    assert m(1) == 2 and m(1) == 2 and m(1, b=1) == 2
    assert calls == [(1, 1), (1, 1)]  # pydash's key: (1,){} and (1,){'b': 1} differ
    assert m.cache == {"(1,){}": 2, "(1,){'b': 1}": 2}
    assert pydash.memoize(add).__call__ is not None
    assert inspect.signature(m) == inspect.signature(add)
    assert m.__name__ == "add" and m.__doc__ == "Add." and m.__wrapped__ is add
    m.cache.clear()
    assert m(1) == 2 and len(calls) == 3
    m.cache = {}
    assert m(1) == 2 and len(calls) == 4
    r = _.memoize(lambda x, y: x + y, resolver=lambda x, y: x)
    assert r(1, 2) == 3 and r(1, 100) == 3 and r.cache == {1: 3} and r.resolver is not None
    with pytest.raises(TypeError, match="memoize"):
        _.memoize(5)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="resolver"):
        _.memoize(add, 5)  # type: ignore[call-overload]


def test_memoize_method_binds() -> None:
    class C:
        def __init__(self, n: int) -> None:
            self.n = n

        @_.memoize
        def double(self) -> int:
            return self.n * 2

    assert C(2).double() == 4 and C(3).double() == 6


def test_memoize_raises_caches_nothing() -> None:
    fails = [True]

    def f(x: int) -> int:
        if fails[0]:
            fails[0] = False
            raise ValueError("once")
        return x

    m = _.memoize(f)
    with pytest.raises(ValueError):
        m(1)
    assert m.cache == {} and m(1) == 1


def test_memoize_from_8_threads_calls_once_per_key() -> None:
    calls: list[int] = []
    lock = threading.Lock()

    def slow(x: int) -> int:
        with lock:
            calls.append(x)
        time.sleep(0.01)
        return x * 10

    m = _.memoize(slow)
    barrier = threading.Barrier(8)
    results: list[list[int]] = []

    def work() -> None:
        barrier.wait()
        results.append([m(i % 4) for i in range(40)])

    threads = [threading.Thread(target=work) for _i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(calls) == [0, 1, 2, 3]
    assert all(r == [(i % 4) * 10 for i in range(40)] for r in results) and len(results) == 8


def test_unique_id_from_8_threads() -> None:
    barrier = threading.Barrier(8)
    ids: list[list[str]] = [[] for _i in range(8)]

    def work(slot: int) -> None:
        barrier.wait()
        ids[slot].extend(_.unique_id("t") for _i in range(2000))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    flat = [i for chunk in ids for i in chunk]
    assert len(set(flat)) == 8 * 2000
    assert all(i.startswith("t") for i in flat)
    numbers = [int(_.unique_id()) for _i in range(3)]
    assert numbers == sorted(numbers) and len(set(numbers)) == 3
    assert _.unique_id(5).startswith("5")


class FakeClock:
    """A sleep that only records (and advances a fake time)."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def _flaky(failures: int, exc: type[Exception] = OSError) -> Any:
    state = {"calls": 0}

    def func(x: int = 1) -> int:
        """Flaky."""
        state["calls"] += 1
        if state["calls"] <= failures:
            raise exc(f"failure {state['calls']}")
        return x

    return func, state


def test_retry_delays_scale_and_max_delay() -> None:
    clock = FakeClock()
    func, state = _flaky(4)
    wrapped = _.retry(attempts=5, delay=1, scale=3, max_delay=5, sleep=clock.sleep)(func)
    assert wrapped(7) == 7 and state["calls"] == 5
    assert clock.waits == [1, 3, 5, 5]
    assert wrapped.__name__ == "func" and wrapped.__doc__ == "Flaky."
    assert inspect.signature(wrapped) == inspect.signature(func)


def test_retry_gives_up_and_hooks() -> None:
    clock = FakeClock()
    seen: list[Any] = []
    func, state = _flaky(10)
    wrapped = _.retry(attempts=3, delay=0.5, on_exception=lambda e, n: seen.append((str(e), n)),
                      sleep=clock.sleep)(func)
    with pytest.raises(OSError, match="failure 3"):
        wrapped()
    assert seen == [("failure 1", 1), ("failure 2", 2), ("failure 3", 3)]
    assert clock.waits == [0.5, 1.0]
    one_arg: list[Any] = []
    func, _state = _flaky(1)
    def hook(exc: Exception) -> None:
        one_arg.append(type(exc))

    _.retry(on_exception=hook, sleep=clock.sleep)(func)()
    assert one_arg == [OSError]


def test_retry_only_listed_exceptions() -> None:
    clock = FakeClock()
    func, state = _flaky(2, KeyError)
    wrapped = _.retry(exceptions=(OSError,), sleep=clock.sleep)(func)
    with pytest.raises(KeyError):
        wrapped()
    assert state["calls"] == 1 and clock.waits == []


def test_retry_jitter_is_seeded_by_random_seed() -> None:
    clock = FakeClock()
    func, _state = _flaky(2)
    stdlib_random.seed(1)
    _.retry(delay=1, jitter=(0, 1), scale=1, sleep=clock.sleep)(func)()
    first = list(clock.waits)
    assert len(first) == 2 and all(1 <= w <= 3 for w in first) and first[1] >= first[0]
    clock.waits.clear()
    func, _state = _flaky(2)
    stdlib_random.seed(1)
    _.retry(delay=1, jitter=(0, 1), scale=1, sleep=clock.sleep)(func)()
    assert clock.waits == first
    clock.waits.clear()
    func, _state = _flaky(1)
    _.retry(delay=0, jitter=2, sleep=clock.sleep)(func)()
    assert 0 <= clock.waits[0] <= 2


def test_retry_default_sleep_is_time_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    func, _state = _flaky(1)
    assert _.retry()(func)() == 1 and waits == [0.5]


@pytest.mark.parametrize(
    "kwargs,exc",
    [
        ({"attempts": 0}, ValueError), ({"attempts": 1.5}, ValueError),
        ({"delay": -1}, ValueError),
        ({"max_delay": -1}, ValueError), ({"scale": 0}, ValueError), ({"jitter": -1}, ValueError),
        ({"jitter": (1, 2, 3)}, ValueError), ({"jitter": "a"}, ValueError),
        ({"exceptions": [OSError]}, TypeError), ({"exceptions": (int,)}, TypeError),
        ({"on_exception": 5}, TypeError), ({"sleep": 5}, TypeError),
    ],
)
def test_retry_validation(kwargs: dict[str, Any], exc: type[Exception]) -> None:
    with pytest.raises(exc, match="retry"):
        _.retry(**kwargs)
    if "sleep" not in kwargs:
        with pytest.raises(exc):
            pydash.retry(**kwargs)


def test_cond_conforms_and_friends() -> None:
    f = _.cond([(lambda x: x > 0, lambda x: "pos"), (_.stub_true, lambda x: "other")])
    assert f(1) == "pos" and f(-1) == "other"
    g = _.cond((lambda a, b: a == b, lambda a, b: "same"), (lambda a: True, lambda a, b: "diff"))
    assert g(1, 1) == "same" and g(1, 2) == "diff"
    assert _.cond([(lambda: False, _.noop)])() is None
    with pytest.raises(ValueError, match="cond"):
        _.cond([(1, 2, 3)])
    with pytest.raises(TypeError, match="cond"):
        _.cond([(1, 2)])
    assert _.conforms({"a": lambda n: n > 1})({"a": 2, "b": 0})
    assert not _.conforms({"a": lambda n: n > 1})({"b": 5})
    assert _.conforms_to([1, 5], [lambda n: n == 1, lambda n: n == 5])
    assert _.over([max, min])(3, 1, 2) == [3, 1]
    over_gen = _.over(f for f in [max, min])
    assert over_gen(1, 2) == [2, 1] and over_gen(1, 2) == []  # pydash: read at each call
    def positive(x: Any) -> bool:
        return bool(x)

    assert _.over_every([positive, lambda x: x > 1])(2) and not _.over_every([positive])(0)
    assert _.over_some([positive, lambda x: x is None])(None)
    no_funcs: list[Callable[[int], bool]] = []
    assert not _.over_some(no_funcs)(1)
    with pytest.raises(TypeError, match="not callable"):
        _.over([1])()  # type: ignore[arg-type]
    assert _.constant(3)(1, 2, 3) == 3
    assert _.default_to(None, 1) == 1 and _.default_to(False, 1) is False
    assert _.default_to_any(None, None, 0) == 0
    assert _.nth_arg(1)(1, 2, 3) == 2 and _.nth_arg("-1")(1, 2) == 2 and _.nth_arg("x")(4) == 4
    with pytest.raises(TypeError, match="nth_arg"):
        _.nth_arg(None)(1)
    assert _.times(3, lambda i: i * 2) == [0, 2, 4] and _.times(2) == [0, 1]
    assert _.times(2, lambda: "x") == ["x", "x"] and _.times(0, str) == []
    assert _.result({"a": {"b": 1}}, "a") == {"b": 1}
    assert _.result(None, "a", 5) == 5 and _.result({"b": 1}, "a", lambda: 6) == 6
    assert _.result(object(), "__class__", "blocked") == "blocked"
    ex = _.attempt(int, "x")
    assert isinstance(ex, ValueError) and _.attempt(int, "5") == 5
    class Greeter:
        def hello(self, name: str, punct: str = "") -> str:
            return f"hi {name}{punct}"

    assert _.method("hello", "x")(Greeter(), punct="!") == "hi x!"
    assert _.method_of(Greeter())("hello", "y") == "hi y"
    # The callable is made; calling it is refused:
    with pytest.raises(TypeError, match="method"):
        _.method("__class__")(Greeter())
    with pytest.raises(TypeError, match="method"):
        _.method("missing")({})
    assert [_.stub_list(), _.stub_dict(), _.stub_string(), _.stub_true(), _.stub_false()] == [
        [], {}, "", True, False,
    ]
    assert _.noop(1, a=2) is None  # type: ignore[func-returns-value]
    assert abs(_.now() - pydash.now()) < 5000


def test_module_docstring_names_the_injection_points() -> None:
    assert "sleep" in (utilities.__doc__ or "") and "seed" in (utilities.__doc__ or "")

small_ints = st.integers(-30, 30)


@given(st.lists(small_ints, min_size=1, max_size=3))
def test_generated_ranges_same_as_pydash(args: list[int]) -> None:
    assert list(_.range_(*args)) == list(pydash.range_(*args))
    assert list(_.range_right(*args)) == list(pydash.range_right(*args))


@given(st.integers(-(10**6), 10**6), st.integers(-(10**6), 10**6), st.integers(0, 2**32))
def test_generated_random_in_bounds_and_seeded(a: int, b: int, seed: int) -> None:
    lo, hi = min(a, b), max(a, b)
    value = _.random(a, b, seed=seed)
    assert lo <= value <= hi and type(value) is int
    assert value == _.random(a, b, seed=seed)
    assert value == stdlib_random.Random(seed).randint(lo, hi)
    assert lo <= _.random(a, b, True, seed=seed) <= hi


@given(st.lists(st.one_of(small_ints, st.none(), st.text(max_size=2)), max_size=6))
def test_generated_default_to_any_and_nth_arg(values: list[Any]) -> None:
    assert _.default_to_any(*values) == pydash.default_to_any(*values) if values else True
    for pos in range(-len(values) - 1, len(values) + 1):
        assert _.nth_arg(pos)(*values) == pydash.nth_arg(pos)(*values)
