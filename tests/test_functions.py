# Runtime tables built from lambdas and deliberate misuse: the static checks live in
# tests/test_functions_typing.py, so these error codes are off here.
# mypy: disable-error-code="arg-type,call-arg,call-overload,misc,operator,no-untyped-call,attr-defined"
"""funcutils.functions: example tables, misuse, curry semantics, pickling, introspection.

Every test runs under both kernel implementations (the ``impl`` fixture).
"""

from __future__ import annotations

import copy
import functools
import inspect
import pickle
import sys
from typing import Any, Callable

import pydash
import pytest

import funcutils
from funcutils import functions as F
from funcutils._speedups_py import __all__ as pure_kernel_names


def f3(a: Any, b: Any, c: Any) -> tuple[Any, Any, Any]:
    """Return the three arguments."""
    return (a, b, c)


def fdef(a: Any, b: Any, c: Any = 3) -> tuple[Any, Any, Any]:
    return (a, b, c)


def fkw(a: Any, b: Any, *, k: Any) -> tuple[Any, Any, Any]:
    return (a, b, k)


def fkwdef(a: Any, b: Any, *, k: Any = 0) -> tuple[Any, Any, Any]:
    return (a, b, k)


def fvar(*args: Any) -> tuple[Any, ...]:
    return args


def fpos(a: Any, b: Any, /, c: Any) -> tuple[Any, Any, Any]:
    return (a, b, c)


def f8(a: Any, b: Any, c: Any, d: Any, e: Any, f: Any, g: Any, h: Any) -> int:
    return int(a + b + c + d + e + f + g + h)


class K:
    def m(self, a: Any, b: Any) -> tuple[Any, Any]:
        return (a, b)


def bad(a: Any, b: Any) -> Any:
    raise TypeError("inner")


def add(a: int, b: int) -> int:
    return a + b


# ---------------------------------------------------------------------------
# curry / curry_right: calling forms
# ---------------------------------------------------------------------------

CURRY_CASES: list[tuple[str, Callable[[], Any], Any]] = [
    ("one by one", lambda: F.curry(f3)(1)(2)(3), (1, 2, 3)),
    ("two then one", lambda: F.curry(f3)(1, 2)(3), (1, 2, 3)),
    ("one then two", lambda: F.curry(f3)(1)(2, 3), (1, 2, 3)),
    ("all at once", lambda: F.curry(f3)(1, 2, 3), (1, 2, 3)),
    ("empty call", lambda: F.curry(f3)()(1)()(2, 3), (1, 2, 3)),
    ("keyword last param", lambda: F.curry(f3)(c=3)(1)(2), (1, 2, 3)),
    ("keywords later", lambda: F.curry(f3)(1)(c=30)(b=20), (1, 20, 30)),
    ("all keywords", lambda: F.curry(f3)(a=1, b=2, c=3), (1, 2, 3)),
    ("default counts (pydash)", lambda: F.curry(fdef)(1)(2)(9), (1, 2, 9)),
    ("arity skips default", lambda: F.curry(fdef, 2)(1)(2), (1, 2, 3)),
    ("arity then extra allowed", lambda: F.curry(fdef, 2)(1, 2, 4), (1, 2, 4)),
    ("keyword-only waited", lambda: F.curry(fkw)(1)(2)(k=3), (1, 2, 3)),
    ("keyword-only first", lambda: F.curry(fkw)(k=3)(1)(2), (1, 2, 3)),
    ("keyword-only default", lambda: F.curry(fkwdef)(1)(2), (1, 2, 0)),
    ("bound method", lambda: F.curry(K().m)(1)(2), (1, 2)),
    ("varargs arity 0", lambda: F.curry(fvar)(), ()),
    ("varargs arity 2", lambda: F.curry(fvar, 2)(1)(2), (1, 2)),
    ("varargs extra passes", lambda: F.curry(fvar, 2)(1)(2, 3), (1, 2, 3)),
    ("positional-only", lambda: F.curry(fpos)(1)(2)(3), (1, 2, 3)),
    ("positional-only kw for c", lambda: F.curry(fpos)(c=3)(1, 2), (1, 2, 3)),
    ("builtin with signature", lambda: F.curry(divmod)(7)(2), (3, 1)),
    ("builtin with arity", lambda: F.curry(max, 2)(1)(5), 5),
    ("partial object", lambda: F.curry(functools.partial(f3, 1))(2)(3), (1, 2, 3)),
    ("curry of curry", lambda: F.curry(F.curry(f3)(1))(2)(3), (1, 2, 3)),
    ("eight params", lambda: F.curry(f8)(1)(2)(3)(4)(5)(6)(7)(8), 36),
    ("right one by one", lambda: F.curry_right(f3)(3)(2)(1), (1, 2, 3)),
    ("right two then one", lambda: F.curry_right(f3)(2, 3)(1), (1, 2, 3)),
    ("right keyword", lambda: F.curry_right(f3)(c=3)(2)(1), (1, 2, 3)),
    ("right arity", lambda: F.curry_right(fdef, 2)(2)(1), (1, 2, 3)),
    ("right all at once", lambda: F.curry_right(f3)(1, 2, 3), (1, 2, 3)),
]


