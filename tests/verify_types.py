"""``basedpyright --verifytypes funcutils`` must report a 100% type completeness score.

Run by ``tox -e pyright`` from a scratch directory with the source tree on
``PYTHONPATH`` (verifytypes reads the package as an installed one would be).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as scratch:
        proc = subprocess.run(
            ["basedpyright", "--verifytypes", "funcutils", "--ignoreexternal"],
            cwd=scratch, env=env, capture_output=True, text=True, check=False,
        )
    print(proc.stdout[-4000:])
    match = re.search(r"Type completeness score: ([\d.]+)%", proc.stdout)
    if not match:
        print("no completeness score in the output", file=sys.stderr)
        return 1
    score = float(match.group(1))
    if score < 100.0:
        print(f"type completeness {score}% < 100%", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
