"""Benchmark configuration: collect ``bench_*.py`` files (pytest-benchmark suites).

Smoke run: ``python -m pytest benches --benchmark-disable``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Optional[pytest.Module]:
    if parent.session.isinitpath(file_path):
        return None  # named on the command line: pytest collects it itself
    if file_path.suffix == ".py" and file_path.name.startswith("bench_"):
        return pytest.Module.from_parent(parent, path=file_path)
    return None
