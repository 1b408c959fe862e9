"""Parity of the two kernel modules: same names, parameters and defaults."""

from __future__ import annotations

import inspect

import pytest

from conftest import kernels
from funcutils import _speedups, _speedups_py

pytestmark = pytest.mark.single_impl


def test_same_names() -> None:
    compiled = kernels("cython")
    assert list(compiled.__all__) == list(_speedups_py.__all__)
    for name in _speedups_py.__all__:
        assert hasattr(compiled, name), name
        assert hasattr(_speedups, name), name


@pytest.mark.parametrize("name", _speedups_py.__all__)
def test_same_parameters_and_defaults(name: str) -> None:
    compiled = kernels("cython")
    pure_obj, compiled_obj = getattr(_speedups_py, name), getattr(compiled, name)
    if inspect.isclass(pure_obj):
        pure_obj, compiled_obj = pure_obj.__init__, compiled_obj.__init__
    try:
        compiled_sig = inspect.signature(compiled_obj)
    except (TypeError, ValueError):
        pytest.skip(f"{name}: the compiled object exposes no signature")
    pure_sig = inspect.signature(pure_obj)
    assert [(p.name, p.kind, p.default) for p in compiled_sig.parameters.values()] == [
        (p.name, p.kind, p.default) for p in pure_sig.parameters.values()
    ]


@pytest.mark.parametrize("name", _speedups_py.__all__)
@pytest.mark.parametrize("impl_name", ["python", "cython"])
def test_kernels_never_crash_on_none(name: str, impl_name: str) -> None:
    """Feeding None to a kernel raises TypeError (or works); never a crash."""
    kernel = getattr(kernels(impl_name), name)
    if inspect.isclass(kernel):
        pytest.skip("classes are covered by their own tests")
    params = [p for p in inspect.signature(getattr(_speedups_py, name)).parameters.values()
              if p.default is inspect.Parameter.empty and p.kind <= p.POSITIONAL_OR_KEYWORD]
    try:
        result = kernel(*([None] * len(params)))
        if hasattr(result, "__next__"):
            list(result)
    except (TypeError, ValueError):
        pass
