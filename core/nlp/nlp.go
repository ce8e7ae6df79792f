// Package nlp is the first stage of the engine: a report's tokens,
// sentences, part-of-speech tags, lemmas and paragraph starts, which every
// later stage reads. A Doc holds only byte offsets into the text and
// substrings of it, and reuses its slices from one text to the next.
package nlp

import (
	"strings"

	"parley/core/pos"
	"parley/core/sentence"
	"parley/core/tokens"
)

// Sent is one sentence: byte span [Start, End) and token range [T0, T1).
// Headline marks an ALL-CAPS line or a first line without a stop.
type Sent struct {
	Start, End int
	T0, T1     int
	Headline   bool
}

// Doc is a report after tokenising, sentence splitting and tagging.
type Doc struct {
	Text, Lower string
	Toks        []tokens.Token
	Sents       []Sent
	SentOf      []int32   // token -> sentence index
	Tags        []pos.Tag // token -> tag
	Lemmas      []string  // token -> lemma (lower case)
	Para        []bool    // token -> starts a paragraph

	spans []sentence.Span
	words []string

	names      map[string]bool // lower-case forms written as names inside a sentence
	lower      map[string]bool // words written in lower case (built on demand)
	lowerBuilt bool
}

// MaxSentTokens bounds the tokens of one sentence: a run-on "sentence" (a
// list, a table, text without stops) is cut into pieces of this size so
// that every later step stays linear.
const MaxSentTokens = 300

// Prepare fills d for text, reusing d's slices.
func (d *Doc) Prepare(text string, tg *pos.Tagger) {
	d.Text = text
	d.Lower = tokens.Lower(text)
	d.Toks = tokens.TokenizeInto(d.Toks, text, d.Lower)
	d.joinAbbreviations()
	d.splitSentences()
	d.Para = ParaStarts(text, d.Toks, d.Para)
	d.lowerBuilt = false
	d.tag(tg)
}

// Release drops the references d holds to the last text (its slices stay
// for the next Prepare).
func (d *Doc) Release() {
	d.Text, d.Lower = "", ""
	clear(d.Lemmas[:cap(d.Lemmas)])
	clear(d.words[:cap(d.words)])
	d.Lemmas, d.words = d.Lemmas[:0], d.words[:0]
}

// Word returns token i as written ("" outside the text).
func (d *Doc) Word(i int) string {
	if i < 0 || i >= len(d.Toks) {
		return ""
	}
	return d.Text[d.Toks[i].Start:d.Toks[i].End]
}

// Low returns token i in lower case ("" outside the text).
func (d *Doc) Low(i int) string {
	if i < 0 || i >= len(d.Toks) {
		return ""
	}
	return d.Lower[d.Toks[i].Start:d.Toks[i].End]
}

// Is reports whether i is a token index whose lower-case form is w.
func (d *Doc) Is(i int, w string) bool {
	return i >= 0 && i < len(d.Toks) && d.Lower[d.Toks[i].Start:d.Toks[i].End] == w
}

// Tag returns the tag of token i, or 0 outside the text.
func (d *Doc) Tag(i int) pos.Tag {
	if i < 0 || i >= len(d.Tags) {
		return 0
	}
	return d.Tags[i]
}

// Lemma returns the lemma of token i, or "" outside the text.
func (d *Doc) Lemma(i int) string {
	if i < 0 || i >= len(d.Lemmas) {
		return ""
	}
	return d.Lemmas[i]
}

// OpensClause reports whether token i begins a clause of its own inside a
// verb's complement: a to-infinitive or a subordinator ("issued an
// ultimatum to Ecuador | to halt attacks"). A dictionary object ends there.
func (d *Doc) OpensClause(i int) bool {
	return d.Low(i) == "to" && d.Tag(i+1) == pos.VB || d.Tag(i) == pos.SCONJ
}

