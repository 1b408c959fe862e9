"""Per-call cases of funcutils.chaining's names that pydash also has at top level.

``chain`` and ``py_`` return chain objects, which compare by identity: their answers are compared in ``tests/test_chaining.py``
(the chained results, against pydash's chain), not here.
"""

from __future__ import annotations

from api_cases import case, call

BIG = list(range(10_000))

CASES = {
    "chain": case(call([1, 2, 3]), call(), call(None), call({"a": 1}), large=call(BIG),
                  no_compare="returns a Chain object; chained answers are compared in test_chaining"),
    "py_": case(call([1, 2, 3]), call(), call("ab"), large=call(BIG),
                no_compare="returns a Chain object; chained answers are compared in test_chaining"),
    "tap": case(call([1, 2], len), call(None, str), call({}, len), call("", len),
                large=call(BIG, len)),
}
