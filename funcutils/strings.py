# Text parameters are ``Any`` (pydash coerces them), so methods of the coerced
# values are ``Any`` to mypy; every result type is declared.
# mypy: disable-error-code="no-any-return"
"""String helpers: pydash's 66 ``strings`` functions, typed and fast.

Text arguments are coerced as pydash coerces them: a ``str`` (or subclass) is
used as is, ``None`` is ``""`` and any other value is ``str(value)`` (``5`` ->
``"5"``), except bytes-like values (``bytes``, ``bytearray``, ``memoryview``),
which raise :class:`TypeError`: decode them first.

One word splitter (:func:`words` and every case converter: :func:`camel_case`,
:func:`snake_case`, :func:`kebab_case`, :func:`pascal_case`,
:func:`start_case`, :func:`lower_case`, :func:`upper_case`,
:func:`human_case`, :func:`separator_case`, :func:`slugify`) follows pydash's
word rules: acronyms (``"XMLHttpRequest"`` -> ``xml``, ``http``,
``request``), ordinals and digit runs, English contractions, Unicode letters
and marks, emoji sequences. It is one linear scan of the text (compiled when
the extension is built), never a backtracking regular expression.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import html
import math
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Callable, Final, Optional, SupportsInt, Union, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from . import _speedups as _speedups_module
from ._compat import interpreted as _interpreted
from ._errors import arg_error, as_int, bytes_text_error, js_regexp_error
from ._helpers import UNSET
from ._speedups import compiled_twin as _compiled_twin
from ._strings_py import (
    _LATIN1_LETTER,
    DEBURR_TABLE,
    MODE_CAMEL,
    MODE_LOWER,
    MODE_PASCAL,
    MODE_UPPER,
    MODE_UPPER_FIRST,
)

if TYPE_CHECKING or _interpreted(__file__):  # Cython's directives as no-ops: see _compat.CYTHON
    from ._compat import CYTHON as cython
else:  # compiled: the compiler's own ``cython`` module, nothing is imported at run time
    import cython

__all__ = [
    "camel_case",
    "capitalize",
    "chars",
    "chop",
    "chop_right",
    "clean",
    "count_substr",
    "deburr",
    "decapitalize",
    "ends_with",
    "ensure_ends_with",
    "ensure_starts_with",
    "escape",
    "escape_reg_exp",
    "has_substr",
    "human_case",
    "insert_substr",
    "join",
    "kebab_case",
    "lines",
    "lower_case",
    "lower_first",
    "number_format",
    "pad",
    "pad_end",
    "pad_start",
    "pascal_case",
    "predecessor",
    "prune",
    "quote",
    "reg_exp_js_match",
    "reg_exp_js_replace",
    "reg_exp_replace",
    "repeat",
    "replace",
    "replace_end",
    "replace_start",
    "separator_case",
    "series_phrase",
    "series_phrase_serial",
    "slugify",
    "snake_case",
    "split",
    "start_case",
    "starts_with",
    "strip_tags",
    "substr_left",
    "substr_left_end",
    "substr_right",
    "substr_right_end",
    "successor",
    "surround",
    "swap_case",
    "title_case",
    "to_lower",
    "to_upper",
    "trim",
    "trim_end",
    "trim_start",
    "truncate",
    "unescape",
    "unquote",
    "upper_case",
    "upper_first",
    "url",
    "words",
]

#: A replacement: a string (backslash escapes as in :func:`re.sub`) or a function of the match.
Replacement = Union[str, Callable[["re.Match[str]"], str]]

_speedups = _speedups_module
_BYTES_LIKE = (bytes, bytearray, memoryview)


def _text(value: Any, func: str, arg: str = "text") -> str:
    """pydash's text coercion (``None`` -> ``""``, else ``str(value)``), refusing bytes.

    Call sites test ``type(value) is str`` first, so a plain ``str`` never gets here.
    """
    if value is None:
        return ""
    kind = type(value)
    if kind is int or kind is float:
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, _BYTES_LIKE):
        raise bytes_text_error(func, arg, value)
    return str(value)


def _str_arg(value: Any, func: str, arg: str) -> str:
    """An argument pydash uses as a ``str`` without coercing it."""
    if isinstance(value, str):
        return value
    raise arg_error(func, arg, "str", value)


def _int_arg(value: Any, func: str, arg: str) -> int:
    return as_int(value, func, arg)


# ---------------------------------------------------------------------------
# Words and case conversion
# ---------------------------------------------------------------------------


def words(text: Any, pattern: str | None = None) -> list[str]:
    """The words of ``text``.

    Args:
        text: Text to split (coerced: ``None`` is ``""``, numbers their text).
        pattern: A JavaScript-style ``"/pattern/flags"`` regular expression
            whose matches are the words (flag ``g``: every match, else the
            first; ``i``: ignore case). ``None``: pydash's word rules.

    Returns:
        The words, in order.

    Raises:
        TypeError: ``text`` is bytes-like.
        ValueError: ``pattern`` is malformed.

    Example:
        >>> words("XMLHttpRequest 2nd-try, don't")
        ['XML', 'Http', 'Request', '2nd', 'try', "don't"]
        >>> words("fred, barney, & pebbles", "/[^, ]+/g")
        ['fred', 'barney', '&', 'pebbles']
        >>> words(None)
        []

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "words")
    if pattern is None:
        return _speedups.split_words(text)
    return _js_find(text, pattern, "words")


def camel_case(text: Any) -> str:
    """``text`` in camel case: the words title-cased and joined, the first letter lower.

    Args:
        text: Text to convert.

    Returns:
        The camel-cased text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> camel_case("XMLHttpRequest")
        'xmlHttpRequest'
        >>> camel_case("Foo Bar_baz-qux")
        'fooBarBazQux'
        >>> camel_case(None)
        ''

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "camel_case")
    return _speedups.case_words(text, "", MODE_CAMEL, True)


def pascal_case(text: Any, strict: bool = True) -> str:
    """``text`` in Pascal case: like :func:`camel_case`, the first letter upper.

    Args:
        text: Text to convert.
        strict: Lower the whole text first, so that acronyms and camel-case
            humps are not words of their own (``"XMLHttp"`` -> ``"Xmlhttp"``).

    Returns:
        The Pascal-cased text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> pascal_case("foo_bar-baz")
        'FooBarBaz'
        >>> pascal_case("XMLHttpRequest"), pascal_case("XMLHttpRequest", strict=False)
        ('Xmlhttprequest', 'XmlHttpRequest')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "pascal_case")
    if strict:
        text = text.lower()
    return _speedups.case_words(text, "", MODE_PASCAL, True)


def snake_case(text: Any) -> str:
    """``text`` in snake case: the words lowered and joined by ``_``.

    Args:
        text: Text to convert.

    Returns:
        The snake-cased text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> snake_case("XMLHttpRequest")
        'xml_http_request'
        >>> snake_case("Crème brûlée, 2nd"), snake_case(42)
        ('creme_brulee_2nd', '42')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "snake_case")
    return _speedups.case_words(text, "_", MODE_LOWER, True)


def kebab_case(text: Any) -> str:
    """``text`` in kebab case: the words lowered and joined by ``-``.

    Args:
        text: Text to convert.

    Returns:
        The kebab-cased text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> kebab_case("helloWorld"), kebab_case("__FOO_BAR__")
        ('hello-world', 'foo-bar')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "kebab_case")
    return _speedups.case_words(text, "-", MODE_LOWER, True)


