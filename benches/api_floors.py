"""The work a 10,000-item call cannot avoid, done by CPython's own C routines.

``bench_api.py``'s large cases ask each function for one answer on about 10,000
items. For many of them the answer *is* one built-in operation: ``to_lower`` is
``str.lower``, ``uniq`` is ``dict.fromkeys``, ``sort`` is ``list.sort``,
``reduce_`` is the user's callback called 10,000 times. No implementation can
be faster than that operation, so ``pydash time / floor time`` is the largest
speed-up over pydash that any implementation can reach on that case: its
*ceiling*. ``api_interleaved.py --size large --floors`` times each floor beside
pydash and funcutils and prints the ceilings and the best median any
implementation could reach.

Each entry takes the large case's own arguments (a factory's, for a ``then``
case) and does only the work the answer needs, with C-level routes
(``map``, ``filter``, ``itertools``, ``operator``, str/list/dict methods) so that
no Python-level loop inflates it. Two kinds:

* ``EXACT``: the floor returns the answer itself (``tests/test_bench_api.py``
  checks it against pydash's), so it is an implementation without checks;
* the others do *less* than the answer needs (a set where the answer is a
  list, no de-duplication after the iteratee, no presence check before an
  insert, ...): a lower bound.

Where funcutils' compiled loop is faster than the floor (a C loop can beat
``map`` or ``filter``), the report counts funcutils' time as the fastest known
route instead; a lambda floor under 2 µs is call-bound and left out.

Cases whose work does not grow with the input (``head``, ``sorted_index``,
``trim`` of two spaces...) cost at 10,000 items what a small call costs. Their
floor is a C callable called with the case's own arguments (``itemgetter(0)``,
``bisect_left``, ``str.strip``), so it is the call and its work and nothing
more. Where no such callable exists (``every`` stopping at the second item,
``quote``) the floor is an :class:`api_cases.Inline` expression, written into
the timing code with no call around it: cheaper than any implementation can
be (each pays at least a call), so its ceiling is an upper bound too.
Functions without a floor count as having no ceiling.
"""

from __future__ import annotations

import html
import math
import operator
import random
import re
from bisect import bisect_left, bisect_right
from collections import deque
from functools import reduce
from itertools import chain, compress, filterfalse, islice, repeat, takewhile
from operator import itemgetter
from typing import Any, Callable

from api_cases import Inline

__all__ = ["EXACT", "FLOORS"]


def _consume(iterator: Any) -> None:
    deque(iterator, maxlen=0)


def _splice(xs: list[Any], start: int, count: int, *items: Any) -> list[Any]:
    removed = xs[start:start + count]
    xs[start:start + count] = items
    return removed


def _pull_at(xs: list[Any], *indexes: int) -> list[Any]:
    for i in sorted(indexes, reverse=True):
        del xs[i]
    return xs


def _chunks_left(text: str, size: int) -> list[str]:
    return re.findall(".{1,%d}" % size, text, re.S)


def _chunks_right(text: str, size: int) -> list[str]:
    head = len(text) % size
    return ([text[:head]] if head else []) + re.findall(".{%d}" % size, text[head:], re.S)


def _truncate(text: str, length: int, separator: re.Pattern[str]) -> str:
    cut = text[:length - 3]
    last = deque(separator.finditer(cut), maxlen=1)
    return (cut[:last[0].start()] if last else cut) + "..."


def _chunk(xs: list[Any], size: int) -> list[list[Any]]:
    out = list(map(list, zip(*[iter(xs)] * size)))
    rest = len(xs) % size
    if rest:
        out.append(xs[len(xs) - rest:])
    return out


def _find(records: list[dict[str, Any]], where: dict[str, Any]) -> Any:
    (key, value), = where.items()
    return records[operator.indexOf(map(itemgetter(key), records), value)]


def _find_last(records: list[dict[str, Any]], where: dict[str, Any]) -> Any:
    (key, value), = where.items()
    return records[-1 - operator.indexOf(map(itemgetter(key), reversed(records)), value)]


def _scale(xs: list[float], maximum: float) -> list[float]:
    return list(map(operator.mul, xs, repeat(maximum / max(xs))))


def _rounder(func: Callable[[float], Any]) -> Callable[[list[float], int], list[float]]:
    def floor(xs: list[float], precision: int) -> list[float]:
        scale = pow(10, precision)
        return list(map(operator.truediv, map(func, map(operator.mul, xs, repeat(scale))), repeat(scale)))

    return floor


def _is_match(obj: dict[str, Any], source: dict[str, Any]) -> bool:
    return source.items() <= obj.items()


