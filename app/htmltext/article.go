package htmltext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// How says which way Article took the text out of a paste.
type How string

const (
	// Readable: the page's article, found as reading modes find it; menus,
	// adverts, "Related" links and footers are left out.
	Readable How = "article"
	// Fragment: every visible paragraph of the paste (Text), for a paste
	// that is a piece of a page, or a page whose article was not found.
	Fragment How = "fragment"
)

// MinArticle is how much text (in bytes) the article found in a page must
// have to be taken instead of the whole paste: below it, the search has
// most likely picked a caption or a teaser.
const MinArticle = 200

// Article returns the text a reader reads in pasted HTML. For a whole page
// it is the page's article, headline first, one paragraph a line, found as
// the reading modes of browsers find it (Readability.js's method: the page's
// <article> or <main> if it has one, else the block whose paragraphs score
// best, less what looks like navigation, adverts, "Related" links, share
// bars and footers). For a fragment of a page, or a page whose article is
// not found, it is every visible paragraph (Text). Nothing of the markup
// survives either way.
//
// go-readability (codeberg.org/readeck/go-readability/v2) does this more
// thoroughly, but its HTML package imports every legacy text encoding of
// golang.org/x/text: it added 217 kB (brotli) to app.wasm, where this
// costs a few.
func Article(src string) (string, How) {
	all := Text(src)
	if !isPage(src) {
		return all, Fragment
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return all, Fragment
	}
	prune(doc)
	root := landmark(doc)
	if root == nil {
		root = bestBlock(doc)
	}
	if root == nil {
		return all, Fragment
	}
	clean(root)
	w := &writer{}
	w.walk(root, false)
	w.endBlock()
	body := strings.TrimRight(w.b.String(), "\n")
	if len(body) < MinArticle {
		return all, Fragment
	}
	if h := headline(doc); h != "" && !strings.Contains(body[:min(len(body), len(h)+200)], h) {
		body = h + "\n" + body
	}
	return body, Readable
}

// isPage reports whether src is a whole page (or most of one) rather than
// a few paragraphs: a document, or markup with a page's furniture.
func isPage(src string) bool {
	head := strings.ToLower(src[:min(len(src), 4096)])
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") || strings.Contains(head, "<body") {
		return true
	}
	nodes, err := html.ParseFragment(strings.NewReader(src), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return false
	}
	furniture := 0
	for _, n := range nodes {
		each(n, func(n *html.Node) bool {
			switch n.DataAtom {
			case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Article, atom.Main, atom.Form:
				furniture++
			}
			return true
		})
	}
	return furniture >= 2
}

// each calls fn on n and the elements below it, depth first; fn returning
// false skips an element's children.
func each(n *html.Node, fn func(*html.Node) bool) {
	if n.Type == html.ElementNode && !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		each(c, fn)
	}
}

// unlikely are words of class names and ids of what is not the article
// (Readability.js's unlikelyCandidates, shortened); maybe are those that
// clear a node of that suspicion.
var (
	unlikely = []string{"menu", "nav", "footer", "sidebar", "related", "comment", "share", "social",
		"promo", "advert", "banner", "newsletter", "subscribe", "cookie", "breadcrumb", "popup", "modal",
		"sponsor", "widget", "recommend", "outbrain", "taboola", "masthead", "signup", "most-read",
		"mostread", "trending", "tags", "byline-share", "paywall", "teaser", "read-more", "readmore"}
	maybe   = []string{"article", "body", "content", "main", "story", "post-text", "entry"}
	noRoles = map[string]bool{"navigation": true, "complementary": true, "banner": true,
		"contentinfo": true, "menu": true, "menubar": true, "dialog": true, "alert": true, "search": true}
)

