"""Pure-Python kernels for :mod:`funcutils.strings`: the specification of ``_strings_c.pxi``.

Re-exported by :mod:`funcutils._speedups_py`; mirrored name for name by the
compiled kernels. Public functions call them through :mod:`funcutils._speedups`.

The word splitter
=================

One splitter serves ``words`` and every case converter. It reproduces the
answers of pydash 8.1.0's default ``words`` (lodash's Unicode word rules, as
Python's ``re`` evaluates them on code points) with a single left-to-right scan
by character class, so it is linear in the length of the text:

* classes: ``BREAK`` (ASCII punctuation and controls, Latin-1 symbols, the
  General Punctuation block, Unicode spaces), ``UPPER``/``LOWER`` (ASCII and
  Latin-1 letters only), ``DIGIT`` (Unicode decimal digits), ``DINGBAT``
  (U+2700-U+27BF), ``HIGH``/``LOW`` (lone surrogate code points) and ``MISC``
  (everything else: other scripts, marks, astral emoji, CJK);
* a word starting at a letter is, in order of preference: an optional upper
  letter and lower letters followed by a break, an upper letter or the end;
  a run of upper/misc letters followed by a break, the end, or an upper letter
  that starts a lower word (``"XMLHttp"`` -> ``"XML"``, ``"Http"``); an optional
  upper letter and a run of lower/misc letters; a run of upper letters. Each
  can end with an English contraction (``'s``, ``'ll``, ...);
* a word starting at a digit is an ordinal (``"21st"``, ``"3RD"``) or a digit run;
* a dingbat or a surrogate pair starts an emoji sequence (variation selector,
  modifier, zero-width-joiner continuations);
* everything else separates words.

:func:`_scan` is the reference: it reads one code point at a time, as the
compiled kernel does. The pure kernels run the same rules as regular
expressions over the same classes (one for ASCII text, one for any text),
so the pure scan runs in C; the tests compare all three with each other and
with pydash on generated text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from ._errors import arg_error

__all__ = ["case_words", "split_words"]

#: ``case_words`` modes: how each word is rewritten before the words are joined.
MODE_KEEP: Final = 0
MODE_LOWER: Final = 1
MODE_UPPER: Final = 2
MODE_UPPER_FIRST: Final = 3  # start_case: first character upper, the rest kept
MODE_CAMEL: Final = 4  # every word title-cased, then the first character lower
MODE_PASCAL: Final = 5  # camel, then the first character upper
MODES: Final = (MODE_KEEP, MODE_LOWER, MODE_UPPER, MODE_UPPER_FIRST, MODE_CAMEL, MODE_PASCAL)

# Character classes of the splitter.
BREAK: Final = 0
UPPER: Final = 1
LOWER: Final = 2
MISC: Final = 3
DIGIT: Final = 4
DINGBAT: Final = 5
HIGH: Final = 6
LOW: Final = 7

#: Code points (besides ASCII non-alphanumerics) that separate words.
BREAK_CHARS: Final = frozenset(
    [chr(c) for c in range(0x80, 0xC0)]
    + ["\xd7", "\xf7"]
    + [chr(c) for c in range(0x2000, 0x2070)]
    + list("\ufeff\u1680\u180e\u3000")
)
#: Apostrophes: removed before case conversion, and the start of a contraction.
APOSTROPHES: Final = "'\u2019"
#: Contractions that may end a word, after an apostrophe.
CONTRACTIONS_LOWER: Final = ("d", "ll", "m", "re", "s", "t", "ve")
CONTRACTIONS_UPPER: Final = ("D", "LL", "M", "RE", "S", "T", "VE")
#: Combining marks that may follow an emoji.
COMBINING_RANGES: Final = (
    (0x0300, 0x036F), (0xFE20, 0xFE2F), (0x20D0, 0x20FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF)
)
VARIATION_SELECTORS: Final = "\ufe0e\ufe0f"
ZWJ: Final = "\u200d"


def _deburr_table() -> dict[int, str]:
    """Latin-1 letters (U+00C0-U+00FF) to ASCII, from their Unicode decomposition."""
    special = {
        "\xc6": "Ae", "\xe6": "ae", "\xd0": "D", "\xf0": "d", "\xd8": "O", "\xf8": "o",
        "\xde": "Th", "\xfe": "th", "\xdf": "ss", "\xd7": " ", "\xf7": " ",
    }
    table: dict[int, str] = {}
    for code in range(0xC0, 0x100):
        char = chr(code)
        if char in special:
            table[code] = special[char]
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            table[code] = base
    return table


#: ``str.translate`` table of ``deburr``: Latin-1 letters to their ASCII letters.
DEBURR_TABLE: Final = _deburr_table()


def char_class(char: str) -> int:
    """The splitter's class of one code point."""
    code = ord(char)
    if code < 0x80:
        if 0x61 <= code <= 0x7A:
            return LOWER
        if 0x41 <= code <= 0x5A:
            return UPPER
        if 0x30 <= code <= 0x39:
            return DIGIT
        return BREAK
    if code <= 0xFF:
        if code < 0xC0 or code == 0xD7 or code == 0xF7:
            return BREAK
        return UPPER if code < 0xDF else LOWER
    if 0xD800 <= code <= 0xDFFF:
        return HIGH if code < 0xDC00 else LOW
    if char in BREAK_CHARS or char in "\u2028\u2029":
        return BREAK
    if 0x2700 <= code <= 0x27BF:
        return DINGBAT
    if char.isdecimal():
        return DIGIT
    return MISC


