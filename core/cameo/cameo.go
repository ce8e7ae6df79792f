// Package cameo is PETRARCH2's CAMEO verb dictionary (openeventdata/petrarch2,
// MIT) as embedded tables: about 1,800 verbs in synonym blocks, their
// inflected forms, 4,600 verb patterns that give a verb a CAMEO event code
// from the words around it, and the mapping of CAMEO code families to
// Parley's stance types.
//
// The data lives in data/ (formats and provenance in data/README.md):
// verbs.tsv, patterns.tsv and synsets.tsv are written by
// cmd/convert-cameo; types.tsv and fallback.tsv are hand-made. Everything is
// read once, on first use.
//
// The caller tags its own text and passes lower-cased lemmas:
//
//	code, ok := cameo.Match("accuse", []string{"rebel", "of", "attack"}, nil) // "112", true
//	e, _ := cameo.MatchEntry("rule", []string{"out", "talk"}, nil)             // e.Lemma "rule out", e.Code "125"
//	t, _ := e.Type()                                                             // vocab.Rejection
//
// No function of the package panics, and Match allocates nothing.
package cameo

import (
	"strings"

	"parley/core/lexicon"
	"parley/core/vocab"
)

// WordKind says what a pattern element matches.
type WordKind uint8

// Kinds of pattern elements.
const (
	Literal  WordKind = iota + 1 // a word, or consecutive words ("air strike")
	Synset                       // any member of a synonym set (&ceasefire)
	Target                       // + the target actor's phrase
	Source                       // $ the source actor's phrase
	Skip                         // ^ a phrase skipped over
	Compound                     // % a compound actor
)

// PatternWord is one element of a pattern, in text order.
type PatternWord struct {
	Kind WordKind
	Text string // the word(s) as written, words joined by a space; the synset's name; "+", "$", "^", "%"
	Prep bool   // inside a prepositional phrase "(for aid)"
	Noun bool   // inside a noun phrase "{financial aid}"

	words []string // Literal: consecutive words to match; a word may list alternatives ("by/with")
	alt   bool     // Literal: a word lists alternatives
	syn   uint64   // Synset: its bit
}

// Pattern is a verb pattern: the words before and after the verb, and the
// code it gives.
type Pattern struct {
	Code    string // the active-voice code; "---" no event; "" when the pattern has only a passive code
	Passive string // the passive-voice code ("042:043" in the file), "" when none
	Origin  string // the verb the pattern was written for (its comment), "" if unknown
	Before  []PatternWord
	After   []PatternWord
	words   int // Literal and Synset elements: the pattern's length

	sigBefore, sigAfter uint64 // bits of the literal words (see wordBit)
}

// VerbInfo is a verb of the dictionary.
type VerbInfo struct {
	Lemma     string   // lower case; a multi-word verb whole ("rule out")
	Head      int      // index of the verb word in Lemma
	Forms     []string // inflected forms, the same shape as Lemma
	Code      string   // its own code; "" when it takes its block's
	Block     string   // the synonym block's name (upper case)
	BlockCode string   // the block's code; "---" when none
	Fallback  string   // the hand-made code of fallback.tsv, for a verb with no code at all
	Added     bool     // not in the dictionary: added to its block by fallback.tsv
	Patterns  []Pattern
}

// From says which rule gave an Entry its code.
type From uint8

// Rules, in the order Match tries them.
const (
	FromPattern  From = iota + 1 // the longest pattern that matched the words around the verb
	FromVerb                     // the verb's own code
	FromBlock                    // its block's code
	FromFallback                 // fallback.tsv
)

// Entry is the result of a match.
type Entry struct {
	Lemma   string // the dictionary verb (a multi-word verb whole)
	Block   string
	Code    string // active-voice code; "---" when the match says "no event"
	Passive string // passive-voice code, "" when the pattern has none
	From    From
	Origin  string        // the pattern's origin verb
	Before  []PatternWord // the pattern's elements; nil for the bare verb
	After   []PatternWord
	Used    int // words of `after` taken by a multi-word verb's particles
}

// Verb returns a verb of the dictionary by its lemma ("deny", "rule out").
func Verb(lemma string) (VerbInfo, bool) {
	d := get()
	if !d.lemmaSet.has(lemma) {
		return VerbInfo{}, false
	}
	i, ok := d.byLemma[lemma]
	if !ok {
		return VerbInfo{}, false
	}
	return d.info(i), true
}

// EachVerb calls fn with every verb, in the dictionary's order.
func EachVerb(fn func(VerbInfo)) {
	d := get()
	for i := range d.verbs {
		fn(d.info(int32(i)))
	}
}

// Lemma returns the verb lemma of an inflected form ("accused" → "accuse",
// "ruled out" → "rule out"), from the dictionary's inflections. The form of
// the verb word of a multi-word verb alone gives that word ("ruled" →
// "rule"). A lemma returns itself.
func Lemma(form string) (string, bool) {
	d := get()
	if !d.wordSet.has(form) {
		return "", false
	}
	l, ok := d.forms[form]
	return l, ok
}