def start_case(text: Any) -> str:
    """``text`` in start case: the words with their first letter upper, joined by spaces.

    Args:
        text: Text to convert.

    Returns:
        The start-cased text (the rest of each word unchanged).

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> start_case("fooBar_bazQUX")
        'Foo Bar Baz QUX'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "start_case")
    return _speedups.case_words(text, " ", MODE_UPPER_FIRST, True)


def lower_case(text: Any) -> str:
    """``text`` as lower-case words separated by spaces.

    Args:
        text: Text to convert.

    Returns:
        The words, lowered, joined by spaces.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> lower_case("--Foo-Bar--"), lower_case("fooBar")
        ('foo bar', 'foo bar')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "lower_case")
    return _speedups.case_words(text, " ", MODE_LOWER, True)


def upper_case(text: Any) -> str:
    """``text`` as upper-case words separated by spaces.

    Args:
        text: Text to convert.

    Returns:
        The words, uppered, joined by spaces.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> upper_case("--foo-bar--"), upper_case("fooBar")
        ('FOO BAR', 'FOO BAR')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "upper_case")
    return _speedups.case_words(text, " ", MODE_UPPER, True)


def human_case(text: Any) -> str:
    """``text`` as a human-readable phrase: snake case, a final ``_id`` dropped,
    underscores as spaces, the first letter capitalized.

    Args:
        text: Text to convert.

    Returns:
        The phrase.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> human_case("user_id"), human_case("fooBarBaz")
        ('User', 'Foo bar baz')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "human_case")
    snake = _speedups.case_words(text, "_", MODE_LOWER, True)
    snake = snake.removesuffix("_id")
    return snake.replace("_", " ").capitalize()


def separator_case(text: Any, separator: str) -> str:
    """The words of ``text`` (as :func:`words` splits it) lowered and joined by ``separator``.

    Unlike the other case converters, apostrophes are not removed and Latin-1
    letters are not deburred first.

    Args:
        text: Text to convert.
        separator: The separator.

    Returns:
        The joined words.

    Raises:
        TypeError: ``text`` is bytes-like or ``separator`` is not a str.

    Example:
        >>> separator_case("a!!b___c.d", "-")
        'a-b-c-d'
        >>> separator_case("Don't stop", "_")
        "don't_stop"

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "separator_case")
    if type(separator) is not str:
        separator = _str_arg(separator, "separator_case", "separator")
    return _speedups.case_words(text, separator, MODE_LOWER, False)


def slugify(text: Any, separator: str = "-") -> str:
    """``text`` as an ASCII slug: compatibility-decomposed (NFKD), non-ASCII characters
    and apostrophes dropped, the words lowered and joined by ``separator``.

    Args:
        text: Text to convert.
        separator: The separator.

    Returns:
        The slug.

    Raises:
        TypeError: ``text`` is bytes-like or ``separator`` is not a str.

    Example:
        >>> slugify("Crème Brûlée: the 2nd try!")
        'creme-brulee-the-2nd-try'
        >>> slugify("Don't panic", "_")
        'dont_panic'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "slugify")
    if type(separator) is not str:
        separator = _str_arg(separator, "slugify", "separator")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    # ASCII text: the case converters' splitting is the words' with "'" removed.
    return _speedups.case_words(text, separator, MODE_LOWER, True)


def title_case(text: Any) -> str:
    """``text`` with every space-separated part capitalized (``str.capitalize()``).

    Args:
        text: Text to convert.

    Returns:
        The title-cased text; spaces are kept as they are.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> title_case("hello WORLD  x")
        'Hello World  X'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "title_case")
    return " ".join([part.capitalize() for part in text.split(" ")])


def deburr(text: Any) -> str:
    """``text`` with its Latin-1 letters (U+00C0-U+00FF) as ASCII letters.

    Args:
        text: Text to convert.

    Returns:
        The deburred text (``"×"`` and ``"÷"`` become spaces, other characters stay).

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> deburr("déjà vu, Æsir, Straße")
        'deja vu, Aesir, Strasse'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "deburr")
    if text.isascii():
        return text
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:  # beyond Latin-1: each Latin-1 letter found by the regex
        return _LATIN1_LETTER.sub(_deburr_match, text)
    # All Latin-1: the letters that become two (Æ -> Ae...) first, then the
    # others byte for byte, all in C (a Python call per letter was most of it).
    for letter, byte, pair in _DEBURR_PAIRS:
        if letter in text:  # a str search: bytes' "in" with bytes is several times slower
            raw = raw.replace(byte, pair)
    return raw.translate(_DEBURR_BYTES).decode("latin-1")


#: The Latin-1 letters that deburr to two letters: ("Æ", b"\xc6", b"Ae")...
_DEBURR_PAIRS: Final = tuple(
    (chr(code), bytes([code]), ascii_.encode())
    for code, ascii_ in DEBURR_TABLE.items() if len(ascii_) != 1
)
#: bytes.translate's table: each other Latin-1 letter's one ASCII letter (or space).
_DEBURR_BYTES: Final = bytes(
    ord(DEBURR_TABLE[code]) if code in DEBURR_TABLE and len(DEBURR_TABLE[code]) == 1 else code
    for code in range(256)
)


def _deburr_match(match: re.Match[str]) -> str:
    return DEBURR_TABLE[ord(match.group())]


# ---------------------------------------------------------------------------
# Letter case
# ---------------------------------------------------------------------------


def capitalize(text: Any, strict: bool = True) -> str:
    """``text`` with its first character upper.

    Args:
        text: Text to convert.
        strict: Also lower the rest (``str.capitalize()``).

    Returns:
        The capitalized text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> capitalize("fRED"), capitalize("fRED", strict=False)
        ('Fred', 'FRED')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "capitalize")
    return text.capitalize() if strict else text[:1].upper() + text[1:]


def decapitalize(text: Any) -> str:
    """``text`` with its first character lower.

    Args:
        text: Text to convert.

    Returns:
        The decapitalized text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> decapitalize("FOO BAR"), decapitalize(None)
        ('fOO BAR', '')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "decapitalize")
    return text[:1].lower() + text[1:]


@_compiled_twin
def lower_first(text: str) -> str:
    """``text`` with its first character lower (``text`` must be a str, as in pydash).

    Args:
        text: Text to convert.

    Returns:
        The converted text.

    Raises:
        TypeError: ``text`` is not a str.

    Example:
        >>> lower_first("FRED"), lower_first("")
        ('fRED', '')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _str_arg(text, "lower_first", "text")
    return text[:1].lower() + text[1:]


@_compiled_twin
def upper_first(text: str) -> str:
    """``text`` with its first character upper (``text`` must be a str, as in pydash).

    Args:
        text: Text to convert.

    Returns:
        The converted text.

    Raises:
        TypeError: ``text`` is not a str.

    Example:
        >>> upper_first("fred"), upper_first("")
        ('Fred', '')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _str_arg(text, "upper_first", "text")
    return text[:1].upper() + text[1:]


def swap_case(text: Any) -> str:
    """``text`` with upper and lower case swapped.

    Args:
        text: Text to convert.

    Returns:
        The converted text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> swap_case("aBcD 1")
        'AbCd 1'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "swap_case")
    return text.swapcase()


def to_lower(text: Any) -> str:
    """``text`` in lower case.

    Args:
        text: Text to convert.

    Returns:
        The lowered text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> to_lower("--Foo-Bar--"), to_lower(None)
        ('--foo-bar--', '')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "to_lower")
    return text.lower()


