#!/usr/bin/env python3
"""Corpus scale: the command line on a folder of generated articles, wall time and peak memory.

Usage:
    python benchmarks/cli_scale.py [--articles 10000] [--also 1000] [--workers N] [--format jsonl]

Writes ``--articles`` generated articles (about 2 KB each, plain layout, built
from sentences written for this benchmark with varying names, dates and
amounts) into a temporary folder, then runs ``python -m vnlao_corpus FOLDER
--format jsonl --out OUT`` as a child process, with stderr passed through so
that on a terminal the progress bar shows. It reports wall time, articles per second,
CPU time per article (all processes) and the peak resident memory of the child processes
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``: the largest single
process, i.e. the command or one of its workers).

Run it once more with ``--also`` (a smaller corpus, measured first in a
fresh interpreter) to see that peak memory does not grow with the number of
articles: the command streams inputs and outputs and keeps a bounded number
of chunks in flight.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile

_LEADERS = [
    ("Bộ trưởng Ngoại giao", "Bùi Thanh Sơn", "Saleumxay Kommasith"),
    ("Thủ tướng", "Phạm Minh Chính", "Sonexay Siphandone"),
    ("Chủ tịch Quốc hội", "Trần Thanh Mẫn", "Saysomphone Phomvihane"),
    ("Bộ trưởng Công Thương", "Nguyễn Hồng Diên", "Malaythong Kommasith"),
]
_PLACES = ["Hà Nội", "Viêng Chăn", "Luang Prabang", "Đà Nẵng", "Savannakhet"]
_KINDS = ["hội đàm", "điện đàm", "hội kiến", "làm việc"]
_FILLER = [
    "Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong việc triển khai các thỏa thuận đã ký kết.",
    "Quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện giữa hai nước ngày càng gắn bó.",
    "Hợp tác trong các lĩnh vực giáo dục, y tế, văn hóa và giao lưu nhân dân đạt nhiều kết quả tích cực.",
    "Hai bên trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm, nhất là hợp tác trong khuôn khổ ASEAN.",
]


def article(rng: random.Random, number: int) -> str:
    """One generated article in the plain layout (title line, then paragraphs)."""
    title_word, vn, la = rng.choice(_LEADERS)
    kind = rng.choice(_KINDS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
    months = rng.randint(2, 11)
    billions = f"{rng.randint(1, 2)},{rng.randint(0, 9)}"
    growth = f"{rng.randint(1, 30)},{rng.randint(0, 9)}"
    paragraphs = [
        f"{title_word} Việt Nam - Lào {kind} (bài {number})",
        f"Sáng {day}/{month}/{year}, tại {rng.choice(_PLACES)}, {title_word} {vn} đã {kind} với {title_word} Lào {la}.",
        f"Kim ngạch thương mại hai chiều {months} tháng đầu năm {year} đạt {billions} tỷ USD, "
        f"tăng {growth}% so với cùng kỳ năm {year - 1}.",
        *rng.sample(_FILLER, k=3),
        f"Lũy kế đến nay, Việt Nam có {rng.randint(200, 300)} dự án đầu tư tại Lào với tổng vốn đăng ký "
        f"hơn {rng.randint(5, 6)},{rng.randint(0, 9)} tỷ USD.",
        *rng.sample(_FILLER, k=2),
    ]
    return "\n".join(paragraphs) + "\n"


def generate(folder: pathlib.Path, count: int, seed: int = 7) -> int:
    """Write ``count`` articles into ``folder`` (100 per subfolder); return the bytes written."""
    rng = random.Random(seed)
    size = 0
    for number in range(count):
        sub = folder / f"{number // 100:04}"
        sub.mkdir(parents=True, exist_ok=True)
        data = article(rng, number).encode("utf-8")
        (sub / f"{number:06}.txt").write_bytes(data)
        size += len(data)
    return size


def measure(count: int, workers: int | None, fmt: str) -> dict[str, float]:
    """Generate, run the command line in a fresh child, and return its figures."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp) / "corpus"
        size = generate(folder, count)
        out = pathlib.Path(tmp) / ("out.jsonl" if fmt == "jsonl" else "out")
        command = [sys.executable, "-m", "vnlao_corpus", str(folder), "--format", fmt, "--out", str(out)]
        if workers is not None:
            command += ["--workers", str(workers)]
        # A fresh interpreter per run, so RUSAGE_CHILDREN holds this run only.
        probe = (
            "import resource, subprocess, sys, time, json\n"
            "t = time.perf_counter()\n"
            "code = subprocess.call(sys.argv[1:])\n"
            "wall = time.perf_counter() - t\n"
            "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "cpu = use.ru_utime + use.ru_stime\n"
            "print(json.dumps({'status': code, 'wall': wall, 'cpu': cpu, 'peak_kb': use.ru_maxrss}))\n"
        )
        done = subprocess.run([sys.executable, "-c", probe, *command], stdout=subprocess.PIPE, check=True, text=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        lines = sum(1 for _ in out.open(encoding="utf-8")) if fmt == "jsonl" else count
        return {
            "articles": count,
            "parsed": lines,
            "input_mb": size / 1e6,
            "status": figures["status"],
            "wall_s": figures["wall"],
            "per_s": count / figures["wall"],
            "cpu_ms": figures["cpu"] * 1000 / count,
            "peak_rss_mb": figures["peak_kb"] / 1024,
        }


def main() -> None:
    """Parse the options, run the measurements, print one line each."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--also", type=int, default=1_000, help="a smaller corpus measured first (0: none)")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "sqlite"])
    args = parser.parse_args()
    sizes = [n for n in (args.also, args.articles) if n]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, workers={args.workers or 'default'}", flush=True)
    for count in sizes:
        r = measure(count, args.workers, args.format)
        print(
            f"{r['articles']:>7} articles ({r['input_mb']:.1f} MB): exit {r['status']}, {r['parsed']} parsed, "
            f"{r['wall_s']:.1f} s wall, {r['per_s']:.0f} articles/s, {r['cpu_ms']:.1f} ms CPU per article "
            f"(all processes), peak RSS {r['peak_rss_mb']:.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
