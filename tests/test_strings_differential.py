"""Strings: compiled == pure kernels, both == pydash, and the case-conversion properties.

Generated text mixes ASCII letters and digits, apostrophes, Latin-1 letters,
other scripts (Greek, Cyrillic, Hebrew, CJK), combining marks, emoji with
joiners and skin-tone modifiers, separators, NUL and lone surrogates.
"""

from __future__ import annotations

from typing import Any

import pydash
import pytest
from conftest import kernels
from hypothesis import example, given
from hypothesis import strategies as st

from funcutils import _strings_py, strings

pytestmark = pytest.mark.single_impl

PIECES = [
    "a", "b", "z", "A", "B", "Z", "x", "X", "0", "1", "2", "3", "9", "st", "nd", "rd", "th",
    "ST", "TH", "ll", "LL", "re", "ve", "'", "\u2019", " ", "_", "-", ".", "\n", "\t",
    "À", "É", "ß", "æ", "×", "÷", "ÿ", "Þ", "µ", "²", "ā", "Ā", "Σ", "σ", "ς", "Д", "д", "中",
    "日", "٣", "١", "ǅ", "İ", "\u05d0", "\u0301", "\u200d", "\ufe0f", "\u2764", "\u2702",
    "\u2780", "\U0001f600", "\U0001f1fa", "\U0001f3fb", "\ud83c", "\udffb", "\udde6",
    "\u2000", "\u20ac", "\x00", "XML", "Http", "Request", "id",
]
text_st = st.lists(st.sampled_from(PIECES), max_size=12).map("".join) | st.text(max_size=12)
ascii_st = st.lists(st.sampled_from([p for p in PIECES if p.isascii()]), max_size=14).map("".join)
#: Words made of letters only: the text of a case round trip.
word_text_st = st.lists(
    st.sampled_from(["foo", "Bar", "BAZ", "qux", "XMLHttp", "id", "Zed", "userId"]), max_size=6
).map(" ".join)

CONVERTERS = ["camel_case", "snake_case", "kebab_case", "pascal_case", "start_case",
              "lower_case", "upper_case", "human_case", "slugify", "title_case"]
# pascal_case is not idempotent in pydash, and so not here: it capitalizes
# camel_case's result as one word (pascal_case("FooFoo") == "Foofoo").
IDEMPOTENT = ["camel_case", "snake_case", "kebab_case", "start_case",
              "lower_case", "upper_case", "slugify"]


def _outcome(func: Any, *args: Any) -> Any:
    try:
        return ("ok", func(*args))
    except Exception as exc:  # noqa: BLE001 - the exception type is the outcome
        return ("raise", type(exc))


@given(text_st, st.sampled_from(["", "_", "-", " ", "é", "ΣX"]), st.integers(0, 5), st.booleans())
@example("XMLHttpRequest", "_", 1, True)
@example("\ud83c\udde6\ud83c\uddfa\u200d\ud83c", "", 4, False)
@example("Σ\u0301 ΑΣ", " ", 1, True)
def test_compiled_equals_pure(text: str, separator: str, mode: int, compound: bool) -> None:
    py, cy = kernels("python"), kernels("cython")
    assert _outcome(py.split_words, text) == _outcome(cy.split_words, text)
    assert _outcome(py.case_words, text, separator, mode, compound) == _outcome(
        cy.case_words, text, separator, mode, compound
    )


@given(text_st)
def test_shadow_regex_equals_scan(text: str) -> None:
    """The pure kernel's regular-expression path finds the spans of the reference scan."""
    assert _strings_py._spans(text) == [text[i:j] for i, j in _strings_py._scan(text)]


@pytest.mark.parametrize("impl_name", ["python", "cython"])
@pytest.mark.parametrize(
    "args",
    [(None,), (5,), (b"ab",), ("a", None, 1, True), ("a", "_", None, True), ("a", "_", 9, True),
     ("a", "_", "1", True), ("a", b"_", 1, True)],
)
def test_kernels_refuse_bad_arguments(impl_name: str, args: tuple[Any, ...]) -> None:
    k = kernels(impl_name)
    func = k.split_words if len(args) == 1 else k.case_words
    with pytest.raises((TypeError, ValueError)):
        func(*args)


def test_every_code_point_is_classified_alike() -> None:
    """Compiled and pure split the same way around every code point."""
    py, cy = kernels("python"), kernels("cython")
    for start in range(0, 0x110000, 0x8000):
        text = "".join(chr(c) + "a1A" for c in range(start, start + 0x8000))
        assert py.split_words(text) == cy.split_words(text), hex(start)