// Match returns the CAMEO code of a verb occurrence: the longest pattern of
// the verb's block that matches, else the verb's own code, its block's, or
// its fallback. lemma is the verb's lemma, after the lower-cased lemmas (or
// words) that follow it in its clause, before those that precede it, both
// in text order. A multi-word verb is found from its first word: "rule"
// followed by "out". ok is false when the verb is unknown or the match
// gives no event. Match allocates nothing.
func Match(lemma string, after, before []string) (string, bool) {
	e, ok := MatchEntry(lemma, after, before)
	return e.Code, ok
}

// CodeFor returns the code of the entry for a verb in the passive voice
// (the pattern's passive code, else its active one) or the active voice.
func (e Entry) CodeFor(passive bool) string {
	if passive && e.Passive != "" {
		return e.Passive
	}
	return e.Code
}

// Type returns the stance type of an entry: a verb's or its block's own type
// in types.tsv wins over its code's family ("propose" is a proposal
// whatever CAMEO appeal code its pattern gives).
func (e Entry) Type() (vocab.StanceType, bool) { return get().entryType(e) }

func (d *dict) entryType(e Entry) (vocab.StanceType, bool) {
	if !isEvent(e.Code) {
		return "", false
	}
	// the type tables are small: most words are refused by typeSet
	if d.typeSet.has(e.Lemma) {
		if t, ok := d.verbTypes[e.Lemma]; ok {
			return t, true
		}
	}
	if d.typeSet.has(e.Block) {
		if t, ok := d.blockTypes[e.Block]; ok {
			return t, true
		}
	}
	return d.codeType(e.Code)
}

// Type returns the Parley stance type of a CAMEO code's family (types.tsv):
// the longest listed prefix of the code decides ("1246" → "12" → rejection).
// Codes of events that are not stances (consult, fight, ...) have none.
func Type(code string) (vocab.StanceType, bool) { return get().codeType(code) }

func (d *dict) codeType(code string) (vocab.StanceType, bool) {
	code = active(code)
	for n := len(code); n >= 2; n-- {
		if !d.typeSet.has(code[:n]) {
			continue
		}
		if t, ok := d.types[code[:n]]; ok {
			return t, true
		}
	}
	return "", false
}

// Goldstein returns the Goldstein score of a code from core/lexicon's CAMEO
// table; a code missing there takes its parent's ("0874" → "087").
func Goldstein(code string) (float64, bool) {
	code = active(code)
	lx := lexicon.Default()
	for n := len(code); n >= 2; n-- {
		if c, ok := lx.Cameo(code[:n]); ok {
			return c.Goldstein, true
		}
	}
	return 0, false
}

// active returns the active part of "042:043".
// Active returns the active-voice part of a code ("042:043" → "042").
func Active(code string) string { return active(code) }

func active(code string) string {
	if i := strings.IndexByte(code, ':'); i >= 0 {
		return code[:i]
	}
	return code
}

func isEvent(code string) bool { return code != "" && code != "---" }

// InSynset reports whether a lower-cased word (one word) belongs to the
// dictionary's synonym set name ("negotiation", "proposal", "ceasefire").
func InSynset(word, name string) bool {
	d := get()
	bit, ok := d.synIdx[name]
	return ok && d.synOf(word).one&(uint64(1)<<uint(bit)) != 0
}

// ProposalNoun reports whether a noun lemma names something put on the
// table: the dictionary's synonym sets of proposals and treaties, and the
// nouns its verbs of proposing and offering take as objects in their
// patterns (offer, plan, draft, idea, package, framework, …), which the
// synonym sets leave out.
func ProposalNoun(l string) bool {
	if d := get(); d.synOf(l).one&d.proposalSyns != 0 { // the sets proposal and treaty
		return true
	}
	switch l {
	case "offer", "counter-offer", "counteroffer", "plan", "draft", "idea", "initiative", "package",
		"framework", "formula", "roadmap", "deal", "compromise", "terms", "counterproposal", "counter-proposal":
		return true
	}
	return false
}

// Material reports whether a verb names a material act rather than a
// verbal one: its own code (else its block's, else its fallback) falls in
// CAMEO's material roots — consult, cooperate, aid, yield, investigate
// (04–09) and protest, force, reduce relations, coerce, assault, fight,
// mass violence (14–20) — and types.tsv gives the verb no type of its own
// ("accept" 080 is a verbal yielding); of the yielding codes (08x) only
// returns, releases and retreats are material. Verbs with no code at all are not
// material: many verbs of saying sit in uncoded blocks.
func Material(lemma string) bool {
	d := get()
	if !d.lemmaSet.has(lemma) {
		return false
	}
	i, ok := d.byLemma[lemma]
	if !ok {
		return false
	}
	if d.typeSet.has(lemma) {
		if _, ok := d.verbTypes[lemma]; ok {
			return false
		}
	}
	v := &d.verbs[i]
	code := v.code
	if code == "" {
		code = d.blocks[v.block].code
	}
	if !isEvent(code) {
		code = v.fallback
	}
	code = active(code)
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "06", "07", "09", "14", "15", "16", "17", "18", "19", "20":
		return true
	case "08":
		// yielding is a concession a party makes (ease, accede, allow,
		// 0871 ceasefire), except returning, releasing and retreating,
		// which are acts done
		b := d.blocks[v.block].name
		return strings.HasPrefix(code, "084") || code == "0874" || b == "RETREAT" || b == "RELEASE"
	}
	return false
}
