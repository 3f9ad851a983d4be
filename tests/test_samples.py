"""Tests of vnlao_corpus.samples: the bundled sample corpus loads, and each article reads cleanly.

The samples themselves were written for the project (see data/samples/README.md).
"""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from vnlao_corpus import parse
from vnlao_corpus.samples import Sample, iter_samples, load_samples

SAMPLES = load_samples()


def test_there_are_about_ten_samples() -> None:
    """The corpus holds at least ten articles."""
    assert True is (len(SAMPLES) >= 10)


def test_samples_are_sorted_by_unique_name() -> None:
    """Samples come sorted by name, and no name repeats."""
    names = [s.name for s in SAMPLES]
    assert sorted(set(names)) == names


def test_iter_and_load_agree() -> None:
    """iter_samples yields what load_samples returns."""
    assert SAMPLES == list(iter_samples())


def test_readme_says_the_samples_were_written_for_the_project() -> None:
    """The sample folder carries a README saying where the articles come from."""
    readme = resources.files("vnlao_corpus").joinpath("data", "samples", "README.md").read_text(encoding="utf-8")
    assert True is ("written for this project" in readme)


def test_samples_carry_the_mess_of_real_text() -> None:
    """Some samples are decomposed (NFD), some carry no-break or zero-width spaces, some are scraped with a URL."""
    nfd = any(not unicodedata.is_normalized("NFC", s.text) for s in SAMPLES)
    spaces = any("\u00a0" in s.text or "\u200b" in s.text for s in SAMPLES)
    scraped = sum(s.text.startswith("https://") for s in SAMPLES)
    assert (True, True, True) == (nfd, spaces, scraped >= 2)


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_each_sample_reads_into_a_clean_article(sample: Sample) -> None:
    """Each sample has a title, at least two paragraphs, and no caption or chrome inside a paragraph."""
    article = parse(sample.text)
    caption_inside = any(c.text in p for c in article.captions for p in article.paragraphs)
    credit_inside = any("Ảnh:" in p or "Chia sẻ" in p or "Theo dõi" in p for p in article.paragraphs)
    assert (True, True, False, False) == (
        article.title != "",
        len(article.paragraphs) >= 2,
        caption_inside,
        credit_inside,
    )


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_each_sample_has_an_event_or_a_figure(sample: Sample) -> None:
    """Each sample reports a meeting or a trade figure, as the genre does."""
    article = parse(sample.text)
    assert True is (len(article.meetings) + len(article.trade_figures) > 0)
