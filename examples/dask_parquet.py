#!/usr/bin/env python3
"""Parse a corpus with a Dask bag and write partitioned Parquet: the ``[dask]`` extra's recipe.

Usage:
    python examples/dask_parquet.py INPUT... OUT [--partitions N] [--scheduler WHERE] [--year YEAR]

``INPUT`` are files, folders (searched recursively for ``*.txt``) or glob
patterns. ``OUT`` receives one folder per table (``articles/``,
``officials/``, ``meetings/``, ``meeting_participants/``, ``trade_figures/``,
``dates/``, ``periods/``, ``amounts/``, ``diagnostics/``), each holding one
Parquet file per bag partition (``part-00000.parquet``, ...), with the fixed
schema of :func:`vnlao_corpus.io.arrow.arrow_schema`. Read a table back with
``pyarrow.parquet.read_table("OUT/trade_figures")``,
``pandas.read_parquet("OUT/trade_figures")`` or, in DuckDB,
``SELECT * FROM 'OUT/trade_figures/*.parquet'``.

``--scheduler`` is where the work runs:

- ``processes`` (default): local processes, one per CPU;
- ``threads`` or ``sync``: in this process (``sync`` is for debugging);
- an address such as ``tcp://scheduler:8786``: a Dask cluster (needs
  ``distributed``). This is the only change a cluster user makes; the
  workers need ``vnlao_corpus`` installed and must see the input paths.

Each worker reads its own files, so only paths travel over the network.
An input that cannot be parsed is reported on stderr and skipped.

Needs ``pip install 'vnlao_corpus[dask]'``.
"""

from __future__ import annotations

import argparse
import glob
import os
import pathlib
import sys
from collections.abc import Iterable
from typing import Any

from vnlao_corpus.corpus import parse_many
from vnlao_corpus.io.arrow import arrow_schema, require_arrow, to_arrow
from vnlao_corpus.io.tables import TABLES
from vnlao_corpus.model import Article


def find_inputs(inputs: Iterable[str]) -> list[str]:
    """Every input as a sorted list of file paths (folders searched for *.txt, globs expanded)."""
    paths: list[str] = []
    for item in inputs:
        if os.path.isdir(item):
            paths.extend(sorted(str(p) for p in pathlib.Path(item).rglob("*.txt") if p.is_file()))
        elif any(c in item for c in "*?[") and not os.path.exists(item):
            paths.extend(sorted(glob.glob(item, recursive=True)))
        else:
            paths.append(item)
    return paths


def parse_partition(paths: list[str], year: int | None) -> list[Article]:
    """Parse one partition's files in the worker; report failures on the worker's stderr."""
    articles = []
    for result in parse_many(paths, workers=0, year=year):
        if result.article is None:
            print(f"dask_parquet: {result.source}: {result.error}", file=sys.stderr)
        else:
            articles.append(result.article)
    return articles


def write_partition(articles: list[Article], index: int, out: str) -> dict[str, int]:
    """Write one partition's rows as ``OUT/<table>/part-<index>.parquet``; return rows per table."""
    require_arrow()
    import pyarrow.parquet as pq

    tables = to_arrow(articles)
    counts = {}
    for name in TABLES:
        folder = pathlib.Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        table = tables[name].cast(arrow_schema(name))
        pq.write_table(table, folder / f"part-{index:05}.parquet")
        counts[name] = table.num_rows
    return counts


def run(
    inputs: list[str], out: str, *, partitions: int | None = None, scheduler: str = "processes", year: int | None = None
) -> dict[str, int]:
    """Parse ``inputs`` into partitioned Parquet under ``out``; return the rows written per table."""
    import dask
    import dask.bag as db

    paths = find_inputs(inputs)
    if not paths:
        msg = "no input file found"
        raise SystemExit(msg)
    count = partitions or max(1, min(len(paths), (os.cpu_count() or 1) * 4))
    bag = db.from_sequence(paths, npartitions=count)
    parsed = bag.map_partitions(parse_partition, year)
    tasks = [dask.delayed(write_partition)(part, index, out) for index, part in enumerate(parsed.to_delayed())]
    client: Any = None
    if "://" in scheduler:
        from dask.distributed import Client  # the cluster: only this line differs from a laptop run

        client = Client(scheduler)
        results = dask.compute(*tasks)
    else:
        results = dask.compute(*tasks, scheduler=scheduler)
    if client is not None:
        client.close()
    totals = dict.fromkeys(TABLES, 0)
    for counts in results:
        for name, rows in counts.items():
            totals[name] += rows
    return totals


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("out", metavar="OUT")
    parser.add_argument("--partitions", type=int, help="bag partitions (default: 4 per CPU, at most one per file)")
    parser.add_argument("--scheduler", default="processes", help="processes, threads, sync, or tcp://host:port")
    parser.add_argument("--year", type=int, help="the year of dates written without one")
    args = parser.parse_args(argv)
    totals = run(args.inputs, args.out, partitions=args.partitions, scheduler=args.scheduler, year=args.year)
    print(", ".join(f"{name}: {rows}" for name, rows in totals.items()))


if __name__ == "__main__":
    main()
