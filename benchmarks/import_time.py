#!/usr/bin/env python3
"""How long ``import vnlao_corpus`` takes in a fresh interpreter (target: under 150 ms).

Usage:
    python benchmarks/import_time.py [--runs 9] [--limit 150] [--top 12] [--python PATH]

Each run starts a new interpreter (``python -X importtime -c "import vnlao_corpus"``)
and reads the cumulative time of the top-level ``vnlao_corpus`` import from the
``-X importtime`` report (wall time). It also measures the CPU time (user +
system) of the child interpreter, minus the CPU time of a bare ``python -c pass``:
on a shared, loaded machine wall time mostly measures the other processes, CPU
time much less so. Prints medians and the fastest runs, then, from the median
run, the ``--top`` heaviest imports by their own time so that a slow dependency
(babel data, cattrs, a regex compiled at import) is visible.

Exit status 1 when the median CPU time is over ``--limit`` milliseconds.
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys

_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def _child_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_run(python: str, code: str) -> float:
    """CPU milliseconds a fresh interpreter takes to run ``code``."""
    before = _child_cpu()
    subprocess.run([python, "-c", code], check=True, capture_output=True)
    return (_child_cpu() - before) * 1e3


def one_run(python: str, module: str) -> tuple[float, list[tuple[int, int, str]]]:
    """Wall milliseconds for ``import module`` in a fresh interpreter, and every (self µs, cumulative µs, name) row."""
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


_OWN_CPU = """
import importlib, importlib.util, sys, time
target, order = sys.argv[1], sys.argv[2:]
# Register the target's packages without running their __init__, so that importing a
# submodule does not run the package __init__ (which imports everything) first.
stubs = {}
for name in sorted((n for n in order if n == target or n.startswith(target + ".")), key=lambda n: n.count(".")):
    spec = importlib.util.find_spec(name)
    if spec is not None and spec.submodule_search_locations is not None:
        stubs[name] = (spec, importlib.util.module_from_spec(spec))
        sys.modules[name] = stubs[name][1]
rows = []
for name in order:
    t0 = time.process_time()
    try:
        if name in stubs:
            spec, module = stubs[name]
            spec.loader.exec_module(module)
        else:
            importlib.import_module(name)
    except Exception:
        continue
    rows.append((time.process_time() - t0, name))
for secs, name in rows:
    print(f"{secs * 1e3:.3f} {name}")
"""


def own_cpu(python: str, module: str, order: list[str]) -> list[tuple[float, str]]:
    """CPU milliseconds of each module's own import, importing them in ``-X importtime`` order.

    That order lists a module after everything it imports, so importing in it
    charges each module only for its own body (its regexes, lexicons, classes).
    """
    proc = subprocess.run([python, "-c", _OWN_CPU, module, *order], capture_output=True, text=True, check=True)
    out = []
    for line in proc.stdout.splitlines():
        ms, name = line.split(" ", 1)
        out.append((float(ms), name))
    return out


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
    bare = [cpu_run(args.python, "pass") for _ in range(args.runs)]
    cpu = [cpu_run(args.python, f"import {args.module}") for _ in range(args.runs)]
    cpu_ms = statistics.median(cpu) - statistics.median(bare)
    times = sorted(ms for ms, _ in runs)
    median = statistics.median(times)
    print(f"import {args.module}: wall (-X importtime) median {median:.1f} ms, fastest {times[0]:.1f} ms")
    print(
        f"import {args.module}: CPU median {cpu_ms:.1f} ms "
        f"(interpreter with import {statistics.median(cpu):.1f} ms, bare {statistics.median(bare):.1f} ms), "
        f"over {args.runs} runs"
    )
    median_rows = min(runs, key=lambda r: abs(r[0] - median))[1]
    print(f"\nheaviest imports by own time (run closest to the median):\n{'own ms':>8}{'cum ms':>9}  module")
    for own, cumulative, name in sorted(median_rows, reverse=True)[: args.top]:
        print(f"{own / 1e3:>8.1f}{cumulative / 1e3:>9.1f}  {name}")
    order = [name.strip() for _, _, name in median_rows]
    print(f"\nheaviest imports by own CPU time (imported one by one in that order):\n{'own ms':>8}  module")
    rows = own_cpu(args.python, args.module, order)
    for ms, name in sorted(rows, reverse=True)[: args.top]:
        print(f"{ms:>8.1f}  {name}")
    ours = sum(ms for ms, name in rows if name == args.module or name.startswith(args.module + "."))
    print(f"{sum(ms for ms, _ in rows):>8.1f}  all imports ({ours:.1f} in {args.module} itself)")
    verdict = "ok" if cpu_ms <= args.limit else "OVER"
    print(f"\nCPU median {cpu_ms:.1f} ms, limit {args.limit:.0f} ms: {verdict}")
    return 0 if cpu_ms <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
