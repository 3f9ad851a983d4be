#!/usr/bin/env python3
"""Memory over a long run: is resident memory flat while ``parse`` reads 100,000 articles?

Usage:
    python benchmarks/memory.py [--count 100000] [--every 10000] [--distinct 2000]
                                [--pool PATH] [--growth 25] [--workers 0,2] [--skip-parse-many]

``--distinct`` article-shaped texts are built from the news pool (as
``../shared/tools/bench.py`` builds them) and cycled until ``--count`` articles
have been parsed, each result dropped at once. Resident memory (RSS) is
sampled every ``--every`` articles. A cache keyed on the text, a diagnostics
list that is shared between calls, or anything else that keeps something per
article shows up as RSS that keeps growing.

The same run is repeated through ``vnlao_corpus.corpus.parse_many`` when that
function exists (its results consumed one by one and dropped), once per
``--workers`` value (``0``: in this process; ``2``: two worker processes,
whose RSS is summed in the ``workers MB`` column).

Exit status 1 when RSS grows by more than ``--growth`` MB between the first
sample and the last in either run.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import itertools
import os
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from vnlao_corpus import parse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pool import DEFAULT_POOL, pool_articles, rss_mb


def _peak_mb() -> float:
    """Peak RSS of this process so far, in MB (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def children_rss_mb() -> float:
    """Summed RSS of this process's child processes, in MB (Linux ``/proc``; 0 elsewhere)."""
    total = 0.0
    try:
        tasks = list(Path("/proc/self/task").iterdir())
    except OSError:  # pragma: no cover - not Linux
        return 0.0
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for pid in children:
            try:
                pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue
            total += pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    return total


def run(name: str, results: Iterable[object], count: int, every: int) -> float:
    """Consume ``count`` results, printing RSS every ``every``; return growth in MB from first to last sample."""
    print(f"\n{name}")
    print(f"{'articles':>10}{'RSS MB':>10}{'peak MB':>10}{'workers MB':>12}{'articles/s':>12}")
    samples: list[float] = []
    t0 = time.perf_counter()
    done = 0
    for done, _ in enumerate(itertools.islice(results, count), start=1):
        if done % every == 0:
            samples.append(rss_mb())
            rate = done / (time.perf_counter() - t0)
            workers = children_rss_mb()
            samples[-1] += workers
            print(f"{done:>10,}{rss_mb():>10.1f}{_peak_mb():>10.1f}{workers:>12.1f}{rate:>12.1f}", flush=True)
    if done < count:
        print(f"  only {done:,} results came back for {count:,} inputs")
    if len(samples) < 2:
        return 0.0
    growth = samples[-1] - samples[0]
    print(f"growth from first to last sample: {growth:+.1f} MB")
    return growth


def _cycled(texts: list[str], count: int) -> Iterator[str]:
    return itertools.islice(itertools.cycle(texts), count)


def _parse_many() -> Callable[..., Iterable[object]] | None:
    """``vnlao_corpus.corpus.parse_many`` if it exists."""
    try:
        corpus = importlib.import_module("vnlao_corpus.corpus")
    except ImportError:
        return None
    fn = getattr(corpus, "parse_many", None)
    return fn if callable(fn) else None


def main(argv: list[str] | None = None) -> int:
    """Run the loops; return 1 when memory keeps growing."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--every", type=int, default=10_000)
    ap.add_argument("--distinct", type=int, default=2_000)
    ap.add_argument("--pool", type=Path, default=DEFAULT_POOL)
    ap.add_argument("--growth", type=float, default=25.0, help="largest allowed RSS growth in MB")
    ap.add_argument("--workers", default="0,2", help="parse_many worker counts to run, comma-separated")
    ap.add_argument("--skip-parse-many", action="store_true")
    args = ap.parse_args(argv)

    texts = pool_articles(args.distinct, args.pool)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} distinct articles ({mb:.1f} MB) cycled to {args.count:,}; RSS before: {rss_mb():.1f} MB")
    problems: list[str] = []
    growth = run("parse() in a loop", (parse(t) for t in _cycled(texts, args.count)), args.count, args.every)
    if growth > args.growth:
        problems.append(f"parse: RSS grew {growth:.1f} MB")

    parse_many = None if args.skip_parse_many else _parse_many()
    if parse_many is None:
        print("\nvnlao_corpus.corpus.parse_many: not there (or skipped)")
    else:
        print(f"\nparse_many{inspect.signature(parse_many)}")
        for workers in (int(w) for w in args.workers.split(",")):
            results = parse_many(_cycled(texts, args.count), text=True, workers=workers)
            growth = run(f"parse_many(text=True, workers={workers})", results, args.count, args.every)
            if growth > args.growth:
                problems.append(f"parse_many(workers={workers}): RSS grew {growth:.1f} MB")

    print()
    if problems:
        print("FAILED: " + "; ".join(problems))
        return 1
    print(f"memory flat (growth within {args.growth:.0f} MB); peak RSS {_peak_mb():.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
