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