def to_upper(text: Any) -> str:
    """``text`` in upper case.

    Args:
        text: Text to convert.

    Returns:
        The uppered text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> to_upper("--Foo-Bar--"), to_upper(1.5)
        ('--FOO-BAR--', '1.5')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "to_upper")
    return text.upper()


# ---------------------------------------------------------------------------
# Splitting and joining
# ---------------------------------------------------------------------------


def chars(text: Any) -> list[str]:
    """The characters (code points) of ``text``.

    Args:
        text: Text to split.

    Returns:
        One str per code point.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> chars("abc"), chars(None)
        (['a', 'b', 'c'], [])

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "chars")
    return list(text)


def chop(text: Any, step: int) -> list[str]:
    """``text`` cut into pieces of ``step`` characters, from the start.

    Args:
        text: Text to cut.
        step: Length of each piece; ``<= 0``: the whole text in one piece.

    Returns:
        The pieces (``[]`` for ``None``).

    Raises:
        TypeError: ``text`` is bytes-like or ``step`` is not an integer.

    Example:
        >>> chop("abcdefg", 3), chop("abc", 0), chop(None, 2)
        (['abc', 'def', 'g'], ['abc'], [])

    .. versionadded:: 0.2.0
    """
    if text is None:
        return []
    if type(text) is not str:
        text = _text(text, "chop")
    if type(step) is not int:
        step = _int_arg(step, "chop", "step")
    if step <= 0:
        return [text]
    return [text[i : i + step] for i in range(0, len(text), step)]


def chop_right(text: Any, step: int) -> list[str]:
    """``text`` cut into pieces of ``step`` characters, from the end.

    Args:
        text: Text to cut.
        step: Length of each piece; ``<= 0``: the whole text in one piece.

    Returns:
        The pieces, in text order (``[]`` for ``None``).

    Raises:
        TypeError: ``text`` is bytes-like or ``step`` is not an integer.

    Example:
        >>> chop_right("abcdefg", 3)
        ['a', 'bcd', 'efg']

    .. versionadded:: 0.2.0
    """
    if text is None:
        return []
    if type(text) is not str:
        text = _text(text, "chop_right")
    if type(step) is not int:
        step = _int_arg(step, "chop_right", "step")
    if step <= 0:
        return [text]
    size = len(text)
    return [text[-(i + step) : size - i] for i in range(0, size, step)][::-1]


def lines(text: Any) -> list[str]:
    """The lines of ``text`` (``str.splitlines()``).

    Args:
        text: Text to split.

    Returns:
        The lines, without their line breaks.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> lines("a\\nb\\r\\nc")
        ['a', 'b', 'c']

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "lines")
    return text.splitlines()


@cython.binding(True)  # a default a text signature cannot spell: see _compat
def split(text: Any, separator: Any = UNSET) -> list[str]:
    """``text`` split on ``separator``.

    Args:
        text: Text to split.
        separator: Not given: split on runs of whitespace; an empty or false
            value (``""``, ``None``, ``0``): split into characters; else the
            str to split on.

    Returns:
        The parts.

    Raises:
        TypeError: ``text`` is bytes-like, or ``separator`` is true but not a str.

    Example:
        >>> split("a b  c"), split("a,b", ","), split("ab", "")
        (['a', 'b', 'c'], ['a', 'b'], ['a', 'b'])

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "split")
    if separator is UNSET:
        return text.split()
    if separator:
        if type(separator) is not str:
            separator = _str_arg(separator, "split", "separator")
        return text.split(separator)
    return list(text)


def _to_text_item(value: Any) -> str:
    if type(value) is str:
        return value
    return _text(value, "join", "array")


def join(array: Iterable[Any], separator: Any = "") -> str:
    """The items of ``array`` as text, joined by ``separator``.

    Args:
        array: Items to join (a mapping gives its values, like pydash's ``map_``;
            ``None`` or a non-iterable value: nothing).
        separator: The separator (coerced to text).

    Returns:
        The joined text.

    Raises:
        TypeError: an item or ``separator`` is bytes-like.

    Example:
        >>> join(["a", 1, None, 2.5], "-"), join("abc", "."), join(None)
        ('a-1--2.5', 'a.b.c', '')

    .. versionadded:: 0.2.0
    """
    if type(separator) is not str:
        separator = _text(separator, "join", "separator")
    kind = type(array)
    if kind is list or kind is tuple:
        return separator.join([x if type(x) is str else _to_text_item(x) for x in array])
    if kind is str:
        return separator.join(array)
    if not array:
        return ""
    from .collections import map_

    return separator.join(map_(array, _to_text_item))


def series_phrase(
    items: Iterable[Any],
    separator: Any = ", ",
    last_separator: Any = " and ",
    serial: bool = False,
) -> str:
    """``items`` as a phrase: ``"a, b and c"``; empty items are left out.

    Args:
        items: Items (coerced to text; a mapping gives its values).
        separator: Between items.
        last_separator: Between the last two items.
        serial: With three or more items, end the separator before the last
            item with ``separator`` (the serial comma: ``"a, b, and c"``).

    Returns:
        The phrase.

    Raises:
        TypeError: an item or a separator is bytes-like.

    Example:
        >>> series_phrase(["a", "b", "c"]), series_phrase(["a", "", "b"], serial=True)
        ('a, b and c', 'a and b')
        >>> series_phrase(["a", "b", "c"], serial=True)
        'a, b, and c'

    .. versionadded:: 0.2.0
    """
    kind = type(items)
    texts: list[str] = []
    if kind is list or kind is tuple:
        texts = [x if type(x) is str else _to_text_item(x) for x in items]
    elif not items:
        pass
    else:
        from .collections import map_

        texts = map_(items, _to_text_item)
    texts = [x for x in texts if x]
    if type(separator) is not str:
        separator = _text(separator, "series_phrase", "separator")
    if type(last_separator) is not str:
        last_separator = _text(last_separator, "series_phrase", "last_separator")
    count = len(texts)
    if count > 2 and serial:
        last_separator = separator.rstrip() + last_separator
    if count >= 2:
        texts = texts[:-2] + [last_separator.join(texts[-2:])]
    return separator.join(texts)


def series_phrase_serial(
    items: Iterable[Any], separator: Any = ", ", last_separator: Any = " and "
) -> str:
    """:func:`series_phrase` with the serial comma: ``"a, b, and c"``.

    Args:
        items: Items (coerced to text).
        separator: Between items.
        last_separator: Between the last two items (after ``separator`` stripped).

    Returns:
        The phrase.

    Raises:
        TypeError: an item or a separator is bytes-like.

    Example:
        >>> series_phrase_serial(["a", "b", "c"]), series_phrase_serial(["a", "b"])
        ('a, b, and c', 'a and b')

    .. versionadded:: 0.2.0
    """
    return series_phrase(items, separator, last_separator, serial=True)


# ---------------------------------------------------------------------------
# Searching
# ---------------------------------------------------------------------------


def count_substr(text: Any, subtext: Any) -> int:
    """How many times ``subtext`` occurs in ``text`` (not overlapping).

    Args:
        text: Text to search.
        subtext: Text to count.

    Returns:
        The count (``0`` when either is ``None``).

    Raises:
        TypeError: ``text`` or ``subtext`` is bytes-like.

    Example:
        >>> count_substr("aaaa", "aa"), count_substr("abc", None)
        (2, 0)

    .. versionadded:: 0.2.0
    """
    if text is None or subtext is None:
        return 0
    if type(text) is not str:
        text = _text(text, "count_substr")
    if type(subtext) is not str:
        subtext = _text(subtext, "count_substr", "subtext")
    return text.count(subtext)


