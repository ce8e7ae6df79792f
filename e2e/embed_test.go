//go:build !js

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

// The embed tests put the partner page and Parley on different origins, as
// in real life: Parley's built site on 127.0.0.1:<p1>, the partner's pages
// (web/demo, with the script src pointing at Parley) on localhost:<p2>, and
// a hostile third frame on 127.0.0.1:<p3>.

// partnerPages are the demo pages with the script served by Parley, plus
// the edge cases: no target, an empty article, two tags, a late article, the
// <mark> fallback.
func partnerPages(t *testing.T, parleyURL string) map[string]string {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "web", "demo", name))
		require.NoError(t, err)
		s := strings.Replace(string(b), `src="/web/embed.js"`, `src="`+parleyURL+`/web/embed.js"`, 1)
		require.Contains(t, s, parleyURL+"/web/embed.js")
		return s
	}
	partner := read("partner.html")
	tag := partner[strings.Index(partner, "<script src="):]
	tag = tag[:strings.Index(tag, "</script>")+len("</script>")]
	start, end := strings.Index(partner, `<article id="story">`), strings.Index(partner, "</article>")
	withArticle := func(body string) string {
		return partner[:start] + `<article id="story">` + body + partner[end:]
	}
	return map[string]string{
		"/partner.html":      partner,
		"/long-article.html": read("long-article.html"),
		"/mark.html":         strings.Replace(partner, "<script src=", `<script data-parley-highlight="mark" src=`, 1),
		"/options.html": strings.Replace(partner, "<script src=",
			`<script data-parley-open data-parley-theme="dark" data-parley-position="bottom" data-parley-label="Who is negotiating?" src=`, 1),
		"/missing.html": strings.Replace(partner, `data-parley-article="#story"`, `data-parley-article="#no-such-story"`, 1),
		"/empty.html":   withArticle("\n   \n"),
		"/bare.html":    strings.Replace(partner, tag, "", 1),
		"/huge.html":    withArticle(strings.Repeat(partner[start+len(`<article id="story">`):end], embedMax/len(partnerText(t))+1)),
		"/twice.html":   strings.Replace(partner, tag, tag+"\n"+tag, 1),
		"/late.html": withArticle("") + `<script>setTimeout(() => {
			const a = document.getElementById("story");
			for (const p of ` + jsString(partnerText(t)) + `.split("\n\n")) { const e = document.createElement("p"); e.textContent = p; a.append(e) }
			Parley.analyze(a);
		}, 300)</script>`,
	}
}

// partnerText is what embed.js sends for partner.html: the seed report's
// paragraphs, a blank line apart (the markup inside them adds no text).
func partnerText(t *testing.T) string {
	var paras []string
	for _, p := range strings.Split(seedReport(t), "\n") {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, strings.TrimSpace(p))
		}
	}
	return strings.Join(paras, "\n\n")
}

func servePages(pages map[string]string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, p)
	})
}

// console collects the console messages of one target.
type console struct {
	mu   sync.Mutex
	msgs []string
}

