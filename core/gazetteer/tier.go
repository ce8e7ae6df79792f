package gazetteer

import (
	_ "embed" // the precomputed forms
	"slices"
	"strconv"
	"strings"
	"sync"

	"parley/core/tokens"
)

// formsTSV is data/forms.tsv: every form of the gazetteer's actor files
// and of the Phoenix dictionaries, written by cmd/gazetteer-forms (see
// Forms). Embedded as a string, it costs nothing to read.
//
//go:embed data/forms.tsv
var formsTSV string

// tier is a read-only set of entries kept as the text of a forms file: one
// entry a line, "words<TAB>exact<TAB>actor<TAB>kind<TAB>form" (words
// lower-cased and one space apart, exact empty unless the case must
// match), sorted by first word, after a header of '#' lines and the lines
// of actors without words. Nothing is indexed at start-up: lookups find
// the lines of a first word by binary search over the text's bytes and
// compare the words with the tokens in place; an Entry is built only for
// a line that matches, once. A line is named by the offset where it
// starts. A tier is shared by the clones of a gazetteer and safe for
// concurrent use.
type tier struct {
	text     string
	body     int32   // start of the first entry line: after the header and the lines without words
	marks    []int32 // the starts of lines about markGap bytes apart in the body, from body on
	maxWords int     // from the header's "# longest: N words", else counted

	mu      sync.RWMutex
	entries map[int32]*Entry    // the Entry of a line, once built
	spans   map[string][2]int32 // span's answers, once found (up to maxSpans words)

	lenOnce sync.Once
	n       int // entry lines

	kindsOnce sync.Once
	kinds     map[string]string // actor -> kind
}

// longestPrefix starts the header line that gives the number of words of
// the longest entry (Forms writes it), so that start-up need not count.
const longestPrefix = "# longest: "

// newTier reads the header of a forms file and skips the lines without
// words after it (an actor's kind alone); the rest is read on use. '#'
// lines, blank lines and lines without words are not entries.
func newTier(text string) *tier {
	t := &tier{text: text, maxWords: -1, entries: map[int32]*Entry{}, spans: map[string][2]int32{}}
	at := 0
	for at < len(text) && !isEntry(text[at]) {
		if l := t.lineAt(int32(at)); strings.HasPrefix(l, longestPrefix) {
			n, rest, ok := strings.Cut(l[len(longestPrefix):], " ")
			if v, err := strconv.Atoi(n); ok && err == nil && rest == "words" && v >= 0 && t.maxWords < 0 {
				t.maxWords = v
			}
		}
		at = t.next(at)
	}
	t.body = int32(min(at, len(text)))
	t.mark()
	if t.maxWords < 0 { // no header (a hand-made or damaged file): count
		t.maxWords = 0
		t.eachEntry(func(at int32) { t.maxWords = max(t.maxWords, t.countWords(int(at))) })
	}
	return t
}

// countWords returns the number of words of the line at at: one more
// than the spaces before a tab or the line's end.
func (t *tier) countWords(at int) int {
	p, n := t.text[at:], 1
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case ' ':
			n++
		case '\t', '\n', '\r':
			return n
		}
	}
	return n
}

// markGap is about the number of bytes between two marks: a span's
// binary search reads a line's first word per step, and with marks it
// first narrows the range to a few lines without looking for a line's
// start. A forms file of 400 kB takes 1,600 marks, found in a few
// microseconds.
const markGap = 256

// mark fills marks.
func (t *tier) mark() {
	s, body := t.text, int(t.body)
	t.marks = make([]int32, 0, (len(s)-body)/markGap+1)
	for at := body; at < len(s); {
		t.marks = append(t.marks, int32(at))
		i := strings.IndexByte(s[min(at+markGap, len(s)):], '\n')
		if i < 0 {
			break
		}
		at = min(at+markGap, len(s)) + i + 1
	}
}

// isEntry reports whether a line that starts with c is an entry.
func isEntry(c byte) bool { return c != '#' && c != '\t' && c != '\n' && c != '\r' }

// next returns the start of the line after the one at at (len(text) at
// the end).
func (t *tier) next(at int) int {
	if i := strings.IndexByte(t.text[at:], '\n'); i >= 0 {
		return at + i + 1
	}
	return len(t.text)
}

// eachEntry calls fn with every entry line, in file order.
func (t *tier) eachEntry(fn func(at int32)) {
	for at := 0; at < len(t.text); at = t.next(at) {
		if isEntry(t.text[at]) {
			fn(int32(at))
		}
	}
}

// lineAt returns the line that starts at offset at, without its end.
func (t *tier) lineAt(at int32) string {
	l := t.text[at:]
	if i := strings.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return strings.TrimSuffix(l, "\r")
}