def _is_combining(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in COMBINING_RANGES)


def _contraction(text: str, at: int, forms: tuple[str, ...]) -> int:
    """End of the contraction (apostrophe + form) starting at ``at``, or -1."""
    if at < len(text) and text[at] in APOSTROPHES:
        for form in forms:
            if text.startswith(form, at + 1):
                return at + 1 + len(form)
    return -1


def _surrogate_pair(text: str, at: int) -> int:
    """Length of the regional-indicator pair (4), surrogate pair (2) at ``at``, or 0."""
    n = len(text)
    if at + 1 < n and "\ud800" <= text[at] <= "\udbff" and "\udc00" <= text[at + 1] <= "\udfff":
        if (
            at + 3 < n and text[at] == "\ud83c" and "\udde6" <= text[at + 1] <= "\uddff"
            and text[at + 2] == "\ud83c" and "\udde6" <= text[at + 3] <= "\uddff"
        ):
            return 4
        return 2
    return 0


def _emoji_tail(text: str, at: int) -> int:
    """End of the emoji sequence whose base ends at ``at``."""
    n = len(text)
    while True:
        if at < n and text[at] in VARIATION_SELECTORS:
            at += 1
        if at < n and _is_combining(text[at]):
            at += 1
        elif at + 1 < n and text[at] == "\ud83c" and "\udffb" <= text[at + 1] <= "\udfff":
            at += 2
        if at + 1 < n and text[at] == ZWJ:
            nxt = text[at + 1]
            if not "\ud800" <= nxt <= "\udfff":
                at += 2
                continue
            size = _surrogate_pair(text, at + 1)
            if size:
                at += 1 + size
                continue
        return at


def _scan(text: str) -> list[tuple[int, int]]:
    """Word boundaries ``(start, end)`` of ``text``: the general (any code point) path."""
    n = len(text)
    cls = [char_class(c) for c in text]
    cls.append(BREAK)  # a sentinel: the end behaves as a break in every lookahead
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        c = cls[i]
        if c == UPPER or c == LOWER or c == MISC:
            end = _letter_word(text, cls, i)
        elif c == DIGIT:
            end = _digit_word(text, cls, i)
        elif c == DINGBAT:
            end = _emoji_tail(text, i + 1)
        elif c == HIGH and _surrogate_pair(text, i):
            end = _emoji_tail(text, i + _surrogate_pair(text, i))
        else:
            i += 1
            continue
        out.append((i, end))
        i = end
    return out


def _lower_word(text: str, cls: list[int], start: int) -> int:
    """Lower letters from ``start`` then a break, an upper letter or the end; else -1."""
    end = start
    while cls[end] == LOWER:
        end += 1
    stop = _contraction(text, end, CONTRACTIONS_LOWER)
    if stop >= 0 and cls[stop] in (BREAK, UPPER):
        return stop
    if cls[end] in (BREAK, UPPER):
        return end
    return -1