func listenConsole(t *testing.T, ctx context.Context) *console {
	c := &console{}
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`))
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, string(e.Type)+": "+strings.Join(parts, " "))
			c.mu.Unlock()
		}
	}))
	return c
}

func (c *console) has(sub string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, m := range c.msgs {
		if strings.Contains(m, sub) {
			return true
		}
	}
	return false
}

func (c *console) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.msgs, "\n")
}

const (
	jsButton = `document.querySelector("parley-embed").shadowRoot.querySelector("button")`
	jsFrame  = `document.querySelectorAll("parley-embed")[1].shadowRoot.querySelector("iframe")`
	jsStory  = `document.getElementById("story")`
)

type rect struct{ X, Y, W, H float64 }

func (r rect) center() (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

func rectOf[T interface{ *browser | *frame }](b T, js string) rect {
	var v []float64
	switch x := any(b).(type) {
	case *browser:
		v = eval[[]float64](x, `(() => { const r = (`+js+`).getBoundingClientRect(); return [r.x, r.y, r.width, r.height] })()`)
	case *frame:
		v = x.eval(`(() => { const r = (` + js + `).getBoundingClientRect(); return [r.x, r.y, r.width, r.height] })()`)
	}
	return rect{v[0], v[1], v[2], v[3]}
}

// frame is the Parley iframe, a target of its own (another site).
type frame struct {
	t       *testing.T
	ctx     context.Context
	console *console
}

func (f *frame) eval(js string) []float64 {
	f.t.Helper()
	v, err := chromedp.Run(f.ctx, chromedp.Evaluate[[]float64](js))
	require.NoError(f.t, err, js)
	return v
}

func frameEval[T any](f *frame, js string) T {
	f.t.Helper()
	v, err := chromedp.Run(f.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	require.NoError(f.t, err, js)
	return v
}

func (f *frame) waitFor(cond string, d time.Duration) {
	f.t.Helper()
	_, err := chromedp.Run(f.ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(d)))
	require.NoError(f.t, err, "waiting in the Parley frame for %s", cond)
}

// attachFrame finds the Parley iframe's target and attaches to it.
func attachFrame(t *testing.T, b *browser, parleyURL string) *frame {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(b.ctx)
		require.NoError(t, err)
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, parleyURL+"/embed") {
				ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				f := &frame{t: t, ctx: ctx}
				_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`true`))
				require.NoError(t, err)
				f.console = listenConsole(t, ctx)
				return f
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the Parley iframe never appeared as a target")
	return nil
}

// pressButton clicks the partner page's "Who stands where" button with the
// mouse and returns when Parley reports results; it returns the time from
// the press to results on screen, as embed.js measures it.
func pressButton(t *testing.T, b *browser) float64 {
	t.Helper()
	b.waitFor(`!!document.querySelector("parley-embed")`, 20*time.Second)
	eval[bool](b, `(() => { window.__parley = null; `+jsStory+`.addEventListener("parley:result", e => window.__parley = e.detail); return true })()`)
	x, y := rectOf(b, jsButton).center()
	b.do(chromedp.MouseClickXY(x, y))
	b.waitFor(`window.__parley !== null`, 60*time.Second)
	require.Equal(t, "result", eval[string](b, `window.__parley.type`), eval[string](b, `window.__parley.message || ""`))
	return eval[float64](b, `window.__parley.ms`)
}

// hover moves the real mouse over a panel item (inside the cross-site frame).
func hover(t *testing.T, b *browser, f *frame, target string) {
	t.Helper()
	fr := rectOf(b, jsFrame)
	sel := `document.querySelector('[data-target="` + target + `"]')`
	f.eval(`(() => { ` + sel + `.scrollIntoView({block: "center"}); return [] })()`)
	it := rectOf(f, sel)
	x, y := it.center()
	b.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, fr.X+x, fr.Y+y))
}

// unhover moves the mouse off the items, onto the panel's own header (in
// headless Chromium, leaving a cross-site frame fires no mouseleave inside it).
func unhover(t *testing.T, b *browser, f *frame) {
	t.Helper()
	fr := rectOf(b, jsFrame)
	f.eval(`(() => { scrollTo(0, 0); return [] })()`)
	x, y := rectOf(f, `document.querySelector(".e-top")`).center()
	b.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, fr.X+x, fr.Y+y))
}

func TestEmbedPartnerPage(t *testing.T) {
	dist := distDir(t)
	parley := startServer(t, dist)
	partner := startOn(t, servePages(partnerPages(t, parley.URL)), "localhost")
	// A third-origin frame (an ad, say) on the partner page: it cannot even
	// reach Parley's frame (iframes in shadow trees are not in window.frames),
	// and what it posts to the page is ignored.
	evil := startOn(t, servePages(map[string]string{"/evil.html": `<!doctype html><script>
		for (let i = 0; i < parent.frames.length; i++) if (parent.frames[i] !== window) {
			const ch = new MessageChannel();
			parent.frames[i].postMessage({type: "parley:connect"}, "*", [ch.port2]);
			ch.port1.postMessage({type: "analyze", text: "Iran rejected the offer."});
		}
		parent.postMessage({type: "highlight", start: 0, end: 40}, "*");
		parent.postMessage({type: "parley:ready"}, "*");
		parent.postMessage({type: "result", parties: 99}, "*");
		parent.postMessage({type: "done", frames: parent.frames.length}, "*");
	</script>`}), "127.0.0.1")
	b := newBrowser(t)

	// The reader has used Parley before: there is data in Parley's storage.
	b.open(parley.URL)
	eval[bool](b, `(localStorage.setItem("parley:test-secret", "the reader's notes"), true)`)

	pc := listenConsole(t, b.ctx)
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	before := eval[string](b, jsStory+`.innerHTML`)
	ms := pressButton(t, b)
	t.Logf("button press -> results on screen (seed report, %d bytes): %.0f ms", len(partnerText(t)), ms)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-party").length > 0`, 10*time.Second)

	// The panel shows what core finds in the text the script sends.
	want, err := core.Analyze(partnerText(t))
	require.NoError(t, err)
	var wantParties, wantStances, wantProps []string
	for _, a := range want.Actors {
		wantParties = append(wantParties, a.ID)
	}
	for _, s := range want.Stances {
		wantStances = append(wantStances, s.ID+"|"+s.Actor+"|"+string(s.Type))
	}
	for _, p := range want.Proposals {
		wantProps = append(wantProps, p.ID+"|"+p.Proposer+"|"+string(p.Status))
	}
	require.NotEmpty(t, wantStances)
	require.NotEmpty(t, wantProps)
	assert.Equal(t, wantParties, frameEval[[]string](f, `[...document.querySelectorAll(".e-party")].map(e => e.dataset.actor)`))
	assert.ElementsMatch(t, wantStances, frameEval[[]string](f, `[...document.querySelectorAll(".e-stance")].map(e => e.dataset.id + "|" + e.dataset.actor + "|" + e.dataset.type)`))
	assert.Equal(t, wantProps, frameEval[[]string](f, `[...document.querySelectorAll(".e-proposal")].map(e => e.dataset.id + "|" + e.dataset.proposer + "|" + e.dataset.status)`))
	panel := frameEval[string](f, `document.getElementById("e-result").innerText`)
	for _, a := range want.Actors {
		assert.Contains(t, panel, a.Name)
	}
	for _, p := range want.Proposals {
		assert.Contains(t, panel, p.Content)
	}

	// Hovering an item highlights its evidence in the partner's article,
	// with the CSS Custom Highlight API here: the DOM is not touched at all.
	highlighted := `(CSS.highlights.has("parley") ? [...CSS.highlights.get("parley")].map(r => r.toString()).join("") : "")`
	for _, s := range want.Stances[:3] {
		hover(t, b, f, s.ID)
		b.waitFor(highlighted+` !== ""`, 5*time.Second)
		assert.Equal(t, s.Evidence.Text, eval[string](b, highlighted), "evidence of %s", s.ID)
		assert.Equal(t, before, eval[string](b, jsStory+`.innerHTML`))
	}
	// The evidence that crosses the partner's own <strong> and <a> markup.
	for _, s := range want.Stances {
		if strings.Contains(s.Evidence.Text, "Marco Rubio") {
			hover(t, b, f, s.ID)
			b.waitFor(highlighted+` === `+jsString(s.Evidence.Text), 5*time.Second)
		}
	}
	p0 := want.Proposals[0]
	hover(t, b, f, p0.ID)
	b.waitFor(highlighted+` === `+jsString(p0.Evidence.Text), 5*time.Second)

	// The screenshot for docs/embed.md: the panel open at its top, the first
	// stance lit in the article.
	f.eval(`(() => { scrollTo(0, 0); return [] })()`)
	fr0 := rectOf(b, jsFrame)
	sx, sy := rectOf(f, `document.querySelector('[data-target="`+want.Stances[0].ID+`"]')`).center()
	b.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, fr0.X+sx, fr0.Y+sy))
	b.waitFor(highlighted+` === `+jsString(want.Stances[0].Evidence.Text), 5*time.Second)
	shot, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join("..", "docs"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(outputDir(t), "embed.png"), shot, 0o644))

	unhover(t, b, f)
	b.waitFor(highlighted+` === ""`, 5*time.Second)
	assert.Equal(t, before, eval[string](b, jsStory+`.innerHTML`), "the partner's DOM is as before")

	// The partner page cannot read the reader's data.
	assert.Empty(t, eval[[]string](b, `Object.keys(localStorage).filter(k => k.startsWith("parley:"))`))
	assert.Equal(t, "SecurityError", eval[string](b, `(() => { try { `+jsFrame+`.contentWindow.localStorage; return "readable" } catch (e) { return e.name } })()`))
	assert.Equal(t, "SecurityError", eval[string](b, `(() => { try { return `+jsFrame+`.contentDocument ? "readable" : "SecurityError" } catch (e) { return e.name } })()`))
	// The panel itself keeps nothing: its storage (partitioned under the
	// partner's site) is empty, and the reader's Library is not in it.
	assert.Equal(t, 0, frameEval[int](f, `localStorage.length`))

	// Messages from a foreign frame change nothing and are warned about.
	items := frameEval[string](f, `document.getElementById("e-result").innerText`)
	eval[bool](b, `(() => { window.__evil = null; addEventListener("message", e => { if (e.data && e.data.type === "done") window.__evil = e.data.frames });
		const i = document.createElement("iframe"); i.src = `+jsString(evil.URL+"/evil.html")+`; i.style.display = "none"; document.body.append(i); return true })()`)
	b.waitFor(`window.__evil !== null`, 10*time.Second)
	assert.Equal(t, 1, eval[int](b, `window.__evil`), "the foreign frame sees only itself in window.frames")
	// The partner page itself is the parent: it can post to Parley's frame,
	// but neither a second port nor a plain window message is accepted.
	eval[bool](b, `(() => { const w = `+jsFrame+`.contentWindow, ch = new MessageChannel();
		w.postMessage({type: "parley:connect"}, "*", [ch.port2]);
		ch.port1.postMessage({type: "analyze", text: "Iran rejected the offer."});
		w.postMessage({type: "analyze", text: "Iran rejected the offer."}, "*");
		w.postMessage("<img src=x onerror=alert(1)>", "*");
		return true })()`)
	assert.Eventually(t, func() bool { return pc.has("ignored a foreign message") }, 5*time.Second, 100*time.Millisecond, pc.String())
	assert.Eventually(t, func() bool { return f.console.has("already connected") && f.console.has("not for Parley") }, 5*time.Second, 100*time.Millisecond, f.console.String())
	time.Sleep(time.Second)
	assert.Equal(t, items, frameEval[string](f, `document.getElementById("e-result").innerText`), "the view did not change")
	assert.Equal(t, "", eval[string](b, highlighted))
	assert.Equal(t, before, eval[string](b, jsStory+`.innerHTML`))

	// "Open in Parley" hands the report to a new top-level Parley tab, which
	// saves it in the reader's own Library.
	fr := rectOf(b, jsFrame)
	f.eval(`(() => { document.getElementById("open-in-parley").scrollIntoView(); return [] })()`)
	x, y := rectOf(f, `document.getElementById("open-in-parley")`).center()
	b.do(chromedp.MouseClickXY(fr.X+x, fr.Y+y))
	var tab context.Context
	require.Eventually(t, func() bool {
		infos, err := chromedp.Targets(b.ctx)
		if err != nil {
			return false
		}
		for _, info := range infos {
			if info.Type == "page" && strings.HasPrefix(info.URL, parley.URL+"/#report=") {
				ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				tab = ctx
				return true
			}
		}
		return false
	}, 30*time.Second, 200*time.Millisecond, "no Parley tab with the report")
	_, err = chromedp.Run(tab, chromedp.Poll[bool](`document.documentElement.dataset.wasm === "ready" && /Library \(\d+\)/.test(document.getElementById("nav-library").innerText)`,
		chromedp.WithPollingTimeout(30*time.Second)))
	require.NoError(t, err)
	titles, err := chromedp.Run(tab, chromedp.Evaluate[string](`Object.keys(localStorage).filter(k => k.startsWith("parley:")).join(" ")`))
	require.NoError(t, err)
	assert.Contains(t, titles, "parley:test-secret", "the hand-over tab is Parley's own storage")
	assert.Contains(t, titles, "parley:report:", "the report is in the reader's Library")
	_, err = chromedp.Run(tab, chromedp.Poll[bool](`!!document.getElementById("report-view") && document.getElementById("report-view").textContent.includes("Kiryat Shmona")`,
		chromedp.WithPollingTimeout(30*time.Second)))
	require.NoError(t, err, "the full app opens the handed-over report")
	testEscape(t, b, f)
}

