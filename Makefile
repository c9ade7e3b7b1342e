# c5facts: every target sets up what it needs in .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
SAMPLE := samples/c5_summit.txt

.PHONY: demo test lint types unit install dev eval bench gazetteers golden chromium clean

# Runtime install (package + pinned dependencies, incl. the French spaCy pipeline).
$(VENV)/.stamp-run: pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "c5facts needs Python >= 3.11"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

# Development install (test, lint and type-check tools, dask extra).
$(VENV)/.stamp-dev: $(VENV)/.stamp-run
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# The offline generators' packages (babel, pycountry, gender-guesser); dev includes them too.
$(VENV)/.stamp-tools: $(VENV)/.stamp-run
	$(PY) -m pip install --quiet -e '.[tools]'
	touch $@

install: $(VENV)/.stamp-run
dev: $(VENV)/.stamp-dev

demo: $(VENV)/.stamp-run
	$(BIN)/c5facts extract $(SAMPLE) --format table

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: dev
	$(BIN)/mypy

# pytest exits 5 when it collects nothing: that is a broken suite, not a pass.
unit: dev chromium
	$(BIN)/pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose"; exit 1; fi; \
	exit $$rc

test: lint types unit

# Headless Chromium for the HTML report test; the test skips with a message if this fails.
chromium:
	@command -v chromium >/dev/null 2>&1 || \
	  { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null) ; } || \
	  echo "note: chromium not installed; the report browser test will be skipped"

eval: $(VENV)/.stamp-run
	$(BIN)/c5facts eval ../shared/corpus/dev

# BENCH_ARGS=--quick for a short run (development); bench/README.md says what it measures.
bench: dev
	$(PY) bench/bench.py $(BENCH_ARGS)

# Regenerate the generated rule data (country gazetteer, currency world, weekly ECB rates,
# given names, word-class lexicon).
gazetteers: $(VENV)/.stamp-tools
	$(PY) -m c5facts.tools.build_gazetteers
	$(PY) -m c5facts.tools.build_currencies
	$(PY) -m c5facts.tools.build_first_names
	$(PY) -m c5facts.tools.build_word_classes
	$(PY) -m c5facts.tools.build_lunar_new_year
	$(PY) -m c5facts.tools.build_cities

clean:
	rm -rf $(VENV) build dist *.egg-info tests/artifacts bench/corpus
