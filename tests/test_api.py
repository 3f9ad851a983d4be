"""The public surface of ``vnlao_corpus``: exports, version, docstrings, contract names.

The fixed names come from the public contract (API.md): the entry points, the
record classes and their fields, and the ``Meeting.kind`` values.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
from importlib.metadata import version

import attrs
import pytest

import vnlao_corpus
from _build import COMPILED

# Docstrings are checked on the sources (the pure run of the suite): a module that
# mypyc compiled keeps no module docstring, nor the docstrings of some classes.
SOURCES_ONLY = pytest.mark.skipif(COMPILED, reason="docstrings are checked on the sources, not on the compiled build")


def _isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps ``__all__`` in: CONSTANTS, then Classes, then the rest."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def _package_modules() -> list[types.ModuleType]:
    """Every module of the package, imported."""
    modules = [vnlao_corpus]
    for info in pkgutil.walk_packages(vnlao_corpus.__path__, prefix="vnlao_corpus."):
        try:
            modules.append(importlib.import_module(info.name))
        except ImportError:  # an optional extra (arrow, dask) that is not installed
            continue
    return modules


def _public_objects() -> list[tuple[str, object]]:
    """(qualified name, object) for every function and class a module lists in ``__all__``."""
    out: dict[str, object] = {}
    for module in _package_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if inspect.isclass(obj) or inspect.isfunction(obj):
                out.setdefault(f"{obj.__module__}.{obj.__qualname__}", obj)
    return sorted(out.items())


def _public_methods() -> list[tuple[str, object]]:
    """(qualified name, member) for every public method and property defined on a public class (not a Protocol)."""
    out: list[tuple[str, object]] = []
    for qualname, cls in _public_objects():
        if not inspect.isclass(cls) or issubclass(cls, BaseException) or getattr(cls, "_is_protocol", False):
            continue  # a Protocol's members are declarations its docstring describes
        for name, member in vars(cls).items():
            if name.startswith("_") or not (inspect.isfunction(member) or isinstance(member, property)):
                continue
            out.append((f"{qualname}.{name}", member))
    return out


# Names API.md fixes, importable from the package itself.
CONTRACT_NAMES = [
    "parse",
    "find_dates",
    "find_amounts",
    "parse_date",
    "parse_amount",
    "Article",
    "Official",
    "Meeting",
    "MeetingKind",
    "TradeFigure",
    "ParseError",
]

# Record fields API.md fixes, per class.
CONTRACT_FIELDS = [
    ("Article", {"url", "title", "paragraphs", "officials", "meetings", "trade_figures", "diagnostics"}),
    ("Official", {"name", "titles", "country"}),
    ("Meeting", {"kind", "date", "location", "participants", "online"}),
    ("TradeFigure", {"metric", "amount", "period", "change"}),
]


def test_all_is_sorted() -> None:
    """``__all__`` is in isort order (constants, classes, functions), as ruff keeps it."""
    assert sorted(vnlao_corpus.__all__, key=_isort_key) == list(vnlao_corpus.__all__)


def test_all_has_no_duplicates() -> None:
    """Every name appears once in ``__all__``."""
    assert len(set(vnlao_corpus.__all__)) == len(vnlao_corpus.__all__)


def test_all_names_exist() -> None:
    """Every name in ``__all__`` can be imported from the package."""
    missing = [name for name in vnlao_corpus.__all__ if not hasattr(vnlao_corpus, name)]
    assert [] == missing


def _defined_here(obj: object) -> bool:
    """True for objects the package defines itself (not stdlib helpers it imported)."""
    module = getattr(obj, "__module__", None)
    return isinstance(module, str) and module.startswith("vnlao_corpus")


def test_all_is_complete() -> None:
    """Every public class and function the package namespace holds (not its submodules) is in ``__all__``."""
    public = {
        name
        for name, obj in vars(vnlao_corpus).items()
        if not name.startswith("_") and (inspect.isclass(obj) or inspect.isfunction(obj)) and _defined_here(obj)
    }
    assert set() == public - set(vnlao_corpus.__all__)


def test_no_stray_public_imports() -> None:
    """The package namespace leaks no public helper it imported from elsewhere (``version``, ...)."""
    stray = {
        name
        for name, obj in vars(vnlao_corpus).items()
        if not name.startswith("_")
        and not isinstance(obj, types.ModuleType)
        and name not in vnlao_corpus.__all__
        and name != "annotations"
        and not _defined_here(obj)
    }
    assert set() == stray


def test_version_matches_metadata() -> None:
    """``__version__`` is the version of the installed distribution."""
    assert version("vnlao_corpus") == vnlao_corpus.__version__


@pytest.mark.parametrize("name", CONTRACT_NAMES)
def test_contract_name_is_exported(name: str) -> None:
    """Each entry point and record that API.md names is importable from ``vnlao_corpus`` and in ``__all__``."""
    assert (True, True) == (hasattr(vnlao_corpus, name), name in vnlao_corpus.__all__)


@pytest.mark.parametrize(("cls_name", "fields"), CONTRACT_FIELDS, ids=[c for c, _ in CONTRACT_FIELDS])
def test_contract_fields(cls_name: str, fields: set[str]) -> None:
    """Each record API.md describes is a frozen attrs class with at least the fields it fixes."""
    cls = getattr(vnlao_corpus, cls_name)
    names = {f.name for f in attrs.fields(cls)}
    frozen = getattr(cls.__setattr__, "__name__", "") == "_frozen_setattrs"  # what attrs installs on frozen classes
    assert (set(), True) == (fields - names, frozen)


def test_meeting_kind_values() -> None:
    """``MeetingKind`` values are exactly the six strings API.md lists."""
    expected = {"phone_call", "talks", "meeting", "reception", "visit", "conference"}
    assert expected == {k.value for k in vnlao_corpus.MeetingKind}


def test_parse_error_is_value_error() -> None:
    """``ParseError`` subclasses ``ValueError``, as API.md promises for the strict parsers."""
    assert issubclass(vnlao_corpus.ParseError, ValueError)


@SOURCES_ONLY
@pytest.mark.parametrize("module", _package_modules(), ids=lambda m: m.__name__)
def test_module_has_docstring(module: types.ModuleType) -> None:
    """Every module says what it does in a docstring."""
    assert bool((module.__doc__ or "").strip())


@SOURCES_ONLY
@pytest.mark.parametrize(("qualname", "obj"), _public_objects(), ids=[q for q, _ in _public_objects()])
def test_public_name_has_example(qualname: str, obj: object) -> None:
    """Every class and function a module exports has a docstring with a ``>>>`` example."""
    assert ">>>" in (inspect.getdoc(obj) or "")


@SOURCES_ONLY
@pytest.mark.parametrize(("qualname", "member"), _public_methods(), ids=[q for q, _ in _public_methods()])
def test_public_method_has_docstring(qualname: str, member: object) -> None:
    """Every public method and property of an exported class has a docstring."""
    doc = member.__doc__ if isinstance(member, property) else inspect.getdoc(member)
    assert bool((doc or "").strip())
