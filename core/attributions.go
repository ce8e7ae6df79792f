package core

import (
	"slices"

	"parley/core/attrib"
	"parley/core/cameo"
	"parley/core/phoenix"
	"parley/core/pos"
	"parley/core/vocab"
)

// attrRec is an attribution of the text with its tokens and the parties
// its source stands for (several for a joint source: "Iran and Iraq
// said", "both sides").
type attrRec struct {
	Attribution
	tokCue, tokContent [2]int
	tokSource          [2]int
	relative           bool // a reduced relative: no stance of the noun before it
	head               int
	sourceNP           int
	actors             []int
}

// findAttributions runs the syntax and attribution stages over the text.
func (d *doc) findAttributions() {
	sc := d.scr
	d.nameTags()
	sc.parse.Build(d.nd)
	sc.find.M = d.a.cues
	found := sc.find.Find(d.nd, &sc.parse)
	d.attrs = make([]attrRec, 0, len(found))
	for _, at := range found {
		a := attrRec{Attribution: Attribution{Cue: d.span(at.Cue[0], at.Cue[1]), Content: d.span(at.Content[0], at.Content[1]), Kind: at.Kind},
			tokCue: at.Cue, tokContent: at.Content, tokSource: at.Source, head: at.Head, sourceNP: at.SourceNP, relative: at.Relative}
		if at.Source[0] >= 0 && at.Source[1] > at.Source[0] {
			src := d.span(at.Source[0], at.Source[1])
			a.Source = &src
		}
		d.attrs = append(d.attrs, a)
	}
}

// nameTags corrects the tags of the words of names the dictionaries know:
// a capitalised word of a party's name is a proper noun whatever the
// tagger guessed ("Moscow denied …" read as an adverb at a sentence's
// start).
func (d *doc) nameTags() {
	for _, m := range d.ments {
		if m.kind != mName && m.kind != mPerson {
			continue
		}
		for i := m.t0; i < m.t1 && i < len(d.nd.Tags); i++ {
			if d.cap(i) && d.nd.Tags[i] != pos.PROPN && d.nd.Tags[i] != pos.NOUN {
				d.nd.Tags[i] = pos.PROPN
			}
		}
	}
}

// span returns the evidence of tokens [t0, t1).
func (d *doc) span(t0, t1 int) Evidence {
	if t0 < 0 || t1 > len(d.toks) || t0 >= t1 {
		return Evidence{}
	}
	s, e := d.toks[t0].S(), d.toks[t1-1].E()
	return Evidence{Start: s, End: e, Text: d.text[s:e]}
}

// resolveSources finds the parties each attribution's source stands for,
// in text order (a pronoun looks back at the parties named before it);
// then a first-person source inside a quotation ("“We will not sign,” the
// minister said") takes the speaker of the quotation.
func (d *doc) resolveSources() {
	// first the sources that name a party nobody listed ("Metroline
	// said"), so that a description before a later name can reach it
	p := &d.scr.parse
	for k := range d.attrs {
		d.pause(false)
		if n := d.attrs[k].sourceNP; n >= 0 && (d.hasName(n) || d.appositiveName(n) >= 0) && len(d.npActors(n)) == 0 {
			d.newSourceParty(n)
		}
	}
	d.mergeDescriptions()
	for k := range d.attrs {
		d.pause(false)
		at := &d.attrs[k]
		switch {
		case at.sourceNP >= 0 && d.outletNP(at.sourceNP):
			// "Qatar's state news agency QNA reported": the outlet speaks for
			// no party; what it reports of one is that party's (see
			// reportedStances)
		case at.sourceNP >= 0:
			at.actors = d.npActors(at.sourceNP)
			for x, ai := range at.actors {
				if d.actors[ai].person {
					if org := d.affiliation(ai); org >= 0 && org != ai {
						d.merge(ai, org)
						at.actors[x] = org
					}
				}
			}
			if len(at.actors) == 0 {
				if ai := d.newSourceParty(at.sourceNP); ai >= 0 {
					at.actors = []int{ai}
				} else if m := d.appositivePerson(at.sourceNP); m >= 0 {
					// "The mediator, Ulrich Brennecke, said": a role of no
					// party's, held by the person named
					if ai := d.oneNPActor(m); ai >= 0 {
						at.actors = []int{ai}
					} else if ai := d.newSourceParty(m); ai >= 0 {
						at.actors = []int{ai}
					}
				}
			} else {
				at.actors = d.newConjuncts(at.sourceNP, at.actors)
			}
			if len(at.actors) == 1 {
				if o := d.appositiveOffice(at.sourceNP); o >= 0 && o != at.actors[0] {
					at.actors[0] = o // "Ann Lee, the EU trade commissioner,": the office says for whom
				}
				if m := d.appositivePerson(at.sourceNP); m >= 0 && !d.actors[at.actors[0]].person {
					// "the minister, Khalid Al-Marri,": the party's
					if a := d.oneNPActor(m); a < 0 {
						d.personAlias(m, at.actors[0])
					} else if a != at.actors[0] && d.actors[a].person {
						d.merge(a, at.actors[0])
					}
				}
			}
		case at.tokSource[1] > at.tokSource[0]:
			// a modifier of a nominal cue: "an Angolan demand"
			for _, mi := range d.mentionsIn(at.tokSource[0], at.tokSource[1]) {
				if m := d.ments[mi]; m.actor >= 0 && m.kind != mNon && m.t0 >= at.tokSource[0] {
					at.actors = []int{d.final(m.actor)}
					break
				}
			}
		}
	}
	for k := range d.attrs {
		at := &d.attrs[k]
		if len(at.actors) > 0 || at.sourceNP < 0 {
			continue
		}
		h := int(p.NPs[at.sourceNP].Head)
		if w := d.lw(h); (w == "we" || w == "i") && p.QAt[h] >= 0 {
			for j := range d.attrs {
				o := &d.attrs[j]
				if j != k && len(o.actors) > 0 && o.tokContent[0] <= h && h < o.tokContent[1] {
					at.actors = o.actors
					break
				}
			}
		}
	}
}

