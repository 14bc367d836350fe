# arnews: two commands for a newcomer, `make report` and `make test`.
# Everything runs inside .venv, created from the locked requirements.txt.

PYTHON   ?= python3
VENV     ?= .venv
BIN      := $(VENV)/bin
PY       := $(BIN)/python
STAMP    := $(VENV)/.installed
JOBS     ?=
SIZES    ?= 10 100

# The embedded corpus and where its outputs go.
RAW       := data/raw
MANIFEST  := data/articles.csv
PROCESSED := data/processed
REPORTS   := reports

# `make report CORPUS=path/to/folder` renders another corpus into runs/<name>/
CORPUS ?=
# seconds a notebook cell may run in `make report` (empty: $ARNEWS_CELL_TIMEOUT, else 600; 0: no limit)
CELL_TIMEOUT ?=
# extra options for `make lab`, e.g. LAB_ARGS="--port 8890 --no-browser"
LAB_ARGS ?=
REPORT_OPTS = $(if $(JOBS),--jobs $(JOBS)) $(if $(CELL_TIMEOUT),--cell-timeout $(CELL_TIMEOUT))

.PHONY: help setup setup-neural data report test test-fast lab bench lock clean distclean

help:
	@echo "make report   build the tables, execute every notebook, write $(REPORTS)/index.html"
	@echo "make test     run the whole test suite"
	@echo "make setup    create $(VENV) and install the locked dependencies (no-op when up to date)"
	@echo "make data     build the processed tables of the embedded corpus into $(PROCESSED)/"
	@echo "make lab      open JupyterLab on notebooks/ (LAB_ARGS=\"--port 8890 --no-browser\" for more options)"
	@echo "make bench    throughput and memory benchmarks (SIZES=\"10 100\" in MB, or CORPUS=dir for a real corpus)"
	@echo "make setup-neural  add torch/transformers for camel-tools' neural tools (large)"
	@echo "make report CORPUS=dir   render another folder of articles into runs/<name>/"
	@echo "make report CELL_TIMEOUT=1800   allow each notebook cell 1800 s (default 600; 0: no limit)"

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "arnews needs Python 3.11 or newer (found " + sys.version.split()[0] + "); run: make PYTHON=python3.11 ...")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt
	@touch $(STAMP)
	@echo "arnews: environment ready in $(VENV)"

# Heavy, opt-in: camel-tools' morphology/NER/sentiment need torch + transformers (about 1.8 GB).
# Their data still has to be fetched once with `camel_data -i light` (needs internet).
setup-neural: setup
	$(PY) -m pip install -r requirements-neural.txt

data: setup
	$(PY) -m arnews build --corpus $(RAW) --manifest $(MANIFEST) --out $(PROCESSED) $(if $(JOBS),--jobs $(JOBS))

ifeq ($(strip $(CORPUS)),)
report: setup
	$(PY) -m arnews report --corpus $(RAW) --manifest $(MANIFEST) --processed $(PROCESSED) --reports $(REPORTS) --out . $(REPORT_OPTS)
else
report: setup
	$(PY) -m arnews report --corpus "$(CORPUS)" --out "runs/$(notdir $(patsubst %/,%,$(CORPUS)))" $(REPORT_OPTS)
endif

test: setup
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not slow and not browser"

# JupyterLab on notebooks/: builds the tables first only when $(PROCESSED) has none;
# as root it adds --allow-root (Jupyter refuses root otherwise); LAB_ARGS go last.
lab: setup $(if $(wildcard $(PROCESSED)/build_info.json),,data)
	$(BIN)/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# `make bench CORPUS=path/to/folder` benchmarks a real corpus instead of the synthetic SIZES
ifeq ($(strip $(CORPUS)),)
bench: setup
	$(PY) benchmarks/bench.py --sizes $(SIZES)
else
bench: setup
	$(PY) benchmarks/bench.py --corpus "$(CORPUS)" $(if $(JOBS),--jobs $(JOBS))
endif

# Re-resolve the lock from pyproject.toml (needs the package index).
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install --quiet --disable-pip-version-check $$(.lockenv/bin/python -c 'import tomllib;d=tomllib.load(open("pyproject.toml","rb"))["project"];print(" ".join(repr(x) for x in d["dependencies"]+d["optional-dependencies"]["test"] if not x.startswith("camel")))' | tr -d "'")
	.lockenv/bin/pip install --quiet --no-deps camel-tools==1.6.0
	{ sed -n '1,7p' requirements.txt; .lockenv/bin/pip freeze --exclude-editable | grep -viE '^(camel.tools|rfc3987.syntax|lark)=='; echo "camel-tools==1.6.0"; echo "-e ."; } > requirements.txt.new
	mv requirements.txt.new requirements.txt && rm -rf .lockenv

clean:
	rm -rf $(PROCESSED) $(REPORTS) runs benchmarks/out tests/artifacts .pytest_cache

distclean: clean
	rm -rf $(VENV)
