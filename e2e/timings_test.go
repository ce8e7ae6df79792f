//go:build !js

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
	"parley/wasm/site"
)

// TestBrowserTimings measures what a reader waits for, in Chromium: cold
// load to the seed's map on screen, the same after a warm reload served by
// the service worker, and re-analysis while typing in a 20,000-word report.
// It is a benchmark (make bench runs it with PARLEY_BENCH=1): it prints
// figures and asserts only that each step happened.
func TestBrowserTimings(t *testing.T) {
	if os.Getenv("PARLEY_BENCH") == "" {
		t.Skip("a benchmark: `make bench` runs it (PARLEY_BENCH=1)")
	}
	dist := distDir(t)
	// Start-up beside a bare go-app app, served the same way, in this run.
	bare := startServer(t, buildBareApp(t))
	parley := startServer(t, dist)
	var inputBare, inputParley, usableBare, usableParley []float64
	for i := 0; i < 3; i++ {
		in, u := usable(t, bare.URL, false)
		inputBare, usableBare = append(inputBare, in), append(usableBare, u)
		in, u = usable(t, parley.URL, true)
		inputParley, usableParley = append(inputParley, in), append(usableParley, u)
	}
	srv := parley
	b := newBrowser(t)

	// From navigation start to the seed's parties on screen: wait for the
	// wasm, press the example (cold), or let the tab's text come back by
	// itself (a reload gives it back), and wait for the map.
	firstMap := func(click bool) float64 {
		b.waitReady()
		if click {
			b.do(chromedp.Click(chromedp.ID("example")))
		}
		b.waitFor(`document.querySelectorAll("#parties li.party").length > 0`, 30*time.Second)
		return eval[float64](b, `performance.now()`)
	}
	b.do(chromedp.Navigate(srv.URL))
	cold := firstMap(true)
	// the engine's tables built in the page (core.Warm between two marks)
	tables := eval[float64](b, `(performance.getEntriesByName("parley:tables")[0] || {duration: -1}).duration`)
	eval[bool](b, `navigator.serviceWorker.ready.then(() => true)`)
	b.do(chromedp.Navigate(srv.URL))
	b.waitReady()
	b.waitFor(`!!navigator.serviceWorker.controller`, 20*time.Second)
	b.do(chromedp.Reload())
	warm := firstMap(false)

	// A 20,000-word report: the longest main-thread stall (a
	// requestAnimationFrame heartbeat) while it is pasted, analysed and
	// drawn; then while a sentence is typed at its end (and the time from
	// the keystroke to the new map) and a word in its middle.
	seed := seedReport(t)
	long := strings.Repeat(seed+"\n", 20000/len(strings.Fields(seed))+1)
	eval[bool](b, `window.__gaps = []; (() => { let last = performance.now();
		const beat = () => { const now = performance.now(); window.__gaps.push(now - last); last = now;
			if (window.__gaps.length < 100000) requestAnimationFrame(beat); }; requestAnimationFrame(beat); })(); true`)
	drawn := func(text string) {
		b.waitFor(`document.getElementById("report-view") && document.getElementById("report-view").textContent.length === `+fmt.Sprint(len([]rune(text)))+` && !document.getElementById("progress")`, 60*time.Second)
		time.Sleep(500 * time.Millisecond)
	}
	stallSince := func() float64 {
		v := eval[float64](b, `Math.max(...window.__gaps)`)
		eval[bool](b, `(window.__gaps = [], true)`)
		return v
	}
	b.typeReport(long)
	drawn(long)
	paste := stallSince()
	start := time.Now()
	b.typeReport(long + "The union said it rejected the offer.")
	b.waitFor(`document.getElementById("report-view").textContent.endsWith("rejected the offer.")`, 60*time.Second)
	typing := time.Since(start)
	drawn(long + "The union said it rejected the offer.")
	stall := stallSince()
	mid := strings.Index(long[len(long)/2:], "this afternoon") + len(long)/2
	edited := long[:mid] + "late " + long[mid:] + "The union said it rejected the offer."
	b.typeReport(edited)
	drawn(edited)
	middle := stallSince()

	// Typing a word (ten keystrokes 60 ms apart) into the same report: the
	// longest stall while the keys go in.
	time.Sleep(2 * time.Second)
	eval[bool](b, `(window.__gaps = [], true)`)
	eval[bool](b, `new Promise(res => { const t = document.getElementById("report-input"); let i = 0;
		const k = () => { t.value += "x"; t.dispatchEvent(new Event("input", {bubbles: true})); if (++i < 10) setTimeout(k, 60); else res(true) }; k() })`)
	keys := eval[float64](b, `Math.max(...window.__gaps)`)
	require.Greater(t, cold, 0.0)

	// 1 MB of news (the bench's corpus, when bench/run.sh has fetched it):
	// the longest stall from the paste until its map is drawn.
	big := -1.0
	if corpus, err := os.ReadFile(os.Getenv("PARLEY_BENCH_CORPUS")); err == nil && len(corpus) > 0 {
		time.Sleep(time.Second)
		eval[bool](b, `(window.__gaps = [], true)`)
		res, err := core.Analyze(string(corpus))
		require.NoError(t, err)
		b.typeReport(string(corpus))
		b.waitFor(`document.querySelectorAll("#parties li.party").length === `+fmt.Sprint(len(res.Actors))+` && !document.getElementById("progress")`, 120*time.Second)
		time.Sleep(500 * time.Millisecond)
		big = stallSince()
	}

	fmt.Printf("\nBrowser timings (Chromium %s, site from 127.0.0.1)\n", eval[string](b, `navigator.userAgent.match(/Chrome\/[\d.]+/)[0]`))
	fmt.Printf("| step | ms | target |\n|---|---:|---|\n")
	ib, ip := median(inputBare), median(inputParley)
	ub, up := median(usableBare), median(usableParley)
	fmt.Printf("| cold load → the report box takes input: bare go-app v9.8.0 app, median of 3 (%s) | %.0f | - |\n", list(inputBare), ib)
	fmt.Printf("| cold load → the report box takes input: Parley (%s) | %.0f (%.2f× the bare app) | ≤ 1.3× |\n", list(inputParley), ip, ip/ib)
	fmt.Printf("| cold load → app running, main thread free: bare go-app app (%s) | %.0f | - |\n", list(usableBare), ub)
	fmt.Printf("| cold load → app running, main thread free: Parley (%s) | %.0f (%.2f× the bare app) | - |\n", list(usableParley), up, up/ub)
	fmt.Printf("| cold load → seed analysed and rendered | %.0f | ≤ 1500 |\n", cold)
	fmt.Printf("| the engine's tables built in the page (model, dictionaries, gazetteer) | %.0f | ≤ 50 |\n", tables)
	fmt.Printf("| warm reload (service worker) → seed rendered | %.0f | ≤ 500 |\n", warm)
	fmt.Printf("| 20,000-word report pasted: longest main-thread stall until it is drawn | %.0f | - |\n", paste)
	fmt.Printf("| 20,000-word report: keystroke → map updated | %d | - |\n", typing.Milliseconds())
	fmt.Printf("| 20,000-word report: longest main-thread stall, from the edit to the new map | %.0f | ≤ 100 |\n", stall)
	fmt.Printf("| 20,000-word report: the same, for a word typed in its middle | %.0f | ≤ 100 |\n", middle)
	fmt.Printf("| 20,000-word report: longest stall while typing ten keys | %.0f | ≤ 100 |\n", keys)
	if big >= 0 {
		fmt.Printf("| 1 MB of news pasted: longest stall until its map is drawn | %.0f | - |\n", big)
	}
}

