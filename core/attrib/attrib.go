// Package attrib is the engine's attribution stage: it finds every place
// where a report attributes a statement, a thought or an intention to
// someone (PolNeAR's definition of attribution), with its cue, its source
// and its content, as token ranges over the nlp.Doc.
//
// Which words are cues is learned (see features.go and cmd/train-cues);
// where the source and the content are is grammar: the subject of the cue's
// verb group or the noun phrase after a sentence-final cue ("…, said X"),
// the possessor of a nominal cue, the agent of a passive, the noun phrase
// after "according to"; the that-clause, to-infinitive or object after the
// cue, the quotation before or after it, or the clause before a
// sentence-final cue.
package attrib

import (
	_ "embed"
	"strings"
	"sync"

	"parley/core/cameo"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

// Attribution is one attribution as token ranges [start, end). Source[0]
// is -1 when the text names no source. SourceNP is the noun phrase the
// source is (its head decides who it is), -1 when none.
type Attribution struct {
	Cue      [2]int
	Head     int
	Source   [2]int
	SourceNP int
	Content  [2]int
	Kind     vocab.AttributionKind
	Score    float32
	// Relative: the cue is a reduced passive relative after its "source"
	// ("aid to families ordered out of the town"): PolNeAR annotates such
	// cues, but the noun before them says nothing
	Relative bool
}

//go:embed data/cues.model
var modelBytes []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the embedded cue model (decoded once).
func Default() (*Model, error) {
	defOnce.Do(func() { defModel, defErr = Decode(modelBytes) })
	return defModel, defErr
}

// Finder finds attributions; it keeps scratch buffers, so use one per
// goroutine.
type Finder struct {
	M   *Model
	f   Features
	out []Attribution
}

// Find returns the attributions of d in text order (the slice is reused by
// the next call).
func (fd *Finder) Find(d *nlp.Doc, p *syntax.Parse) []Attribution {
	fd.out = fd.out[:0]
	if fd.M == nil {
		return fd.out
	}
	for _, s := range d.Sents {
		c := ctx{d: d, p: p, s: s, fd: fd}
		for i := s.T0; i < s.T1; i++ {
			if n := len(fd.out); n > 0 && fd.out[n-1].Head < i && i < fd.out[n-1].Cue[1] && d.Tag(fd.out[n-1].Head).IsVerb() {
				continue // past the last cue's verb, inside its span: "was quoted as saying"
			}
			if !candidate(d, p, i, fd.M.Nouns) {
				if a, ok := c.nominalAct(i); ok {
					fd.out = append(fd.out, a)
				} else if a, ok := c.readinessAct(i); ok {
					fd.out = append(fd.out, a)
				}
				continue
			}
			if (d.Lemma(i) == "know" || d.Lemma(i) == "identify") && d.Tag(i) == pos.VBN && i+1 < s.T1 && d.Low(i+1) == "as" {
				continue // "known as M23": a name given, nothing attributed
			}
			c.extract(i, &fd.f)
			sc := fd.M.Score(&fd.f)
			if sc <= fd.M.Threshold && (c.signedQuote(i) || c.speakerLabel(i) || c.thoughtClause(i) || c.toSayClause(i)) {
				// a pull quote signed after a dash: the grammar says so
				// even where PolNeAR train has no example to learn from
				sc = fd.M.Threshold + 1
			}
			if sc <= fd.M.Threshold {
				if a, ok := c.stanceAct(i); ok {
					c.relativeObject(&a)
					a.Score = sc
					fd.out = append(fd.out, a)
				}
				continue
			}
			if sc <= fd.M.Threshold || c.complementHead(i) || c.subjectNoun(i) {
				continue
			}
			a := c.build(i)
			c.relativeObject(&a)
			a.Score = sc
			a.Relative = c.reducedRelative(a)
			c.adjunctSource(&a)
			fd.out = append(fd.out, a)
		}
		fd.cutContents(d, p, s)
	}
	return fd.out
}

// cutContents ends a content where the next attribution of its sentence
// begins a clause of its own: ", noting that …", "…, they said that …",
// "and added that …" are not part of what the first cue attributes.
func (fd *Finder) cutContents(d *nlp.Doc, p *syntax.Parse, s nlp.Sent) {
	first := len(fd.out) - 1
	for first > 0 && fd.out[first-1].Cue[0] >= s.T0 {
		first--
	}
	for a := first; a >= 0 && a < len(fd.out); a++ {
		x := &fd.out[a]
		for b := a + 1; b < len(fd.out); b++ {
			y := fd.out[b]
			if y.Cue[0] <= x.Content[0] || y.Cue[0] >= x.Content[1] {
				continue
			}
			// where y's clause starts: its source before it, or the cue
			k := y.Cue[0]
			if y.Source[0] >= 0 && y.Source[0] < k && y.Source[0] > x.Content[0] {
				k = y.Source[0]
			}
			closed := false
			for k > x.Content[0] && (d.Tag(k-1) == pos.ADV || isQuoteWord(d.Word(k-1)) && p.QAt[k-1] < 0) {
				closed = closed || isQuoteWord(d.Word(k-1))
				k--
			}
			if k-1 > x.Content[0] && (d.Word(k-1) == "," || d.Tag(k-1) == pos.CCONJ) && (p.QAt[k-1] < 0 || closed) {
				e := k - 1
				for e > x.Content[0] && (d.Word(e-1) == "," || d.Tag(e-1) == pos.CCONJ) {
					e--
				}
				x.Content[1] = e
				break
			}
		}
	}
}

// Candidates calls fn with every cue candidate of d and its features (for
// training and measuring the model).
func Candidates(d *nlp.Doc, p *syntax.Parse, nouns map[string]bool, fn func(i int, f *Features)) {
	var f Features
	for _, s := range d.Sents {
		c := ctx{d: d, p: p, s: s}
		for i := s.T0; i < s.T1; i++ {
			if candidate(d, p, i, nouns) {
				c.extract(i, &f)
				fn(i, &f)
			}
		}
	}
}

// CueSpan returns the token range of the cue whose head is i: its verb
// group, or "according to", or the word itself.
func CueSpan(d *nlp.Doc, p *syntax.Parse, i int) [2]int {
	if g := p.VGAt[i]; g >= 0 {
		v := p.VGs[g]
		e := int(v.T1)
		if d.Lemma(i) == "accord" && d.Is(e, "to") {
			e++
		}
		return [2]int{int(v.T0), e}
	}
	return [2]int{i, i + 1}
}

// kindOf says what a cue attributes, from its lemma's class.
func kindOf(lemma string, t pos.Tag) vocab.AttributionKind {
	if thoughtVerbs[lemma] {
		return vocab.Thought
	}
	return vocab.Speech
}

// ThoughtVerb reports whether a verb lemma attributes a thought (believe,
// think, suspect, …: data/thought.txt).
func ThoughtVerb(lemma string) bool { return thoughtVerbs[lemma] }

//go:embed data/thought.txt
var thoughtText string

// thoughtVerbs are the lemmas whose attributions are thoughts (see
// data/thought.txt).
var thoughtVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(thoughtText, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			m[l] = true
		}
	}
	return m
}()

