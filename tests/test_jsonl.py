"""Tests for vnlao_corpus.io.jsonl: streaming JSON Lines."""

from __future__ import annotations

import io
import pathlib
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import articles, officials
from vnlao_corpus.io.convert import SerializationError
from vnlao_corpus.io.jsonl import read_jsonl, write_jsonl
from vnlao_corpus.model import Article, Diagnostic, Official


@settings(max_examples=50)  # several whole articles per example: keep the suite quick
@given(st.lists(articles(), max_size=3))
def test_articles_round_trip_through_a_file_object(items: list[Article]) -> None:
    """read_jsonl(write_jsonl(xs)) == xs, one line per record."""
    buffer = io.StringIO()
    assert len(items) == write_jsonl(items, buffer)
    assert len(items) == buffer.getvalue().count("\n")
    assert items == list(read_jsonl(io.StringIO(buffer.getvalue())))


@given(st.lists(officials(), max_size=4))
def test_officials_round_trip_through_a_path(items: list[Official]) -> None:
    """Records of any type survive a JSON Lines file on disk, read back with cls=."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "officials.jsonl"
        write_jsonl(items, path)
        assert items == list(read_jsonl(path, Official))


def test_writer_consumes_a_generator_lazily() -> None:
    """write_jsonl writes each record before pulling the next one."""
    buffer = io.StringIO()
    seen: list[int] = []

    def records() -> Iterator[Diagnostic]:
        for index in range(3):
            seen.append(buffer.getvalue().count("\n"))
            yield Diagnostic(f"code-{index}", "m")

    write_jsonl(records(), buffer)
    assert [0, 1, 2] == seen


def test_reader_is_lazy() -> None:
    """read_jsonl yields the good lines before a bad one raises."""
    lines = io.StringIO('{"code": "a", "message": "m", "span": null, "severity": "info"}\nnot json\n')
    reader = read_jsonl(lines, Diagnostic)
    assert "a" == next(reader).code
    with pytest.raises(SerializationError, match="line 2"):
        next(reader)


def test_bad_field_names_line_and_path() -> None:
    """A wrong type on line 3 is reported as $[3].field."""
    good = '{"code": "a", "message": "m", "span": null, "severity": "info"}'
    bad = '{"code": "a", "message": 7, "span": null, "severity": "info"}'
    with pytest.raises(SerializationError, match=r"expected a str, got int @ \$\[3\]\.message"):
        list(read_jsonl(io.StringIO(f"{good}\n\n{bad}\n"), Diagnostic))


def test_blank_lines_are_skipped() -> None:
    """Empty and whitespace-only lines are not records."""
    text = "\n[1, 2]\n   \n[3, 4]\n"
    from vnlao_corpus.model import Span

    assert [Span(1, 2), Span(3, 4)] == list(read_jsonl(io.StringIO(text), Span))


def test_line_separators_inside_text_stay_inside_one_line(tmp_path: pathlib.Path) -> None:
    """U+2028 and NEL inside a title do not split the record when the file is read back."""
    article = Article(url=None, title="Việt\u2028Lào\x85", paragraphs=("a\nb",))
    path = tmp_path / "a.jsonl"
    write_jsonl([article], path)
    assert 1 == len(path.read_text(encoding="utf-8").splitlines())
    assert [article] == list(read_jsonl(path))