// firstWord returns the first word of the line at at: up to a space, a
// tab or the line's end.
func (t *tier) firstWord(at int) string {
	p := t.text[at:]
	for i := 0; i < len(p); i++ {
		if c := p[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return p[:i]
		}
	}
	return p
}

// maxSpans bounds the words whose span is kept: a report has a few
// hundred distinct words that start a form.
const maxSpans = 1 << 14

// span returns the entry lines whose first word is w: from the line at
// lo to the one before hi, found once by search and then kept (a long
// report asks for the same words again and again).
func (t *tier) span(w string) (lo, hi int32) {
	if t == nil || w == "" {
		return 0, 0
	}
	t.mu.RLock()
	sp, ok := t.spans[w]
	t.mu.RUnlock()
	if ok {
		return sp[0], sp[1]
	}
	lo, hi = t.search(w)
	t.mu.Lock()
	if len(t.spans) < maxSpans {
		t.spans[strings.Clone(w)] = [2]int32{lo, hi} // not a piece of the caller's text
	}
	t.mu.Unlock()
	return lo, hi
}

// search finds span's lines. The lower bound is found by binary search over
// the bytes of the body: each step reads the first word of the line that
// starts after the middle of the range (or the range's first line). A
// line out of order can hide others; it cannot make the search fail to
// end.
func (t *tier) search(w string) (lo, hi int32) {
	s := t.text
	// the marks before w, then the bytes between two marks
	j, _ := slices.BinarySearchFunc(t.marks, w, func(at int32, w string) int {
		if t.firstBefore(int(at), w) {
			return -1
		}
		return 1
	})
	a, b := int(t.body), len(s) // both at the start of a line (or the end)
	if j > 0 {
		a = t.next(int(t.marks[j-1]))
	}
	if j < len(t.marks) {
		b = int(t.marks[j])
	}
	for a < b {
		mid := a + (b-a)/2
		st := b
		if i := strings.IndexByte(s[mid:b], '\n'); i >= 0 {
			st = mid + i + 1
		}
		if st >= b { // no line starts after the middle: the first line
			st = a
		}
		if t.firstBefore(st, w) {
			a = t.next(st)
		} else {
			b = st
		}
	}
	if a >= len(s) || !isEntry(s[a]) || t.firstWord(a) != w {
		return 0, 0
	}
	e := a
	for e < len(s) && isEntry(s[e]) && t.firstWord(e) == w {
		e = t.next(e)
	}
	return int32(a), int32(e)
}

// firstBefore reports whether the first word of the line at at sorts
// before w, comparing in place.
func (t *tier) firstBefore(at int, w string) bool {
	p := t.text[at:]
	for i := 0; ; i++ {
		end := i >= len(p) || p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'
		switch {
		case i >= len(w):
			return false // the word is w, or w is a prefix of it
		case end:
			return true // the word is a prefix of w
		case p[i] != w[i]:
			return p[i] < w[i]
		}
	}
}

// fields splits an entry line; missing fields are empty.
func fields(l string) (words, exact, actor, kind, form string) {
	words, l = cutTab(l)
	exact, l = cutTab(l)
	actor, l = cutTab(l)
	kind, l = cutTab(l)
	form, _ = cutTab(l)
	return
}

