# The pipeline. Two commands for a reader: `make book` (the HTML book) and `make test` (unit tests + nbval).
# Everything runs from the virtual environment in .venv, created and installed from requirements.txt on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt pyproject.toml | cksum | cut -d' ' -f1)
SEEDS_DIR ?= seeds
OUT_DIR ?= data

.PHONY: book notebooks html test unit nbval facts clean-book

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m ipykernel install --sys-prefix --name reportfacts --display-name "Python (reportfacts)" >/dev/null
	rm -f $(VENV)/.installed-* && touch $@

book: html  ## execute the notebooks whose inputs changed, then build _build/html

notebooks: $(STAMP)
	$(PY) -m reportfacts notebooks

html: notebooks
	$(VENV)/bin/jupyter-book build . --warningiserror --keep-going --quiet
	@echo "book: _build/html/index.html"

test: unit nbval  ## unit tests, then the executed notebooks in book/ re-run and compared by nbval

unit: $(STAMP)
	$(PY) -m pytest -q

nbval: $(STAMP)
	$(PY) -m pytest -q --nbval book/ --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

facts: $(STAMP)  ## clean and extract any folder: make facts SEEDS_DIR=<folder> OUT_DIR=<folder>
	$(PY) -m reportfacts facts --seeds-dir $(SEEDS_DIR) --out-dir $(OUT_DIR)
