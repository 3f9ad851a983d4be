"""Lexicon plumbing shared by the entity modules: reading TSV data, building trie patterns.

Lexicons live in ``vnlao_corpus/data/lexicons/*.tsv`` (``#`` starts a comment
line, columns are tab-separated, the last column says where the entry came
from). :func:`trie_pattern` turns many literal alternatives into one regular
expression whose alternatives share their prefixes, so that a scan tries each
position once per character instead of once per entry.

>>> import re
>>> p = re.compile(trie_pattern(["Thủ tướng", "Thứ trưởng", "Thủ tướng Chính phủ"]))
>>> p.match("Thủ tướng Chính phủ Lào").group()
'Thủ tướng Chính phủ'
>>> rows = read_tsv("ministries.tsv")
>>> rows[0][0]
'Ngoại giao'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

from ..text.normalize import lowercase

__all__ = ["read_tsv", "trie_pattern"]


def read_tsv(name: str) -> list[list[str]]:
    """The rows of the lexicon file ``name``: comment and blank lines dropped, cells stripped.

    >>> read_tsv("places.tsv")[0][:2]
    ['Hà Nội', 'VN']
    """
    text = resources.files("vnlao_corpus").joinpath("data", "lexicons", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def trie_pattern(words: Iterable[str], *, fold: bool = False) -> str:
    """One regular-expression source matching any of ``words``, longest first.

    With ``fold=True`` the words are lower-cased first (compile the result
    with ``re.IGNORECASE``). A space in a word matches exactly one space (the
    text is normalised). The pattern has no nested quantifiers: it cannot
    backtrack more than the length of the longest word.

    >>> trie_pattern(["ab", "abc", "b"])
    '(?:ab(?:c)?|b)'
    """
    trie: _Node = {}
    for word in words:
        if fold:
            word = lowercase(word)
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


# A trie node: next character -> child; the key "" marks the end of a word.
_Node = dict[str, "_Node"]


def _emit(node: _Node) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _emit(node[ch]) for ch in sorted(k for k in node if k)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
