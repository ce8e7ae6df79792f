//go:build !js

package e2e

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

// fillStorage fills localStorage with junk keys until setItem throws, down
// to single characters, and returns how many keys it wrote.
func (b *browser) fillStorage() int {
	b.t.Helper()
	return eval[int](b, `(() => { let size = 1 << 20, i = 0;
		while (size >= 1) { try { localStorage.setItem("junk:" + i, "x".repeat(size)); i++; } catch (e) { size = size >> 1; } }
		return i })()`)
}

func (b *browser) clearJunk() {
	b.t.Helper()
	eval[bool](b, `Object.keys(localStorage).filter(k => k.startsWith("junk:")).forEach(k => localStorage.removeItem(k)); true`)
}

// TestStorageFull fills the browser's storage, then tries to save a note
// and a new report: the reader is told in plain words, nothing is
// half-written, and what was saved before is intact.
func TestStorageFull(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	b.analyseSeed()
	b.addNote("no significant progress so far", "saved before the storage filled up", "")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 5*time.Second)
	before := eval[map[string]string](b, `Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith("parley:")).map(k => [k, localStorage.getItem(k)]))`)

	n := b.fillStorage()
	require.Greater(t, n, 0)
	t.Logf("storage filled with %d junk keys", n)

	b.addNote("Lebanese army", "this one does not fit", "")
	b.waitFor(`!!document.getElementById("note-error")`, 5*time.Second)
	msg := eval[string](b, `document.getElementById("note-error").innerText`)
	assert.Contains(t, msg, "storage for Parley is full")
	assert.Contains(t, msg, "nothing was changed")
	assert.Equal(t, 1, b.noteCount(), "the list shows what is saved")

	// A new report cannot be saved either: it is shown, and the reader told.
	newReport := "The Transport Workers Union said on Tuesday that it rejected the employers' offer of a 2 pct pay rise."
	if res, err := core.Analyze(newReport); err != nil || len(res.Actors) == 0 {
		t.Fatalf("the new report must be one Parley saves unasked (it finds parties): %v", err)
	}
	b.typeReport(newReport)
	b.waitFor(`!!document.getElementById("input-error")`, 20*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("input-error").innerText`), "storage for Parley is full")
	assert.Contains(t, eval[string](b, `document.getElementById("nav-library").innerText`), "(1)")

	after := eval[map[string]string](b, `Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith("parley:")).map(k => [k, localStorage.getItem(k)]))`)
	assert.Equal(t, before, after, "nothing half-written, nothing lost")
	for k, v := range after {
		assert.True(t, json.Valid([]byte(v)), "%s holds valid JSON", k)
	}

	// With room again, the saved note is there after a reload.
	b.clearJunk()
	b.reload()
	b.openFirstReport()
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 10*time.Second)
	assert.Equal(t, "saved before the storage filled up", eval[string](b, `document.querySelector("#notes .nbody").textContent`))
	recordFigure(t, "storage_quota", 2) // a note and a report refused with storage full, nothing lost
}

// TestCorruptValue plants unreadable and foreign values under parley: keys:
// the app still starts, tells the reader, keeps each raw value under a
// quarantine key, and works.
func TestCorruptValue(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	eval[bool](b, `localStorage.setItem("parley:annotations:abc123", "{not json"); localStorage.setItem("parley:settings", "[1, 2");
		localStorage.setItem("parley:someone-else", "<b>foreign</b>"); true`)
	b.reload()
	b.waitFor(`!!document.getElementById("store-problems")`, 10*time.Second)
	problems := eval[string](b, `document.getElementById("store-problems").innerText`)
	assert.Contains(t, problems, "annotations could not be read")
	assert.Contains(t, problems, "settings could not be read")
	assert.Contains(t, problems, "not written by this version of Parley")
	assert.Contains(t, problems, "parley:quarantine:parley:annotations:abc123:1")
	assert.Equal(t, 0, eval[int](b, `document.querySelectorAll("#store-problems b").length`), "raw values are never rendered as HTML")

	kept := eval[map[string]string](b, `Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith("parley:quarantine:")).map(k => [k, localStorage.getItem(k)]))`)
	assert.Equal(t, map[string]string{
		"parley:quarantine:parley:annotations:abc123:1": "{not json",
		"parley:quarantine:parley:settings:1":           "[1, 2",
		"parley:quarantine:parley:someone-else:1":       "<b>foreign</b>",
	}, kept)
	assert.False(t, eval[bool](b, `localStorage.getItem("parley:annotations:abc123") !== null`), "moved aside, not left to fail again")

	// The app works: analyse, annotate, and the problems do not come back.
	b.analyseSeed()
	b.addNote("no significant progress so far", "works after the repair", "")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 5*time.Second)
	b.reload()
	assert.False(t, eval[bool](b, `!!document.getElementById("store-problems")`))
	assert.Equal(t, 3, eval[int](b, `Object.keys(localStorage).filter(k => k.startsWith("parley:quarantine:")).length`))
	recordFigure(t, "storage_corrupt", 3) // unreadable and foreign values kept aside, the app working
}

// TestFutureSchema opens a library written by a newer Parley: the app
// starts, says it reads it only, shows what it can, and changes nothing.
func TestFutureSchema(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	b.analyseSeed()
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 10*time.Second)
	eval[bool](b, `localStorage.setItem("parley:meta", JSON.stringify({schema: 99, note: "from the future"})); true`)
	snapshot := `Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith("parley:")).map(k => [k, localStorage.getItem(k)]))`
	b.reload()
	before := eval[map[string]string](b, snapshot)
	b.waitFor(`!!document.getElementById("store-problems")`, 10*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("store-problems").innerText`), "newer version of Parley")
	assert.Contains(t, eval[string](b, `document.getElementById("nav-library").innerText`), "(1)", "the library is still shown")

	// A new report is analysed and shown, but not written.
	newReport := "The Transport Workers Union said on Tuesday that it rejected the employers' offer of a 2 pct pay rise."
	if res, err := core.Analyze(newReport); err != nil || len(res.Actors) == 0 {
		t.Fatalf("the new report must be one Parley saves unasked (it finds parties): %v", err)
	}
	b.typeReport(newReport)
	b.waitFor(`!!document.getElementById("input-error")`, 20*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("input-error").innerText`), "newer version of Parley")
	assert.True(t, eval[bool](b, `!!document.getElementById("report-view")`), "the analysis is still shown")
	assert.Equal(t, before, eval[map[string]string](b, snapshot), "nothing changed in storage")
	recordFigure(t, "storage_future", 1)
}
