"""Build hook: compile the parsing modules to C extensions with mypyc when building a wheel.

The package is pure Python; this hook makes ``parse`` about 1.3 times as fast
by compiling the modules that do the parsing (``text``, ``values``,
``entities``, ``events`` and ``article.py``) with mypyc, the compiler that
ships with mypy. Their ``.py`` sources stay in the wheel beside the
extensions (read by tools and tracebacks; Python imports the extension).

``VNLAO_CORPUS_MYPYC`` chooses:

- ``auto`` (the default): compile, and if that fails (no C compiler, an
  interpreter mypyc does not support) warn and build the pure-Python wheel;
- ``required``: compile or fail the build (CI uses this);
- ``0``: build the pure-Python wheel without trying.

Editable installs (``pip install -e .``) are never compiled: the sources in
the checkout are what runs. Only wheel builds are compiled; an sdist carries
the sources and this hook.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "vnlao_corpus"
#: The compiled modules, relative to the package (``__init__.py`` files are not compiled).
#: ``values/calendar.py`` is left out: its lazy pattern class answers attribute lookups with
#: ``__getattr__``, which mypyc's native classes do not support (the compiled module crashes).
COMPILED = ("article.py", "text", "values", "entities", "events")
NOT_COMPILED = ("values/calendar.py",)
ENV = "VNLAO_CORPUS_MYPYC"

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

paths = sys.argv[1:]
sys.argv[1:] = ["build_ext", "--inplace"]
setup(name="{package}", ext_modules=mypycify(paths, opt_level="3", group_name="{package}"))
"""


def compiled_sources(src: Path) -> list[str]:
    """The ``.py`` files to compile, relative to ``src`` (the folder that holds the package)."""
    package = src / PACKAGE
    out: list[str] = []
    for entry in COMPILED:
        path = package / entry
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            relative = file.relative_to(package).as_posix()
            if relative not in NOT_COMPILED and file.name != "__init__.py":
                out.append(file.relative_to(src).as_posix())
    return out


class MypycBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile the parsing modules into the wheel (see the module docstring)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile before the wheel is assembled; add the extensions to it."""
        mode = os.environ.get(ENV, "auto").strip().lower()
        if self.target_name != "wheel" or version == "editable" or mode in {"0", "no", "false", "off"}:
            return
        try:
            built = self._compile()
        except Exception as exc:
            if mode == "required":
                raise
            warnings.warn(f"{PACKAGE}: mypyc compilation failed, building pure Python: {exc}", stacklevel=1)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for path, target in built.items():
            build_data["force_include"][str(path)] = target

    def _compile(self) -> dict[Path, str]:
        """Compile a copy of the package; the extensions' paths and their places in the wheel."""
        src = Path(self.root) / "src"
        out = Path(self.directory) / "mypyc"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copytree(src / PACKAGE, work / PACKAGE, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
            # mypy reads its settings (the pyarrow and pandas overrides) from the project file.
            shutil.copy2(Path(self.root) / "pyproject.toml", work / "pyproject.toml")
            (work / "setup.py").write_text(_SETUP.format(package=PACKAGE), encoding="utf-8")
            sources = compiled_sources(work)
            done = subprocess.run(
                [sys.executable, "setup.py", *sources], cwd=work, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                tail = "\n".join((done.stdout + done.stderr).splitlines()[-30:])
                raise RuntimeError(f"mypyc exited with {done.returncode}:\n{tail}")
            built: dict[Path, str] = {}
            # (``--inplace`` puts them beside the sources; the build folder holds copies.)
            found = [*work.glob(f"*{suffix}"), *(work / PACKAGE).rglob(f"*{suffix}")]
            for ext in found:
                relative = ext.relative_to(work)
                target = out / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ext, target)
                built[target] = relative.as_posix()
        expected = len(sources) + 1  # one extension per module and the shared library of the group
        if len(built) != expected:
            raise RuntimeError(f"mypyc built {len(built)} extensions, expected {expected}")
        return built
