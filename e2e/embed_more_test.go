//go:build !js

package e2e

import (
	"io"
	"net/http"
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

// TestEmbedBlockedStorage: with storage denied to the cross-site panel
// (the reader blocks cookies for Parley's site in third-party frames), the
// panel still reads the article: no storage, no service worker.
func TestEmbedBlockedStorage(t *testing.T) {
	parley := startServer(t, distDir(t))
	partner := startOn(t, servePages(partnerPages(t, parley.URL)), "localhost")
	b := newBrowserBlockingStorage(t)
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	ms := pressButton(t, b)
	t.Logf("storage blocked: button press -> results on screen: %.0f ms", ms)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-party").length > 0`, 10*time.Second)
	// The browser denies the frame its storage: window.localStorage is
	// Parley's in-memory stand-in, not the browser's.
	assert.True(t, frameEval[bool](f, `!!Object.getOwnPropertyDescriptor(window, "localStorage").value`), "storage was denied and stood in for")
	assert.True(t, frameEval[bool](f, `navigator.serviceWorker.getRegistration().then(r => !r, () => true)`), "no service worker")
	want, err := core.Analyze(partnerText(t))
	require.NoError(t, err)
	var parties []string
	for _, a := range want.Actors {
		parties = append(parties, a.ID)
	}
	assert.Equal(t, parties, frameEval[[]string](f, `[...document.querySelectorAll(".e-party")].map(e => e.dataset.actor)`))
	assert.Equal(t, len(want.Stances), frameEval[int](f, `document.querySelectorAll(".e-stance").length`))
}

// key presses a key in whatever has the focus (the page routes it to the
// focused frame).
func key(b *browser, k string, shift bool) {
	b.t.Helper()
	mods := chromedp.ModifierNone
	if shift {
		mods = chromedp.ModifierShift
	}
	b.do(chromedp.KeyEvent(k, chromedp.KeyModifiers(mods)))
	time.Sleep(100 * time.Millisecond)
}

// TestEmbedKeyboard: the panel takes the focus when it opens, Tab walks its
// items and comes back round by ×, Escape closes it and gives the focus
// back to the button.
func TestEmbedKeyboard(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	b.waitFor(`!!document.querySelector("parley-embed")`, 20*time.Second)
	eval[bool](b, `(() => { window.__parley = null; `+jsStory+`.addEventListener("parley:result", e => window.__parley = e.detail); `+jsButton+`.focus(); return true })()`)
	key(b, "\r", false)
	b.waitFor(`window.__parley !== null`, 60*time.Second)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.activeElement && document.activeElement.classList.contains("e-item")`, 10*time.Second)
	n := frameEval[int](f, `document.querySelectorAll("#embed button:not([disabled]), #embed a[href]").length`)
	require.Greater(t, n, 3)
	active := `(() => { const a = document.activeElement, all = [...document.querySelectorAll("#embed button:not([disabled]), #embed a[href]")]; return all.indexOf(a) })()`
	assert.Equal(t, 0, frameEval[int](f, active), "the first item has the focus")
	key(b, "\t", false)
	assert.Equal(t, 1, frameEval[int](f, active), "Tab walks the items")
	for i := 2; i < n; i++ {
		key(b, "\t", false)
	}
	assert.Equal(t, n-1, frameEval[int](f, active))
	xFocused := `document.querySelectorAll("parley-embed")[1].shadowRoot.activeElement === document.querySelectorAll("parley-embed")[1].shadowRoot.querySelector(".x")`
	key(b, "\t", false)
	b.waitFor(xFocused, 5*time.Second)
	key(b, "\t", false)
	f.waitFor(`document.hasFocus() && document.activeElement.classList.contains("e-item")`, 5*time.Second)
	assert.Equal(t, 0, frameEval[int](f, active), "round again to the first item")
	key(b, "\t", true)
	b.waitFor(xFocused, 5*time.Second)
	key(b, "\t", true)
	f.waitFor(`document.hasFocus()`, 5*time.Second)
	assert.Equal(t, n-1, frameEval[int](f, active), "Shift+Tab from × goes to the last item")
	key(b, "\u001b", false)
	b.waitFor(`document.querySelectorAll("parley-embed")[1].shadowRoot.querySelector(".p").hidden`, 5*time.Second)
	b.waitFor(`document.querySelector("parley-embed").shadowRoot.activeElement === `+jsButton, 5*time.Second)
}

// TestEmbedPhoneSheet: on a phone a clicked item's evidence is scrolled to
// above the bottom sheet, where the reader can see it.
func TestEmbedPhoneSheet(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.EmulateViewport(390, 800, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	pressButton(t, b)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-stance").length > 0`, 10*time.Second)
	want, err := core.Analyze(partnerText(t))
	require.NoError(t, err)
	fr := rectOf(b, jsFrame)
	highlighted := `[...CSS.highlights.get("parley")]`
	for _, s := range []core.Stance{want.Stances[0], want.Stances[len(want.Stances)-1]} {
		sel := `document.querySelector('[data-target="` + s.ID + `"]')`
		f.eval(`(() => { ` + sel + `.scrollIntoView({block: "center"}); return [] })()`)
		x, y := rectOf(f, sel).center()
		b.do(chromedp.MouseClickXY(fr.X+x, fr.Y+y))
		b.waitFor(`CSS.highlights.has("parley")`, 5*time.Second)
		time.Sleep(900 * time.Millisecond) // the smooth scroll
		r := eval[[]float64](b, `(() => { const r = `+highlighted+`[0].getBoundingClientRect(); return [r.top, r.bottom] })()`)
		assert.GreaterOrEqual(t, r[0], 0.0, "%s: below the top", s.ID)
		if r[1]-r[0] < fr.Y-16 {
			assert.LessOrEqual(t, r[1], fr.Y, "%s: above the sheet (%v, sheet at %.0f)", s.ID, r, fr.Y)
		} else { // taller than what the sheet leaves: from its start
			assert.Less(t, r[0], 20.0, "%s: starts at the top (%v, sheet at %.0f)", s.ID, r, fr.Y)
		}
	}
}

// TestEmbedRootScript: the script is served at /embed.js, as promised to
// partners, and at /web/embed.js as before; a page with the root URL works.
func TestEmbedRootScript(t *testing.T) {
	parley := startServer(t, distDir(t))
	get := func(p string) []byte {
		r, err := http.Get(parley.URL + p)
		require.NoError(t, err)
		defer r.Body.Close()
		require.Equal(t, 200, r.StatusCode, p)
		assert.Contains(t, r.Header.Get("Content-Type"), "javascript", p)
		b, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		return b
	}
	src, err := os.ReadFile(filepath.Join("..", "web", "embed.js"))
	require.NoError(t, err)
	assert.Equal(t, src, get("/embed.js"))
	assert.Equal(t, src, get("/web/embed.js"))
	pages := partnerPages(t, parley.URL)
	pages["/root.html"] = strings.Replace(pages["/partner.html"], parley.URL+"/web/embed.js", parley.URL+"/embed.js", 1)
	partner := startOn(t, servePages(pages), "localhost")
	b := newBrowser(t)
	b.do(chromedp.Navigate(partner.URL + "/root.html"))
	pressButton(t, b)
}
