//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/app/store"
	"parley/core/annotation"
)

// analyseSeed loads the first example and waits until it is shown and saved.
func (b *browser) analyseSeed() {
	b.t.Helper()
	b.click("#example")
	b.waitFor(`document.querySelectorAll("#parties li.party").length > 0 && !document.getElementById("progress")`, 30*time.Second)
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 10*time.Second)
}

// openFirstReport opens the first report of the Library.
func (b *browser) openFirstReport() {
	b.t.Helper()
	b.click("#nav-library")
	b.waitFor(`!!document.querySelector("#library li.report .open")`, 10*time.Second)
	b.click("#library li.report .open")
	b.waitFor(`document.querySelectorAll("#parties li.party").length > 0 && !document.getElementById("progress")`, 30*time.Second)
}

// selectText selects the first occurrence of needle in the report view with
// a real DOM Range (across highlight spans), then releases the mouse there
// as a reader does.
func (b *browser) selectText(needle string) {
	b.t.Helper()
	ok := eval[bool](b, fmt.Sprintf(`(() => {
		const view = document.getElementById("report-view");
		const at = view.textContent.indexOf(%s);
		if (at < 0) return false;
		const end = at + %d;
		const w = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
		let pos = 0, r = document.createRange(), n, started = false;
		while ((n = w.nextNode())) {
			const len = n.data.length;
			if (!started && at < pos + len) { r.setStart(n, at - pos); started = true; }
			if (started && end <= pos + len) { r.setEnd(n, end - pos); break; }
			pos += len;
		}
		const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
		view.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
		return true })()`, jsString(needle), len([]rune(needle))))
	require.True(b.t, ok, "%q is in the report view", needle)
	b.waitFor(`!!document.getElementById("annotate")`, 5*time.Second)
}

// click clicks an element found by a CSS selector (a DOM click, as a tap or
// Enter on a focused button gives).
func (b *browser) click(sel string) {
	b.t.Helper()
	b.waitFor(fmt.Sprintf(`!!document.querySelector(%s)`, jsString(sel)), 5*time.Second)
	eval[bool](b, fmt.Sprintf(`(() => { document.querySelector(%s).click(); return true })()`, jsString(sel)))
}

