"""Benchmark configuration: collect ``bench_*.py`` files (pytest only collects
``test_*.py`` by default), so ``python -m pytest benches`` runs them."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Optional[pytest.Module]:
    if (
        file_path.suffix == ".py"
        and file_path.name.startswith("bench_")
        and not parent.session.isinitpath(file_path)  # given explicitly: pytest collects it
    ):
        return pytest.Module.from_parent(parent, path=file_path)
    return None