// quantityNouns count the people of the phrase after "of" ("thousands of
// Kurds", "dozens of rebels"). Hand-made: a closed class of English
// number and quantity nouns that the tagger reads as any noun.
var quantityNouns = map[string]bool{"thousand": true, "hundred": true, "dozen": true, "million": true, "score": true}

// newConjuncts adds to the parties of a coordinated source the names
// among its conjuncts that no dictionary knows ("Siemens and Alstom said":
// Alstom is known, Siemens a new party too).
func (d *doc) newConjuncts(n int, actors []int) []int {
	p := &d.scr.parse
	if p.NPs[n].Coord < 0 {
		return actors
	}
	k := n
	for steps := 0; steps < 6 && p.NPs[k].Coord >= 0 && int(p.NPs[k].Coord) < k; steps++ {
		k = int(p.NPs[k].Coord)
	}
	for steps := 0; steps < 6 && k >= 0 && k < len(p.NPs); steps++ {
		if d.nd.Tag(int(p.NPs[k].Head)) == pos.PROPN && d.oneNPActor(k) < 0 {
			if ai := d.newSourceParty(k); ai >= 0 && !slices.Contains(actors, ai) {
				actors = append(actors, ai)
			}
		}
		next := int(p.NPs[k].Coord)
		if next <= k {
			break
		}
		k = next
	}
	return actors
}

// npActors returns the parties noun phrase n stands for: the party of the
// mention at its head (or in its possessor or modifiers: "a spokesman for
// the union"), each conjunct's of a coordination, a pronoun's or a
// description's antecedent.
func (d *doc) npActors(n int) []int {
	p := &d.scr.parse
	if n < 0 || n >= len(p.NPs) {
		return nil
	}
	if pair := d.jointNP(n); pair != nil {
		return pair // "the two sides", "both sides"
	}
	// a coordination: every conjunct's party
	if p.NPs[n].Coord >= 0 {
		var out []int
		seen := map[int]bool{}
		k := n
		for steps := 0; steps < 6 && k >= 0; steps++ {
			if p.NPs[k].Coord < 0 || int(p.NPs[k].Coord) >= k {
				break
			}
			k = int(p.NPs[k].Coord)
		}
		for steps := 0; steps < 6 && k >= 0 && k < len(p.NPs); steps++ {
			if a := d.oneNPActor(k); a >= 0 && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
			next := int(p.NPs[k].Coord)
			if next <= k {
				break
			}
			k = next
		}
		if len(out) > 0 {
			return out
		}
	}
	if a := d.oneNPActor(n); a >= 0 {
		return []int{a}
	}
	return nil
}

