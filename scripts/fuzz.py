#!/usr/bin/env python3
"""Fuzz ``parse``, ``find_dates``, ``find_amounts`` and ``find_periods`` with random and mutated real text.

Usage:
    python scripts/fuzz.py POOL.jsonl.gz [--iterations N | --seconds T] [--seed S]
                           [--out fuzz-crashes] [--slow 2.0] [--items 20000]

Seeds are real items of the news pool (title + summary, sometimes several
items glued into one article). Each iteration takes a seed or pure random
text, applies one to six mutations (byte flips, insert / delete / duplicate a
chunk, swap digits and separators, NFD, random unicode, zero-width and
no-break spaces, splice two items, glue or split lines) and feeds the result
to every entry point. Byte-level mutations are fed to ``parse`` as ``bytes``.

A failure is any exception other than the documented ones (``DecodeError``
for undecodable bytes, ``InputTooLargeError`` past ``MAX_INPUT_CHARS``), a
mention whose offsets do not quote the input (``text[m.start:m.end] != m.text``),
or a call slower than ``--slow`` seconds (a likely super-linear case). Each
failure is shrunk to a minimal reproducer by deleting chunks while the same
failure persists, printed, and saved under ``--out`` (the input as ``.txt`` or
``.bin``, the traceback as ``.log``). Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import signal
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

import vnlao_corpus
from vnlao_corpus import DecodeError, InputTooLargeError

Input = str | bytes
ENTRY_POINTS: dict[str, Callable[[Any], Any]] = {
    "parse": vnlao_corpus.parse,
    "find_dates": vnlao_corpus.find_dates,
    "find_amounts": vnlao_corpus.find_amounts,
    "find_periods": vnlao_corpus.find_periods,
}
_NOISE = ["\u200b", "\u200c", "\u00a0", "\u202f", "\u00ad", "\ufeff", "  ", "\u00d0", "\t", "\r", "\u2028", "\x00"]
_SEPARATORS = "/.-,:–—%()|"
_KEYWORDS = [
    "ngày ",
    "tháng ",
    "năm ",
    "quý ",
    "tỷ ",
    "triệu ",
    "USD",
    "đồng",
    "Bộ trưởng ",
    "Lào",
    "hội đàm",
    "Ảnh: ",
    "https://",
    "Sáng ",
    " - ",
    "\n",
]


class SlowCall(Exception):
    """Raised by the alarm when one call runs past the ``--slow`` limit."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise SlowCall


def load_seeds(path: Path, limit: int, rng: random.Random) -> list[str]:
    """Up to ``limit`` items of the pool as ``title\\nsummary`` texts, a reservoir sample over the whole file."""
    seeds: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            item = json.loads(line)
            text = f"{item.get('title') or ''}\n{item.get('summary') or ''}"
            if len(seeds) < limit:
                seeds.append(text)
            else:
                j = rng.randrange(i + 1)
                if j < limit:
                    seeds[j] = text
    return seeds


def _random_unicode(rng: random.Random, n: int) -> str:
    """``n`` random code points, weighted towards Vietnamese letters, combining marks and digits."""
    out = []
    for _ in range(n):
        band = rng.random()
        if band < 0.3:
            out.append(chr(rng.randint(0x1EA0, 0x1EF9)))  # Vietnamese precomposed letters
        elif band < 0.45:
            out.append(chr(rng.randint(0x0300, 0x036F)))  # combining marks
        elif band < 0.65:
            out.append(rng.choice("0123456789"))
        elif band < 0.75:
            out.append(rng.choice(_SEPARATORS))
        elif band < 0.9:
            out.append(chr(rng.randint(0x20, 0x7E)))
        else:
            cp = rng.randint(0, 0x10FFFF)
            out.append(chr(cp))  # surrogates included: a str may hold them
    return "".join(out)


