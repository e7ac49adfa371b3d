# Cairn: the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
SWIFT ?= swift
PORT ?= 8080
DATA_DIR ?= ./data

.PHONY: deps build release run test test-swift e2e bench bench-upload clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## make run: install what is missing, build, migrate, seed the demo organization, serve.
run: release
	@mkdir -p $(DATA_DIR)
	@CAIRN_DATA_DIR=$(DATA_DIR) $$($(SWIFT) build -c release --show-bin-path)/cairn demo --if-empty
	@echo; CAIRN_DATA_DIR=$(DATA_DIR) CAIRN_PORT=$(PORT) exec $$($(SWIFT) build -c release --show-bin-path)/cairn serve

## make test: every suite, storage on SQLite and on a throwaway PostgreSQL, then the browser journeys.
test: deps
	$(SWIFT) build --build-tests
	scripts/with-postgres $(SWIFT) test --skip-build --parallel
	$(MAKE) e2e

e2e: release
	e2e/run

bench: deps
	bench/run

## make bench-upload: a 2 GB resumable upload in 8 MiB chunks; throughput, server peak memory, SHA-256 match.
bench-upload: deps
	bench/upload

clean:
	rm -rf .build
