#!/usr/bin/env python3
"""Adversarial inputs: does time per KB stay flat as the input grows from 10 KB to 1 MB?

Usage:
    python benchmarks/adversarial.py [--sizes 10,100,300,1024] [--functions parse,find_dates]
                                     [--inputs digits,nfd-text] [--timeout 60] [--limit 3.0]

Each adversarial input (1 MB of digits and separators, of capitalised words, of
titles without names, of ``.``/``/``/``-`` runs, one enormous line, many short
lines, spaces and zero-width characters, NFD text, ...) is built at each size
(in KB of characters) and fed to ``parse``, ``find_dates`` and ``find_amounts``.
Each measurement runs in a forked child with a timeout, so a super-linear case
shows up as TIMEOUT instead of a stall. The table gives CPU microseconds per KB
(process time, so that other work on the machine does not count; the minimum
over repeats), and the ratio of the last size to the first.

Then input one character past ``vnlao_corpus.MAX_INPUT_CHARS`` must be refused
with ``InputTooLargeError`` within a second.

Exit status 1 when any ratio is above ``--limit`` (3.0), any call times out or
raises, or the size limit is not enforced promptly; so this script is a check.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time
import unicodedata
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import vnlao_corpus
from vnlao_corpus import InputTooLargeError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pool import DEFAULT_POOL, pool_articles

KB = 1024
FUNCTIONS: dict[str, Callable[[str], object]] = {
    "parse": vnlao_corpus.parse,
    "find_dates": vnlao_corpus.find_dates,
    "find_amounts": vnlao_corpus.find_amounts,
}

# Sentences written for this benchmark, used when the news pool is not there.
_FALLBACK = (
    "Sáng 27/8, Phó Thủ tướng Nguyễn Văn An hội đàm với Bộ trưởng Ngoại giao Lào Somsak Vongsa tại Hà Nội. "
    "Kim ngạch thương mại hai chiều 7 tháng đầu năm 2024 đạt 1,1 tỷ USD, tăng 16,7% so với cùng kỳ. "
    "Đến nay Việt Nam có 274 dự án đầu tư sang Lào với tổng vốn hơn 5,5 tỷ USD."
)


def _fill(unit: str, n: int) -> str:
    """``unit`` repeated and cut to exactly ``n`` characters."""
    return (unit * (n // len(unit) + 1))[:n]


def _capitalised(n: int) -> str:
    """Random capitalised Vietnamese-looking words separated by spaces, no punctuation (a name that never ends)."""
    rng = random.Random(8)
    syllables = ["Nguyễn", "Văn", "Thị", "Bình", "Sơn", "Phạm", "Minh", "Chính", "Bun", "Xay", "Lào", "Hà", "Nội"]
    words: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(syllables)
        words.append(w)
        size += len(w) + 1
    return " ".join(words)[:n]


_REAL: list[str] = []


def _real_text() -> str:
    """About 1 MB of real article text from the pool (or the fallback sentences), newline-separated."""
    if not _REAL:
        texts = pool_articles(320) if DEFAULT_POOL.exists() else []
        _REAL.append("\n".join(texts) if texts else _fill(_FALLBACK + "\n", 1100 * KB))
    return _REAL[0]


def _one_line(n: int) -> str:
    """Real text with every newline removed: one enormous line (the scraped layout gone wrong)."""
    return _fill(_real_text().replace("\n", " "), n)


def _nfd(n: int) -> str:
    """Real text decomposed to NFD, cut to ``n`` characters."""
    return _fill(unicodedata.normalize("NFD", _real_text()), n)


def _officials(n: int) -> str:
    """One short paragraph per official: many distinct foreign names, each beside a country name.

    Invented Lao-style names (first x last), 400 of them, each line naming a
    title, a person and a country: the shape that makes per-person work over
    all country mentions and all name spans grow faster than the text.
    """
    first = ["Somsak", "Bounthong", "Khamphao", "Sonexay", "Phankham", "Thongsing", "Viengkham", "Kikeo"]
    first += ["Sinlavong", "Chanthala", "Douangdy", "Khamsay", "Phetsamone", "Vilayvanh", "Bouasone", "Inpeng"]
    last = ["Vongsa", "Phommachanh", "Sisoulith", "Kommasith", "Inthavong", "Chanthavong", "Keomany", "Siharath"]
    last += ["Douangchak", "Sayavong", "Phimmasone", "Xaysana", "Bounkham", "Sengdara", "Luangrath", "Volachit"]
    last += ["Thammavong", "Soukhaseum", "Vilaysack", "Rattanavong", "Keophila", "Manivong", "Sihalath", "Norasing"]
    lines = [f"Bộ trưởng {a} {b} gặp đại diện Lào tại Viêng Chăn." for a in first for b in last]
    return _fill("\n".join(lines) + "\n", n)


def _one_sentence(n: int) -> str:
    """Real text as one sentence: newlines and full stops turned into commas (no sentence ever ends).

    Every per-sentence list (officials, honorifics, cues, amounts) holds
    everything in the text, so that any work per pair of them shows.
    """
    return _fill(_real_text().replace("\n", ", ").replace(". ", ", "), n)


def _real(n: int) -> str:
    """Real text as it is: the baseline the adversarial rows compare with."""
    return _fill(_real_text(), n)


INPUTS: dict[str, Callable[[int], str]] = {
    "real-text": _real,
    "digits": lambda n: _fill("9", n),
    "digits+separators": lambda n: _fill("1/2.3-4,5", n),
    "spaced-numbers": lambda n: _fill("1/2.3-4,5 ", n),
    "dates-glued": lambda n: _fill("12/12/2024-", n),
    "range-chain": lambda n: _fill("1-2/", n),
    "scale-chain": lambda n: _fill("1 tỷ 2 triệu 3 nghìn ", n),
    "percent-chain": lambda n: _fill("10-15%/", n),
    "capitalised-words": _capitalised,
    "many-officials": _officials,
    "titles-no-names": lambda n: _fill("Bộ trưởng Bộ trưởng Phó Thủ tướng Chủ tịch ", n),
    "hyphenated-name": lambda n: _fill("Bun-", n),
    "keyword-soup": lambda n: _fill("ngày tháng năm quý giai đoạn hội đàm tiếp Lào ", n),
    "dots": lambda n: "." * n,
    "punct-runs": lambda n: _fill("./-", n),
    "open-brackets": lambda n: _fill("(Ảnh: ", n),
    "one-line": _one_line,
    "one-sentence": _one_sentence,
    "honorific-run": lambda n: _fill("Ông Tô Lâm hội đàm tiếp đón gặp thăm chính thức Lào nhân dịp hội nghị ", n),
    "short-lines": lambda n: _fill("Lào\n", n),
    "blank-lines": lambda n: "\n" * n,
    "spaces+zero-width": lambda n: _fill(" \u200b\u00a0\u00ad", n),
    "nfd-text": _nfd,
}


def _measure(fn_name: str, input_name: str, size: int, budget: float, conn: Connection) -> None:
    """Child: build the input, warm up, time three calls or more until ``budget`` seconds pass; send the fastest."""
    try:
        fn = FUNCTIONS[fn_name]
        text = INPUTS[input_name](size)
        fn(text[:200])  # warm-up: lazy loading is not what we measure
        best = float("inf")
        spent = 0.0
        runs = 0
        while runs < 3 or (spent < budget and runs < 50):
            t0 = time.process_time()  # CPU time: other processes on the machine do not count
            fn(text)
            dt = time.process_time() - t0
            best = min(best, dt)
            spent += dt
            runs += 1
        conn.send(("ok", best))
    except BaseException as exc:  # report anything, the parent decides
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:200]))
    finally:
        conn.close()


def measure(fn_name: str, input_name: str, size: int, timeout: float, budget: float) -> tuple[str, float]:
    """Run one measurement in a forked child; ("ok", seconds), ("timeout", timeout) or ("error", 0)."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_measure, args=(fn_name, input_name, size, budget, child))
    proc.start()
    child.close()
    if parent.poll(timeout):
        status, value = parent.recv()
        proc.join()
        if status == "ok":
            return "ok", float(value)
        print(f"  {fn_name}({input_name}, {size // KB} KB) raised {value}", file=sys.stderr)
        return "error", 0.0
    proc.kill()
    proc.join()
    return "timeout", timeout