def _upper_run_word(text: str, cls: list[int], start: int) -> int:
    """Upper/misc letters from ``start`` then a break, the end, or an upper letter that
    starts a lower/misc run (the run backs off to it); else -1."""
    end = start
    while cls[end] == UPPER or cls[end] == MISC:
        end += 1

    def upper_then_lower(at: int) -> bool:
        return cls[at] == UPPER and cls[at + 1] in (LOWER, MISC)

    stop = _contraction(text, end, CONTRACTIONS_UPPER)
    if stop >= 0 and (cls[stop] == BREAK or upper_then_lower(stop)):
        return stop
    if cls[end] == BREAK:
        return end
    for k in range(end - 1, start, -1):
        if upper_then_lower(k):
            return k
    return -1


def _letter_word(text: str, cls: list[int], start: int) -> int:
    c = cls[start]
    if c == LOWER or (c == UPPER and cls[start + 1] == LOWER):
        end = _lower_word(text, cls, start + (c == UPPER))
        if end >= 0:
            return end
    if c != LOWER:
        end = _upper_run_word(text, cls, start)
        if end >= 0:
            return end
    first = start + 1 if c == UPPER else start
    if cls[first] in (LOWER, MISC):
        end = first
        while cls[end] in (LOWER, MISC):
            end += 1
        stop = _contraction(text, end, CONTRACTIONS_LOWER)
        return stop if stop >= 0 else end
    end = start
    while cls[end] == UPPER:
        end += 1
    stop = _contraction(text, end, CONTRACTIONS_UPPER)
    return stop if stop >= 0 else end


_ORDINALS: Final = {"1": ("ST", "st"), "2": ("ND", "nd"), "3": ("RD", "rd")}


def _digit_word(text: str, cls: list[int], start: int) -> int:
    """An ordinal (``21st``, ``4TH``) or a run of decimal digits."""
    end = start
    while cls[end] == DIGIT:
        end += 1
    upper, lower = _ORDINALS.get(text[end - 1], ("TH", "th"))
    stop = end + 2
    after = text[stop] if stop < len(text) else ""
    # after the suffix: a word boundary, or a letter of the other case, or "_"
    if text.startswith(upper, end) and (
        not after or after == "_" or "a" <= after <= "z" or not after.isalnum()
    ):
        return stop
    if text.startswith(lower, end) and (
        not after or after == "_" or "A" <= after <= "Z" or not after.isalnum()
    ):
        return stop
    return end


# ASCII fast path: the same words as _scan on ASCII text.
_ASCII_ORDINALS = (
    r"|\d*(?:1ST|2ND|3RD|[04-9]TH)(?![A-Z\d])|\d*(?:1st|2nd|3rd|[04-9]th)(?![a-z\d])|\d+"
)
_ASCII_WORDS: Final = re.compile(
    r"[A-Z]?[a-z]+(?:'(?:d|ll|m|re|s|t|ve)(?![a-z\d]))?"
    r"|[A-Z]+(?:'(?:D|LL|M|RE|S|T|VE)(?![a-z\d])(?![A-Z](?![a-z])))?(?![a-z])"
    + _ASCII_ORDINALS,
    re.ASCII,
)
_ASCII_COMPOUND_WORDS: Final = re.compile(
    r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])" + _ASCII_ORDINALS, re.ASCII
)
_SAFE_LOWER_SEPARATORS: Final = frozenset(["", "_", "-", " ", ".", "/"])

