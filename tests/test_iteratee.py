"""The iteratee shorthand and the once-per-call arity."""

from __future__ import annotations

import functools
import operator
import pickle
import types
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from funcutils._iteratee import (
    MatchesGetter,
    callback,
    identity,
    is_match,
    iteratee,
    matches,
    matches_property,
    path_keys,
    properties,
    property_,
)

pytestmark = pytest.mark.single_impl

USERS = [{"a": {"b": [10, 11]}, "n": "x"}, {"a": {"b": [20]}, "n": "y"}, {"n": "z"}]


@pytest.mark.parametrize(
    "shorthand,expected",
    [
        ("a.b[0]", [10, 20, None]),
        ("a.b.0", [10, 20, None]),
        (["a", "b", 1], [False, False, False]),
        (("n", "x"), [["x", None], ["y", None], ["z", None]]),
        ({"n": "x"}, [True, False, False]),
        (["n"], ["x", "y", "z"]),
        (None, USERS),
        (1.0, USERS),
    ],
)
def test_dispatch(shorthand: Any, expected: Any) -> None:
    f = iteratee(shorthand)
    assert [f(u) for u in USERS] == expected


def test_dispatch_more() -> None:
    assert iteratee(len) is len
    assert [iteratee(1)(x) for x in [[1, 2], [3, 4], [5]]] == [2, 4, None]
    assert iteratee(["a", 3, "ignored"])({"a": 3}) is True
    assert property_(["a.b"])({"a.b": 7}) == 7
    assert properties("a", "b")({"a": 1, "b": 2}) == [1, 2]
    assert identity() is None


@pytest.mark.parametrize(
    "source,obj,expected",
    [
        ({"a": [1, 2]}, {"a": [1, 2, 3]}, True),
        ({"a": [1, 2]}, {"a": [2, 1, 3]}, False),
        ({"a": [2]}, {"a": [1, 2]}, False),
        ({"a": []}, {"a": [5]}, True),
        ({"a": 1}, {"a": True}, True),
        ({"a": {"b": 1}}, {"a": {"b": 1, "c": 2}}, True),
        ({"a": 1}, {}, False),
        ([1], [1, 2], True),
        ({}, 5, True),
        ({"__class__": 1}, object(), False),
    ],
)
def test_is_match(source: Any, obj: Any, expected: bool) -> None:
    assert is_match(obj, source) is expected
    assert matches(source)(obj) is expected


def test_matches_property() -> None:
    assert matches_property("a.b", 1)({"a": {"b": 1}})
    assert not matches_property("a.b", 1)({"a": {}})


class Callable2:
    def __call__(self, v: Any, i: Any) -> Any:
        return (v, i)

    def method(self, v: Any, i: Any, c: Any) -> Any:
        return v


def two(a: Any, b: Any) -> Any:
    return a


@pytest.mark.parametrize(
    "func,nargs",
    [
        (lambda v: v, 1),
        (lambda v, i: v, 2),
        (lambda v, i, c: v, 3),
        (lambda v, i, c, d: v, 3),
        (lambda *a: a, 3),
        (lambda v, i=100: v, 2),
        (lambda: 1, 0),
        (max, 1),
        (len, 1),
        (int, 1),
        (str.upper, 1),
        (operator.itemgetter("a"), 1),
        (operator.attrgetter("a"), 1),
        (functools.partial(two, 1), 1),
        (Callable2(), 2),
        (Callable2().method, 3),
        ("a.b", 1),
        ({"a": 1}, 1),
        (None, 1),
    ],
)
def test_callback_arity(func: Any, nargs: int) -> None:
    assert callback(func)[1] == nargs


def test_callback_maxargs_and_argcount() -> None:
    def f(*a: Any) -> Any:
        return a

    assert callback(f, 4)[1] == 4

    def g(a: Any, b: Any) -> Any:
        return a

    g._argcount = 1  # type: ignore[attr-defined]
    assert callback(g)[1] == 1


def test_path_keys_and_pickle() -> None:
    assert path_keys("a.b") == ("a", "b")
    assert path_keys(property_("a[0]")) == ("a", 0)
    assert path_keys(3) == ("3",)
    assert path_keys(["a.b"]) == ("a.b",)
    assert path_keys(len) is None
    for f in (property_("a.b"), properties("a", "b"), matches({"a": 1}), matches_property("a", 1)):
        g = pickle.loads(pickle.dumps(f))
        assert g({"a": {"b": 1}}) == f({"a": {"b": 1}})


def _chain(depth: int, leaf: Any) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("depth", [5_000, 200_000])
def test_is_match_any_depth(depth: int) -> None:
    source = _chain(depth, 1)
    assert is_match(_chain(depth, 1), source) is True
    assert is_match(_chain(depth, 2), source) is False
    assert is_match(_chain(depth - 1, 1), source) is False
    assert matches({"k": source})({"k": _chain(depth, 1)}) is True


def test_is_match_cyclic_source_raises() -> None:
    source: list[Any] = [1]
    source.append(source)
    with pytest.raises(ValueError, match="contains itself"):
        is_match([1, [1, [1]]], source)
    shared = [1]  # shared by two branches: not a cycle
    assert is_match({"x": [1], "y": [1, 2]}, {"x": shared, "y": shared}) is True