// stanceAct makes an attribution of kind other of a verb that states a
// stance by itself ("Iran did not reject the offer", "the union would
// not accept it"): a finite verb, outside quotations, with a subject,
// whose CAMEO entry is a demand, rejection, denial, accusation, threat,
// commitment, proposal or agreement. Reports of acts (release, withdraw,
// attack) are no stance.
func (c *ctx) stanceAct(i int) (Attribution, bool) {
	d, p, fd := c.d, c.p, c.fd
	g := p.VGAt[i]
	if g < 0 || !d.Tag(i).IsVerb() || p.QAt[i] >= 0 {
		return Attribution{}, false
	}
	adjunct := false // "voted to strike after rejecting the offer": a gerund of the subject's
	rel := c.contactClause(int(g))
	if !p.VGs[g].Has(syntax.Finite) && !rel {
		k := int(p.VGs[g].T0) - 1
		if d.Tag(i) != pos.VBG || (k <= c.s.T0 || !gerundAdjunct[d.Low(k)]) && i != c.s.T0 {
			return Attribution{}, false // (a participle after a subordinator, or opening the sentence)
		}
		adjunct = true
	}
	var buf [8]string
	after := buf[:0]
	for k := int(p.VGs[g].T1); k < c.s.T1 && len(after) < cap(buf); k++ {
		if len(after) > 0 && d.OpensClause(k) {
			break // the verb's object ends where a clause of its own begins
		}
		if t := d.Tag(k); t != pos.PUNCT && t != pos.DET {
			after = append(after, d.Lemma(k))
		}
	}
	for k := int(p.VGs[g].T0); k < i; k++ {
		switch d.Lemma(k) {
		case "must", "should", "ought", "may", "might", "could":
			// "X must agree": said of X, not by X; "X could take part":
			// a possibility, not a stance
			return Attribution{}, false
		}
	}
	// inside what another source says (the last attributions found: a
	// content reaches back a quotation at most)
	for k := len(fd.out) - 1; k >= 0 && k >= len(fd.out)-64; k-- {
		if o := fd.out[k]; o.Content[0] <= i && i < o.Content[1] && !rel && !(adjunct && o.SourceNP >= 0 && o.SourceNP == c.mainSubject(int(p.VGs[g].T0)-1)) {
			return Attribution{}, false // ("voted to strike after rejecting …": the voters' own act)
		}
	}
	e, ok := cameo.MatchEntry(d.Lemma(i), after, nil)
	if !ok || cameo.Material(e.Lemma) {
		return Attribution{}, false // (the dictionary's verb: "rule out" is no "rule")
	}
	t, _ := e.Type()

	switch t {
	case vocab.Demand, vocab.Rejection, vocab.Denial, vocab.Accusation, vocab.Threat, vocab.Commitment, vocab.Proposed, vocab.Hope:
	case vocab.Acceptance:
		if e.Lemma != "accept" && e.Block != "AGREE" && !(willDo(d, p.VGs[g]) && hasObject(d, int(p.VGs[g].T1))) {
			return Attribution{}, false // tolerating, signing, releasing, opening: acts
		}
	default:
		return Attribution{}, false
	}
	a := c.build(i)
	c.adjunctSource(&a)
	if a.Source[0] < 0 {
		return Attribution{}, false
	}
	if c.reducedRelative(a) {
		return Attribution{}, false
	}
	a.Kind = vocab.Other
	return a, true
}