// probe records, from the page's first script on, the gaps between 10 ms
// timers (a gap over 50 ms is the main thread busy) and when the app said
// it runs (data-wasm="ready").
const probe = `(() => {
	const P = window.__gaps = [];
	let last = performance.now();
	const tick = () => {
		const now = performance.now();
		P.push([last, now - last]);
		last = now;
		if (!window.__ready && document.documentElement && document.documentElement.dataset.wasm === "ready") window.__ready = now;
		// The report box takes input: it is on screen and nothing covers it.
		const box = document.getElementById("report-input");
		if (!window.__input && box) {
			const r = box.getBoundingClientRect();
			if (r.width > 0 && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === box) window.__input = now;
		}
		if (now < 20000) setTimeout(tick, 10);
	};
	setTimeout(tick, 10);
})()`

// usable loads url in a fresh browser and returns, in ms from navigation
// start, when its report box took input (on screen, nothing over it: what
// is typed there is kept, see TestEarlyPaste) and when the app became
// usable: it said it runs and the main thread then stayed free (no gap over
// 50 ms) for half a second, so that typing and pasting are answered at
// once. Work the app does after mounting (a warm-up) counts if it takes the
// thread. keepsEarly says that the app keeps what is typed in its
// pre-rendered page before it runs (Parley does; a bare go-app app does not).
func usable(t *testing.T, url string, keepsEarly bool) (input, usable float64) {
	t.Helper()
	b := newBrowser(t)
	b.do(chromedp.Navigate("about:blank"))
	_, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probe})
	require.NoError(t, err)
	b.do(chromedp.Navigate(url))
	b.waitReady()
	time.Sleep(3 * time.Second)
	ready := eval[float64](b, `window.__ready || 0`)
	require.Greater(t, ready, 0.0)
	gaps := eval[[][]float64](b, `window.__gaps`)
	input = eval[float64](b, `window.__input || 0`)
	if !keepsEarly {
		// go-app replaces the pre-rendered page when the app runs: what was
		// typed before is lost, so the box takes input from then on.
		input = max(input, ready)
	}
	return input, usableAt(ready, gaps, 500, 50)
}

