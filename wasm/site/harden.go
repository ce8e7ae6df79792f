//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// CSP is the page's Content-Security-Policy. Everything comes from the
// site's own origin; scripts only from files (go-app's pages carry no
// inline script), 'wasm-unsafe-eval' lets the browser compile app.wasm,
// and nothing may be loaded from any other origin.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
	"manifest-src 'self'; frame-src 'self'; child-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

// Referrer is the page's referrer policy: Parley never tells another site
// what a reader was reading.
const Referrer = "no-referrer"

// HardenPage rewrites a generated page: it adds the Content-Security-Policy
// and referrer policy as <meta> tags, lets readers zoom (go-app's viewport
// forbids it), and drops the og:url that names the generator's throwaway
// address. It parses and renders with golang.org/x/net/html.
func HardenPage(page []byte) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, err
	}
	head := find(doc, atom.Head)
	if head == nil {
		return nil, fmt.Errorf("page has no <head>")
	}
	var drop []*html.Node
	var charset *html.Node
	for n := head.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode || n.DataAtom != atom.Meta {
			continue
		}
		switch {
		case attr(n, "charset") != "":
			charset = n
		case attr(n, "name") == "viewport":
			setAttr(n, "content", "width=device-width, initial-scale=1, viewport-fit=cover")
		case attr(n, "property") == "og:url",
			strings.EqualFold(attr(n, "http-equiv"), "Content-Security-Policy"),
			attr(n, "name") == "referrer":
			drop = append(drop, n)
		}
	}
	for _, n := range drop {
		head.RemoveChild(n)
	}
	csp := meta("http-equiv", "Content-Security-Policy", CSP)
	ref := meta("name", "referrer", Referrer)
	// The policy must come before anything it governs: right after the charset.
	at := head.FirstChild
	if charset != nil {
		at = charset.NextSibling
	}
	head.InsertBefore(csp, at)
	head.InsertBefore(ref, at)
	// app.wasm is what the page waits for: its download starts with the
	// page's, not once app.js has run (go-app requests it from there).
	if !hasPreload(head) {
		head.InsertBefore(&html.Node{Type: html.ElementNode, Data: "link", DataAtom: atom.Link, Attr: []html.Attribute{
			{Key: "rel", Val: "preload"}, {Key: "href", Val: WasmPath}, {Key: "as", Val: "fetch"},
			{Key: "type", Val: "application/wasm"}, {Key: "crossorigin", Val: "anonymous"}}}, at)
	}
	var out bytes.Buffer
	if err := html.Render(&out, doc); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// WasmPath is where the site serves app.wasm.
const WasmPath = "/web/app.wasm"

func hasPreload(head *html.Node) bool {
	for n := head.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Link && attr(n, "rel") == "preload" && attr(n, "href") == WasmPath {
			return true
		}
	}
	return false
}

func hardenPages(dir string) error {
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		h, err := HardenPage(b)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if err := os.WriteFile(p, h, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func meta(key, val, content string) *html.Node {
	return &html.Node{Type: html.ElementNode, Data: "meta", DataAtom: atom.Meta,
		Attr: []html.Attribute{{Key: key, Val: val}, {Key: "content", Val: content}}}
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}