func cutTab(s string) (before, after string) {
	if i := strings.IndexByte(s, '\t'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// formNames are the names of the forms in a forms file.
var formNames = [...]string{Name: "name", Adj: "adj", Place: "place", NonParty: "nonparty"}

func formOf(s string) Form {
	for f, n := range formNames {
		if n == s && n != "" {
			return Form(f)
		}
	}
	return Name
}

// entry returns the Entry of the line at at, built on first use.
func (t *tier) entry(at int32) *Entry {
	t.mu.RLock()
	e := t.entries[at]
	t.mu.RUnlock()
	if e != nil {
		return e
	}
	words, exact, actor, kind, form := fields(t.lineAt(at))
	e = &Entry{Actor: actor, Kind: kind, Form: formOf(form), Words: strings.Split(words, " "), Exact: exact}
	t.mu.Lock()
	defer t.mu.Unlock()
	if old := t.entries[at]; old != nil {
		return old
	}
	t.entries[at] = e
	return e
}

// wordsAt compares the words of the line at offset at, whose first word
// is token i's, with the tokens after i: when they all match it returns
// the number of words and the exact field.
func (t *tier) wordsAt(at int32, lower string, toks []tokens.Token, i int) (n int, exact string, ok bool) {
	p := t.text[at:]
	j := len(toks[i].In(lower))
	n = 1
	for j < len(p) && p[j] == ' ' {
		if i+n >= len(toks) {
			return 0, "", false
		}
		w := toks[i+n].In(lower)
		j++
		if len(p)-j < len(w) || p[j:j+len(w)] != w {
			return 0, "", false
		}
		j += len(w)
		if j < len(p) && p[j] != ' ' && p[j] != '\t' && p[j] != '\n' && p[j] != '\r' {
			return 0, "", false // the line's word goes on
		}
		n++
	}
	if j < len(p) && p[j] == '\t' {
		e := j + 1
		for e < len(p) && p[e] != '\t' && p[e] != '\n' {
			e++
		}
		exact = strings.TrimSuffix(p[j+1:e], "\r")
	}
	return n, exact, true
}

// head returns the words and exact fields of the line at offset at, and
// the number of words, in one pass.
func (t *tier) head(at int32) (words, exact string, n int) {
	p := t.text[at:]
	n = 1
	i := 0
	for ; i < len(p) && p[i] != '\t' && p[i] != '\n'; i++ {
		if p[i] == ' ' {
			n++
		}
	}
	words = p[:i]
	if i < len(p) && p[i] == '\t' {
		j := i + 1
		for j < len(p) && p[j] != '\t' && p[j] != '\n' {
			j++
		}
		exact = p[i+1 : j]
	}
	return strings.TrimSuffix(words, "\r"), strings.TrimSuffix(exact, "\r"), n
}

// match returns the line of the longest entry matching toks at i that is
// longer than bestN tokens, and its length, or -1.
func (t *tier) match(text, lower string, toks []tokens.Token, i, bestN int) (best int32, n int) {
	best = -1
	lo, hi := t.span(toks[i].In(lower))
	for k := lo; k < hi; k = int32(t.next(int(k))) {
		wn, exact, ok := t.wordsAt(k, lower, toks, i)
		if !ok || wn <= bestN {
			continue
		}
		if exact != "" {
			if text[toks[i].Start:toks[i+wn-1].End] != exact {
				continue
			}
		} else if toks[i].Kind == tokens.Word && toks[i].Flags&tokens.Cap == 0 {
			continue
		}
		best, bestN = k, wn
	}
	return best, bestN
}

// matchWord returns the one-word entry for surface (low is its lower
// case), or nil: as Gazetteer.MatchWord.
func (t *tier) matchWord(surface, low string) *Entry {
	lo, hi := t.span(low)
	for k := lo; k < hi; k = int32(t.next(int(k))) {
		_, exact, n := t.head(k)
		if n != 1 {
			continue
		}
		if exact != "" && exact != surface {
			continue
		}
		if exact == "" && (surface == "" || surface[0] < 'A' || surface[0] > 'Z') {
			continue
		}
		return t.entry(k)
	}
	return nil
}

// eqFields reports whether a words field holds the words w.
func eqFields(words string, w []string) bool {
	for i, x := range w {
		if i > 0 {
			if words == "" || words[0] != ' ' {
				return false
			}
			words = words[1:]
		}
		if !strings.HasPrefix(words, x) {
			return false
		}
		words = words[len(x):]
	}
	return words == ""
}

// find returns the first line whose words are w and, when exactToo, whose
// exact field is exact; or -1.
func (t *tier) find(w []string, exact string, exactToo bool) int32 {
	if len(w) == 0 {
		return -1
	}
	lo, hi := t.span(w[0])
	for k := lo; k < hi; k = int32(t.next(int(k))) {
		words, x, _ := t.head(k)
		if !eqFields(words, w) {
			continue
		}
		if exactToo && x != exact {
			continue
		}
		return k
	}
	return -1
}

// kind returns the kind of an actor of the tier: that of its first line
// without words, else of its first entry line.
func (t *tier) kind(actor string) (string, bool) {
	if t == nil {
		return "", false
	}
	t.kindsOnce.Do(func() {
		t.kinds = make(map[string]string, 2048)
		add := func(at int32) {
			_, _, a, kind, _ := fields(t.lineAt(at))
			if _, ok := t.kinds[a]; !ok {
				t.kinds[a] = kind
			}
		}
		for at := 0; at < len(t.text); at = t.next(at) {
			if t.text[at] == '\t' {
				add(int32(at))
			}
		}
		t.eachEntry(add)
	})
	k, ok := t.kinds[actor]
	return k, ok
}

// len returns the number of entry lines.
func (t *tier) len() int {
	if t == nil {
		return 0
	}
	t.lenOnce.Do(func() { t.eachEntry(func(int32) { t.n++ }) })
	return t.n
}

// firstWords calls fn with each first word of the tier, once (the lines
// of a first word come together). One loop over the body's lines, without
// a call per line but fn's: the word classes read it at start-up.
func (t *tier) firstWords(fn func(string)) {
	if t == nil {
		return
	}
	s := t.text
	prev, seen := "", false
	for at := int(t.body); at < len(s); {
		w := ""
		if isEntry(s[at]) {
			w = t.firstWord(at)
			if !seen || w != prev {
				fn(w)
				prev, seen = w, true
			}
		}
		i := strings.IndexByte(s[at+len(w):], '\n')
		if i < 0 {
			break
		}
		at += len(w) + i + 1
	}
}
