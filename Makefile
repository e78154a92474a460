# Set-up lives here so that a fresh clone needs only `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# The stamp's name changes with the requirements, so an edit to them triggers a reinstall.
REQ_HASH := $(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)
STAMP := $(VENV)/.installed-$(REQ_HASH)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format demo benchmark serve-production benchmark-stack

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

demo: install
	$(BIN)/python manage.py prepare_demo

run: demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Varnish in front of gunicorn with the production settings, on the demo database (README
# "Front cache"); Ctrl-C stops it all.
serve-production: install
	$(BIN)/python -m site_project.deploy.stack

# Throughput and load through that stack; prints the figures (not part of `make test`).
benchmark-stack: install
	$(BIN)/python -m site_project.deploy.benchmark_stack

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	DJANGO_SETTINGS_MODULE=site_project.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=site_project.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest
