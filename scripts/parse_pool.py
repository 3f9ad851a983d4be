#!/usr/bin/env python3
"""Parse every item of the real news pool and report count, exceptions and seconds.

Usage:
    python scripts/parse_pool.py [POOL] [--limit N] [--show K]

POOL defaults to ``../shared/corpus/news-summaries.jsonl.gz`` (relative to the
repository root). Each item's ``title + "\\n" + summary`` is parsed as one
article with :func:`vnlao_corpus.parse`. The report gives the number of items,
how many raised (with the first K tracebacks), the total and per-item time,
and the diagnostics seen most often. ``parse`` must never raise on text, so
any exception is a bug. Not imported by the tests.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import time
import traceback
from pathlib import Path

from vnlao_corpus import parse

DEFAULT_POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news-summaries.jsonl.gz"


def main(argv: list[str] | None = None) -> int:
    """Run the pool; return 1 if any item raised."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pool", nargs="?", type=Path, default=DEFAULT_POOL, help="a .jsonl or .jsonl.gz file")
    ap.add_argument("--limit", type=int, default=0, help="parse only the first N items (0: all)")
    ap.add_argument("--show", type=int, default=3, help="print the first K tracebacks")
    args = ap.parse_args(argv)

    opener = gzip.open if args.pool.suffix == ".gz" else open
    texts: list[str] = []
    with opener(args.pool, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            texts.append(f"{item.get('title') or ''}\n{item.get('summary') or ''}")
            if args.limit and len(texts) >= args.limit:
                break

    failures: list[tuple[int, str]] = []
    codes: collections.Counter[str] = collections.Counter()
    chars = sum(len(t) for t in texts)
    start = time.perf_counter()
    for index, text in enumerate(texts):
        try:
            article = parse(text)
        except Exception:  # report every kind: parse must not raise on text
            failures.append((index, traceback.format_exc()))
            continue
        codes.update(d.code for d in article.diagnostics)
    seconds = time.perf_counter() - start

    for index, tb in failures[: args.show]:
        print(f"--- item {index}: {texts[index][:120]!r}\n{tb}", file=sys.stderr)
    print(f"pool: {args.pool}")
    print(f"items: {len(texts)}  characters: {chars:,}")
    print(f"exceptions: {len(failures)}")
    print(
        f"seconds: {seconds:.2f}  ({1e6 * seconds / max(1, len(texts)):.0f} µs/item, "
        f"{chars / seconds / 1e6:.2f} M chars/s)"
    )
    print("diagnostics: " + ", ".join(f"{code} {n}" for code, n in codes.most_common(8)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