func classes(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isAd reports whether the class names or id name an advert: "ad", "ads",
// "ad-slot", "advert…" (and not "head", "load", "shadow").
func isAd(cls string) bool {
	for _, f := range strings.FieldsFunc(cls, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if f == "ad" || f == "ads" || f == "adslot" || f == "dfp" || strings.HasPrefix(f, "advert") {
			return true
		}
	}
	return false
}

// prune removes what never carries the article: elements Text drops, the
// page's navigation, asides, forms and footers, hidden elements, and
// blocks whose names say they are something else.
func prune(doc *html.Node) {
	var gone []*html.Node
	each(doc, func(n *html.Node) bool {
		cls := classes(n)
		drop := dropped[n.DataAtom] && n.DataAtom != atom.Head
		switch n.DataAtom {
		case atom.Nav, atom.Aside, atom.Form, atom.Footer, atom.Dialog, atom.Menu:
			drop = true
		case atom.Html, atom.Body, atom.Article, atom.Main:
			return true
		}
		if noRoles[attr(n, "role")] || attr(n, "aria-hidden") == "true" || hasAttr(n, "hidden") ||
			strings.Contains(strings.ReplaceAll(attr(n, "style"), " ", ""), "display:none") {
			drop = true
		}
		if isAd(cls) || hasAny(cls, unlikely) && !hasAny(cls, maybe) {
			drop = true
		}
		if drop {
			gone = append(gone, n)
			return false
		}
		return true
	})
	for _, n := range gone {
		n.Parent.RemoveChild(n)
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// landmark is the page's <article> (the one with the most text, if there
// are several) or its <main>, if it holds enough text.
func landmark(doc *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	for _, a := range []atom.Atom{atom.Article, atom.Main} {
		each(doc, func(n *html.Node) bool {
			if n.DataAtom == a || a == atom.Main && attr(n, "role") == "main" {
				if l := textLen(n); l > bestLen {
					best, bestLen = n, l
				}
			}
			return true
		})
		if bestLen >= MinArticle {
			return best
		}
	}
	return nil
}

// bestBlock scores every block by the paragraphs in it, as Readability.js
// does: a paragraph of 25 characters or more gives its parent 1 point, a
// point per comma and up to 3 for its length, and half of that to its
// grandparent; class names weigh ±25; links lower a block's score by the
// share of its text they make. The best block wins.
func bestBlock(doc *html.Node) *html.Node {
	score := map[*html.Node]float64{}
	var order []*html.Node
	add := func(n *html.Node, s float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := score[n]; !ok {
			order = append(order, n)
			score[n] = weight(n)
		}
		score[n] += s
	}
	each(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.P, atom.Pre, atom.Td, atom.Blockquote:
		default:
			return true
		}
		t := innerText(n)
		l := utf8.RuneCountInString(t)
		if l < 25 {
			return true
		}
		s := 1 + float64(strings.Count(t, ",")) + min(float64(l)/100, 3)
		add(n.Parent, s)
		if n.Parent != nil {
			add(n.Parent.Parent, s/2)
		}
		return true
	})
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		s := score[n] * (1 - linkDensity(n))
		if s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// weight is a block's start score: its kind and what its class names say.
func weight(n *html.Node) float64 {
	w := 0.0
	switch n.DataAtom {
	case atom.Div:
		w += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		w += 3
	case atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		w -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		w -= 5
	}
	cls := classes(n)
	if hasAny(cls, maybe) {
		w += 25
	}
	if hasAny(cls, unlikely) {
		w -= 25
	}
	return w
}

// clean removes, inside the article, the lists and blocks that are mostly
// links ("Related", "Read more", tag lists) and the headings left alone by
// them.
func clean(root *html.Node) {
	var gone []*html.Node
	each(root, func(n *html.Node) bool {
		if n == root {
			return true
		}
		switch n.DataAtom {
		case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table, atom.Dl:
			if l := textLen(n); l > 0 && linkDensity(n) > 0.5 {
				gone = append(gone, n)
				return false
			}
		}
		return true
	})
	for _, n := range gone {
		if prev := prevElement(n); prev != nil && isHeading(prev) && textLen(prev) < 40 {
			prev.Parent.RemoveChild(prev) // "Related", "Read more"
		}
		n.Parent.RemoveChild(n)
	}
}

func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	return nil
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// headline is the page's first <h1>, else its <title>.
func headline(doc *html.Node) string {
	var h1, title string
	each(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.H1 && h1 == "":
			h1 = innerText(n)
		case n.DataAtom == atom.Title && title == "":
			title = innerText(n)
		}
		return true
	})
	if h1 != "" {
		return h1
	}
	return title
}

// innerText is n's text, white space folded.
func innerText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && dropped[n.DataAtom] && n.DataAtom != atom.Title {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func textLen(n *html.Node) int { return len(innerText(n)) }

// linkDensity is the share of n's text inside links.
func linkDensity(n *html.Node) float64 {
	total := textLen(n)
	if total == 0 {
		return 0
	}
	links := 0
	each(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			links += textLen(c)
			return false
		}
		return true
	})
	return float64(links) / float64(total)
}
