# Each target sets itself up from nothing: a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# A second environment holds the wheel as users install it: built with the parsing
# modules compiled by mypyc (hatch_build.py). The tests run on both.
CVENV := .venv-compiled
CBIN := $(CVENV)/bin
CSTAMP := $(CVENV)/.installed
SOURCES := $(shell find src -name '*.py' -not -path '*/__pycache__/*')

.PHONY: demo test lint typecheck unit unit-compiled docs bench speed clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The optional extras are installed too, so that their tests run rather than skip.
	$(BIN)/python -m pip install --quiet -e ".[test,docs,arrow,dask]"
	touch $(STAMP)

$(CSTAMP): pyproject.toml hatch_build.py $(SOURCES)
	$(PYTHON) -m venv $(CVENV)
	$(CBIN)/python -m pip install --quiet --upgrade pip
	VNLAO_CORPUS_MYPYC=required $(CBIN)/python -m pip install --quiet --force-reinstall ".[test,arrow,dask]"
	touch $(CSTAMP)

demo: $(STAMP)
	$(BIN)/python -m vnlao_corpus --summary

test: lint typecheck unit docs unit-compiled

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts hatch_build.py
	$(BIN)/ruff format --check src tests benchmarks scripts hatch_build.py

typecheck: $(STAMP)
	$(BIN)/mypy --strict

unit: $(STAMP)
	$(BIN)/pytest

# The suite (without the sources' doctests) on the compiled wheel; tests/ puts no src/ on the path.
unit-compiled: $(CSTAMP)
	VNLAO_CORPUS_EXPECT_COMPILED=1 $(CBIN)/python -m pytest -p no:cacheprovider tests

docs: $(STAMP)
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

bench: $(STAMP)
	$(BIN)/python benchmarks/adversarial.py

# Throughput of the compiled wheel beside the one-regex reference (../shared/tools/bench.py).
speed: $(CSTAMP)
	$(CBIN)/python ../shared/tools/bench.py

clean:
	rm -rf $(VENV) $(CVENV) docs/_build .mypy_cache .pytest_cache .ruff_cache
