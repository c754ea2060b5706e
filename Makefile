# The two set-up commands of the README: `make run` and `make test`. Everything else builds on them.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= $(HOME)/.local/share/newsevents
OUT ?= out

.PHONY: install run test bench evaluate evaluate-incidents screenshots loadtest crashtest gazetteer clean system

system:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml scripts/system-deps.sh package.json package-lock.json scripts/build-static.py
	@bash scripts/system-deps.sh
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	npm ci --silent
	$(BIN)/python scripts/build-static.py
	@touch $(STAMP)

install: $(STAMP)
	@$(BIN)/newsevents gazetteer build --quiet-if-fresh

gazetteer: install

run: install
	@mkdir -p $(OUT)
	$(BIN)/newsevents ingest examples/ --db $(OUT)/examples.db
	$(BIN)/newsevents incidents --db $(OUT)/examples.db --format table
	@$(BIN)/newsevents incidents --db $(OUT)/examples.db --format jsonl -o $(OUT)/incidents.jsonl
	@$(BIN)/newsevents incidents --db $(OUT)/examples.db --format csv -o $(OUT)/incidents.csv
	@$(BIN)/newsevents incidents --db $(OUT)/examples.db --format geojson -o $(OUT)/incidents.geojson
	@$(BIN)/newsevents export --db $(OUT)/examples.db --format acled -o $(OUT)/incidents.acled.csv
	@$(BIN)/newsevents export --db $(OUT)/examples.db --format gtd -o $(OUT)/incidents.gtd.csv
	@echo ""
	@echo "Database:  $(OUT)/examples.db (SQLite)"
	@echo "Exports:   $(OUT)/incidents.jsonl  $(OUT)/incidents.csv  $(OUT)/incidents.geojson"
	@echo "           $(OUT)/incidents.acled.csv  $(OUT)/incidents.gtd.csv (ACLED- and GTD-shaped)"
	@echo "Dashboard: $(BIN)/newsevents serve --db $(OUT)/examples.db   then open http://127.0.0.1:8080/"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python scripts/bench.py --scale --runs 3

GOLD ?= ../shared/gold/dev
evaluate: install
	@files=$$(ls $(GOLD)/*.jsonl 2>/dev/null); \
	if [ -z "$$files" ]; then echo "no gold files in $(GOLD)"; exit 1; fi; \
	$(BIN)/newsevents evaluate $$files --report $(OUT)/evaluation
	@echo "report: $(OUT)/evaluation/report.md"

evaluate-incidents: install
	$(BIN)/newsevents evaluate-incidents corpus/incidents

crashtest: install   ## kill -9 an ingest of 5,000 articles midway on SQLite and PostgreSQL; the rerun must equal an uninterrupted ingest
	NEWSEVENTS_CRASH_ARTICLES=5000 $(BIN)/python -m pytest -q tests/test_crash.py -s

loadtest: install
	$(BIN)/python scripts/loadtest.py

screenshots: run
	$(BIN)/python scripts/screenshots.py --db $(OUT)/examples.db --out docs/screenshots

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache node_modules newsevents/views/http/static/vendor