// TestEmbedHandoffAlone: a hand-over tab with nothing to hand over says so,
// with a way on; /embed opened by itself explains what it is.
func TestEmbedHandoffAlone(t *testing.T) {
	dist := distDir(t)
	parley := startServer(t, dist)
	b := newBrowser(t)
	b.open(parley.URL + "/embed#handoff")
	b.waitFor(`(document.getElementById("e-error") || {}).innerText?.includes("lost the page")`, 10*time.Second)
	assert.Equal(t, "/", eval[string](b, `document.querySelector("#e-error a").getAttribute("href")`))
	b.open(parley.URL + "/embed")
	b.waitFor(`!!document.getElementById("e-standalone")`, 10*time.Second)
}

// TestEmbedClickScrollsAndPhone: a click on an item scrolls the article to
// its evidence and keeps it lit; on a phone the panel is a bottom sheet.
func TestEmbedClickScrollsAndPhone(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	pressButton(t, b)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-proposal").length > 0`, 10*time.Second)
	want, err := core.Analyze(partnerText(t))
	require.NoError(t, err)
	last := want.Stances[0]
	for _, s := range want.Stances {
		if s.Evidence.Start > last.Evidence.Start {
			last = s
		}
	}
	require.Zero(t, eval[float64](b, `scrollY`))
	fr := rectOf(b, jsFrame)
	sel := `document.querySelector('[data-target="` + last.ID + `"]')`
	f.eval(`(() => { ` + sel + `.scrollIntoView({block: "center"}); return [] })()`)
	x, y := rectOf(f, sel).center()
	b.do(chromedp.MouseClickXY(fr.X+x, fr.Y+y))
	b.waitFor(`scrollY > 100`, 5*time.Second)
	highlighted := `(CSS.highlights.has("parley") ? [...CSS.highlights.get("parley")].map(r => r.toString()).join("") : "")`
	b.waitFor(highlighted+` === `+jsString(last.Evidence.Text), 5*time.Second)
	// The pointer leaves the item for its party's heading (no other item).
	hx, hy := rectOf(f, sel+`.closest(".e-group").querySelector("h3")`).center()
	b.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, fr.X+hx, fr.Y+hy))
	time.Sleep(500 * time.Millisecond)
	assert.Equal(t, last.Evidence.Text, eval[string](b, highlighted), "a clicked item stays lit")

	// A phone.
	b.do(chromedp.EmulateViewport(390, 800, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	pressButton(t, b)
	fr = rectOf(b, jsFrame)
	assert.InDelta(t, 390, fr.W, 1, "a bottom sheet spans the phone's width")
	assert.Greater(t, fr.Y, 150.0, "and leaves the top of the article visible")
}

func testEscape(t *testing.T, b *browser, f *frame) {
	// Escape in the panel closes it; the page's button opens it again.
	panelHidden := `document.querySelectorAll("parley-embed")[1].shadowRoot.querySelector(".p").hidden`
	require.False(t, eval[bool](b, panelHidden))
	f.eval(`(() => { document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true})); return [] })()`)
	b.waitFor(panelHidden, 5*time.Second)
	assert.Equal(t, "false", eval[string](b, jsButton+`.getAttribute("aria-expanded")`))
}

// TestEmbedScriptBudget: embed.js stays small, plain and unminified.
func TestEmbedScriptBudget(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "web", "embed.js"))
	require.NoError(t, err)
	assert.LessOrEqual(t, len(b), 9000, "embed.js is at most 9 KB (8 KB before the keyboard ring and the phone sheet)")
	assert.Greater(t, strings.Count(string(b), "\n"), 100, "and not minified")
	for _, never := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
		assert.NotContains(t, string(b), never, "no partner text is ever parsed as HTML or code")
	}
}

