"""The doctests of funcutils.functions and its pure kernels run (under each kernel)."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from funcutils import _functions_py, _signature, functions


@pytest.mark.parametrize("module", [functions, _functions_py, _signature], ids=lambda m: m.__name__)
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