// setValue sets a form control's value as typing does.
func (b *browser) setValue(id, value string) {
	b.t.Helper()
	eval[bool](b, fmt.Sprintf(`(() => { const e = document.getElementById(%q); e.value = %s;
		e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, id, jsString(value)))
}

// addNote selects needle and saves a note with tags.
func (b *browser) addNote(needle, body, tags string) {
	b.t.Helper()
	b.selectText(needle)
	b.waitFor(`!!document.getElementById("ann-body")`, 5*time.Second)
	b.setValue("ann-body", body)
	b.setValue("ann-tags", tags)
	b.click("#ann-save")
}

func (b *browser) noteCount() int {
	return eval[int](b, `document.querySelectorAll("#notes li.note").length`)
}

// TestNoteSurvivesReload selects words, adds a note with a tag, and finds
// it highlighted and listed again after a reload. What the reader types is
// shown as text, never as HTML.
func TestNoteSurvivesReload(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	b.analyseSeed()
	seed := seedReport(t)
	eval[bool](b, `window.__pwned = 0; true`)

	quote := "no significant progress so far"
	body := `Check against the <b>Israeli</b> side <img src=x onerror="window.__pwned=1">`
	b.addNote(quote, body, "progress, follow up")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 5*time.Second)
	assert.Equal(t, quote, eval[string](b, `[...document.querySelectorAll("#report-view .hl.note")].map(e => e.textContent).join("")`))
	assert.Equal(t, body, eval[string](b, `document.querySelector("#notes .nbody").textContent`))
	assert.Equal(t, 0, eval[int](b, `document.querySelectorAll("#notes img, #notes b, #report-view img").length`), "typed markup stays text")
	assert.Equal(t, []string{"progress", "follow up"}, eval[[]string](b, `[...document.querySelectorAll("#notes .tag")].map(e => e.textContent)`))
	assert.Equal(t, seed, eval[string](b, `document.getElementById("report-view").textContent`), "the text is unchanged")

	// A tag on another passage; the tag list autocompletes used tags.
	b.selectText("Lebanese army")
	assert.Contains(t, eval[[]string](b, `[...document.querySelectorAll("#tag-list option")].map(o => o.value)`), "follow up")
	b.setValue("ann-kind", "tag")
	b.waitFor(`document.getElementById("ann-tags").required`, 2*time.Second)
	b.setValue("ann-tags", "army")
	b.click("#ann-save")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 2`, 5*time.Second)

	// Filter by tag, jump to a note.
	b.setValue("tag-filter", "army")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 2*time.Second)
	b.setValue("tag-filter", "")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 2`, 2*time.Second)
	b.click(`#notes li.note[data-kind="note"] button.item`)
	b.waitFor(`document.querySelectorAll("#report-view .hl.note.flash").length > 0`, 5*time.Second)

	b.reload()
	b.openFirstReport()
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 2`, 10*time.Second)
	eval[bool](b, `window.__pwned = 0; true`)
	assert.Equal(t, quote, eval[string](b, `[...document.querySelectorAll('#report-view .hl.note')].filter(e => e.dataset.ev.split(" ").includes("n-" + document.querySelector('#notes li.note[data-kind="note"]').dataset.id)).map(e => e.textContent).join("")`))
	assert.Equal(t, body, eval[string](b, `document.querySelector('#notes li.note[data-kind="note"] .nbody').textContent`))

	// The Notes view of the Library finds it by a word of the note.
	b.click("#nav-library")
	b.click("#lib-notes")
	b.waitFor(`document.querySelectorAll("#library-notes li").length === 2`, 5*time.Second)
	b.setValue("note-search", "against the")
	b.waitFor(`document.querySelectorAll("#library-notes li").length === 1`, 5*time.Second)
	time.Sleep(200 * time.Millisecond)
	assert.Equal(t, 0, eval[int](b, `window.__pwned`), "no typed script ran")

	// The same report pasted again with other spacing and a changed
	// paragraph: the notes re-attach.
	b.click("#nav-analyse")
	b.waitFor(`!!document.getElementById("report-input")`, 5*time.Second)
	changed := strings.Replace(strings.ReplaceAll(seed, ". ", ".  "), "handing them over", "handing them back", 1)
	b.typeReport(changed)
	b.waitFor(`document.getElementById("report-view") && document.getElementById("report-view").textContent.includes("handing them back") && !document.getElementById("progress")`, 30*time.Second)
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 2`, 10*time.Second)
	assert.Equal(t, 0, eval[int](b, `document.querySelectorAll("#notes .orphan").length`))
	assert.Contains(t, eval[string](b, `[...document.querySelectorAll("#report-view .hl.note")].map(e => e.textContent).join("|")`), quote)

	// Delete a note, then put it back.
	b.click(`#notes li.note[data-kind="tag"] .del-note`)
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 5*time.Second)
	b.click("#undo-delete")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 2`, 5*time.Second)

	shotPhone(t, b, "notes-phone.png")
}

// shotPhone saves a screenshot at phone width.
func shotPhone(t *testing.T, b *browser, name string) {
	t.Helper()
	err := chromedp.Do(b.ctx, chromedp.EmulateViewport(390, 844))
	require.NoError(t, err)
	time.Sleep(300 * time.Millisecond)
	assert.LessOrEqual(t, eval[int](b, `document.documentElement.scrollWidth`), 400, "no sideways scrolling at phone width")
	shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(outputDir(t), name), shot, 0o644))
}

// TestCorrectionsSurviveReload rejects one extracted stance and edits
// another; both hold after a reload, and the rejected one can be restored.
func TestCorrectionsSurviveReload(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	b.analyseSeed()
	ids := eval[[]string](b, `[...document.querySelectorAll("#stances li.stance")].map(li => li.dataset.id)`)
	require.GreaterOrEqual(t, len(ids), 3)
	rejected, edited, confirmed := ids[0], ids[1], ids[2]
	rejectedSummary := eval[string](b, `document.querySelector('#stances li.stance[data-id="`+rejected+`"] .summary').textContent`)

	b.click(`#stances li.stance[data-id="` + rejected + `"] .reject-btn`)
	b.waitFor(`!document.querySelector('#stances li.stance[data-id="`+rejected+`"]')`, 5*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("show-rejected").innerText`), "Rejected (1)")

	b.click(`#stances li.stance[data-id="` + edited + `"] .edit-btn`)
	b.waitFor(`!!document.getElementById("edit-form")`, 5*time.Second)
	b.setValue("edit-type", "demand")
	b.setValue("edit-summary", "a ceasefire first, as the reader reads it")
	b.click("#edit-save")
	b.waitFor(`document.querySelector('#stances li.stance[data-id="`+edited+`"] .mark.edited') !== null`, 5*time.Second)

	b.click(`#stances li.stance[data-id="` + confirmed + `"] .confirm-btn`)
	b.waitFor(`document.querySelector('#stances li.stance[data-id="`+confirmed+`"] .mark.confirmed') !== null`, 5*time.Second)

	check := func() {
		t.Helper()
		assert.False(t, eval[bool](b, `!!document.querySelector('#stances li.stance[data-id="`+rejected+`"]')`), "the rejected stance stays hidden")
		assert.Equal(t, "demand", eval[string](b, `document.querySelector('#stances li.stance[data-id="`+edited+`"]').dataset.type`))
		assert.Equal(t, "a ceasefire first, as the reader reads it", eval[string](b, `document.querySelector('#stances li.stance[data-id="`+edited+`"] .summary').textContent`))
		assert.Equal(t, "edited by you", eval[string](b, `document.querySelector('#stances li.stance[data-id="`+edited+`"] .mark.edited').textContent`))
		assert.True(t, eval[bool](b, `!!document.querySelector('#stances li.stance[data-id="`+confirmed+`"] .mark.confirmed')`))
		assert.False(t, eval[bool](b, `!!document.querySelector('#report-view [data-ev~="`+rejected+`"]')`), "its evidence is no longer highlighted")
	}
	check()
	b.reload()
	b.openFirstReport()
	check()

	// Restore the rejected stance.
	b.click("#show-rejected")
	b.waitFor(`!!document.querySelector("#rejected .restore-btn")`, 5*time.Second)
	b.click("#rejected .restore-btn")
	b.waitFor(`!!document.querySelector('#stances li.stance[data-id="`+rejected+`"]')`, 5*time.Second)
	assert.Equal(t, rejectedSummary, eval[string](b, `document.querySelector('#stances li.stance[data-id="`+rejected+`"] .summary').textContent`))

	// A stance Parley missed, for a new party.
	b.selectText("launching rockets towards Kiryat Shmona")
	b.setValue("ann-kind", "stance")
	b.waitFor(`!!document.getElementById("ann-party")`, 2*time.Second)
	b.setValue("ann-party", "Hezbollah")
	b.setValue("ann-type", "threat")
	b.setValue("ann-body", "rockets as pressure")
	b.click("#ann-save")
	b.waitFor(`[...document.querySelectorAll("#stances li.stance")].some(li => li.querySelector(".summary").textContent === "rockets as pressure" && li.dataset.type === "threat" && li.querySelector(".mark.added"))`, 5*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("parties").innerText`), "Hezbollah")
}

// captureDownloads makes <a download> clicks record the file instead of saving it,
// and keeps object URLs alive so the test can read them.
func (b *browser) captureDownloads() {
	b.t.Helper()
	eval[bool](b, `window.__downloads = []; window.__blobs = {}; const create = URL.createObjectURL;
		URL.createObjectURL = blob => { const u = create(blob); window.__blobs[u] = blob; return u; };
		const click = HTMLAnchorElement.prototype.click;
		HTMLAnchorElement.prototype.click = function () { if (this.download) { window.__downloads.push({name: this.download, url: this.href}); } else click.call(this); }; true`)
}

// download waits for the n-th download and returns its name and text.
func (b *browser) download(n int) (string, string) {
	b.t.Helper()
	b.waitFor(fmt.Sprintf(`window.__downloads.length >= %d`, n), 10*time.Second)
	name := eval[string](b, fmt.Sprintf(`window.__downloads[%d].name`, n-1))
	text := eval[string](b, fmt.Sprintf(`window.__blobs[window.__downloads[%d].url].text()`, n-1))
	return name, text
}

// importFile hands a file to a file input as choosing it does.
func (b *browser) importFile(id, name, content string) {
	b.t.Helper()
	eval[bool](b, fmt.Sprintf(`(() => { const dt = new DataTransfer(); dt.items.add(new File([%s], %q, {type: "application/json"}));
		const i = document.getElementById(%q); i.files = dt.files; i.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, jsString(content), name, id))
}

// TestExportImportLibrary exports the library (with a note, a correction
// and an alias), clears the browser's storage, imports the file and gets
// the identical library back. The open report's annotations export as W3C
// JSON-LD that validates, and import back without duplicates.
func TestExportImportLibrary(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	b.captureDownloads()
	b.analyseSeed()
	b.addNote("no significant progress so far", "a note to keep", "backup")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 5*time.Second)
	first := eval[string](b, `document.querySelector("#stances li.stance").dataset.id`)
	b.click(`#stances li.stance[data-id="` + first + `"] .confirm-btn`)
	b.waitFor(`!!document.querySelector("#stances .mark.confirmed")`, 5*time.Second)

	// Teach Parley a name: the open report is analysed again with it.
	b.click("#nav-settings")
	b.waitFor(`!!document.getElementById("alias-surface")`, 5*time.Second)
	b.setValue("alias-surface", "RED TV")
	b.setValue("alias-actor", "Red Television")
	b.setValue("alias-kind", "organization")
	b.click("#alias-add")
	b.waitFor(`document.querySelectorAll("#alias-list li").length === 1`, 5*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("alias-list").innerText`), "“RED TV” means Red Television")

	// The open report's annotations as W3C Web Annotations.
	b.click("#export-annotations")
	name, ld := b.download(1)
	assert.True(t, strings.HasSuffix(name, ".jsonld"), name)
	assert.Empty(t, annotation.ValidateJSON([]byte(ld)), "the exported JSON-LD validates")
	assert.Contains(t, ld, `"@context": "http://www.w3.org/ns/anno.jsonld"`)
	assert.Contains(t, ld, "a note to keep")
	b.importFile("import-annotations", "notes.jsonld", ld)
	b.waitFor(`document.getElementById("settings-status") && document.getElementById("settings-status").innerText.includes("already there")`, 5*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("settings-status").innerText`), "Nothing new was added")

	b.click("#export-library")
	name, backup := b.download(2)
	assert.True(t, strings.HasPrefix(name, "parley-library-") && strings.HasSuffix(name, ".json"), name)
	var bk store.Backup
	require.NoError(t, json.Unmarshal([]byte(backup), &bk))
	require.Len(t, bk.Reports, 1)
	assert.Len(t, bk.Reports[0].Annotations, 1)
	assert.Len(t, bk.Reports[0].Corrections, 1)
	assert.Len(t, bk.Aliases, 1)

	// Clear everything Parley keeps, start again: the library is empty.
	eval[bool](b, `localStorage.clear(); true`)
	b.reload()
	b.captureDownloads()
	b.click("#nav-library")
	b.waitFor(`!!document.getElementById("library-empty")`, 5*time.Second)

	b.click("#nav-settings")
	b.waitFor(`!!document.getElementById("import-library")`, 5*time.Second)
	b.importFile("import-library", name, backup)
	b.waitFor(`document.getElementById("settings-status") && document.getElementById("settings-status").innerText.includes("Library imported")`, 10*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("settings-status").innerText`),
		"Added 1 report, 1 annotation, 1 correction and 1 taught name", "what was added, by kind")
	b.click("#export-library")
	_, again := b.download(1)
	assert.JSONEq(t, backup, again, "the imported library is identical")

	// A file that is not a backup is refused in plain words.
	b.importFile("import-library", "other.json", `{"hello": 1}`)
	b.waitFor(`!!document.getElementById("settings-error")`, 5*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("settings-error").innerText`), "not a Parley backup")

	// The restored report opens with its note and correction.
	b.openFirstReport()
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1 && !!document.querySelector("#stances .mark.confirmed")`, 10*time.Second)
}

// TestTwoTabs runs two tabs on one library: a change in one appears in the
// other, and a tab that missed the other's newer change is refused (told in
// plain words, shown the newer version) instead of overwriting it.
func TestTwoTabs(t *testing.T) {
	srv := startServer(t, distDir(t))
	a := newBrowser(t)
	a.open(srv.URL)
	a.analyseSeed()

	ctxB, cancel := chromedp.NewContext(a.ctx)
	defer cancel()
	b := &browser{t: t, ctx: ctxB}
	b.open(srv.URL)
	b.openFirstReport()

	a.addNote("no significant progress so far", "from tab A", "")
	a.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 5*time.Second)
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 10*time.Second)
	assert.Equal(t, "from tab A", eval[string](b, `document.querySelector("#notes .nbody").textContent`))

	// Tab A writes again; tab B has not heard of it yet when it saves (a
	// storage event still on its way). B's own writes raise no event in B,
	// so that write is made from B's page, as another tab would.
	a.addNote("Lebanese army", "second from tab A", "")
	a.waitFor(`document.querySelectorAll("#notes li.note").length === 2`, 5*time.Second)
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 2`, 10*time.Second)
	eval[bool](b, `(() => { const k = Object.keys(localStorage).find(k => k.startsWith("parley:annotations:"));
		const d = JSON.parse(localStorage.getItem(k)); const late = JSON.parse(JSON.stringify(d.items[0]));
		late.id = "0000000000000001"; late.body = "late change from another tab"; d.items.push(late); d.rev++;
		localStorage.setItem(k, JSON.stringify(d)); return true })()`)
	b.addNote("gradual implementation", "from tab B", "")
	b.waitFor(`!!document.getElementById("note-error")`, 5*time.Second)
	assert.Contains(t, eval[string](b, `document.getElementById("note-error").innerText`), "Another Parley tab changed this report")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 3`, 5*time.Second)
	assert.Equal(t, []string{"from tab A", "second from tab A", "late change from another tab"}, eval[[]string](b, `[...document.querySelectorAll("#notes .nbody")].map(e => e.textContent)`), "the newer change was not overwritten")

	// Tab B makes its change again: now it is saved beside A's.
	b.click("#ann-save")
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 4`, 5*time.Second)
	a.waitFor(`document.querySelectorAll("#notes li.note").length === 4`, 10*time.Second)
	stored := eval[string](a, `Object.keys(localStorage).filter(k => k.startsWith("parley:annotations:")).map(k => localStorage.getItem(k)).join("")`)
	for _, s := range []string{"from tab A", "second from tab A", "late change from another tab", "from tab B"} {
		assert.Contains(t, stored, s)
	}

	// A correction made in one tab shows in the other.
	id := eval[string](a, `document.querySelector("#stances li.stance").dataset.id`)
	a.click(`#stances li.stance[data-id="` + id + `"] .reject-btn`)
	a.waitFor(`!document.querySelector('#stances li.stance[data-id="`+id+`"]')`, 5*time.Second)
	b.waitFor(`!document.querySelector('#stances li.stance[data-id="`+id+`"]') && !!document.getElementById("show-rejected")`, 10*time.Second)
	recordFigure(t, "storage_conflict", 1) // a second tab's newer change not overwritten
}

