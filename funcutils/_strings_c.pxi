# Cython kernels for funcutils.strings: included by _speedups_c.pyx (one extension).
# Mirrors funcutils/_strings_py.py name for name; that file is the specification
# (read its docstring for the word rules). The scan reads the str in place by
# code point; ASCII results are written straight into a new str.

from funcutils._strings_py import (
    MODES as _MODES,
    DEBURR_TABLE as _DEBURR_TABLE,
    char_class as _py_char_class,
)
from funcutils._errors import arg_error as _arg_error

_STRINGS_ALL = ["case_words", "split_words"]

# The classes of _strings_py (same values: BREAK, UPPER, LOWER, MISC, DIGIT,
# DINGBAT, HIGH, LOW), and the case_words modes.
cdef enum:
    W_BREAK = 0
    W_UPPER = 1
    W_LOWER = 2
    W_MISC = 3
    W_DIGIT = 4
    W_DINGBAT = 5
    W_HIGH = 6
    W_LOW = 7

cdef enum:
    M_KEEP = 0
    M_LOWER = 1
    M_UPPER = 2
    M_UPPER_FIRST = 3
    M_CAMEL = 4
    M_PASCAL = 5

# Classes of U+0000-U+00FF, from the specification's char_class (defined once).
cdef unsigned char _LATIN1_CLASS[256]
for _code in range(256):
    _LATIN1_CLASS[_code] = _py_char_class(chr(_code))
del _code


cdef inline int _wide_class(Py_UCS4 c) noexcept:
    """char_class of a code point above U+00FF."""
    if 0xD800 <= c <= 0xDFFF:
        return W_HIGH if c < 0xDC00 else W_LOW
    if (0x2000 <= c < 0x2070) or c == 0xFEFF or c == 0x1680 or c == 0x180E or c == 0x3000:
        return W_BREAK
    if 0x2700 <= c <= 0x27BF:
        return W_DINGBAT
    if c.isdecimal():
        return W_DIGIT
    return W_MISC


cdef struct _Text:
    int kind
    void* data
    Py_ssize_t n


cdef inline Py_UCS4 _at(_Text* t, Py_ssize_t i) noexcept:
    return PyUnicode_READ(t.kind, t.data, i)


cdef inline int _cls(_Text* t, Py_ssize_t i) noexcept:
    """Class of the code point at ``i``; past the end: a break (the end sentinel)."""
    cdef Py_UCS4 c
    if i >= t.n:
        return W_BREAK
    c = PyUnicode_READ(t.kind, t.data, i)
    if c < 256:
        return _LATIN1_CLASS[c]
    return _wide_class(c)


cdef inline bint _is_apostrophe(Py_UCS4 c) noexcept:
    return c == 0x27 or c == 0x2019


cdef Py_ssize_t _contraction(_Text* t, Py_ssize_t at, bint upper) noexcept:
    """End of the contraction (apostrophe + d|ll|m|re|s|t|ve) at ``at``, or -1."""
    cdef unsigned int a, b
    cdef unsigned int off = 0x20 if upper else 0
    if at + 1 >= t.n or not _is_apostrophe(_at(t, at)):
        return -1
    a = _at(t, at + 1)
    b = _at(t, at + 2) if at + 2 < t.n else 0
    if a == 0x64 - off or a == 0x6D - off or a == 0x73 - off \
            or a == 0x74 - off:  # d m s t
        return at + 2
    if (a == 0x6C - off and b == 0x6C - off) \
            or (a == 0x72 - off and b == 0x65 - off) \
            or (a == 0x76 - off and b == 0x65 - off):  # ll re ve
        return at + 3
    return -1


cdef inline bint _upper_then_lower(_Text* t, Py_ssize_t at) noexcept:
    cdef int nxt
    if _cls(t, at) != W_UPPER:
        return False
    nxt = _cls(t, at + 1)
    return nxt == W_LOWER or nxt == W_MISC


