"""The ``vnlao-corpus`` command line: parse files, folders, globs or standard input into records.

Run ``vnlao-corpus --help`` for the options. With no input it parses the
sample corpus that ships inside the package. Exit status: 0 when every input
was parsed, 1 when some input failed (each failure is reported on stderr with
its path and the batch goes on), 2 for a usage error.

>>> main(["--version"])  # doctest: +ELLIPSIS
vnlao-corpus ...
0
"""

from __future__ import annotations

import argparse
import glob
import io
import os
import pathlib
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

import attrs

from .corpus import Result, Source, parse_many
from .io.json import dumps_line
from .model import Article, Meeting, Official, TradeFigure

__all__ = ["main", "summarize"]

FORMATS = ("jsonl", "json", "csv", "sqlite", "parquet")
_NEEDS_OUT = {"csv": "a folder", "sqlite": "a database file", "parquet": "a folder"}
_GLOB_CHARS = frozenset("*?[")
#: How many inputs it takes before a progress bar is shown (on a terminal only).
PROGRESS_FROM = 20
#: How many inputs it takes before worker processes are started by default (below, starting them costs more).
PARALLEL_FROM = 40

_DESCRIPTION = """\
Read raw Vietnamese news articles about Vietnam-Laos relations and write typed
records: officials, meetings, trade figures, dates and amounts, each with the
exact characters it was read from.

Inputs are files, folders (searched recursively for *.txt), glob patterns
(quote them: 'news/**/*.txt') or - for standard input. With no input, the
sample corpus bundled with the package is parsed."""

_EPILOG = """\
examples:
  vnlao-corpus --summary                         the bundled samples, as readable text
  vnlao-corpus article.txt                       one article as a JSON line
  vnlao-corpus news/ --out news.jsonl            a folder, one JSON line per article
  vnlao-corpus news/ --format csv --out tables/  one CSV file per table
  vnlao-corpus 'news/**/*.txt' --format sqlite --out news.db --workers 8
  curl -s https://example.vn/a.txt | vnlao-corpus - --year 2024 --summary

exit status: 0 all inputs parsed, 1 some input failed (reported on stderr), 2 usage error."""


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="vnlao-corpus",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="a file, a folder, a glob pattern, or - for stdin")
    parser.add_argument(
        "-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl, one article per line)"
    )
    parser.add_argument(
        "-o",
        "--out",
        metavar="PATH",
        help="where to write: a file for json/jsonl (default: stdout), a folder for csv/parquet, a file for sqlite",
    )
    parser.add_argument("--year", type=int, help="the year of dates written without one (default: from the article)")
    parser.add_argument(
        "-j",
        "--workers",
        type=int,
        help="parallel processes (default: the CPU count from 40 inputs on, else 0; 0 or 1: in this process)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="print a readable summary of each article on stdout (records then go only to --out)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no totals on stderr")
    parser.add_argument("--version", action="version", version=f"vnlao-corpus {__version__}")
    return parser


# --------------------------------------------------------------------------- inputs


@attrs.frozen
class _Named:
    name: str
    text: str | bytes


def _expand(inputs: Sequence[str], stdin: IO[bytes] | None) -> list[Source]:
    """Every input as a source: folders and globs become their files, in a stable order."""
    sources: list[Source] = []
    for item in inputs:
        if item == "-":
            sources.append(_Named("<stdin>", stdin.read() if stdin is not None else b""))
        elif os.path.isdir(item):
            sources.extend(_folder(item))
        elif not os.path.exists(item) and _GLOB_CHARS & set(item):
            matched = sorted(glob.glob(item, recursive=True))
            # A pattern that matches nothing is reported like a missing file.
            for path in matched or [item]:
                sources.extend(_folder(path) if os.path.isdir(path) else [path])
        else:
            sources.append(item)
    return sources


def _folder(path: str) -> list[str]:
    return sorted(str(p) for p in pathlib.Path(path).rglob("*.txt") if p.is_file())


def _samples() -> list[Source]:
    from .samples import load_samples  # type: ignore[import-not-found,unused-ignore]

    return [_Named(str(sample.name), sample.text) for sample in load_samples()]


# --------------------------------------------------------------------------- progress and totals


class _Progress:
    """A one-line progress bar on a terminal stream, redrawn at most ten times a second."""

    def __init__(self, stream: IO[str], total: int, enabled: bool) -> None:
        self.stream, self.total, self.enabled = stream, total, enabled
        self.done = 0
        self.started = self.drawn = time.monotonic()

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.drawn >= 0.1 or self.done == self.total):
            self.drawn = now
            width = 30
            filled = width * self.done // max(self.total, 1)
            rate = self.done / max(now - self.started, 1e-9)
            bar = "#" * filled + "." * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} articles, {rate:.0f}/s ")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