# The code-object fast path of the arity resolution gives what the
# signature-based path gives, for every shape of plain function and method.
@given(
    posonly=st.integers(0, 3), normal=st.integers(0, 3), defaults=st.integers(0, 3),
    varargs=st.booleans(), kwonly=st.integers(0, 2), varkw=st.booleans(),
    bound=st.booleans(), maxargs=st.integers(1, 3),
)
def test_fast_arity_matches_signature(
    posonly: int, normal: int, defaults: int, varargs: bool, kwonly: int, varkw: bool,
    bound: bool, maxargs: int,
) -> None:
    from funcutils._iteratee import _positional_count, _signature_count

    names = [f"p{i}" for i in range(posonly)] + [f"n{i}" for i in range(normal)]
    defaults = min(defaults, len(names))
    params = [f"{n}=0" if i >= len(names) - defaults else n for i, n in enumerate(names)]
    if posonly:
        params.insert(posonly, "/")
    if varargs:
        params.append("*args")
    elif kwonly:
        params.append("*")
    params += [f"k{i}=0" for i in range(kwonly)]
    if varkw:
        params.append("**kw")
    namespace: dict[str, Any] = {}
    exec(f"def f({', '.join(params)}): pass", namespace)  # noqa: S102 - generated signatures
    func = namespace["f"]
    if bound and (posonly + normal or varargs):
        func = types.MethodType(func, object())
    assert _positional_count(func, maxargs) == _signature_count(func, maxargs)


@given(
    posonly=st.integers(0, 2), normal=st.integers(0, 3), defaults=st.integers(0, 3),
    varargs=st.booleans(), kwonly=st.integers(0, 2), kwdefaults=st.integers(0, 2),
    arity=st.one_of(st.none(), st.integers(0, 4)),
)
def test_curry_spec_from_code_matches_signature(
    posonly: int, normal: int, defaults: int, varargs: bool, kwonly: int, kwdefaults: int,
    arity: Any,
) -> None:
    from funcutils import _signature

    names = [f"p{i}" for i in range(posonly)] + [f"n{i}" for i in range(normal)]
    defaults = min(defaults, len(names))
    params = [f"{n}=0" if i >= len(names) - defaults else n for i, n in enumerate(names)]
    if posonly:
        params.insert(posonly, "/")
    params.append("*args" if varargs else "*" if kwonly else "")
    params += [f"k{i}=0" if i < kwdefaults else f"k{i}" for i in range(kwonly)]
    namespace: dict[str, Any] = {}
    exec(f"def f({', '.join(p for p in params if p)}): pass", namespace)  # noqa: S102
    func = namespace["f"]
    fast = _signature._code_spec(func, arity, "curry")
    func.__dict__["marker"] = 1  # any attribute sends curry_spec down the signature path
    try:
        slow = _signature.curry_spec(func, arity, "curry")
    except ValueError:
        assert fast is None
        return
    assert fast is not None
    assert (fast.arity, fast.index, fast.kwonly, fast.max_positional, fast.name) == (
        slow.arity, slow.index, slow.kwonly, slow.max_positional, slow.name)
    assert fast.signature == slow.signature


_MATCH_KEYS = st.sampled_from(["a", "b", "0", 0, 1, True, "x.y"])
_MATCH_VALUES = st.sampled_from([0, 1, True, False, None, "", "a", 1.0, float("nan"), [1], {"a": 1}])


@given(st.dictionaries(_MATCH_KEYS, _MATCH_VALUES, max_size=3),
       st.dictionaries(_MATCH_KEYS, _MATCH_VALUES, max_size=4))
def test_matches_flat_source_is_is_match(source: dict[Any, Any], obj: dict[Any, Any]) -> None:
    """The items-subset fast path (matches and is_match) answers as the full walk and pydash do."""
    import pydash

    from funcutils import _speedups

    got = MatchesGetter(source)(obj)
    assert got is is_match(obj, source) is _speedups.match_deep(obj, source)
    assert got == pydash.is_match(obj, source)


def test_find_with_a_flat_source_answers_as_the_getter() -> None:
    """find/find_last run the flat subset test in their own loop: same answers as the getter."""
    import funcutils

    class Obj:
        a = 1

    class Boom:
        def __eq__(self, other: object) -> bool:
            raise ValueError("no")

        __hash__ = object.__hash__

    obj = Obj()
    items: list[Any] = [None, [1], {"a": Boom()}, obj, {"a": 2}, {"a": 1, "b": 0}, {"a": 1}]
    assert funcutils.find(items, {"a": 1}) is obj  # an object's attribute: the getter's walk
    assert funcutils.find(items[4:], {"a": 1}) == {"a": 1, "b": 0}
    assert funcutils.find_last(items, {"a": 1}) == {"a": 1}
    assert funcutils.find([{"a": Boom()}], {"a": 1}) is None  # a raising __eq__: no match
    assert funcutils.find([], {"a": 1}) is None and funcutils.find_last([{"b": 1}], {"a": 1}) is None

    source: dict[str, Any] = {"k": 0}

    class Bump:
        """Changes the source while it is compared: the next item sees the new source."""

        def __eq__(self, other: object) -> bool:
            source["k"] = 1
            return False

        __hash__ = object.__hash__

    assert funcutils.find([{"k": Bump()}, {"k": 1}], source) == {"k": 1}


def test_matches_flat_source_edges() -> None:
    source: dict[Any, Any] = {"a": 1}
    match = MatchesGetter(source)
    assert match({"a": True}) and match({"a": 1, "b": 2}) and not match({"b": 1}) and not match({})
    source["a"] = {"b": 1}  # changed after matches(): matched as it is now (a partial nested match)
    assert match({"a": {"b": 1, "c": 2}})
    assert MatchesGetter({"0": 5})({0: 5})  # a digit key's int fallback: the full walk

    class Boom:
        def __eq__(self, other: object) -> bool:
            raise ValueError("no")

        __hash__ = object.__hash__

    assert MatchesGetter({"a": 1})({"a": Boom()}) is False
    assert is_match({"a": Boom()}, {"a": 1}) is False
    assert pickle.loads(pickle.dumps(MatchesGetter({"a": 1})))({"a": 1})
