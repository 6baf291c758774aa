# Every target sets up what it needs: a .venv with pinned tools (made or refreshed when
# missing or when pyproject.toml changes) and this project installed into it (again
# whenever auth/ or kalshi_client/ change), so each works on a fresh clone with python3.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEPS := $(VENV)/.deps-installed
PACKAGE := $(VENV)/.package-installed
SOURCES := $(shell find auth kalshi_client -name '*.py' -o -name 'py.typed' 2>/dev/null)
PRISM := node_modules/.bin/prism
CHECKED := auth tests examples tools bench

.PHONY: help demo test test-contract lint generate check-generated update-spec spec-report bench clean

help:
	@echo "make demo             set up and run the demo"
	@echo "make test             set up and run every check CI runs"
	@echo "make generate         regenerate kalshi_client/ from openapi.yaml"
	@echo "make check-generated  fail if kalshi_client/ is not what openapi.yaml generates"
	@echo "make update-spec SPEC=<path or URL>  take a new openapi.yaml, regenerate, report"
	@echo "make spec-report OLD=<file> NEW=<file>  what changed between two specs"
	@echo "make test-contract    only the contract tests (tests/contract/, Prism included)"
	@echo "make lint             ruff and mypy --strict on the handwritten code"
	@echo "make bench            run the benchmarks, write BENCHMARKS.md"

# The build backend, the runtime dependencies and the dev tools, read from pyproject.toml:
# installing them needs no build of the project, so the tools are there even when
# kalshi_client/ is being regenerated.
define REQUIREMENTS
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))
print(*project["build-system"]["requires"], *project["project"]["dependencies"],
      *project["project"]["optional-dependencies"]["dev"], sep="\n")
endef
export REQUIREMENTS

# A venv that no longer runs (its python3 was removed or upgraded) is made anew.
$(DEPS): pyproject.toml
	@$(BIN)/python -c '' 2>/dev/null || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -c "$$REQUIREMENTS" > $(VENV)/requirements.txt
	$(BIN)/python -m pip install --quiet -r $(VENV)/requirements.txt
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

generate: $(DEPS)
	rm -rf .generated
	$(BIN)/python -m tools.generate openapi.yaml .generated
	rm -rf kalshi_client && mv .generated/kalshi_client kalshi_client && rm -rf .generated
	@echo "kalshi_client/ regenerated from openapi.yaml"

check-generated: $(DEPS)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python -m tools.generate openapi.yaml "$$tmp" && \
	if diff -r -q -x __pycache__ kalshi_client "$$tmp/kalshi_client"; then \
		echo "kalshi_client/ matches openapi.yaml, generator-config.yaml and templates/"; \
	else \
		echo "kalshi_client/ differs from what openapi.yaml generates (files above): run 'make generate' and commit, never edit kalshi_client/ by hand" >&2; \
		exit 1; \
	fi

# A new description of the API: validate, regenerate, report; refuses breaking changes
# unless ALLOW_BREAKING=1; leaves the tree untouched when anything fails.
update-spec: $(DEPS)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or URL> [ALLOW_BREAKING=1]" >&2; exit 2; }
	$(BIN)/python -m tools.update_spec update "$(SPEC)" $(if $(filter 1,$(ALLOW_BREAKING)),--allow-breaking)

# The same report for any two files, touching nothing.
spec-report: $(DEPS)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make spec-report OLD=<file> NEW=<file>" >&2; exit 2; }
	$(BIN)/python -m tools.update_spec report "$(OLD)" "$(NEW)"

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
	$(BIN)/python -m bench.rate_limits

demo: $(PACKAGE) $(PRISM)
	$(BIN)/python -m tools.demo

clean:
	rm -rf $(VENV) node_modules .generated .pytest_cache .mypy_cache .ruff_cache