@pytest.mark.parametrize(("case", "build", "expected"), CURRY_CASES, ids=[c[0] for c in CURRY_CASES])
def test_curry_examples(case: str, build: Callable[[], Any], expected: Any) -> None:
    assert build() == expected


PYDASH_AGREES = [
    (f3, (1,), (2,), (3,)),
    (f3, (1, 2), (3,), ()),
    (fdef, (1,), (2,), (4,)),
]


@pytest.mark.parametrize(("func", "s1", "s2", "s3"), PYDASH_AGREES)
def test_curry_matches_pydash(func: Any, s1: Any, s2: Any, s3: Any) -> None:
    ours = F.curry(func)(*s1)(*s2)
    theirs = pydash.curry(func)(*s1)(*s2)
    if s3:
        ours, theirs = ours(*s3), theirs(*s3)
    assert ours == theirs


def test_curry_still_waiting_is_curry() -> None:
    step = F.curry(fdef)(1)(2)
    assert callable(step) and not isinstance(step, tuple)
    assert F.curry(fkw)(1)(2).args == (1, 2)


CURRY_ERRORS: list[tuple[str, Callable[[], Any], type[BaseException], str]] = [
    ("extra positional", lambda: F.curry(f3)(1, 2, 3, 4), TypeError, "takes 3 positional"),
    ("extra over steps", lambda: F.curry(f3)(1, 2)(3, 4), TypeError, "but 4 were given"),
    ("right extra", lambda: F.curry_right(f3)(3)(0, 1, 2), TypeError, "but 4 were given"),
    ("repeated keyword", lambda: F.curry(f3)(c=1)(c=2), TypeError, "multiple values for argument 'c'"),
    ("keyword then positional", lambda: F.curry(f3)(a=1)(2), TypeError, "multiple values for argument 'a'"),
    ("bound method extra", lambda: F.curry(K().m)(1)(2, 3), TypeError, "takes 2 positional"),
    ("non-callable", lambda: F.curry(5), TypeError, "must be callable, not int"),
    ("non-callable right", lambda: F.curry_right("x"), TypeError, "must be callable"),
    ("builtin no signature", lambda: F.curry(max), TypeError, "pass arity="),
    ("arity not int", lambda: F.curry(f3, "2"), TypeError, "'arity' must be an integer"),
    ("arity negative", lambda: F.curry(f3, -1), ValueError, "must be >= 0"),
    ("arity too big", lambda: F.curry(f3, 4), ValueError, "exceeds the 3 positional"),
    ("inner TypeError", lambda: F.curry(bad)(1)(2), TypeError, "^inner$"),
]


@pytest.mark.parametrize(
    ("case", "build", "exc", "match"), CURRY_ERRORS, ids=[c[0] for c in CURRY_ERRORS]
)
def test_curry_errors(
    case: str, build: Callable[[], Any], exc: type[BaseException], match: str
) -> None:
    if case == "builtin no signature" and sys.implementation.name == "pypy":
        pytest.skip("PyPy's builtins (max) have a signature")
    with pytest.raises(exc, match=match):
        build()


def test_curry_inner_type_error_is_untouched() -> None:
    error = TypeError("inner")

    def raiser(a: Any, b: Any) -> Any:
        raise error

    with pytest.raises(TypeError) as info:
        F.curry(raiser)(1)(2)
    assert info.value is error


