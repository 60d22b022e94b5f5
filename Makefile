# dateline: the two commands a fresh machine needs are `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PEERS_VENV  := eval/.peers-venv
PEERS_STAMP := $(PEERS_VENV)/.installed

.PHONY: install demo test lint typecheck unit eval bench peers clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install dateline with its pinned dependencies

demo: $(STAMP)  ## ingest the fictional demo articles into demo.db and show what was found
	$(BIN)/dateline demo --db demo.db

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks eval/peers
	$(BIN)/ruff format --check src tests benchmarks eval/peers

typecheck: $(STAMP)
	$(BIN)/mypy src

unit: $(STAMP)
	$(BIN)/pytest -q

eval: $(STAMP)  ## score on the gold data and hold the floors in eval/baseline.json
	$(BIN)/dateline eval

test: lint typecheck unit eval  ## everything CI runs

bench: $(STAMP)  ## words/s of dateline extract against bare spaCy on the same texts
	$(BIN)/python benchmarks/bench_extract.py

$(PEERS_STAMP): eval/peers/requirements.txt
	$(PYTHON) -m venv $(PEERS_VENV)
	$(PEERS_VENV)/bin/pip install --quiet --upgrade pip
	$(PEERS_VENV)/bin/pip install --quiet -r eval/peers/requirements.txt
	touch $(PEERS_STAMP)

peers: $(PEERS_STAMP)  ## create eval/.peers-venv with HeidelTime (GPL-3.0: comparison only, never a dateline dependency; needs java)

clean:
	rm -rf $(VENV) $(PEERS_VENV) demo.db demo.db-* .pytest_cache .mypy_cache .ruff_cache
