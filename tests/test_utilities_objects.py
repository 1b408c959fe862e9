"""Public utilities and objects: examples, pydash agreement, hostile paths."""

from __future__ import annotations

import time
from collections import namedtuple
from typing import Any, Callable

import pydash
import pytest

import funcutils as _

P = namedtuple("P", "x y")


class Obj:
    def __init__(self, **kw: Any) -> None:
        self.__dict__.update(kw)

    def method(self) -> int:
        return 1


def _fn() -> None:
    pass


GET_CASES: list[Any] = [
    ({"a": {"b": [10, 11]}}, "a.b[0]"), ({"a": {"b": [10, 11]}}, "a.b.1"), ({"a": None}, "a.b"),
    ({"a": None}, "a"), ({"0": "s", 0: "i"}, "0"), ({0: "i"}, "0"), ({"a.b": 7}, ["a.b"]),
    (P(1, 2), "y"), (P(1, 2), "1"), ("abc", "upper"), ([1, 2], "append"), ({"a": 1}, "keys"),
    ({("a", "b"): 1}, ("a", "b")), ([1, 2, 3], -1), ([1, 2, 3], "[-1]"), (None, "a"),
    ({"a": [{"b": 1}]}, "a[0].b"), ({"a": [{"b": 1}]}, "a.0.b"), ({}, ""), ({"": 1}, ""),
]


@pytest.mark.parametrize("obj,path", GET_CASES)
def test_get_has_same_as_pydash(obj: Any, path: Any) -> None:
    assert _.get(obj, path, "d") == pydash.get(obj, path, "d")
    assert _.has(obj, path) == pydash.has(obj, path)


@pytest.mark.parametrize("path", ["a.b[0].c", "a.0.b", r"a\.b.c", "a[-1]", "a..b", 5, ["a", 0],
                                  "a[", "a]]", "[[[", "a[x]"])
def test_to_path_same_as_pydash(path: Any) -> None:
    assert _.to_path(path) == pydash.to_path(path)


HOSTILE: list[Any] = [
    (Obj(), "__class__"), (Obj(fn=_fn), "fn.__globals__"), (Obj(a=Obj()), "a.__dict__"),
    (Obj(), "method.__func__.__globals__"), (_fn, "__globals__"), (_fn, "__code__.co_consts"),
    (P(1, 2), "__class__.__init__.__globals__"), (Obj(), ["__class__"]), (Obj(), "__init__"),
    ({"a": Obj()}, "a.__class__.__subclasses__"), ("s", "__class__"), ([1], "__len__"),
]


@pytest.mark.parametrize("obj,path", HOSTILE)
def test_hostile_paths(obj: Any, path: Any) -> None:
    assert _.get(obj, path, "blocked") == "blocked"
    assert _.has(obj, path) is False
    assert _.property_(path)(obj) is None
    assert _.map_([obj], path) == [None]
    assert _.pluck([obj], path) == [None]
    assert _.matches_property(path, None)(obj) is True  # the missing value is None
    # a list only takes integer indexes (ValueError, as pydash); the rest refuses the name
    with pytest.raises(ValueError if isinstance(obj, list) else KeyError, match="__"):
        _.set_(obj, path, 1)
    assert _.unset(obj, path) is False


def test_dunder_dict_keys_are_data() -> None:
    data = {"__class__": 1, "__dict__": {"__x__": 2}}
    assert _.get(data, "__dict__.__x__") == 2
    assert _.has(data, "__class__")
    assert _.set_(data, "__class__", 3)["__class__"] == 3
    assert _.map_([data], "__class__") == [3]


@pytest.mark.parametrize("text", ["a" * 100_000, "a." * 50_000, "[0]" * 33_333, "[" * 100_000,
                                  "]" * 100_000, "\\." * 50_000, "[-" * 50_000, "a..b" * 25_000])
def test_long_and_malformed_paths_are_fast(text: str) -> None:
    start = time.perf_counter()
    _.get({"a": 1}, text)
    _.to_path(text)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("path", ["a[", "a]]", "[[[", "a..b", "", ".", "[]", "a[-]", "\\", "a\\"])
def test_malformed_paths_never_raise(path: str) -> None:
    assert _.get({"a": {"b": 1}}, path, "d") in ("d", 1, {"b": 1})
    _.has({}, path)
    _.set_({}, path, 1)


@pytest.mark.parametrize(
    "call,expected",
    [
        (lambda: _.set_({}, "a.b[2].c", 1), {"a": {"b": [None, None, {"c": 1}]}}),
        (lambda: _.set_({}, "a.0.b", 1), {"a": {"0": {"b": 1}}}),
        (lambda: _.set_([1], "[3]", 4), [1, None, None, 4]),
        (lambda: _.set_({"a": None}, "a.b", 1), {"a": {"b": 1}}),
        (lambda: vars(_.set_(Obj(), "a.b", 1)), {"a": {"b": 1}}),
        (lambda: _.unset({"a": [1, 2]}, "a[0]"), True),
        (lambda: _.unset({"a": 1}, "b"), False),
        (lambda: _.property_of({"a": [1]})("a[0]"), 1),
        (lambda: _.properties("a", "b")({"a": 1}), [1, None]),
        (lambda: _.is_match({"a": 1, "b": 2}, {"a": 1}), True),
        (lambda: _.matches({"a": [1, 2]})({"a": [1, 2, 3]}), True),
        (lambda: _.matches({"a": [2]})({"a": [1, 2]}), False),
        (lambda: _.iteratee(["a", 3, "ignored"])({"a": 3}), True),
        (lambda: _.iteratee(len) is len, True),
    ],
)
def test_examples(call: Callable[[], Any], expected: Any) -> None:
    assert call() == expected


def test_set_errors() -> None:
    with pytest.raises(AttributeError):
        _.set_({"a": 5}, "a.b", 1)
    with pytest.raises(AttributeError):
        _.set_((1, 2), "x", 1)


def test_difference_set_through_none_creates_container() -> None:
    assert pydash.set_({"a": None}, "a.b", 1) == {"a": None}
    assert _.set_({"a": None}, "a.b", 1) == {"a": {"b": 1}}


def test_difference_escaped_backslash() -> None:
    assert _.to_path(r"a\\.b") == ["a\\", "b"]
    assert pydash.to_path(r"a\\.b") == ["a", "b"]


def test_difference_empty_path() -> None:
    # An empty list path names no key: nothing is there, nothing is set.
    assert pydash.has({"a": 1}, []) is True
    assert pydash.set_({}, [], 9) == {None: 9}
    assert _.has({"a": 1}, []) is False
    assert _.set_({}, [], 9) == {}
    assert _.get({"a": 1}, []) == {"a": 1} == pydash.get({"a": 1}, [])


def test_difference_negative_index_on_the_way() -> None:
    assert pydash.set_([], [-2, -2], 9) == []  # silently sets nothing
    with pytest.raises(IndexError):
        _.set_([], [-2, -2], 9)
    with pytest.raises(IndexError):  # the last key: both raise
        _.set_([], [-2], 9)


def test_set_into_a_list_with_a_text_key_raises_value_error_as_pydash() -> None:
    import pydash

    with pytest.raises(ValueError, match="list indices must be integers"):
        _.set_({"p": [1]}, "p.x", 1)
    with pytest.raises(ValueError):
        pydash.set_({"p": [1]}, "p.x", 1)
    assert _.set_({"p": [1]}, "p.1", 2) == {"p": [1, 2]}