def mutate_text(text: str, rng: random.Random, seeds: Sequence[str]) -> str:
    """One text-level mutation of ``text``."""
    n = len(text)
    i = rng.randint(0, n)
    j = min(n, i + rng.randint(0, 60))
    op = rng.randrange(11)
    if op == 0:  # delete a chunk
        return text[:i] + text[j:]
    if op == 1:  # duplicate a chunk
        return text[:j] + text[i:j] * rng.randint(1, 4) + text[j:]
    if op == 2:  # insert a chunk copied from elsewhere
        k = rng.randint(0, n)
        return text[:i] + text[k : k + rng.randint(1, 40)] + text[i:]
    if op == 3:  # swap digits and separators
        chars = list(text)
        for _ in range(rng.randint(1, 8)):
            if not chars:
                break
            p = rng.randrange(len(chars))
            chars[p] = rng.choice(_SEPARATORS) if chars[p].isdigit() else rng.choice("0123456789")
        return "".join(chars)
    if op == 4:  # decompose part of the text
        return text[:i] + unicodedata.normalize("NFD", text[i:j] if j > i else text) + text[j:]
    if op == 5:  # random unicode
        return text[:i] + _random_unicode(rng, rng.randint(1, 20)) + text[i:]
    if op == 6:  # scraping noise
        return text[:i] + rng.choice(_NOISE) * rng.randint(1, 3) + text[i:]
    if op == 7:  # splice with another item
        other = rng.choice(seeds) if seeds else text
        return text[:i] + other[rng.randint(0, len(other)) :]
    if op == 8:  # glue or split lines
        if "\n" in text and rng.random() < 0.5:
            return text.replace("\n", rng.choice(["", " ", "."]), 1)
        return text[:i] + "\n" + text[i:]
    if op == 9:  # a keyword the grammars look for
        return text[:i] + rng.choice(_KEYWORDS) + text[i:]
    # repeat a small piece many times (long runs of one form)
    piece = text[i : i + rng.randint(1, 6)] or "1/"
    return text[:i] + piece * rng.randint(10, 300) + text[i:]


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """Flip, insert or delete a few bytes; sometimes re-encode in another encoding."""
    if rng.random() < 0.2:
        text = data.decode("utf-8", "replace")
        enc = rng.choice(["utf-16", "utf-16-le", "utf-8-sig", "cp1258", "latin-1"])
        data = text.encode(enc, "replace")
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(3)
        p = rng.randint(0, len(buf))
        if op == 0 and p < len(buf):
            buf[p] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[p:p] = bytes([rng.randrange(256)])
        elif p < len(buf):
            del buf[p]
    return bytes(buf)


def make_input(rng: random.Random, seeds: Sequence[str]) -> Input:
    """One fuzz input: mutated real text (mostly), pure random text, or mutated bytes."""
    roll = rng.random()
    if roll < 0.1 or not seeds:
        return _random_unicode(rng, rng.randint(0, 400))
    base = "\n".join(rng.choice(seeds) for _ in range(rng.randint(1, 6)))
    if roll < 0.25:
        return mutate_bytes(base.encode("utf-8"), rng)
    text = base
    for _ in range(rng.randint(1, 6)):
        text = mutate_text(text, rng, seeds)
    return text


def check(name: str, raw: Input) -> None:
    """Call ``name`` on ``raw``; raise on an undocumented exception or a mention that does not quote the input."""
    fn = ENTRY_POINTS[name]
    try:
        result = fn(raw)
    except (DecodeError, InputTooLargeError):
        return
    if name == "parse":
        source = result.text
        mentions = [*result.dates, *result.periods, *result.amounts]
        if isinstance(raw, str) and source != raw:
            msg = "Article.text is not the text given"
            raise AssertionError(msg)
    else:
        source = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
        mentions = list(result)
    for m in mentions:
        if source[m.start : m.end] != m.text:
            msg = f"mention {m.text!r} at [{m.start}:{m.end}] quotes {source[m.start : m.end]!r}"
            raise AssertionError(msg)


