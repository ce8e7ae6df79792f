package core

import (
	"math"
	"parley/core/cameo"
	"slices"
	"sort"

	"parley/core/pos"
	"parley/core/stance"
	"parley/core/syntax"
	"parley/core/vocab"
)

// stanceRec is a stance before output: actor and target are actor
// indexes; cS, cE the content's tokens.
type stanceRec struct {
	actor, target int
	typ           StanceType
	source        string
	cameo         string
	conf          float64
	evS, evE      int // evidence bytes
	cS, cE        int // content tokens
	si            int
	issues        []string
	say           bool // from a verb of saying, typed by its content
	attr          int  // the attribution it comes from
	rule          string
	offer         bool // it puts an offer on the table too (stance.Result.Offer)
}

// findStances makes the stances of the parties from the attributions whose
// source resolves to a party: one stance per party (a joint source gives
// one each) and per sentence of a content that spans several, typed by
// package stance.
func (d *doc) findStances() {
	d.stancePhase = true
	d.resolveSources()
	for k := range d.attrs {
		d.pause(false)
		at := &d.attrs[k]
		if d.sents[d.sentOf[at.tokCue[0]]].headline || d.commentarySource(at) || at.relative {
			continue // (a headline states nothing of its own: the story does; a commentator reads, it holds nothing)
		}
		if len(at.actors) == 0 {
			d.reportedStances(k)
			continue
		}
		for _, part := range d.contentParts(at) {
			if part.second && d.nestedSaying(k, part.c) {
				continue // "said … and that it hoped …": the inner verb says it
			}
			if d.jointStances(k, part) {
				continue
			}
			for _, ai := range at.actors {
				if st, ok := d.stanceOf(k, ai, part); ok {
					d.stances = append(d.stances, st)
				}
			}
		}
	}
	d.dedupStances()
}

// jointStances: a content whose subject is the two sides ("the envoy
// said both delegations had agreed to …") is a stance of each, when the
// source is neither; it reports whether it made them.
func (d *doc) jointStances(k int, cp contentPart) bool {
	i := d.clauseStart(cp.c[0], cp.c[1])
	n := d.scr.parse.NPStartingAt(i)
	if n < 0 {
		return false
	}
	pair := d.jointNP(n, d.attrs[k].actors...)
	if pair == nil {
		return false
	}
	p := &d.scr.parse
	if e := int(p.NPs[n].Ext); e >= cp.c[1] || p.VGAt[e] < 0 || !p.VGs[p.VGAt[e]].Has(syntax.Finite) {
		return false // "urged both sides to …": the sides are asked, they hold nothing
	}
	if d.attrs[k].Kind != vocab.Speech {
		return false // "hoped the two sides would meet": the hope is the source's
	}
	if !d.stanceVerbAt(int(p.VGs[p.VGAt[int(p.NPs[n].Ext)]].Head)) {
		return false // "the two sides had come close to a deal": the source's reading of the talks
	}
	for _, a := range d.attrs[k].actors {
		if slices.Contains(pair, a) {
			return false // "the two sides said": the source's own
		}
	}
	cp.joint = pair
	for _, ai := range pair {
		if st, ok := d.stanceOf(k, ai, cp); ok {
			d.stances = append(d.stances, st)
		}
	}
	return true
}

// stanceVerbAt reports whether the verb at h takes a stance of its own in
// CAMEO (agree, accept, reject, propose, demand, pledge …), beyond saying
// or doing.
func (d *doc) stanceVerbAt(h int) bool {
	e, ok := cameo.MatchEntry(d.nd.Lemma(h), nil, nil)
	if !ok {
		return false
	}
	switch t, _ := e.Type(); t {
	case Acceptance, Rejection, Proposed, Demand, Commitment, Denial, Accusation, Threat:
		return true
	}
	return false
}

// nestedSaying reports whether content c of attribution k opens with
// another attribution of the same parties ("that it hoped …", "it
// believed …"): the inner cue types it.
func (d *doc) nestedSaying(k int, c [2]int) bool {
	at := &d.attrs[k]
	for j := range d.attrs {
		o := &d.attrs[j]
		if j == k || len(o.actors) == 0 || o.tokCue[0] < c[0] || o.tokCue[0] > c[0]+4 || o.tokCue[1] > c[1] {
			continue
		}
		if slices.Equal(o.actors, at.actors) {
			return true
		}
	}
	return false
}