def test_curry_does_not_share_state_between_branches() -> None:
    base = F.curry(f3)(1)
    left, right = base(2), base(20)
    assert left(3) == (1, 2, 3)
    assert right(30) == (1, 20, 30)
    kw = F.curry(f3)(c=3)
    assert kw(1)(2) == (1, 2, 3)
    assert kw(10, 20) == (10, 20, 3)


def test_curry_introspection() -> None:
    c = F.curry(f3)
    assert c.__name__ == "f3"
    assert c.__doc__ == "Return the three arguments."
    assert c.__wrapped__ is f3
    assert c.func is f3
    assert c.arity == 3
    assert c(1).args == (1,)
    assert c(c=1).kwargs == {"c": 1}
    assert str(inspect.signature(c)) == str(inspect.signature(f3))
    assert list(inspect.signature(c(1)).parameters) == ["b", "c"]
    assert list(inspect.signature(c(1, 2)).parameters) == ["c"]
    sig = inspect.signature(c(b=2))
    assert list(sig.parameters) == ["a", "c", "b"]
    assert sig.parameters["b"].kind is inspect.Parameter.KEYWORD_ONLY
    assert list(inspect.signature(F.curry_right(f3)(3)).parameters) == ["a", "b"]
    assert list(inspect.signature(F.curry(fkw)(1)).parameters) == ["b", "k"]
    assert "f3" in repr(c(1))
    # A builtin without a signature gets a generic one; PyPy's max has its own.
    generic = "(*args, **kwargs)" if sys.implementation.name != "pypy" else str(
        inspect.signature(max)
    )
    assert str(inspect.signature(F.curry(max, 2))) == generic


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_curry_pickles(protocol: int) -> None:
    for obj in [F.curry(f3), F.curry(f3)(1), F.curry(f3)(c=3)(1), F.curry_right(f3)(3),
                F.curry(fkw)(k=1), F.curry(fdef, 2)]:
        clone = pickle.loads(pickle.dumps(obj, protocol))
        assert clone == obj
        assert hash(clone) == hash(obj)
        assert type(clone) is type(obj)
    assert pickle.loads(pickle.dumps(F.curry(f3)(1)))(2)(3) == (1, 2, 3)
    assert pickle.loads(pickle.dumps(F.curry_right(f3)(3)))(2)(1) == (1, 2, 3)


def test_curry_equality_and_hash() -> None:
    assert F.curry(f3)(1) == F.curry(f3)(1)
    assert hash(F.curry(f3)(1)) == hash(F.curry(f3)(1))
    assert F.curry(f3)(1) != F.curry(f3)(2)
    assert F.curry(f3) != F.curry_right(f3)
    assert F.curry(fdef) != F.curry(fdef, 2)
    assert F.curry(f3)(c=1) == F.curry(f3)(c=1)
    assert F.curry(f3) != f3
    assert len({F.curry(f3)(1), F.curry(f3)(1), F.curry(f3)(2)}) == 2
    assert copy.copy(F.curry(f3)(1)) == F.curry(f3)(1)
    assert copy.deepcopy(F.curry(f3)(1)) == F.curry(f3)(1)


def test_curry_kernel_args_validation(impl: Any) -> None:
    with pytest.raises(TypeError, match="argument .args. must be a tuple"):
        impl.curry_object(f3, None, False, [1])
    with pytest.raises(TypeError, match="argument .kwargs. must be a dict"):
        impl.curry_object(f3, None, False, (), [("a", 1)])
    with pytest.raises(TypeError):
        impl.curry_object(None)
    assert impl.curry_object(f3, None, False, (1,), {"c": 3})(2) == (1, 2, 3)


# ---------------------------------------------------------------------------
# flow / flow_right / partial / partial_right / wrap (kernel objects)
# ---------------------------------------------------------------------------


