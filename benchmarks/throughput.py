#!/usr/bin/env python3
"""Parse throughput on article-sized texts from the news pool, with a per-stage breakdown.

Usage:
    python benchmarks/throughput.py [--articles 500] [--repeats 3] [--pool PATH] [--profile 25]

Texts are built as ``../shared/tools/bench.py`` builds them (a title line, then
14 pool summaries as paragraphs, about 3.5 KB each). Printed, each the median
CPU time (process time, so that other work on a shared machine counts less
than in wall time) of ``--repeats`` runs over the same texts:

- ``parse`` end to end, in articles/s and MB/s;
- the reference regex pass of ``bench.py`` (when ``../shared/tools`` is there)
  and the ratio parse/reference (the house target is 0.50 or more);
- every stage of ``parse`` timed on its own over the same documents, in the
  order ``article.py`` runs them: decode, read_document (split into
  normalize, read_layout and split_sentences), scan_dates, scan_periods,
  scan_amounts, extract_officials, extract_meetings, extract_trade, and what
  is left (building the Article), with each stage's share of the total, so
  that hot spots are visible.

``--profile N`` also runs ``parse`` under cProfile and prints the time spent in
each module of the package (counting the regex calls a module makes as its
own), then the N functions with the most time of their own. cProfile adds a
cost to every call, so loops that call a builtin per character (a normaliser)
look larger there than in the stage table, which is measured without it.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vnlao_corpus.article import parse
from vnlao_corpus.entities.officials import extract_officials
from vnlao_corpus.events.meetings import extract_meetings
from vnlao_corpus.events.trade import extract_trade
from vnlao_corpus.text.decode import decode
from vnlao_corpus.text.document import Options, read_document
from vnlao_corpus.text.layout import read_layout
from vnlao_corpus.text.normalize import normalize
from vnlao_corpus.text.sentences import split_sentences
from vnlao_corpus.values.amounts import scan_amounts
from vnlao_corpus.values.dates import scan_dates
from vnlao_corpus.values.periods import scan_periods

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pool import DEFAULT_POOL, pool_articles

BENCH = DEFAULT_POOL.parents[1] / "tools" / "bench.py"


def _load_reference() -> Callable[[str], int] | None:
    """The one-regex reference pass of ``../shared/tools/bench.py``, if that file is there."""
    if not BENCH.exists():
        return None
    spec = importlib.util.spec_from_file_location("_shared_bench", BENCH)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ref: Callable[[str], int] = module.reference
    return ref


def _median_time(run: Callable[[], object], repeats: int) -> float:
    """Median CPU time of ``run()`` over ``repeats`` runs (process time: other load on the machine does not count)."""
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        run()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def stage_times(texts: list[str], repeats: int) -> list[tuple[str, float]]:
    """Median CPU seconds each stage of ``parse`` takes over all ``texts``, in pipeline order.

    The stages run article by article, in order, as ``parse`` runs them (a
    stage that caches on the document is charged as it is inside ``parse``),
    each call timed on its own: timing a stage over all articles in a batch
    flatters it (its code and regexes stay hot in the CPU caches). The
    read_document sub-rows re-run its three parts on their own.
    """
    options = Options()
    names = [
        "decode",
        "  normalize",
        "  read_layout",
        "  split_sentences",
        "read_document",
        "scan_dates",
        "scan_periods",
        "scan_amounts",
        "extract_officials",
        "extract_meetings",
        "extract_trade",
    ]
    runs: dict[str, list[float]] = {name: [] for name in names}
    clock = time.process_time
    for _ in range(repeats):
        spent = dict.fromkeys(names, 0.0)
        for raw in texts:
            t0 = clock()
            text = decode(raw)
            t1 = clock()
            norm = normalize(text)
            t2 = clock()
            layout = read_layout(norm.text)
            t3 = clock()
            split_sentences(norm.text, layout)
            t4 = clock()
            doc = read_document(text)
            t5 = clock()
            dates = scan_dates(doc, options)
            t6 = clock()
            periods = scan_periods(doc, options)
            t7 = clock()
            amounts = scan_amounts(doc)
            t8 = clock()
            officials = extract_officials(doc)
            t9 = clock()
            extract_meetings(doc, officials, dates, periods)
            t10 = clock()
            extract_trade(doc, amounts, periods, dates)
            t11 = clock()
            marks = [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11]
            for name, a, b in zip(names, marks, marks[1:], strict=False):
                spent[name] += b - a
        for name in names:
            runs[name].append(spent[name])
    return [(name, statistics.median(values)) for name, values in runs.items()]


def profile(texts: list[str], top: int) -> str:
    """cProfile of ``parse`` over ``texts``: own time per project module, then the ``top`` functions."""
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        parse(t)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    buf.write(by_module(stats))
    stats.sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def _module_of(filename: str) -> str | None:
    """``values/dates.py`` for a file of the package, ``None`` for anything else."""
    marker = "vnlao_corpus/"
    at = filename.replace("\\", "/").rfind(marker)
    return filename[at + len(marker) :] if at >= 0 else None


def by_module(stats: pstats.Stats) -> str:
    """Own time per module of the package, counting the regex and builtin calls each module makes.

    A function outside the package (``re.Pattern.search``, an attrs ``__init__``)
    has its time split over the callers that called it, so that a module's
    share includes the regex work it asks for.
    """
    table: dict[str, float] = {}
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, tt, _ct, callers) in raw.items():
        total += tt
        module = _module_of(filename)
        if module is not None:
            table[module] = table.get(module, 0.0) + tt
            continue
        edges = {key: edge[2] for key, edge in callers.items()}
        edge_total = sum(edges.values())
        for (caller_file, _l, _n), edge_tt in edges.items():
            owner = _module_of(caller_file) or "(outside the package)"
            share = tt * edge_tt / edge_total if edge_total else tt / len(edges)
            table[owner] = table.get(owner, 0.0) + share
        if not edges:
            table["(outside the package)"] = table.get("(outside the package)", 0.0) + tt
    lines = [f"{'module (own time + the regex/builtin calls it makes)':<56}{'s':>8}{'share':>8}"]
    for module, secs in sorted(table.items(), key=lambda kv: -kv[1]):
        lines.append(f"{module:<56}{secs:>8.3f}{secs / total if total else 0:>8.1%}")
    return "\n".join(lines) + "\n\n"


def main(argv: list[str] | None = None) -> int:
    """Print throughput, the stage table and optionally a profile."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--pool", type=Path, default=DEFAULT_POOL)
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N hottest functions (cProfile)")
    args = ap.parse_args(argv)

    texts = pool_articles(args.articles, args.pool)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} articles, {mb:.2f} MB, median of {args.repeats}")
    parse(texts[0])  # warm-up: lazy loading is not throughput
    t_parse = _median_time(lambda: [parse(t) for t in texts], args.repeats)
    print(f"{'':<28}{'articles/s':>12}{'MB/s':>8}")
    print(f"{'vnlao_corpus.parse':<28}{len(texts) / t_parse:>12.1f}{mb / t_parse:>8.2f}")
    reference = _load_reference()
    if reference is not None:
        t_ref = _median_time(lambda: [reference(t) for t in texts], args.repeats)
        print(f"{'reference (one regex pass)':<28}{len(texts) / t_ref:>12.1f}{mb / t_ref:>8.2f}")
        print(f"parse/reference {t_ref / t_parse:.2f} (target 0.50)")

    print()
    print(f"{'stage':<22}{'ms/article':>11}{'MB/s':>9}{'share':>8}")
    stages = stage_times(texts, args.repeats)
    top_level = 0.0
    for name, secs in stages:
        if not name.startswith(" "):
            top_level += secs
        per = secs * 1e3 / len(texts)
        print(f"{name:<22}{per:>11.3f}{mb / secs if secs else float('inf'):>9.2f}{secs / t_parse:>8.1%}")
    rest = t_parse - top_level
    print(f"{'rest (Article, spans)':<22}{rest * 1e3 / len(texts):>11.3f}{'':>9}{rest / t_parse:>8.1%}")
    print(f"{'parse':<22}{t_parse * 1e3 / len(texts):>11.3f}{mb / t_parse:>9.2f}{1:>8.1%}")
    if args.profile:
        print()
        print(profile(texts, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