// oneNPActor resolves a noun phrase that is not a coordination.
func (d *doc) oneNPActor(n int) int {
	p := &d.scr.parse
	s, e := d.npSpan(n)
	h := int(p.NPs[n].Head)
	// "a group of Zambia's bondholders", "dozens of rebels": the people
	// of the phrase after "of" (when the head names none itself)
	if d.lw(h+1) == "of" && d.nd.Tag(h) == pos.NOUN && !d.roleNoun(h) && !d.groupNoun(h) {
		if m := p.NPStartingAt(h + 2); m >= 0 && m != n {
			if mh := int(p.NPs[m].Head); d.groupNoun(mh) || d.roleNoun(mh) || quantityNouns[d.nd.Lemma(h)] {
				return d.oneNPActor(m) // ("thousands of Kurds": the Kurds)
			}
		}
	}
	if m := d.appositiveName(n); m >= 0 {
		if a := d.oneNPActor(m); a >= 0 {
			return a // "the country's biggest union, Amicus,"
		}
	}
	if ps, pe, ok := d.possName(n); ok {
		// "the International Longshoremen's Association": one name
		if ai, ok := d.byName[foldSpace(d.text[d.toks[ps].S():d.toks[pe-1].E()])]; ok {
			return d.final(ai)
		}
		return -1
	}
	if ps := p.NPs[n].Poss; ps >= 0 && d.nd.Tag(h) == pos.NOUN && organNouns[d.nd.Lemma(h)] {
		// "the union's bargaining committee": the possessor's organ,
		// whatever the mention finder made of the noun
		if a := d.oneNPActor(int(ps)); a >= 0 && !d.actors[a].person && d.kindOfActor(a) != KindState {
			return a
		}
	}
	if a := d.mentionedActor(n, s, e, h); a >= 0 {
		return a
	}
	if d.nd.Tag(h) == pos.PRON {
		return d.pronounActor(h)
	}
	return d.speakerFor(n, s, e, h)
}

// mentionedActor is the party a mention inside noun phrase n (tokens
// [s, e), head h) names, -1 when none.
func (d *doc) mentionedActor(n, s, e, h int) int {
	best, first := -1, -1
	role := d.roleNoun(h)
	for _, mi := range d.mentionsIn(s, e) {
		m := d.ments[mi]
		if m.actor < 0 || m.kind == mNon || m.t1 <= s || m.t0 >= e {
			continue
		}
		if m.t0 <= h && h < m.t1 && best < 0 {
			best = m.actor
		}
		// "a senior U.S. official": a demonym before a role noun names
		// the party; before "banks" or "workers" it does not; a nominal
		// cue's modifier does ("an Angolan demand")
		if first < 0 && (m.kind != mAdj || role || d.nd.Tag(h) == pos.NOUN && h == e && m.t1 <= h && !d.groupNoun(h)) {
			first = m.actor
		}
	}
	if best < 0 && first >= 0 && d.nd.Tag(h) == pos.NOUN && d.eventNoun(h) {
		first = -1 // "US attacks", "Russian gas": a thing of the party, not the party
	}
	if best < 0 {
		best = first
	}
	if best >= 0 {
		return d.final(best)
	}
	return -1
}

