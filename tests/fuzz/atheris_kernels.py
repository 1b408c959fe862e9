"""atheris (libFuzzer) harness: compiled kernels vs pure kernels, and the path parser.

Not collected by pytest. Run by the ``fuzz`` tox env when atheris installs::

    python tests/fuzz/atheris_kernels.py -runs=30000
    python tests/fuzz/atheris_kernels.py -max_total_time=600   # longer

Each input is decoded into a nested structure of lists, tuples, generators,
sets and leaves, a kernel, a depth and a path; the compiled kernel must give
the pure kernel's result or raise the same exception type. Without atheris
the script says so and exits 0.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

# The installed funcutils (tox installs the wheel); the source tree only when
# none is installed (a checkout built in place).
if importlib.util.find_spec("funcutils") is None:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

try:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - depends on the platform
    print("atheris is not installed: skipping the libFuzzer harness")
    sys.exit(0)

with atheris.instrument_imports():
    from funcutils import _paths, _speedups_c as C, _speedups_py as P


def _gen(items: list[Any]) -> Iterator[Any]:
    yield from items


def build(fdp: Any, depth: int = 0) -> Any:
    kind = fdp.ConsumeIntInRange(0, 9 if depth < 6 else 4)
    if kind == 0:
        return fdp.ConsumeIntInRange(-3, 3)
    if kind == 1:
        return fdp.ConsumeUnicodeNoSurrogates(3)
    if kind == 2:
        return None
    if kind == 3:
        return {"a": fdp.ConsumeIntInRange(0, 2)}
    if kind == 4:
        return fdp.ConsumeBytes(2)
    items = [build(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 4))]
    if kind in (5, 6):
        return items
    if kind == 7:
        return tuple(items)
    if kind == 8:
        return _gen(items)
    return frozenset(x for x in items if isinstance(x, (int, str, bytes)) or x is None)


def norm(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: norm(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(norm(v) for v in value)
    if hasattr(value, "__next__"):
        return ("<iterator>", [norm(v) for v in value])
    return value


def outcome(call: Callable[[], Any]) -> Any:
    try:
        return ("ok", norm(call()))
    except Exception as exc:  # noqa: BLE001 - the type is the outcome
        return ("raised", type(exc).__name__)


CALLS: list[Callable[[Any, Any, int], Any]] = [
    lambda k, d, n: k.flatten_depth(d, n),
    lambda k, d, n: list(k.iterflatten(d, n)),
    lambda k, d, n: k.uniq(d),
    lambda k, d, n: k.difference(d, [d], None),
    lambda k, d, n: k.intersection(d, [[1, None, "a"]], None),
    lambda k, d, n: k.without(d, (1, None)),
    lambda k, d, n: k.duplicates(d, None),
    lambda k, d, n: k.chunk(d, n),
    lambda k, d, n: k.compact(d),
    lambda k, d, n: k.map_path(d, ("a",)),
    lambda k, d, n: k.count_by_path(d, ("a",)),
]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    which = fdp.ConsumeIntInRange(0, len(CALLS))
    depth = fdp.ConsumeIntInRange(-1, 4)
    seed = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 64))
    if which == len(CALLS):
        text = fdp.ConsumeUnicodeNoSurrogates(30)
        keys, flags = _paths.parse_path(text)
        assert len(keys) == len(flags)
        return

    def make() -> Any:
        return build(atheris.FuzzedDataProvider(seed))

    pure = outcome(lambda: CALLS[which](P, make(), depth))
    compiled = outcome(lambda: CALLS[which](C, make(), depth))
    if pure != compiled:
        raise AssertionError(f"call {which} depth {depth}: pure {pure!r} != compiled {compiled!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
