"""Tests for vnlao_corpus.cli: inputs, formats, failures, exit status, summaries and the progress bar."""

from __future__ import annotations

import io
import json
import pathlib
import sqlite3
import subprocess
import sys

import pytest

from vnlao_corpus import Article, cli
from vnlao_corpus.io.csv import read_csv
from vnlao_corpus.io.jsonl import read_jsonl

# Articles written for these tests in the two layouts of FORMAT.md (plain; URL first).
PLAIN = "Hai Bộ trưởng điện đàm\nSáng 27/8/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với người đồng cấp Lào."
SCRAPED = (
    "https://example.vn/bai-1.html\nThương mại Việt Nam - Lào tăng\n"
    "Kim ngạch thương mại 7 tháng đầu năm 2024 đạt 1,1 tỷ USD, tăng 16,7%.Hai bên nhất trí hợp tác."
)


@pytest.fixture
def corpus(tmp_path: pathlib.Path) -> pathlib.Path:
    """A folder with two articles, one in a subfolder, and a file that is not .txt."""
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(SCRAPED, encoding="utf-8")
    (folder / "notes.md").write_text("# not an article", encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in this process; return the exit status, stdout and stderr."""
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_folder_to_jsonl_on_stdout(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """A folder is searched recursively for .txt; each article is one JSON line on stdout."""
    status, out, err = run(capsys, str(corpus), "--workers", "0")
    assert 0 == status
    articles: list[Article] = list(read_jsonl(io.StringIO(out)))
    assert ["Hai Bộ trưởng điện đàm", "Thương mại Việt Nam - Lào tăng"] == [a.title for a in articles]
    assert "2 articles" in err
    assert "0 failed" in err


def test_json_format_is_one_array(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """--format json writes a JSON array of articles."""
    status, out, _ = run(capsys, str(corpus / "a.txt"), "--format", "json")
    assert 0 == status
    data = json.loads(out)
    assert ["Hai Bộ trưởng điện đàm"] == [item["title"] for item in data]


def test_glob_input(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """A quoted glob pattern is expanded by the program, recursively with **."""
    status, out, _ = run(capsys, str(corpus / "**" / "b*.txt"))
    assert 0 == status
    articles: list[Article] = list(read_jsonl(io.StringIO(out)))
    assert ["Thương mại Việt Nam - Lào tăng"] == [a.title for a in articles]


def test_glob_matching_folders_searches_them(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """A pattern that matches a folder stands for the .txt files inside it."""
    status, out, _ = run(capsys, str(corpus / "s*"))
    assert 0 == status
    articles: list[Article] = list(read_jsonl(io.StringIO(out)))
    assert ["Thương mại Việt Nam - Lào tăng"] == [a.title for a in articles]


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """- reads one article from standard input as bytes."""
    fake = io.TextIOWrapper(io.BytesIO(PLAIN.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    status, out, _ = run(capsys, "-", "--summary")
    assert 0 == status
    assert out.startswith("== <stdin> ==\nHai Bộ trưởng điện đàm\n")


def test_bad_inputs_are_reported_and_skipped(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """Missing, empty and undecodable files are named on stderr; the rest is written; exit status 1."""
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "bad.txt").write_bytes(b"\x81\x00\xff\xfe\x00\xd8" * 4)
    status, out, err = run(capsys, str(corpus), str(corpus / "missing.txt"))
    assert 1 == status
    assert 2 == len(out.splitlines())
    for name in ("empty.txt", "bad.txt", "missing.txt"):
        assert f"{corpus / name}: " in err
    assert "3 failed" in err


def test_csv_needs_out(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """--format csv without --out is a usage error, exit status 2."""
    status, _, err = run(capsys, str(corpus), "--format", "csv")
    assert 2 == status
    assert "--format csv needs --out PATH" in err


def test_csv_and_sqlite_outputs(
    capsys: pytest.CaptureFixture[str], corpus: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    """--format csv writes the table files; --format sqlite one database; both hold the articles."""
    assert 0 == run(capsys, str(corpus), "--format", "csv", "--out", str(tmp_path / "tables"))[0]
    assert 2 == len(read_csv(tmp_path / "tables")["articles"])
    assert 0 == run(capsys, str(corpus), "--format", "sqlite", "--out", str(tmp_path / "c.db"))[0]
    assert 2 == sqlite3.connect(tmp_path / "c.db").execute("SELECT count(*) FROM articles").fetchone()[0]


def test_out_file_for_jsonl(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """--out writes JSON Lines to a file and nothing to stdout."""
    status, out, _ = run(capsys, str(corpus), "--out", str(tmp_path / "o.jsonl"))
    assert (0, "") == (status, out)
    assert 2 == len(list(read_jsonl(tmp_path / "o.jsonl")))


def test_summary_lists_what_was_found(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """--summary prints the title and the sections of each article, and no JSON."""
    status, out, _ = run(capsys, str(corpus / "a.txt"), "--summary")
    assert 0 == status
    assert out.startswith(f"== {corpus / 'a.txt'} ==\nHai Bộ trưởng điện đàm\n")
    assert "{" not in out


def test_year_option_reaches_the_parser(capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path) -> None:
    """--year sets the year of dates written without one."""
    path = tmp_path / "a.txt"
    path.write_text("Tiêu đề\nNgày 6/1, hai bên hội đàm.", encoding="utf-8")
    _, out, _ = run(capsys, str(path), "--year", "2023")
    article: Article
    (article,) = read_jsonl(io.StringIO(out))
    assert all(d.year == 2023 for d in article.dates)


def test_progress_bar_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """With 20 or more files and a terminal on stderr, a progress bar is drawn; otherwise not."""
    for index in range(cli.PROGRESS_FROM):
        (tmp_path / f"{index:02}.txt").write_text(PLAIN, encoding="utf-8")
    _, _, err = run(capsys, str(tmp_path), "--workers", "0")
    assert "[" not in err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = run(capsys, str(tmp_path), "--workers", "0")
    assert f"] {cli.PROGRESS_FROM}/{cli.PROGRESS_FROM} articles" in err


def test_quiet_prints_nothing_on_stderr(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path) -> None:
    """-q leaves stderr empty when all inputs parse."""
    status, _, err = run(capsys, str(corpus), "-q")
    assert (0, "") == (status, err)


def test_no_input_parses_the_bundled_samples(capsys: pytest.CaptureFixture[str]) -> None:
    """With no input, the sample corpus shipped in the package is parsed."""
    samples = pytest.importorskip("vnlao_corpus.samples")
    status, out, _ = run(capsys)
    assert 0 == status
    assert len(samples.load_samples()) == len(out.splitlines())


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    """--help describes the program and shows examples."""
    status, out, _ = run(capsys, "--help")
    assert 0 == status
    assert "examples:" in out
    assert "--format {jsonl,json,csv,sqlite,parquet}" in out


def test_parquet_output(capsys: pytest.CaptureFixture[str], corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """--format parquet writes one Parquet file per table (with the [arrow] extra)."""
    pq = pytest.importorskip("pyarrow.parquet")
    assert 0 == run(capsys, str(corpus), "--format", "parquet", "--out", str(tmp_path / "pq"))[0]
    assert 2 == pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows


def test_python_dash_m_runs_the_same_program(corpus: pathlib.Path) -> None:
    """python -m vnlao_corpus is the command line, in a real process with parallel workers."""
    done = subprocess.run(
        [sys.executable, "-m", "vnlao_corpus", str(corpus), "--workers", "2"],
        capture_output=True,
        check=False,
    )
    assert 0 == done.returncode, done.stderr
    assert 2 == len(done.stdout.decode("utf-8").splitlines())


def test_unwritable_out_is_reported(
    capsys: pytest.CaptureFixture[str], corpus: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    """An --out path that cannot be created is named on stderr, exit status 1."""
    status, _, err = run(capsys, str(corpus), "--out", str(tmp_path / "no" / "such" / "folder" / "o.jsonl"))
    assert 1 == status
    assert "cannot write" in err


def test_a_closed_pipe_is_not_an_error(tmp_path: pathlib.Path) -> None:
    """When the reader of stdout goes away (| head), the program stops quietly with status 0."""
    for index in range(300):
        (tmp_path / f"{index:03}.txt").write_text(PLAIN, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "vnlao_corpus", str(tmp_path), "--workers", "0", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    status = process.wait(timeout=120)
    err = process.stderr.read().decode("utf-8")
    assert (0, "") == (status, err)