FLOW_CASES: list[tuple[str, Callable[[], Any], Any]] = [
    ("two funcs", lambda: F.flow(add, str)(1, 2), "3"),
    ("first takes kwargs", lambda: F.flow(add, str)(1, b=2), "3"),
    ("one func", lambda: F.flow(abs)(-2), 2),
    ("six funcs", lambda: F.flow(abs, str, len, float, int, bool)(-20), True),
    ("right", lambda: F.flow_right(str, add)(1, 2), "3"),
    ("right order", lambda: F.flow_right(lambda x: x * 2, lambda x: x + 1)(3), 8),
    ("empty is identity", lambda: F.flow()(5), 5),
    ("right empty", lambda: F.flow_right()(5), 5),
    ("partial", lambda: F.partial(f3, 1)(2, 3), (1, 2, 3)),
    ("partial kw", lambda: F.partial(fdef, 1, c=9)(2), (1, 2, 9)),
    ("partial call kw wins", lambda: F.partial(fdef, 1, c=7)(2, c=9), (1, 2, 9)),
    ("partial nothing", lambda: F.partial(f3)(1, 2, 3), (1, 2, 3)),
    ("partial_right", lambda: F.partial_right(f3, 3)(1, 2), (1, 2, 3)),
    ("partial_right two", lambda: F.partial_right(f3, 2, 3)(1), (1, 2, 3)),
    ("partial_right kw", lambda: F.partial_right(fdef, 2, c=5)(1), (1, 2, 5)),
    ("wrap", lambda: F.wrap(1, f3)(2, 3), (1, 2, 3)),
]


@pytest.mark.parametrize(("case", "build", "expected"), FLOW_CASES, ids=[c[0] for c in FLOW_CASES])
def test_flow_partial_examples(case: str, build: Callable[[], Any], expected: Any) -> None:
    assert build() == expected


def test_flow_partial_match_pydash() -> None:
    assert F.flow(add, str)(1, 2) == pydash.flow(add, str)(1, 2)
    assert F.flow_right(str, add)(1, 2) == pydash.flow_right(str, add)(1, 2)
    assert F.partial(fdef, 1, c=7)(2, c=9) == pydash.partial(fdef, 1, c=7)(2, c=9)
    assert F.partial_right(f3, 2, 3)(1) == pydash.partial_right(f3, 2, 3)(1)


FLOW_ERRORS: list[tuple[str, Callable[[], Any], type[BaseException], str]] = [
    ("flow non-callable", lambda: F.flow(abs, 5), TypeError, "must be callable"),
    ("flow_right non-callable", lambda: F.flow_right(None), TypeError, "must be callable"),
    ("identity two args", lambda: F.flow()(1, 2), TypeError, "exactly one"),
    ("identity no args", lambda: F.flow()(), TypeError, "exactly one"),
    ("partial non-callable", lambda: F.partial(3, 1), TypeError, "must be callable"),
    ("partial_right non-callable", lambda: F.partial_right(3), TypeError, "must be callable"),
    ("wrap non-callable", lambda: F.wrap(1, 2), TypeError, "must be callable"),
    ("partial wrong arity", lambda: F.partial(f3, 1)(2, 3, 4), TypeError, "positional"),
]


@pytest.mark.parametrize(
    ("case", "build", "exc", "match"), FLOW_ERRORS, ids=[c[0] for c in FLOW_ERRORS]
)
def test_flow_partial_errors(
    case: str, build: Callable[[], Any], exc: type[BaseException], match: str
) -> None:
    if case == "builtin no signature" and sys.implementation.name == "pypy":
        pytest.skip("PyPy's builtins (max) have a signature")
    with pytest.raises(exc, match=match):
        build()


def test_flow_partial_pickle_and_equality() -> None:
    objs = [F.flow(abs, str), F.flow(), F.flow_right(str, abs), F.partial(fdef, 1, c=2),
            F.partial_right(f3, 3), F.wrap(1, f3)]
    for obj in objs:
        clone = pickle.loads(pickle.dumps(obj))
        assert clone == obj
        assert hash(clone) == hash(obj)
    assert F.flow(abs, str) != F.flow(str, abs)
    assert F.partial(f3, 1) != F.partial_right(f3, 1)
    assert F.partial(f3, 1).func is f3
    assert F.partial(f3, 1).args == (1,)
    assert F.flow(abs).funcs == (abs,)
    assert F.flow_right(str, abs).funcs == (abs, str)
    assert "partial" in repr(F.partial(f3, 1)) and "flow" in repr(F.flow(abs))


# ---------------------------------------------------------------------------
# The plain wrappers
# ---------------------------------------------------------------------------


def _calls(func: Callable[..., Any], n: int) -> list[Any]:
    return [func(i) for i in range(n)]


