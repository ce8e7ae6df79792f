package attrib

import (
	"parley/core/cameo"
	"parley/core/nlp"
	"parley/core/phoenix"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/tokens"
)

// A cue is the head word of an attribution: the verb of a verb group
// ("said", "has warned", "would have loved"), a noun ("the claim that",
// "criticism of") or an adjective ("confident that"). Which words are cues
// is learned from PolNeAR's training articles by cmd/train-cues: every
// candidate word gets features from its lemma and its grammatical context
// (what follows it, its subject, quotations, voice, negation), and a linear
// model trained on the annotators' cues scores it.

// hasher builds 64-bit FNV-1a hashes of features without allocating.
type hasher uint64

const (
	fnvOffset hasher = 14695981039346656037
	fnvPrime  hasher = 1099511628211
)

func (h hasher) str(s string) hasher {
	for i := 0; i < len(s); i++ {
		h ^= hasher(s[i])
		h *= fnvPrime
	}
	return h
}

func (h hasher) b(c byte) hasher {
	h ^= hasher(c)
	h *= fnvPrime
	return h
}

// feature templates (the first byte of every feature's hash)
const (
	fBias byte = iota + 1
	fLemma
	fTag
	fLemmaTag
	fNext
	fLemmaNext
	fNext2
	fLemmaNext2
	fPrev
	fLemmaPrev
	fVoice
	fLemmaVoice
	fQuote
	fLemmaQuote
	fSubj
	fLemmaSubj
	fComp
	fLemmaComp
	fSuffix
	fPlace
	fLemmaPlace
	fSubjHead
	fNounDet
	fLemmaNounDet
	fClass
	fClassComp
	fPrevVerb
	fLemmaPrevVerb
	fObj
	fLemmaObj
	fDist
	fSentQuote
	fBlockComp
	fBlockQuote
	fBlockSubj
	fSubjAgent
)

// Features collects the hashed features of one candidate.
type Features struct {
	H []uint64
}

func (f *Features) add(h hasher) { f.H = append(f.H, uint64(h)) }

// ctx is the document a candidate is read in.
type ctx struct {
	d  *nlp.Doc
	p  *syntax.Parse
	s  nlp.Sent
	fd *Finder
}

// word class of token i for context features: the word itself for
// function words and punctuation, else its tag.
func (c *ctx) class(i int) string {
	if i < c.s.T0 || i >= c.s.T1 {
		return "<s>"
	}
	d := c.d
	t := d.Tag(i)
	switch t {
	case pos.PUNCT:
		w := d.Word(i)
		switch w {
		case "“", "”", "\"", "‘", "’", "'", "``", "''":
			return "Q"
		}
		return w
	case pos.ADP, pos.SCONJ, pos.PART, pos.DET, pos.CCONJ, pos.AUX:
		return d.Low(i)
	case pos.PRON:
		return d.Low(i)
	}
	if t.IsVerb() {
		return "V"
	}
	return t.String()
}

