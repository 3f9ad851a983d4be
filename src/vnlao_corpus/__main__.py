"""``python -m vnlao_corpus``: the same command line as ``vnlao-corpus`` (see :mod:`vnlao_corpus.cli`)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
