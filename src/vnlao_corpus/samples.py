"""The sample corpus that ships inside the package.

About ten short articles written for this project (not copied from any
outlet) in the genre the library reads: phone calls, talks, visits,
receptions, committee sessions, trade reports, and meetings between third
countries, in both raw layouts (plain, and scraped with a URL line and a glued
one-line body), with the mess of real scraped text (timestamps, bylines,
source prefixes, captions, page chrome, decomposed diacritics, no-break and
zero-width spaces). They live in ``vnlao_corpus/data/samples/*.txt`` (UTF-8);
the ``README.md`` there says what each one shows.

>>> samples = load_samples()
>>> len(samples) >= 10 and samples == sorted(samples, key=lambda s: s.name)
True
>>> from vnlao_corpus import parse
>>> parse(samples[0].text).title != ""
True
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import attrs

__all__ = ["Sample", "iter_samples", "load_samples"]

_PACKAGE = "vnlao_corpus"
_FOLDER = ("data", "samples")


@attrs.frozen
class Sample:
    """One bundled article: its file name without ``.txt`` and its raw text.

    >>> Sample("demo", "Tiêu đề\\nĐoạn một.").name
    'demo'
    """

    name: str
    text: str


def iter_samples() -> Iterator[Sample]:
    """Yield the bundled sample articles, sorted by name.

    Each file is read as UTF-8 exactly as stored (no newline translation), so
    that offsets in parse results point into ``Sample.text``.

    >>> next(iter_samples()).name
    '01-dien-dam-ngoai-giao'
    """
    folder = resources.files(_PACKAGE).joinpath(*_FOLDER)
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".txt")), key=lambda e: e.name)
    for entry in entries:
        yield Sample(entry.name.removesuffix(".txt"), entry.read_bytes().decode("utf-8"))


def load_samples() -> list[Sample]:
    """All the bundled sample articles, sorted by name.

    >>> [s.name for s in load_samples()][:2]
    ['01-dien-dam-ngoai-giao', '02-hoi-dam-thu-tuong']
    """
    return list(iter_samples())
