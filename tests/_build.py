"""Which build of vnlao_corpus the tests run against: the sources, or the wheel compiled with mypyc.

The list of compiled modules lives in ``hatch_build.py`` (the build hook); it
is read here from that file's text, so the tests need neither hatchling nor a
build to know it.
"""

from __future__ import annotations

import ast
import importlib
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "hatch_build.py"
PACKAGE_DIR = ROOT / "src" / "vnlao_corpus"


def _hook_constant(name: str) -> tuple[str, ...]:
    """A tuple-of-strings constant assigned at the top of ``hatch_build.py``."""
    tree = ast.parse(HOOK.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return tuple(str(v) for v in value)
    msg = f"{name} is not assigned in {HOOK}"
    raise LookupError(msg)


def compiled_files() -> list[Path]:
    """The source files that wheels compile (what ``hatch_build.compiled_sources`` lists)."""
    skipped = set(_hook_constant("NOT_COMPILED"))
    out: list[Path] = []
    for entry in _hook_constant("COMPILED"):
        path = PACKAGE_DIR / entry
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if file.name != "__init__.py" and file.relative_to(PACKAGE_DIR).as_posix() not in skipped:
                out.append(file)
    return out


def compiled_module_names() -> list[str]:
    """The dotted names of the modules that wheels compile."""
    return ["vnlao_corpus." + ".".join(f.relative_to(PACKAGE_DIR).with_suffix("").parts) for f in compiled_files()]


def loaded_compiled() -> list[str]:
    """Those of the compiled modules that this interpreter imported from a C extension."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    out = []
    for name in compiled_module_names():
        module = importlib.import_module(name)
        if str(getattr(module, "__file__", "")).endswith(suffix):
            out.append(name)
    return out


#: Whether these tests run against the compiled build.
COMPILED = bool(loaded_compiled())
