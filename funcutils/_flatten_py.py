"""Pure-Python flatten kernels: the specification of ``_flatten_c.pxi``.

Deep work is iterative: an explicit stack of iterators replaces recursion, so
the nesting depth is limited by memory only. What is followed is decided by
:func:`funcutils._helpers.is_flattenable` (exact ``list``/``tuple`` and the
exact leaf types are tested first, which gives the same answers faster).

Cycles: a flatten with an unlimited depth raises ``ValueError`` when it would
descend forever because a container holds itself (directly or further down).
Detection is Brent's: every container entered is compared by identity with the
"checkpoint", the container on the current path at index ``2**k - 1`` for the
largest such index below the current depth; a cycle of any length is found
within a few times its length, at O(1) cost per container and no false
positive (a sub-list shared by two branches is not a cycle). A depth-limited
flatten always ends, so it does not look for cycles (as in pydash, it returns
the finite result).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._errors import cycle_error as _cycle_error, not_iterable_error
from ._helpers import LEAF_EXACT_TYPES, is_flattenable

__all__ = ["flatten_depth", "iterflatten"]


def flatten_depth(array: Any, depth: int, name: str = "flatten_depth") -> list[Any]:
    """Flatten ``array`` up to ``depth`` levels (negative: all levels) into a new list.

    ``name`` is the public function named in error messages.

    >>> flatten_depth([1, [2, (3, [4])], "ab", {"k": 5}], -1)
    [1, 2, 3, 4, 'ab', {'k': 5}]
    >>> flatten_depth([[1, [2]], [3]], 1)
    [1, [2], 3]
    """
    try:
        top = iter(array)
    except TypeError:
        raise not_iterable_error(array, name) from None
    if depth < 0:
        return _flatten_all(array, top)
    if depth == 0:
        return list(top)
    out: list[Any] = []
    append = out.append
    leaves = LEAF_EXACT_TYPES
    if depth == 1:
        extend = out.extend
        for item in top:
            if type(item) in leaves:
                append(item)
            elif type(item) is list or type(item) is tuple or is_flattenable(item):
                extend(item)
            else:
                append(item)
        return out
    stack = [top]
    while stack:
        for item in stack[-1]:
            if type(item) in leaves:
                append(item)
            elif (
                type(item) is list or type(item) is tuple or is_flattenable(item)
            ) and len(stack) <= depth:
                stack.append(iter(item))
                break
            else:
                append(item)
        else:
            stack.pop()
    return out


def _flatten_all(array: Any, it: Iterator[Any]) -> list[Any]:
    """Unlimited-depth flatten with Brent cycle detection (see the module doc).

    Two levels below the container being walked are walked inline while they
    hold only leaves (the common innermost case), so they never touch the
    explicit stack; only a container three levels down is pushed. ``int`` is
    tested before the other exact leaf types: it is the most common leaf.
    """
    out: list[Any] = []
    append = out.append
    leaves = LEAF_EXACT_TYPES
    # Builtins as locals: a local load is cheaper than a builtin lookup, and
    # these are read several times per item.
    type_, int_, list_, tuple_, iter_ = type, int, list, tuple, iter
    stack: list[Iterator[Any]] = []
    checkpoints = [array]  # containers at path indexes 0, 1, 3, 7, ...
    checkpoint = array
    depth = 0  # path index of the container that `it` walks
    next_checkpoint = 1
    while True:
        for item in it:
            if type_(item) is int_ or type_(item) in leaves:
                append(item)
            elif type_(item) is list_ or type_(item) is tuple_ or is_flattenable(item):
                if item is checkpoint:
                    raise _cycle_error(item, depth + 1)
                child = iter_(item)
                for sub in child:
                    if type_(sub) is int_ or type_(sub) in leaves:
                        append(sub)
                    elif type_(sub) is list_ or type_(sub) is tuple_ or is_flattenable(sub):
                        if sub is checkpoint:
                            raise _cycle_error(sub, depth + 2)
                        grandchild = iter_(sub)
                        for leaf in grandchild:
                            if type_(leaf) is int_ or type_(leaf) in leaves:
                                append(leaf)
                            elif (
                                type_(leaf) is list_
                                or type_(leaf) is tuple_
                                or is_flattenable(leaf)
                            ):
                                break
                            else:
                                append(leaf)
                        else:
                            continue  # ``sub`` held only leaves
                        # ``leaf`` is a container: enter ``item``, ``sub`` and
                        # ``leaf`` (the Brent step three times) and walk ``leaf``.
                        if leaf is checkpoint:
                            raise _cycle_error(leaf, depth + 3)
                        for entered in (item, sub, leaf):
                            depth += 1
                            if depth == next_checkpoint:
                                checkpoints.append(entered)
                                checkpoint = entered
                                next_checkpoint = 2 * next_checkpoint + 1
                        stack.append(it)
                        stack.append(child)
                        stack.append(grandchild)
                        it = iter_(leaf)
                        break
                    else:
                        append(sub)
                else:
                    continue  # ``item`` needed no stack frame
                break  # a deeper container was entered: walk it
            else:
                append(item)
        else:
            if not depth:
                return out
            it = stack.pop()
            if depth == next_checkpoint >> 1:
                checkpoints.pop()
                checkpoint = checkpoints[-1]
                next_checkpoint >>= 1
            depth -= 1


def iterflatten(array: Any, depth: int = -1, name: str = "iterflatten") -> Iterator[Any]:
    """Lazily flatten ``array`` up to ``depth`` levels (negative: all levels).

    ``array`` is checked at once; nested iterables are consumed lazily, one
    item at a time, so a long generator streams in constant memory.

    >>> list(iterflatten([1, [2, (3, [4])]], -1))
    [1, 2, 3, 4]
    """
    try:
        top = iter(array)
    except TypeError:
        raise not_iterable_error(array, name) from None
    return _iterflatten(array, top, depth)


def _iterflatten(array: Any, top: Iterator[Any], depth: int) -> Iterator[Any]:
    leaves = LEAF_EXACT_TYPES
    stack = [top]
    checkpoints = [array]
    checkpoint = array
    next_checkpoint = 1
    while stack:
        for item in stack[-1]:
            if type(item) in leaves:
                yield item
            elif (type(item) is list or type(item) is tuple or is_flattenable(item)) and (
                depth < 0 or len(stack) <= depth
            ):
                if depth < 0:
                    if item is checkpoint:
                        raise _cycle_error(item, len(stack))
                    if len(stack) == next_checkpoint:
                        checkpoints.append(item)
                        checkpoint = item
                        next_checkpoint = 2 * next_checkpoint + 1
                stack.append(iter(item))
                break
            else:
                yield item
        else:
            stack.pop()
            if depth < 0 and len(stack) == next_checkpoint >> 1:
                checkpoints.pop()
                checkpoint = checkpoints[-1] if checkpoints else None
                next_checkpoint >>= 1
