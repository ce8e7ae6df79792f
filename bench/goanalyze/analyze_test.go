package goanalyze

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"parley/core"
)

// input reads the file named by env var key, or def if that is unset, and
// skips the benchmark when the file is absent.
func input(b *testing.B, key, def string) string {
	b.Helper()
	p := os.Getenv(key)
	if p == "" {
		p = def
	}
	data, err := os.ReadFile(p)
	if err != nil {
		b.Skipf("no input at %s (set %s or run bench/run.sh): %v", p, key, err)
	}
	return string(data)
}

func seed(b *testing.B) string {
	return input(b, "PARLEY_BENCH_SEED", "../testdata/seed-report.txt")
}

func corpus(b *testing.B) string {
	return input(b, "PARLEY_BENCH_CORPUS", "../.cache/corpus-1mb.txt")
}

var sink *core.Analysis

func run(b *testing.B, text string) {
	b.Helper()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := core.Analyze(text)
		if err != nil {
			b.Fatal(err)
		}
		sink = a
	}
}

// BenchmarkSeed is the per-report time: one call on the seed report.
func BenchmarkSeed(b *testing.B) { run(b, seed(b)) }

// BenchmarkCorpus is the throughput: one call on the whole ~1 MB corpus.
func BenchmarkCorpus(b *testing.B) { run(b, corpus(b)) }

// BenchmarkPeakHeap reports the Go heap's high-water mark around analysing
// the ~1 MB corpus as one report. Run it alone, once (-test.benchtime 1x), in
// a fresh process, as bench/run.sh does; with Nx it makes N calls with 20 ms
// of idle time between them. Metrics, in bytes:
//
//	peak-HeapSys-bytes  runtime.MemStats.HeapSys after the call: the heap
//	                    memory the runtime has obtained. HeapSys does not
//	                    shrink (and under js/wasm linear memory cannot be
//	                    given back), so it is the peak; it includes the
//	                    runtime's and the test's own heap (the corpus string
//	                    itself is ~1 MB).
//	base-HeapSys-bytes  the same before the first call.
//	alloc-bytes/op      TotalAlloc per call: everything allocated, live or not.
//	Sys-bytes           all memory the Go runtime has obtained (heap, stacks,
//	                    runtime metadata).
func BenchmarkPeakHeap(b *testing.B) {
	text := corpus(b)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		a, err := core.Analyze(text)
		if err != nil {
			b.Fatal(err)
		}
		sink = a
		n++
		// Idle between calls, as a page returns to the event loop: under
		// js/wasm the GC's mark workers only run when the goroutine yields.
		b.StopTimer()
		time.Sleep(20 * time.Millisecond)
		b.StartTimer()
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapSys), "peak-HeapSys-bytes")
	b.ReportMetric(float64(before.HeapSys), "base-HeapSys-bytes")
	b.ReportMetric(float64(after.Sys), "Sys-bytes")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n), "alloc-bytes/op")
}

// BenchmarkScale shows that the cost of core.Analyze grows linearly with
// the text: the same news corpus cut or repeated to 10 KB, 100 KB, 1 MB and
// 10 MB (the size limit). MB/s should stay about the same across sizes.
func BenchmarkScale(b *testing.B) {
	base := corpus(b)
	if _, err := core.Analyze(base[:1000]); err != nil { // load the lexicons outside the timings
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10_000}, {"100KB", 100_000}, {"1MB", 1_000_000}, {"10MB", core.MaxInputBytes}} {
		b.Run(size.name, func(b *testing.B) { run(b, cut(base, size.n)) })
	}
}

// cut repeats text until it has n bytes and cuts it at a line end.
func cut(text string, n int) string {
	var s strings.Builder
	for s.Len() < n {
		s.WriteString(text)
		s.WriteString("\n")
	}
	out := s.String()[:n]
	if i := strings.LastIndexByte(out, '\n'); i > n/2 {
		out = out[:i]
	}
	return out
}
