#!/usr/bin/env python3
"""How long ``import vnlao_corpus`` takes in a fresh interpreter (target: under 150 ms).

Usage:
    python benchmarks/import_time.py [--runs 9] [--limit 150] [--top 12] [--python PATH]

Each run starts a new interpreter (``python -X importtime -c "import vnlao_corpus"``)
and reads the cumulative time of the top-level ``vnlao_corpus`` import from the
``-X importtime`` report; the bare interpreter start-up (``python -c pass``) is
not counted. Prints the median and the fastest run, then, from the median run,
the ``--top`` heaviest imports by their own time so that a slow dependency
(babel data, cattrs, a regex compiled at import) is visible.

Exit status 1 when the median is over ``--limit`` milliseconds.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys

_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def one_run(python: str, module: str) -> tuple[float, list[tuple[int, int, str]]]:
    """Milliseconds for ``import module`` in a fresh interpreter, and every (self µs, cumulative µs, name) row."""
    proc = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[tuple[int, int, str]] = []
    total = 0
    for line in proc.stderr.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        own, cumulative, name = int(m.group(1)), int(m.group(2)), m.group(4)
        rows.append((own, cumulative, name))
        if name == module:
            total = cumulative
    return total / 1e3, rows


def main(argv: list[str] | None = None) -> int:
    """Time the import; return 1 when the median is over the limit."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--limit", type=float, default=150.0, help="milliseconds")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--module", default="vnlao_corpus")
    args = ap.parse_args(argv)

    one_run(args.python, args.module)  # warm the file-system cache and the .pyc files
    runs = [one_run(args.python, args.module) for _ in range(args.runs)]
    times = sorted(ms for ms, _ in runs)
    median = statistics.median(times)
    print(f"import {args.module}: median {median:.1f} ms, fastest {times[0]:.1f} ms over {args.runs} runs")
    median_rows = min(runs, key=lambda r: abs(r[0] - median))[1]
    print(f"\nheaviest imports by own time (run closest to the median):\n{'own ms':>8}{'cum ms':>9}  module")
    for own, cumulative, name in sorted(median_rows, reverse=True)[: args.top]:
        print(f"{own / 1e3:>8.1f}{cumulative / 1e3:>9.1f}  {name}")
    verdict = "ok" if median <= args.limit else "OVER"
    print(f"\nmedian {median:.1f} ms, limit {args.limit:.0f} ms: {verdict}")
    return 0 if median <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
