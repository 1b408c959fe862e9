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
from typing import Any

import bad_input_table as table

#: Timing-based helpers are left out (their calls return before anything runs).
SKIP = frozenset({"debounce", "throttle", "delay"})


def compare() -> dict[str, dict[str, list[Any]]]:
    import pydash

    ours = {n: f for n, f in table.public_functions().items() if hasattr(pydash, n) and n not in SKIP}
    theirs = {n: getattr(pydash, n) for n in ours}
    a = table.run_table(ours, second_level=False)
    b = table.run_table(theirs, ours, second_level=False)
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