def has_substr(text: Any, subtext: Any) -> bool:
    """Whether ``subtext`` occurs in ``text``.

    Args:
        text: Text to search.
        subtext: Text to find.

    Returns:
        ``True`` when found.

    Raises:
        TypeError: ``text`` or ``subtext`` is bytes-like.

    Example:
        >>> has_substr("abcdef", "bc"), has_substr(12345, 34), has_substr("abc", None)
        (True, True, True)

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "has_substr")
    if type(subtext) is not str:
        subtext = _text(subtext, "has_substr", "subtext")
    return subtext in text


def starts_with(text: Any, target: Any, position: int = 0) -> bool:
    """Whether ``text[position:]`` starts with ``target``.

    Args:
        text: Text to test.
        target: The prefix.
        position: Where the prefix must start (slice semantics).

    Returns:
        ``True`` when it starts so.

    Raises:
        TypeError: ``text`` or ``target`` is bytes-like, ``position`` is not an integer.

    Example:
        >>> starts_with("abcdef", "a"), starts_with("abcdef", "c", 2), starts_with("ab", "", 9)
        (True, True, True)

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "starts_with")
    if type(target) is not str:
        target = _text(target, "starts_with", "target")
    if position == 0 or position is None:  # None: pydash slices text[None:]
        return text.startswith(target)
    if type(position) is not int:
        position = _int_arg(position, "starts_with", "position")
    return text[position:].startswith(target)


def ends_with(text: Any, target: Any, position: int | None = None) -> bool:
    """Whether ``text[:position]`` ends with ``target``.

    Args:
        text: Text to test.
        target: The suffix.
        position: Where the suffix must end (slice semantics); ``None``: the end.

    Returns:
        ``True`` when it ends so.

    Raises:
        TypeError: ``text`` or ``target`` is bytes-like, ``position`` is not an integer.

    Example:
        >>> ends_with("abc def", "def"), ends_with("abc def", "c", 3)
        (True, True)

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "ends_with")
    if type(target) is not str:
        target = _text(target, "ends_with", "target")
    if position is None:
        return text.endswith(target)
    if type(position) is not int:
        position = _int_arg(position, "ends_with", "position")
    return text[:position].endswith(target)


def substr_left(text: Any, subtext: str) -> str:
    """The part of ``text`` before the first ``subtext`` (all of it when not found).

    Args:
        text: Text to cut.
        subtext: Where to cut; empty or ``None``: ``text`` unchanged.

    Returns:
        The part.

    Raises:
        TypeError: ``text`` is bytes-like or ``subtext`` is not a str.

    Example:
        >>> substr_left("abcbd", "b"), substr_left("abc", "x")
        ('a', 'abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "substr_left")
    if not subtext:
        return text
    if type(subtext) is not str:
        subtext = _str_arg(subtext, "substr_left", "subtext")
    return text.partition(subtext)[0]


def substr_left_end(text: Any, subtext: str) -> str:
    """The part of ``text`` before the last ``subtext`` (all of it when not found or empty).

    Args:
        text: Text to cut.
        subtext: Where to cut; empty or ``None``: ``text`` unchanged.

    Returns:
        The part.

    Raises:
        TypeError: ``text`` is bytes-like or ``subtext`` is not a str.

    Example:
        >>> substr_left_end("abcbd", "b"), substr_left_end("abc", "a")
        ('abc', 'abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "substr_left_end")
    if not subtext:
        return text
    if type(subtext) is not str:
        subtext = _str_arg(subtext, "substr_left_end", "subtext")
    return text.rpartition(subtext)[0] or text


def substr_right(text: Any, subtext: str) -> str:
    """The part of ``text`` after the first ``subtext`` (all of it when not found or empty).

    Args:
        text: Text to cut.
        subtext: Where to cut; empty or ``None``: ``text`` unchanged.

    Returns:
        The part.

    Raises:
        TypeError: ``text`` is bytes-like or ``subtext`` is not a str.

    Example:
        >>> substr_right("abcbd", "b"), substr_right("abc", "c")
        ('cbd', 'abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "substr_right")
    if not subtext:
        return text
    if type(subtext) is not str:
        subtext = _str_arg(subtext, "substr_right", "subtext")
    return text.partition(subtext)[2] or text


def substr_right_end(text: Any, subtext: str) -> str:
    """The part of ``text`` after the last ``subtext`` (``""`` when not found).

    Args:
        text: Text to cut.
        subtext: Where to cut; empty or ``None``: ``text`` unchanged.

    Returns:
        The part.

    Raises:
        TypeError: ``text`` is bytes-like or ``subtext`` is not a str.

    Example:
        >>> substr_right_end("abcbd", "b"), substr_right_end("abc", "x")
        ('d', 'abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "substr_right_end")
    if not subtext:
        return text
    if type(subtext) is not str:
        subtext = _str_arg(subtext, "substr_right_end", "subtext")
    return text.rpartition(subtext)[2]


# ---------------------------------------------------------------------------
# Building: padding, wrapping, inserting, repeating
# ---------------------------------------------------------------------------


def ensure_starts_with(text: Any, prefix: Any) -> str:
    """``text`` with ``prefix`` in front, unless it already starts with it.

    Args:
        text: Text.
        prefix: The prefix.

    Returns:
        The text.

    Raises:
        TypeError: ``text`` or ``prefix`` is bytes-like.

    Example:
        >>> ensure_starts_with("ok", "b"), ensure_starts_with("bok", "b")
        ('bok', 'bok')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "ensure_starts_with")
    if type(prefix) is not str:
        prefix = _text(prefix, "ensure_starts_with", "prefix")
    return text if text.startswith(prefix) else prefix + text


def ensure_ends_with(text: Any, suffix: Any) -> str:
    """``text`` with ``suffix`` at the end, unless it already ends with it.

    Args:
        text: Text.
        suffix: The suffix.

    Returns:
        The text.

    Raises:
        TypeError: ``text`` or ``suffix`` is bytes-like.

    Example:
        >>> ensure_ends_with("foo", ".txt"), ensure_ends_with("a.txt", ".txt")
        ('foo.txt', 'a.txt')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "ensure_ends_with")
    if type(suffix) is not str:
        suffix = _text(suffix, "ensure_ends_with", "suffix")
    return text if text.endswith(suffix) else text + suffix


def insert_substr(text: Any, index: int, subtext: Any) -> str:
    """``text`` with ``subtext`` inserted before position ``index`` (slice semantics).

    Args:
        text: Text.
        index: Where to insert.
        subtext: Text to insert.

    Returns:
        The new text.

    Raises:
        TypeError: ``text`` or ``subtext`` is bytes-like, ``index`` is not an integer.

    Example:
        >>> insert_substr("abcdef", 3, "--"), insert_substr("ab", -1, "x")
        ('abc--def', 'axb')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "insert_substr")
    if type(subtext) is not str:
        subtext = _text(subtext, "insert_substr", "subtext")
    if type(index) is not int:
        index = _int_arg(index, "insert_substr", "index")
    return f"{text[:index]}{subtext}{text[index:]}"  # one join


