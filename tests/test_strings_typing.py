# pyright: strict
"""Result types of funcutils.strings (checked by mypy --strict and basedpyright)."""

from __future__ import annotations

import re

from typing_extensions import assert_type

from funcutils import strings


def test_result_types() -> None:
    assert_type(strings.camel_case("a b"), str)
    assert_type(strings.snake_case(None), str)
    assert_type(strings.kebab_case(1), str)
    assert_type(strings.pascal_case("a", strict=False), str)
    assert_type(strings.start_case("a"), str)
    assert_type(strings.slugify("a", "_"), str)
    assert_type(strings.separator_case("a", "-"), str)
    assert_type(strings.words("a b"), list[str])
    assert_type(strings.words("a b", "/a/g"), list[str])
    assert_type(strings.chars("ab"), list[str])
    assert_type(strings.chop("abc", 2), list[str])
    assert_type(strings.chop_right("abc", 2), list[str])
    assert_type(strings.lines("a\nb"), list[str])
    assert_type(strings.split("a b"), list[str])
    assert_type(strings.split("a,b", ","), list[str])
    assert_type(strings.reg_exp_js_match("a", "/a/"), list[str])
    assert_type(strings.count_substr("aa", "a"), int)
    assert_type(strings.has_substr("aa", "a"), bool)
    assert_type(strings.starts_with("ab", "a"), bool)
    assert_type(strings.ends_with("ab", "b", 2), bool)
    assert_type(strings.join([1, "a"], "-"), str)
    assert_type(strings.series_phrase(["a", "b"]), str)
    assert_type(strings.number_format(1.5, 1), str)
    assert_type(strings.url("a", "b", x=1), str)
    assert_type(strings.replace("a", "a", lambda m: m.group(0)), str)
    assert_type(strings.truncate("abc", 2, separator=re.compile(" ")), str)
    assert_type(strings.pad("a", 3), str)
    assert_type(strings.trim("a", None), str)
    assert_type(strings.predecessor("b"), str)
