# songspec: one command per job. Every target runs `setup` first (idempotent: fast when nothing
# changed), so each works on a fresh clone. SPEC=<name> limits generate/lint to one spec folder.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export RUFF_NO_CACHE := true
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export NEXT_TELEMETRY_DISABLED := 1
export PYTHONDONTWRITEBYTECODE := 1
export UV_PYTHON_DOWNLOADS := never

# uv from PATH, else the copy scripts/setup.sh bootstraps into .tools/ (evaluated after setup ran).
UV = $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
RUN = $(UV) run --locked --quiet
SPEC ?=
SPEC_ROOTS = $(if $(SPEC),specs/$(SPEC)/openapi.yaml,$(sort $(wildcard specs/*/openapi.yaml)))
BUNDLES = $(if $(SPEC),generated/openapi/$(SPEC).yaml,$(sort $(wildcard generated/openapi/*.yaml)))
HAND_WRITTEN = src tests contract_tests scripts

.PHONY: help setup generate lint drift unit contract test demo docs bench perf faults crash dist clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

setup: ## install uv (if missing), the Python env (uv.lock) and the Node tools (package-lock.json)
	@scripts/setup.sh

generate: setup ## bundle specs/*/ into generated/openapi/ and regenerate the client packages
	@$(RUN) python scripts/generate.py $(SPEC)

lint: setup ## Redocly, x-source check and openapi-spec-validator on the specs; ruff, mypy --strict (src/, README examples)
	@node_modules/.bin/redocly lint --format stylish $(SPEC_ROOTS)
	@$(RUN) python scripts/check_sources.py $(if $(SPEC),specs/$(SPEC))
	@$(RUN) openapi-spec-validator $(BUNDLES)
	@$(RUN) ruff check $(HAND_WRITTEN)
	@$(RUN) ruff format --check $(HAND_WRITTEN)
	@$(RUN) python scripts/vendors_table.py --check
	@$(RUN) python scripts/readme_examples.py --check
	@$(RUN) mypy --strict src examples

drift: setup ## fail if generated/ differs from a fresh `make generate`
	@scripts/check_drift.sh

unit: setup ## the wrapper's promises, the CLI, the ledger (real PostgreSQL) and the docs in Chromium; every server on 127.0.0.1 (may apt-get Chromium/PostgreSQL)
	@$(RUN) pytest tests

contract: setup ## Prism mocks and the sandbox + Schemathesis + documented payloads, for every spec
	@$(RUN) pytest contract_tests

test: setup ## every check: lint, drift, unit, contract (what CI runs)
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory drift
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory contract

demo: setup ## submit a song to a local sandbox of TTAPI, watch it run, download the track (Python only)
	@env PATH="$(CURDIR)/.venv/bin" "$(CURDIR)/.venv/bin/python" scripts/demo.py

docs: setup ## build site/: one offline page per vendor, the library (api/) and CLI (cli.html) reference, an index
	@$(RUN) python scripts/build_docs.py

bench: setup ## polling benchmarks (simulated vendors, virtual clock), then webhook_load (real receiver on 127.0.0.1); JSON lines
	@$(RUN) python scripts/bench.py $(ARGS)

perf: setup ## start-up time of songspec --help, songspec vendors and a first Songspec call; JSON lines
	@$(RUN) python scripts/perf.py

faults: setup ## 1000 tasks through injected faults; fails on any lost/duplicate/crash
	@$(RUN) python scripts/bench.py --faults $(ARGS)

crash: setup ## 200 SIGKILLs of real `songspec generate` processes against the sandbox, then `songspec resume`; fails on any lost or duplicated task
	@$(RUN) python scripts/crash.py $(ARGS)

dist: setup ## build the wheel and the sdist into dist/ (what `pip install` takes)
	@$(UV) build --quiet --out-dir dist
	@ls dist

clean: ## remove caches and build output (keeps generated/, which is committed)
	rm -rf .pytest_cache .hypothesis .schemathesis schemathesis-report site .mypy_cache .ruff_cache dist