def _order_by(records: list[dict[str, Any]], keys: list[str]) -> list[dict[str, Any]]:
    out = list(records)
    for key in reversed(keys):
        if key.startswith("-"):
            out.sort(key=itemgetter(key[1:]), reverse=True)
        else:
            out.sort(key=itemgetter(key))
    return out


def _intersperse(xs: list[Any], sep: Any) -> list[Any]:
    out = [sep] * (2 * len(xs) - 1)
    out[::2] = xs
    return out


def _times(n: int, func: Callable[[int], Any]) -> list[Any]:
    return list(map(func, range(n)))


def _take_right_while(xs: list[Any], pred: Callable[[Any], Any]) -> list[Any]:
    out = list(takewhile(pred, reversed(xs)))
    out.reverse()
    return out


def _drop_right_while(xs: list[Any], pred: Callable[[Any], Any]) -> list[Any]:
    kept = len(xs) - sum(1 for _ in takewhile(pred, reversed(xs)))
    return xs[:kept]


def _disjoin_then(*funcs: Callable[[Any], Any]) -> Callable[[list[Any]], bool]:
    return lambda xs: any(any(map(f, xs)) for f in funcs)


def _spread_then(func: Callable[..., Any]) -> Callable[[list[Any]], Any]:
    return lambda args: func(*args)


def _for_each(xs: list[Any], func: Callable[[Any], Any]) -> list[Any]:
    _consume(map(func, xs))
    return xs


def _for_each_right(xs: list[Any], func: Callable[[Any], Any]) -> list[Any]:
    _consume(map(func, reversed(xs)))
    return xs


def _for_in(obj: dict[Any, Any], func: Callable[[Any], Any]) -> dict[Any, Any]:
    _consume(map(func, obj.values()))
    return obj


def _for_in_right(obj: dict[Any, Any], func: Callable[[Any], Any]) -> dict[Any, Any]:
    _consume(map(func, reversed(obj.values())))
    return obj


def _transform(xs: list[Any], func: Callable[[Any, Any], Any]) -> list[Any]:
    acc: list[Any] = []
    _consume(map(func, repeat(acc), xs))
    return acc


def _find_key(obj: dict[Any, Any], pred: Callable[[Any], Any]) -> Any:
    keys = list(obj)
    return keys[operator.indexOf(map(bool, map(pred, obj.values())), True)]


def _find_last_key(obj: dict[Any, Any], pred: Callable[[Any], Any]) -> Any:
    keys = list(obj)
    return keys[-1 - operator.indexOf(map(bool, map(pred, reversed(obj.values()))), True)]


def _omit_by(obj: dict[Any, Any], pred: Callable[[Any], Any]) -> dict[Any, Any]:
    return dict(compress(obj.items(), map(operator.not_, map(pred, obj.values()))))


def _monotone(op: Callable[[Any, Any], Any]) -> Callable[[list[Any]], bool]:
    return lambda xs: all(map(op, xs, islice(xs, 1, None)))


def _is_monotone(xs: list[Any], op: Callable[[Any, Any], Any]) -> bool:
    return all(map(op, xs, islice(xs, 1, None)))


def _unzip_with(rows: list[list[Any]], func: Callable[[Any, Any], Any]) -> list[Any]:
    return [reduce(func, column) for column in zip(*rows)]


def _rename_keys(obj: dict[Any, Any], names: dict[Any, Any]) -> dict[Any, Any]:
    return dict(zip(map(names.get, obj, obj), obj.values()))


def _map_keys(obj: dict[Any, Any], func: Callable[[Any, Any], Any]) -> dict[Any, Any]:
    return dict(zip(map(func, obj.values(), obj), obj.values()))


def _pull(xs: list[Any], *values: Any) -> list[Any]:
    xs[:] = filterfalse(frozenset(values).__contains__, xs)
    return xs


def _fill(xs: list[Any], value: Any, start: int, end: int) -> list[Any]:
    xs[start:end] = repeat(value, end - start)
    return xs


def _index_of(xs: list[Any], value: Any) -> int:
    return xs.index(value) if value in xs else -1


def _last_index_of(xs: list[Any], value: Any) -> int:
    return len(xs) - 1 - xs[::-1].index(value) if value in xs else -1


def _uniq_with(xs: list[Any], cmp: Callable[[Any, Any], Any]) -> list[Any]:
    # Each item against the kept ones, in C (map/any); the loop over items is
    # a few hundred steps beside tens of thousands of comparator calls.
    kept: list[Any] = []
    for x in xs:
        if not any(map(cmp, repeat(x), kept)):
            kept.append(x)
    return kept