@attrs.define
class _Totals:
    articles: int = 0
    officials: int = 0
    meetings: int = 0
    trade_figures: int = 0
    diagnostics: int = 0
    failures: int = 0

    def line(self, seconds: float) -> str:
        return (
            f"{self.articles} articles: {self.officials} officials, {self.meetings} meetings, "
            f"{self.trade_figures} trade figures, {self.diagnostics} diagnostics; "
            f"{self.failures} failed ({seconds:.1f} s)"
        )


def _articles(
    results: Iterable[Result],
    totals: _Totals,
    progress: _Progress,
    err: IO[str],
    summary: IO[str] | None,
) -> Iterator[Article]:
    """The parsed articles; failures go to stderr, and each article to the summary stream."""
    for result in results:
        progress.step()
        if result.article is None:
            totals.failures += 1
            if progress.enabled:
                err.write("\n")
            err.write(f"vnlao-corpus: {result.source}: {result.error}\n")
            continue
        article = result.article
        totals.articles += 1
        totals.officials += len(article.officials)
        totals.meetings += len(article.meetings)
        totals.trade_figures += len(article.trade_figures)
        totals.diagnostics += len(article.diagnostics)
        if summary is not None:
            summary.write(summarize(article, source=result.source))
            summary.write("\n")
        yield article


# --------------------------------------------------------------------------- summaries


def _official(person: Official) -> str:
    titles = ", ".join(person.titles)
    text = f"{titles} {person.name}" if titles else person.name
    return f"{text} ({person.country})" if person.country else text


def _meeting(meeting: Meeting) -> str:
    parts = [meeting.kind.value]
    if meeting.date is not None:
        day = meeting.date.to_date()
        parts.append(day.isoformat() if day else repr(meeting.date.text))
    if meeting.location:
        parts.append(f"at {meeting.location}")
    if meeting.online:
        parts.append("(online)")
    if meeting.status.value != "held":
        parts.append(f"[{meeting.status.value}]")
    # Names only: the titles are listed under "officials" just above.
    who = "; ".join(f"{p.name} ({p.country})" if p.country else p.name for p in meeting.participants)
    return " ".join(parts) + (f": {who}" if who else "")


def _figure(figure: TradeFigure) -> str:
    amount = figure.amount
    unit = amount.currency or amount.unit or ""
    text = f"{figure.metric} [{figure.metric_kind.value}"
    text += f", {figure.status.value}]" if figure.status.value != "actual" else "]"
    if figure.period is not None:
        start = figure.period.start.isoformat() if figure.period.start else "…"
        end = figure.period.end.isoformat() if figure.period.end else "…"
        text += f" {start}..{end}"
    text += f": {format(amount.value, ',f')} {unit}".rstrip()
    change = figure.change
    if change is not None and change.percent is not None:
        text += f", {'+' if change.percent >= 0 else ''}{format(change.percent, 'f')}%"
    if change is not None and change.multiple is not None:
        text += f", x{format(change.multiple, 'f')}"
    return text


def summarize(article: Article, *, source: str | None = None) -> str:
    """A few readable lines about one article: title, officials, meetings, trade figures.

    >>> from decimal import Decimal
    >>> from vnlao_corpus.model import Amount, Official, TradeFigure
    >>> son = Official("Bùi Thanh Sơn", ("Bộ trưởng Ngoại giao",), "VN")
    >>> figure = TradeFigure("kim ngạch", Amount(Decimal("1.1E+9"), "USD"), None, None)
    >>> print(summarize(Article(url=None, title="Tiêu đề", paragraphs=(), officials=(son,), trade_figures=(figure,))))
    Tiêu đề
      officials:
        - Bộ trưởng Ngoại giao Bùi Thanh Sơn (VN)
      trade figures:
        - kim ngạch [other]: 1,100,000,000 USD
    """
    lines = [f"== {source} ==" if source else None, article.title or "(no title)"]
    if article.published is not None:
        lines.append(f"  published: {article.published.isoformat()}")
    if article.url:
        lines.append(f"  url: {article.url}")
    for label, items in (
        ("officials", [_official(o) for o in article.officials]),
        ("meetings", [_meeting(m) for m in article.meetings]),
        ("trade figures", [_figure(f) for f in article.trade_figures]),
    ):
        if items:
            lines.append(f"  {label}:")
            lines.extend(f"    - {item}" for item in items)
    return "\n".join(line for line in lines if line is not None) + "\n"


