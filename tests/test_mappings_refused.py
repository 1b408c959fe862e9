"""Array helpers that work by position refuse a mapping with one ``TypeError``.

From Python 3.12 on, slices are hashable, so ``d[:] = items`` on a dict adds a
``slice`` key instead of raising: without the check, ``pull(d, 1)`` silently
wrote into the dict. Every case here must raise and leave the dict unchanged,
on every Python and in both implementations.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

import funcutils as _

CALLS: dict[str, Callable[[Any], Any]] = {
    "pull": lambda d: _.pull(d, 1),
    "pull_all": lambda d: _.pull_all(d, [1]),
    "pull_all_by": lambda d: _.pull_all_by(d, [1], str),
    "pull_all_with": lambda d: _.pull_all_with(d, [1], lambda a, b: a == b),
    "pull_at": lambda d: _.pull_at(d, 0),
    "remove": lambda d: _.remove(d, lambda x: True),
    "unshift": lambda d: _.unshift(d, 0),
    "fill": lambda d: _.fill(d, 0),
    "splice": lambda d: _.splice(d, 0, 1),
    "reverse": lambda d: _.reverse(d),
    "chunk": lambda d: _.chunk(d, 1),
    "initial": lambda d: _.initial(d),
    "tail": lambda d: _.tail(d),
    "slice_": lambda d: _.slice_(d, 0, 1),
    "split_at": lambda d: _.split_at(d, 1),
    "drop": lambda d: _.drop(d, 1),
    "take": lambda d: _.take(d, 1),
    "drop_right": lambda d: _.drop_right(d, 1),
    "take_right": lambda d: _.take_right(d, 1),
    "drop_right_while": lambda d: _.drop_right_while(d, lambda x: True),
    "take_right_while": lambda d: _.take_right_while(d, lambda x: True),
    "last_index_of": lambda d: _.last_index_of(d, 1),
    "sorted_index": lambda d: _.sorted_index(d, 1),
    "sorted_index_of": lambda d: _.sorted_index_of(d, 1),
    "sorted_last_index": lambda d: _.sorted_last_index(d, 1),
    "sorted_last_index_of": lambda d: _.sorted_last_index_of(d, 1),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_mapping_is_refused_and_left_unchanged(name: str) -> None:
    d = {0: 1, 1: 2, "a": 3}
    with pytest.raises(TypeError, match=rf"^{name}\(\) argument 'array' must be a sequence, not dict$"):
        CALLS[name](d)
    assert d == {0: 1, 1: 2, "a": 3}


def test_order_by_refuses_a_mapping_of_orders() -> None:
    with pytest.raises(TypeError, match=r"^order_by\(\) argument 'orders'"):
        _.order_by([{"a": 1}], ["a"], {0: True})  # type: ignore[call-overload]


def test_iterating_helpers_still_accept_a_mapping() -> None:
    # pydash iterates a dict's values here: unchanged.
    d = {"a": 1, "b": 2}
    taken: Any = _.take_while(d, lambda x: True)
    dropped: Any = _.drop_while(d, lambda x: True)
    assert taken == [1, 2]
    assert dropped == []
