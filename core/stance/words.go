package stance

// The word classes the rules read (data/grammar.txt, data/evaluation.txt)
// and the dictionary classes of nouns (talks, hostile acts, declared
// events), memoised per lemma.

import (
	_ "embed"
	"strings"
	"sync"
	"sync/atomic"

	"parley/core/cameo"
	"parley/core/nlp"
)

//go:embed data/grammar.txt
var grammarText string

//go:embed data/evaluation.txt
var evaluationText string

// words are the sections of data/grammar.txt; a multi-word entry is kept
// under its first word with the rest.
var words = func() map[string][][]string {
	m := map[string][][]string{}
	sec := ""
	for _, l := range strings.Split(grammarText+"\n"+evaluationText, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || l[0] == '#':
		case l[0] == '[' && l[len(l)-1] == ']':
			sec = l[1 : len(l)-1]
		default:
			m[sec] = append(m[sec], strings.Fields(l))
		}
	}
	return m
}()

// byFirst indexes the entries of words by section and first word
// ("sec\x00word"): the rules ask of every token.
var byFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for sec, es := range words {
		for _, e := range es {
			k := sec + "\x00" + e[0]
			m[k] = append(m[k], e)
		}
	}
	return m
}()

// entriesAt returns the entries of section sec whose first word is w.
func entriesAt(sec, w string) [][]string {
	var buf [64]byte
	k := append(append(append(buf[:0], sec...), 0), w...)
	return byFirst[string(k)] // (no allocation: the compiler reads the key in place)
}

// has reports whether section sec lists a one-word entry w.
func has(sec, w string) bool {
	for _, e := range entriesAt(sec, w) {
		if len(e) == 1 {
			return true
		}
	}
	return false
}

// phraseAt reports whether an entry of section sec starts at token i.
func phraseAt(d *nlp.Doc, sec string, i, end int) bool {
	return phraseIn(entriesAt(sec, d.Low(i)), i, end, d.Low)
}

// lemmaPhraseAt reports whether an entry of section sec, read as lemmas
// with "*" for any one word after the first, starts at token i.
func lemmaPhraseAt(d *nlp.Doc, sec string, i, end int) bool {
	return phraseIn(entriesAt(sec, d.Lemma(i)), i, end, d.Lemma)
}

// phraseIn reports whether one of entries (whose first word matched at
// i) goes on at i+1 with the words word gives.
func phraseIn(entries [][]string, i, end int, word func(int) string) bool {
	for _, e := range entries {
		ok := i+len(e) <= end
		for k := 1; ok && k < len(e); k++ {
			ok = e[k] == "*" || word(i+k) == e[k]
		}
		if ok {
			return true
		}
	}
	return false
}

// declaredEvent returns the code of the event a noun names as PETRARCH
// codes declaring it ("ceasefire" → 0871), "" for none; memoised per
// lemma.
func declaredEvent(l string) string {
	if v, ok := eventMemo.Load(l); ok {
		return v.(string)
	}
	code := ""
	if e, ok := cameo.MatchEntry("declare", []string{l}, nil); ok && e.From == cameo.FromPattern {
		code = cameo.Active(e.Code)
	}
	remember(&eventMemo, l, code)
	return code
}

var eventMemo sync.Map

// talkNoun reports whether a noun lemma names the talks or something on
// their table.
func talkNoun(l string) bool {
	if v, ok := talkMemo.Load(l); ok {
		return v.(bool)
	}
	v := talkNounOf(l)
	remember(&talkMemo, l, v)
	return v
}

// talkMemo and harmMemo remember the answers for a noun lemma (the
// dictionaries never change; the maps are safe for concurrent analyses).
var talkMemo, harmMemo sync.Map

// harmNoun reports whether a noun names a hostile act: the dictionary's
// patterns for imposing or launching it code it as one ("impose
// sanctions", "launch an offensive"), or it is the noun of a hostile verb
// ("tighten the blockade").
func harmNoun(l string) bool {
	if v, ok := harmMemo.Load(l); ok {
		return v.(bool)
	}
	v := false
	if harmPattern("impose", l) || harmPattern("launch", l) {
		v = true
	} else if vb, ok := cameo.VerbOf(l); ok {
		if e, ok := cameo.MatchEntry(vb, nil, nil); ok && harmful(cameo.Active(e.Code)) {
			v = true
		}
	}
	remember(&harmMemo, l, v)
	return v
}

// harmPattern reports whether one of verb's dictionary patterns codes
// the words objs (a noun's lemma, or several) as its object with a
// hostile code.
func harmPattern(verb string, objs ...string) bool {
	e, ok := cameo.MatchEntry(verb, objs, nil)
	return ok && e.From == cameo.FromPattern && harmful(cameo.Active(e.Code))
}

// harmPhrase reports whether the dictionary codes the words objs (lemmas
// of an object) as a hostile act when they are planned, prepared,
// launched or imposed ("legal action": PLAN * {LEGAL ACTION} 173).
func harmPhrase(objs []string) bool {
	for _, v := range [...]string{"plan", "prepare", "launch", "impose"} {
		if harmPattern(v, objs...) {
			return true
		}
	}
	return false
}

// memoSize counts the lemmas the memos hold: past maxMemo they stop
// growing (a stream of new words must not fill memory).
var memoSize atomic.Int64

const maxMemo = 1 << 16

func remember(m *sync.Map, l string, v any) {
	if memoSize.Load() < maxMemo {
		if _, loaded := m.LoadOrStore(strings.Clone(l), v); !loaded {
			memoSize.Add(1)
		}
	}
}

func talkNounOf(l string) bool {
	for _, s := range [...]string{"negotiation", "proposal", "treaty", "ceasefire", "solution", "mediation"} {
		if cameo.InSynset(l, s) {
			return true
		}
	}
	return has("talks", l)
}

// talkVerb reports whether a verb names the talks: its noun in -ation
// does ("negotiate", "mediate").
func talkVerb(l string) bool {
	return strings.HasSuffix(l, "ate") && talkNoun(l[:len(l)-1]+"ion")
}

// TalkVerb reports whether a verb lemma is the verb of a noun of the
// talks ("negotiate": "negotiation"), or "talk".
func TalkVerb(l string) bool { return talkVerb(l) || l == "talk" }

// TalkNoun reports whether a noun lemma names the talks or something on
// their table (the dictionary's synonym sets and data/grammar.txt's talks).
func TalkNoun(l string) bool { return talkNoun(l) }

// evalOf is the section of data/evaluation.txt a word of judgement is in:
// "refusal", "negative", "positive", or "".
func evalOf(l string) string {
	for _, sec := range [...]string{"refusal", "negative", "positive"} {
		if has(sec, l) {
			return sec
		}
	}
	return ""
}