@given(text_st)
@example("XMLHttpRequest")
@example("I'm 21st ΑΣ ǅemal")
def test_words_match_pydash(text: str) -> None:
    assert strings.words(text) == pydash.words(text)


latin1_st = st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=20)


@given(text_st | latin1_st)
@example("Þór þ æ ß ©°\xa0¿")
@example("Ærø Ω")
def test_deburr_matches_pydash(text: str) -> None:
    """All-Latin-1 text takes the bytes path, any other the regex path: both are pydash's answer."""
    assert strings.deburr(text) == pydash.deburr(text)


@given(st.text(alphabet="\"'ab", max_size=5), st.sampled_from(['"', "'", "a", "", "ab", '""']))
def test_unquote_matches_pydash(text: str, quote_char: str) -> None:
    """One quote character takes the two-ends test, any other the rebuilt comparison."""
    assert strings.unquote(text, quote_char) == pydash.unquote(text, quote_char)


@given(text_st | ascii_st, st.sampled_from(CONVERTERS))
@example("Crème brûlée", "slugify")
@example("user_id", "human_case")
def test_converters_match_pydash(text: str, name: str) -> None:
    assert getattr(strings, name)(text) == getattr(pydash, name)(text)


@given(text_st | ascii_st, st.sampled_from(["-", "", "::", "É"]))
def test_separator_case_matches_pydash(text: str, separator: str) -> None:
    assert strings.separator_case(text, separator) == pydash.separator_case(text, separator)


#: Lowercase words between separators: pydash's word rules split an uppercase
#: run inside a word differently once it is converted ("aA a" -> "aAA" -> "aAa"),
#: so idempotence holds for these (one-letter words would make such runs), in
#: pydash and here.
lower_words_st = st.lists(
    st.sampled_from(["foo", "bar", "id", "qux9", "21st"]), max_size=6
).flatmap(lambda ws: st.sampled_from([" ", "_", "-", "  ", "."]).map(lambda sep: sep.join(ws)))


@given(lower_words_st, st.sampled_from(IDEMPOTENT))
def test_converters_are_idempotent(text: str, name: str) -> None:
    func = getattr(strings, name)
    once = func(text)
    assert func(once) == once


@given(word_text_st)
@example("XMLHttpRequest user_id")
def test_snake_of_camel_is_snake(text: str) -> None:
    assert strings.snake_case(strings.camel_case(text)) == strings.snake_case(text)


#: Text for the literal fast paths: the characters where ``^``/``$`` and a
#: regular expression's meaning could part from ``str`` methods.
anchor_st = st.lists(st.sampled_from(["a", "b", "é", "\n", "$", "^", ".", " ", "ab"]), max_size=8).map("".join)


@given(anchor_st, anchor_st, st.sampled_from(["X", "", "$", "\n", "YY"]),
       st.sampled_from(["replace_start", "replace_end"]))
@example("xab\n", "ab", "!", "replace_end")  # "$" also matches before a final newline
@example("a$", "$", "!", "replace_end")  # an escaped "$" is not followed by another
@example("abc", "", "!", "replace_end")
def test_replace_start_end_match_pydash(text: str, pattern: str, repl: str, name: str) -> None:
    assert _outcome(getattr(strings, name), text, pattern, repl) == _outcome(
        getattr(pydash, name), text, pattern, repl)


@given(anchor_st, st.sampled_from(["a", "ab", "é", "a b", "a.", "\n", "$"]),
       st.sampled_from(["", "g", "i", "gi"]), st.sampled_from(["X", "", "\\n", "$"]))
def test_reg_exp_js_replace_matches_pydash(text: str, body: str, flags: str, repl: str) -> None:
    reg_exp = f"/{body}/{flags}"
    assert _outcome(strings.reg_exp_js_replace, text, reg_exp, repl) == _outcome(
        pydash.reg_exp_js_replace, text, reg_exp, repl)


@given(anchor_st, st.integers(-2, 14), st.sampled_from([" ", "_", "ab", ""]),
       st.sampled_from(["pad", "pad_start", "pad_end"]))
def test_pads_match_pydash(text: str, length: int, chars: str, name: str) -> None:
    assert getattr(strings, name)(text, length, chars) == getattr(pydash, name)(text, length, chars)