// reportedStances: what a source that is no party reports of a party's
// stance ("X will visit Y to mediate, diplomatic sources said", "Y has
// agreed to …, officials said") is that party's stance (commentators are
// left out before: see commentarySource).
func (d *doc) reportedStances(k int) {
	at := &d.attrs[k]
	for _, cp := range d.contentParts(at) {
		part := cp.c
		i := d.clauseStart(part[0], part[1])
		if i < part[1] && d.nd.Tag(i) == pos.PRON {
			continue // "the union said it …": the pronoun is the speaker, no party
		}
		if d.jointStances(k, cp) {
			continue
		}
		if i < part[1] && d.lw(i) != "the" && !d.partyIn(i, part[1]) {
			continue // (no party named, nor described: nobody's stance to report)
		}
		if st, ok := d.stanceOf(k, -1, cp); ok && st.actor >= 0 {
			d.stances = append(d.stances, st)
		}
	}
}

// partyIn reports whether a mention of a party lies in tokens [s, e) of
// one sentence.
func (d *doc) partyIn(s, e int) bool {
	if s < 0 || s >= len(d.sentOf) || int(d.sentOf[s]) >= len(d.sment) {
		return false
	}
	for _, mi := range d.sment[d.sentOf[s]] {
		if m := d.ments[mi]; m.actor >= 0 && m.kind != mNon && m.t0 < e && m.t1 > s {
			return true
		}
	}
	return false
}

// commentarySource reports whether the source of at is a commentator
// ("analysts", "an economist at …"), whose words are a reading, no report
// of the parties (an outlet reports: "Reuters reported that X rejected
// …" is X's stance).
func (d *doc) commentarySource(at *attrRec) bool {
	if len(at.actors) > 0 && d.actors[d.final(at.actors[0])].nonParty {
		return true // "he said" after "analyst Omar Haddad said …"
	}
	s0, s1 := at.tokSource[0], at.tokSource[1]
	if s0 < 0 || s1 <= s0 {
		return false
	}
	for i := s0; i < s1; i++ {
		if commentators[d.lw(i)] {
			return true
		}
	}
	// "Julia Marchetti, a trade analyst at Eurasia Group,": the
	// appositive after the name says what the speaker is
	if d.isPunct(s1, ",") {
		for i := s1 + 1; i < len(d.toks) && i < s1+6 && !d.isPunct(i, ",") && d.sentOf[i] == d.sentOf[s0]; i++ {
			if commentators[d.lw(i)] {
				return true
			}
		}
	}
	return false
}

// contentPart is a part of a content that gets a stance of its own:
// tokens c, of which typing passes over skip (see stance.Input.Skip).
type contentPart struct {
	c, skip [2]int
	second  bool  // a second that-clause ("… and that it hoped …")
	joint   []int // the parties of a joint subject ("both delegations had agreed"), for a source that is none
}

// contentParts splits a content over several sentences into its
// sentences (each of a long quotation can be a stance of its own type);
// a content within one sentence is one part, or two: two that-clauses
// joined by "and" or "but", or a second verb phrase that shares the first's
// subject after "but" ("was studying the plan but would not free anyone":
// a reading and a refusal).
func (d *doc) contentParts(at *attrRec) []contentPart {
	c := at.tokContent
	if c[1] <= c[0] || c[0] < 0 || c[1] > len(d.toks) {
		return nil
	}
	s0, s1 := int(d.sentOf[c[0]]), int(d.sentOf[c[1]-1])
	if s0 == s1 && c[0] < at.tokCue[0] && at.tokCue[1]+1 < c[1] && at.tokSource[0] > c[0] {
		// "Japan, he added, would not accept …": typing passes over the
		// speaker set off by commas
		return []contentPart{{c: c, skip: [2]int{at.tokSource[0] - 1, at.tokCue[1] + 1}}}
	}
	if s0 == s1 {
		return d.sentenceParts(c, nil)
	}
	var out []contentPart
	for si := s0; si <= s1 && si < len(d.sents); si++ {
		a, b := max(c[0], d.sents[si].t0), min(c[1], d.sents[si].t1)
		if q := d.scr.parse.QAt[a]; q >= 0 && a < at.tokCue[0] && at.tokCue[0] < b {
			// "“…,” she said when asked about …": the quotation, not what
			// the speaker's sentence goes on to say
			if e := int(d.scr.parse.Quotes[q].Close); e > a && e < b {
				b = e
			}
		}
		// the speaker's own sentence ("she said.") is no part of it
		if b > a && !(at.tokCue[0] >= a && at.tokCue[1] <= b && b-a <= 8) {
			if d.scr.parse.QAt[a] >= 0 {
				out = d.sentenceParts([2]int{a, b}, out) // (a quoted sentence may hold two stances)
			} else {
				out = append(out, contentPart{c: [2]int{a, b}})
			}
		}
	}
	return out
}

