"""Tests for vnlao_corpus.corpus: parse_many over paths, bytes, texts and named texts."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from vnlao_corpus import parse
from vnlao_corpus.corpus import Result, parse_many

# Articles written for these tests in the plain layout of FORMAT.md.
ARTICLES = [
    "Hai Bộ trưởng hội đàm\nNgày 6/1, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm tại Viêng Chăn.",
    "Thương mại tăng\nKim ngạch thương mại Việt Nam - Lào 6 tháng đầu năm 2024 đạt 900 triệu USD.",
    "Đón đoàn đại biểu\nChiều 12/3, lãnh đạo tỉnh tiếp đoàn công tác của tỉnh bạn.",
]


@pytest.mark.parametrize("workers", [0, 1, 2], ids=["inline-0", "inline-1", "two-processes"])
def test_results_come_in_input_order(workers: int) -> None:
    """Whatever the number of workers, results follow the input order and equal parse()."""
    sources = ARTICLES * 5
    results = list(parse_many(sources, text=True, workers=workers, chunksize=2, year=2024))
    assert list(range(len(sources))) == [r.index for r in results]
    assert [parse(s, year=2024) for s in sources] == [r.article for r in results]


def test_paths_are_read_in_the_worker(tmp_path: pathlib.Path) -> None:
    """str and PathLike sources are file paths; the file's bytes are parsed."""
    first = tmp_path / "a.txt"
    first.write_bytes(ARTICLES[0].encode("utf-8"))
    second = tmp_path / "b.txt"
    second.write_bytes(ARTICLES[1].encode("utf-16"))  # with BOM, as some outlets serve it
    results = list(parse_many([str(first), second], workers=0))
    assert [str(first), str(second)] == [r.source for r in results]
    assert [parse(ARTICLES[0]).title, parse(ARTICLES[1]).title] == [r.article.title for r in results if r.article]


# Inputs a batch meets in the wild, and the error each must give.
BAD_SOURCES = [
    pytest.param("missing", "cannot read: No such file or directory", id="missing-file"),
    pytest.param("folder", "cannot read: Is a directory", id="directory"),
    pytest.param("empty", "no text: the input is empty", id="empty-file"),
    pytest.param("blank", "no text: the input is empty", id="whitespace-file"),
    pytest.param("binary", "cannot decode", id="undecodable"),
]


@pytest.mark.parametrize(("name", "message"), BAD_SOURCES)
def test_a_bad_source_is_a_result_not_a_crash(tmp_path: pathlib.Path, name: str, message: str) -> None:
    """An unreadable source gives an error Result and the next source is still parsed."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "empty").write_bytes(b"")
    (tmp_path / "blank").write_bytes(b" \n\t\n")
    (tmp_path / "binary").write_bytes(b"\x81\x00\xff\xfe\x00\xd8" * 4)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLES[2], encoding="utf-8")
    bad, fine = parse_many([str(tmp_path / name), good], workers=0)
    assert (False, True) == (bad.ok, fine.ok)
    assert bad.error is not None
    assert message in bad.error, bad.error
    assert bad.article is None


def test_named_texts_keep_their_names() -> None:
    """An object with name and text is parsed under its name."""
    sample = SimpleNamespace(name="sample-01.txt", text=ARTICLES[0])
    (result,) = parse_many([sample], workers=0)
    assert ("sample-01.txt", parse(ARTICLES[0])) == (result.source, result.article)


def test_input_is_consumed_lazily() -> None:
    """With a bounded window, parse_many does not read the whole input before yielding."""
    pulled: list[int] = []

    def sources() -> Iterator[str]:
        for index in range(1000):
            pulled.append(index)
            yield ARTICLES[index % 3]

    results = parse_many(sources(), text=True, workers=2, chunksize=4, max_in_flight=2)
    first = next(results)
    assert first.ok
    assert len(pulled) <= 4 * 3
    results.close()


def test_errors_in_worker_processes_are_reported() -> None:
    """A failure in a worker process comes back as a Result with the source's label."""
    results = list(parse_many([b"\xff\xfe\x00", ARTICLES[0]], text=True, workers=2, chunksize=1))
    assert [("<bytes 0>", False), ("<text 1>", True)] == [(r.source, r.ok) for r in results]


def test_a_source_of_the_wrong_type_is_reported() -> None:
    """An int among the sources gives an error Result naming its type."""
    results = list(parse_many([3, ARTICLES[0]], text=True, workers=0))  # type: ignore[list-item]
    assert [("<int 0>", False), ("<text 1>", True)] == [(r.source, r.ok) for r in results]
    assert "not a path" in (results[0].error or "")


def test_bad_chunksize_is_refused() -> None:
    """chunksize below 1 is a ValueError."""
    with pytest.raises(ValueError, match="chunksize"):
        list(parse_many(ARTICLES, text=True, chunksize=0))


def test_result_ok() -> None:
    """Result.ok is true exactly when an article is set."""
    assert (True, False) == (Result("a", 0, article=parse(ARTICLES[0])).ok, Result("b", 1, error="x").ok)


def test_dask_recipe_writes_partitioned_parquet(tmp_path: pathlib.Path) -> None:
    """examples/dask_parquet.py parses a tiny corpus on the local scheduler into one folder per table."""
    pytest.importorskip("dask.bag")
    pq = pytest.importorskip("pyarrow.parquet")
    import subprocess
    import sys

    script = pathlib.Path(__file__).parent.parent / "examples" / "dask_parquet.py"
    if not script.exists():
        pytest.skip("the examples folder is not part of this installation")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index, text in enumerate(ARTICLES):
        (corpus / f"{index}.txt").write_text(text, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(script), str(corpus), str(out), "--partitions", "2", "--scheduler", "sync"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == done.returncode, done.stderr
    assert "empty.txt: no text" in done.stderr
    assert ["part-00000.parquet", "part-00001.parquet"] == sorted(p.name for p in (out / "articles").iterdir())
    titles = pq.read_table(out / "articles").column("title").to_pylist()
    assert sorted(parse(text).title for text in ARTICLES) == sorted(titles)