# --------------------------------------------------------------------------- writers


def _text_out(path: str | None, stdout: IO[str]) -> tuple[IO[str], bool]:
    if path is None or path == "-":
        return stdout, False
    return open(path, "w", encoding="utf-8", newline="\n"), True


def _write(fmt: str, articles: Iterator[Article], out: str | None, stdout: IO[str]) -> None:
    if fmt == "csv":
        from .io.csv import write_csv

        write_csv(articles, out)  # type: ignore[arg-type]
    elif fmt == "sqlite":
        from .io.sqlite import write_sqlite

        write_sqlite(articles, out)  # type: ignore[arg-type]
    elif fmt == "parquet":
        from .io.arrow import write_parquet

        write_parquet(articles, out)  # type: ignore[arg-type]
    else:
        handle, owned = _text_out(out, stdout)
        try:
            if fmt == "jsonl":
                for article in articles:
                    handle.write(dumps_line(article) + "\n")
            else:
                handle.write("[")
                for index, article in enumerate(articles):
                    handle.write(("\n" if index == 0 else ",\n") + dumps_line(article))
                handle.write("\n]\n")
        finally:
            if owned:
                handle.close()


def _utf8(stream: IO[str]) -> IO[str]:
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")
    return stream


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Usage errors print a message on stderr and return 2 (they do not raise
    :class:`SystemExit`, so that ``main`` can be called from Python):

    >>> main(["--format", "csv"])
    2
    """
    try:
        return _main(argv)
    except SystemExit as exc:  # --help, --version and usage errors: a status, not an exception
        return exc.code if isinstance(exc.code, int) else 2
    except KeyboardInterrupt:
        sys.stderr.write("\nvnlao-corpus: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (``vnlao-corpus news/ | head``): not an error of ours.
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.format in _NEEDS_OUT and not args.out:
        parser.error(f"--format {args.format} needs --out PATH ({_NEEDS_OUT[args.format]})")
    if args.workers is not None and args.workers < 0:
        parser.error(f"--workers must be 0 or more, got {args.workers}")
    if args.format == "parquet":
        try:
            from .io.arrow import require_arrow

            require_arrow()
        except ImportError as exc:
            parser.error(str(exc))
    stdout, stderr = _utf8(sys.stdout), _utf8(sys.stderr)
    if args.inputs:
        sources = _expand(args.inputs, sys.stdin.buffer if "-" in args.inputs else None)
    else:
        try:
            sources = _samples()
        except ImportError:
            parser.error("no input given, and the bundled sample corpus is not available in this installation")
    started = time.monotonic()
    totals = _Totals()
    show_bar = not args.quiet and len(sources) >= PROGRESS_FROM and stderr.isatty()
    progress = _Progress(stderr, len(sources), show_bar)
    workers = args.workers if args.workers is not None else (0 if len(sources) < PARALLEL_FROM else None)
    results = parse_many(sources, workers=workers, year=args.year)
    summary_out = stdout if args.summary else None
    articles = _articles(results, totals, progress, stderr, summary_out)
    try:
        if args.summary and not args.out:
            for _ in articles:
                pass
        else:
            _write(args.format, articles, args.out, stdout)
    except BrokenPipeError:
        raise
    except OSError as exc:
        progress.close()
        stderr.write(f"vnlao-corpus: cannot write {args.out or 'stdout'}: {exc.strerror or exc}\n")
        return 1
    progress.close()
    if not args.quiet:
        stderr.write(f"vnlao-corpus: {totals.line(time.monotonic() - started)}\n")
    return 1 if totals.failures else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
