"""Charts and tables for the docs' performance page, from a saved pytest-benchmark run.

Usage (from the repository root; needs matplotlib)::

    python benches/plot_results.py benches/results/<run>.json

Reads the JSON that ``pytest benches --benchmark-json=...`` or
``--benchmark-autosave`` (``tox -e bench``) writes, and writes

* ``docs/_static/perf/<family>.png``: one chart per benchmark file
  (``bench_flatten.py`` -> ``flatten``): for every group (benchmarked
  function and input shape), the median time of each contender as a ratio to
  the group's plain-Python baseline (log scale, lower is faster);
* ``docs/_static/perf/no-baseline.png``: the groups without a plain-Python
  baseline, relative to pydash instead;
* ``docs/_static/perf/summary.png``: the hot paths in one chart (the README's);
* ``docs/_generated/perf_tables.inc``: the same ratios and the baseline
  medians as reST tables, included by ``docs/performance.rst``.

It never runs a benchmark: the docs show exactly the committed run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Optional

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGES = os.path.join(ROOT, "docs", "_static", "perf")
TABLES = os.path.join(ROOT, "docs", "_generated", "perf_tables.inc")

# Contender kinds, in chart order, with their colours.
KINDS: "OrderedDict[str, str]" = OrderedDict(
    [
        ("funcutils compiled", "#1f4e9c"),
        ("funcutils pure", "#8fb3e8"),
        ("pydash", "#e07b1a"),
        ("toolz", "#8ccf7e"),
        ("cytoolz", "#2e8b3a"),
        ("more-itertools", "#8e5bb5"),
    ]
)
BASELINE = "plain Python"
FAMILIES = {
    "flatten": "Flattening",
    "arrays": "Array helpers",
    "collections": "Collection helpers (20,000 dict rows)",
    "functions": "Function helpers (1,000 calls per round)",
}
# Groups shown in summary.png (the README chart), in this order, when present.
SUMMARY = [
    "flatten-one-level",
    "flatten_deep-wide",
    "uniq-200k_ints_100k_distinct",
    "map_-path",
    "group_by-key",
    "count_by-key",
    "curry-chain-3args",
]


def kind_of(name: str) -> str:
    """Classify a benchmark by its test name (``test_x[param-ids]``)."""
    low = name.lower()
    if "funcutils" in low:
        return "funcutils compiled" if ("cython" in low or "compiled" in low) else "funcutils pure"
    if "baseline" in low or "plain-python" in low:
        return BASELINE
    if "cytoolz" in low:
        return "cytoolz"
    if "toolz" in low:
        return "toolz"
    if "more_itertools" in low or "more-itertools" in low:
        return "more-itertools"
    if "pydash" in low:
        return "pydash"
    raise ValueError(f"cannot classify benchmark {name!r}")


@dataclass
class Group:
    name: str
    family: str
    medians: dict[str, float] = field(default_factory=dict)  # kind -> seconds
    baseline_label: str = ""

    def reference(self) -> tuple[str, Optional[float]]:
        if BASELINE in self.medians:
            return BASELINE, self.medians[BASELINE]
        return "pydash", self.medians.get("pydash")

    def ratios(self) -> dict[str, float]:
        _, ref = self.reference()
        if not ref:
            return {}
        return {k: v / ref for k, v in self.medians.items() if k != BASELINE}


def load(path: str) -> tuple[dict[str, Any], list[Group]]:
    with open(path, encoding="utf-8") as f:
        run = json.load(f)
    groups: "OrderedDict[str, Group]" = OrderedDict()
    for bench in run["benchmarks"]:
        family = os.path.basename(bench["fullname"].split("::")[0])[len("bench_"):-len(".py")]
        group = groups.setdefault(bench["group"], Group(bench["group"], family))
        kind = kind_of(bench["name"])
        if kind in group.medians:
            raise ValueError(f"two {kind} benchmarks in group {group.name}")
        group.medians[kind] = bench["stats"]["median"]
        if kind == BASELINE:
            group.baseline_label = bench["param"] or bench["name"]
    return run, list(groups.values())


def fmt_ratio(r: float) -> str:
    if r >= 100:
        return f"{r:,.0f}×"
    if r >= 10:
        return f"{r:.0f}×"
    if r >= 1:
        return f"{r:.1f}×"
    if r >= 0.1:
        return f"{r:.2f}×"
    return f"{r:.3f}×"


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} µs"


def chart(groups: list[Group], title: str, out: str, reference: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sum(len(g.ratios()) for g in groups) + len(groups)  # bars + one gap per group
    fig, ax = plt.subplots(figsize=(9, 1.1 + 0.2 * rows))
    ticks: list[float] = []
    seen: set[str] = set()
    lo, hi = 1.0, 1.0
    y = 0.0
    for group in groups:
        ratios = group.ratios()
        kinds = [k for k in KINDS if k in ratios]
        ticks.append(-(y + (len(kinds) - 1) / 2))
        for kind in kinds:
            r = ratios[kind]
            lo, hi = min(lo, r), max(hi, r)
            ax.barh(-y, r, height=0.85, color=KINDS[kind], label=None if kind in seen else kind)
            seen.add(kind)
            ax.text(r * 1.06, -y, fmt_ratio(r), va="center", fontsize=7)
            y += 1
        y += 1
    ax.set_xscale("log")
    ax.set_xlim(10 ** math.floor(math.log10(lo) - 0.05), 10 ** math.ceil(math.log10(hi) + 0.35))
    ax.axvline(1.0, color="black", linewidth=1)
    ax.set_yticks(ticks)
    ax.set_yticklabels([g.name for g in groups], fontsize=8)
    ax.set_ylim(-(y - 0.6), 0.9)
    ax.set_xlabel(f"median time relative to {reference} (log scale; < 1 is faster, black line = {reference})",
                  fontsize=8)
    ax.set_title(title, fontsize=10, pad=24)
    handles, labels = ax.get_legend_handles_labels()
    order = sorted(range(len(labels)), key=lambda i: list(KINDS).index(labels[i]))
    ax.legend([handles[i] for i in order], [labels[i] for i in order], fontsize=7,
              loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(order), frameon=False)
    ax.grid(axis="x", which="major", linewidth=0.3)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def table(groups: list[Group], reference: str) -> list[str]:
    kinds = [k for k in KINDS if any(k in g.medians for g in groups)]
    lines = [".. list-table::", "   :header-rows: 1", "   :class: perf-table", ""]
    lines.append("   * - group")
    lines.append(f"     - {reference} (median)")
    lines += [f"     - {k}" for k in kinds]
    for g in groups:
        ref_kind, ref = g.reference()
        ratios = g.ratios()
        label = f" ``{g.baseline_label}``" if ref_kind == BASELINE and g.baseline_label else ""
        lines.append(f"   * - ``{g.name}``")
        lines.append(f"     - {fmt_time(ref) if ref else '—'}{label}")
        lines += [f"     - {fmt_ratio(ratios[k]) if k in ratios else '—'}" for k in kinds]
    return lines + [""]


def machine_line(run: dict[str, Any]) -> str:
    m = run["machine_info"]
    c = run.get("commit_info", {})
    cpu = m.get("cpu", {}).get("brand_raw") or m.get("processor") or m.get("machine")
    return (f"Run of {run['datetime'][:16].replace('T', ' ')} UTC, {m['python_implementation']} "
            f"{m['python_version']} on {m['system']} {m['machine']} ({cpu}), "
            f"pytest-benchmark {run['version']}, commit ``{str(c.get('id', '?'))[:10]}``.")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("json", help="a pytest-benchmark JSON file")
    parser.add_argument("--images", default=IMAGES)
    parser.add_argument("--tables", default=TABLES)
    args = parser.parse_args(argv)
    run, groups = load(args.json)
    os.makedirs(args.images, exist_ok=True)
    os.makedirs(os.path.dirname(args.tables), exist_ok=True)
    rel = os.path.relpath(args.json, ROOT)
    out = [
        ".. Generated by benches/plot_results.py from " + rel + ": do not edit.",
        "",
        machine_line(run),
        "",
    ]
    with_base = [g for g in groups if BASELINE in g.medians]
    without = [g for g in groups if BASELINE not in g.medians]
    for family, title in FAMILIES.items():
        fam = [g for g in with_base if g.family == family]
        if not fam:
            continue
        chart(fam, title, os.path.join(args.images, f"{family}.png"), BASELINE)
        out += [title, "~" * len(title), "", f".. image:: /_static/perf/{family}.png",
                f"   :alt: {title}: median time of each contender relative to plain Python", ""]
        out += table(fam, BASELINE)
    if without:
        title = "Groups without a plain-Python baseline (relative to pydash)"
        chart(without, title, os.path.join(args.images, "no-baseline.png"), "pydash")
        out += [title, "~" * len(title), "", ".. image:: /_static/perf/no-baseline.png",
                f"   :alt: {title}", ""]
        out += table(without, "pydash")
    summary = [g for name in SUMMARY for g in with_base if g.name == name]
    if summary:
        chart(summary, "funcutils vs pydash and peers on hot paths (time relative to plain Python)",
              os.path.join(args.images, "summary.png"), BASELINE)
    with open(args.tables, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"{len(groups)} groups from {rel}: charts in {os.path.relpath(args.images, ROOT)}, "
          f"tables in {os.path.relpath(args.tables, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
