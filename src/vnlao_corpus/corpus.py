"""Parse a whole corpus: :func:`parse_many`, in order, in parallel, one error per bad item.

Sources are paths (``str`` or :class:`os.PathLike`: the file's bytes are read
in the worker), raw ``bytes``, named texts (any object with ``name`` and
``text`` attributes, such as the bundled samples), or, with ``text=True``,
article text given as ``str``. Results come back as :class:`Result` records in
input order; at most a bounded number of chunks is in flight, so memory stays
flat however many articles pass through.

>>> [r.article.title for r in parse_many(["Tiêu đề một\\nĐoạn.", "Tiêu đề hai\\nĐoạn."], text=True, workers=0)]
['Tiêu đề một', 'Tiêu đề hai']
"""

from __future__ import annotations

import collections
import os
from collections.abc import Generator, Iterable, Iterator
from typing import Protocol, runtime_checkable

import attrs

from .article import parse
from .errors import VnlaoError
from .model import Article

__all__ = ["NamedText", "Result", "Source", "parse_many"]


@runtime_checkable
class NamedText(Protocol):
    """Anything with a ``name`` and a ``text`` (``str`` or ``bytes``), such as a bundled sample.

    >>> from types import SimpleNamespace
    >>> isinstance(SimpleNamespace(name="a.txt", text="Tiêu đề"), NamedText)
    True
    """

    @property
    def name(self) -> str: ...

    @property
    def text(self) -> str | bytes: ...


#: What :func:`parse_many` accepts as one source.
Source = str | bytes | os.PathLike[str] | NamedText


@attrs.frozen
class Result:
    """What became of one source: an :class:`~vnlao_corpus.Article`, or an error message.

    ``source`` names the input: the path as given, the ``name`` of a named
    text, or ``<text N>`` / ``<bytes N>`` (``N`` counting from 0) for raw
    content. ``index`` is the position in the input. Exactly one of
    ``article`` and ``error`` is set; ``error_type`` is the exception's class name.

    >>> r = Result("a.txt", 0, error="cannot read: No such file", error_type="FileNotFoundError")
    >>> r.ok
    False
    """

    source: str
    index: int
    article: Article | None = None
    error: str | None = None
    error_type: str | None = None

    @property
    def ok(self) -> bool:
        """``True`` when the source was parsed."""
        return self.article is not None


# A source as it travels to a worker: (index, label, path or content (None: not a
# source at all), whether it is content rather than a path).
_Job = tuple[int, str, "str | bytes | None", bool]


def parse_many(
    sources: Iterable[Source],
    *,
    workers: int | None = None,
    year: int | None = None,
    text: bool = False,
    chunksize: int = 16,
    max_in_flight: int | None = None,
) -> Generator[Result, None, None]:
    """Parse every source and yield one :class:`Result` each, in input order.

    ``workers`` is the number of processes (default: the CPU count); ``0`` or
    ``1`` parses in this process, which is what small batches and debuggers
    want. ``year`` is passed to :func:`~vnlao_corpus.parse`. A ``str`` source
    is a path, unless ``text=True`` makes every ``str`` an article text.
    ``chunksize`` sources go to a worker at a time, and at most
    ``max_in_flight`` chunks (default ``2 * workers``) are pending at once:
    the input iterable is consumed only as fast as results are taken.

    A source that cannot be read (missing, a directory, undecodable, empty, or
    too large) gives a Result with ``error`` set, and the batch goes on.

    Worker processes are started the platform's way; where that is *spawn*
    (Windows, macOS), call ``parse_many`` with ``workers > 1`` from under
    ``if __name__ == "__main__":`` in a script, as for any
    :mod:`multiprocessing` program.

    >>> sources = [b"Ti\\xc3\\xaau \\xc4\\x91\\xe1\\xbb\\x81", b"\\xff\\xfe\\x00", "  "]
    >>> results = list(parse_many(sources, text=True, workers=0))
    >>> [(r.source, r.ok) for r in results]
    [('<bytes 0>', True), ('<bytes 1>', False), ('<text 2>', False)]
    >>> results[2].error
    'no text: the input is empty'
    """
    jobs = _jobs(sources, text)
    if chunksize < 1:
        msg = f"chunksize must be at least 1, got {chunksize}"
        raise ValueError(msg)
    count = (os.cpu_count() or 1) if workers is None else workers
    if count <= 1:
        for job in jobs:
            yield _run(job, year)
        return
    import concurrent.futures  # here, not at the top: ``import vnlao_corpus`` stays quick

    limit = max_in_flight if max_in_flight is not None else 2 * count
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=count)
    try:
        pending: collections.deque[concurrent.futures.Future[list[Result]]] = collections.deque()
        for chunk in _chunks(jobs, chunksize):
            pending.append(pool.submit(_run_chunk, chunk, year))
            if len(pending) >= max(1, limit):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # Also when the caller stops early: queued chunks are dropped, not parsed.
        pool.shutdown(wait=True, cancel_futures=True)


def _jobs(sources: Iterable[Source], text: bool) -> Iterator[_Job]:
    for index, source in enumerate(sources):
        if isinstance(source, bytes):
            yield index, f"<bytes {index}>", source, True
        elif isinstance(source, str):
            if text:
                yield index, f"<text {index}>", source, True
            else:
                yield index, source, source, False
        elif isinstance(source, os.PathLike):
            path = os.fspath(source)
            yield index, str(path), str(path), False
        elif isinstance(source, NamedText):
            yield index, str(source.name), source.text, True
        else:
            # Reported like any other bad source; the batch goes on.
            yield index, f"<{type(source).__name__} {index}>", None, False


def _chunks(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    chunk: list[_Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_chunk(chunk: list[_Job], year: int | None) -> list[Result]:
    return [_run(job, year) for job in chunk]


def _run(job: _Job, year: int | None) -> Result:
    index, label, payload, is_content = job
    try:
        if payload is None:
            msg = "not a path, bytes, or an object with name and text"
            raise _EmptyError(msg)
        raw = payload if is_content else _read(payload)
        if not raw.strip():
            msg = "no text: the input is empty"
            raise _EmptyError(msg)
        return Result(label, index, article=parse(raw, year=year))
    except (VnlaoError, OSError, _EmptyError) as exc:
        return Result(label, index, error=_describe(exc), error_type=type(exc).__name__)
    except Exception as exc:  # a bug in an extractor must not stop a batch of 10,000 files
        message = f"internal error, please report it: {type(exc).__name__}: {exc}"
        return Result(label, index, error=message, error_type=type(exc).__name__)


class _EmptyError(ValueError):
    """A source with nothing to parse (reported, never raised to the caller)."""


def _read(path: str | bytes) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    return str(exc)