// complementHead reports whether the word at i heads the clause or the
// object an earlier cue of its sentence takes as its content ("the mayor
// said she thinks the plan will pass", "officials told reporters that the
// army had warned …", "called the court's decision a win", "pointed to
// the board's decision"): that clause or phrase is what the first cue
// attributes, not a second attribution. PolNeAR's annotation is univocal
// (a token belongs to one attribution), and so the head of such a clause
// or object is never a cue of its own.
func (c *ctx) complementHead(i int) bool {
	d, p, fd := c.d, c.p, c.fd
	var g0 int // where the clause's verb group or the object's phrase starts
	switch g, n := p.VGAt[i], p.NPAt[i]; {
	case g >= 0 && d.Tag(i).IsVerb():
		g0 = int(p.VGs[g].T0)
	case n >= 0 && d.Tag(i) == pos.NOUN && int(p.NPs[n].Head) == i && !verbForm(d, i):
		g0 = p.Start(int(n))
	default:
		return false
	}
	verb := d.Tag(i).IsVerb()
	for k := len(fd.out) - 1; k >= 0 && fd.out[k].Cue[0] >= c.s.T0; k-- {
		q := fd.out[k]
		if q.Cue[1] > g0 || q.Content[0] > g0 || q.Content[1] <= g0 || !d.Tag(q.Head).IsVerb() {
			continue
		}
		if verb && q.Content[0] < q.Cue[0] && g0 == q.Cue[1]+1 {
			return true // "Quito, he added, would not accept …": the clause's own verb, after the speaker
		}
		j := q.Content[0]
		if j > 0 && d.Word(j-1) == "," {
			return false // "…, an economist said": a clause of its own after a comma
		}
		if !verb {
			if lightVerbs[d.Lemma(q.Head)] {
				return false // "tabled a demand": the noun is the stance
			}
			if d.Tag(j) == pos.ADP && j+1 == g0 {
				j++ // "pointed to the board's decision"
			}
			return j == g0
		}
		if d.Low(j) == "that" && d.Tag(j) == pos.SCONJ {
			j++
		}
		if n := p.NPStartingAt(j); n >= 0 {
			j = int(p.NPs[n].T1)
			if e := int(p.NPs[n].Ext); e <= g0 {
				j = e // "that the head of the agency has …"
			}
		}
		for j < g0 && d.Tag(j) == pos.ADV {
			j++
		}
		return j == g0 || q.Content[0]+1 == g0 && d.Low(q.Content[0]) == "to" // ("failed to agree": the infinitive the cue takes)
	}
	return false
}

