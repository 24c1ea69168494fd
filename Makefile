# The portal of a provincial public-health network. `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 0.0.0.0
PORT ?= 8000
PYTEST_ARGS ?=
# The Nu HTML checker (package.json) when npm is here; its test skips without it (CI requires it).
CHECKERS := $(if $(shell command -v npm),node_modules/.installed)

.DEFAULT_GOAL := help
.PHONY: help install install-dev run seed test test-fast lint format check bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt constraints.txt | $(BIN)/activate
	$(BIN)/pip install -q -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt constraints.txt | $(BIN)/activate
	$(BIN)/pip install -q -r requirements-dev.txt -c constraints.txt
	touch $@ $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the runtime requirements

install-dev: $(VENV)/.installed-dev $(CHECKERS) ## Install the runtime, test and lint requirements

run: install ## Serve the portal at http://localhost:8000 at once, the demo network loading beside it, scheduler included
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py seed_demo --if-empty --beside-server & seeder=$$!; \
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$seeder $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

seed: install ## Load (or refresh) the demo network
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py seed_demo

test: install-dev ## Run the whole test suite (DATABASE_URL picks the database; SQLite by default)
	$(BIN)/python -m pytest -n auto --durations=25 $(PYTEST_ARGS)

test-fast: install-dev ## Local work: no browser tests; on PostgreSQL the test database is kept between runs
	$(BIN)/python -m pytest -n auto --reuse-db -m "not browser" $(PYTEST_ARGS)

check: install-dev ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

lint: install-dev ## The pre-commit checks over every file: whitespace, ruff, ruff format, djLint
	$(BIN)/pre-commit run --all-files --show-diff-on-failure

format: install-dev ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install-dev ## Run the benchmarks and print their tables
	$(BIN)/python -m benchmarks

clean: ## Remove the virtualenv, the local database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles
