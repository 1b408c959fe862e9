"""funcutils with its pure-Python kernels, as a module the anchors harness can load.

``python ../shared/bench/anchors_bench.py --with funcutils --with funcutils_pure``
(with ``benches/`` on ``PYTHONPATH``) times the compiled and the pure-Python
implementations side by side in one run. Each function here calls the public
funcutils function with the pure kernels installed for the duration of the call.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import funcutils
from benchutil import use_kernels

__version__ = funcutils.__version__


def _pure(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        with use_kernels("python"):
            return func(*args, **kwargs)

    return call


def __getattr__(name: str) -> Any:
    value = getattr(funcutils, name)
    return _pure(value) if callable(value) else value