WRAPPER_CASES: list[tuple[str, Callable[[], Any], Any]] = [
    ("after 3", lambda: _calls(F.after(lambda x: x, 3), 4), [None, None, 2, 3]),
    ("after 0", lambda: _calls(F.after(lambda x: x, 0), 2), [0, 1]),
    ("after 1", lambda: _calls(F.after(lambda x: x, 1), 2), [0, 1]),
    ("before 3", lambda: _calls(F.before(lambda x: x, 3), 4), [0, 1, None, None]),
    ("before 0", lambda: _calls(F.before(lambda x: x, 0), 2), [None, None]),
    ("before 1", lambda: _calls(F.before(lambda x: x, 1), 2), [None, None]),
    ("once", lambda: _calls(F.once(lambda x: x + 10), 3), [10, 10, 10]),
    ("ary 2", lambda: F.ary(fvar, 2)(1, 2, 3), (1, 2)),
    ("ary 0", lambda: F.ary(fvar, 0)(1, 2, 3), ()),
    ("ary None", lambda: F.ary(fvar, None)(1, 2, 3), (1, 2, 3)),
    ("ary keeps kwargs", lambda: F.ary(fdef, 2)(1, 2, 3, c=4), (1, 2, 4)),
    ("unary", lambda: F.unary(fvar)(1, 2), (1,)),
    ("flip all", lambda: F.flip(fvar)(1, 2, 3), (3, 2, 1)),
    ("flip kw", lambda: F.flip(fdef)(2, 1, c=5), (1, 2, 5)),
    ("rearg", lambda: F.rearg(fvar, 2, 0, 1)("a", "b", "c"), ("c", "a", "b")),
    ("rearg list", lambda: F.rearg(fvar, [1, 0])("a", "b", "c"), ("b", "a", "c")),
    ("rearg rest", lambda: F.rearg(fvar, 2, 0, 1)("a", "b", "c", "d"), ("c", "a", "b", "d")),
    ("rearg out of range", lambda: F.rearg(fvar, 5, 0)("a", "b"), ("a", "b")),
    ("over_args", lambda: F.over_args(fvar, str, abs)(1, -2), ("1", 2)),
    ("over_args list", lambda: F.over_args(fvar, [str, abs])(1, -2), ("1", 2)),
    ("over_args extra args pass", lambda: F.over_args(fvar, str)(1, -2), ("1", -2)),
    ("spread", lambda: F.spread(f3)([1, 2, 3]), (1, 2, 3)),
    ("spread generator", lambda: F.spread(fvar)(iter([1, 2])), (1, 2)),
    ("negate", lambda: [F.negate(bool)(0), F.negate(bool)(1)], [True, False]),
    ("conjoin", lambda: F.conjoin(lambda x: x > 0, lambda x: x < 5)([1, 4]), True),
    ("conjoin fails", lambda: F.conjoin(lambda x: x > 0, lambda x: x < 5)([1, 5]), False),
    ("conjoin empty", lambda: F.conjoin(bool)([]), True),
    ("conjoin no funcs", lambda: F.conjoin()([0]), True),
    ("conjoin dict keys", lambda: F.conjoin(lambda k: k in "ab")({"a": 0, "b": 0}), True),
    ("disjoin", lambda: F.disjoin(lambda x: x > 4, lambda x: x < 0)([1, -1]), True),
    ("disjoin fails", lambda: F.disjoin(lambda x: x > 4)([1, 2]), False),
    ("disjoin empty", lambda: F.disjoin(bool)([]), False),
    ("juxtapose", lambda: F.juxtapose(min, max)([3, 1, 2]), [1, 3]),
    ("juxtapose kw", lambda: F.juxtapose(fdef, fdef)(1, 2, c=0), [(1, 2, 0), (1, 2, 0)]),
    ("juxtapose none", lambda: F.juxtapose()(1), []),
    ("iterated", lambda: F.iterated(lambda x: x * 2)(1, 3), 8),
    ("iterated 0", lambda: F.iterated(lambda x: x * 2)(1, 0), 1),
    ("delay", lambda: F.delay(f3, 0, 1, 2, c=3), (1, 2, 3)),
]


@pytest.mark.parametrize(
    ("case", "build", "expected"), WRAPPER_CASES, ids=[c[0] for c in WRAPPER_CASES]
)
def test_wrapper_examples(case: str, build: Callable[[], Any], expected: Any) -> None:
    assert build() == expected


