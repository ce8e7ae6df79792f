package core

import (
	"parley/core/gazetteer"
	"parley/core/lexicon"
	"parley/core/tokens"
)

// Word classes, looked up once per token: each token's lower-cased text is
// hashed once (in newDoc) and the rest of the engine tests bits.
const (
	bGaz   uint64 = 1 << iota // starts a gazetteer entry
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

	bPron
	bIssue
	// Bits that stand for a map look-up of the token's lower-cased text in
	// one of the engine's word sets (same answer, no hashing in the hot
	// loops). Every key of these sets is a single word token.
	bParticle  // particles
	bPlacePrep // placePreps
	bOutlet    // outletWords
	bCompany   // companyWords
	bRolePrep  // rolePreps
	bNotAcr    // notAcronyms
	bCourtesy  // courtesy
	bSuffixLow // lower case of an organisation suffix (gaz.Suffixes keys are exact case)
	bMergeCue  // call/calls/calling/known/dubbed/led/headed (mergeNamed)
	bOfferedBy // offered/proposed/tabled (findProposals: "offered by X")
	bTalkNoun  // talkNouns and talkEventNouns (talks.go)
	bTalkCue   // the first word of a talk cue
	bTalkDet   // talkDets
)

// buildBits makes the word-class table of an analyzer, adding each
// word's bits straight into it (no map in between).
func (a *Analyzer) buildBits() {
	t := newWordTab(6144) // the embedded data has about 5,500 words
	a.eachWordClass(t.or)
	a.bits = t
}

// eachWordClass calls fn with every word of a class and the class's bit
// (a word comes once for each of its classes).
func (a *Analyzer) eachWordClass(fn func(w string, b uint64)) {
	add := func(b uint64) func(string) { return func(w string) { fn(w, b) } }
	a.gaz.FirstWords(add(bGaz), add(bTitle))
	a.lex.CueFirstWords(add(bCue))
	for w := range a.gaz.Roles {
		fn(w, bRole)
	}
	for _, s := range []struct {
		set map[string]bool
		b   uint64
	}{{determiners, bDet}, {stopWords, bStop}, {notNames, bNotName}, {auxSkip, bAux}, {timeWords, bTime}, {groupNouns, bGroup}, {prepositions, bPrep}} {
		for w := range s.set {
			fn(w, s.b)
		}
	}
	for _, s := range bitSets {
		for w := range s.set {
			fn(w, s.b)
		}
	}
	for _, w := range []string{"he", "she", "they", "we", "it"} {
		fn(w, bPron)
	}
	a.lex.IssueFirstWords(add(bIssue))
	for w := range a.gaz.Suffixes {
		fn(tokens.Lower(w), bSuffixLow)
	}
}

// wordTab is the word-class table: an open-addressing hash table from a
// lower-cased word to its class bits, built once per analyzer and read once
// per word token. It answers what a map would, with a cheaper hash than
// the runtime's (which under js/wasm has no AES hash). At most a quarter
// of its slots are used.
type wordTab struct {
	keys []string
	vals []uint64
	mask uint32
	n    int // keys
}

// newWordTab returns an empty table with room for about hint words.
func newWordTab(hint int) *wordTab {
	n := 64
	for n < 4*hint {
		n *= 2
	}
	return &wordTab{keys: make([]string, n), vals: make([]uint64, n), mask: uint32(n - 1)}
}

// or adds the bits b to those of w (no token has empty text: "" is left
// out).
func (t *wordTab) or(w string, b uint64) {
	if w == "" {
		return
	}
	i := wordHash(w) & t.mask
	for ; t.keys[i] != ""; i = (i + 1) & t.mask {
		if t.keys[i] == w {
			t.vals[i] |= b
			return
		}
	}
	if 4*(t.n+1) > len(t.keys) {
		t.grow()
		t.or(w, b)
		return
	}
	t.keys[i], t.vals[i] = w, b
	t.n++
}

