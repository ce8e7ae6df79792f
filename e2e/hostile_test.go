//go:build !js

package e2e

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostilePastes pastes what readers paste by accident or on purpose:
// the page stays responsive, says clearly what it cannot analyse, runs no
// pasted script, and loses nothing in the Library.
func TestHostilePastes(t *testing.T) {
	dist := distDir(t)
	srv := startServer(t, dist)
	b := newBrowser(t)
	b.open(srv.URL)

	// One good report in the Library first.
	b.do(chromedp.Click(chromedp.ID("example")))
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 20*time.Second)
	eval[bool](b, `window.__pwned = 0; true`)

	// Binary junk: a clear message, no analysis.
	r := rand.New(rand.NewSource(1))
	junk := make([]rune, 4000)
	for i := range junk {
		junk[i] = rune(r.Intn(32)) // control characters, as a binary file pasted as text
	}
	b.typeReport(string(junk))
	b.waitFor(`!!document.getElementById("input-error")`, 10*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("input-error").innerText`), "does not look like text")
	assert.False(t, eval[bool](b, `!!document.getElementById("report-view")`), "nothing analysed")

	// White space only.
	b.typeReport(" \n\t \n")
	b.waitFor(`document.getElementById("input-error") && document.getElementById("input-error").innerText.includes("nothing to analyse")`, 10*time.Second)

	// HTML pasted from a page, with scripts and handlers: converted to text.
	payload := `<p>The union said it <b>rejected</b> the offer.</p><script>window.__pwned = 1</script>` +
		`<img src="x" onerror="window.__pwned = 2"><p onclick="window.__pwned = 3">Talks resume on Monday.</p>` +
		`<iframe src="javascript:window.parent.__pwned = 4"></iframe>`
	b.pasteHTML(payload)
	b.waitFor(`!!document.getElementById("report-view")`, 10*time.Second)
	value := eval[string](b, `document.getElementById("report-input").value`)
	assert.Equal(t, "The union said it rejected the offer.\nTalks resume on Monday.", value)

	// The same markup typed as plain text is shown as text, never as HTML.
	b.typeReport(payload)
	b.waitFor(`document.getElementById("report-view") && document.getElementById("report-view").textContent.includes("<script>")`, 10*time.Second)
	assert.Equal(t, 0, eval[int](b, `document.querySelectorAll("#report-view script, #report-view img, #report-view iframe, #main script").length`))
	time.Sleep(300 * time.Millisecond)
	assert.Equal(t, 0, eval[int](b, `window.__pwned`), "no pasted script ran")

	// 2 MB of text: analysed (the view shows the start), the page responds.
	big := strings.Repeat(seedReport(t)+"\n", 2<<20/len(seedReport(t))+1)
	b.typeReport(big)
	start := time.Now()
	b.waitFor(`!!document.getElementById("report-view") && document.getElementById("report-view").textContent.length > 100000`, 90*time.Second)
	t.Logf("2 MB report analysed and shown in %v", time.Since(start))
	assert.Contains(t, eval[string](b, `document.querySelector(".report").innerText`), "Show all")
	assert.Equal(t, 2, eval[int](b, `1 + 1`), "the page responds")

	// Nothing in the Library was lost: the seed is still there after a reload.
	b.reload()
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(`document.querySelectorAll("#library li.report").length >= 1`, 5*time.Second)
	titles := eval[[]string](b, `[...document.querySelectorAll("#library .rtitle")].map(e => e.innerText)`)
	require.NotEmpty(t, titles)
	assert.Contains(t, strings.Join(titles, "\n"), "The first round of direct Lebanese-Israeli negotiations")
	recordFigure(t, "hostile_pastes", 5) // junk, blank, HTML paste, markup typed, 2 MB
}

// TestLongReport types a 20,000-word report: the page shows progress while
// it works and the map when done, without freezing for more than a moment.
func TestLongReport(t *testing.T) {
	dist := distDir(t)
	srv := startServer(t, dist)
	b := newBrowser(t)
	b.open(srv.URL)
	seed := seedReport(t)
	words := len(strings.Fields(seed))
	long := strings.Repeat(seed+"\n", 20000/words+1)
	require.GreaterOrEqual(t, len(strings.Fields(long)), 20000)

	// Measure the longest stretch the main thread is blocked while the
	// report is analysed and rendered (a requestAnimationFrame heartbeat).
	eval[bool](b, `window.__gaps = []; (() => { let last = performance.now();
		const beat = () => { const now = performance.now(); window.__gaps.push(now - last); last = now;
			if (window.__gaps.length < 100000) requestAnimationFrame(beat); }; requestAnimationFrame(beat); })(); true`)
	start := time.Now()
	b.typeReport(long)
	b.waitFor(`document.querySelectorAll("#parties li.party").length > 0 && !document.getElementById("progress")`, 60*time.Second)
	took := time.Since(start)
	maxGap := eval[float64](b, `Math.max(...window.__gaps)`)
	t.Logf("20,000-word report: shown after %v; longest main-thread stall %.0f ms", took, maxGap)
	assert.Equal(t, long, eval[string](b, `document.getElementById("report-view").textContent`))
}