// subjectNoun reports whether the noun at i heads the subject of the
// finite verb right after its phrase ("the senator's campaign has asked
// …", "the union's demand has angered …"): a noun attributes what its
// complement says ("the claim that …", "a demand for …"), and a noun
// followed at once by its verb has none; the verb says what follows of
// the noun. (PolNeAR train: 103 such nouns scored as cues, 14 of them
// gold.) A copula is left to the model ("the hope is that …"), and so is
// a verb the tagger read as a noun (see verbForm).
func (c *ctx) subjectNoun(i int) bool {
	d, p := c.d, c.p
	if d.Tag(i) != pos.NOUN || verbForm(d, i) {
		return false
	}
	n := p.NPAt[i]
	if n < 0 || int(p.NPs[n].Head) != i {
		return false
	}
	e := int(p.NPs[n].T1)
	if e >= c.s.T1 || p.VGAt[e] < 0 {
		return false
	}
	v := p.VGs[p.VGAt[e]]
	return int(v.T0) == e && v.Has(syntax.Finite) && d.Lemma(int(v.Head)) != "be"
}

// contactClause reports whether verb group g, one past or present verb,
// opens a relative clause with no "that" after its subject: a noun phrase
// right before the group, and another right before that one ("the 3%
// rise the company proposed last week"), with no object after the verb.
func (c *ctx) contactClause(g int) bool {
	d, p := c.d, c.p
	v := p.VGs[g]
	if v.T1-v.T0 != 1 || v.Has(syntax.Passive) {
		return false
	}
	switch d.Tag(int(v.Head)) {
	case pos.VBD, pos.VBN, pos.VBZ, pos.VBP:
	default:
		return false
	}
	b := int(v.T0)
	if b-1 > c.s.T0 && d.Tag(b-1) == pos.ADV {
		b-- // "the points it originally proposed"
	}
	sn := p.NPEndingAt(b)
	if sn < 0 || d.Tag(int(p.NPs[sn].Head)) == pos.PRON && d.Low(int(p.NPs[sn].Head)) == "it" && p.Start(sn) == c.s.T0 {
		return false
	}
	n := p.NPEndingAt(p.Start(sn))
	if n < 0 || d.Tag(int(p.NPs[n].Head)) == pos.PRON {
		return false
	}
	e := int(v.T1)
	return e >= c.s.T1 || d.Tag(e) == pos.ADP || d.Tag(e) == pos.PUNCT || p.SkipTime(d, e) > e || d.Tag(e) == pos.ADV
}

