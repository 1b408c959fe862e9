"""The bad-input table run against pydash too: where do the answers differ?

Every public name that pydash 8.1.0 shares is called on the baseline and every
bad-input case of ``bad_input_table`` (same arguments for both libraries, in
this order: funcutils, then pydash), and the outcomes are compared:

* ``RESULT``: both return, with different results;
* ``RAISE``: funcutils raises where pydash returns;
* ``RETURN``: funcutils returns where pydash raises.

Run as a script it prints the three groups as JSON::

    python tests/pydash_compat_table.py > differences.json

``tests/test_pydash_compat.py`` runs it in a subprocess and checks each group
against the reviewed, documented list (``docs/differences.rst``).
"""

from __future__ import annotations

import faulthandler
import json
import signal
import sys
from typing import Any, Callable

import bad_input_table as table

#: Timing-based helpers are left out (their calls return before anything runs).
SKIP = frozenset({"debounce", "throttle", "delay"})


def run(funcs: dict[str, Callable[..., Any]], sigs: dict[str, Callable[..., Any]]) -> dict[str, list[Any]]:
    """Outcomes of ``funcs`` on the table's cases, built from the signatures of ``sigs``."""
    out: dict[str, list[Any]] = {}
    for name, func in funcs.items():
        args, kwargs = table.build_call(name, sigs[name], None, None)
        out[f"{name}:baseline"], _ = table._outcome(name, lambda: func(*args, **kwargs))
        for param in table.replaceable(name, sigs[name]):
            for bad_name, make in table.BAD.items():
                case = table.Case(name, param, bad_name)
                args, kwargs = table.build_call(name, sigs[name], param, make())
                out[case.id], _ = table._outcome(name, lambda: func(*args, **kwargs))
    return out


def compare() -> dict[str, dict[str, list[Any]]]:
    import pydash

    ours = {n: f for n, f in table.public_functions().items() if hasattr(pydash, n) and n not in SKIP}
    theirs = {n: getattr(pydash, n) for n in ours}
    a = run(ours, ours)
    b = run(theirs, ours)
    groups: dict[str, dict[str, list[Any]]] = {"RESULT": {}, "RAISE": {}, "RETURN": {}}
    for case, x in a.items():
        y = b[case]
        if x[0] == "ok" and y[0] == "ok" and x[1] != y[1]:
            groups["RESULT"][case] = [x[1], y[1]]
        elif x[0] == "raise" and y[0] == "ok":
            groups["RAISE"][case] = [x[1], y[1]]
        elif x[0] == "ok" and y[0] == "raise":
            groups["RETURN"][case] = [x[1], y[1]]
    return groups


def main() -> int:
    faulthandler.enable()
    signal.signal(signal.SIGALRM, table._alarm)
    table.install("python")
    json.dump(compare(), sys.stdout, indent=0, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