def surround(text: Any, wrapper: Any) -> str:
    """``text`` between two copies of ``wrapper``.

    Args:
        text: Text.
        wrapper: The wrapper (coerced to text).

    Returns:
        The wrapped text.

    Raises:
        TypeError: ``text`` or ``wrapper`` is bytes-like.

    Example:
        >>> surround("abc", "*"), surround("abc", 1)
        ('*abc*', '1abc1')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "surround")
    if type(wrapper) is not str:
        wrapper = _text(wrapper, "surround", "wrapper")
    return f"{wrapper}{text}{wrapper}"  # one join (two + make an intermediate string)


def quote(text: Any, quote_char: Any = '"') -> str:
    """``text`` between two ``quote_char``.

    Args:
        text: Text.
        quote_char: The quote (coerced to text).

    Returns:
        The quoted text.

    Raises:
        TypeError: ``text`` or ``quote_char`` is bytes-like.

    Example:
        >>> quote("abc"), quote("abc", "'")
        ('"abc"', "'abc'")

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "quote")
    if type(quote_char) is not str:
        quote_char = _text(quote_char, "quote", "quote_char")
    return f"{quote_char}{text}{quote_char}"  # one join (two + make an intermediate string)


def unquote(text: Any, quote_char: Any = '"') -> str:
    """``text`` without one pair of ``quote_char`` around it, when it has them.

    Args:
        text: Text.
        quote_char: The quote (compared through its ``str()``, as pydash does).

    Returns:
        The unquoted text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> unquote('"abc"'), unquote("'abc'", "'"), unquote('"abc')
        ('abc', 'abc', '"abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "unquote")
    if type(quote_char) is str and len(quote_char) == 1:
        # One quote character: look at the two ends instead of building the
        # quoted inner text to compare (a copy of the whole text).
        if len(text) > 1 and text[0] == quote_char and text[-1] == quote_char:
            return text[1:-1]
        return text
    inner = text[1:-1]
    if text == f"{quote_char}{inner}{quote_char}":
        return inner
    return text


def repeat(text: Any, n: SupportsInt = 0) -> str:
    """``text`` repeated ``n`` times.

    Args:
        text: Text.
        n: How many times (anything :class:`int` accepts).

    Returns:
        The repeated text.

    Raises:
        TypeError: ``text`` is bytes-like or ``n`` is not a number.
        ValueError: ``n`` is a str that is not a number.

    Example:
        >>> repeat(".", 3), repeat("ab", "2"), repeat("x", -1)
        ('...', 'abab', '')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "repeat")
    if type(n) is not int:
        try:
            n = int(n)
        except TypeError:
            raise arg_error("repeat", "n", "a number", n) from None
    return text * n


def _pad_fill(chars: Any, length: Any, func: str) -> str:
    """``chars`` repeated to ``length`` characters."""
    if type(chars) is not str:
        chars = _text(chars, func, "chars")
    try:
        return (chars * int(length))[:length]
    except TypeError:
        raise arg_error(func, "length", "an integer", length) from None


def pad(text: Any, length: int, chars: Any = " ") -> str:
    """``text`` centred in ``length`` characters, padded on both sides with ``chars``.

    Args:
        text: Text.
        length: Target length (longer text is returned unchanged).
        chars: Padding (repeated and cut as needed; the left side gets the
            shorter half).

    Returns:
        The padded text.

    Raises:
        TypeError: ``text`` or ``chars`` is bytes-like, ``length`` is not a number.

    Example:
        >>> pad("abc", 8), pad("abc", 8, "_-"), pad("abc", 2)
        ('  abc   ', '_-abc_-_', 'abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "pad")
    size = len(text)
    if type(length) is int and type(chars) is str and len(chars) == 1:  # one C fill per side
        if length <= size:
            return text
        return text.rjust(size + (length - size) // 2, chars).ljust(length, chars)
    try:
        if size >= length:
            return text
        mid = (length - size) / 2.0
    except TypeError:
        raise arg_error("pad", "length", "a number", length) from None
    left = math.floor(mid)
    right = math.ceil(mid)
    fill = _pad_fill(chars, right, "pad")
    return f"{fill[:left]}{text}{fill}"  # one join


def pad_start(text: Any, length: int, chars: Any = " ") -> str:
    """``text`` padded on the left with ``chars`` to ``length`` characters.

    Args:
        text: Text.
        length: Target length (longer text is returned unchanged).
        chars: Padding (repeated and cut as needed).

    Returns:
        The padded text.

    Raises:
        TypeError: ``text`` or ``chars`` is bytes-like, ``length`` is not an integer.

    Example:
        >>> pad_start("abc", 5), pad_start("abc", 6, "ab")
        ('  abc', 'bababc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "pad_start")
    if type(chars) is not str:
        chars = _text(chars, "pad_start", "chars")
    size = len(text)
    if type(length) is not int:
        try:
            if length <= size:  # a float no longer than the text, as in pydash
                return text
        except TypeError:
            pass
        length = _int_arg(length, "pad_start", "length")
    if length <= size:
        return text
    if len(chars) == 1:
        return text.rjust(length, chars)
    return (chars * length + text)[-length:]


def pad_end(text: Any, length: int, chars: Any = " ") -> str:
    """``text`` padded on the right with ``chars`` to ``length`` characters.

    Args:
        text: Text.
        length: Target length (longer text is returned unchanged).
        chars: Padding (repeated and cut as needed).

    Returns:
        The padded text.

    Raises:
        TypeError: ``text`` or ``chars`` is bytes-like, ``length`` is not an integer.

    Example:
        >>> pad_end("abc", 5), pad_end("abc", 6, "ab")
        ('abc  ', 'abcaba')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "pad_end")
    if type(chars) is not str:
        chars = _text(chars, "pad_end", "chars")
    size = len(text)
    if type(length) is not int:
        try:
            if length <= size:  # a float no longer than the text, as in pydash
                return text
        except TypeError:
            pass
        length = _int_arg(length, "pad_end", "length")
    if length <= size:
        return text
    if len(chars) == 1:
        return text.ljust(length, chars)
    return (text + chars * length)[:length]


# ---------------------------------------------------------------------------
# Trimming, cleaning, shortening
# ---------------------------------------------------------------------------


def _strip_chars(chars: Any, func: str) -> str | None:
    if chars is None or isinstance(chars, str):
        return chars
    raise arg_error(func, "chars", "a str or None", chars)


def trim(text: Any, chars: str | None = None) -> str:
    """``text`` without leading and trailing whitespace (or characters in ``chars``).

    Args:
        text: Text.
        chars: The characters to remove; ``None``: whitespace.

    Returns:
        The trimmed text.

    Raises:
        TypeError: ``text`` is bytes-like or ``chars`` is not a str.

    Example:
        >>> trim("  abc "), trim("-_-abc-_-", "_-")
        ('abc', 'abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "trim")
    if chars is not None and type(chars) is not str:
        chars = _strip_chars(chars, "trim")
    return text.strip(chars)


def trim_start(text: Any, chars: str | None = None) -> str:
    """``text`` without leading whitespace (or characters in ``chars``).

    Args:
        text: Text.
        chars: The characters to remove; ``None``: whitespace.

    Returns:
        The trimmed text.

    Raises:
        TypeError: ``text`` is bytes-like or ``chars`` is not a str.

    Example:
        >>> trim_start("  abc "), trim_start("-_-abc-_-", "_-")
        ('abc ', 'abc-_-')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "trim_start")
    if chars is not None and type(chars) is not str:
        chars = _strip_chars(chars, "trim_start")
    return text.lstrip(chars)


def trim_end(text: Any, chars: str | None = None) -> str:
    """``text`` without trailing whitespace (or characters in ``chars``).

    Args:
        text: Text.
        chars: The characters to remove; ``None``: whitespace.

    Returns:
        The trimmed text.

    Raises:
        TypeError: ``text`` is bytes-like or ``chars`` is not a str.

    Example:
        >>> trim_end("  abc "), trim_end("-_-abc-_-", "_-")
        ('  abc', '-_-abc')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "trim_end")
    if chars is not None and type(chars) is not str:
        chars = _strip_chars(chars, "trim_end")
    return text.rstrip(chars)


def clean(text: Any) -> str:
    """``text`` with runs of whitespace as one space, trimmed.

    Args:
        text: Text.

    Returns:
        The cleaned text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> clean("  a   b\\t\\nc ")
        'a b c'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "clean")
    return " ".join(text.split())


def _is_word_char(char: str) -> bool:
    """``re``'s ``\\w`` on one character."""
    return char.isalnum() or char == "_"


def _last_word_start(text: str, end: int) -> int:
    """Start of the longest suffix of ``text[:end]`` that is non-word then word chars."""
    j = end
    while j > 0 and _is_word_char(text[j - 1]):
        j -= 1
    while j > 0 and not _is_word_char(text[j - 1]):
        j -= 1
    return j


def prune(text: Any, length: int = 0, omission: str = "...") -> str:
    """``text`` cut to at most ``length`` characters at a word boundary, then ``omission``
    (the cut never splits a word; text that fits is unchanged).

    Args:
        text: Text.
        length: Largest length of the kept text (before the omission).
        omission: Appended when text was cut.

    Returns:
        The pruned text.

    Raises:
        TypeError: ``text`` is bytes-like, ``length`` is not an integer or
            ``omission`` is not a str.

    Example:
        >>> prune("Fe fi fo fum", 5), prune("Fe fi fo fum", 6, " read more")
        ('Fe fi...', 'Fe fi fo fum')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "prune")
    if type(length) is not int:
        length = _int_arg(length, "prune", "length")
    if type(omission) is not str:
        omission = _str_arg(omission, "prune", "omission")
    size = len(text)
    if size <= length:
        return text
    sub = text[: length + 1]
    # Characters followed only by non-word then word characters (to the end, or
    # to a final newline) become spaces unless they have case; newlines stay.
    n = len(sub)
    start = _last_word_start(sub, n) - 1
    if sub.endswith("\n"):
        start = min(start, _last_word_start(sub, n - 1) - 1)
    start = max(start, 0)
    if start < n:
        tail = "".join(
            [c if c == "\n" or c.upper() != c.lower() else " " for c in sub[start:]]
        )
        sub = sub[:start] + tail
    if len(sub) >= 2 and _is_word_char(sub[-2]) and _is_word_char(sub[-1]):
        # drop the last run of non-space characters and the spaces before it
        j = len(sub)
        while j > 0 and not sub[j - 1].isspace():
            j -= 1
        while j > 0 and sub[j - 1].isspace():
            j -= 1
        sub = sub[:j]
    else:
        sub = sub[:-1].rstrip()
    if len(sub) + len(omission) <= size:
        return text[: len(sub)] + omission
    return text


def truncate(
    text: Any,
    length: int = 30,
    omission: str = "...",
    separator: str | re.Pattern[str] | None = None,
) -> str:
    """``text`` cut so that with ``omission`` it is ``length`` characters long.

    Args:
        text: Text.
        length: Length of the result, omission included (text that fits is unchanged).
        omission: Appended when text was cut.
        separator: Cut further back, at the last occurrence of this str or
            pattern in the kept part (pydash: a str not found cuts one more
            character).

    Returns:
        The truncated text.

    Raises:
        TypeError: ``text`` is bytes-like, ``length`` is not an integer or
            ``omission`` is not a str.

    Example:
        >>> truncate("hello world", 5), truncate("hello world", 10, separator=" ")
        ('he...', 'hello...')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "truncate")
    if type(length) is not int:
        length = _int_arg(length, "truncate", "length")
    if len(text) <= length:
        return text
    if type(omission) is not str:
        omission = _str_arg(omission, "truncate", "omission")
    text = text[: length - len(omission)]
    cut = len(text)
    if isinstance(separator, str):
        cut = text.rfind(separator)
    elif isinstance(separator, re.Pattern):
        last = None
        for match in separator.finditer(text):
            last = match
        if last is not None:
            cut = last.start()
    return text[:cut] + omission


