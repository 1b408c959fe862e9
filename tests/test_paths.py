"""The path parser and resolver: language, caching, safety, malformed input."""

from __future__ import annotations

import time
from collections import namedtuple
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from funcutils._paths import get_keys, has_keys, parse_path, set_keys, to_keys, unset_keys

pytestmark = pytest.mark.single_impl

Point = namedtuple("Point", "x y")


class Obj:
    def __init__(self, **kw: Any) -> None:
        self.__dict__.update(kw)


@pytest.mark.parametrize(
    "path,expected",
    [
        ("a.b[0].c", ("a", "b", 0, "c")),
        ("a.b.0", ("a", "b", "0")),
        (["a", "b", 0], ("a", "b", 0)),
        (["a.b"], ("a.b",)),
        (r"a\.b.c", ("a.b", "c")),
        (r"a\\.b", ("a\\", "b")),
        ("a[-1]", ("a", -1)),
        ("a..b", ("a", "", "b")),
        ("a.", ("a", "")),
        ("[0]", (0,)),
        ("a[0][1]", ("a", 0, 1)),
        ("a[0].", ("a", 0, "")),
        ("a[", ("a[",)),
        ("a]]", ("a]]",)),
        ("[[[", ("[[[",)),
        ("a[x]", ("a[x]",)),
        ('a["b"].c', ('a["b"]', "c")),
        ("", ("",)),
        (5, (5,)),
        (("a", "b"), (("a", "b"),)),
        (None, (None,)),
    ],
)
def test_to_keys(path: Any, expected: tuple[Any, ...]) -> None:
    assert to_keys(path) == expected


@given(st.text(alphabet="ab.[]-0\\x", max_size=30))
def test_parser_never_raises_and_agrees_with_pydash(text: str) -> None:
    pydash = pytest.importorskip("pydash")
    keys = to_keys(text)
    assert isinstance(keys, tuple)
    if "\\\\" not in text:  # pydash drops escaped backslashes before a dot
        assert list(keys) == pydash.to_path(text)


@pytest.mark.parametrize("text", ["a." * 50_000, "[0]" * 33_000, "[" * 100_000, "\\." * 50_000,
                                  "[-" * 50_000, "a" * 100_000 + "[1]"])
def test_parser_linear_time(text: str) -> None:
    start = time.perf_counter()
    to_keys(text)
    assert time.perf_counter() - start < 0.5


def test_parse_is_cached() -> None:
    assert to_keys("x.y[3].z") is to_keys("x.y[3].z")


@pytest.mark.parametrize(
    "obj,path,expected",
    [
        ({"a": {"b": [10, 11]}}, "a.b[0]", 10),
        ({"a": {"b": [10, 11]}}, "a.b.1", 11),
        ({"a": {"b": [10, 11]}}, "a.b[-1]", 11),
        ({"a": {"b": [10, 11]}}, "a.b[5]", "d"),
        ({"0": "str", 0: "int"}, "0", "str"),
        ({0: "int"}, "0", "int"),
        ({"a": None}, "a", None),
        ({"a": None}, "a.b", "d"),
        ({"a.b": 7}, ["a.b"], 7),
        (Point(1, 2), "y", 2),
        (Point(1, 2), "1", 2),
        (Obj(a=Obj(b=3)), "a.b", 3),
        ("abc", "upper", "d"),
        ([1, 2], "append", "d"),
        ({"a": 1}, "keys", "d"),
        ({"__class__": 1}, "__class__", 1),
        ({("a", "b"): 1}, ("a", "b"), 1),
        ({"a": [1]}, "a[x]", "d"),
        ({"a": 1}, ["a", ["unhashable"]], "d"),
    ],
)
def test_get_keys(obj: Any, path: Any, expected: Any) -> None:
    assert get_keys(obj, to_keys(path), "d") == expected


def _fn() -> None:
    pass


@pytest.mark.parametrize(
    "obj,path",
    [
        (Obj(), "__class__"),
        (Obj(fn=_fn), "fn.__globals__"),
        (Obj(a=Obj()), "a.__dict__"),
        (Obj(), "__init__.__globals__"),
        (_fn, "__code__"),
        (Point(1, 2), "__class__.__base__"),
        (Obj(), ["__class__"]),
        ({"a": Obj()}, "a.__class__.__init__"),
    ],
)
def test_dunder_attributes_are_never_reached(obj: Any, path: Any) -> None:
    assert get_keys(obj, to_keys(path), "d") == "d"
    assert not has_keys(obj, to_keys(path))
    with pytest.raises(KeyError, match="refusing"):
        set_keys(obj, to_keys(path), 1)


def test_has_keys() -> None:
    assert has_keys({"a": {"b": None}}, to_keys("a.b"))
    assert not has_keys({"a": {}}, to_keys("a.b"))
    assert has_keys([1, 2], to_keys("[1]"))


def test_set_keys_creates_containers() -> None:
    obj: dict[str, Any] = {}
    keys, flags = parse_path("a.b[2].c")
    set_keys(obj, keys, 1, flags)
    assert obj == {"a": {"b": [None, None, {"c": 1}]}}
    obj2: dict[str, Any] = {}
    keys, flags = parse_path("a.0.b")
    set_keys(obj2, keys, 1, flags)
    assert obj2 == {"a": {"0": {"b": 1}}}
    with pytest.raises(AttributeError):
        set_keys({"a": 5}, to_keys("a.b"), 1)


def test_unset_keys() -> None:
    obj: dict[str, Any] = {"a": [1, 2, 3], "b": {"c": 1}}
    assert unset_keys(obj, to_keys("a[0]"))
    assert unset_keys(obj, to_keys("b.c"))
    assert not unset_keys(obj, to_keys("b.x"))
    assert obj == {"a": [2, 3], "b": {}}
    o = Obj(x=1)
    assert unset_keys(o, to_keys("x"))
    assert not unset_keys(o, to_keys("__class__"))


@pytest.mark.parametrize("digits", [4_000, 5_000, 100_000])
def test_overlong_bracket_index_never_raises(digits: int) -> None:
    # int() refuses strings over sys.get_int_max_str_digits() (4,300 by
    # default): such a bracket is literal text, not an index.
    path = "a[" + "9" * digits + "]"
    keys = to_keys(path)
    assert isinstance(keys, tuple)
    assert get_keys({"a": [1]}, keys, "d") == "d"
    assert get_keys({"9" * digits: 1}, to_keys("9" * digits), "d") == 1