PYDASH_SAME = [
    ("after", lambda m: _calls(m.after(lambda x: x, 3), 4)),
    ("before", lambda m: _calls(m.before(lambda x: x, 3), 4)),
    ("once", lambda m: _calls(m.once(lambda x: x + 10), 3)),
    ("ary", lambda m: m.ary(fvar, 2)(1, 2, 3)),
    ("flip", lambda m: m.flip(fvar)(1, 2, 3)),
    ("rearg", lambda m: m.rearg(fvar, 2, 0, 1)("a", "b", "c", "d")),
    ("rearg list", lambda m: m.rearg(fvar, [1, 0])("a", "b", "c")),
    ("over_args", lambda m: m.over_args(fvar, str, abs)(1, -2)),
    ("spread", lambda m: m.spread(f3)([1, 2, 3])),
    ("negate", lambda m: m.negate(bool)(0)),
    ("conjoin", lambda m: m.conjoin(lambda x: x > 0)([1, 2])),
    ("conjoin dict", lambda m: m.conjoin(lambda k: k == "a")({"a": 1})),
    ("disjoin", lambda m: m.disjoin(lambda x: x > 1)([1, 2])),
    ("juxtapose", lambda m: m.juxtapose(min, max)([3, 1, 2])),
    ("iterated", lambda m: m.iterated(lambda x: x * 2)(1, 3)),
    ("unary", lambda m: m.unary(fvar)(1, 2)),
    ("wrap", lambda m: m.wrap(1, f3)(2, 3)),
    ("delay", lambda m: m.delay(f3, 0, 1, 2, c=3)),
]


@pytest.mark.parametrize(("case", "run"), PYDASH_SAME, ids=[c[0] for c in PYDASH_SAME])
def test_wrappers_match_pydash(case: str, run: Callable[[Any], Any]) -> None:
    assert run(funcutils) == run(pydash)


WRAPPER_ERRORS: list[tuple[str, Callable[[], Any], type[BaseException], str]] = [
    ("after non-callable", lambda: F.after(1, 2), TypeError, "'func' must be callable"),
    ("after negative", lambda: F.after(f3, -1), ValueError, "'n' must be >= 0"),
    ("after float", lambda: F.after(f3, 1.5), TypeError, "'n' must be an integer"),
    ("before negative", lambda: F.before(f3, -2), ValueError, ">= 0"),
    ("before non-callable", lambda: F.before(None, 2), TypeError, "callable"),
    ("once non-callable", lambda: F.once(3), TypeError, "callable"),
    ("ary negative", lambda: F.ary(f3, -1), ValueError, ">= 0"),
    ("ary str", lambda: F.ary(f3, "1"), TypeError, "integer"),
    ("ary non-callable", lambda: F.ary(1, 1), TypeError, "callable"),
    ("unary non-callable", lambda: F.unary(1), TypeError, "callable"),
    ("flip non-callable", lambda: F.flip(1), TypeError, "callable"),
    ("rearg negative", lambda: F.rearg(f3, -1), ValueError, ">= 0"),
    ("rearg str", lambda: F.rearg(f3, "a"), TypeError, "integer"),
    ("rearg non-callable", lambda: F.rearg(1, 0), TypeError, "callable"),
    ("over_args bad transform", lambda: F.over_args(f3, 1), TypeError, "callable"),
    ("spread non-callable", lambda: F.spread(1), TypeError, "callable"),
    ("spread not iterable", lambda: F.spread(f3)(5), TypeError, "iterable"),
    ("negate non-callable", lambda: F.negate(1), TypeError, "callable"),
    ("conjoin non-callable", lambda: F.conjoin(1), TypeError, "callable"),
    ("disjoin non-callable", lambda: F.disjoin(abs, 1), TypeError, "callable"),
    ("juxtapose non-callable", lambda: F.juxtapose(1), TypeError, "callable"),
    ("iterated non-callable", lambda: F.iterated(1), TypeError, "callable"),
    ("iterated negative n", lambda: F.iterated(abs)(1, -1), ValueError, ">= 0"),
    ("iterated float n", lambda: F.iterated(abs)(1, 2.0), TypeError, "integer"),
    ("delay negative", lambda: F.delay(f3, -1, 1, 2, 3), ValueError, ">= 0"),
    ("delay str wait", lambda: F.delay(f3, "1", 1, 2, 3), TypeError, "milliseconds"),
    ("delay non-callable", lambda: F.delay(1, 0), TypeError, "callable"),
    ("delay wrong arity", lambda: F.delay(f3, 0, 1), TypeError, "missing"),
    ("debounce negative", lambda: F.debounce(f3, -1), ValueError, ">= 0"),
    ("debounce max_wait", lambda: F.debounce(f3, 1, "x"), TypeError, "max_wait"),
    ("debounce non-callable", lambda: F.debounce(1, 1), TypeError, "callable"),
    ("throttle negative", lambda: F.throttle(f3, -1), ValueError, ">= 0"),
    ("throttle nan", lambda: F.throttle(f3, float("nan")), ValueError, ">= 0"),
    ("throttle non-callable", lambda: F.throttle(1, 1), TypeError, "callable"),
]