// usableAt is the first time from ready on after which no gap longer than
// long starts within window ms.
func usableAt(ready float64, gaps [][]float64, window, long float64) float64 {
	at := ready
	for _, g := range gaps {
		start, d := g[0], g[1]
		if start+d <= at {
			continue
		}
		if start >= at+window {
			break
		}
		if d > long {
			at = start + d
		}
	}
	return at
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func list(xs []float64) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, strconv.FormatFloat(x, 'f', 0, 64))
	}
	return strings.Join(parts, ", ")
}

// buildBareApp builds bench/bareapp as Parley is built (same flags, same
// precompressed files, Go's own wasm_exec.js) and returns its site folder.
func buildBareApp(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	build := exec.Command("go", "build", "-trimpath", "-gcflags=reflect=-l", "-gcflags=fmt=-l", "-ldflags=-s -w",
		"-o", filepath.Join(dir, "web", "app.wasm"), "./bench/bareapp")
	build.Dir = ".."
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))
	gen := exec.Command("go", "run", "./bench/bareapp", dir)
	gen.Dir = ".."
	out, err = gen.CombinedOutput()
	require.NoError(t, err, string(out))
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	wasmExec, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "wasm_exec.js"), wasmExec, 0o644))
	require.NoError(t, site.Precompress(dir))
	return dir
}

func TestUsableAt(t *testing.T) {
	tests := []struct {
		name  string
		gaps  [][]float64
		ready float64
		want  float64
	}{
		{"free at once", [][]float64{{100, 10}, {110, 10}, {120, 10}}, 100, 100},
		{"a warm-up after mount", [][]float64{{100, 10}, {110, 300}, {410, 10}, {420, 10}}, 100, 410},
		{"a long task long after counts not", [][]float64{{100, 10}, {110, 10}, {700, 300}}, 100, 100},
		{"before ready counts not", [][]float64{{0, 400}, {400, 10}}, 410, 410},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, usableAt(tt.ready, tt.gaps, 500, 50), tt.name)
	}
}
