# Two commands do all set-up on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
TS := resources/i18n/jimukyoku_ja.ts
QM := resources/i18n/jimukyoku_ja.qm
FONTS := resources/fonts/ipaexm.ttf resources/fonts/ipaexg.ttf
SOURCES := $(shell find app -name '*.py' -not -path '*/migrations/*')

.PHONY: run test lint typecheck pytest lupdate i18n fonts dist bench clean system-deps stress

run: $(VENV)/.installed fonts i18n system-deps
	$(BIN)/jimukyoku

test: $(VENV)/.installed-test fonts i18n system-deps-test lint typecheck pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check app tests tools bench
	$(BIN)/ruff format --check app tests tools bench

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test fonts i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# Durability of live capture: kill a real capture process hundreds of times (KILLS=200).
# Then the fault harness: kill every backup, restore, migration and export (FAULT_KILLS
# per case), and give capture, backups and exports a full disk and a read-only database.
stress: $(VENV)/.installed-test fonts i18n
	QT_QPA_PLATFORM=offscreen $(PY) tools/capture_stress.py --kills $(or $(KILLS),200)
	QT_QPA_PLATFORM=offscreen $(PY) tools/fault_stress.py --kills $(or $(FAULT_KILLS),4)

# Performance on ten years of records: writes bench/RESULTS.md (SCALE=0.02 for a quick try).
# The generated database is cached in bench/cache/ (git-ignored) by version, seed and scale.
bench: $(VENV)/.installed-test fonts i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run $(if $(SCALE),--scale $(SCALE)) $(if $(RUNS),--runs $(RUNS))

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-dist: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $@ $(VENV)/.installed

system-deps:
	@bash tools/system-deps.sh

system-deps-test:
	@bash tools/system-deps.sh --test

fonts: $(FONTS)
$(FONTS): | $(PY)
	$(PY) tools/fetch_fonts.py

# Compiled translations are build output (not in git).
i18n: $(QM)
$(QM): $(TS) | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# For developers: collect new source strings into the .ts (then translate them).
lupdate: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(SOURCES) -ts $(TS)

dist: $(VENV)/.installed-dist fonts i18n system-deps
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen bash tools/check-dist.sh

clean:
	rm -rf build dist $(QM)