// TestEmbedOptions: data-parley-open, -theme, -position and -label.
func TestEmbedOptions(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.Navigate(partner.URL + "/options.html"))
	b.waitFor(`!!document.querySelector("parley-embed")`, 20*time.Second)
	assert.Equal(t, "Who is negotiating?", eval[string](b, jsButton+`.textContent`))
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-party").length > 0`, 30*time.Second)
	assert.Equal(t, "dark", frameEval[string](f, `document.documentElement.dataset.theme`))
	assert.Equal(t, "rgb(20, 23, 28)", frameEval[string](f, `getComputedStyle(document.body).backgroundColor`), "the dark theme's background")
	fr := rectOf(b, jsFrame)
	w := eval[float64](b, `innerWidth`)
	h := eval[float64](b, `innerHeight`)
	assert.InDelta(t, w, fr.W, 1, "a bottom sheet spans the width")
	assert.Greater(t, fr.Y, h/4, "and sits at the bottom")
}

// TestEmbedMarkFallback forces the <mark> wrap (browsers without the CSS
// Custom Highlight API) and checks the article's DOM is restored exactly.
func TestEmbedMarkFallback(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.Navigate(partner.URL + "/mark.html"))
	before := eval[string](b, jsStory+`.innerHTML`)
	pc := listenConsole(t, b.ctx)
	defer func() {
		if t.Failed() {
			t.Log(pc.String())
		}
	}()
	nodes := `[...document.querySelectorAll("#story p")].map(p => p.childNodes.length).join(",")`
	beforeNodes := eval[string](b, nodes)
	pressButton(t, b)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-stance").length > 0`, 10*time.Second)
	want, err := core.Analyze(partnerText(t))
	require.NoError(t, err)
	marked := `[...document.querySelectorAll("#story mark[data-parley]")].map(m => m.textContent).join("")`
	for i, s := range want.Stances {
		if !strings.Contains(s.Evidence.Text, "Marco Rubio") && !strings.Contains(s.Evidence.Text, "RED TV") && i > 0 {
			continue
		}
		hover(t, b, f, s.ID)
		b.waitFor(marked+` === `+jsString(s.Evidence.Text), 5*time.Second)
		unhover(t, b, f)
		b.waitFor(`!document.querySelector("#story mark")`, 5*time.Second)
		require.Equal(t, before, eval[string](b, jsStory+`.innerHTML`), "DOM restored after %s", s.ID)
		require.Equal(t, beforeNodes, eval[string](b, nodes), "the split text nodes are merged back")
	}
	// A party: every mention at once, several marks in one text node.
	a := want.Actors[0]
	hover(t, b, f, "a-"+a.ID)
	b.waitFor(`document.querySelectorAll("#story mark[data-parley]").length > 1`, 5*time.Second)
	for _, m := range eval[[]string](b, `[...document.querySelectorAll("#story mark[data-parley]")].map(m => m.textContent)`) {
		found := false
		for _, men := range a.Mentions {
			found = found || men.Text == m
		}
		assert.True(t, found, "%q is a mention of %s", m, a.ID)
	}
	unhover(t, b, f)
	b.waitFor(`!document.querySelector("#story mark")`, 5*time.Second)
	assert.Equal(t, before, eval[string](b, jsStory+`.innerHTML`))
	assert.Equal(t, beforeNodes, eval[string](b, nodes))
}

