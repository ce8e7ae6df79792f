package gazetteer

import (
	_ "embed" // the precomputed forms
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"parley/core/tokens"
	"parley/core/tsv"
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
// match), sorted by first word. Lookups find the lines of a first word by
// binary search and compare the words with the tokens in place; an Entry
// is built only for a line that matches, once. A tier is shared by the
// clones of a gazetteer and safe for concurrent use.
type tier struct {
	text     string
	lines    []int32 // start of each entry line in text, in file order
	bare     []int32 // start of each line without words: an actor's kind alone
	maxWords int

	// firsts are the distinct first words, in file order (sorted);
	// the lines of firsts[j] are lines[from[j]:from[j+1]]
	firsts []string
	from   []int32

	entryOnce sync.Once
	entries   []atomic.Pointer[Entry] // the Entry of a line, once built

	kindsOnce sync.Once
	kinds     map[string]string // actor -> kind
}

// newTier indexes the lines of a forms file; '#' lines, blank lines and
// lines without words (an actor's kind alone) are not entries. One pass:
// each line's words field is read once, for its first word and length.
func newTier(text string) *tier {
	n := tsv.Count(text, '\n') + 1
	t := &tier{text: text, lines: make([]int32, 0, n), firsts: make([]string, 0, n*5/8), from: make([]int32, 0, n*5/8)}
	for i := 0; i < len(text); {
		p := text[i:]
		switch p[0] {
		case '\t':
			t.bare = append(t.bare, int32(i))
		case '#', '\n', '\r':
		default:
			j, words, first := 0, 1, -1
			for ; j < len(p) && p[j] != '\t' && p[j] != '\n' && p[j] != '\r'; j++ {
				if p[j] == ' ' {
					words++
					if first < 0 {
						first = j
					}
				}
			}
			if first < 0 {
				first = j
			}
			if w := p[:first]; len(t.firsts) == 0 || t.firsts[len(t.firsts)-1] != w {
				t.firsts = append(t.firsts, w)
				t.from = append(t.from, int32(len(t.lines)))
			}
			t.lines = append(t.lines, int32(i))
			t.maxWords = max(t.maxWords, words)
		}
		end := strings.IndexByte(p, '\n')
		if end < 0 {
			break
		}
		i += end + 1
	}
	t.from = append(t.from, int32(len(t.lines)))
	return t
}

// line returns the k-th entry line, without its end.
func (t *tier) line(k int) string { return t.lineAt(t.lines[k]) }

// lineAt returns the line that starts at offset at, without its end.
func (t *tier) lineAt(at int32) string {
	l := t.text[at:]
	if i := strings.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return strings.TrimSuffix(l, "\r")
}

// span returns the lines whose first word is w: [lo, hi).
func (t *tier) span(w string) (lo, hi int) {
	if t == nil {
		return 0, 0
	}
	j, ok := slices.BinarySearch(t.firsts, w)
	if !ok {
		return 0, 0
	}
	return int(t.from[j]), int(t.from[j+1])
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

// entry returns the Entry of line k, built on first use.
func (t *tier) entry(k int) *Entry {
	t.entryOnce.Do(func() { t.entries = make([]atomic.Pointer[Entry], len(t.lines)) })
	if e := t.entries[k].Load(); e != nil {
		return e
	}
	words, exact, actor, kind, form := fields(t.line(k))
	e := &Entry{Actor: actor, Kind: kind, Form: formOf(form), Words: strings.Split(words, " "), Exact: exact}
	if !t.entries[k].CompareAndSwap(nil, e) {
		return t.entries[k].Load()
	}
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
func (t *tier) match(text, lower string, toks []tokens.Token, i, bestN int) (best, n int) {
	best = -1
	lo, hi := t.span(toks[i].In(lower))
	for k := lo; k < hi; k++ {
		wn, exact, ok := t.wordsAt(t.lines[k], lower, toks, i)
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
	for k := lo; k < hi; k++ {
		_, exact, n := t.head(t.lines[k])
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
func (t *tier) find(w []string, exact string, exactToo bool) int {
	if len(w) == 0 {
		return -1
	}
	lo, hi := t.span(w[0])
	for k := lo; k < hi; k++ {
		words, x, _ := t.head(t.lines[k])
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

// kind returns the kind of an actor of the tier.
func (t *tier) kind(actor string) (string, bool) {
	if t == nil {
		return "", false
	}
	t.kindsOnce.Do(func() {
		t.kinds = make(map[string]string, 2048)
		for _, at := range append(t.bare[:len(t.bare):len(t.bare)], t.lines...) {
			_, _, a, kind, _ := fields(t.lineAt(at))
			if _, ok := t.kinds[a]; !ok {
				t.kinds[a] = kind
			}
		}
	})
	k, ok := t.kinds[actor]
	return k, ok
}

// firstWords calls fn with each first word of the tier, once.
func (t *tier) firstWords(fn func(string)) {
	if t == nil {
		return
	}
	for _, w := range t.firsts {
		fn(w)
	}
}