// grow doubles the table.
func (t *wordTab) grow() {
	old := *t
	*t = *newWordTab(len(old.keys) / 2)
	for i, w := range old.keys {
		if w != "" {
			t.or(w, old.vals[i])
		}
	}
}

// wordHash is FNV-1a over the bytes of w.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// get returns the class bits of w (0 when w is in no class).
func (t *wordTab) get(w string) uint64 {
	i := wordHash(w) & t.mask
	for {
		k := t.keys[i]
		if k == w {
			return t.vals[i]
		}
		if k == "" {
			return 0
		}
		i = (i + 1) & t.mask
	}
}

// bitSets are the word sets that stand behind a bit of their own.
var bitSets = []struct {
	set map[string]bool
	b   uint64
}{
	{particles, bParticle}, {placePreps, bPlacePrep}, {outletWords, bOutlet}, {companyWords, bCompany},
	{rolePreps, bRolePrep}, {notAcronyms, bNotAcr}, {courtesy, bCourtesy},
	{set("call", "calls", "calling", "known", "dubbed", "led", "headed"), bMergeCue},
	{set("offered", "proposed", "tabled"), bOfferedBy},
	{union(talkNouns, talkEventNouns), bTalkNoun},
	{keysOf(talkCues), bTalkCue},
	{talkDets, bTalkDet},
}

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

func keysOf[V any](src map[string]V) map[string]bool {
	m := make(map[string]bool, len(src))
	for w := range src {
		m[w] = true
	}
	return m
}

// anyBit reports whether a token of [cs, ce) has word class b.
func (d *doc) anyBit(cs, ce int, b uint64) bool {
	for i := max(cs, 0); i < ce && i < len(d.cls); i++ {
		if d.cls[i]&b != 0 {
			return true
		}
	}
	return false
}

// is reports whether token i has word class b.
func (d *doc) is(i int, b uint64) bool {
	return i >= 0 && i < len(d.cls) && d.cls[i]&b != 0
}

func (d *doc) gazMatch(i, end int) (*gazetteer.Entry, int) {
	if !d.is(i, bGaz) || i >= end {
		return nil, 0
	}
	return d.a.gaz.Match(d.text, d.lower, d.toks[:end], i)
}

func (d *doc) cueMatch(i, end int) (*lexicon.Cue, int) {
	if !d.is(i, bCue) || i >= end {
		return nil, 0
	}
	return d.a.lex.MatchCue(d.lower, d.toks[:end], i)
}

func (d *doc) titleMatch(i, end int) int {
	if !d.is(i, bTitle) || i >= end {
		return 0
	}
	return d.a.gaz.MatchTitle(d.lower, d.toks[:end], i)
}

var prepositions = set("in", "on", "at", "with", "to", "from", "by", "for", "of", "into", "over", "about", "against", "between", "under", "toward", "towards", "through", "during")

// Auxiliaries and adverbs between a subject and its verb.
var auxSkip = set("has", "have", "had", "is", "are", "was", "were", "also", "still", "again", "further", "then",
	"would", "will", "had", "later", "previously", "repeatedly", "in", "turn", "again", "already", "now",
	"once", "has", "been", "publicly", "privately", "separately", "meanwhile", "both", "all", "himself",
	"herself", "itself", "themselves", "had", "did", "does", "do", "not", "never", "reportedly", "who",
	"to", "working", "trying", "attempting", "going", "expected", "due", "set", "planning", "about", "able",
	"is", "be", "continue", "continues", "continued", "may", "might", "could", "should", "must", "can", "now",
	"remains", "remained", "remain", "seemed", "appeared")

var timeWords = set("on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "last", "this", "next", "week", "month", "year", "night", "morning", "evening",
	"afternoon", "earlier", "late", "in", "a", "statement", "an", "interview", "at", "news", "conference",
	"the", "told", "reporters", "by", "telephone", "phone", "separately", "also", "later", "privately", "joint")
