"""The compiled build: which modules mypyc compiles, what their sources must avoid, and that it is loaded.

Wheels compile the parsing modules with mypyc (``hatch_build.py``); ``make
test`` runs this suite twice, on the sources and on a compiled wheel
(``VNLAO_CORPUS_EXPECT_COMPILED=1``), and the two must behave alike.
"""

from __future__ import annotations

import ast
import importlib.util
import os
from pathlib import Path

import pytest

from _build import COMPILED, ROOT, compiled_files, compiled_module_names, loaded_compiled

FILES = compiled_files()


def test_the_parsing_modules_are_compiled() -> None:
    """The hot modules are in the compiled list; the calendar (which mypyc mis-builds) is not."""
    names = set(compiled_module_names())
    for name in ("article", "text.normalize", "values.dates", "values.amounts", "entities.titles", "events.meetings"):
        assert f"vnlao_corpus.{name}" in names
    assert "vnlao_corpus.values.calendar" not in names
    assert "vnlao_corpus.model" not in names


def test_the_list_matches_the_build_hook() -> None:
    """tests/_build.py lists the files that hatch_build.compiled_sources hands to mypyc (where hatchling is)."""
    pytest.importorskip("hatchling")
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    src = ROOT / "src"
    assert [f.relative_to(src).as_posix() for f in FILES] == hook.compiled_sources(src)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_compiled_source_calls_no_str_lower(path: Path) -> None:
    """No ``.lower()`` call: mypyc's own lowers a final capital sigma otherwise than Python (use ``lowercase``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "lower"
    ]
    assert calls == [], f"{path.name} calls .lower() on lines {calls}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_compiled_methods_hold_no_closures(path: Path) -> None:
    """No lambda, generator expression or nested function in a method: mypyc 2.4 crashes on them in attrs classes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        for method in [n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]:
            for node in ast.walk(method):
                if node is not method and isinstance(node, ast.Lambda | ast.GeneratorExp | ast.FunctionDef):
                    found.append(f"{cls.name}.{method.name} line {node.lineno}")
    assert found == []


@pytest.mark.skipif(os.environ.get("VNLAO_CORPUS_EXPECT_COMPILED") != "1", reason="runs on the compiled build only")
def test_every_listed_module_is_loaded_compiled() -> None:
    """On the compiled build, each listed module is imported from its C extension, none from source."""
    assert COMPILED
    assert loaded_compiled() == compiled_module_names()
