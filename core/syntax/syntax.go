// Package syntax is the engine's second stage: from the tags of package
// nlp it finds base noun phrases (with possessors, coordination and
// prepositional modifiers), verb groups (auxiliaries, negation and
// adverbs through the head verb) and quotations. These are the units the
// attribution stage reads: a source is a noun phrase, a cue the head of a
// verb group or a noun, a content a clause or a quotation.
package syntax

import (
	_ "embed"
	"strings"

	"parley/core/nlp"
	"parley/core/pos"
)

// NP is a base noun phrase: tokens [T0, T1) with its head token. Poss is
// the index of the NP that is its possessor ("the union" of "the union's
// offer"), -1 when none; the possessor's tokens come before T0. Ext is the
// end of the phrase with up to two prepositional modifiers ("a spokesman
// for the union"), ≥ T1. Coord is the index of the NP it is coordinated
// with by "and" ("Siemens and Alstom"), -1 when none; it is set on both.
type NP struct {
	T0, T1, Head, Ext int32
	Poss, Coord       int32
}

// Start is the first token of the phrase with its possessor.
func (p *Parse) Start(n int) int {
	for k := 0; n >= 0 && k < 4; k++ {
		if p.NPs[n].Poss < 0 {
			return int(p.NPs[n].T0)
		}
		n = int(p.NPs[n].Poss)
	}
	return int(p.NPs[n].T0)
}

// VGFlag describes a verb group.
type VGFlag uint8

// Verb group flags.
const (
	Passive VGFlag = 1 << iota // a form of "be" or "get" before a past participle head
	Negated                    // "not", "n't", "never" inside the group
	Modal                      // a modal auxiliary (will, would, may, could, …)
	Perfect                    // a form of "have" before a participle head
	Finite                     // the group has a finite verb or auxiliary
	NoVerb                     // the head is an auxiliary used as a main verb ("is")
)

// VG is a verb group: tokens [T0, T1), its head verb and flags.
type VG struct {
	T0, T1, Head int32
	Flags        VGFlag
}

// Has reports whether the group has flag f.
func (v VG) Has(f VGFlag) bool { return v.Flags&f != 0 }

// Parse is the syntax of one Doc.
type Parse struct {
	NPs    []NP
	VGs    []VG
	Quotes []Quote
	NPAt   []int32 // token -> NP index, -1
	VGAt   []int32 // token -> VG index, -1
	QAt    []int32 // token -> index of the quotation it is inside (marks excluded), -1
}

// Build fills p for d, reusing p's slices.
func (p *Parse) Build(d *nlp.Doc) {
	n := len(d.Toks)
	p.NPs, p.VGs = p.NPs[:0], p.VGs[:0]
	p.NPAt = fill(p.NPAt, n)
	p.VGAt = fill(p.VGAt, n)
	p.QAt = fill(p.QAt, n)
	for _, s := range d.Sents {
		p.verbGroups(d, s)
		p.nounPhrases(d, s)
	}
	p.Quotes = Quotes(d.Text, d.Toks, func(i int) bool { return d.Para[i] })
	for qi, q := range p.Quotes {
		t0, t1 := q.Inner()
		for i := t0; i < t1 && i < n; i++ {
			p.QAt[i] = int32(qi)
		}
	}
}

func fill(s []int32, n int) []int32 {
	if cap(s) >= n {
		s = s[:n]
	} else {
		s = make([]int32, n)
	}
	for i := range s {
		s[i] = -1
	}
	return s
}

// NPEndingAt returns the NP whose base phrase ends at token e (T1 == e), or
// -1.
func (p *Parse) NPEndingAt(e int) int {
	if e <= 0 || e > len(p.NPAt) {
		return -1
	}
	if k := p.NPAt[e-1]; k >= 0 && int(p.NPs[k].T1) == e {
		return int(k)
	}
	return -1
}

// NPStartingAt returns the NP whose phrase (with its possessor) starts at
// token s, or -1.
func (p *Parse) NPStartingAt(s int) int {
	if s < 0 || s >= len(p.NPAt) {
		return -1
	}
	k := p.NPAt[s]
	if k < 0 {
		return -1
	}
	// the outermost phrase whose possessor chain starts here
	for j := int(k) + 1; j < len(p.NPs) && j <= int(k)+3; j++ {
		if int(p.NPs[j].Poss) == j-1 && p.Start(j) == s {
			k = int32(j)
		}
	}
	if p.Start(int(k)) == s {
		return int(k)
	}
	return -1
}

//go:embed data/time.txt
var timeText string

// timeNouns are the lemmas of nouns that name a time (data/time.txt).
var timeNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(timeText, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			m[l] = true
		}
	}
	return m
}()

// Temporal reports whether NP n is a time adverbial: its head names a
// time ("Tuesday", "last week") or is a year ("in 2015").
func (p *Parse) Temporal(d *nlp.Doc, n int) bool {
	if n < 0 || n >= len(p.NPs) {
		return false
	}
	h := int(p.NPs[n].Head)
	return timeNouns[d.Lemma(h)] || d.Tag(h) == pos.NUM && p.NPs[n].T1-p.NPs[n].T0 == 1 && year(d.Word(h))
}

// SkipTime returns the token after a time adverbial starting at token i
// ("on Friday", "Monday", "last week"), or i when none starts there.
func (p *Parse) SkipTime(d *nlp.Doc, i int) int {
	k := i
	if d.Tag(k) == pos.ADP {
		k++
	}
	if n := p.NPStartingAt(k); n >= 0 && p.Temporal(d, n) {
		return int(p.NPs[n].Ext)
	}
	return i
}

// year reports whether a word is a year (four digits, 1000–2099).
func year(w string) bool {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] == '1' || w[1] == '0'
}

//go:embed data/readiness.txt
var readinessText string

var readiness = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(readinessText, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			m[l] = true
		}
	}
	return m
}()

// Readiness reports whether a lower-case adjective is one of readiness
// ("ready", "willing", "committed"; data/readiness.txt).
func Readiness(w string) bool { return readiness[w] }
