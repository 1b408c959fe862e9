"""Test configuration: the implementation fixture and hypothesis profiles.

Every test runs once per kernel implementation: ``python`` and ``cython``
(skipped when not built) by default; only ``cython`` under
``FUNCUTILS_REQUIRE_EXTENSIONS=1`` (the tox ``cython`` envs, whose ``pure``
twins run ``python``); only ``python`` under ``FUNCUTILS_NO_EXTENSIONS=1``. The ``impl`` fixture installs the chosen
kernels into :mod:`funcutils._speedups`, which is what the public functions
call. Mark a test ``single_impl`` when the kernel choice does not matter to it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Optional

import pytest
from hypothesis import HealthCheck, settings

from funcutils import _speedups, _speedups_py
from funcutils._compat import NO_EXTENSIONS, REQUIRE_EXTENSIONS

# The per-interpreter runs (ten tox envs in CI) take 60 examples per property, which
# keeps CI within its time budget; the fuzz env and FUNCUTILS_HYPOTHESIS_EXAMPLES
# run more (e.g. FUNCUTILS_HYPOTHESIS_EXAMPLES=1000 pytest tests).
# The pydash comparisons discard the inputs pydash itself cannot answer (assume()),
# which at this budget can trip the filter_too_much health check on some interpreters.
settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("FUNCUTILS_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile("ci")


COMPILED: Optional[ModuleType] = _speedups.compiled_kernels()

#: The directory that holds the funcutils under test: the source tree, or the
#: site-packages of the installed wheel (tox). Subprocesses put it first on
#: PYTHONPATH, so that they test the same package as this process.
PACKAGE_ROOT = str(Path(_speedups.__file__).resolve().parent.parent)
# A tox "cython" env (REQUIRE set) runs the suite on the compiled kernels; its
# "pure" twin on the same interpreter runs it on the pure ones, so each run
# tests one implementation (the differential tests compare both in any run
# where the extension is built). Without either variable, both run.
if NO_EXTENSIONS:
    IMPLEMENTATIONS = ["python"]
elif REQUIRE_EXTENSIONS:
    IMPLEMENTATIONS = ["cython"]
else:
    IMPLEMENTATIONS = ["python", "cython"]


def kernels(name: str) -> ModuleType:
    """The kernel module called ``name`` (``"python"`` or ``"cython"``)."""
    if name == "python":
        return _speedups_py
    if COMPILED is None:
        if REQUIRE_EXTENSIONS:
            pytest.fail("FUNCUTILS_REQUIRE_EXTENSIONS=1 but funcutils._speedups_c is not built")
        pytest.skip("funcutils._speedups_c is not built")
    return COMPILED


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "single_impl: run once, with the kernels the selector chose"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "impl" in metafunc.fixturenames:
        single = metafunc.definition.get_closest_marker("single_impl") is not None
        params = [_speedups.IMPLEMENTATION] if single else IMPLEMENTATIONS
        metafunc.parametrize("impl", params, indirect=True, scope="session")


@pytest.fixture(scope="session")
def impl(request: pytest.FixtureRequest) -> Iterator[ModuleType]:
    """Install one implementation's kernels in ``funcutils._speedups``."""
    kernels(request.param)  # skips (or fails under REQUIRE) when not built
    with _speedups.use_kernels(request.param) as module:
        yield module


@pytest.fixture(autouse=True)
def _every_test_uses_an_implementation(impl: ModuleType) -> None:
    """Make ``impl`` (and so its parametrization) apply to every test."""