// speakerFor is the party noun phrase n (tokens [s, e), head h) speaks
// for when it names none itself: the maker after "by" or "from", the
// possessor, the party of a role or a description in view.
func (d *doc) speakerFor(n, s, e, h int) int {
	p := &d.scr.parse
	// "a statement issued by the ministry", "a letter from the union"
	k := e
	if k < len(d.toks) && d.nd.Tag(k) == pos.VBN {
		k++
	}
	if w := d.lw(k); (w == "by" || w == "from") && k > e-1 {
		if m := p.NPStartingAt(k + 1); m >= 0 && m != n {
			if a := d.oneNPActor(m); a >= 0 {
				return a
			}
		}
	}
	// "the airline's chief operating officer", "the union's bargaining
	// committee": whoever speaks for the possessor
	if ps := p.NPs[n].Poss; ps >= 0 && d.nd.Tag(h) == pos.NOUN && (!d.groupNoun(h) || organNouns[d.nd.Lemma(h)]) {
		if a := d.oneNPActor(int(ps)); a >= 0 && !d.actors[a].person {
			return a
		}
	}
	// "its chief executive", "their lawyers": whoever speaks for the
	// party the possessive pronoun stands for
	if w := d.lw(s); (w == "its" || w == "their") && s < h && d.nd.Tag(h) == pos.NOUN && !d.groupNoun(h) {
		if a := d.pronounActor(s); a >= 0 && !d.actors[a].person {
			return a
		}
	}
	// "the company", "a union spokesman": the party of that trade in view
	if ai := d.describedParty(n); ai >= 0 {
		return d.final(ai)
	}
	if ai := d.nameHeadParty(n); ai >= 0 {
		return d.final(ai) // "the college" after "the Royal College of Nursing"
	}
	// a role noun with no party named ("ministers believe", "officials
	// said"): the party last named with that role, else the state last
	// named
	if m := d.roleFor(n); m >= 0 && d.roleNoun(h) && d.nd.Tag(h) == pos.NOUN {
		// the role speaks for whom it names, party or not: "a spokesman
		// for the ministry" is the state in view, "a spokeswoman for the
		// magazine" no party
		return d.oneNPActor(m)
	}
	if d.roleNoun(h) && d.nd.Tag(h) == pos.NOUN && d.plainRole(n) {
		if ai := d.roleHeadBefore(d.lw(h), s); ai >= 0 {
			return d.final(ai)
		}
		if d.nd.Lemma(h) == "mediator" {
			return -1 // a mediator is no side's
		}
		// the state that is the sentence's own subject first ("The
		// United States withdrew troops from Panama, but defence
		// officials said …"), else the state last named
		if ai := d.sentenceState(s); ai >= 0 {
			return d.final(ai)
		}
		if ai := d.stateBefore(s); ai >= 0 {
			return d.final(ai)
		}
	}
	// a description the mention finder left open: "the sources", "the
	// union", "officials": the party last named with the same head, or
	// one whose name ends so
	for _, mi := range d.mentionsIn(s, e) {
		m := d.ments[mi]
		if m.kind == mDesc && m.head != "" {
			if w := d.lw(s); (w == "a" || w == "an") && h == s+1 && lastWord(m.head) == d.lw(h) {
				continue // "an association said": a new one, not one named before
			}
			if ai := d.roleHeadBefore(lastWord(m.head), m.t0); ai >= 0 {
				return d.final(ai)
			}
			if ai := d.byHead(m.head, m.t0); ai >= 0 {
				return d.final(ai)
			}
		}
	}
	return -1
}

// sentenceState returns the state (or intergovernmental organisation)
// named first in the sentence of token t when that mention opens the
// sentence (its subject), -1.
func (d *doc) sentenceState(t int) int {
	si := int(d.sentOf[t])
	s0 := d.sents[si].t0
	for _, mi := range d.sment[si] {
		m := d.ments[mi]
		if m.t0 >= t {
			break
		}
		if m.actor < 0 || m.kind == mNon {
			continue
		}
		if k := m.t0; (k == s0 || k == s0+1 && d.is(s0, bDet)) && (d.kindOfActor(d.final(m.actor)) == KindState || d.kindOfActor(d.final(m.actor)) == KindOrganization) {
			return m.actor
		}
		return -1
	}
	return -1
}

// roleHeadBefore returns the party of the last role mention with head h
// before token t ("Informed sources in Baabda" … "the sources"), -1.
func (d *doc) roleHeadBefore(h string, t int) int {
	if d.roleHeads == nil {
		d.roleHeads = map[string][]int{}
		for mi, m := range d.ments {
			if m.kind == mRole && m.actor >= 0 && m.head != "" {
				k := lastWord(m.head)
				d.roleHeads[k] = append(d.roleHeads[k], mi)
			}
			if m.kind == mPerson && m.actor >= 0 {
				// "President Reagan" … "the president"
				for t := m.t0; t < m.t1; t++ {
					d.roleHeads[d.lw(t)] = append(d.roleHeads[d.lw(t)], mi)
				}
			}
		}
	}
	best := -1
	for _, mi := range d.roleHeads[h] {
		if m := d.ments[mi]; m.t0 < t && (best < 0 || m.t0 > d.ments[best].t0) {
			best = mi
		}
	}
	if best < 0 {
		return -1
	}
	return d.ments[best].actor
}

