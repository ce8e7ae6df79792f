//go:build !js

package e2e

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// watchViolations records every Content-Security-Policy violation and every
// hit of a payload's PWN in each document the tab opens from now on.
func (b *browser) watchViolations() {
	b.t.Helper()
	js := `window.__csp = []; window.__pwned = 0;
		document.addEventListener("securitypolicyviolation", e => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`
	_, err := chromedp.Run(b.ctx, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js})
		return chromedp.Void{}, err
	})
	require.NoError(b.t, err)
}

func xssPayloads(t *testing.T) []string {
	f, err := os.Open(filepath.Join("testdata", "xss-payloads.txt"))
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.ReplaceAll(line, "PWN", "window.__pwned++"))
	}
	require.NoError(t, sc.Err())
	require.GreaterOrEqual(t, len(out), 40)
	return out
}

// TestStrictPage runs the app under its Content-Security-Policy with no
// violation logged, and shows that the policy is really enforced.
func TestStrictPage(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.watchViolations()
	b.open(srv.URL)
	csp := eval[string](b, `document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`)
	assert.Contains(t, csp, "'wasm-unsafe-eval'")
	assert.Equal(t, "no-referrer", eval[string](b, `document.querySelector('meta[name="referrer"]').content`))

	b.do(chromedp.Click(chromedp.ID("example")))
	b.waitFor(`document.querySelectorAll("#parties li.party").length > 0`, 20*time.Second)
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(`!!document.querySelector("#library li.report")`, 5*time.Second)
	eval[bool](b, `navigator.serviceWorker.ready.then(() => true)`)
	b.reload()
	assert.Empty(t, eval[[]string](b, `window.__csp`), "the app runs under its policy with no violation")

	// The embed view too (opened by itself here; partner pages frame it).
	b.open(srv.URL + "/embed")
	b.waitFor(`!!document.getElementById("e-standalone")`, 10*time.Second)
	assert.Contains(t, eval[string](b, `document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`), "default-src 'self'")
	assert.Empty(t, eval[[]string](b, `window.__csp`), "the embed view runs under the policy with no violation")
	b.open(srv.URL)

	// The policy is enforced: an inline script planted in the page is refused.
	eval[bool](b, `(() => { const s = document.createElement("script"); s.textContent = "window.__pwned++";
		document.body.appendChild(s); return true })()`)
	b.waitFor(`window.__csp.length > 0`, 5*time.Second)
	assert.Equal(t, 0, eval[int](b, `window.__pwned`))
	assert.Contains(t, eval[[]string](b, `window.__csp`)[0], "script-src")
}

// TestXSSPayloads pastes each known payload as HTML and types it as text:
// none runs, and the text is shown as text.
func TestXSSPayloads(t *testing.T) {
	srv := startServer(t, distDir(t))
	b := newBrowser(t)
	b.watchViolations()
	b.open(srv.URL)
	payloads := xssPayloads(t)
	for i, p := range payloads {
		b.pasteHTML("<p>Talks resumed, the union said.</p>" + p)
		b.typeReport("Report " + string(rune('A'+i%26)) + ": " + p + "\nThe union said it rejected the offer.")
		b.waitFor(`!!document.getElementById("report-view") && document.getElementById("report-view").textContent.startsWith("Report `+string(rune('A'+i%26))+`")`, 10*time.Second)
		n := eval[int](b, `document.querySelectorAll("#report-view *:not(span)").length`)
		assert.Equal(t, 0, n, "payload %d rendered as markup: %s", i, p)
	}
	time.Sleep(500 * time.Millisecond)
	assert.Equal(t, 0, eval[int](b, `window.__pwned`), "no payload ran")
	recordFigure(t, "xss_payloads", len(payloads)*2)
}
