#!/usr/bin/env python3
"""A proposed drop-in for ``text/normalize.py``'s ``_one_pass``, checked against it and timed.

Usage:
    python benchmarks/normalize_fast.py [--items 20000] [--random 20000] [--pool PATH]

``_one_pass`` walks the whole text one character at a time in Python as soon as
anything in it needs work (one double space, one ``hoà``), which makes
``normalize`` the largest single cost of ``parse`` on the articles that need
it. ``fast_one_pass`` below gives the same result and the same offset maps,
but lets a regex find the few places that need work and copies the plain runs
between them in bulk (``str`` slices and ``range`` extends).

What needs work, and why the candidate pattern finds all of it:

- zero-width and other dropped characters, no-break and other spaces, and
  runs of two or more spaces: found as runs of ``[ \\u00a0...]`` (a run, so
  that the one-space-per-run rule sees a whole run at once);
- ``Ð``/``ð``: found by name;
- combining marks (``unicodedata.combining(c) != 0``): no code point below
  U+0300 and none in U+1E00..U+1EFF (Latin Extended Additional, the
  precomposed Vietnamese letters) is a combining mark, so every mark is in
  the class ``[^\\x00-\\u02ff\\u1e00-\\u1eff]``; each hit in that class is then
  checked with ``unicodedata.combining``, and anything else in it (curly
  quotes, dashes, CJK) is an ordinary character.

The script runs both versions on pool items (as they are, NFD, and with
scraping noise) and on random strings over an alphabet of the awkward
characters, and exits 1 at the first difference; then prints the speed-up.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

from vnlao_corpus.text import normalize as current

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pool import DEFAULT_POOL, pool_items

_DROP = current._DROP
_SPACE = current._SPACE
_ETH = current._ETH
_RETONE = current._RETONE
_RETONE_RE = current._RETONE_RE

_SPACE_OR_DROP = " " + _SPACE + _DROP
_CANDIDATE = re.compile(
    "["
    + re.escape(_SPACE_OR_DROP)
    + "]{2,}|["
    + re.escape(_SPACE + _DROP)
    + "]|["
    + "".join(_ETH)
    + "]|[^\\x00-\\u02ff\\u1e00-\\u1eff]"
)
_combining = unicodedata.combining


def fast_one_pass(text: str) -> tuple[str, list[int], list[int]]:
    """Same as ``normalize._one_pass``: the result and, per output character, its input span."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    pos = 0
    for m in _CANDIDATE.finditer(text):
        a = m.start()
        if a < pos:
            continue  # inside a cluster already read
        copied = a > pos
        if copied:
            pieces.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        c = text[a]
        if c in _SPACE_OR_DROP:
            prev_space = False
            for i in range(a, m.end()):
                if text[i] in _DROP:
                    continue
                if not prev_space:
                    pieces.append(" ")
                    starts.append(i)
                    ends.append(i + 1)
                    prev_space = True
            pos = m.end()
            continue
        begin = a
        if copied and _combining(c) and text[a - 1] != " ":
            # The plain character just copied is the base of this mark: read them as one cluster.
            begin = a - 1
            pieces[-1] = pieces[-1][:-1]
            starts.pop()
            ends.pop()
        end = a + 1
        while end < n and _combining(text[end]):
            end += 1
        cluster = text[begin:end]
        if end - begin > 1:
            cluster = unicodedata.normalize("NFC", cluster)
        cluster = _ETH.get(cluster, cluster)
        pieces.append(cluster)
        starts.extend([begin] * len(cluster))
        ends.extend([end] * len(cluster))
        pos = end
    if pos < n:
        pieces.append(text[pos:])
        starts.extend(range(pos, n))
        ends.extend(range(pos + 1, n + 1))
    result = "".join(pieces)
    if _RETONE_RE.search(result):
        result = _RETONE_RE.sub(lambda m: _RETONE[m.group()], result)
    return result, starts, ends


_AWKWARD = (
    list(" \n\t.,/-0123456789")
    + list("aoeuyqAOUQhlnđĐ")
    + list("àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠ")
    + ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0483", "\u05b0", "\u20d0"]
    + list(_DROP + _SPACE + "".join(_ETH))
    + ["“", "”", "–", "中", "\u2126", "\U0001f600"]
)


def _samples(items: int, randoms: int, pool: Path) -> list[str]:
    rng = random.Random(3)
    out: list[str] = []
    if pool.exists():
        for k, item in enumerate(pool_items(pool)):
            if k >= items:
                break
            text = f"{item.get('title') or ''}\n{item.get('summary') or ''}"
            out.append(text)
            out.append(unicodedata.normalize("NFD", text))
            i = rng.randint(0, len(text))
            out.append(text[:i] + rng.choice(_DROP + _SPACE) + "  " + text[i:])
    for _ in range(randoms):
        out.append("".join(rng.choice(_AWKWARD) for _ in range(rng.randint(0, 30))))
    return out


def main(argv: list[str] | None = None) -> int:
    """Check equality on every sample, then time both versions on the pool samples."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=20_000)
    ap.add_argument("--random", type=int, default=20_000)
    ap.add_argument("--pool", type=Path, default=DEFAULT_POOL)
    args = ap.parse_args(argv)
    samples = _samples(args.items, args.random, args.pool)
    for text in samples:
        if current._one_pass(text) != fast_one_pass(text):
            print(f"DIFFERENT on {text!r}")
            print(f"  current {current._one_pass(text)!r}")
            print(f"  fast    {fast_one_pass(text)!r}")
            return 1
    print(f"same result and offset maps on {len(samples):,} samples")
    groups = {
        "pool items as published": samples[0 : 3 * args.items : 3],
        "pool items in NFD": samples[1 : 3 * args.items : 3],
        "pool items with a space or two": samples[2 : 3 * args.items : 3],
    }
    for label, texts in groups.items():
        work = [t for t in texts if current._needs_work(t)]
        if not work:
            continue
        kb = sum(map(len, work)) / 1024
        row = []
        for fn in (current._one_pass, fast_one_pass):
            t0 = time.process_time()
            for t in work:
                fn(t)
            row.append((time.process_time() - t0) * 1e6 / kb)
        print(f"{label:<34}{len(work):>7,} need work: current {row[0]:7.1f} µs/KB, fast {row[1]:7.1f} µs/KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