// tag tags every sentence and fills the lemmas.
func (d *Doc) tag(tg *pos.Tagger) {
	n := len(d.Toks)
	d.Tags = grow(d.Tags, n)
	if cap(d.Lemmas) >= n {
		d.Lemmas = d.Lemmas[:n]
	} else {
		d.Lemmas = make([]string, n)
	}
	for _, s := range d.Sents {
		d.words = d.words[:0]
		for i := s.T0; i < s.T1; i++ {
			d.words = append(d.words, d.Word(i))
		}
		tags := tg.Tag(d.words, d.Tags[s.T0:s.T0])
		copy(d.Tags[s.T0:s.T1], tags)
	}
	d.properNames()
	d.unknownClosed(tg)
	d.complementizers()
	d.infinitives()
	d.cannots()
	d.perfects()
	d.pastTenses()
	d.participlesWithObject()
	d.numberHeads()
	d.codeNames()
	d.nounHeads()
	d.nounsAfterArticles()
	d.bareAfterModal()
	d.presentAfterPlural()
	for i := range d.Toks {
		d.Lemmas[i] = pos.Lemma(d.Low(i), d.Tags[i])
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		s = s[:n]
		clear(s)
		return s
	}
	return make([]T, n)
}

// splitSentences takes the segmenter's spans and mends the splits a
// line-based splitter makes in hard-wrapped wire copy: a break at a single
// newline inside a paragraph, or after an abbreviation, is not a sentence
// end.
func (d *Doc) splitSentences() {
	d.spans = sentence.SplitInto(d.spans, d.Text)
	d.spans = d.splitQuoteLines(d.spans)
	merged := d.spans[:0] // mended in place: the write index never passes the read index
	for _, sp := range d.spans {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
			continue
		}
		if n := len(merged); n > 0 && sp.Start >= merged[n-1].End && d.continues(merged[n-1], sp) {
			merged[n-1].End = sp.End
			continue
		}
		merged = append(merged, sp)
	}
	d.SentOf = grow(d.SentOf, len(d.Toks))
	d.Sents = d.Sents[:0]
	ti := 0
	for _, sp := range merged {
		for ti < len(d.Toks) && d.Toks[ti].E() <= sp.Start {
			d.SentOf[ti] = int32(max(len(d.Sents)-1, 0))
			ti++
		}
		s := Sent{Start: sp.Start, End: sp.End, T0: ti}
		for ti < len(d.Toks) && d.Toks[ti].S() < sp.End {
			d.SentOf[ti] = int32(len(d.Sents))
			ti++
			if ti-s.T0 >= MaxSentTokens && ti < len(d.Toks) && d.Toks[ti].S() < sp.End {
				s.T1, s.End = ti, d.Toks[ti-1].E()
				s.Headline = d.allCaps(s.Start, s.End)
				d.Sents = append(d.Sents, s)
				s = Sent{Start: d.Toks[ti].S(), End: sp.End, T0: ti}
			}
		}
		s.T1 = ti
		if s.T1 > s.T0 {
			s.Headline = d.allCaps(s.Start, s.End) || len(d.Sents) == 0 && d.titleLine(sp)
			d.Sents = append(d.Sents, s)
		}
	}
	for ; ti < len(d.Toks); ti++ {
		d.SentOf[ti] = int32(max(len(d.Sents)-1, 0))
	}
}

// abbrevEnd are words after which the segmenter's split before a capital
// is undone. Hand-made: the segmenter's own abbreviation list covers most;
// these are the ones it splits after in wire copy.
var abbrevEnd = map[string]bool{"u.s.": true, "u.n.": true, "u.k.": true, "mr.": true, "mrs.": true, "ms.": true,
	"dr.": true, "co.": true, "inc.": true, "corp.": true, "st.": true, "gen.": true, "sen.": true, "rep.": true,
	"no.": true, "vs.": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true}

// splitQuoteLines splits a span at a line that opens a quotation (a list
// of quotes, one a line, each signed after a dash): the segmenter sees no
// stop there.
func (d *Doc) splitQuoteLines(spans []sentence.Span) []sentence.Span {
	t := d.Text
	need := false
	for _, sp := range spans {
		if sp.Start >= 0 && sp.End <= len(t) && sp.Start < sp.End && quoteLineIn(t[sp.Start:sp.End]) > 0 {
			need = true
			break
		}
	}
	if !need {
		return spans
	}
	out := make([]sentence.Span, 0, len(spans)+8)
	for _, sp := range spans {
		for sp.Start >= 0 && sp.End <= len(t) && sp.Start < sp.End {
			k := quoteLineIn(t[sp.Start:sp.End])
			if k <= 0 {
				break
			}
			e := sp.Start + k
			for e > sp.Start && (t[e-1] == ' ' || t[e-1] == '\r' || t[e-1] == '\t') {
				e--
			}
			if e > sp.Start {
				out = append(out, sentence.Span{Start: sp.Start, End: e})
			}
			sp.Start += k + 1
		}
		out = append(out, sp)
	}
	return out
}