def _difference_with(xs: list[Any], other: list[Any], cmp: Callable[[Any, Any], Any]) -> list[Any]:
    return [x for x in xs if not any(map(cmp, repeat(x), other))]


def _median(xs: list[Any]) -> Any:
    ordered = sorted(xs)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def _clone_with(obj: dict[Any, Any], customizer: Callable[[Any, Any], Any]) -> dict[Any, Any]:
    _consume(map(customizer, obj.values(), obj))
    return obj.copy()


#: Function name -> the floor of its large case (same arguments).
FLOORS: dict[str, Callable[..., Any]] = {
    # arrays
    "head": itemgetter(0),
    "last": itemgetter(-1),
    "sorted_index": bisect_left,
    "sorted_last_index": bisect_right,
    "sorted_index_of": bisect_left,
    "sorted_last_index_of": bisect_right,
    "shift": lambda xs: xs.pop(0),
    "pull_at": _pull_at,
    "split_at": lambda xs, i: [xs[:i], xs[i:]],
    "zip_object": lambda keys, values: dict(zip(keys, values)),
    "splice": _splice,
    "from_pairs": dict,
    "unshift": lambda xs, *items: (xs.__setitem__(slice(0, 0), items), xs)[1],
    "index_of": _index_of,
    "last_index_of": _last_index_of,
    "reverse": lambda xs: xs[::-1],
    "tail": lambda xs: xs[1:],
    "initial": lambda xs: xs[:-1],
    "zip_": lambda *lists: list(zip(*lists)),
    "unzip": lambda rows: list(zip(*rows)),
    "unzip_with": _unzip_with,
    "sort": lambda xs: (xs.sort(), xs)[1],
    "slice_": lambda xs, start, end: xs[start:end],
    "fill": _fill,
    "sorted_uniq": lambda xs: sorted(set(xs)),
    "sorted_uniq_by": lambda xs, f: dict.fromkeys(map(f, xs)),
    "uniq": set,
    "uniq_by": lambda xs, f: dict.fromkeys(map(f, xs)),
    "union": lambda *lists: set(chain(*lists)),
    "union_by": lambda a, b, f: dict.fromkeys(map(f, chain(a, b))),
    "intersection_by": lambda a, b, f: list(compress(a, map(set(map(f, b)).__contains__, map(f, a)))),
    "without": lambda xs, *values: list(filterfalse(frozenset(values).__contains__, xs)),
    "pull": _pull,
    "compact": lambda xs: list(filter(None, xs)),
    "interleave": lambda a, b: list(chain.from_iterable(zip(a, b))),
    "intersperse": _intersperse,
    "chunk": _chunk,
    "take_while": lambda xs, pred: list(takewhile(pred, xs)),
    "uniq_with": _uniq_with,
    "union_with": lambda a, b, cmp: _uniq_with(a + b, cmp),
    "difference_with": _difference_with,
    "take_right_while": _take_right_while,
    "drop_right_while": _drop_right_while,
    # collections
    "size": len,
    "includes": lambda xs, value: value in xs,
    "sample_size": lambda xs, n: random.sample(xs, n),
    "shuffle": lambda xs: random.sample(xs, len(xs)),
    "to_list": lambda obj: list(obj.values()),
    "find": _find,
    "find_last": _find_last,
    "for_each": _for_each,
    "for_each_right": _for_each_right,
    "reduce_": lambda xs, func, acc: reduce(func, xs, acc),
    "reduce_right": lambda xs, func, acc: reduce(func, reversed(xs), acc),
    "order_by": _order_by,
    "every": Inline("all(map({1}, {0}))"),
    "some": Inline("any(map({1}, {0}))"),
    "sample": Inline("{0}[getrandbits(13)]", {"getrandbits": random.getrandbits}),
    "sort_by": lambda xs, key: sorted(xs, key=itemgetter(key)),
    # functions
    "spread": _spread_then,
    "disjoin": _disjoin_then,
    # objects
    "clone": lambda obj: obj.copy(),
    "clone_with": _clone_with,
    "assign": lambda obj, source: (obj.update(source), obj)[1],
    "defaults": lambda obj, source: (obj.update(source), obj)[1],
    "invert": lambda obj: dict.fromkeys(obj.values()),
    "rename_keys": _rename_keys,
    "to_pairs": lambda obj: list(obj.items()),
    "callables": lambda obj: list(compress(obj, map(callable, obj.values()))),
    "at": lambda xs, *paths: list(map(xs.__getitem__, paths)),
    "keys": list,
    "values": lambda obj: list(obj.values()),
    "transform": _transform,
    "for_in": _for_in,
    "for_in_right": _for_in_right,
    "find_key": _find_key,
    "find_last_key": _find_last_key,
    "map_values": lambda obj, func: dict(zip(obj, map(func, obj.values()))),
    "map_keys": _map_keys,
    "omit_by": _omit_by,
    # predicates
    "is_equal": operator.eq,
    "is_strictly_increasing": _monotone(operator.lt),
    "is_strictly_decreasing": _monotone(operator.gt),
    "is_increasing": _monotone(operator.le),
    "is_decreasing": _monotone(operator.ge),
    "is_monotone": _is_monotone,
    "is_match": _is_match,
    # numerical
    "scale": _scale,
    "round_": _rounder(round),
    "power": lambda xs, n: list(map(pow, xs, repeat(n))),
    "ceil": _rounder(math.ceil),
    "floor": _rounder(math.floor),
    "max_": max,
    "median": _median,
    "min_": min,
    # strings
    "escape_reg_exp": re.escape,
    "lines": lambda text: text.splitlines(),
    "unescape": html.unescape,
    "swap_case": lambda text: text.swapcase(),
    "to_lower": lambda text: text.lower(),
    "to_upper": lambda text: text.upper(),
    "truncate": _truncate,
    "split": lambda text: text.split(),
    "has_substr": lambda text, sub: sub in text,
    "reg_exp_replace": lambda text, pattern, repl: re.sub(pattern, repl, text),
    "reg_exp_js_match": lambda text, pattern: re.findall(pattern[1:-2], text),
    "reg_exp_js_replace": Inline("{0}.replace({1}[1:-2], {2})"),
    "substr_left": lambda text, sub: text.partition(sub)[0],
    "substr_left_end": str.rpartition,
    "substr_right": str.partition,
    "substr_right_end": str.rpartition,
    "count_substr": lambda text, sub: text.count(sub),
    "chars": list,
    "chop": _chunks_left,
    "chop_right": _chunks_right,
    "capitalize": lambda text: text.capitalize(),
    "title_case": lambda text: " ".join(map(str.capitalize, text.split(" "))),
    "upper_first": Inline("{0}[:1].upper() + {0}[1:]"),
    "lower_first": Inline("{0}[:1].lower() + {0}[1:]"),
    "decapitalize": Inline("{0}[:1].lower() + {0}[1:]"),
    "surround": operator.add,
    "quote": Inline("'\"' + {0} + '\"'"),
    "unquote": Inline("{0}[1:-1]"),
    "ensure_starts_with": operator.add,
    "ensure_ends_with": operator.add,
    "starts_with": str.startswith,
    "ends_with": str.endswith,
    "replace_start": Inline("{2} + {0}[len({1}):] if {0}.startswith({1}) else {0}"),
    "replace_end": Inline("{0}[:-len({1})] + {2} if {0}.endswith({1}) else {0}"),
    "trim": str.strip,
    "trim_start": str.lstrip,
    "trim_end": str.rstrip,
    "pad_start": str.rjust,
    "pad_end": str.ljust,
    "pad": str.center,
    "clean": lambda text: " ".join(text.split()),
    "insert_substr": Inline("{0}[:{1}] + {2} + {0}[{1}:]"),
    "repeat": operator.mul,
    "strip_tags": lambda text: re.sub(r"<[^>]*?>", "", text),
    # utilities
    "times": _times,
    "range_": range,
    "range_right": Inline("range({1} - 1, {0} - 1, -1)"),
    "tap": Inline("{1}({0})"),
}

#: The floors that return the answer itself (checked against pydash's answer).
EXACT = frozenset(FLOORS) - {
    # the C call alone: one side of surround, ensure_starts_with's copy, the
    # partition tuple, the bisection without its check, a range for the generator
    "surround", "ensure_starts_with", "substr_left_end", "substr_right", "substr_right_end",
    "sorted_index_of", "sorted_last_index_of", "range_", "range_right",
    "tap",  # the interceptor's call, not the value returned
    "clone_with",  # the customizer's calls and a copy, not the clone's checks
    "uniq", "union", "invert",  # a set of the items (keys), no list (dict) of them
    "sorted_uniq_by", "uniq_by", "union_by", "intersection_by",  # no de-duplication by key
    "defaults",  # no presence check
    "shuffle", "sample_size", "sample",  # random (sample: an index under 8192)
}