// TestEmbedPageProblems: no target, an empty article, two tags, an article
// rendered late — a clear console message and no broken layout.
func TestEmbedPageProblems(t *testing.T) {
	_, partner, b := partnerSetup(t)
	pc := listenConsole(t, b.ctx)
	hosts := `document.querySelectorAll("parley-embed").length`

	for _, c := range []struct{ page, msg string }{
		{"/missing.html", "#no-such-story"},
		{"/empty.html", "the article is empty"},
	} {
		b.do(chromedp.Navigate(partner.URL + c.page))
		require.Eventually(t, func() bool { return pc.has(c.msg) }, 10*time.Second, 100*time.Millisecond, pc.String())
		assert.Equal(t, 0, eval[int](b, hosts), c.page)
	}

	// The script adds no global name but Parley.
	globals := `Object.getOwnPropertyNames(window)`
	b.do(chromedp.Navigate(partner.URL + "/bare.html"))
	before := eval[[]string](b, globals)
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	b.waitFor(hosts+` === 2`, 10*time.Second)
	var added []string
	for _, g := range eval[[]string](b, globals) {
		if !slices.Contains(before, g) {
			added = append(added, g)
		}
	}
	assert.Equal(t, []string{"Parley"}, added)

	b.do(chromedp.Navigate(partner.URL + "/twice.html"))
	require.Eventually(t, func() bool { return pc.has("embed.js is loaded twice") }, 10*time.Second, 100*time.Millisecond, pc.String())
	assert.Equal(t, 2, eval[int](b, hosts), "one button and one panel")

	b.do(chromedp.Navigate(partner.URL + "/late.html"))
	b.waitFor(hosts+` === 2`, 10*time.Second)
	ms := pressButton(t, b)
	t.Logf("late article via Parley.analyze: results in %.0f ms", ms)
}