// sentenceParts appends to out the parts of a content c within one
// sentence: two that-clauses ("said the shipments had helped and that it
// hoped …"), two clauses with subjects of their own after ", and" or ",
// but" ("we are disappointed …, and we are still ready to resume the
// talks"), or a second verb phrase of the same subject (contrastVP);
// else c whole.
func (d *doc) sentenceParts(c [2]int, out []contentPart) []contentPart {
	p := &d.scr.parse
	for k := c[0] + 2; k+2 < c[1]; k++ {
		if w := d.lw(k); (w == "and" || w == "but") && d.lw(k+1) == "that" && d.nd.Tag(k+1) == pos.SCONJ && p.QAt[k] < 0 {
			e := k
			if d.isPunct(e-1, ",") {
				e--
			}
			return append(out, contentPart{c: [2]int{c[0], e}}, contentPart{c: [2]int{k + 1, c[1]}, second: true})
		}
	}
	for k := c[0] + 3; k+3 < c[1]; k++ {
		if w := d.lw(k); (w != "and" && w != "but") || !d.isPunct(k-1, ",") {
			continue
		}
		if n := p.NPStartingAt(k + 1); n >= 0 && d.nd.Tag(int(p.NPs[n].Head)) == pos.PRON {
			// ", and we are still ready to …": a pronoun subject and its
			// finite verb open a clause of their own
			if e := int(p.NPs[n].Ext); e < c[1] && p.VGAt[e] >= 0 && p.VGs[p.VGAt[e]].Has(syntax.Finite) && int(p.VGs[p.VGAt[e]].T0) == e {
				return append(out, contentPart{c: [2]int{c[0], k - 1}}, contentPart{c: [2]int{k + 1, c[1]}, second: true})
			}
		}
	}
	if conj, v2 := d.contrastVP(c[0], c[1]); conj > 0 {
		return append(out, contentPart{c: [2]int{c[0], conj}}, contentPart{c: c, skip: [2]int{d.vpStart(c[0], conj), v2}})
	}
	return append(out, contentPart{c: c})
}

// contrastVP finds in a content [c0, c1) of one sentence a subject, a
// finite verb group and, after "but", a second finite verb group with no
// subject of its own: it returns the token of "but" (its comma when one
// goes before) and the second group's start; 0, 0 when none. Nothing
// between may open a clause of its own with a subject ("that", "if", a
// relative pronoun, a quotation), so the two groups share the subject.
func (d *doc) contrastVP(c0, c1 int) (conj, v2 int) {
	p := &d.scr.parse
	i := d.clauseStart(c0, c1)
	n := p.NPStartingAt(i)
	if n < 0 {
		return 0, 0
	}
	g1 := -1
	for k := int(p.NPs[n].Ext); k < c1 && k < int(p.NPs[n].Ext)+3; k++ {
		if g := p.VGAt[k]; g >= 0 {
			g1 = int(g)
			break
		}
	}
	if g1 < 0 || !p.VGs[g1].Has(syntax.Finite) {
		return 0, 0
	}
	for k := int(p.VGs[g1].T1); k+1 < c1; k++ {
		if w := d.lw(k); p.QAt[k] >= 0 || d.nd.Tag(k) == pos.SCONJ || w == "which" || w == "who" {
			return 0, 0 // (an infinitive is part of the first phrase: "was ready to talk but …")
		}
		if g := p.VGAt[k]; g >= 0 && int(g) != g1 && p.VGs[g].Has(syntax.Finite) {
			return 0, 0 // a second clause's verb before any "but"
		}
		if w := d.lw(k); w != "but" && w != "and" {
			continue
		}
		j := k + 1
		for j < c1 && d.nd.Tag(j) == pos.ADV {
			j++
		}
		if g := p.VGAt[j]; g >= 0 && int(p.VGs[g].T0) == j && p.VGs[g].Has(syntax.Finite) {
			if d.lw(k) == "and" && (!p.VGs[g].Has(syntax.Modal) || p.VGs[g1].Has(syntax.Modal)) {
				return 0, 0 // "and" parts a stated fact from a modal act only ("had no basis and should be lifted")
			}
			if d.isPunct(k-1, ",") {
				k--
			}
			return k, j
		}
		return 0, 0
	}
	return 0, 0
}

// clauseStart is the first token of a content [c0, c1) past "that" and
// punctuation: where its subject begins.
func (d *doc) clauseStart(c0, c1 int) int {
	i := c0
	for i < c1 && (d.lw(i) == "that" || d.nd.Tag(i) == pos.PUNCT) {
		i++
	}
	return i
}

