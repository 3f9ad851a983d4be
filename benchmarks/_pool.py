"""Shared helpers for the benchmarks: article-sized texts built from the real news pool.

The pool (``../shared/corpus/news-summaries.jsonl.gz``, one JSON object a line
with ``title`` and ``summary``) is turned into articles the way
``../shared/tools/bench.py`` does it: a title line, then 14 summaries as
paragraphs, about 3.5 KB each, deterministic for a given count.

>>> DEFAULT_POOL.name
'news-summaries.jsonl.gz'
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["DEFAULT_POOL", "pool_articles", "pool_items", "rss_mb"]

#: Where the pool sits beside a checkout of the project (``<work>/shared/corpus``); ``$VNLAO_POOL`` overrides.
DEFAULT_POOL = Path(
    os.environ.get("VNLAO_POOL")
    or Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-summaries.jsonl.gz"
)


def pool_items(path: Path = DEFAULT_POOL) -> Iterator[dict[str, str]]:
    """Yield the pool's items (dicts with ``title``, ``summary``, ...) in file order."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def pool_articles(n: int, path: Path = DEFAULT_POOL, per: int = 14) -> list[str]:
    """``n`` article-shaped texts: a title line, then ``per`` summaries as paragraphs.

    >>> pool_articles(0)
    []
    """
    out: list[str] = []
    if n <= 0:
        return out
    batch: list[dict[str, str]] = []
    for item in pool_items(path):
        batch.append(item)
        if len(batch) == per + 1:
            title = (batch[0].get("title") or "").replace("\n", " ")
            paras = [((b.get("title") or "") + ". " + (b.get("summary") or "")).replace("\n", " ") for b in batch[1:]]
            out.append("\n".join([title, *paras]))
            batch = []
            if len(out) == n:
                break
    return out


def rss_mb() -> float:
    """The current resident set size of this process in MB (Linux ``/proc``; peak RSS elsewhere).

    >>> rss_mb() > 0
    True
    """
    try:
        with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # pragma: no cover - not Linux
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
