"""Compiled and pure function kernels agree: same results, same exception types."""

from __future__ import annotations

import pickle
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import kernels

pytestmark = pytest.mark.single_impl

NAMES = ("a", "b", "c", "d")


def f4(a: Any, b: Any, c: Any, d: Any) -> tuple[Any, ...]:
    return (a, b, c, d)


def f2kw(a: Any, b: Any, *, k: Any) -> tuple[Any, ...]:
    return (a, b, k)


def fvar(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
    return (args, tuple(sorted(kwargs.items())))


FUNCS: list[tuple[Callable[..., Any], Any]] = [(f4, None), (f2kw, None), (fvar, 3), (f4, 2)]

# One call: positional values plus keywords (names may be wrong, repeated or taken).
calls = st.lists(
    st.tuples(
        st.lists(st.integers(0, 9), max_size=3),
        st.dictionaries(st.sampled_from([*NAMES, "k", "z"]), st.integers(0, 9), max_size=2),
    ),
    min_size=1,
    max_size=5,
)


def outcome(step: Callable[[], Any]) -> Any:
    try:
        result = step()
    except (TypeError, ValueError) as exc:
        return ("raised", type(exc).__name__, str(exc))
    if callable(result):
        return ("curry", result.args, result.kwargs)
    return ("value", result)


def run(module: Any, func: Callable[..., Any], arity: Any, right: bool, plan: Any) -> list[Any]:
    results: list[Any] = []
    current: Any = module.curry_object(func, arity, right)
    for args, kwargs in plan:
        holder: list[Any] = []

        def step(c: Any = current, a: Any = args, k: Any = kwargs) -> Any:
            holder.append(c(*a, **k))
            return holder[-1]

        results.append(outcome(step))
        if not holder or not callable(holder[-1]):
            break
        current = holder[-1]
    return results


@given(which=st.integers(0, len(FUNCS) - 1), right=st.booleans(), plan=calls)
def test_curry_kernels_agree(which: int, right: bool, plan: Any) -> None:
    func, arity = FUNCS[which]
    assert run(kernels("python"), func, arity, right, plan) == run(
        kernels("cython"), func, arity, right, plan
    )


@given(
    bound=st.lists(st.integers(), max_size=3),
    given_args=st.lists(st.integers(), max_size=3),
    bound_kw=st.dictionaries(st.sampled_from(["x", "y"]), st.integers(), max_size=2),
    call_kw=st.dictionaries(st.sampled_from(["x", "y"]), st.integers(), max_size=2),
    right=st.booleans(),
)
def test_partial_kernels_agree(
    bound: list[int], given_args: list[int], bound_kw: dict[str, int], call_kw: dict[str, int],
    right: bool,
) -> None:
    results = []
    for name in ("python", "cython"):
        obj = kernels(name).partial_object(fvar, tuple(bound), bound_kw, right)
        results.append(obj(*given_args, **call_kw))
        assert pickle.loads(pickle.dumps(obj)) == obj
    assert results[0] == results[1]


@pytest.mark.parametrize("name", ["python", "cython"])
@pytest.mark.parametrize(
    "call",
    [
        lambda m: m.curry_object(None),
        lambda m: m.curry_object(f4, None, False, None),
        lambda m: m.curry_object(f4, None, False, (), 5),
        lambda m: m.curry_object(f4, 1.5),
        lambda m: m.flow_object(None),
        lambda m: m.flow_object((None,)),
        lambda m: m.flow_object([abs]),
        lambda m: m.partial_object(None),
        lambda m: m.partial_object(abs, None),
        lambda m: m.partial_object(abs, (), 5),
    ],
)
def test_kernels_refuse_bad_input(name: str, call: Callable[[Any], Any]) -> None:
    with pytest.raises(TypeError):
        call(kernels(name))
