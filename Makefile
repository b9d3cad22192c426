# Two commands do all set-up: `make serve` and `make test`. See README.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material 9.7+ prints a long banner about MkDocs 2 on every run; it drowns real warnings.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench clean

serve: $(VENV)/.site
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(VENV)/.site
	$(BIN)/python scripts/build.py

test: $(VENV)/.test
	$(BIN)/python -m pytest

bench: $(VENV)/.test
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf site .cache $(VENV)

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 of nieuwer is nodig")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.site: pyproject.toml | $(VENV)/bin/python
	$(PYTHON) scripts/system_deps.py site
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test: pyproject.toml | $(VENV)/bin/python
	$(PYTHON) scripts/system_deps.py test
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# Debian's Chromium where we have it; elsewhere Playwright's own browser.
	if [ ! -x /usr/bin/chromium ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; \
	  else \
	    $(BIN)/python -m playwright install chromium; \
	  fi; \
	fi
	touch $(VENV)/.site $@