def failure_of(name: str, raw: Input, slow: float) -> tuple[str, str] | None:
    """``(signature, traceback)`` of the failure ``check`` hits on ``raw``, or ``None``.

    The signature (exception type and the innermost project frame) decides
    whether a shrunk input still fails the same way.
    """
    signal.setitimer(signal.ITIMER_REAL, slow)
    try:
        check(name, raw)
    except SlowCall:
        return f"slow>{slow}s", "".join(traceback.format_stack(limit=8))
    except Exception as exc:
        tb = traceback.extract_tb(exc.__traceback__)
        frames = [f for f in tb if "vnlao_corpus" in f.filename] or list(tb)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].name}" if frames else "?"
        return f"{type(exc).__name__}@{where}", "".join(traceback.format_exception(exc))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def _without(data: Input, start: int, end: int) -> Input:
    """``data`` with ``data[start:end]`` deleted."""
    if isinstance(data, str):
        return data[:start] + data[end:]
    return data[:start] + data[end:]


def shrink(name: str, raw: Input, signature: str, slow: float, budget: float = 30.0) -> Input:
    """Delete chunks of ``raw`` (halving the chunk size) while the same failure persists."""
    deadline = time.monotonic() + budget
    current = raw
    chunk = max(1, len(current) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i = 0
        progressed = False
        while i < len(current) and time.monotonic() < deadline:
            candidate = _without(current, i, i + chunk)
            got = failure_of(name, candidate, slow)
            if got is not None and got[0] == signature:
                current = candidate
                progressed = True
            else:
                i += chunk
        if not progressed:
            chunk //= 2
    return current


def save(out: Path, name: str, signature: str, raw: Input, tb: str) -> Path:
    """Write the reproducer and its traceback under ``out``; return the input's path."""
    out.mkdir(parents=True, exist_ok=True)
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    digest = hashlib.sha1(data).hexdigest()[:10]
    stem = f"{name}-{signature.replace('@', '-').replace(':', '-').replace('>', '')}-{digest}"
    path = out / (stem + (".txt" if isinstance(raw, str) else ".bin"))
    path.write_bytes(data)
    (out / (stem + ".log")).write_text(f"{name}({raw!r})\n\n{tb}", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """Fuzz until the iteration or time budget is spent; return 1 when anything failed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pool", type=Path, help="news-summaries.jsonl.gz")
    ap.add_argument("--iterations", type=int, default=0, help="stop after N inputs (0: no limit)")
    ap.add_argument("--seconds", type=float, default=60.0, help="stop after T seconds (0: no limit)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--items", type=int, default=20_000, help="pool items to sample as seeds")
    ap.add_argument("--out", type=Path, default=Path("fuzz-crashes"))
    ap.add_argument("--slow", type=float, default=2.0, help="seconds one call may take")
    ap.add_argument("--functions", default=",".join(ENTRY_POINTS))
    args = ap.parse_args(argv)
    if not args.iterations and not args.seconds:
        ap.error("give --iterations or --seconds")

    rng = random.Random(args.seed)
    seeds = load_seeds(args.pool, args.items, rng)
    names = args.functions.split(",")
    signal.signal(signal.SIGALRM, _alarm)
    print(f"{len(seeds):,} seeds from {args.pool}; fuzzing {', '.join(names)}", flush=True)

    seen: dict[tuple[str, str], Path] = {}
    t0 = time.monotonic()
    count = 0
    while (not args.iterations or count < args.iterations) and (
        not args.seconds or time.monotonic() - t0 < args.seconds
    ):
        raw = make_input(rng, seeds)
        count += 1
        for name in names:
            if name != "parse" and isinstance(raw, bytes):
                continue  # find_* take str
            got = failure_of(name, raw, args.slow)
            if got is None or (name, got[0]) in seen:
                continue
            signature, _ = got
            small = shrink(name, raw, signature, args.slow)
            _, tb = failure_of(name, small, args.slow) or got
            path = save(args.out, name, signature, small, tb)
            seen[(name, signature)] = path
            print(f"\nFAIL {name}: {signature}\n  reproducer ({len(small)} of {len(raw)}): {small!r}")
            print("  " + tb.strip().splitlines()[-1])
            print(f"  saved to {path}", flush=True)
        if count % 1000 == 0:
            print(f"{count:,} inputs, {time.monotonic() - t0:.0f} s, {len(seen)} distinct failures", flush=True)
    print(f"\n{count:,} inputs in {time.monotonic() - t0:.0f} s: {len(seen)} distinct failures")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
