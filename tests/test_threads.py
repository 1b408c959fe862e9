"""Concurrency and re-entrancy: 8 threads at once, and iterators entered twice.

Every test runs under both kernel implementations (the ``impl`` fixture).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Optional

import pytest

import funcutils

THREADS = 8


# Re-entrancy -----------------------------------------------------------------


class _ReEnter:
    """An iterator whose ``__next__`` advances the flatten iterator consuming it."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.outer: Optional[Iterator[Any]] = None
        self.errors: list[BaseException] = []

    def __iter__(self) -> _ReEnter:
        return self

    def __next__(self) -> list[list[int]]:
        self.count -= 1
        if self.count < 0:
            raise StopIteration
        assert self.outer is not None
        for _ in range(5):
            try:
                next(self.outer)
            except StopIteration:
                break
            except ValueError as exc:
                self.errors.append(exc)
                break
        return [[self.count]] * 3


def test_iterflatten_refuses_reentry_from_a_nested_iterator() -> None:
    # Regression: the compiled iterator walked its (reallocated) frame stack
    # after a nested __next__ had re-entered it, and crashed with SIGSEGV.
    # Like a generator, it now raises "generator already executing".
    inner = _ReEnter(4)
    big = [[[j] for j in range(3)] for _ in range(200)]
    it = funcutils.iterflatten([inner, *big])
    inner.outer = it
    leaves = list(it)
    assert inner.errors
    assert all("already executing" in str(exc) for exc in inner.errors)
    assert leaves == [3] * 3 + [2] * 3 + [1] * 3 + [0] * 3 + [0, 1, 2] * 200


def test_iterflatten_reentry_error_propagates_when_not_caught() -> None:
    class Raw:
        outer: Optional[Iterator[Any]] = None

        def __iter__(self) -> Raw:
            return self

        def __next__(self) -> Any:
            assert self.outer is not None
            return next(self.outer)

    raw = Raw()
    it = funcutils.iterflatten([[1, [2]], raw, [3]])
    raw.outer = it
    assert next(it) == 1
    assert next(it) == 2
    with pytest.raises(ValueError, match="already executing"):
        next(it)


def test_iterflatten_is_finished_after_an_error() -> None:
    # Regression: the compiled iterator resumed the walk after an exception
    # (a failing nested iterable, a cycle); the specification is a generator,
    # which is finished once it has raised.
    def failing() -> Iterator[int]:
        yield 1
        raise KeyError("boom")

    it = funcutils.iterflatten([[0], failing(), [2, 3]])
    seen: list[Any] = []
    with pytest.raises(KeyError):
        for leaf in it:
            seen.append(leaf)
    assert seen == [0, 1]
    assert list(it) == []

    cyclic: list[Any] = [1]
    cyclic.append(cyclic)
    it = funcutils.iterflatten([cyclic, 5])
    with pytest.raises(ValueError, match="contains itself"):
        list(it)
    assert list(it) == []