cdef Py_ssize_t _letter_word(_Text* t, Py_ssize_t start) noexcept:
    cdef int c = _cls(t, start)
    cdef int k
    cdef Py_ssize_t end, stop, first, j
    # an optional upper letter, lower letters, then a break, an upper letter or the end
    if c == W_LOWER or (c == W_UPPER and _cls(t, start + 1) == W_LOWER):
        end = start + 1
        while _cls(t, end) == W_LOWER:
            end += 1
        stop = _contraction(t, end, False)
        if stop >= 0:
            k = _cls(t, stop)
            if k == W_BREAK or k == W_UPPER:
                return stop
        k = _cls(t, end)
        if k == W_BREAK or k == W_UPPER:
            return end
    # upper/misc letters, then a break, the end, or an upper letter starting a lower run
    if c != W_LOWER:
        end = start + 1
        while True:
            k = _cls(t, end)
            if k != W_UPPER and k != W_MISC:
                break
            end += 1
        stop = _contraction(t, end, True)
        if stop >= 0 and (_cls(t, stop) == W_BREAK or _upper_then_lower(t, stop)):
            return stop
        if _cls(t, end) == W_BREAK:
            return end
        j = end - 1
        while j > start:
            if _upper_then_lower(t, j):
                return j
            j -= 1
    # an optional upper letter, then lower/misc letters
    first = start + 1 if c == W_UPPER else start
    k = _cls(t, first)
    if k == W_LOWER or k == W_MISC:
        end = first + 1
        while True:
            k = _cls(t, end)
            if k != W_LOWER and k != W_MISC:
                break
            end += 1
        stop = _contraction(t, end, False)
        return stop if stop >= 0 else end
    # upper letters
    end = start + 1
    while _cls(t, end) == W_UPPER:
        end += 1
    stop = _contraction(t, end, True)
    return stop if stop >= 0 else end


cdef inline bint _boundary_or(_Text* t, Py_ssize_t at, Py_UCS4 lo, Py_UCS4 hi) noexcept:
    """After an ordinal: the end, "_", a letter in lo..hi, or a non-alphanumeric."""
    cdef Py_UCS4 c
    if at >= t.n:
        return True
    c = _at(t, at)
    return c == 0x5F or lo <= c <= hi or not c.isalnum()


cdef Py_ssize_t _digit_word(_Text* t, Py_ssize_t start) noexcept:
    cdef Py_ssize_t end = start + 1
    cdef Py_UCS4 last, a, b
    while _cls(t, end) == W_DIGIT:
        end += 1
    if end + 1 >= t.n:
        return end
    last = _at(t, end - 1)
    a = _at(t, end)
    b = _at(t, end + 1)
    # upper suffix (1ST 2ND 3RD 4TH...), then lower (1st 2nd 3rd 4th...)
    if last == 0x31:
        if a == 0x53 and b == 0x54 and _boundary_or(t, end + 2, 0x61, 0x7A):
            return end + 2
        if a == 0x73 and b == 0x74 and _boundary_or(t, end + 2, 0x41, 0x5A):
            return end + 2
    elif last == 0x32:
        if a == 0x4E and b == 0x44 and _boundary_or(t, end + 2, 0x61, 0x7A):
            return end + 2
        if a == 0x6E and b == 0x64 and _boundary_or(t, end + 2, 0x41, 0x5A):
            return end + 2
    elif last == 0x33:
        if a == 0x52 and b == 0x44 and _boundary_or(t, end + 2, 0x61, 0x7A):
            return end + 2
        if a == 0x72 and b == 0x64 and _boundary_or(t, end + 2, 0x41, 0x5A):
            return end + 2
    else:
        if a == 0x54 and b == 0x48 and _boundary_or(t, end + 2, 0x61, 0x7A):
            return end + 2
        if a == 0x74 and b == 0x68 and _boundary_or(t, end + 2, 0x41, 0x5A):
            return end + 2
    return end


cdef Py_ssize_t _surrogate_pair(_Text* t, Py_ssize_t at) noexcept:
    """Length of the regional-indicator pair (4) or surrogate pair (2) at ``at``, or 0."""
    cdef Py_UCS4 a, b
    if at + 1 >= t.n:
        return 0
    a = _at(t, at)
    b = _at(t, at + 1)
    if not (0xD800 <= a <= 0xDBFF and 0xDC00 <= b <= 0xDFFF):
        return 0
    if at + 3 < t.n and a == 0xD83C and 0xDDE6 <= b <= 0xDDFF \
            and _at(t, at + 2) == 0xD83C and 0xDDE6 <= _at(t, at + 3) <= 0xDDFF:
        return 4
    return 2


cdef inline bint _is_combining(Py_UCS4 c) noexcept:
    return (0x0300 <= c <= 0x036F or 0xFE20 <= c <= 0xFE2F or 0x20D0 <= c <= 0x20FF
            or 0x1AB0 <= c <= 0x1AFF or 0x1DC0 <= c <= 0x1DFF)


cdef Py_ssize_t _emoji_tail(_Text* t, Py_ssize_t at) noexcept:
    cdef Py_UCS4 c
    cdef Py_ssize_t size
    while True:
        if at < t.n:
            c = _at(t, at)
            if c == 0xFE0E or c == 0xFE0F:
                at += 1
        if at < t.n:
            c = _at(t, at)
            if _is_combining(c):
                at += 1
            elif c == 0xD83C and at + 1 < t.n and 0xDFFB <= _at(t, at + 1) <= 0xDFFF:
                at += 2
        if at + 1 < t.n and _at(t, at) == 0x200D:
            c = _at(t, at + 1)
            if not (0xD800 <= c <= 0xDFFF):
                at += 2
                continue
            size = _surrogate_pair(t, at + 1)
            if size:
                at += 1 + size
                continue
        return at