// TestKeyboardNote annotates with the keyboard only: type words from the
// report, Enter, the focus lands in the note, Tab to the tags, Enter saves.
func TestKeyboardNote(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	seed := seedReport(t)
	b.typeReport(seed)
	b.waitFor(`document.querySelectorAll("#parties li.party").length > 0 && !document.getElementById("progress")`, 30*time.Second)
	assert.Equal(t, seed, eval[string](b, `document.getElementById("report-input").value`), "the typed text stays in the box")
	b.do(chromedp.SendKeys(chromedp.ID("find-words"), "no significant  progress\r"))
	b.waitFor(`document.activeElement && document.activeElement.id === "ann-body"`, 5*time.Second)
	assert.Equal(t, "no significant progress", eval[string](b, `document.getElementById("ann-quote").textContent`))
	b.do(chromedp.KeyEvent("typed, not clicked"), chromedp.KeyEvent("\t"))
	b.waitFor(`document.activeElement.id === "ann-tags"`, 2*time.Second)
	b.do(chromedp.KeyEvent("keyboard\r"))
	b.waitFor(`document.querySelectorAll("#notes li.note").length === 1`, 5*time.Second)
	assert.Equal(t, "typed, not clicked", eval[string](b, `document.querySelector("#notes .nbody").textContent`))
	assert.Equal(t, "keyboard", eval[string](b, `document.querySelector("#notes .tag").textContent`))

	// Every control of the map is a labelled button or form control.
	unlabelled := eval[[]string](b, `[...document.querySelectorAll("#result button, #result input, #result select, #result textarea")]
		.filter(e => !(e.innerText || "").trim() && !e.getAttribute("aria-label") && !(e.id && document.querySelector('label[for="' + e.id + '"]')))
		.map(e => e.outerHTML.slice(0, 80))`)
	assert.Empty(t, unlabelled)

	// With the annotate and the edit form open at once, ids stay unique.
	b.do(chromedp.SendKeys(chromedp.ID("find-words"), "Lebanese army\r"))
	b.waitFor(`!!document.getElementById("annotate")`, 5*time.Second)
	b.click(`#stances li.stance .edit-btn`)
	b.waitFor(`!!document.getElementById("edit-form")`, 5*time.Second)
	assert.Empty(t, eval[[]string](b, `(() => { const seen = {}, dup = [];
		for (const e of document.querySelectorAll("[id]")) { if (seen[e.id]) dup.push(e.id); seen[e.id] = true; } return dup })()`))
}