// plainRole reports whether role NP n names nothing but the role: "the
// ministry", "officials", "a spokesman"; not "local officials" or
// "Western diplomats", which point away from the party in view.
func (d *doc) plainRole(n int) bool {
	p := &d.scr.parse
	np := p.NPs[n]
	for i := int(np.T0); i < int(np.Head); i++ {
		switch t := d.nd.Tag(i); {
		case t == pos.DET, t == pos.ADJ && !d.cap(i):
		case t == pos.NOUN && !d.cap(i):
			// "the finance ministry", "government negotiators"; not "union
			// officials" (a group of its own)
			if _, k, ok := d.agentAt(i); ok && (k == vocab.KindGroup || k == vocab.KindOrganization) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// roleFor returns the noun phrase after a role noun's "for", "of" or
// "at" ("a spokeswoman for the magazine", "an analyst at the bank"), -1.
func (d *doc) roleFor(n int) int {
	p := &d.scr.parse
	if k := int(p.NPs[n].Head) + 1; k+1 < len(d.toks) {
		switch d.lw(k) {
		case "for", "of", "at":
			if m := p.NPStartingAt(k + 1); m >= 0 && m != n {
				return m
			}
		}
	}
	return -1
}

// roleNoun reports whether token h is a noun for someone who speaks for a
// party (Phoenix's role agents: minister, official, spokesman, …).
func (d *doc) roleNoun(h int) bool {
	_, k, ok := phoenix.Agent(d.lw(h))
	return ok && k == phoenix.Role
}

// final follows merges to the actor that stands.
func (d *doc) final(ai int) int {
	for k := 0; k < 8 && ai >= 0 && ai < len(d.actors) && d.actors[ai].merged; k++ {
		ai = d.actors[ai].into
	}
	return ai
}

// mentionsIn returns the indexes of the mentions that overlap tokens
// [s, e).
func (d *doc) mentionsIn(s, e int) []int {
	if s < 0 || s >= len(d.sentOf) {
		return nil
	}
	si := int(d.sentOf[s])
	if si >= len(d.sment) {
		return nil
	}
	var out []int
	for _, mi := range d.sment[si] {
		if m := d.ments[mi]; m.t0 < e && m.t1 > s {
			out = append(out, mi)
		}
	}
	return out
}

// outletNP reports whether noun phrase n names a news outlet: a noun of
// one among its words ("the state news agency QNA", "the daily Le Monde").
func (d *doc) outletNP(n int) bool {
	s, e := d.npSpan(n)
	for i := s; i < e && i < s+8; i++ {
		if d.is(i, bOutlet) && !d.cap(i) {
			return true
		}
	}
	return false
}

// mentionAtHead returns the mention that covers token h, -1.
func (d *doc) mentionAtHead(h int) int {
	for _, mi := range d.mentionsIn(h, h+1) {
		return mi
	}
	return -1
}

// jointNP: "both sides", "the two sides": the two parties named most.
func (d *doc) jointNP(n int, except ...int) []int {
	p := &d.scr.parse
	np := p.NPs[n]
	if w := d.lw(int(np.T1)); (w == "from" || w == "of" || w == "on") && d.roleNoun(int(np.Head)) {
		// "officials from both sides": the role speaks for the sides
		if m := p.NPStartingAt(int(np.T1) + 1); m >= 0 && m != n {
			return d.jointNP(m, except...)
		}
	}
	switch d.lw(int(np.Head)) {
	case "countries", "governments":
		except = nil // "Peru said both countries would sign": the speaker's may be one of them
	case "sides", "parties", "delegations":
		// (the sides of a negotiation, spoken of by someone else: not the speaker)
	case "side", "party":
		if d.lw(int(np.T0)) != "each" {
			return nil // "each side accused the other"
		}
		if a, b := d.topTwo(int(np.T0), except...); a >= 0 && b >= 0 {
			return []int{a, b}
		}
		return nil
	default:
		return nil
	}
	for i := int(np.T0); i < int(np.Head); i++ {
		if w := d.lw(i); w == "two" || w == "both" {
			if a, b := d.topTwo(int(np.T0), except...); a >= 0 && b >= 0 {
				return []int{a, b}
			}
		}
	}
	return nil
}

var _ = attrib.Default
var _ = vocab.Speech

// hasName reports whether noun phrase n holds a proper noun.
func (d *doc) hasName(n int) bool {
	np := d.scr.parse.NPs[n]
	for i := int(np.T0); i <= int(np.Head); i++ {
		if d.nd.Tag(i) == pos.PROPN {
			return true
		}
	}
	return false
}

// groupNoun reports whether token h is an agent noun of a group (banks,
// workers, rebels): "German banks" are banks, not Germany.
func (d *doc) groupNoun(h int) bool {
	_, k, ok := d.agentAt(h)
	return ok && k != phoenix.Role && k != ""
}

// eventNoun reports whether noun h names an act or a thing rather than
// people: no Phoenix agent noun, and a nominalisation of a CAMEO verb
// ("attacks", "sanctions", "talks") or a noun the dictionary's synonym
// sets list.
func (d *doc) eventNoun(h int) bool {
	if _, _, ok := d.agentAt(h); ok {
		return false
	}
	_, ok := cameo.VerbOf(d.nd.Lemma(h))
	return ok
}
