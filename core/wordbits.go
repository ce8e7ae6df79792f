package core

import (
	"parley/core/gazetteer"
	"parley/core/lexicon"
)

// Word classes, looked up once per token: each token's lower-cased text is
// hashed once (in newDoc) and the rest of the engine tests bits.
const (
	bGaz   uint32 = 1 << iota // starts a gazetteer entry
	bCue                      // starts a cue phrase
	bTitle                    // starts a title
	bRole                     // a role noun
	bDet
	bStop
	bNotName
	bAux
	bTime
	bGroup
	bPrep
)

// buildBits makes the word-class table of an analyzer.
func (a *Analyzer) buildBits() {
	m := make(map[string]uint32, 4096)
	add := func(b uint32) func(string) { return func(w string) { m[w] |= b } }
	a.gaz.FirstWords(add(bGaz), add(bTitle))
	a.lex.CueFirstWords(add(bCue))
	for w := range a.gaz.Roles {
		m[w] |= bRole
	}
	for _, s := range []struct {
		set map[string]bool
		b   uint32
	}{{determiners, bDet}, {stopWords, bStop}, {notNames, bNotName}, {auxSkip, bAux}, {timeWords, bTime}, {groupNouns, bGroup}, {prepositions, bPrep}} {
		for w := range s.set {
			m[w] |= s.b
		}
	}
	a.bits = m
}

// is reports whether token i has word class b.
func (d *doc) is(i int, b uint32) bool {
	return i >= 0 && i < len(d.cls) && d.cls[i]&b != 0
}

func (d *doc) gazMatch(i, end int) (*gazetteer.Entry, int) {
	if !d.is(i, bGaz) || i >= end {
		return nil, 0
	}
	return d.a.gaz.Match(d.text, d.toks[:end], i)
}

func (d *doc) cueMatch(i, end int) (*lexicon.Cue, int) {
	if !d.is(i, bCue) || i >= end {
		return nil, 0
	}
	return d.a.lex.MatchCue(d.toks[:end], i)
}

func (d *doc) titleMatch(i, end int) int {
	if !d.is(i, bTitle) || i >= end {
		return 0
	}
	return d.a.gaz.MatchTitle(d.toks[:end], i)
}

var prepositions = set("in", "on", "at", "with", "to", "from", "by", "for", "of", "into", "over", "about", "against", "between", "under", "toward", "towards", "through", "during")
