# ISCN Knowledge Platform – `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Where links in emails, feeds and the API point, and the default site's address after
# `migrate` (home/site_address.py): the address served, unless WAGTAILADMIN_BASE_URL is set.
BASE_URL ?= $(or $(WAGTAILADMIN_BASE_URL),http://$(HOST):$(PORT))
# loadgroup: the tests of the demo content (browser, demo) share one worker, which loads it once
# (tests/demo_database.py); --durations: the slowest tests, to keep the suite fast.
PYTEST_ARGS ?= -n 2 --dist loadgroup --durations=25
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: help install install-dev bench pango chromium browser-deps screenshots messages compilemessages migrate demo run publish-scheduled test bench-search bench-load lint format clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

# What the site needs to run; the tools for tests and benchmarks come on top (install-dev),
# so that `make run` on a new machine installs only what serving takes.
# uv installs the packages: from its cache in about 15 s, where pip took about 70 (issue #16).
UV_INSTALL := $(BIN)/uv pip install --quiet --python $(BIN)/python

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet "uv>=0.9,<1"
	$(UV_INSTALL) -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(UV_INSTALL) -e ".[dev]"
	@touch $@

install: $(VENV)/.installed ## Create .venv and install what the site needs
	@$(BIN)/python -c "import weasyprint" 2>/dev/null || $(MAKE) --no-print-directory pango

install-dev: install $(VENV)/.installed-dev ## Also the test, lint and benchmark tools

PANGO_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0

pango: ## Install Debian's Pango for the PDF downloads (WeasyPrint), when root and apt-get exist
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing $(PANGO_PACKAGES) for WeasyPrint"; \
		apt-get install -y -qq --no-install-recommends $(PANGO_PACKAGES) >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends $(PANGO_PACKAGES); }; \
	else \
		echo "PDF downloads need Pango: install $(PANGO_PACKAGES) (WeasyPrint cannot load it)" >&2; \
	fi

chromium: ## Install Debian's Chromium for the browser tests, when missing, root and apt-get exist
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing chromium for the browser tests"; \
		apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; }; \
	else \
		echo "Browser tests need Debian's chromium at /usr/bin/chromium: install the chromium package" >&2; \
	fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

browser-deps: chromium node_modules/.installed ## Chromium and axe-core (npm) for the browser tests

screenshots: install-dev compilemessages browser-deps ## PNGs of the key pages (demo content) into docs/screenshots/
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest tests/browser/screenshots.py -q

var:
	@mkdir -p var

TRANSLATED_LANGUAGES := de es pt_BR
MESSAGES_IGNORE := --ignore=.venv --ignore=var --ignore=node_modules --ignore=bench

messages: install ## Update the interface catalogues in locale/ from the code and templates
	$(BIN)/python manage.py makemessages --no-obsolete $(MESSAGES_IGNORE) $(addprefix -l ,$(TRANSLATED_LANGUAGES))

compilemessages: install ## Compile locale/*.po into the .mo files Django reads
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0

migrate: install compilemessages var ## Apply database migrations
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the demo content and one local demo user per role (idempotent)
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(BIN)/python manage.py load_demo

run: demo ## Set everything up and serve the site on http://$(HOST):$(PORT)
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(BIN)/python manage.py runserver $(HOST):$(PORT)

publish-scheduled: install ## Publish and unpublish the pages whose scheduled time has come (cron)
	$(BIN)/python manage.py publish_scheduled

lint: install-dev ## ruff lint and format check, migrations check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

test: lint compilemessages browser-deps ## Lint, then the whole test suite (with the browser tests)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_ARGS)

BENCH_CASE_STUDIES ?= 10000

bench: install-dev compilemessages ## Speed at 10,000 case studies in one table: pages, search, update_index, memory, cold start (PostgreSQL)
	$(BIN)/python -m bench.overview --case-studies $(BENCH_CASE_STUDIES)

bench-search: install-dev compilemessages ## Search benchmark on SQLite and PostgreSQL (throwaway databases; docs/benchmarks.md)
	$(BIN)/python -m bench.search --database sqlite --case-studies $(BENCH_CASE_STUDIES)
	$(BIN)/python -m bench.search --database postgres --case-studies $(BENCH_CASE_STUDIES)

bench-load: install-dev compilemessages ## Load test: Locust against gunicorn, production settings, PostgreSQL (docs/benchmarks.md)
	$(BIN)/python -m bench.load --case-studies $(BENCH_CASE_STUDIES)

format: install-dev ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) var