cdef struct _Bounds:
    # word boundaries (start, end): the local buffer first, then the heap
    Py_ssize_t* items
    Py_ssize_t size
    Py_ssize_t capacity
    Py_ssize_t local[64]


cdef inline void _bounds_init(_Bounds* b) noexcept:
    b.items = b.local
    b.size = 0
    b.capacity = 64


cdef inline void _bounds_free(_Bounds* b) noexcept:
    if b.items != b.local:
        free(b.items)
    b.items = b.local


cdef int _bounds_add(_Bounds* b, Py_ssize_t start, Py_ssize_t end) except -1:
    cdef Py_ssize_t* grown
    cdef Py_ssize_t i
    if b.size + 2 > b.capacity:
        if b.items == b.local:
            grown = <Py_ssize_t*>realloc(NULL, b.capacity * 2 * sizeof(Py_ssize_t))
            if grown != NULL:
                for i in range(b.size):
                    grown[i] = b.local[i]
        else:
            grown = <Py_ssize_t*>realloc(b.items, b.capacity * 2 * sizeof(Py_ssize_t))
        if grown == NULL:
            raise MemoryError()
        b.items = grown
        b.capacity *= 2
    b.items[b.size] = start
    b.items[b.size + 1] = end
    b.size += 2
    return 0


cdef int _scan(str text, _Bounds* out) except -1:
    """Word boundaries of ``text`` into ``out`` (the specification's ``_scan``)."""
    cdef _Text t
    cdef Py_ssize_t i = 0, end, size
    cdef int c
    cdef size_t ticks = 0
    t.kind = PyUnicode_KIND(text)
    t.data = PyUnicode_DATA(text)
    t.n = PyUnicode_GET_LENGTH(text)
    while i < t.n:
        c = _cls(&t, i)
        if c == W_UPPER or c == W_LOWER or c == W_MISC:
            end = _letter_word(&t, i)
        elif c == W_DIGIT:
            end = _digit_word(&t, i)
        elif c == W_DINGBAT:
            end = _emoji_tail(&t, i + 1)
        elif c == W_HIGH and _surrogate_pair(&t, i):
            end = _emoji_tail(&t, i + _surrogate_pair(&t, i))
        else:
            i += 1
            continue
        _bounds_add(out, i, end)
        _poll(&ticks)
        i = end
    return 0


def split_words(text):
    """The words of ``text`` (pydash's default ``words``)."""
    if not isinstance(text, str):
        raise _arg_error("split_words", "text", "str", text)
    if type(text) is not str:
        text = text[:]  # a subclass: its exact str copy
    cdef _Bounds bounds
    cdef Py_ssize_t i, count
    cdef list out
    _bounds_init(&bounds)
    try:
        _scan(text, &bounds)
        count = bounds.size // 2
        out = PyList_New(count)
        for i in range(count):
            item = PyUnicode_Substring(text, bounds.items[2 * i], bounds.items[2 * i + 1])
            Py_INCREF(<PyObject*>item)
            PyList_SET_ITEM(out, i, <PyObject*>item)
        return out
    finally:
        _bounds_free(&bounds)


_DEBURRED = tuple([_DEBURR_TABLE[code] for code in range(0xC0, 0x100)])


cdef str _deburr(str text):
    """``text.translate(DEBURR_TABLE)``: only the Latin-1 letters are looked up."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text), i, last = 0
    cdef Py_UCS4 c
    cdef list pieces = None
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if 0xC0 <= c <= 0xFF:
            if pieces is None:
                pieces = []
            pieces.append(PyUnicode_Substring(text, last, i))
            pieces.append(_DEBURRED[<Py_ssize_t>c - 0xC0])
            last = i + 1
    if pieces is None:
        return text
    pieces.append(PyUnicode_Substring(text, last, n))
    return "".join(pieces)


cdef str _compound(str text):
    """Text as the case converters see it: apostrophes removed, Latin-1 letters deburred."""
    if "'" in text:
        text = text.replace("'", "")
    if not PyUnicode_IS_ASCII(text):
        if "\u2019" in text:
            text = text.replace("\u2019", "")
        text = _deburr(text)
    return text


cdef inline unsigned int _ascii_case(unsigned int c, bint upper) noexcept:
    if upper:
        return c - 0x20 if 0x61 <= c <= 0x7A else c
    return c + 0x20 if 0x41 <= c <= 0x5A else c


cdef str _build_ascii(str text, _Bounds* bounds, str separator, int mode):
    """The joined words of the ASCII ``text``, rewritten by ``mode``: one new str."""
    cdef Py_ssize_t count = bounds.size // 2
    cdef Py_ssize_t seplen = PyUnicode_GET_LENGTH(separator)
    cdef Py_ssize_t total = 0, w, i, j, start, end, pos = 0
    cdef Py_UCS4 maxchar = 127
    cdef unsigned int c
    cdef int okind, skind = PyUnicode_KIND(separator)
    cdef void* odata
    cdef void* sdata = PyUnicode_DATA(separator)
    cdef const unsigned char* src = <const unsigned char*>PyUnicode_DATA(text)
    cdef bint cased, joined = mode == M_CAMEL or mode == M_PASCAL
    for w in range(count):
        total += bounds.items[2 * w + 1] - bounds.items[2 * w]
    if not joined and count > 1 and seplen:
        total += seplen * (count - 1)
        if PyUnicode_MAX_CHAR_VALUE(separator) > maxchar:
            maxchar = PyUnicode_MAX_CHAR_VALUE(separator)
    out = PyUnicode_New(total, maxchar)
    okind = PyUnicode_KIND(out)
    odata = PyUnicode_DATA(out)
    for w in range(count):
        if w and not joined:
            for j in range(seplen):
                PyUnicode_WRITE(okind, odata, pos, PyUnicode_READ(skind, sdata, j))
                pos += 1
        start = bounds.items[2 * w]
        end = bounds.items[2 * w + 1]
        if mode == M_KEEP:
            for i in range(start, end):
                PyUnicode_WRITE(okind, odata, pos, src[i])
                pos += 1
        elif mode == M_LOWER or mode == M_UPPER:
            for i in range(start, end):
                PyUnicode_WRITE(okind, odata, pos, _ascii_case(src[i], mode == M_UPPER))
                pos += 1
        elif mode == M_UPPER_FIRST:
            PyUnicode_WRITE(okind, odata, pos, _ascii_case(src[start], True))
            pos += 1
            for i in range(start + 1, end):
                PyUnicode_WRITE(okind, odata, pos, src[i])
                pos += 1
        else:  # title case: a letter after a letter is lower, else upper
            cased = False
            for i in range(start, end):
                c = src[i]
                if (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A):
                    c = _ascii_case(c, not cased)
                    cased = True
                else:
                    cased = False
                PyUnicode_WRITE(okind, odata, pos, c)
                pos += 1
    if joined and total:
        PyUnicode_WRITE(okind, odata, 0, _ascii_case(PyUnicode_READ(okind, odata, 0),
                                                     mode == M_PASCAL))
    return out


def case_words(text, separator, mode, compound):
    """The words of ``text`` rewritten by ``mode`` and joined by ``separator``."""
    if not isinstance(text, str):
        raise _arg_error("case_words", "text", "str", text)
    if not isinstance(separator, str):
        raise _arg_error("case_words", "separator", "str", separator)
    if type(text) is not str:
        text = text[:]  # a subclass: its exact str copy
    if type(separator) is not str:
        separator = separator[:]
    cdef int m = -1
    if type(mode) is int and 0 <= mode <= 5:
        m = mode
    elif mode in _MODES:
        m = int(mode)
    else:
        raise ValueError(f"case_words() argument 'mode' must be one of {_MODES}, not {mode!r}")
    cdef str s = text
    cdef _Bounds bounds
    cdef Py_ssize_t i, count
    cdef list found
    if compound:
        s = _compound(s)
    _bounds_init(&bounds)
    try:
        _scan(s, &bounds)
        if PyUnicode_IS_ASCII(s):
            return _build_ascii(s, &bounds, separator, m)
        count = bounds.size // 2
        found = [PyUnicode_Substring(s, bounds.items[2 * i], bounds.items[2 * i + 1])
                 for i in range(count)]
    finally:
        _bounds_free(&bounds)
    if m == M_KEEP:
        return separator.join(found)
    if m == M_LOWER:
        return separator.join([w.lower() for w in found])
    if m == M_UPPER:
        return separator.join([w.upper() for w in found])
    if m == M_UPPER_FIRST:
        return separator.join([w[:1].upper() + w[1:] for w in found])
    joined = "".join([w.title() for w in found])
    joined = joined[:1].lower() + joined[1:]
    if m == M_PASCAL:
        joined = joined[:1].upper() + joined[1:]
    return joined


# -- compiled twins (funcutils._speedups.compiled_twin) ------------------------------

def twin_lower_first(text):
    if type(text) is str:
        return (<str>text)[:1].lower() + (<str>text)[1:]
    return TWIN_SLOW["lower_first"](text)


def twin_upper_first(text):
    if type(text) is str:
        return (<str>text)[:1].upper() + (<str>text)[1:]
    return TWIN_SLOW["upper_first"](text)