// speakerLabel reports whether the colon at i ends a speaker's label: a
// name before a quotation that opens right after the colon ("the senator
// in 2009: “…”"), or a name that opens a quoted paragraph, as
// transcripts are quoted ("“HOST: Let us begin …").
func (c *ctx) speakerLabel(i int) bool {
	d := c.d
	if punctCue(d, i) != "colon" {
		return false
	}
	if i+1 < len(d.Toks) && isOpenQuote(d.Word(i+1)) {
		return true
	}
	k := i - 1
	for k > c.s.T0 && d.Tag(k-1) == pos.PROPN || k > c.s.T0 && d.Tag(k-1) == pos.NOUN && d.Tag(k) == d.Tag(k-1) {
		k--
	}
	return k > 0 && d.Para[k-1] && c.quoteMark(k-1)
}

func isOpenQuote(w string) bool {
	switch w {
	case "“", "\"", "‘", "«", "''", "``":
		return true
	}
	return false
}

// thoughtClause reports whether the verb at i is a verb of thinking
// (thought.txt) with a subject before it and a finite clause after it,
// with or without "that" ("the mediators believe the truce will hold"):
// what is thought is that clause, whatever the model scores.
func (c *ctx) thoughtClause(i int) bool {
	d, p := c.d, c.p
	if !d.Tag(i).IsVerb() || d.Tag(i) == pos.VBG || d.Tag(i) == pos.VBN || !thoughtVerbs[d.Lemma(i)] {
		return false
	}
	g := p.VGAt[i]
	if g < 0 || int(p.VGs[g].Head) != i || !p.VGs[g].Has(syntax.Finite) || p.QAt[i] >= 0 {
		return false // (in a speaker's own words, "I think" hedges what is said)
	}
	sn := p.NPEndingAt(int(p.VGs[g].T0)) // a subject right before the verb group
	if sn < 0 {
		return false
	}
	switch d.Low(int(p.NPs[sn].Head)) {
	case "i", "we", "you":
		return false
	}
	k := i + 1
	if k < c.s.T1 && d.Low(k) == "that" {
		k++
	}
	n := p.NPStartingAt(k)
	if n < 0 {
		return false
	}
	e := int(p.NPs[n].T1)
	return e < c.s.T1 && p.VGAt[e] >= 0 && p.VGs[p.VGAt[e]].Has(syntax.Finite)
}

// toSayClause reports whether the verb at i is an infinitive of saying
// (its CAMEO code or block's is a statement, 01x) after an object, with
// a clause after it ("urged the commander to explain why the convoy was
// stopped"): the object is asked to say that clause.
func (c *ctx) toSayClause(i int) bool {
	d, p := c.d, c.p
	if d.Tag(i) != pos.VB || i < 2 || d.Low(i-1) != "to" || p.NPEndingAt(i-1) < 0 || p.QAt[i] >= 0 {
		return false
	}
	v, ok := cameo.Verb(d.Lemma(i))
	if !ok {
		return false
	}
	code := v.Code
	if code == "" {
		code = v.BlockCode
	}
	if !strings.HasPrefix(code, "01") {
		return false
	}
	k := i + 1
	switch d.Low(k) {
	case "that", "why", "how", "whether", "what", "when":
		k++
	default:
		return false
	}
	n := p.NPStartingAt(k)
	return n >= 0 && int(p.NPs[n].T1) < c.s.T1 && p.VGAt[p.NPs[n].T1] >= 0
}

// signedQuote reports whether the dash at i signs a quotation that closes
// right before it with a name that ends the line or the sentence ("“…” ―
// Ann Lee"), as pull quotes and readers' letters are signed.
func (c *ctx) signedQuote(i int) bool {
	d := c.d
	if punctCue(d, i) != "dash" || d.Tag(i+1) != pos.PROPN {
		return false
	}
	k := i + 1
	for k < c.s.T1 && d.Tag(k) == pos.PROPN {
		k++
	}
	return k >= c.s.T1 || d.Word(k) == "," || d.Tag(k) == pos.PUNCT && k+1 >= c.s.T1
}