const embedMax = 2 << 20 // ui.EmbedMaxBytes

// TestEmbedHugeArticle: an article over 2 MB is refused in words, in the panel
// and in the parley:result event, without copying it into the panel's app.
func TestEmbedHugeArticle(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.Navigate(partner.URL + "/huge.html"))
	b.waitFor(`!!document.querySelector("parley-embed")`, 30*time.Second)
	require.Greater(t, eval[int](b, jsStory+`.textContent.length`), embedMax)
	eval[bool](b, `(() => { window.__parley = null; `+jsStory+`.addEventListener("parley:result", e => window.__parley = e.detail); return true })()`)
	x, y := rectOf(b, jsButton).center()
	b.do(chromedp.MouseClickXY(x, y))
	b.waitFor(`window.__parley !== null`, 60*time.Second)
	assert.Equal(t, "error", eval[string](b, `window.__parley.type`))
	assert.Contains(t, eval[string](b, `window.__parley.message`), "too long")
	t.Logf("a %d-character article refused %.0f ms after the press", eval[int](b, jsStory+`.textContent.length`), eval[float64](b, `window.__parley.ms`))
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`(document.getElementById("e-error") || {}).innerText?.includes("too long")`, 10*time.Second)
}

// TestEmbedLongArticle measures the press-to-results time on the long demo.
func TestEmbedLongArticle(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.Navigate(partner.URL + "/long-article.html"))
	ms := pressButton(t, b)
	words := eval[int](b, jsStory+`.innerText.split(/\s+/).length`)
	t.Logf("button press -> results on screen (long article, %d words): %.0f ms", words, ms)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-party").length > 5`, 10*time.Second)
	// The panel sits on the left, as data-parley-position asks.
	assert.Less(t, rectOf(b, jsFrame).X, 10.0)
}