def check_size_limit() -> list[str]:
    """Input one character past MAX_INPUT_CHARS must raise InputTooLargeError within a second."""
    problems: list[str] = []
    text = "9" * (vnlao_corpus.MAX_INPUT_CHARS + 1)
    for name, fn in FUNCTIONS.items():
        t0 = time.perf_counter()
        try:
            fn(text)
        except InputTooLargeError as exc:
            dt = time.perf_counter() - t0
            verdict = "ok" if dt < 1.0 else "SLOW"
            print(f"{name}: {len(text):,} chars refused in {dt * 1e3:.1f} ms: {exc}  [{verdict}]")
            if dt >= 1.0:
                problems.append(f"{name} took {dt:.2f} s to refuse oversized input")
        except Exception as exc:
            problems.append(f"{name} raised {type(exc).__name__} instead of InputTooLargeError")
            print(f"{name}: raised {type(exc).__name__}: {exc}  [FAIL]")
        else:
            problems.append(f"{name} accepted {len(text):,} characters")
            print(f"{name}: accepted {len(text):,} characters  [FAIL]")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Run the table and the size-limit check; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,100,300,1024", help="sizes in KB of characters, comma-separated")
    ap.add_argument("--functions", default=",".join(FUNCTIONS))
    ap.add_argument("--inputs", default=",".join(INPUTS))
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per call before it counts as a stall")
    ap.add_argument("--budget", type=float, default=0.3, help="seconds of repeats per measurement")
    ap.add_argument("--limit", type=float, default=3.0, help="largest allowed ratio of time/KB, last size to first")
    args = ap.parse_args(argv)
    sizes = [int(s) * KB for s in args.sizes.split(",")]
    functions = args.functions.split(",")
    inputs = args.inputs.split(",")
    unknown = [f for f in functions if f not in FUNCTIONS] + [i for i in inputs if i not in INPUTS]
    if unknown:
        print(f"unknown function or input: {', '.join(unknown)}", file=sys.stderr)
        return 2

    problems: list[str] = []
    head = f"{'input':<20}{'function':<14}" + "".join(f"{f'{s // KB} KB':>11}" for s in sizes)
    print("CPU time per KB (µs/KB), fastest of repeats")
    print(head + f"{'ratio':>8}  verdict")
    for input_name in inputs:
        for fn_name in functions:
            cells: list[str] = []
            per_kb: list[float] = []
            verdict = "ok"
            for size in sizes:
                if verdict != "ok":
                    cells.append(f"{'-':>11}")
                    continue
                status, secs = measure(fn_name, input_name, size, args.timeout, args.budget)
                if status == "ok":
                    per_kb.append(secs * 1e6 / (size / KB))
                    cells.append(f"{per_kb[-1]:>11.1f}")
                else:
                    verdict = "TIMEOUT" if status == "timeout" else "RAISED"
                    cells.append(f"{verdict:>11}")
            ratio = per_kb[-1] / per_kb[0] if len(per_kb) == len(sizes) and per_kb[0] > 0 else float("nan")
            if verdict == "ok" and ratio > args.limit:
                verdict = "SUPERLINEAR"
            if verdict != "ok":
                problems.append(f"{fn_name} on {input_name}: {verdict} (ratio {ratio:.2f})")
            print(f"{input_name:<20}{fn_name:<14}" + "".join(cells) + f"{ratio:>8.2f}  {verdict}", flush=True)

    print()
    problems += check_size_limit()
    print()
    if problems:
        print("FAILED:")
        for p in problems:
            print(f"  {p}")
        return 1
    print("all inputs scale linearly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
