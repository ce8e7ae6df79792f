//go:build !js

package e2e

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/app/htmltext"
	"parley/core"
	"parley/wasm/site"
)

// A reader's first hour: the page before the app runs, routes and Back,
// one Library entry per report, other languages, pasted pages, phones.

const (
	jsLibraryCount = `document.querySelectorAll("#library li.report").length`
	jsReportText   = `((document.getElementById("report-view") || {}).textContent || "")`
)

// libraryCount opens the Library and returns how many reports it lists.
func libraryCount(b *browser) int {
	b.t.Helper()
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(`location.pathname === "/library" && (!!document.getElementById("library") || !!document.getElementById("library-empty"))`, 10*time.Second)
	return eval[int](b, jsLibraryCount)
}

// TestEarlyPaste: the page is drawn before app.wasm arrives and takes a
// paste at once; the app analyses it when it runs.
func TestEarlyPaste(t *testing.T) {
	dist := distDir(t)
	release := make(chan struct{})
	h := site.SiteHandler(dist)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/app.wasm" {
			<-release // the network is slow today
		}
		h.ServeHTTP(w, r)
	})
	srv := startOn(t, slow, "127.0.0.1")
	b := newBrowser(t)
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	b.do(chromedp.Navigate(srv.URL))
	b.waitFor(`!!document.getElementById("report-input")`, 10*time.Second)
	assert.Empty(t, eval[string](b, `document.documentElement.dataset.wasm || ""`), "the app is not running yet")
	assert.Equal(t, "none", eval[string](b, `(() => { const l = document.getElementById("app-wasm-loader"); if (!l) return "none";
		const r = l.getBoundingClientRect(); return r.width * r.height > innerWidth * innerHeight / 4 ? "covers" : "none" })()`), "no screen covers the page")
	seed := seedReport(t)
	b.do(chromedp.SendKeys(chromedp.ID("report-input"), seed[:200]))
	close(release)
	b.waitReady()
	want, err := core.Analyze(seed[:200])
	require.NoError(t, err)
	b.waitFor(jsReportText+` === `+jsString(seed[:200]), 20*time.Second)
	assert.Equal(t, len(want.Actors), eval[int](b, `document.querySelectorAll("#parties li.party").length`))
	assert.Equal(t, seed[:200], eval[string](b, `document.getElementById("report-input").value`), "the box keeps what was typed")
}

// TestRoutesAndBack: Library and Settings have addresses; Back and Forward
// move between them and the report; a reload and offline keep the view.
func TestRoutesAndBack(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	seed := seedReport(t)
	b.do(chromedp.Click(chromedp.ID("example")))
	b.waitFor(jsReportText+` === `+jsString(seed), 20*time.Second)
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 10*time.Second)
	assert.Equal(t, "report-input", eval[string](b, `document.activeElement.id`), "the keyboard goes on from the report box after an example")

	assert.Equal(t, 1, libraryCount(b))
	assert.Equal(t, "Library", eval[string](b, `document.querySelector("main h1").innerText`))
	b.do(chromedp.Click(chromedp.ID("nav-settings")))
	b.waitFor(`location.pathname === "/settings" && !!document.getElementById("aliases")`, 10*time.Second)

	eval[bool](b, `(history.back(), true)`)
	b.waitFor(`location.pathname === "/library" && !!document.getElementById("library")`, 10*time.Second)
	eval[bool](b, `(history.back(), true)`)
	b.waitFor(`location.pathname === "/" && `+jsReportText+` === `+jsString(seed), 10*time.Second)
	assert.Equal(t, seed, eval[string](b, `document.getElementById("report-input").value`), "the report is as it was")
	eval[bool](b, `(history.forward(), true)`)
	b.waitFor(`location.pathname === "/library" && !!document.getElementById("library")`, 10*time.Second)

	// Open from the Library: the report's own address.
	b.do(chromedp.Click(chromedp.CSS("#library .open")))
	b.waitFor(`location.hash.startsWith("#report=") && `+jsReportText+` === `+jsString(seed), 10*time.Second)
	hash := eval[string](b, `location.hash`)

	// Rename: the box gets the focus.
	libraryCount(b)
	b.do(chromedp.Click(chromedp.CSS("#library .rename-btn")))
	b.waitFor(`document.activeElement && document.activeElement.classList.contains("rename-input")`, 5*time.Second)

	// A reload stays on the Library; offline too, and Settings and #report=.
	b.reload()
	b.waitFor(`!!document.getElementById("library")`, 10*time.Second)
	eval[bool](b, `navigator.serviceWorker.ready.then(() => true)`)
	b.waitFor(`!!navigator.serviceWorker.controller`, 20*time.Second)
	srv.Stop()
	b.open(srv.URL + "/settings")
	b.waitFor(`!!document.getElementById("aliases")`, 10*time.Second)
	eval[bool](b, `sessionStorage.clear() || true`)
	b.open(srv.URL + "/" + hash)
	b.waitFor(jsReportText+` === `+jsString(seed), 10*time.Second)
	b.open(srv.URL + "/library")
	b.waitFor(`!!document.getElementById("library")`, 10*time.Second)
}

