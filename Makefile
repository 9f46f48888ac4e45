# Arsip PPID — the two front-door commands (see README.md):
#   make run   set up everything, then start the main job on the embedded defaults
#   make test  set up everything, then lint, type-check and run the test suite
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
ARSIP_HOME ?= data
APT_PACKAGES := tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-osd ghostscript \
	postgresql fonts-dejavu-core fonts-dkg-handwriting fonts-urw-base35
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SYSTEM_STAMP := $(VENV)/.system-ok
PYTHON_STAMP := $(VENV)/.python-ok

.PHONY: setup run test lint
setup: $(SYSTEM_STAMP) $(PYTHON_STAMP)

# Debian packages: installed only when something is missing, so a second run costs nothing.
$(SYSTEM_STAMP):
	@if command -v tesseract >/dev/null && command -v gs >/dev/null \
	   && tesseract --list-langs 2>/dev/null | grep -qx ind \
	   && tesseract --list-langs 2>/dev/null | grep -qx osd \
	   && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	   && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
	   && [ -f /usr/share/fonts/truetype/fifthhorseman/dkg.ttf ] \
	   && [ -f /usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf ]; then :; else \
	  echo "Installing Debian packages: $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi
	@[ -d $(VENV) ] || python3 -m venv $(VENV)
	@touch $@

$(PYTHON_STAMP): pyproject.toml $(SYSTEM_STAMP)
	$(BIN)/pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
	$(BIN)/pip install -q -e ".[dev]" 2>&1 | grep -v '^WARNING: Location' || true
	$(BIN)/python -c "import pikepdf, pdfplumber, sqlalchemy, alembic, typer, rapidocr_onnxruntime"
	@touch $@

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

run: setup
	ARSIP_HOME=$(ARSIP_HOME) $(BIN)/arsip serve
