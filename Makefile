# Parley's front door. `make run` builds and serves the app; `make test` runs
# every test (it installs Debian's chromium for the browser tests if missing).
SHELL := /bin/bash
GO ?= go
DIST ?= dist
ADDR ?= 127.0.0.1:8000
GOROOT_WASM := $(shell $(GO) env GOROOT)/lib/wasm
WASMENV := GOOS=js GOARCH=wasm
# Packages compiled without inlining, for app.wasm's 2.4 MB brotli budget
# (-l: smaller code, no hot path here): reflect and fmt (50 KB; the engine
# uses neither; go-app compares component fields with reflect, which stops
# at equal pointers), and 83 KB more from go-app, golang.org/x/net (pasted
# HTML), encoding/json, the app's packages (components, store, pasted
# HTML), the annotation model and net/url (about 20 KB of those two and
# the components), crypto/... (28 KB: linked through go-app's server
# half and uuid, never on a hot path in the page), regexp/... (go-app's)
# and the main package (11 KB together; measured 2026-12-07/08, other std
# packages alone moved the size by layout noise of ±10 KB, not less, and
# net/http/... grew it by 72 KB). The engine's packages keep their inlining, and so does
# time (without it the yielding engine stalls the page twice as long), except
# parley/core/attrib and parley/core/stance: 30 and 28 KB brotli less, and
# the wasm corpus speed measured the same (attrib: 1.06–1.12 MB/s inlined,
# 1.21–1.24 not; stance on top: 1.10–1.49 against 1.31–1.37; interleaved
# runs, 2026-12-08), and parley/core itself (the stages' root package:
# 49 KB brotli less, 2,417,310 -> 2,368,156 bytes; core's wasm test binary
# under node measured the same, corpus 0.78–0.92 MB/s inlined against
# 0.88–0.89, seed 5.0–5.5 ms against 4.9–5.3, interleaved runs at load
# 1.5, 2026-12-08); bench/goanalyze measures them as shipped. Brotli sizes
# move by up to 12 KB when code moves between functions.
WASMGCFLAGS := -gcflags=reflect=-l -gcflags=fmt=-l -gcflags=github.com/maxence-charriere/go-app/v9/...=-l \
	-gcflags=golang.org/x/net/...=-l -gcflags=encoding/json=-l -gcflags=parley/app/...=-l \
	-gcflags=parley/core/annotation=-l -gcflags=net/url=-l -gcflags=crypto/...=-l \
	-gcflags=regexp/...=-l -gcflags=parley/wasm/...=-l -gcflags=parley/core=-l -gcflags=parley/core/attrib=-l -gcflags=parley/core/stance=-l
FUZZTIME ?= 5m
TESTFUZZTIME ?= 30s
# staticcheck, pinned here and nowhere else. `go run pkg@version` rather
# than a `tool` line in go.mod: `go tool` builds the tool for GOOS=js when
# asked to check the wasm build, and a tool line would put staticcheck's
# modules into the app's module graph. The module proxy's checksum database
# still verifies the download.
STATICCHECK_VERSION := v0.7.0
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

.PHONY: run build wasm site test chromium vet lint bench eval fuzz readme-figures clean

## run: build the static site and serve it on http://127.0.0.1:8000
run: wasm
	$(GO) run ./wasm -out $(DIST) -serve $(ADDR)

## build: write the static site into dist/
build: wasm site

wasm:
	$(WASMENV) $(GO) build -trimpath $(WASMGCFLAGS) -ldflags='-s -w' -o $(DIST)/web/app.wasm ./wasm

site:
	$(GO) run ./wasm -out $(DIST)

## test: every test: vet, staticcheck, native unit tests, core and the store
## under wasm, browser tests, the fuzz targets for a bounded time, then the
## Reliability figures into test-output/reliability.md (no tracked file is
## written: `make readme-figures` copies them into README.md)
test: vet lint build chromium
	PARLEY_DIST=$(abspath $(DIST)) PARLEY_E2E=1 $(GO) test -count=1 -timeout 20m ./...
	PATH="$$PATH:$(GOROOT_WASM)" $(WASMENV) $(GO) test -count=1 ./core/...
	PATH="$$PATH:$(GOROOT_WASM)" $(WASMENV) $(GO) test -count=1 ./app/store/
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(TESTFUZZTIME)
	$(GO) run ./cmd/reliability

## vet: gofmt, go vet (native and wasm), and go.mod/go.sum as go mod tidy leaves them
vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...
	$(WASMENV) $(GO) vet ./core/... ./app/... ./wasm/
	@$(GO) mod tidy -diff || { echo "go.mod/go.sum are not tidy: run go mod tidy"; exit 1; }

## lint: staticcheck, natively and under GOOS=js GOARCH=wasm for the packages
## with wasm-only files (the tool itself is built for this machine: -exec)
lint:
	$(GO) run $(STATICCHECK) ./...
	$(GO) run -exec 'env $(WASMENV)' $(STATICCHECK) ./app/... ./wasm/...

## readme-figures: copy the figures of the last `make test` into README.md
readme-figures:
	$(GO) run ./cmd/reliability -readme README.md

## chromium: install Debian's chromium for the browser tests when missing
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
	  else echo "The browser tests need Debian's chromium: run 'sudo apt-get install -y chromium'"; exit 1; fi; }

## eval: score the engine on ../shared/corpus
eval:
	$(GO) run ./cmd/eval

## bench: engine benchmarks (native and wasm) beside the npm peers, and sizes
bench: build chromium
	bash bench/run.sh
	@echo "== linear cost: core.Analyze at 10 KB, 100 KB, 1 MB, 10 MB (native)"
	PARLEY_BENCH_CORPUS=$(abspath bench/.cache/corpus-1mb.txt) $(GO) test -run '^$$' -bench '^BenchmarkScale$$' -benchtime 3x -benchmem ./bench/goanalyze/ | grep -E '^Benchmark'
	PARLEY_DIST=$(abspath $(DIST)) PARLEY_E2E=1 PARLEY_BENCH=1 PARLEY_BENCH_CORPUS=$(abspath bench/.cache/corpus-1mb.txt) $(GO) test -count=1 -v -run '^TestBrowserTimings$$' ./e2e/
	PARLEY_DIST=$(abspath $(DIST)) PARLEY_E2E=1 $(GO) test -count=1 -run '^TestSizeBudget$$' -v ./wasm/site/ | grep -E 'app.wasm|first load|embed.js'

## fuzz: run the fuzz targets longer (5 minutes each; FUZZTIME=1h make fuzz)
fuzz:
	@mkdir -p test-output
	set -o pipefail; $(GO) test ./core/ -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzztime $(FUZZTIME) 2>&1 | tee test-output/fuzz-FuzzAnalyze.log
	set -o pipefail; $(GO) test ./core/sentence/ -run '^$$' -fuzz '^FuzzSplit$$' -fuzztime $(FUZZTIME) 2>&1 | tee test-output/fuzz-FuzzSplit.log

clean:
	rm -rf $(DIST) test-output
