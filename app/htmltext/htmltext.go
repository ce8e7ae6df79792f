// Package htmltext turns HTML pasted from a news page into the plain text a
// reader sees: block elements become line breaks, scripts, styles, iframes
// and other non-text elements are dropped, and nothing of the markup
// survives. It uses golang.org/x/net/html, the HTML5 parser.
package htmltext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropped elements carry no reader-visible text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Head: true, atom.Title: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Frameset: true, atom.Frame: true,
}

// blocks end a paragraph: their text stands on its own line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Article: true, atom.Section: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Pre: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Main: true, atom.Nav: true,
	atom.Address: true, atom.Hr: true,
}

// LooksLikeHTML reports whether s is probably markup rather than plain
// text, so that a paste of plain text with a stray "<" is left alone.
func LooksLikeHTML(s string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "<") {
		return false
	}
	l := strings.ToLower(t[:min(len(t), 512)])
	for _, p := range []string{"<!doctype", "<html", "<meta", "<body", "<p", "<div", "<span", "<article", "<h1", "<h2", "<h3", "<section", "<b>", "<i>", "<a ", "<ul", "<table", "<br", "<img", "<script", "<style", "<iframe", "<!--"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// Text returns the reader-visible text of an HTML document or fragment,
// one paragraph a line. Runs of white space inside a paragraph fold to one
// space, as a browser shows them; <pre> keeps its own.
func Text(src string) string {
	nodes, err := html.ParseFragment(strings.NewReader(src), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return ""
	}
	w := &writer{}
	for _, n := range nodes {
		w.walk(n, false)
	}
	w.endBlock()
	return strings.TrimRight(w.b.String(), "\n")
}

type writer struct {
	b     strings.Builder
	line  strings.Builder
	space bool
}

func (w *writer) endBlock() {
	s := strings.TrimSpace(w.line.String())
	w.line.Reset()
	w.space = false
	if s == "" {
		return
	}
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *writer) text(s string, pre bool) {
	if pre {
		w.line.WriteString(s)
		return
	}
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f':
			w.space = true
		default:
			if w.space && w.line.Len() > 0 {
				w.line.WriteByte(' ')
			}
			w.space = false
			w.line.WriteRune(r)
		}
	}
}

func (w *writer) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if dropped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.endBlock()
			return
		}
		if n.DataAtom == atom.Img {
			return // alt text is not what a reader reads as the report
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.endBlock()
	}
	if n.DataAtom == atom.Pre {
		pre = true
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.text(" ", false)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if block {
		w.endBlock()
	}
}