// quoteMark reports whether token i is a quotation mark.
func (c *ctx) quoteMark(i int) bool {
	if i < 0 || i >= len(c.d.Toks) || c.d.Toks[i].Kind != tokens.Punct {
		return false
	}
	switch c.d.Word(i) {
	case "“", "”", "\"", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// quoteRel describes where quotations are around the cue group [g0, g1).
func (c *ctx) quoteRel(g0, g1 int) string {
	d := c.d
	if c.p.QAt[g0] >= 0 {
		return "in"
	}
	// a closing mark shortly before: “…,” she said / “…,” said X
	for k := g0 - 1; k >= c.s.T0 && k >= g0-6; k-- {
		if c.quoteMark(k) {
			if k+1 < g0 && d.Word(k+1) == "," || k > 0 && (d.Word(k-1) == "," || d.Word(k-1) == "?" || d.Word(k-1) == "!") {
				return "after-close"
			}
			return "near-close"
		}
	}
	// an opening mark shortly after: said: “… / said, “…
	for k := g1; k < c.s.T1 && k < g1+3; k++ {
		if c.quoteMark(k) {
			return "before-open"
		}
	}
	if q := c.quoteAfterSentence(g1); q {
		return "sent-open"
	}
	return "none"
}

// quoteAfterSentence reports whether the next sentence opens with a
// quotation mark ("She said: " then the quote on the next line).
func (c *ctx) quoteAfterSentence(g1 int) bool {
	for k := g1; k < c.s.T1; k++ {
		if c.d.Word(k) == ":" {
			return c.s.T1 < len(c.d.Toks) && c.quoteMark(c.s.T1)
		}
	}
	return false
}

// subject describes the noun phrase before the cue group: a personal
// pronoun, a relative pronoun, a name, a noun, or none.
func (c *ctx) subject(g0 int) (kind string, head int) {
	d, p := c.d, c.p
	k := g0 - 1
	for k >= c.s.T0 && (d.Tag(k) == pos.ADV || d.Word(k) == ",") && k > g0-4 {
		if d.Word(k) == "," {
			break
		}
		k--
	}
	if k < c.s.T0 {
		return "none", -1
	}
	n := p.NPAt[k]
	if n < 0 {
		if d.Word(k) == "," {
			return "comma", -1
		}
		return "no-np", -1
	}
	np := p.NPs[n]
	h := int(np.Head)
	switch d.Tag(h) {
	case pos.PRON:
		switch d.Low(h) {
		case "who", "which", "that":
			return "rel", h
		case "i", "we", "you":
			return "pron1", h
		case "it", "this":
			return "it", h
		}
		return "pron", h
	case pos.PROPN:
		return "name", h
	}
	return "noun", h
}

// complement describes what follows the cue group [g0, g1): "that", a
// to-infinitive, a colon, a quotation, a clause, an object then "that",
// a preposition, the end of the sentence, …
func (c *ctx) complement(g1 int) string {
	d, p := c.d, c.p
	i := g1
	if i >= c.s.T1 {
		return "end"
	}
	w := d.Low(i)
	switch {
	case w == "that" && d.Tag(i) == pos.SCONJ:
		return "that"
	case w == "to" && d.Tag(i+1).IsVerb():
		return "to-inf"
	case w == ":":
		return "colon"
	case c.quoteMark(i):
		return "quote"
	case w == "," && c.quoteMark(i+1):
		return "quote"
	case w == "." || w == "!" || w == "?":
		return "end"
	case w == "if" || w == "whether" || d.Tag(i) == pos.PRON && (w == "what" || w == "how" || w == "why"):
		return "wh"
	}
	if n := p.NPStartingAt(i); n >= 0 {
		e := int(p.NPs[n].Ext)
		if e < c.s.T1 && d.Low(e) == "that" {
			return "np-that"
		}
		if e < c.s.T1 && d.Low(e) == "to" && d.Tag(e+1).IsVerb() {
			return "np-to"
		}
		if e < c.s.T1 && p.VGAt[e] >= 0 && p.VGs[p.VGAt[e]].Has(syntax.Finite) {
			return "clause"
		}
		if e < c.s.T1 && d.Word(e) == "," {
			return "np-comma"
		}
		if e >= c.s.T1 || d.Word(e) == "." {
			return "np-end"
		}
		return "np"
	}
	if d.Tag(i) == pos.ADP {
		return w
	}
	return c.class(i)
}

// place describes where the cue group sits in its sentence: the first
// finite group, the last one, after a comma at the end (", she said.").
func (c *ctx) place(g0, g1 int) string {
	d := c.d
	endish := g1 >= c.s.T1 || d.Word(g1) == "." || d.Word(g1) == "," && g1+1 >= c.s.T1
	if !endish && g1 < c.s.T1 {
		// "…, she said on Tuesday."
		n := c.p.NPStartingAt(g1)
		if n >= 0 {
			e := int(c.p.NPs[n].Ext)
			endish = e >= c.s.T1 || d.Word(e) == "." || d.Word(e) == "?"
		}
	}
	startish := g0 == c.s.T0
	prevComma := false
	for k := g0 - 1; k >= c.s.T0 && k >= g0-5; k-- {
		if d.Word(k) == "," {
			prevComma = true
			break
		}
	}
	switch {
	case endish && prevComma:
		return "tail-after-comma"
	case endish:
		return "tail"
	case startish:
		return "head"
	}
	return "mid"
}

// candidate reports whether token i can be a cue head: a verb heading its
// group; a noun, adjective or adverb whose lemma the model lists (learned
// from the train cues); or a noun whose form is a verb form the CAMEO
// dictionary knows, after a subject ("Trump questions the …", a verb the
// tagger read as a plural noun).
func candidate(d *nlp.Doc, p *syntax.Parse, i int, nouns map[string]bool) bool {
	t := d.Tag(i)
	if t.IsVerb() {
		g := p.VGAt[i]
		return g < 0 || int(p.VGs[g].Head) == i
	}
	switch t {
	case pos.NOUN, pos.ADJ, pos.ADV:
		if nouns[d.Lemma(i)] {
			return true
		}
		return t == pos.NOUN && verbForm(d, i)
	case pos.PUNCT:
		return punctCue(d, i) != ""
	}
	return false
}

// punctCue says whether punctuation i can attribute what it introduces:
// a colon after a speaker's name at the start of a sentence, as
// transcripts write ("Ms. Ruiz: We will …"), or a dash after a closing
// quotation mark and before a name, as pull quotes are signed ("“…” — a
// union leader").
func punctCue(d *nlp.Doc, i int) string {
	switch d.Word(i) {
	case ":":
		if i == 0 || i+1 >= len(d.Toks) || d.Tag(i-1) != pos.PROPN && d.Tag(i-1) != pos.NOUN {
			return ""
		}
		// the name starts its sentence, its paragraph or a quotation
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if d.Para[k] || int(d.SentOf[k]) < len(d.Sents) && d.Sents[d.SentOf[k]].T0 == k ||
				k > 0 && isQuoteWord(d.Word(k-1)) {
				return "colon"
			}
			if t := d.Tag(k - 1); k > 0 && t != pos.PROPN && t != pos.NOUN && t != pos.DET {
				break
			}
		}
	case "―", "—", "–", "--":
		if i > 0 && i+1 < len(d.Toks) && isQuoteWord(d.Word(i-1)) && (d.Tag(i+1) == pos.PROPN || d.Tag(i+1) == pos.DET) {
			return "dash"
		}
	}
	return ""
}

func isQuoteWord(w string) bool {
	switch w {
	case "”", "\"", "’", "'", "»":
		return true
	}
	return false
}

// verbForm reports whether noun i may be a verb the tagger misread: a form
// ending in -s that the CAMEO dictionary lists as a verb form, after a
// name or pronoun.
func verbForm(d *nlp.Doc, i int) bool {
	w := d.Low(i)
	if len(w) < 4 || w[len(w)-1] != 's' || i == 0 {
		return false
	}
	if pt := d.Tag(i - 1); pt != pos.PROPN && pt != pos.PRON && pt != pos.NOUN {
		return false
	}
	_, ok := cameo.Lemma(w)
	return ok
}

// extract fills f with the features of candidate head token i.
func (c *ctx) extract(i int, f *Features) {
	d, p := c.d, c.p
	f.H = f.H[:0]
	g0, g1 := i, i+1
	if g := p.VGAt[i]; g >= 0 {
		g0, g1 = int(p.VGs[g].T0), int(p.VGs[g].T1)
	}
	lemma := d.Lemma(i)
	tag := d.Tag(i).String()
	var h0 hasher = fnvOffset
	lem := h0.b(fLemma).str(lemma)
	f.add(h0.b(fBias))
	f.add(lem)
	f.add(h0.b(fTag).str(tag))
	f.add(h0.b(fLemmaTag).str(lemma).b(0).str(tag))
	next, next2, prev := c.class(g1), c.class(g1+1), c.class(g0-1)
	f.add(h0.b(fNext).str(next))
	f.add(h0.b(fLemmaNext).str(lemma).b(0).str(next))
	f.add(h0.b(fNext2).str(next).b(0).str(next2))
	f.add(h0.b(fLemmaNext2).str(lemma).b(0).str(next).b(0).str(next2))
	f.add(h0.b(fPrev).str(prev))
	f.add(h0.b(fLemmaPrev).str(lemma).b(0).str(prev))
	voice := "active"
	if g := p.VGAt[i]; g >= 0 {
		v := p.VGs[g]
		switch {
		case v.Has(syntax.Passive):
			voice = "passive"
		case d.Is(g0-1, "to"):
			voice = "inf"
		case !v.Has(syntax.Finite) && d.Tag(i) == pos.VBG:
			voice = "ing"
		case !v.Has(syntax.Finite):
			voice = "nonfinite"
		}
		if v.Has(syntax.Negated) {
			voice += "-neg"
		}
		if v.Has(syntax.Modal) {
			voice += "-modal"
		}
	} else {
		voice = "nominal"
	}
	f.add(h0.b(fVoice).str(voice))
	f.add(h0.b(fLemmaVoice).str(lemma).b(0).str(voice))
	q := c.quoteRel(g0, g1)
	f.add(h0.b(fQuote).str(q))
	f.add(h0.b(fLemmaQuote).str(lemma).b(0).str(q))
	sk, sh := c.subject(g0)
	f.add(h0.b(fSubj).str(sk))
	f.add(h0.b(fLemmaSubj).str(lemma).b(0).str(sk))
	if sh >= 0 {
		f.add(h0.b(fSubjHead).str(d.Lemma(sh)))
	}
	comp := c.complement(g1)
	f.add(h0.b(fComp).str(comp))
	f.add(h0.b(fLemmaComp).str(lemma).b(0).str(comp))
	pl := c.place(g0, g1)
	f.add(h0.b(fPlace).str(pl).b(0).str(q))
	f.add(h0.b(fLemmaPlace).str(lemma).b(0).str(pl))
	if len(lemma) > 3 {
		f.add(h0.b(fSuffix).str(lemma[len(lemma)-3:]).b(0).str(comp))
	}
	block := "none"
	if v, ok := cameo.Verb(lemma); ok {
		block = v.Block
	}
	f.add(h0.b(fBlockComp).str(block).b(0).str(comp))
	f.add(h0.b(fBlockQuote).str(block).b(0).str(q).b(0).str(pl))
	sa := sk
	if sh >= 0 {
		if code, _, ok := phoenix.Agent(d.Lemma(sh)); ok {
			sa = code
		}
	}
	f.add(h0.b(fSubjAgent).str(sa))
	f.add(h0.b(fBlockSubj).str(block).b(0).str(sa))
	pv, between := c.prevVerb(g0)
	f.add(h0.b(fPrevVerb).str(pv).b(0).str(between))
	f.add(h0.b(fLemmaPrevVerb).str(lemma).b(0).str(between))
	obj := c.object(g1)
	f.add(h0.b(fObj).str(obj).b(0).str(voice))
	f.add(h0.b(fLemmaObj).str(lemma).b(0).str(obj))
	f.add(h0.b(fDist).b(bucket(g0 - c.s.T0)).b(bucket(c.s.T1 - g1)))
	f.add(h0.b(fSentQuote).str(c.sentQuote()).b(0).str(q))
	if d.Tag(i) == pos.NOUN || d.Tag(i) == pos.ADJ {
		det := "none"
		if i > c.s.T0 {
			switch {
			case possAt(d, i-1):
				det = "poss"
			case d.Tag(i-1) == pos.PRON:
				det = "pron-poss"
			case d.Tag(i-1) == pos.DET:
				det = d.Low(i - 1)
			case d.Tag(i-1) == pos.ADJ:
				det = "adj"
			}
		}
		f.add(h0.b(fNounDet).str(det).b(0).str(next))
		f.add(h0.b(fLemmaNounDet).str(lemma).b(0).str(det))
	}
}

// possAt reports whether token i is a possessive marker.
func possAt(d *nlp.Doc, i int) bool {
	return i >= 0 && i < len(d.Toks) && d.Toks[i].Kind == tokens.Poss && d.Tag(i) != pos.AUX
}

// Candidate is candidate for the training program.
func Candidate(d *nlp.Doc, p *syntax.Parse, i int, nouns map[string]bool) bool {
	return candidate(d, p, i, nouns)
}

// VerbForm is verbForm for the training program.
func VerbForm(d *nlp.Doc, i int) bool { return verbForm(d, i) }

// bucket sorts a token distance into a few classes.
func bucket(n int) byte {
	switch {
	case n <= 0:
		return 0
	case n <= 1:
		return 1
	case n <= 3:
		return 2
	case n <= 6:
		return 3
	case n <= 12:
		return 4
	}
	return 5
}

// prevVerb returns the lemma of the nearest verb-group head before the cue
// group in its sentence ("" when none) and what lies between: a "that",
// a quotation mark, a comma, or nothing of these.
func (c *ctx) prevVerb(g0 int) (string, string) {
	d := c.d
	between := "plain"
	for k := g0 - 1; k >= c.s.T0; k-- {
		switch {
		case d.Low(k) == "that" && d.Tag(k) != pos.DET:
			between = "that"
		case c.quoteMark(k) && between == "plain":
			between = "quote"
		case d.Word(k) == "," && between == "plain":
			between = "comma"
		}
		if g := c.p.VGAt[k]; g >= 0 && int(c.p.VGs[g].Head) == k && d.Tag(k).IsVerb() {
			return d.Lemma(k), between
		}
	}
	return "", between
}

// object describes the noun phrase right after the cue group: a pronoun,
// a name, a noun, or none.
func (c *ctx) object(g1 int) string {
	n := c.p.NPStartingAt(g1)
	if n < 0 {
		return "none"
	}
	switch c.d.Tag(int(c.p.NPs[n].Head)) {
	case pos.PRON:
		return "pron"
	case pos.PROPN:
		return "name"
	}
	return "noun"
}

// sentQuote says whether the sentence has quotation marks.
func (c *ctx) sentQuote() string {
	for k := c.s.T0; k < c.s.T1; k++ {
		if c.quoteMark(k) {
			return "q"
		}
	}
	return "noq"
}