// reducedRelative reports whether a's verb cue, right after its source,
// is a reduced passive relative: after a preposition, a verb with no
// object ("aid to refugees ordered out of the city"); the noun is no
// subject ("after Peru demanded more quotas" has an object).
func (c *ctx) reducedRelative(a Attribution) bool {
	d, p := c.d, c.p
	s := a.Source[0]
	return s-1 >= c.s.T0 && d.Tag(s-1) == pos.ADP && a.Source[1] == a.Cue[0] && d.Tag(a.Head).IsVerb() &&
		p.NPStartingAt(a.Cue[1]) < 0 && !d.Is(a.Cue[1], "that")
}

// willDo reports whether verb group v announces an act to come ("will
// allow", "would release"): said of a party with what it yields as the
// object, a concession it undertakes, not one reported done.
func willDo(d *nlp.Doc, v syntax.VG) bool {
	for k := int(v.T0); k < int(v.Head); k++ {
		switch d.Lemma(k) {
		case "will", "would", "shall":
			return !v.Has(syntax.Negated)
		}
	}
	return false
}

// hasObject reports whether what follows a verb group at k is its object
// rather than the end of the clause or a prepositional phrase ("will
// resign.", "will resign from the board"); "up to 13,000 refugees" is one.
func hasObject(d *nlp.Doc, k int) bool {
	if k >= len(d.Toks) {
		return false
	}
	switch d.Tag(k) {
	case pos.PUNCT, pos.CCONJ, pos.SCONJ:
		return false
	case pos.ADP:
		return d.Low(k) == "up" && d.Is(k+1, "to")
	}
	return true
}

// At returns the attribution whose cue head is token i, as Find would
// build it, whatever the model scores (for tests and tools).
func At(d *nlp.Doc, p *syntax.Parse, i int) Attribution {
	s := d.Sents[d.SentOf[i]]
	c := ctx{d: d, p: p, s: s, fd: &Finder{M: &Model{Nouns: map[string]bool{}, NoSource: map[string]bool{}}}}
	return c.build(i)
}

// nominalAct makes an attribution of kind other of a noun of a stance
// whose party the phrase names ("an Angolan demand for …", "the union's
// rejection of …"): the noun's verb (demand, reject, propose, threaten,
// accuse, deny, promise) is a stance in the CAMEO dictionary.
func (c *ctx) nominalAct(i int) (Attribution, bool) {
	d, p := c.d, c.p
	if d.Tag(i) != pos.NOUN || p.QAt[i] >= 0 {
		return Attribution{}, false
	}
	n := p.NPAt[i]
	if n < 0 || int(p.NPs[n].Head) != i || c.subjectNoun(i) {
		return Attribution{}, false
	}
	v, ok := cameo.VerbOf(d.Lemma(i))
	if !ok || cameo.Material(v) {
		return Attribution{}, false
	}
	e, ok := cameo.MatchEntry(v, nil, nil)
	if !ok {
		return Attribution{}, false
	}
	t, _ := e.Type()
	switch t {
	case vocab.Demand, vocab.Rejection, vocab.Proposed, vocab.Threat, vocab.Accusation, vocab.Denial, vocab.Commitment:
	default:
		return Attribution{}, false
	}
	a := Attribution{Cue: [2]int{i, i + 1}, Head: i, Source: [2]int{-1, -1}, SourceNP: -1, Kind: vocab.Other}
	c.nominal(&a)
	if a.Source[0] < 0 && t != vocab.Proposed && t != vocab.Commitment {
		// (a plan or an offer submitted is the proposals stage's: its
		// proposer is the verb's subject there)
		c.lightVerbSource(&a, int(n))
	}
	if a.Source[0] < 0 {
		return Attribution{}, false // "demand for coal": no party's
	}
	return a, true
}