# ---------------------------------------------------------------------------
# HTML and escaping
# ---------------------------------------------------------------------------


def escape(text: Any) -> str:
    """``text`` with the HTML characters ``& < > " ' \\``` as entities.

    Args:
        text: Text.

    Returns:
        The escaped text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> escape('a < b & "c"')
        'a &lt; b &amp; &quot;c&quot;'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "escape")
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    if "`" in text:
        text = text.replace("`", "&#96;")
    return text


def unescape(text: Any) -> str:
    """``text`` with HTML entities as characters (``html.unescape()``).

    Args:
        text: Text.

    Returns:
        The unescaped text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> unescape("a &lt; b &amp;&amp; &#39;c&#39;")
        "a < b && 'c'"

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "unescape")
    if "&" not in text:
        return text
    return html.unescape(text)


def escape_reg_exp(text: Any) -> str:
    """``text`` with regular-expression special characters escaped (:func:`re.escape`).

    Args:
        text: Text.

    Returns:
        The escaped text.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> escape_reg_exp("[a.b]")
        '\\\\[a\\\\.b\\\\]'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "escape_reg_exp")
    return re.escape(text)


_TAG = re.compile(r"<[^>]+>")


def strip_tags(text: Any) -> str:
    """``text`` without HTML/XML tags (``<`` up to the next ``>``, at least one character between).

    Args:
        text: Text.

    Returns:
        The text without tags.

    Raises:
        TypeError: ``text`` is bytes-like.

    Example:
        >>> strip_tags('<p>a <b class="x">bold</b> <> move</p>')
        'a bold <> move'

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "strip_tags")
    last = text.rfind(">")
    if last < 0:
        return text
    if last == len(text) - 1:
        return _TAG.sub("", text)
    # Every tag ends at or before the last ">": the pattern never scans past it
    # (no backtracking over a tail of "<" without a ">").
    return _TAG.sub("", text[: last + 1]) + text[last + 1 :]


# ---------------------------------------------------------------------------
# Regular expressions and replacing
# ---------------------------------------------------------------------------

_JS_FLAGS = frozenset("dgimsuvy")


@functools.lru_cache(maxsize=256)
def _js_regexp(reg_exp: str, func: str) -> tuple[re.Pattern[str], bool, Optional[str]]:
    """``"/pattern/flags"`` compiled: (pattern, global, the text it matches if it is literal).

    A pattern is literal when it is not empty, has no character that
    :func:`re.escape` would escape and no ``i`` flag: then it matches exactly
    its own text, and :meth:`str.replace` does a substitution's work.
    """
    if not reg_exp.startswith("/"):
        raise js_regexp_error(func, reg_exp, "it must start with '/'")
    body, slash, flags = reg_exp[1:].rpartition("/")
    if not slash:
        raise js_regexp_error(func, reg_exp, "the closing '/' is missing")
    unknown = set(flags) - _JS_FLAGS
    if unknown or len(set(flags)) != len(flags):
        raise js_regexp_error(
            func, reg_exp, f"flags must be distinct JavaScript flags, not {flags!r}"
        )
    try:
        pattern = re.compile(body, re.IGNORECASE if "i" in flags else 0)
    except re.error as exc:
        raise js_regexp_error(func, reg_exp, str(exc)) from None
    literal = body if body and "i" not in flags and re.escape(body) == body else None
    return pattern, "g" in flags, literal