# Any-text fast path: the same rules as one regular expression over the
# character classes above (the ranges of char_class), which finds the spans of
# _scan in C. Its only backtracking is a word backing off to the upper letter
# that starts the next word, or an ordinal's digits: linear in the text.
_R_UPPER = "A-Z\xc0-\xd6\xd8-\xde"
_R_LOWER = "a-z\xdf-\xf6\xf8-\xff"
_R_BREAK = "\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\xd7\xf7\u2000-\u206f\ufeff\u1680\u180e\u3000"
_R_OTHER = "\\d\u2700-\u27bf\ud800-\udfff"  # digits, dingbats, surrogates
# single (negated) classes: "upper or misc" and "lower or misc" letters
_R_UPPER_MISC = f"[^{_R_BREAK}{_R_LOWER}{_R_OTHER}]"
_R_LOWER_MISC = f"[^{_R_BREAK}{_R_UPPER}{_R_OTHER}]"
_R_COMBINING = "\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff\u1ab0-\u1aff\u1dc0-\u1dff"
_R_PAIR = "\ud83c[\udde6-\uddff]\ud83c[\udde6-\uddff]|[\ud800-\udbff][\udc00-\udfff]"
_R_MOD = f"(?:[{_R_COMBINING}]|\ud83c[\udffb-\udfff])?"
_R_CONTR_LOWER = "(?:['\u2019](?:d|ll|m|re|s|t|ve))?"
_R_CONTR_UPPER = "(?:['\u2019](?:D|LL|M|RE|S|T|VE))?"
_WORDS: Final = re.compile(
    f"[{_R_UPPER}]?[{_R_LOWER}]+{_R_CONTR_LOWER}(?=[{_R_BREAK}{_R_UPPER}]|$)"
    f"|{_R_UPPER_MISC}+{_R_CONTR_UPPER}"
    f"(?=[{_R_BREAK}]|[{_R_UPPER}]{_R_LOWER_MISC}|$)"
    f"|[{_R_UPPER}]?{_R_LOWER_MISC}+{_R_CONTR_LOWER}"
    f"|[{_R_UPPER}]+{_R_CONTR_UPPER}"
    "|\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])"
    "|\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])"
    "|\\d+"
    f"|(?:[\u2700-\u27bf]|{_R_PAIR})[\ufe0e\ufe0f]?{_R_MOD}"
    f"(?:\u200d(?:[^\ud800-\udfff]|{_R_PAIR})[\ufe0e\ufe0f]?{_R_MOD})*"
)


def _spans(text: str) -> list[str]:
    """The words of any text (the spans of :func:`_scan`)."""
    return _WORDS.findall(text)


def _check_str(value: object, func: str, arg: str) -> None:
    if not isinstance(value, str):
        raise arg_error(func, arg, "str", value)


def split_words(text: str) -> list[str]:
    """The words of ``text`` (pydash's default ``words``)."""
    _check_str(text, "split_words", "text")
    if text.isascii():
        return _ASCII_WORDS.findall(text)
    return _spans(text)


_LATIN1_LETTER: Final = re.compile("[\xc0-\xff]")


def _compound(text: str) -> str:
    """Text as the case converters see it: apostrophes removed, Latin-1 letters deburred."""
    if "'" in text:
        text = text.replace("'", "")
    if not text.isascii():
        if "\u2019" in text:
            text = text.replace("\u2019", "")
        if _LATIN1_LETTER.search(text):
            text = text.translate(DEBURR_TABLE)
    return text


def case_words(text: str, separator: str, mode: int, compound: bool) -> str:
    """The words of ``text`` rewritten by ``mode`` and joined by ``separator``.

    ``compound``: split the text as the case converters do (apostrophes
    removed, Latin-1 letters deburred first) instead of as ``words`` does.
    """
    _check_str(text, "case_words", "text")
    _check_str(separator, "case_words", "separator")
    if mode not in MODES:
        raise ValueError(f"case_words() argument 'mode' must be one of {MODES}, not {mode!r}")
    if compound:
        text = _compound(text)
    if text.isascii():
        found = (_ASCII_COMPOUND_WORDS if compound else _ASCII_WORDS).findall(text)
        if mode == MODE_LOWER:
            if separator in _SAFE_LOWER_SEPARATORS:
                return separator.join(found).lower()
            return separator.join([w.lower() for w in found])
        if mode == MODE_CAMEL or mode == MODE_PASCAL:
            joined = " ".join(found).title().replace(" ", "")
            joined = joined[:1].lower() + joined[1:]
            if mode == MODE_PASCAL:
                joined = joined[:1].upper() + joined[1:]
            return joined
    else:
        found = _spans(text)
    if mode == MODE_KEEP:
        return separator.join(found)
    if mode == MODE_LOWER:
        return separator.join([w.lower() for w in found])
    if mode == MODE_UPPER:
        return separator.join([w.upper() for w in found])
    if mode == MODE_UPPER_FIRST:
        return separator.join([w[:1].upper() + w[1:] for w in found])
    joined = "".join([w.title() for w in found])
    joined = joined[:1].lower() + joined[1:]
    if mode == MODE_PASCAL:
        joined = joined[:1].upper() + joined[1:]
    return joined
