# The pipeline. Two commands for a reader: `make book` (the HTML book) and `make test` (unit tests, nbval, browser).
# Everything runs from the virtual environment in .venv, created and installed from requirements.txt on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt pyproject.toml | cksum | cut -d' ' -f1)
SEEDS_DIR ?= seeds
OUT_DIR ?= data
WORKERS ?= 1

.PHONY: book notebooks html test unit nbval browser chromium facts clean-book bench determinism drift fresh-venv-check score

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m ipykernel install --sys-prefix --name reportfacts --display-name "Python (reportfacts)" >/dev/null
	rm -f $(VENV)/.installed-* && touch $@

# The kernel spec starts kernels with reportfacts.build.launcher (ipykernel's launcher without its TCP warning).
KERNEL_SPEC := $(VENV)/share/jupyter/kernels/reportfacts/kernel.json
$(KERNEL_SPEC): $(STAMP) reportfacts/build/launcher.py
	$(PY) -m reportfacts.build.launcher install >/dev/null

book: html  ## execute the notebooks whose inputs changed, then build _build/html

notebooks: $(KERNEL_SPEC)
	$(PY) -m reportfacts notebooks

html: notebooks  ## the HTML is rebuilt only when a page, a table, a chart or the configuration changed
	@$(MAKE) --no-print-directory _build/html/index.html
	@echo "book: _build/html/index.html"

# Evaluated in the sub-make above, after the notebooks step has (atomically) rewritten what changed.
BOOK_INPUTS = _config.yml _toc.yml $(wildcard book/*.ipynb book/*.md book/_static/charts/*) \
	$(wildcard data/processed/*) $(wildcard reportfacts/publish/sphinx*.py) $(STAMP)

_build/html/index.html: $(BOOK_INPUTS)
	$(VENV)/bin/jupyter-book build . --warningiserror --keep-going --quiet || { rm -f $@; exit 1; }
	@touch $@

# pytest-xdist: TEST_WORKERS processes share the tests; the root conftest.py keeps a notebook's cells, a test module,
# and each width of the browser test on one worker. TEST_WORKERS=0 runs everything in this process. One worker more
# than the cores: the tests wait on Chromium and on kernels starting, and a third worker fills those waits (on 2 cores,
# make test takes 73 s with 3 workers, 82 s with 2, 76 s with 4).
TEST_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))
XDIST = -n $(TEST_WORKERS) --dist loadgroup
NBVAL = --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

test: html  ## unit tests, nbval (re-runs the notebooks in book/) and headless Chromium over the built book, in one run
	@test -n "$$CHROMIUM" || command -v chromium >/dev/null || $(MAKE) --no-print-directory chromium
	$(PY) -m pytest -q $(XDIST) tests/ book/ $(NBVAL)

unit: $(KERNEL_SPEC)
	$(PY) -m pytest -q $(XDIST) -m "not browser"

nbval: $(KERNEL_SPEC)
	$(PY) -m pytest -q $(XDIST) book/ $(NBVAL)

browser: html  ## headless Chromium over _build/html: Debian's chromium (or CHROMIUM=/path to another binary)
	@test -n "$$CHROMIUM" || command -v chromium >/dev/null || $(MAKE) --no-print-directory chromium
	$(PY) -m pytest -q $(XDIST) -m browser tests/test_browser.py

chromium:  ## install Debian's chromium for the browser test (as root, with apt); otherwise say what is needed
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian's chromium for the browser test"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "the browser test needs Chromium: run 'sudo apt-get install -y chromium', or set CHROMIUM=/path/to/chromium"; exit 1; fi

facts: $(STAMP)  ## clean and extract any folder: make facts SEEDS_DIR=<folder> OUT_DIR=<folder> [WORKERS=<processes>]
	$(PY) -m reportfacts facts --seeds-dir $(SEEDS_DIR) --out-dir $(OUT_DIR) --workers $(WORKERS)

score: $(STAMP)  ## the extractor against the hand-made keys: seeds, development set (tune and held halves; ../shared/devset)
	$(PY) -m reportfacts.scoring.score --sets seeds,tune,held

BENCH_REPS ?= 3
BENCH_CORPUS ?= 1000
BENCH_SIZES ?= 0.5,1,2,5
bench: $(KERNEL_SPEC)  ## timings (median of BENCH_REPS runs) in a temporary clone of HEAD; see README "Speed"
	$(PY) -m reportfacts.build.bench run --reps $(BENCH_REPS) --corpus $(BENCH_CORPUS) --sizes $(BENCH_SIZES)

determinism: $(KERNEL_SPEC)  ## execute every notebook twice; fail if data/processed, book/*.ipynb or a chart differ
	$(PY) -m reportfacts.build.bench determinism

drift: $(KERNEL_SPEC)  ## regenerate from the seeds; fail if a committed file under data/ or book/ changed (CI)
	$(PY) -m reportfacts.build.bench drift

fresh-venv-check:  ## CI: a new virtual environment installs from requirements.txt alone and imports the book's packages
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	"$$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.txt && \
	"$$tmp/venv/bin/python" -m pip check && \
	"$$tmp/venv/bin/python" -c "import reportfacts.extract.pipeline, papermill, myst_nb, nbval, hypothesis, jupyter_book; print('fresh venv: requirements.txt installs')"