// vpStart is the first token after the subject of a content [c0, conj):
// where the first verb phrase begins.
func (d *doc) vpStart(c0, conj int) int {
	p := &d.scr.parse
	i := d.clauseStart(c0, conj)
	if n := p.NPStartingAt(i); n >= 0 {
		return min(int(p.NPs[n].Ext), conj)
	}
	return i
}

// stanceOf types one part of attribution k for actor ai.
func (d *doc) stanceOf(k, ai int, cp contentPart) (stanceRec, bool) {
	at := &d.attrs[k]
	sc := d.scr
	part := cp.c
	joint := at.actors
	if cp.joint != nil {
		joint = cp.joint
	}
	in := stance.Input{D: d.nd, P: &sc.parse, Cue: at.tokCue, Head: at.head, Content: part, Skip: cp.skip, Self: ai, Joint: joint, Parties: partyLookup{d}}
	if n := at.sourceNP; n >= 0 && d.nd.Tag(int(sc.parse.NPs[n].Head)) == pos.NOUN && at.tokSource[1] <= at.tokCue[0] && at.tokCue[0]-at.tokSource[1] <= 2 {
		// (the subject right before its verb: "Egypt's plan calls for …")
		in.SourceThing = proposalNoun(d.nd.Lemma(int(sc.parse.NPs[n].Head)))
	}
	r := stance.Classify(in, at.Kind)
	if r.Type == "" {
		return stanceRec{}, false
	}
	switch {
	case r.Holder == stance.HolderLastProposer:
		if p := d.lastProposer(); p >= 0 {
			ai = p
		}
	case r.Holder >= 0 && cp.joint == nil:
		ai = r.Holder // a stance of another party, reported by the source
	}
	cs, ce := part[0], part[1]
	if cp.skip[1] > cp.skip[0] && cp.skip[1] < ce {
		cs = cp.skip[1] // "would not free anyone": the second verb phrase
	}
	evS, evE := d.toks[cs].S(), d.toks[ce-1].E()
	// the evidence holds the cue when it is beside the content
	// (a second verb phrase is its own evidence: "would not free anyone")
	if c0, c1 := d.toks[at.tokCue[0]].S(), d.toks[at.tokCue[1]-1].E(); int(d.sentOf[at.tokCue[0]]) == int(d.sentOf[cs]) && cp.skip[1] <= cp.skip[0] {
		evS, evE = min(evS, c0), max(evE, c1)
		// and the source named just before the cue: "Officials in Lima
		// denied …" is the evidence, not "denied …"
		if s0, s1 := at.tokSource[0], at.tokSource[1]; s0 >= 0 && s1 > s0 && s1 <= at.tokCue[0] &&
			d.sentOf[s0] == d.sentOf[at.tokCue[0]] && at.tokCue[0]-s1 <= 6 {
			evS = min(evS, d.toks[s0].S())
		}
	}
	if evE-evS > 600 {
		evS, evE = d.toks[cs].S(), min(d.toks[ce-1].E(), d.toks[cs].S()+600)
		for evE > evS && d.text[evE-1] != ' ' && evE < d.toks[ce-1].E() {
			evE--
		}
	}
	st := stanceRec{actor: ai, target: r.Target, typ: r.Type, cameo: r.Code, conf: math.Round(r.Conf*100) / 100,
		evS: evS, evE: evE, cS: cs, cE: ce, si: int(d.sentOf[cs]), say: at.Kind == vocab.Speech && r.Rule != "stance-verb",
		attr: k, rule: r.Rule, offer: r.Offer}
	if at.Source != nil {
		st.source = foldSpace(at.Source.Text)
	}
	if st.target == ai {
		st.target = -1
	}
	if st.target < 0 && len(at.actors) == 2 && (r.Type == Accusation || r.Type == Demand) && d.reciprocal(at.tokCue[1]) {
		// "Chad and Niger accused each other": each blames the other
		st.target = at.actors[0]
		if st.target == ai {
			st.target = at.actors[1]
		}
	}
	st.issues = d.issuesIn(cs, ce)
	if r.Rule == "statement" && !d.holdsSomething(cs, ce) {
		return stanceRec{}, false // a report of facts, not what the party holds
	}
	return st, true
}

