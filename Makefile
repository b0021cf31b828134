# Two commands do everything on a fresh machine with only python3: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup setup-test run test chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(VENV)/.installed $@

setup: $(VENV)/.installed

setup-test: $(VENV)/.installed-test

# Headless Chromium for the browser test, from Debian's packages (no browser download at test time).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium install failed; browser tests will be skipped"; \
	  else echo "chromium missing and not root: browser tests will be skipped"; fi; }

# The main job: a live PubMed refresh; without NCBI it says so and reports on the bundled sample.
run: setup
	$(BIN)/evidence run --fallback-bundled

test: setup-test chromium
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) data/evidence.duckdb* reports/site reports/eval
