"""Sphinx configuration for the vnlao_corpus documentation (furo theme, MyST Markdown, autodoc)."""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))
sys.path.insert(0, str(HERE.parent / "src"))

from vnlao_corpus import __version__  # noqa: E402

project = "vnlao_corpus"
author = "vnlao_corpus maintainers"
copyright = "2026, vnlao_corpus maintainers"
release = __version__
version = __version__

extensions = [
    "sphinx.ext.autodoc",
    "myst_parser",
    "cookbook",  # docs/_ext/cookbook.py: tables drawn from the sample corpus at build time
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated/*.md", "Thumbs.db", ".DS_Store"]
language = "en"

# No network during builds: no intersphinx. Unresolved cross-references stay plain text.
nitpicky = False

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = f"vnlao_corpus {__version__}"
