//go:build !wasm

package site

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestHardenPage(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	require.NoError(t, err)
	out, err := HardenPage(src)
	require.NoError(t, err)
	doc, err := html.Parse(bytes.NewReader(out))
	require.NoError(t, err)
	head := find(doc, atom.Head)
	require.NotNil(t, head)

	var metas []*html.Node
	for n := head.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			metas = append(metas, n)
		}
	}
	require.GreaterOrEqual(t, len(metas), 3)
	assert.Equal(t, "UTF-8", attr(metas[0], "charset"), "charset stays first")
	assert.Equal(t, "Content-Security-Policy", attr(metas[1], "http-equiv"), "the policy comes before anything it governs")
	assert.Equal(t, CSP, attr(metas[1], "content"))
	assert.Equal(t, Referrer, attr(metas[2], "content"))

	tests := []struct{ name, absent string }{
		{"readers may zoom", "user-scalable=0"},
		{"no maximum scale", "maximum-scale"},
		{"no generator address", "127.0.0.1:41349"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.NotContains(t, string(out), tt.absent) })
	}
	assert.Contains(t, string(out), "Hello &amp; welcome", "the body is kept")

	again, err := HardenPage(out)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(again), "hardening twice changes nothing")
	assert.Equal(t, 1, strings.Count(string(again), "Content-Security-Policy"))
}

func TestHardenPageWithoutHead(t *testing.T) {
	// The HTML5 parser always makes a head, so even a fragment gets the policy.
	out, err := HardenPage([]byte("<p>x</p>"))
	require.NoError(t, err)
	assert.Contains(t, string(out), "Content-Security-Policy")
}

func TestCSPPolicy(t *testing.T) {
	for _, must := range []string{"default-src 'self'", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'"} {
		assert.Contains(t, CSP, must)
	}
	for _, never := range []string{"'unsafe-inline'", "'unsafe-eval' ", "http:", "https:", "*"} {
		assert.NotContains(t, CSP, never)
	}
}

func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("The Lebanese delegation said. "), 200)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.js"), big, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "small.css"), []byte("p{}"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "i.png"), big, 0o644))
	require.NoError(t, Precompress(dir))

	br, err := os.ReadFile(filepath.Join(dir, "a.js.br"))
	require.NoError(t, err)
	plain, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	require.NoError(t, err)
	assert.Equal(t, big, plain)
	assert.Less(t, len(br), len(big)/10)
	assert.FileExists(t, filepath.Join(dir, "a.js.gz"))
	assert.NoFileExists(t, filepath.Join(dir, "small.css.br"), "small files are left alone")
	assert.NoFileExists(t, filepath.Join(dir, "i.png.br"), "images are compressed already")
}

// TestStartFast: the pages start app.wasm's download from their head, and
// app.js compiles it as it arrives (no copying stream in between).
func TestStartFast(t *testing.T) {
	out, err := HardenPage([]byte("<html><head><meta charset=utf-8></head><body></body></html>"))
	require.NoError(t, err)
	assert.Contains(t, string(out), `<link rel="preload" href="/web/app.wasm" as="fetch" type="application/wasm" crossorigin="anonymous"/>`)
	again, err := HardenPage(out)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(again), `rel="preload"`), "once")

	js := filepath.Join(t.TempDir(), "app.js")
	require.NoError(t, os.WriteFile(js, []byte(`const wasm = await instantiateStreaming(
      fetchWithProgress("/web/app.wasm", showProgress),
      go.importObject);`), 0o644))
	require.NoError(t, StreamWasm(js))
	b, err := os.ReadFile(js)
	require.NoError(t, err)
	assert.Contains(t, string(b), `instantiateStreaming(
      fetch("/web/app.wasm"),`)
	assert.Error(t, StreamWasm(js), "a go-app whose app.js changed is caught")
}

// TestBuiltSite checks the site `make build` wrote: a page per view, the
// embed script at the root, everything in the offline cache.
func TestBuiltSite(t *testing.T) {
	dist := os.Getenv("PARLEY_DIST")
	if dist == "" {
		t.Skip("no built site: `make test` builds it and sets PARLEY_DIST")
	}
	for _, page := range []string{"index.html", "library.html", "settings.html", "embed.html"} {
		b, err := os.ReadFile(filepath.Join(dist, page))
		require.NoError(t, err, page)
		assert.Contains(t, string(b), `rel="preload" href="/web/app.wasm"`, page)
		assert.Contains(t, string(b), `/web/early.js`, page)
	}
	root, err := os.ReadFile(filepath.Join(dist, "embed.js"))
	require.NoError(t, err)
	web, err := os.ReadFile(filepath.Join(dist, "web", "embed.js"))
	require.NoError(t, err)
	assert.Equal(t, web, root, "/embed.js is /web/embed.js")
	worker, err := os.ReadFile(filepath.Join(dist, "app-worker.js"))
	require.NoError(t, err)
	for _, p := range []string{`"/library"`, `"/settings"`, `"/embed"`, `"/embed.js"`, `"/web/early.js"`} {
		assert.Contains(t, string(worker), p)
	}
	app, err := os.ReadFile(filepath.Join(dist, "app.js"))
	require.NoError(t, err)
	assert.NotContains(t, string(app), wasmFetch)
}