def _js_compile(reg_exp: Any, func: str) -> tuple[re.Pattern[str], bool, Optional[str]]:
    if type(reg_exp) is not str:
        reg_exp = _str_arg(reg_exp, func, "reg_exp")
    return _js_regexp(reg_exp, func)


def _js_find(text: str, reg_exp: Any, func: str) -> list[str]:
    pattern, is_global, _ = _js_compile(reg_exp, func)
    if is_global:
        return pattern.findall(text)
    found = pattern.search(text)
    return [found.group()] if found else []


def reg_exp_js_match(text: Any, reg_exp: str) -> list[str]:
    """The matches of a JavaScript-style regular expression in ``text``.

    Args:
        text: Text to search.
        reg_exp: ``"/pattern/flags"``: with flag ``g`` every match (as
            :meth:`re.Pattern.findall` gives them), else the first; ``i`` ignores case.

    Returns:
        The matches.

    Raises:
        TypeError: ``text`` is bytes-like or ``reg_exp`` is not a str.
        ValueError: ``reg_exp`` is malformed (no ``/.../``, unknown flags, bad pattern).

    Example:
        >>> reg_exp_js_match("aaBBcc", "/bb/"), reg_exp_js_match("aaBBcc", "/bb/i")
        ([], ['BB'])
        >>> reg_exp_js_match("1a2b", "/\\\\d/g")
        ['1', '2']

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "reg_exp_js_match")
    return _js_find(text, reg_exp, "reg_exp_js_match")


def reg_exp_js_replace(text: Any, reg_exp: str, repl: Replacement) -> str:
    """``text`` with the matches of a JavaScript-style regular expression replaced.

    Args:
        text: Text.
        reg_exp: ``"/pattern/flags"``: with flag ``g`` every match is
            replaced, else the first; ``i`` ignores case.
        repl: The replacement (a str, coerced, or a function of the match).

    Returns:
        The new text.

    Raises:
        TypeError: ``text`` or ``repl`` is bytes-like, or ``reg_exp`` is not a str.
        ValueError: ``reg_exp`` is malformed.

    Example:
        >>> reg_exp_js_replace("aaBBcc", "/bb/i", "X"), reg_exp_js_replace("abab", "/b/g", "_")
        ('aaXcc', 'a_a_')

    .. versionadded:: 0.2.0
    """
    if type(text) is not str:
        text = _text(text, "reg_exp_js_replace")
    pattern, is_global, literal = _js_compile(reg_exp, "reg_exp_js_replace")
    if literal is not None and isinstance(repl, str) and "\\" not in repl:  # no regex needed
        return text.replace(literal, repl, -1 if is_global else 1)
    if not callable(repl):
        repl = _text(repl, "reg_exp_js_replace", "repl")
    return pattern.sub(repl, text, count=0 if is_global else 1)


def replace(
    text: Any,
    pattern: Any,
    repl: Replacement,
    ignore_case: bool = False,
    count: int = 0,
    escape: bool = True,
    from_start: bool = False,
    from_end: bool = False,
) -> str:
    """``text`` with ``pattern`` replaced by ``repl``.

    Args:
        text: Text.
        pattern: A str (literal when ``escape``, else a regular expression) or
            a compiled pattern; ``None``: ``text`` unchanged.
        repl: The replacement: a str (coerced; backslash escapes as in
            :func:`re.sub`) or a function of the match.
        ignore_case: Match without case (str patterns).
        count: Largest number of replacements; ``0``: all.
        escape: Match a str pattern literally.
        from_start: Only at the start of the text (str patterns).
        from_end: Only at the end of the text (str patterns).

    Returns:
        The new text.

    Raises:
        TypeError: ``text``, ``pattern`` or ``repl`` is bytes-like.
        ValueError: ``pattern`` is not a valid regular expression.

    Example:
        >>> replace("aabbcc", "b", "X"), replace("aabbcc", "B", "X", ignore_case=True, count=1)
        ('aaXXcc', 'aaXbcc')
        >>> replace("a.b", ".", "-"), replace("a.b", ".", "-", escape=False)
        ('a-b', '---')

    .. versionadded:: 0.2.0
    """
    return _replace(
        "replace", text, pattern, repl, ignore_case, count, escape, from_start, from_end
    )


@functools.lru_cache(maxsize=512)
def _compile_replace(
    func: str, pattern: str, ignore_case: bool, escape: bool, from_start: bool, from_end: bool
) -> re.Pattern[str]:
    """The pattern :func:`replace` searches (compiled once per distinct pattern, as ``re`` does)."""
    if escape:
        pattern = re.escape(pattern)
    if from_start and not pattern.startswith("^"):
        pattern = "^" + pattern
    if from_end and not pattern.endswith("$"):
        pattern += "$"
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise ValueError(f"{func}() argument 'pattern' is not a valid pattern: {exc}") from None


def _replace(
    func: str,
    text: Any,
    pattern: Any,
    repl: Any,
    ignore_case: bool,
    count: Any,
    escape: bool,
    from_start: bool,
    from_end: bool,
) -> str:
    if type(text) is not str:
        text = _text(text, func)
    if pattern is None:
        return text
    if (
        type(pattern) is str
        and type(repl) is str
        and escape
        and count == 0
        and not ignore_case
        and "\\" not in repl
    ):  # a literal pattern and replacement: str methods do the regular expression's work
        if not (from_start or from_end):
            return text.replace(pattern, repl)
        if not from_end:  # "^" + the literal: only a match at 0 is replaced
            return repl + text[len(pattern):] if text.startswith(pattern) else text
        if not from_start and pattern and "\n" not in pattern and pattern[-1] != "$":
            # the literal + "$": it matches at the end, or before a final newline
            if text.endswith(pattern):
                return text[:len(text) - len(pattern)] + repl
            if text.endswith("\n") and text.endswith(pattern, 0, len(text) - 1):
                return text[:len(text) - 1 - len(pattern)] + repl + "\n"
            return text
    replacement: Replacement = cast(Replacement, repl) if callable(repl) else _text(repl, func, "repl")
    compiled: re.Pattern[str]
    if isinstance(pattern, re.Pattern):
        compiled = cast("re.Pattern[str]", pattern)
    else:
        if type(pattern) is not str:
            pattern = _text(pattern, func, "pattern")
        compiled = _compile_replace(func, pattern, bool(ignore_case), bool(escape),
                                    bool(from_start), bool(from_end))
    if type(count) is not int:
        count = _int_arg(count, func, "count")
    return compiled.sub(replacement, text, count=count)


def reg_exp_replace(
    text: Any, pattern: Any, repl: Replacement, ignore_case: bool = False, count: int = 0
) -> str:
    """``text`` with the matches of the regular expression ``pattern`` replaced.

    Args:
        text: Text.
        pattern: A regular expression (str or compiled); ``None``: ``text`` unchanged.
        repl: The replacement (a str, coerced, or a function of the match).
        ignore_case: Match without case (str patterns).
        count: Largest number of replacements; ``0``: all.

    Returns:
        The new text.

    Raises:
        TypeError: ``text``, ``pattern`` or ``repl`` is bytes-like.
        ValueError: ``pattern`` is not a valid regular expression.

    Example:
        >>> reg_exp_replace("aabbcc", "b+", "X"), reg_exp_replace("abc", None, "X")
        ('aaXcc', 'abc')

    .. versionadded:: 0.2.0
    """
    return _replace(
        "reg_exp_replace", text, pattern, repl, ignore_case, count, False, False, False
    )


def replace_start(
    text: Any, pattern: Any, repl: Replacement, ignore_case: bool = False, escape: bool = True
) -> str:
    """``text`` with ``pattern`` replaced by ``repl`` where it starts the text.

    Args:
        text: Text.
        pattern: As in :func:`replace`.
        repl: As in :func:`replace`.
        ignore_case: Match without case.
        escape: Match a str pattern literally.

    Returns:
        The new text.

    Raises:
        TypeError: ``text``, ``pattern`` or ``repl`` is bytes-like.
        ValueError: ``pattern`` is not a valid regular expression.

    Example:
        >>> replace_start("aabbcc", "a", "X"), replace_start("aabbcc", "b", "X")
        ('Xabbcc', 'aabbcc')

    .. versionadded:: 0.2.0
    """
    return _replace("replace_start", text, pattern, repl, ignore_case, 0, escape, True, False)


def replace_end(
    text: Any, pattern: Any, repl: Replacement, ignore_case: bool = False, escape: bool = True
) -> str:
    """``text`` with ``pattern`` replaced by ``repl`` where it ends the text.

    Args:
        text: Text.
        pattern: As in :func:`replace`.
        repl: As in :func:`replace`.
        ignore_case: Match without case.
        escape: Match a str pattern literally.

    Returns:
        The new text.

    Raises:
        TypeError: ``text``, ``pattern`` or ``repl`` is bytes-like.
        ValueError: ``pattern`` is not a valid regular expression.

    Example:
        >>> replace_end("aabbcc", "c", "X"), replace_end("aabbcc", "b", "X")
        ('aabbcX', 'aabbcc')

    .. versionadded:: 0.2.0
    """
    return _replace("replace_end", text, pattern, repl, ignore_case, 0, escape, False, True)


# ---------------------------------------------------------------------------
# Characters, numbers, URLs
# ---------------------------------------------------------------------------


def _char_code(char: Any, func: str) -> int:
    if type(char) is str and len(char) == 1:
        return ord(char)
    char = _text(char, func, "char")
    if len(char) != 1:
        raise TypeError(
            f"{func}() argument 'char' must be one character, not a str of length {len(char)}"
        )
    return ord(char)


def predecessor(char: Any) -> str:
    """The character before ``char`` (by code point).

    Args:
        char: One character (coerced: ``1`` is ``"1"``).

    Returns:
        The previous character.

    Raises:
        TypeError: ``char`` is not one character (or is bytes-like).
        ValueError: ``char`` is U+0000.

    Example:
        >>> predecessor("b"), predecessor(1)
        ('a', '0')

    .. versionadded:: 0.2.0
    """
    if type(char) is not str:
        char = _text(char, "predecessor", "char")
    if len(char) == 1 and char != "\x00":
        return chr(ord(char) - 1)
    code = _char_code(char, "predecessor")
    if code == 0:
        raise ValueError("predecessor() argument 'char' has no predecessor: it is U+0000")
    return chr(code - 1)


def successor(char: Any) -> str:
    """The character after ``char`` (by code point).

    Args:
        char: One character (coerced: ``1`` is ``"1"``).

    Returns:
        The next character.

    Raises:
        TypeError: ``char`` is not one character (or is bytes-like).
        ValueError: ``char`` is the last code point, U+10FFFF.

    Example:
        >>> successor("a"), successor(1)
        ('b', '2')

    .. versionadded:: 0.2.0
    """
    if type(char) is not str:
        char = _text(char, "successor", "char")
    if len(char) == 1 and char != "\U0010ffff":
        return chr(ord(char) + 1)
    code = _char_code(char, "successor")
    if code == 0x10FFFF:
        raise ValueError("successor() argument 'char' has no successor: it is U+10FFFF")
    return chr(code + 1)


def number_format(
    number: Any, scale: int = 0, decimal_separator: str = ".", order_separator: str = ","
) -> str:
    """``number`` as text with ``scale`` decimals and its thousands separated.

    Args:
        number: The number (anything the ``f`` format accepts; otherwise ``""``).
        scale: Number of decimals.
        decimal_separator: Between the integer and the decimals.
        order_separator: Between groups of three digits.

    Returns:
        The formatted number (``""`` when ``number`` cannot be formatted).

    Raises:
        TypeError: ``scale`` is not an integer, or a separator is not a str.

    Example:
        >>> number_format(1234.5678), number_format(1234.5678, 2, ",", ".")
        ('1,235', '1.234,57')
        >>> number_format("x")
        ''

    .. versionadded:: 0.2.0
    """
    if type(scale) is not int:
        scale = _int_arg(scale, "number_format", "scale")
    if type(decimal_separator) is not str:
        decimal_separator = _str_arg(decimal_separator, "number_format", "decimal_separator")
    if type(order_separator) is not str:
        order_separator = _str_arg(order_separator, "number_format", "order_separator")
    try:
        parts = f"{{0:.{scale:d}f}}".format(number).split(".")
    except ValueError:
        return ""
    except TypeError:
        raise arg_error("number_format", "number", "a number", number) from None
    int_part = parts[0]
    dec_part = parts[1] if len(parts) > 1 else ""
    backwards = int_part[::-1]
    groups = [backwards[i : i + 3] for i in range(0, len(backwards), 3)]
    int_part = order_separator.join(groups)[::-1]
    return decimal_separator.join([p for p in (int_part, dec_part) if p])


def _flatten_params(params: Any) -> list[tuple[Any, Any]]:
    flat: list[tuple[Any, Any]] = []
    for key, value in params.items() if isinstance(params, dict) else params:
        if isinstance(value, (list, tuple)):
            flat.extend((key, item) for item in value)
        else:
            flat.append((key, value))
    return flat


def _join_paths(delimiter: str, paths: list[str]) -> str:
    paths = [p for p in paths if p]
    if len(paths) == 1:
        return paths[0]
    leading = delimiter if paths and paths[0].startswith(delimiter) else ""
    trailing = delimiter if paths and paths[-1].endswith(delimiter) else ""
    middle = delimiter.join([p.strip(delimiter) for p in paths if p.strip(delimiter)])
    return leading + middle + trailing


def url(*paths: Any, **params: Any) -> str:
    """A URL from path parts and query parameters.

    Parts are joined with single ``/``; query strings inside the parts and the
    keyword parameters (a list value repeats the key) make the query.

    Args:
        *paths: URL parts (nested lists are flattened; items coerced to text).
        **params: Query parameters.

    Returns:
        The URL.

    Raises:
        TypeError: a part is bytes-like.

    Example:
        >>> url("a", "b", ["c", "d"], "/")
        'a/b/c/d/'
        >>> url("https://example.com/api?x=1", "users", page=2, tag=["a", "b"])
        'https://example.com/api/users?page=2&tag=a&tag=b&x=1'

    .. versionadded:: 0.2.0
    """
    from .arrays import flatten_deep

    texts = [p if type(p) is str else _text(p, "url", "paths") for p in flatten_deep(paths)]
    parts: list[str] = []
    query_params = _flatten_params(params)
    for text in texts:
        scheme, netloc, path, query, fragment = urlsplit(text)
        query_params += parse_qsl(query)
        parts.append(urlunsplit((scheme, netloc, path, "", fragment)))
    joined = _join_paths("/", parts)
    scheme, netloc, path, _query, fragment = urlsplit(joined)
    return urlunsplit((scheme, netloc, path, urlencode(query_params), fragment))
