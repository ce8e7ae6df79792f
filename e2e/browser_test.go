//go:build !js

// Package e2e drives the built static site in a real headless Chromium
// (Debian's chromium) with chromedp: service worker, localStorage and
// offline mode are the browser's own.
package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"parley/wasm/site"
)

// distDir is the built site: PARLEY_DIST (set by make test) or ../dist.
func distDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("PARLEY_DIST")
	if dir == "" {
		dir = filepath.Join("..", "dist")
	}
	_, err := os.Stat(filepath.Join(dir, "web", "app.wasm"))
	if err != nil && os.Getenv("PARLEY_E2E") == "" {
		t.Skip("no built site in " + dir + ": run `make test` (it builds the site and sets PARLEY_E2E=1)")
	}
	require.NoError(t, err, "the built site is missing: run `make build`")
	return dir
}

func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("PARLEY_E2E") == "" {
		t.Skip("chromium is not installed: `make test` installs it")
	}
	t.Fatal("chromium is not installed: run `apt-get install -y chromium` (make test does)")
	return ""
}

// server serves a site folder on 127.0.0.1 until stopped.
type server struct {
	URL  string
	srv  *http.Server
	ln   net.Listener
	addr string
}

func startServer(t *testing.T, dir string) *server {
	t.Helper()
	return startOn(t, site.SiteHandler(dir), "127.0.0.1")
}

// startOn serves h on 127.0.0.1 and names it with host (e.g. "localhost").
func startOn(t *testing.T, h http.Handler, host string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	s := &server{ln: ln, addr: ln.Addr().String(), URL: "http://" + host + ":" + port}
	s.srv = &http.Server{Handler: h}
	go s.srv.Serve(ln)
	t.Cleanup(s.Stop)
	return s
}

// Stop closes the server: the next requests to its address are refused.
func (s *server) Stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	s.srv.Shutdown(ctx)
}

// browser is one Chromium with its own fresh profile.
type browser struct {
	t   *testing.T
	ctx context.Context
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	return newBrowserIn(t, t.TempDir())
}

// newBrowserBlockingStorage is a browser with the reader's setting "Block
// third-party cookies" on, as incognito windows, Brave and privacy-minded
// readers have it: a cross-site frame gets no localStorage, IndexedDB or
// service worker.
func newBrowserBlockingStorage(t *testing.T) *browser {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "Default"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Default", "Preferences"),
		[]byte(`{"profile":{"cookie_controls_mode":1,"block_third_party_cookies":true,"content_settings":{"exceptions":{"cookies":{"http://127.0.0.1:*,*":{"setting":2}}}}}}`), 0o644))
	return newBrowserIn(t, dir)
}

func newBrowserIn(t *testing.T, profile string) *browser {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
	)
	if f := os.Getenv("PARLEY_JS_FLAGS"); f != "" { // experiments: V8 flags
		opts = append(opts, chromedp.Flag("js-flags", f))
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return &browser{t: t, ctx: ctx}
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	require.NoError(b.t, chromedp.Do(b.ctx, steps...))
}

// eval runs JavaScript and returns its value.
func eval[T any](b *browser, js string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	require.NoError(b.t, err, js)
	return v
}

// waitFor polls a JavaScript condition until it is true.
// A page that navigates (a reload the app asked for) drops the polling
// expression's context; polling starts again in the new document.
func (b *browser) waitFor(cond string, d time.Duration) {
	b.t.Helper()
	deadline := time.Now().Add(d)
	for {
		_, err := chromedp.Run(b.ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(time.Until(deadline))))
		if err == nil {
			return
		}
		if time.Now().Before(deadline) && strings.Contains(err.Error(), "context") {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		require.NoError(b.t, err, "waiting for %s", cond)
	}
}

// open loads the app and waits until the wasm app runs (go-app prerenders
// the page, so DOM ids exist before the wasm starts).
func (b *browser) open(url string) {
	b.t.Helper()
	b.do(chromedp.Navigate(url))
	b.waitReady()
}

func (b *browser) waitReady() {
	b.t.Helper()
	b.waitFor(`document.documentElement.dataset.wasm === "ready"`, 60*time.Second)
}

func (b *browser) reload() {
	b.t.Helper()
	b.do(chromedp.Reload())
	b.waitReady()
}

// typeReport puts text in the report box as a plain-text paste or typing
// does: the value changes and an input event fires.
func (b *browser) typeReport(text string) {
	b.t.Helper()
	eval[bool](b, fmt.Sprintf(`(() => { const t = document.getElementById("report-input");
		t.focus(); t.value = %s; t.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, jsString(text)))
}

// pasteHTML fires a real paste event carrying text/html, as a copy from a
// web page does.
func (b *browser) pasteHTML(html string) {
	b.t.Helper()
	eval[bool](b, fmt.Sprintf(`(() => { const t = document.getElementById("report-input"); t.focus();
		const dt = new DataTransfer(); dt.setData("text/html", %s); dt.setData("text/plain", "");
		t.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true})); return true })()`, jsString(html)))
}

func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x2028 || r == 0x2029 || r == 0xFFFD:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func outputDir(t *testing.T) string {
	dir := filepath.Join("..", "test-output")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}
