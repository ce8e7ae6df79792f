//go:build !js

package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"parley/core"
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
	srv := startServer(t, distDir(t))
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
	fmt.Printf("| cold load → seed analysed and rendered | %.0f | ≤ 1500 |\n", cold)
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