// TestOneEntryAndLanguages: typing a report sentence by sentence, and
// adding to it later, makes one Library entry; French and Arabic are named,
// laid out in their direction, and not saved unasked.
func TestOneEntryAndLanguages(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	seed := seedReport(t)
	lines := strings.SplitAfter(seed, "\n")
	typed := ""
	for _, l := range lines[:4] {
		typed += l
		b.typeReport(typed)
		b.waitFor(jsReportText+` === `+jsString(typed)+` && !document.getElementById("progress")`, 20*time.Second)
		time.Sleep(300 * time.Millisecond)
	}
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 10*time.Second)
	time.Sleep(500 * time.Millisecond)
	assert.Equal(t, 1, libraryCount(b), "one report, one entry")
	b.do(chromedp.Click(chromedp.CSS("#library .open")))
	b.waitFor(jsReportText+` === `+jsString(typed), 10*time.Second)
	typed += "The talks will resume on Monday, officials said.\n"
	b.typeReport(typed)
	b.waitFor(jsReportText+` === `+jsString(typed)+` && !document.getElementById("progress")`, 20*time.Second)
	time.Sleep(500 * time.Millisecond)
	assert.Equal(t, 1, libraryCount(b), "an edit updates the entry")

	for _, c := range []struct{ name, text, lang, dir string }{
		{"French", "Les négociations entre le Liban et Israël ont repris mardi à Washington, selon des sources diplomatiques. " +
			"Le Premier ministre a déclaré que la délégation ne signera pas un accord qui ne garantit pas le retrait des forces.", "French", "ltr"},
		{"Arabic", "استؤنفت المفاوضات بين لبنان وإسرائيل يوم الثلاثاء في واشنطن، وفقا لمصادر دبلوماسية. وقال رئيس الوزراء إن الوفد لن يوقع اتفاقا لا يضمن انسحاب القوات.", "Arabic", "rtl"},
	} {
		b.do(chromedp.Click(chromedp.ID("nav-analyse")))
		b.waitFor(`!!document.getElementById("report-input")`, 10*time.Second)
		b.typeReport(c.text)
		b.waitFor(jsReportText+` === `+jsString(c.text), 20*time.Second)
		b.waitFor(`!!document.getElementById("language")`, 10*time.Second)
		assert.Contains(t, eval[string](b, `document.getElementById("language").innerText`), c.lang, c.name)
		assert.Contains(t, eval[string](b, `document.getElementById("language").innerText`), "English", c.name)
		assert.Equal(t, c.dir, eval[string](b, `getComputedStyle(document.getElementById("report-view")).direction`), c.name)
		b.waitFor(`!!document.getElementById("save-report")`, 10*time.Second)
		assert.Equal(t, 1, libraryCount(b), "%s is not saved unasked", c.name)
	}
	b.do(chromedp.Click(chromedp.ID("nav-analyse")))
	b.waitFor(`!!document.getElementById("save-report")`, 10*time.Second)
	b.do(chromedp.Click(chromedp.ID("save-report")))
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(2)")`, 10*time.Second)
}

// TestPastedWebPage: a copied web page gives the article, not the page.
func TestPastedWebPage(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.open(srv.URL)
	page, err := os.ReadFile(filepath.Join("..", "app", "htmltext", "testdata", "full-page.html"))
	require.NoError(t, err)
	want, how := htmltext.Article(string(page))
	require.Equal(t, htmltext.Readable, how)
	b.pasteHTML(string(page))
	b.waitFor(jsReportText+` === `+jsString(want), 20*time.Second)
	assert.NotContains(t, eval[string](b, jsReportText), "cookies")
	b.waitFor(`!!document.getElementById("paste-note")`, 5*time.Second)
	res, err := core.Analyze(want)
	require.NoError(t, err)
	b.waitFor(fmt.Sprintf(`document.querySelectorAll("#parties li.party").length === %d`, len(res.Actors)), 10*time.Second)
}

// TestPhoneMapFirst: at 390 px the map is there at once, and an item's
// evidence opens the report at it.
func TestPhoneMapFirst(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(3), chromedp.EmulateMobile))
	b.open(srv.URL)
	b.do(chromedp.Click(chromedp.ID("example")))
	b.waitFor(`document.querySelectorAll("#parties li.party").length > 0`, 20*time.Second)
	top := eval[float64](b, `document.getElementById("parties").getBoundingClientRect().top`)
	assert.Less(t, top, eval[float64](b, `innerHeight`), "the Parties panel is on the first screen")
	want, err := core.Analyze(seedReport(t))
	require.NoError(t, err)
	s := want.Stances[len(want.Stances)-1]
	b.do(chromedp.Click(chromedp.CSS(`#stances button[data-target="` + s.ID + `"]`)))
	b.waitFor(`document.getElementById("result").dataset.pane === "report"`, 5*time.Second)
	b.waitFor(`document.querySelectorAll('#report-view .flash').length > 0`, 5*time.Second)
	time.Sleep(800 * time.Millisecond) // the smooth scroll
	r := eval[[]float64](b, `(() => { const r = document.querySelector('#report-view [data-ev~="`+s.ID+`"]').getBoundingClientRect(); return [r.top, r.bottom] })()`)
	assert.GreaterOrEqual(t, r[0], 0.0)
	assert.LessOrEqual(t, r[1], eval[float64](b, `innerHeight`), "the evidence is on screen")
	b.do(chromedp.Click(chromedp.ID("pane-map")))
	b.waitFor(`document.getElementById("result").dataset.pane === "map"`, 5*time.Second)
}
