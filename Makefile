# Every target sets up what it needs: a .venv with pinned tools (made or refreshed when
# missing or when pyproject.toml changes) and this project installed into it (again
# whenever auth/ or kalshi_client/ change), so each works on a fresh clone with python3.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GENERATOR := $(BIN)/openapi-python-client
DEPS := $(VENV)/.deps-installed
PACKAGE := $(VENV)/.package-installed
SOURCES := $(shell find auth kalshi_client -name '*.py' -o -name 'py.typed' 2>/dev/null)
PRISM := node_modules/.bin/prism
CHECKED := auth tests examples tools bench

.PHONY: help demo test test-contract lint generate check-generated bench clean

help:
	@echo "make demo             set up and run the demo"
	@echo "make test             set up and run every check CI runs"
	@echo "make generate         regenerate kalshi_client/ from openapi.yaml"
	@echo "make check-generated  fail if kalshi_client/ is not what openapi.yaml generates"
	@echo "make test-contract    only the contract tests (tests/contract/, Prism included)"
	@echo "make lint             ruff and mypy --strict on the handwritten code"
	@echo "make bench            run the benchmarks, write BENCHMARKS.md"

# A venv that no longer runs (its python3 was removed or upgraded) is made anew.
$(DEPS): pyproject.toml
	@$(BIN)/python -c '' 2>/dev/null || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$$(sed -n 's/^requires = \["\(hatchling[^"]*\)"\]/\1/p' pyproject.toml)"
	$(BIN)/python -m pip install --quiet --no-build-isolation ".[dev]"
	touch $@

# Installed, not editable: hatchling cannot install auth/ as kalshi_auth in editable
# mode, and the tests then exercise exactly what a user's pip install gives them.
$(PACKAGE): $(DEPS) $(SOURCES)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --force-reinstall .
	touch $@

# Prism (the OpenAPI mock server, pinned in package.json and package-lock.json) for the
# contract tests and the demo.
$(PRISM): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
		echo "make: Node.js and npm are needed (the tests and the demo run Prism, an OpenAPI mock server): install Node.js 18 or newer with npm, then run make again." >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# generate_into DIR: validate the spec, then generate the package into DIR/kalshi_client.
define generate_into
	$(BIN)/openapi-spec-validator openapi.yaml
	PATH="$(abspath $(BIN)):$$PATH" $(GENERATOR) generate --path openapi.yaml \
		--config generator-config.yaml --custom-template-path templates \
		--meta none --fail-on-warning --output-path $(1)/kalshi_client >/dev/null
	touch $(1)/kalshi_client/py.typed
endef

generate: $(DEPS)
	rm -rf .generated && mkdir .generated
	$(call generate_into,.generated)
	rm -rf kalshi_client && mv .generated/kalshi_client kalshi_client && rm -rf .generated
	@echo "kalshi_client/ regenerated from openapi.yaml"

check-generated: $(DEPS)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory _generate-into DIR="$$tmp" && \
	if diff -r -q -x __pycache__ kalshi_client "$$tmp/kalshi_client"; then \
		echo "kalshi_client/ matches openapi.yaml, generator-config.yaml and templates/"; \
	else \
		echo "kalshi_client/ differs from what openapi.yaml generates (files above): run 'make generate' and commit, never edit kalshi_client/ by hand" >&2; \
		exit 1; \
	fi

_generate-into:
	$(call generate_into,$(DIR))

lint: $(PACKAGE)
	$(BIN)/ruff check $(CHECKED)
	$(BIN)/ruff format --check $(CHECKED)
	$(BIN)/mypy $(CHECKED)

test: check-generated lint $(PACKAGE) $(PRISM)
	$(BIN)/pytest

# Only the contract suite: requests and answers against openapi.yaml, and the Prism run.
test-contract: $(PACKAGE) $(PRISM)
	$(BIN)/pytest tests/contract

# Figures, not tests: printed and written to BENCHMARKS.md.
bench: $(PACKAGE)
	$(BIN)/python -m bench.signing
	$(BIN)/python -m bench.calls
	$(BIN)/python -m bench.import_cost
	$(BIN)/python -m bench.parsing

demo: $(PACKAGE) $(PRISM)
	$(BIN)/python -m tools.demo

clean:
	rm -rf $(VENV) node_modules .generated .pytest_cache .mypy_cache .ruff_cache
