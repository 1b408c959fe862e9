"""``bench_api.py`` cases of :mod:`funcutils.arrays`: every function pydash also has.

``small``: a few calls on 0-10 items, one of them an edge case (empty, a str,
a tuple, one item); ``large``: one call on 10,000 items. Calls that mutate
their input use ``fresh`` (the input is deep-copied before each call, for every
contender alike). At 10,000 items that copy would dominate the time, so the
large in-place calls that give the same answer when repeated (``fill``,
``sort``, ``pull*``, ``remove``) run on their own list with ``call``: after the
first call every contender repeats the same work on the same list. ``push`` and
``pop`` have no large case: they take the same time at any size.
"""

from __future__ import annotations

import random

from api_cases import call, case, fresh

_r = random.Random(11)
N = 10_000
INTS = [_r.randrange(N) for _ in range(N)]
SORTED = sorted(INTS)
OTHER = [_r.randrange(N) for _ in range(N)]
#: The second input of the set operations: pydash compares each item with each of
#: these (10,000 x 10,000 takes pydash 46 s per difference call).
FEW = OTHER[:100]
#: The first input where pydash is quadratic in it (difference, intersection,
#: xor, duplicates, pull_all_by): 1,000 items keep one pydash call under 0.2 s.
QUAD = INTS[:1000]
QUAD_FLOATS = [(i * 7919 % 1000) / 10 for i in range(1000)]
FEW_FLOATS = [x + 0.1 for x in range(0, 100, 3)]
NESTED = [[i, [i + 1, (i + 2,)]] for i in range(N // 3)]
PAIRS = [(f"k{i}", i) for i in range(N)]
KEYS = [f"k{i}" for i in range(N)]
ROWS = [{"x": i % 100, "y": i} for i in range(N)]
FLOATS = [_r.random() * 100 for _ in range(N)]
GROUPS = [[i, i + 1, i + 2] for i in range(N)]
SMALL = [1, 2, 3, 4, 5]
ROWS5 = [{"x": 1}, {"x": 2}, {"x": 1}]


def _even(x: int) -> bool:
    return x % 2 == 0


def _small(x: int) -> bool:
    return x < 3


def _big(x: int) -> bool:
    return x > 2


def _add(a: int, b: int) -> int:
    return a + b


def _eq(a: object, b: object) -> bool:
    return a == b


def _pair(x: int) -> list[int]:
    return [x, x]


def _cmp(a: int, b: int) -> int:
    return a - b


CASES = {
    # ------------------------------------------------------------ flatten family
    "flatten": case(call([[1, 2], [3, [4]], 5]), call([]), call(["ab", (1,)]),
                    large=call(NESTED)),
    "flatten_deep": case(call([1, [2, [3, [4]]]]), call([]), call(("a", [b"b"])),
                         large=call(NESTED)),
    "flatten_depth": case(call([1, [2, [3, [4]]]], 2), call([], 3), large=call(NESTED, 2)),
    "compact": case(call([0, 1, None, 2, "", 3]), call([]), large=call(INTS)),
    # ------------------------------------------------------------ slicing and picking
    "head": case(call(SMALL), call([]), call("abc"), large=call(INTS)),
    "last": case(call(SMALL), call([]), call((1, 2)), large=call(INTS)),
    "nth": case(call(SMALL, 2), call(SMALL, -1), call([], 0), large=call(INTS, 5000)),
    "initial": case(call(SMALL), call([]), call("abc"), large=call(INTS)),
    "tail": case(call(SMALL), call([]), call((1, 2)), large=call(INTS)),
    "take": case(call(SMALL, 2), call([], 1), call(SMALL, 10), large=call(INTS, 5000)),
    "take_right": case(call(SMALL, 2), call([], 1), call("abc", 2), large=call(INTS, 5000)),
    "take_while": case(call(SMALL, _small), call([], _small), large=call(SORTED, lambda x: x < N // 2)),
    "take_right_while": case(call(SMALL, _big), call([], _big),
                             large=call(SORTED, lambda x: x > N // 2)),
    "drop": case(call(SMALL, 2), call([], 1), call(SMALL, 10), large=call(INTS, 5000)),
    "drop_right": case(call(SMALL, 2), call([], 1), call("abc", 2), large=call(INTS, 5000)),
    "drop_while": case(call(SMALL, _small), call([], _small), large=call(SORTED, lambda x: x < N // 2)),
    "drop_right_while": case(call(SMALL, _big), call([], _big),
                             large=call(SORTED, lambda x: x > N // 2)),
    "slice_": case(call(SMALL, 1, 3), call(SMALL, 2), call([], 0, 1), call("abc", 1),
                   large=call(INTS, 100, 9000)),
    "split_at": case(call(SMALL, 2), call([], 1), call("abc", 1), large=call(INTS, 5000)),
    "chunk": case(call(SMALL, 2), call([], 2), call("abcde", 2), large=call(INTS, 3)),
    # ------------------------------------------------------------ searching
    "index_of": case(call(SMALL, 3), call(SMALL, 9), call([], 1), call(SMALL, 1, 2),
                     large=call(INTS, -1)),
    "last_index_of": case(call(SMALL, 3), call(SMALL, 9), call([], 1), call(SMALL, 1, 2),
                          large=call(INTS, -1)),
    "find_index": case(call(SMALL, _big), call([], _big), call(ROWS5, {"x": 2}),
                       large=call(INTS, lambda x: x < 0)),
    "find_last_index": case(call(SMALL, _small), call([], _small), call(ROWS5, "x"),
                            large=call(INTS, lambda x: x < 0)),
    "sorted_index": case(call(SMALL, 3), call([], 1), call(SMALL, 9), large=call(SORTED, 5000)),
    "sorted_last_index": case(call(SMALL, 3), call([], 1), call(SMALL, 9),
                              large=call(SORTED, 5000)),
    "sorted_index_of": case(call(SMALL, 3), call([], 1), call(SMALL, 9),
                            large=call(SORTED, 5000)),
    "sorted_last_index_of": case(call(SMALL, 3), call([1], 1), call(SMALL, 9),
                                 large=call(SORTED, 5000)),
    "sorted_index_by": case(call([{"x": 1}, {"x": 3}], {"x": 2}, "x"), call(SMALL, 3),
                            large=call(ROWS, {"x": 50}, "x")),
    "sorted_last_index_by": case(call([{"x": 1}, {"x": 3}], {"x": 2}, "x"), call(SMALL, 3),
                                 large=call(ROWS, {"x": 50}, "x")),
    # ------------------------------------------------------------ set operations
    "difference": case(call(SMALL, [2, 3]), call([], [1]), call(SMALL, []),
                       large=call(QUAD, FEW)),
    "difference_by": case(call([1.2, 2.5, 3.1], [2.4], round), call([], [1], round),
                          large=call(QUAD_FLOATS, FEW_FLOATS, round)),
    "difference_with": case(call(SMALL, [2, 3], _eq), call([], [1], _eq),
                            large=call(INTS[:300], OTHER[:300], _eq)),
    "intersection": case(call(SMALL, [2, 3, 9]), call([], [1]), call(SMALL, [5, 1], [1]),
                         large=call(QUAD, FEW)),
    "intersection_by": case(call([1.2, 2.5, 3.1], [2.4], round), call([], [1], round),
                            large=call(FLOATS, FEW_FLOATS, round)),
    "intersection_with": case(call(SMALL, [2, 3], _eq), call([], [1], _eq),
                              large=call(INTS[:300], OTHER[:300], _eq)),
    "union": case(call(SMALL, [5, 6]), call([], []), call([1], [1], [2]),
                  large=call(INTS, OTHER)),
    "union_by": case(call([1.2, 2.5], [2.4, 3.1], round), call([], [], round),
                     large=call(FLOATS, FLOATS, round)),
    "union_with": case(call(SMALL, [5, 6], _eq), call([], [1], _eq),
                       large=call(INTS[:300], OTHER[:300], _eq)),
    "uniq": case(call([1, 2, 1, 3, 2]), call([]), call("abca"), large=call(INTS)),
    "uniq_by": case(call([1.2, 1.4, 2.1], round), call([], round), large=call(FLOATS, round)),
    "uniq_with": case(call([1, 2, 1, 3], _eq), call([], _eq), large=call(INTS[:300], _eq)),
    "sorted_uniq": case(call([3, 1, 3, 2]), call([]), large=call(INTS)),
    "sorted_uniq_by": case(call([2.1, 1.2, 2.3], round), call([], round),
                           large=call(FLOATS, round)),
    "xor": case(call([1, 2], [2, 3]), call([], [1]), call([1, 2], [2, 3], [3, 4]),
                large=call(QUAD, FEW)),
    "xor_by": case(call([2.1, 1.2], [4.3, 2.4], round), call([], [1], round),
                   large=call(QUAD_FLOATS, FEW_FLOATS, round)),
    "xor_with": case(call([1, 2], [2, 3], _eq), call([], [1], _eq),
                     large=call(INTS[:200], OTHER[:200], _eq)),
    "without": case(call(SMALL, 2, 3), call([], 1), call(SMALL), large=call(INTS, 1, 2, 3)),
    "duplicates": case(call([1, 2, 1, 3, 2]), call([]), call([1.2, 1.4, 2.1], round),
                       large=call(QUAD)),
    # ------------------------------------------------------------ combining
    "concat": case(call([1], [2, 3]), call(), call([1], 2, [[3]]), large=call(INTS, OTHER)),
    "interleave": case(call([1, 2, 3], [4], [5, 6]), call(), call([1], []),
                       large=call(INTS, OTHER)),
    "intersperse": case(call([1, 2, 3], 0), call([], 0), large=call(INTS, 0)),
    "intercalate": case(call([[1, 2], [3]], 0), call([], 0), large=call(GROUPS, 0)),
    "mapcat": case(call(SMALL, _pair), call([], _pair), large=call(INTS, _pair)),
    "zip_": case(call([1, 2], ["a", "b"]), call(), call([1, 2, 3], [4]),
                 large=call(INTS, OTHER)),
    "zip_with": case(call([1, 2], [3, 4], _add), call([1, 2], [3, 4]), call([], [], _add),
                     large=call(INTS, OTHER, _add)),
    "unzip": case(call([[1, "a"], [2, "b"]]), call([]), large=call(GROUPS)),
    "unzip_with": case(call([[1, 2], [3, 4]], _add), call([]), call([[1, 2]]),
                       large=call(GROUPS, _add)),
    "from_pairs": case(call([["a", 1], ["b", 2]]), call([]), call([("a", 1), ("a", 2)]),
                       large=call(PAIRS)),
    "zip_object": case(call(["a", "b"], [1, 2]), call([["a", 1], ["b", 2]]), call([], []),
                       large=call(KEYS, INTS)),
    "zip_object_deep": case(call(["a.b", "a.c"], [1, 2]), call([], []),
                            large=call(KEYS[:2000], INTS[:2000])),
    # ------------------------------------------------------------ in-place mutators
    "fill": case(fresh([1, 2, 3, 4, 5], 0, 1, 3), fresh([], 0), large=call(list(INTS), 0, 10, 9000)),
    "pop": case(fresh([1, 2, 3]), fresh([1, 2, 3], 0)),
    "push": case(fresh([1, 2], 3), fresh([])),
    "shift": case(fresh([1, 2, 3]), fresh([1]), large=fresh(INTS)),
    "unshift": case(fresh([1, 2], 0), fresh([]), large=fresh(INTS, 1, 2)),
    "reverse": case(call(SMALL), call([]), call("abc"), large=call(INTS)),
    "sort": case(fresh([3, 1, 2]), fresh([]), fresh([3, 1, 2], None, None, True), fresh([3, 1, 2], _cmp),
                 large=call(list(INTS))),
    "splice": case(fresh([1, 2, 3, 4], 1, 2, "x"), fresh([], 0), fresh("abc", 1, 1, "X"),
                   large=fresh(INTS, 100, 5000, 1)),
    "pull": case(fresh([1, 2, 3, 2], 2), fresh([], 1), large=call(list(INTS), 1, 2, 3)),
    "pull_all": case(fresh([1, 2, 3, 2], [2, 3]), fresh([], [1]), large=call(list(INTS), OTHER[:100])),
    "pull_all_by": case(fresh([1.2, 2.6, 1.4], [1.0], round), fresh([], [1], round),
                        large=call(list(QUAD_FLOATS), FEW_FLOATS, round)),
    "pull_all_with": case(fresh([1, 2, 3, 2], [2], _eq), fresh([], [1], _eq),
                          large=call(INTS[:300], OTHER[:30], _eq)),
    "pull_at": case(fresh([1, 2, 3, 4], 0, 2), fresh([], 0), large=fresh(INTS, 1, 50, 900)),
    "remove": case(fresh([1, 2, 3, 4], _even), fresh([], _even), large=call(list(INTS), _even)),
}
