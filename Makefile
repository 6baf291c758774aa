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
CHECKED := auth tests examples tools bench docs/gen_ref.py setup.py
MOCK_PORT ?= 4010
# mkdocs-material and a plugin print a banner about MkDocs 2.0 on every build; mkdocs is pinned at 1.6.1.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: help demo stream-demo test test-contract lint generate check-generated update-spec spec-report bench bench-peers docs mock clean

help:
	@echo "make demo             set up and run the demo"
	@echo "make test             set up and run every check CI runs"
	@echo "make generate         regenerate kalshi_client/ from openapi.yaml and asyncapi.yaml"
	@echo "make check-generated  fail if kalshi_client/ is not what openapi.yaml and asyncapi.yaml generate"
	@echo "make update-spec SPEC=<path or URL>  take a new openapi.yaml, regenerate, report"
	@echo "make spec-report OLD=<file> NEW=<file>  what changed between two specs"
	@echo "make test-contract    only the contract tests (tests/contract/, Prism included)"
	@echo "make lint             ruff and mypy --strict on the handwritten code"
	@echo "make bench            run the benchmarks, write BENCHMARKS.md"
	@echo "make bench-peers      measure ours beside the other Kalshi SDKs (own venv), write BENCHMARKS.md"
	@echo "make stream-demo      stream a ticker and an order book from a fake exchange on loopback"
	@echo "make docs             build the documentation site into site/ (strict: any warning fails)"
	@echo "make mock             serve a mock of the API at http://127.0.0.1:4010/trade-api/v2 (MOCK_PORT=...)"

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

# Installed, not editable, so the tests exercise exactly what a user's pip install gives
# them (`pip install -e .` works too, see CONTRIBUTING.md). setuptools builds in build/
# and *.egg-info/ beside the sources and would ship a module deleted since from a stale
# build/lib: both go before and after.
$(PACKAGE): $(DEPS) $(SOURCES) setup.py MANIFEST.in
	rm -rf build *.egg-info
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --force-reinstall .
	rm -rf build *.egg-info
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
	@echo "kalshi_client/ regenerated from openapi.yaml (and kalshi_client/ws/ from asyncapi.yaml)"

check-generated: $(DEPS)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python -m tools.generate openapi.yaml "$$tmp" && \
	if diff -r -q -x __pycache__ kalshi_client "$$tmp/kalshi_client"; then \
		echo "kalshi_client/ matches openapi.yaml, asyncapi.yaml, generator-config.yaml and templates/"; \
	else \
		echo "kalshi_client/ differs from what openapi.yaml and asyncapi.yaml generate (files above): run 'make generate' and commit, never edit kalshi_client/ by hand" >&2; \
		exit 1; \
	fi

# Conveniences for the spec tools (tools/spec, see CONTRIBUTING.md). GNU make turns any
# failing recipe into exit 2, so a breaking change (the tool's 1) reads as 2 here; CI and
# scripts that need 0 / 1 / 2 call `.venv/bin/python -m tools.spec ...` directly.
# update-spec: take a file Kalshi published (path or URL): overlays/ applied, our wording
# kept, validated, regenerated, reported; refuses breaking changes unless ALLOW_BREAKING=1;
# leaves the tree untouched when anything fails.
update-spec: $(DEPS)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or URL> [ALLOW_BREAKING=1]" >&2; exit 2; }
	$(BIN)/python -m tools.spec update "$(SPEC)" $(if $(filter 1,$(ALLOW_BREAKING)),--allow-breaking)

# The same report for any two files, as they are, touching nothing.
spec-report: $(DEPS)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make spec-report OLD=<file> NEW=<file>" >&2; exit 2; }
	$(BIN)/python -m tools.spec report "$(OLD)" "$(NEW)"

lint: $(PACKAGE)
	$(BIN)/ruff check $(CHECKED)
	$(BIN)/ruff format --check $(CHECKED)
	$(BIN)/mypy $(CHECKED)

