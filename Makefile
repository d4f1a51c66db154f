# One task runner for people and CI. `make portal` and `make test` work on a fresh machine.
SHELL := /bin/bash
PY := .venv/bin/python
VENV_STAMP := .venv/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: portal build test check regen bench bench-more clean system-deps fuzz sandbox

$(VENV_STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

## build: bundles, generated client (+ wheel) and the portal site under build/
build: $(VENV_STAMP)
	.venv/bin/mpgen build
	@rm -rf build/dist && $(PY) -m pip wheel --quiet --no-deps --no-build-isolation -w build/dist build/client
	@rm -rf build/mpgen && $(PY) tools/mpgen_dist.py dist build/mpgen >/dev/null && cp ci/*.yml build/mpgen/
	@if [ -f mkdocs.yml ]; then .venv/bin/mkdocs build --strict --quiet; fi

## portal: build everything, then serve the portal on http://$(HOST):$(PORT) (re-renders when specs change)
portal: build
	.venv/bin/mkdocs serve --dev-addr $(HOST):$(PORT)

## sandbox: serve all 16 APIs on http://127.0.0.1:$(SANDBOX_PORT)/<slug> (state in memory; SANDBOX_ARGS="--db FILE" keeps it)
SANDBOX_PORT ?= 4010
sandbox: $(VENV_STAMP)
	.venv/bin/mpgen sandbox --port $(SANDBOX_PORT) $(SANDBOX_ARGS)

## system-deps: Chromium and CJK fonts for the browser tests, installed only when missing
system-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
		echo "installing chromium and fonts-noto-cjk"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

## wheelhouse: wheels of mpgen's pinned runtime dependencies, for the tests that install mpgen in a fresh venv offline
WHEELHOUSE := build/wheelhouse
$(WHEELHOUSE)/.complete: requirements.lock pyproject.toml tools/mpgen_dist.py | $(VENV_STAMP)
	@rm -rf $(WHEELHOUSE) && mkdir -p $(WHEELHOUSE)
	$(PY) tools/mpgen_dist.py constraints > $(WHEELHOUSE)/constraints.txt
	$(PY) -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
		-r $(WHEELHOUSE)/constraints.txt -c $(WHEELHOUSE)/constraints.txt -d $(WHEELHOUSE)
	@touch $@

## test: set up whatever is missing, build, and run the whole suite
test: $(VENV_STAMP) system-deps build $(WHEELHOUSE)/.complete
	.venv/bin/ruff check generator tests bench tools
	.venv/bin/mypy
	.venv/bin/pytest -q

## fuzz: the fuzz tests with a large budget and random seeds (MPGEN_FUZZ_EXAMPLES, MPGEN_FUZZ_MINUTES);
## every distinct failure is saved in build/fuzz/failures/, the counts in build/fuzz/stats.json
fuzz: $(VENV_STAMP)
	@rm -rf build/fuzz && mkdir -p build/fuzz
	MPGEN_FUZZ_EXAMPLES=$${MPGEN_FUZZ_EXAMPLES:-5000} MPGEN_FUZZ_MINUTES=$${MPGEN_FUZZ_MINUTES:-20} \
	MPGEN_FUZZ_COLLECT=$(CURDIR)/build/fuzz/failures MPGEN_FUZZ_STATS=$(CURDIR)/build/fuzz/stats.json \
		.venv/bin/pytest -q tests/test_fuzz.py

## check: lint and types only
check: $(VENV_STAMP)
	.venv/bin/ruff check generator tests bench tools
	.venv/bin/mypy
	.venv/bin/mpgen validate

## regen: rewrite the golden records from the current generator
regen: $(VENV_STAMP)
	MPGEN_REGEN=1 .venv/bin/pytest -q tests/test_golden.py tests/portal || true
	@echo "golden files rewritten: review with git diff"

## bench: print benchmark tables (not a test)
bench: build
	$(PY) bench/pipeline_bench.py
	@if [ -f bench/portal_bench.py ]; then $(PY) bench/portal_bench.py; fi

## bench-more: the benchmarks that take longer (peak memory on 10 MB documents, diff, sandbox, client)
bench-more: build
	$(PY) bench/memory_bench.py
	$(PY) bench/diff_bench.py
	$(PY) bench/sandbox_bench.py
	$(PY) bench/client_bench.py

clean:
	rm -rf build .venv .venv-bench