@pytest.mark.parametrize(
    ("case", "build", "exc", "match"), WRAPPER_ERRORS, ids=[c[0] for c in WRAPPER_ERRORS]
)
def test_wrapper_errors(
    case: str, build: Callable[[], Any], exc: type[BaseException], match: str
) -> None:
    if case == "builtin no signature" and sys.implementation.name == "pypy":
        pytest.skip("PyPy's builtins (max) have a signature")
    with pytest.raises(exc, match=match):
        build()


def test_once_retries_after_exception() -> None:
    calls: list[int] = []

    def flaky(x: int) -> int:
        calls.append(x)
        if len(calls) == 1:
            raise RuntimeError("first")
        return x

    wrapped = F.once(flaky)
    with pytest.raises(RuntimeError):
        wrapped(1)
    assert wrapped(2) == 2
    assert wrapped(3) == 2


def test_plain_wrappers_pickle() -> None:
    objs: list[Any] = [F.after(abs, 2), F.before(abs, 2), F.once(abs), F.ary(abs, 1), F.unary(abs),
                       F.flip(fvar), F.rearg(fvar, 1, 0), F.over_args(fvar, abs), F.spread(fvar),
                       F.negate(abs), F.conjoin(abs), F.disjoin(abs), F.juxtapose(abs),
                       F.iterated(abs)]
    for obj in objs:
        clone = pickle.loads(pickle.dumps(obj))
        assert type(clone) is type(obj)
    once = F.once(abs)
    once(-3)
    assert pickle.loads(pickle.dumps(once))(-9) == 3
    counter = F.after(abs, 3)
    counter(1)
    assert pickle.loads(pickle.dumps(counter))(-1) is None


