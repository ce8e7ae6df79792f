package stance

import (
	_ "embed"
	"strings"

	"parley/core/cameo"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

//go:embed data/grammar.txt
var grammarText string

// words are the sections of data/grammar.txt; a multi-word entry is kept
// under its first word with the rest.
var words = func() map[string][][]string {
	m := map[string][][]string{}
	sec := ""
	for _, l := range strings.Split(grammarText, "\n") {
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

// has reports whether section sec lists a one-word entry w.
func has(sec, w string) bool {
	for _, e := range words[sec] {
		if len(e) == 1 && e[0] == w {
			return true
		}
	}
	return false
}

// phraseAt reports whether an entry of section sec starts at token i.
func phraseAt(d *nlp.Doc, sec string, i, end int) bool {
	for _, e := range words[sec] {
		ok := i+len(e) <= end
		for k := 0; ok && k < len(e); k++ {
			ok = d.Low(i+k) == e[k]
		}
		if ok {
			return true
		}
	}
	return false
}

// talkNoun reports whether a noun lemma names the talks or something on
// their table.
func talkNoun(l string) bool {
	for _, s := range [...]string{"negotiation", "proposal", "treaty", "ceasefire", "solution", "mediation"} {
		if cameo.InSynset(l, s) {
			return true
		}
	}
	return has("talks", l)
}

// Gather reads the facts of one attribution.
func Gather(in Input, kind vocab.AttributionKind) Facts {
	d, p := in.D, in.P
	f := Facts{ObjParty: -1, Subj: -1, Thought: kind == vocab.Thought}
	h := in.Head
	if h < 0 || h >= len(d.Toks) {
		return f
	}
	f.Lemma = d.Lemma(h)
	switch d.Tag(h) {
	case pos.NOUN, pos.ADJ:
		f.Nominal = true
		if v, ok := VerbOf(f.Lemma); ok {
			f.Lemma = v
		}
	}
	if g := p.VGAt[h]; g >= 0 {
		f.CueNeg = p.VGs[g].Has(syntax.Negated)
	}
	var after, before [12]string
	aft := lemmas(d, in.Cue[1], min(len(d.Toks), in.Cue[1]+10), after[:0])
	bef := lemmas(d, max(0, in.Cue[0]-4), in.Cue[0], before[:0])
	f.Entry, f.Known = cameo.MatchEntry(f.Lemma, aft, bef)
	if f.Known {
		f.CueType, _ = f.Entry.Type()
		f.Hope = hopeBlock(f.Entry.Block)
		if f.Entry.Block == "DEMAND" || f.Entry.Block == "INSIST" {
			f.CueType = vocab.Demand // the block's sense, whatever its verbs' own codes ("want" 030)
		}
		if v, ok := cameo.Verb(f.Entry.Lemma); ok && statement(v) {
			// a verb of saying: its patterns code what is said, which
			// the content rules read themselves
			f.CueType, f.Speech = "", true
		}
	}
	f.comp(in)
	f.content(in)
	return f
}

// hopeBlock: the dictionary's blocks of hoping and wishing.
func hopeBlock(b string) bool { return b == "HOPE" || b == "WISH" }

// statement reports whether a verb is a verb of saying: its own code, or
// its block's, is a public statement (01x).
func statement(v cameo.VerbInfo) bool {
	c := v.Code
	if c == "" {
		c = v.BlockCode
	}
	return len(c) >= 2 && c[:2] == "01"
}

// comp reads what follows the cue: "that", a to-infinitive, a noun phrase
// (and its party), a quotation.
func (f *Facts) comp(in Input) {
	d, p := in.D, in.P
	e := in.Cue[1]
	if e >= len(d.Toks) {
		return
	}
	switch w := d.Low(e); {
	case w == "that" && d.Tag(e) != pos.DET:
		f.Comp = "that"
	case w == "to" && d.Tag(e+1).IsVerb():
		f.Comp = "to"
	case d.Tag(e) == pos.PUNCT:
		f.Comp = "quote"
	default:
		if n := p.NPStartingAt(e); n >= 0 {
			f.Comp = "np"
			f.ObjParty = in.Parties.Of(n)
			// "expressed hope that …", "voiced the hope"
			if h := int(p.NPs[n].Head); d.Tag(h) == pos.NOUN {
				if v, ok := VerbOf(d.Lemma(h)); ok {
					if vi, ok := cameo.Verb(v); ok && hopeBlock(vi.Block) {
						f.Hope = true
					}
				}
			}
			x := int(p.NPs[n].Ext)
			if d.Is(x, "to") && d.Tag(x+1).IsVerb() {
				f.Comp = "np-to"
			}
		}
	}
}

// content reads the content's first clause: its subject, its verb group
// and the words that make it conditional, negative or about the talks.
func (f *Facts) content(in Input) {
	d, p := in.D, in.P
	t0, t1 := in.Content[0], min(in.Content[1], len(d.Toks))
	if t0 < 0 || t1 <= t0 {
		return
	}
	for i := t0; i < t1; i++ {
		l := d.Low(i)
		switch {
		case phraseAt(d, "conditional", i, t1):
			// "if" only after "only" or "even", or opening a clause
			if l != "if" || i == t0 || d.Low(i-1) == "only" || d.Word(i-1) == "," || i+1 < t1 && d.Tag(i+1) != pos.ADV {
				f.Cond = true
			}
		case l == "first" && d.Tag(i) == pos.ADV:
			for k := i + 1; k < t1; k++ {
				if d.Low(k) == "before" {
					f.FirstBefore = true
				}
			}
		}
		if d.Tag(i) == pos.NOUN && talkNoun(d.Lemma(i)) {
			f.Talk = true
		}
		if f.EventCode == "" && d.Tag(i) == pos.NOUN {
			if e, ok := cameo.MatchEntry("declare", []string{d.Lemma(i)}, nil); ok && e.From == cameo.FromPattern {
				f.EventCode = cameo.Active(e.Code)
			}
		}
	}
	// the first clause: skip "that", quotation marks
	i := t0
	for i < t1 && (d.Low(i) == "that" || d.Tag(i) == pos.PUNCT) {
		i++
	}
	if i < t1 && (d.Low(i) == "to" || d.Tag(i).IsVerb() && d.Tag(i) == pos.VB) {
		f.ToInf = true
		f.SubjSelf = true
		if d.Low(i) == "to" {
			i++
		}
	} else if n := p.NPStartingAt(i); n >= 0 {
		f.subject(in, n)
		i = int(p.NPs[n].Ext)
		if d.Low(p.Start(n)) == "no" || d.Low(p.Start(n)) == "nothing" {
			f.NoExist = true
		}
	} else if d.Low(i) == "there" && i+2 < t1 && d.Lemma(i+1) == "be" && d.Low(i+2) == "no" {
		f.NoExist = true
	}
	for ; i < t1; i++ {
		g := p.VGAt[i]
		if g < 0 {
			continue
		}
		f.verb(in, p.VGs[g], t1)
		return
	}
}

// subject reads the content's subject NP n.
func (f *Facts) subject(in Input, n int) {
	d, p := in.D, in.P
	h := int(p.NPs[n].Head)
	switch d.Low(h) {
	case "i", "we", "us":
		f.SubjSelf = true
	}
	if who := in.Parties.Of(n); who >= 0 {
		f.Subj = who
		if who == in.Self {
			f.SubjSelf = true
		} else {
			f.SubjOther = true
		}
	}
	if d.Tag(h) == pos.NOUN && talkNoun(d.Lemma(h)) {
		f.SubjTalk = true
	}
	f.SubjOut = has("outcome", d.Lemma(h))
}

// verb reads the content's verb group v.
func (f *Facts) verb(in Input, v syntax.VG, t1 int) {
	d := in.D
	f.Neg = v.Has(syntax.Negated)
	f.Copula = v.Has(syntax.NoVerb) && d.Lemma(int(v.Head)) == "be"
	for k := int(v.T0); k < int(v.T1); k++ {
		if d.Tag(k) != pos.AUX {
			continue
		}
		l := d.Lemma(k)
		switch {
		case has("future", l):
			f.Future = true
		case has("deontic", l):
			f.Deontic = true
		case has("hedge", l):
			f.Hedge = true
		case l == "have" && d.Is(int(v.Head)+1, "to"):
			f.Deontic = true
		}
	}
	h := int(v.Head)
	f.Verb = d.Lemma(h)
	switch {
	case f.Verb == "go" && d.Is(h+1, "to") && d.Tag(h) == pos.VBG:
		f.Future = true // "are going to strike"
		h += 2
	case (f.Verb == "need" || f.Verb == "have") && d.Is(h+1, "to"):
		f.Deontic = true
		h += 2
	}
	if h < t1 && h < len(d.Toks) {
		f.Verb = d.Lemma(h)
		var after [12]string
		f.VerbEntry, f.VerbKnown = cameo.MatchEntry(f.Verb, lemmas(d, h+1, min(t1, h+10), after[:0]), nil)
	}
}
