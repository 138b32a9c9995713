# The one front door: every task of the project is a target here, and CI calls the same targets.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PRISM_PORT ?= 4010
SIM_PORT ?= 4011
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k wait -x"`.
PYTEST_ARGS ?=
CODE := kling_ext kling_cli tests mock/kling_mock tools bench

.PHONY: help install lint lint-spec lint-code format generate check-generated test test-unit \
        test-contract mock mock-stateful demo bench check spec-diff clean docs

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# --- installation -------------------------------------------------------------------------------
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@

mock/node_modules/.installed: mock/package.json mock/package-lock.json
	cd mock && npm ci --no-audit --no-fund --loglevel=error
	touch $@

openapi/node_modules/.installed: openapi/package.json openapi/package-lock.json
	cd openapi && npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed mock/node_modules/.installed openapi/node_modules/.installed ## Install everything (venv with the package and dev tools, Prism, Spectral)

# --- the spec and the generated client ------------------------------------------------------------
lint-spec: install ## Validate and lint openapi/kling.yaml (openapi-spec-validator, Spectral)
	$(PY) -m openapi_spec_validator openapi/kling.yaml
	openapi/node_modules/.bin/spectral lint openapi/kling.yaml --ruleset openapi/.spectral.yaml \
	  --fail-severity=warn --display-only-failures

generate: install ## Delete and regenerate generated/ from the spec
	$(PY) tools/generate.py

check-generated: install ## Fail when generated/ differs from what the spec produces
	$(PY) tools/generate.py --check

spec-diff: install ## Classify spec changes since BASE (default: HEAD), e.g. make spec-diff BASE=v0.1.0
	$(PY) tools/spec_diff.py $(or $(BASE),HEAD)

# --- code quality ---------------------------------------------------------------------------------
lint-code: install ## ruff and mypy --strict on the hand-written code
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy $(CODE)

lint: lint-spec lint-code ## Every static check

format: install ## Format the hand-written code
	$(BIN)/ruff check --fix $(CODE)
	$(BIN)/ruff format $(CODE)

# --- tests ----------------------------------------------------------------------------------------
test: install ## The whole test suite under branch coverage (gate: fail_under in pyproject.toml)
	$(BIN)/coverage erase
	$(BIN)/coverage run -m pytest $(PYTEST_ARGS)
	$(BIN)/coverage report

test-unit: install ## Tests that need no service
	$(BIN)/pytest -m "not contract" $(PYTEST_ARGS)

test-contract: install ## Contract tests and schemathesis against Prism and the simulator
	$(BIN)/pytest -m contract $(PYTEST_ARGS)

docs: install ## Build the API reference site into site/ (mkdocs --strict: any warning fails)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

check: lint check-generated docs test ## What CI runs: install, lint, drift check, docs, all tests

# --- the mock -------------------------------------------------------------------------------------
mock: install ## Prism mock on 127.0.0.1:$(PRISM_PORT) (Ctrl-C stops it)
	$(PY) tools/mockctl.py mock --port $(PRISM_PORT)

mock-stateful: install ## Prism validating proxy on $(PRISM_PORT) in front of the simulator on $(SIM_PORT)
	$(PY) tools/mockctl.py stateful --port $(PRISM_PORT) --sim-port $(SIM_PORT)

# --- the main job and benchmarks -------------------------------------------------------------------
demo: install ## Create a text-to-video task on the local mock, wait for it, download the video
	$(PY) tools/demo.py

bench: install ## Benchmarks: print a table and write bench/RESULTS.md
	$(PY) bench/run.py

clean: ## Remove caches and build output (keeps the venv and node_modules)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis dist build demo-output