def test_delay_sleeps_wait_milliseconds(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(F, "_sleep", slept.append)
    assert F.delay(add, 250, 1, 2) == 3
    assert slept == [0.25]


# ---------------------------------------------------------------------------
# Exports and kernel parity
# ---------------------------------------------------------------------------

PYDASH_FUNCTIONS = [
    "after", "ary", "before", "conjoin", "curry", "curry_right", "debounce", "delay", "disjoin",
    "flip", "flow", "flow_right", "iterated", "juxtapose", "negate", "once", "over_args",
    "partial", "partial_right", "rearg", "spread", "throttle", "unary", "wrap",
]


@pytest.mark.single_impl
def test_all_24_exported() -> None:
    assert sorted(F.__all__) == sorted(PYDASH_FUNCTIONS)
    for name in PYDASH_FUNCTIONS:
        assert name in funcutils.__all__
        assert getattr(funcutils, name) is getattr(F, name)
        assert hasattr(pydash, name)


@pytest.mark.single_impl
def test_same_parameters_as_pydash() -> None:
    for name in PYDASH_FUNCTIONS:
        ours = [p.name for p in inspect.signature(getattr(F, name)).parameters.values()]
        theirs = [p.name for p in inspect.signature(getattr(pydash, name)).parameters.values()]
        extra = {"clock", "timer"}
        assert [p for p in ours if p not in extra] == theirs, name


@pytest.mark.single_impl
def test_function_kernels_parity() -> None:
    from conftest import COMPILED

    if COMPILED is None:
        pytest.skip("compiled kernels not built")
    from funcutils import _functions_py

    for name in _functions_py.__all__:
        assert name in pure_kernel_names
        assert name in COMPILED.__all__
        pure = inspect.signature(getattr(_functions_py, name))
        compiled = inspect.signature(getattr(COMPILED, name))
        assert [(p.name, p.default) for p in pure.parameters.values()] == [
            (p.name, p.default) for p in compiled.parameters.values()
        ], name


@pytest.mark.single_impl
def test_cross_implementation_pickle() -> None:
    """A curry pickled by one kernel unpickles with the same kernel and behaviour."""
    from conftest import kernels

    for name in ("python", "cython"):
        module = kernels(name)
        obj = module.curry_object(f3, None, False, (1,), {"c": 3})
        clone = pickle.loads(pickle.dumps(obj))
        assert type(clone) is type(obj)
        assert clone(2) == (1, 2, 3)


def test_partial_state_is_not_mutated() -> None:
    bound = F.partial(fdef, 1, c=7)
    assert bound(2, c=9) == (1, 2, 9)
    assert bound(2) == (1, 2, 7)
    assert bound.kwargs == {"c": 7}
    kwargs = {"c": 5}
    assert F.partial(fdef, 1)(2, **kwargs) == (1, 2, 5)
    assert kwargs == {"c": 5}


def test_curry_keyword_dict_is_not_kept() -> None:
    kwargs = {"c": 3}
    step = F.curry(f3)(**kwargs)
    kwargs["c"] = 99
    assert step(1, 2) == (1, 2, 3)


# ---------------------------------------------------------------------------
# docs/differences.rst, "Functions": pydash's behaviour next to ours
# ---------------------------------------------------------------------------


def test_difference_extra_arguments() -> None:
    assert pydash.curry(f3)(1, 2, 3, 4) == (1, 2, 3)  # silently dropped
    with pytest.raises(TypeError, match="4 were given"):
        F.curry(f3)(1, 2, 3, 4)


def test_difference_keyword_only() -> None:
    with pytest.raises(TypeError):
        pydash.curry(fkw)(1)(2, k=3)
    assert F.curry(fkw)(1)(2, k=3) == (1, 2, 3)


def test_difference_bound_method() -> None:
    assert callable(pydash.curry(K().m)(1)(2))  # self counted: still waiting
    assert F.curry(K().m)(1)(2) == (1, 2)


def test_difference_repeated_keyword() -> None:
    assert pydash.curry(f3)(c=1)(c=2)(1)(2) == (1, 2, 1)  # first silently wins
    with pytest.raises(TypeError, match="multiple values"):
        F.curry(f3)(c=1)(c=2)


def test_difference_introspection() -> None:
    assert not hasattr(pydash.curry(f3), "__name__")
    assert pydash.curry(f3)(1) != pydash.curry(f3)(1)
    assert F.curry(f3).__name__ == "f3"
    assert F.curry(f3)(1) == F.curry(f3)(1)


def test_difference_empty_flow() -> None:
    assert pydash.flow()(5) is None
    assert F.flow()(5) == 5


def test_difference_over_args() -> None:
    with pytest.raises(IndexError):
        pydash.over_args(fvar, str)(1, 2)
    assert F.over_args(fvar, str)(1, 2) == ("1", 2)


def test_difference_negative_counts_and_waits() -> None:
    assert pydash.after(lambda: 1, -1)() == 1
    assert pydash.iterated(abs)(-1, -1) == -1
    with pytest.raises(ValueError):
        F.after(lambda: 1, -1)
    with pytest.raises(ValueError):
        F.iterated(abs)(-1, -1)
    with pytest.raises(ValueError):
        F.delay(abs, -1, 1)


def test_difference_non_callable_fails_early() -> None:
    wrapped: Any = pydash.negate(5)  # accepted; fails at the first call
    with pytest.raises(TypeError):
        wrapped()
    with pytest.raises(TypeError, match="must be callable"):
        F.negate(5)


def test_difference_debounce_pickling_and_controls() -> None:
    # CPython raises TypeError, PyPy (pure-Python pickle) PicklingError
    with pytest.raises((TypeError, pickle.PicklingError), match="_thread.lock"):
        pickle.dumps(pydash.debounce(abs, 1))
    debounced = F.debounce(abs, 1)
    with pytest.raises(TypeError, match="cannot pickle a Debounced"):
        pickle.dumps(debounced)
    debounced.cancel()
    assert debounced.flush() is None