test: check-generated lint $(PACKAGE) $(PRISM)
	$(BIN)/pytest -n auto --dist worksteal

# Only the contract suite: requests and answers against openapi.yaml, and the Prism run.
test-contract: $(PACKAGE) $(PRISM)
	$(BIN)/pytest tests/contract

# Figures, not tests: printed and written to BENCHMARKS.md.
bench: $(PACKAGE)
	$(BIN)/python -m bench.signing
	$(BIN)/python -m bench.calls
	$(BIN)/python -m bench.import_cost
	$(BIN)/python -m bench.parsing
	$(BIN)/python -m bench.ws_book
	$(BIN)/python -m bench.rate_limits

# The other Kalshi SDKs, measured beside ours, live in a venv of their own (.venv-bench),
# never in .venv: pinned in bench/peers/peers.txt (installed without their declared
# dependencies and Python bounds: see that file) and bench/peers/requirements.txt.
# This project goes in as a user's pip install would put it (built in isolation, so
# whatever its build backend), with its runtime dependencies read from pyproject.toml.
# Peers go in one at a time: one that cannot be installed is reported by the run, not
# fatal. `make bench-peers ROUNDS=3` for a quick look.
BENCH_VENV := .venv-bench
BENCH_BIN := $(BENCH_VENV)/bin
BENCH_DEPS := $(BENCH_VENV)/.deps-installed
BENCH_PACKAGE := $(BENCH_VENV)/.package-installed

$(BENCH_DEPS): bench/peers/requirements.txt bench/peers/peers.txt
	@$(BENCH_BIN)/python -c '' 2>/dev/null || { rm -rf $(BENCH_VENV) && $(PYTHON) -m venv $(BENCH_VENV); }
	$(BENCH_BIN)/python -m pip install --quiet --upgrade pip
	$(BENCH_BIN)/python -m pip install --quiet -r bench/peers/requirements.txt
	@for peer in $$(grep -v '^#' bench/peers/peers.txt); do \
		$(BENCH_BIN)/python -m pip install --quiet --no-deps --ignore-requires-python "$$peer" || \
			echo "make: $$peer did not install; make bench-peers will report it" >&2; \
	done
	touch $@

$(BENCH_PACKAGE): $(BENCH_DEPS) pyproject.toml $(SOURCES) setup.py MANIFEST.in
	$(BENCH_BIN)/python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep='\n')" > $(BENCH_VENV)/runtime.txt
	$(BENCH_BIN)/python -m pip install --quiet -r $(BENCH_VENV)/runtime.txt
	rm -rf build *.egg-info
	$(BENCH_BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	rm -rf build *.egg-info
	touch $@

# Slow (a few minutes), so not part of `make test`; rewrites the Peers section of BENCHMARKS.md.
bench-peers: $(BENCH_PACKAGE)
	$(BENCH_BIN)/python -m bench.peers $(if $(ROUNDS),--rounds $(ROUNDS))

demo: $(PACKAGE) $(PRISM)
	$(BIN)/python -m tools.demo

# examples/streaming.py offline against tools/ws_exchange.py; with KALSHI_API_KEY_ID set, MARKET on Kalshi.
stream-demo: $(PACKAGE)
	MARKET="$(MARKET)" $(BIN)/python -m tools.stream_demo

# The site: guides from docs/, the API reference generated by docs/gen_ref.py from the code.
# The tests build it too (tests/test_docs.py), so a broken link or reference fails CI.
docs: $(PACKAGE)
	$(BIN)/mkdocs build --strict
	@echo "Open site/index.html"

# Prism on openapi.yaml, with the /trade-api/v2 prefix the SDK sends, until Ctrl-C.
mock: $(DEPS) $(PRISM)
	$(BIN)/python -m tools.mock --port $(MOCK_PORT)

clean:
	rm -rf $(VENV) $(BENCH_VENV) node_modules .generated .pytest_cache .mypy_cache .ruff_cache site build dist *.egg-info
