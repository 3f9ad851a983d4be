# Each target sets itself up from nothing: a fresh machine needs only Python 3.11+
# (and a C compiler, which the compiled wheel is built with; without one it is pure Python).
PYTHON ?= python3

# .venv holds the package as users install it: the wheel, whose parsing modules
# mypyc compiles (hatch_build.py), with the test and optional extras (and dateparser, for make speed). The demo,
# the benchmarks and one run of the tests use it.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WHEELS := build/wheel
SOURCES := $(shell find src -name '*.py' -not -path '*/__pycache__/*')

# .venv-dev holds the sources as an editable install with the development tools:
# ruff, mypy, the tests with the sources' doctests, and the docs run there.
DEV := .venv-dev
DBIN := $(DEV)/bin
DSTAMP := $(DEV)/.installed

.PHONY: demo test lint typecheck unit unit-compiled docs bench speed clean

$(STAMP): pyproject.toml hatch_build.py $(SOURCES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	rm -rf $(WHEELS)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(WHEELS) .
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps $(WHEELS)/*.whl
	$(BIN)/python -m pip install --quiet "$$(ls $(WHEELS)/*.whl)[test,arrow,dask,bench]"
	touch $(STAMP)

$(DSTAMP): pyproject.toml
	$(PYTHON) -m venv $(DEV)
	$(DBIN)/python -m pip install --quiet --upgrade pip
	# The optional extras are installed too, so that their tests run rather than skip.
	$(DBIN)/python -m pip install --quiet -e ".[test,docs,arrow,dask]"
	touch $(DSTAMP)

demo: $(STAMP)
	$(BIN)/python -m vnlao_corpus --summary

test: lint typecheck unit docs unit-compiled

lint: $(DSTAMP)
	$(DBIN)/ruff check src tests benchmarks scripts hatch_build.py
	$(DBIN)/ruff format --check src tests benchmarks scripts hatch_build.py

typecheck: $(DSTAMP)
	$(DBIN)/mypy --strict

unit: $(DSTAMP)
	$(DBIN)/pytest

# The suite again (without the sources' doctests), on the installed wheel, which must be the
# compiled one (tests/ puts no src/ on the path; test_compiled.py checks what was imported).
unit-compiled: $(STAMP)
	VNLAO_CORPUS_EXPECT_COMPILED=1 $(BIN)/python -m pytest -p no:cacheprovider tests

docs: $(DSTAMP)
	$(DBIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

bench: $(STAMP)
	$(BIN)/python benchmarks/adversarial.py

# Throughput beside the one-regex reference (../shared/tools/bench.py), as users install the package.
speed: $(STAMP)
	$(BIN)/python ../shared/tools/bench.py

clean:
	rm -rf $(VENV) $(DEV) $(WHEELS) docs/_build .mypy_cache .pytest_cache .ruff_cache