// holdsSomething reports whether a plain statement says what its speaker
// holds rather than reporting a fact: it speaks in the first person, uses
// a modal, negates, names a party or touches an issue of the talks.
func (d *doc) holdsSomething(cs, ce int) bool {
	for i := cs; i < ce && i < len(d.toks); i++ {
		switch d.nd.Tag(i) {
		case pos.AUX:
			switch d.nd.Lemma(i) {
			case "will", "would", "must", "should", "can", "could", "may", "might", "shall":
				return true
			}
		case pos.PRON:
			switch d.lw(i) {
			case "we", "i", "our", "us", "my":
				return true
			}
		case pos.PART:
			if d.nd.Lemma(i) == "not" {
				return true
			}
		case pos.NOUN:
			if stance.TalkNoun(d.nd.Lemma(i)) {
				return true // "it was studying the proposal": of the talks
			}
		}
	}
	for _, mi := range d.mentionsIn(cs, ce) {
		if m := d.ments[mi]; m.actor >= 0 && m.kind != mNon {
			return true
		}
	}
	return len(d.issuesIn(cs, ce)) > 0
}

// lastProposer returns the actor of the last proposal stance so far, -1.
func (d *doc) lastProposer() int {
	for k := len(d.stances) - 1; k >= 0; k-- {
		if d.stances[k].typ == Proposed {
			return d.stances[k].actor
		}
	}
	return -1
}

// reciprocal reports whether "each other" or "one another" follows token t.
func (d *doc) reciprocal(t int) bool {
	return d.lw(t) == "each" && d.lw(t+1) == "other" || d.lw(t) == "one" && d.lw(t+1) == "another" ||
		d.lw(t) == "the" && d.lw(t+1) == "other" && d.lw(t-1) != "" && t+2 < len(d.toks) && !d.is(t+2, bRole|bGroup) && d.nd.Tag(t+2) != pos.NOUN
}

// partyLookup answers package stance's questions about noun phrases.
type partyLookup struct{ d *doc }

func (p partyLookup) Of(n int) int {
	d := p.d
	np := d.scr.parse.NPs
	if n < 0 || n >= len(np) {
		return -1
	}
	if as := d.npActors(n); len(as) > 0 {
		return as[0]
	}
	return -1
}

// dedupStances merges restatements: the same actor and type over
// overlapping evidence keeps the first, and a stance typed by a verb of
// saying gives way to one its content also states ("said it rejected").
func (d *doc) dedupStances() {
	sort.SliceStable(d.stances, func(a, b int) bool { return d.stances[a].evS < d.stances[b].evS })
	drop := make([]bool, len(d.stances))
	for i := range d.stances {
		if drop[i] {
			continue
		}
		a := &d.stances[i]
		for j := i + 1; j < len(d.stances) && d.stances[j].evS < a.evE; j++ {
			b := &d.stances[j]
			if drop[j] || b.actor != a.actor {
				continue
			}
			switch {
			case b.typ == a.typ:
				drop[j] = true
				a.evE = max(a.evE, b.evE)
			case a.typ == Position && b.typ != Position && a.cS <= b.cS && b.cE <= a.cE+1:
				drop[i] = true // the said content's own stance is clearer
			case b.typ == Position && a.typ != Position && b.cS <= a.cS && a.cE <= b.cE+1:
				drop[j] = true
			}
		}
	}
	// "denied the charge, saying officials had met the fishers": the
	// participle of saying gives the grounds of the stance before it, of
	// the same party in the same sentence, no stance of its own
	for j := range d.stances {
		b := &d.stances[j]
		if drop[j] || (b.typ != Position && b.typ != Assessment) || b.attr < 0 || b.attr >= len(d.attrs) {
			continue
		}
		cue := d.attrs[b.attr].tokCue[0]
		if d.nd.Tag(cue) != pos.VBG || !d.isPunct(cue-1, ",") {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			if a := &d.stances[i]; !drop[i] && a.actor == b.actor && a.si == b.si && a.typ != Position && a.typ != Assessment && a.evE <= d.toks[cue].S() {
				drop[j] = true
				break
			}
		}
	}
	// a plain statement that goes on saying what an earlier part of the
	// same attribution said (the next sentences of one long quotation)
	for j := range d.stances {
		b := &d.stances[j]
		if drop[j] || b.typ != Position {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			if a := &d.stances[i]; !drop[i] && a.attr == b.attr && a.actor == b.actor && a.si < b.si {
				drop[j] = true
				break
			}
		}
	}
	kept := d.stances[:0]
	for i, st := range d.stances {
		if !drop[i] {
			kept = append(kept, st)
		}
	}
	d.stances = kept
}

// npSpan returns the tokens of NP n with its possessor and modifiers.
func (d *doc) npSpan(n int) (int, int) {
	p := &d.scr.parse
	return p.Start(n), int(p.NPs[n].Ext)
}

var _ = syntax.Passive
