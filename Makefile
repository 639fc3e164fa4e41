# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test eval bench install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	rm -f examples.db
	$(BIN)/reelwire --db sqlite:///examples.db ingest examples/
	$(BIN)/reelwire --db sqlite:///examples.db film "Night Orchard"

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

test: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || $(SUDO) apt-get install -y chromium || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; } || echo "chromium could not be installed: the browser tests will be skipped"
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/reelwire eval --gold $(SHARED)/eval/dev
	$(BIN)/reelwire eval --gold $(SHARED)/eval/dev-lists

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/load_check.py

clean:
	rm -rf $(VENV) examples.db