// lightVerbs turn the noun of stance they take as object into a stance of
// their subject ("Lisbon tabled a demand for …", "issued a threat",
// "renewed its offer"). Hand-made: light-verb constructions are English
// grammar that no resource of the project lists (CAMEO codes a few as
// patterns, "issue * threat", not the construction).
var lightVerbs = map[string]bool{"make": true, "issue": true, "table": true, "present": true, "submit": true,
	"lodge": true, "file": true, "deliver": true, "unveil": true, "renew": true, "repeat": true, "reiterate": true}

// adjunctSource gives a gerund after a subordinator ("voted to strike
// after rejecting the offer") the main clause's subject as its source.
func (c *ctx) adjunctSource(a *Attribution) {
	d, p := c.d, c.p
	i := a.Head
	g := p.VGAt[i]
	if g < 0 || d.Tag(i) != pos.VBG || p.VGs[g].Has(syntax.Finite) {
		return
	}
	k := int(p.VGs[g].T0) - 1
	if k <= c.s.T0 || !gerundAdjunct[d.Low(k)] {
		return
	}
	a.Source, a.SourceNP = [2]int{-1, -1}, -1
	if n := c.mainSubject(k); n >= 0 {
		c.setSource(a, n)
	}
}

// gerundAdjunct: the subordinators after which a gerund's subject is the
// main clause's ("after rejecting", "before signing"). Hand-made: a closed
// class of English prepositions ("without" negates the act: left out).
var gerundAdjunct = map[string]bool{"after": true, "before": true, "by": true, "while": true, "since": true, "despite": true}

// LightVerb reports whether a verb lemma is a light verb of the kind
// lightVerbs lists ("tabled a plan", "unveiled an offer").
func LightVerb(lemma string) bool { return lightVerbs[lemma] }

// lightVerbSource sets the source of a nominal stance that is the object of
// a light verb to that verb's subject.
func (c *ctx) lightVerbSource(a *Attribution, n int) {
	d, p := c.d, c.p
	k := p.Start(n) - 1
	if k < c.s.T0 || p.VGAt[k] < 0 || !lightVerbs[d.Lemma(k)] {
		return
	}
	g := p.VGs[p.VGAt[k]]
	if !g.Has(syntax.Finite) {
		return
	}
	if m := c.subjectNP(int(g.T0)); m >= 0 {
		c.setSource(a, m)
	}
}

// readinessAct makes an attribution of kind other of a party's readiness
// stated without a verb of saying ("Latvia is ready to resume talks if
// …"): a copula, an adjective of readiness, "to".
func (c *ctx) readinessAct(i int) (Attribution, bool) {
	d, p := c.d, c.p
	if d.Tag(i) != pos.ADJ || !syntax.Readiness(d.Low(i)) || !d.Is(i+1, "to") || i == 0 || p.QAt[i] >= 0 {
		return Attribution{}, false
	}
	g := p.VGAt[i-1]
	if g < 0 || !p.VGs[g].Has(syntax.NoVerb) && d.Lemma(int(p.VGs[g].Head)) != "remain" {
		return Attribution{}, false
	}
	for _, o := range c.fd.out {
		if o.Content[0] <= i && i < o.Content[1] {
			return Attribution{}, false // said by someone: that attribution holds it
		}
	}
	v := p.VGs[g]
	a := Attribution{Cue: [2]int{int(v.T0), i + 1}, Head: i, Source: [2]int{-1, -1}, SourceNP: -1, Kind: vocab.Other}
	c.sourceBefore(&a)
	if a.Source[0] < 0 {
		return Attribution{}, false
	}
	end := c.s.T1
	for end > i+1 && d.Tag(end-1) == pos.PUNCT {
		end--
	}
	a.Content = [2]int{i + 1, end}
	return a, true
}