// quoteLineIn returns the index of a newline in s that is followed by an
// opening quotation mark, -1.
func quoteLineIn(s string) int {
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		if r := s[i+1:]; strings.HasPrefix(r, "“") || strings.HasPrefix(r, "\"") {
			return i
		}
		j := strings.IndexByte(s[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}

// continues reports whether span next goes on the sentence of span prev.
func (d *Doc) continues(prev, next sentence.Span) bool {
	t := d.Text
	last := t[prev.End-1]
	gap := t[prev.End:next.Start]
	nl := strings.Count(gap, "\n")
	if nl == 0 {
		// split after an abbreviation such as "U.S." before a capital?
		w := prev.End - 1
		for w > prev.Start && t[w-1] != ' ' && t[w-1] != '\n' {
			w--
		}
		return abbrevEnd[strings.ToLower(t[w:prev.End])]
	}
	if nl > 1 {
		return false
	}
	switch last {
	case '.', '!', '?', ':', '"':
		return false
	}
	if strings.HasSuffix(t[prev.Start:prev.End], "”") || strings.HasSuffix(t[prev.Start:prev.End], "’") {
		return false
	}
	// A next line that opens a quotation, or a list item, is no
	// continuation.
	nx := t[next.Start:]
	if strings.HasPrefix(nx, "“") || strings.HasPrefix(nx, "\"") || strings.HasPrefix(nx, "‘") ||
		strings.HasPrefix(nx, "- ") || strings.HasPrefix(nx, "• ") || strings.HasPrefix(nx, "* ") {
		return false
	}
	// An indented next line starts a new paragraph in wire copy.
	after := gap[strings.LastIndexByte(gap, '\n')+1:]
	if strings.Count(after, " ") >= 2 || strings.Contains(after, "\t") {
		return false
	}
	// An ALL-CAPS line is a headline.
	if d.allCaps(prev.Start, prev.End) {
		return false
	}
	// Hard-wrapped copy has short lines; a long line that ends without a
	// stop is a paragraph of its own (modern copy, one paragraph a line).
	ls := strings.LastIndexByte(t[:prev.End], '\n') + 1
	return prev.End-ls <= 90
}

// allCaps reports whether text[s:e] is an ALL-CAPS line.
func (d *Doc) allCaps(s, e int) bool {
	letters, upper, lower := 0, 0, 0
	for i := s; i < e; i++ {
		c := d.Text[i]
		if c >= 'a' && c <= 'z' {
			letters++
			lower++
			if lower > 8 {
				return false // an ALL-CAPS line has hardly any lower case
			}
		} else if c >= 'A' && c <= 'Z' {
			letters++
			upper++
		}
	}
	return letters >= 4 && upper*10 >= letters*9
}

// titleLine: a first line without final punctuation, on its own line, is
// the headline.
func (d *Doc) titleLine(sp sentence.Span) bool {
	c := d.Text[sp.End-1]
	if c == '.' || c == '!' || c == '?' || c == '"' || c == ':' {
		return false
	}
	rest := strings.TrimLeft(d.Text[sp.End:], " \t")
	return strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n")
}

// joinAbbreviations keeps the full stop of an abbreviation in its word
// ("Mr." "Sen." "Corp."), as UD EWT tokenises them, so the tagger sees
// the words it was trained on and a name is one phrase.
func (d *Doc) joinAbbreviations() {
	out := d.Toks[:0]
	for i := 0; i < len(d.Toks); i++ {
		t := d.Toks[i]
		if t.Kind == tokens.Word && i+1 < len(d.Toks) {
			n := d.Toks[i+1]
			if n.Kind == tokens.Punct && n.Start == t.End && d.Text[n.Start] == '.' && n.End == n.Start+1 &&
				sentence.Abbreviation(d.Lower[t.Start:t.End]) {
				t.End = n.End
				i++
			}
		}
		out = append(out, t)
	}
	d.Toks = out
}
