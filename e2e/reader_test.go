//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

func seedReport(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "web", "samples", "seed-report.txt"))
	require.NoError(t, err)
	return string(b)
}

// TestReaderPath is the way a reader meets Parley: paste the seed report, see
// the parties and stances that core finds, find the report in the Library
// after a reload, and keep working with the server gone.
func TestReaderPath(t *testing.T) {
	dist := distDir(t)
	srv := startServer(t, dist)
	b := newBrowser(t)
	b.open(srv.URL)

	// The empty state explains Parley and offers examples.
	assert.Contains(t, eval[string](b, `document.querySelector(".hero").innerText`), "who stands where")
	require.True(t, eval[bool](b, `!!document.getElementById("example")`))

	seed := seedReport(t)
	want, err := core.Analyze(seed)
	require.NoError(t, err)
	require.NotEmpty(t, want.Actors)

	b.typeReport(seed)
	b.waitFor(`document.querySelectorAll("#parties li.party").length > 0`, 20*time.Second)

	parties := eval[[]string](b, `[...document.querySelectorAll("#parties li.party")].map(li => li.dataset.actor)`)
	var wantIDs []string
	for _, a := range want.Actors {
		wantIDs = append(wantIDs, a.ID)
	}
	assert.Equal(t, wantIDs, parties, "the parties core finds, in order")
	partyText := eval[string](b, `document.getElementById("parties").innerText`)
	for _, a := range want.Actors {
		assert.Contains(t, partyText, a.Name)
	}
	stances := eval[[]string](b, `[...document.querySelectorAll("#stances li.stance")].map(li => li.dataset.id + "|" + li.dataset.actor + "|" + li.dataset.type)`)
	var wantStances []string
	for _, s := range want.Stances {
		wantStances = append(wantStances, s.ID+"|"+s.Actor+"|"+string(s.Type))
	}
	assert.ElementsMatch(t, wantStances, stances, "every stance core finds is rendered")
	assert.Equal(t, len(want.Proposals), eval[int](b, `document.querySelectorAll("#proposals li.proposal").length`))
	assert.Equal(t, len(want.Talks), eval[int](b, `document.querySelectorAll("#talks li").length`), "the state of the talks")

	// Evidence is highlighted in the text: every party has a mention.
	for _, a := range want.Actors {
		if len(a.Mentions) == 0 {
			continue
		}
		n := eval[int](b, `document.querySelectorAll('#report-view [data-ev~="a-`+a.ID+`"]').length`)
		assert.Greater(t, n, 0, "mentions of %s highlighted", a.ID)
	}
	// The highlighted text is exactly the report: nothing added, nothing lost.
	assert.Equal(t, seed, eval[string](b, `document.getElementById("report-view").textContent`))
	if len(want.Stances) > 0 {
		// Clicking a stance flashes its evidence.
		id := want.Stances[0].ID
		b.do(chromedp.Click(chromedp.CSS(`#stances button[data-target="` + id + `"]`)))
		b.waitFor(`document.querySelectorAll('#report-view .flash').length > 0`, 5*time.Second)
		title := eval[string](b, `document.querySelector('#report-view [data-ev~="`+id+`"]').title`)
		assert.Contains(t, title, string(want.Stances[0].Type), "hovering names the stance")
	}

	// A viewport as tall as the map, so the sticky map is whole in the picture.
	h := eval[int](b, `Math.max(document.body.scrollHeight, document.querySelector(".map").scrollHeight + 400)`)
	b.do(chromedp.EmulateViewport(1280, int64(h)))
	shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	b.do(chromedp.EmulateViewport(1280, 900))
	require.NoError(t, os.WriteFile(filepath.Join(outputDir(t), "seed-report.png"), shot, 0o644))

	// The report is in the Library after a reload.
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 5*time.Second)
	b.reload()
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(`!!document.querySelector("#library li.report")`, 5*time.Second)
	title := eval[string](b, `document.querySelector("#library .rtitle").innerText`)
	assert.True(t, strings.HasPrefix(seed, strings.TrimSuffix(title, "…")), "title is the first line: %q", title)

	// Offline: wait for the service worker, stop the server, reload.
	eval[bool](b, `navigator.serviceWorker.ready.then(() => true)`)
	b.waitFor(`!!navigator.serviceWorker.controller`, 20*time.Second)
	srv.Stop()
	b.reload()
	b.do(chromedp.Click(chromedp.ID("nav-analyse")))
	b.waitFor(`!!document.getElementById("report-input")`, 10*time.Second)
	other := "Union leaders said on Tuesday that they rejected the employers' offer of a 2 pct pay rise.\n" +
		"The Transport Workers Union demanded a 6 pct increase, a spokesman said."
	res, err := core.Analyze(other)
	require.NoError(t, err)
	require.NotEmpty(t, res.Actors, "a report Parley saves unasked")
	b.typeReport(other)
	b.waitFor(`document.getElementById("report-view") && document.getElementById("report-view").textContent.startsWith("Union leaders")`, 20*time.Second)
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(`document.querySelectorAll("#library li.report").length === 2`, 5*time.Second)
}

// TestLibraryRenameDelete renames a report, then deletes it after confirming.
func TestLibraryRenameDelete(t *testing.T) {
	dist := distDir(t)
	srv := startServer(t, dist)
	b := newBrowser(t)
	b.open(srv.URL)
	b.do(chromedp.Click(chromedp.ID("example")))
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 20*time.Second)
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.do(chromedp.Click(chromedp.CSS("#library .rename-btn")))
	b.waitFor(`!!document.querySelector("#library .rename-input")`, 5*time.Second)
	eval[bool](b, `(() => { const i = document.querySelector("#library .rename-input"); i.value = "Washington round one";
		i.dispatchEvent(new Event("input", {bubbles: true})); i.form.requestSubmit(); return true })()`)
	b.waitFor(`document.querySelector("#library .rtitle") && document.querySelector("#library .rtitle").innerText === "Washington round one"`, 5*time.Second)
	b.reload()
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(`document.querySelector("#library .rtitle") && document.querySelector("#library .rtitle").innerText === "Washington round one"`, 5*time.Second)

	b.do(chromedp.Click(chromedp.CSS("#library .delete-btn")))
	b.waitFor(`!!document.getElementById("confirm-delete")`, 5*time.Second)
	assert.Equal(t, 1, eval[int](b, `document.querySelectorAll("#library li.report").length`), "nothing is deleted before confirming")
	b.do(chromedp.Click(chromedp.ID("confirm-delete")))
	b.waitFor(`!!document.getElementById("library-empty")`, 5*time.Second)
	b.reload()
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(`!!document.getElementById("library-empty")`, 5*time.Second)
}
