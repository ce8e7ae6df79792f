// Package goanalyze holds the Go benchmarks of core.Analyze that bench/run.sh
// runs natively and under GOOS=js GOARCH=wasm (in node, via go_js_wasm_exec).
// It has no code of its own: the benchmarks are in its test file, and the
// package is not imported by the app.
//
// Inputs, read at run time:
//
//	PARLEY_BENCH_SEED    the seed report (default ../testdata/seed-report.txt)
//	PARLEY_BENCH_CORPUS  the ~1 MB corpus (default ../.cache/corpus-1mb.txt,
//	                     built by bench/run.sh; benchmarks skip without it)
//
// Under js/wasm relative paths resolve against node's working directory, so
// bench/run.sh passes absolute paths.
package goanalyze