// TestEmbedOffline: once the panel has loaded once (Parley's service worker
// installed in the panel's partition), it opens and analyses with Parley's
// server gone.
func TestEmbedOffline(t *testing.T) {
	parley, partner, b := partnerSetup(t)
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	pressButton(t, b)
	f := attachFrame(t, b, parley.URL)
	f.waitFor(`document.querySelectorAll(".e-party").length > 0`, 10*time.Second)
	require.True(t, frameEval[bool](f, `navigator.serviceWorker.ready.then(r => !!r.active)`))
	_, err := chromedp.Run(f.ctx, chromedp.Poll[bool](`caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.match("/embed")))))
		.then(rs => rs.some(r => !!r))`, chromedp.WithPollingTimeout(30*time.Second)))
	require.NoError(t, err, "the service worker caches /embed")

	// The article page is loaded again (embed.js comes from the browser's
	// cache or the partner), then Parley's server goes away.
	b.do(chromedp.Navigate(partner.URL + "/partner.html"))
	b.waitFor(`!!document.querySelector("parley-embed")`, 20*time.Second)
	parley.Stop()
	ms := pressButton(t, b)
	t.Logf("offline: button press -> results on screen: %.0f ms", ms)
}

// partnerSetup serves Parley on 127.0.0.1 and the demo partner pages on
// localhost (two origins), and opens a fresh browser.
func partnerSetup(t *testing.T) (parley, partner *server, b *browser) {
	t.Helper()
	parley = startServer(t, distDir(t))
	partner = startOn(t, servePages(partnerPages(t, parley.URL)), "localhost")
	return parley, partner, newBrowser(t)
}
