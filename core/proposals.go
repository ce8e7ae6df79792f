package core

import (
	"parley/core/attrib"
	"sort"

	"parley/core/cameo"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

// Proposals: what a party puts on the table, found three ways, then given
// the status the text reports:
//
//   - a stance of type proposal (its content is the proposal);
//   - a noun of proposing ("offer", "plan", "proposal", "draft", and the
//     dictionary's synonym set of proposals) whose proposer the grammar
//     names: a possessor ("the company's offer"), a name or demonym
//     modifying it ("a US offer", "the Egyptian plan"), "by"/"from" X, a
//     clause after it ("the deal Oman brokered", "the plan that X put
//     forward");
//   - an accord ("reached a deal with X under which …"): accepted.
//
// The status comes from the verb the proposal noun is the object of, or
// the subject of in the passive, by its CAMEO type (rejected, accepted,
// denied; discussed/considered/studied: under discussion; withdrawn,
// replaced), in its own sentence or, for "the offer" taken up again, in
// a later one.

type proposalRec struct {
	proposer int
	status   ProposalStatus
	evS, evE int
	cS, cE   int // substance tokens
	si       int
	head     string // the proposal noun's lemma ("offer"), "" for a stance
	issues   []string
}

// proposalNoun: see cameo.ProposalNoun.
func proposalNoun(l string) bool { return cameo.ProposalNoun(l) }

// accordNoun: nouns of a concluded agreement.
func accordNoun(l string) bool {
	return l == "deal" || l == "agreement" || l == "accord" || cameo.InSynset(l, "treaty")
}

// findProposals finds the proposals of the text.
func (d *doc) findProposals() {
	for k := range d.stances {
		st := &d.stances[k]
		if st.typ != Proposed && !d.tabled(st) && !st.offer {
			continue
		}
		cs, ce := d.substance(st.cS, st.cE)
		status := StatusProposed
		head := ""
		if n := d.proposalNP(cs, ce); n >= 0 {
			if w := d.lw(int(d.scr.parse.NPs[n].T0)); (w == "its" || w == "their" || w == "our") && !d.hasSubstance(n) {
				continue // "would keep its proposal on the table": one made before, named again
			}
			head = d.nd.Lemma(int(d.scr.parse.NPs[n].Head)) // (a later "the proposal" takes it up)
			// "new ideas that are being discussed": what the text says of
			// the proposal; what is proposed comes after the noun ("…,
			// based on the principle of X" → X)
			status = d.statusOf(n)
			if k := d.afterProposalNoun(n, ce); k < ce {
				cs = k
			}
		} else if m := d.scr.parse.NPStartingAt(cs); m >= 0 {
			// "proposed a joint commission, which Lima is studying": what
			// a relative clause says of the thing proposed
			k := int(d.scr.parse.NPs[m].Ext)
			if d.isPunct(k, ",") {
				k++
			}
			if w := d.lw(k); w == "which" || w == "that" {
				if st, ok := d.relativeVerdict(k + 1); ok {
					status = st
				}
			}
		}
		if st.rule == "proposed-thing" {
			// "one of the ideas proposed": one of the proposals just reported
			for k := len(d.proposals) - 1; k >= 0; k-- {
				if d.proposals[k].proposer == st.actor {
					status = d.proposals[k].status
					break
				}
			}
		}
		d.addProp(proposalRec{proposer: st.actor, status: status, evS: st.evS, evE: st.evE,
			cS: cs, cE: ce, si: st.si, issues: st.issues, head: head})
	}
	d.deniedOffers()
	p := &d.scr.parse
	var refs []proposalRec
	for n := range p.NPs {
		h := int(p.NPs[n].Head)
		if d.nd.Tag(h) != pos.NOUN || p.QAt[h] >= 0 && !d.ownDraft(n) || !proposalNoun(d.nd.Lemma(h)) && !d.judgedOffer(n) && !d.ownDraft(n) {
			continue
		}
		si := int(d.sentOf[h])
		if d.sents[si].headline {
			continue
		}
		ai := d.proposerOf(n)
		if ai < 0 {
			continue
		}
		pr := d.nounProposal(n, si, ai, d.statusOf(n))
		if !d.hasSubstance(n) {
			refs = append(refs, pr) // "its offer was fair": a proposal made elsewhere
			continue
		}
		d.addProp(pr)
	}
	d.takeUp(refs)
	d.accords()
	d.laterStatus()
	d.replacedOffers()
	d.stanceVerdicts()
	d.addProposalStances()
	sort.SliceStable(d.proposals, func(a, b int) bool { return d.proposals[a].evS < d.proposals[b].evS })
}

// ownDraft reports whether noun phrase n is a draft the speaker's side
// puts forward: "our draft treaty text", "our draft resolution" (in a
// speaker's own words too).
func (d *doc) ownDraft(n int) bool {
	p := &d.scr.parse
	np := p.NPs[n]
	if w := d.lw(int(np.T0)); w != "our" && w != "its" && w != "their" {
		return false
	}
	for k := int(np.T0) + 1; k < int(np.Head); k++ {
		if d.nd.Lemma(k) == "draft" {
			return true
		}
	}
	return false
}

// judgedOffer reports whether noun phrase n, whatever its noun, is an offer
// a party made that the sentence judges: the object of a verb that
// rejects or accepts, with "from" or "by" and its maker after it ("the
// drivers turned down a 6% rise from the operator").
func (d *doc) judgedOffer(n int) bool {
	p := &d.scr.parse
	s := p.Start(n) - 1
	s = d.pastCoordination(s)
	if s < 0 || p.VGAt[s] < 0 {
		return false
	}
	st, ok := d.verdict(p.VGs[p.VGAt[s]])
	if !ok || st != StatusRejected && st != StatusAccepted {
		return false
	}
	e := int(p.NPs[n].T1)
	if w := d.lw(e); w != "from" && w != "by" {
		return false
	}
	return p.NPStartingAt(e+1) >= 0
}

// pastCoordination: from token s before a noun phrase, when s is "and",
// the token where the phrase's conjunct began its verb's object — the
// verb group before it — so that "rejected offers of a raise from X and a
// bonus from Y" judges the second offer with the first; s otherwise. It
// stops at a comma or the sentence's end (returning that token).
func (d *doc) pastCoordination(s int) int {
	if s <= 0 || d.lw(s) != "and" {
		return s
	}
	p := &d.scr.parse
	for k := s - 1; k >= 0 && k > s-16; k-- {
		if p.VGAt[k] >= 0 || d.isPunct(k, ".") || d.isPunct(k, ";") || d.isPunct(k, ",") {
			return k
		}
	}
	return s
}

// tabled reports whether a demand is put on the table by a verb of
// tabling, submitting or presenting it ("Lisbon has tabled a demand for
// quotas in return"): it is then a proposal as well.
func (d *doc) tabled(st *stanceRec) bool {
	if st.typ != Demand && st.typ != Condition || st.attr < 0 {
		return false
	}
	at := &d.attrs[st.attr]
	if at.Kind != vocab.Other || d.nd.Tag(at.head) != pos.NOUN {
		return false
	}
	p := &d.scr.parse
	n := p.NPAt[at.head]
	if n < 0 {
		return false
	}
	k := p.Start(int(n)) - 1
	switch d.nd.Lemma(max(k, 0)) {
	case "table", "submit", "present":
		return k >= 0 && p.VGAt[k] >= 0
	}
	return false
}

// proposalNP returns the first noun phrase of proposing in tokens
// [cs, ce), -1.
func (d *doc) proposalNP(cs, ce int) int {
	p := &d.scr.parse
	for i := cs; i < ce && i < len(d.toks); i++ {
		if n := p.NPAt[i]; n >= 0 && int(p.NPs[n].Head) == i && proposalNoun(d.nd.Lemma(i)) {
			return int(n)
		}
	}
	return -1
}

// afterProposalNoun returns where the substance of proposal NP n starts:
// past a relative clause set off by a comma, a participle and its
// preposition ("based on"), and a noun of the kind "the principle of".
func (d *doc) afterProposalNoun(n, ce int) int {
	p := &d.scr.parse
	k := int(p.NPs[n].T1)
	if w := d.lw(k); w == "that" || w == "which" {
		for k < ce && !d.isPunct(k, ",") {
			k++
		}
	}
	if d.isPunct(k, ",") {
		k++
	}
	if k+1 < ce && (d.nd.Tag(k) == pos.VBN || d.nd.Tag(k) == pos.VBG) && d.nd.Tag(k+1) == pos.ADP {
		k += 2 // "based on"
	} else if k < ce && (d.nd.Tag(k) == pos.ADP || d.lw(k) == "to") {
		k++ // "of", "for", "to"
	}
	if m := p.NPStartingAt(k); m >= 0 && d.lw(int(p.NPs[m].T1)) == "of" && int(p.NPs[m].T1)+1 < ce {
		k = int(p.NPs[m].T1) + 1 // "the principle of X"
	}
	if k >= ce {
		return int(p.NPs[n].T0)
	}
	return k
}

// sentSpan returns the bytes of sentence si, at most 600.
func (d *doc) sentSpan(si int) (int, int) {
	s := d.sents[si]
	e := s.end
	if e-s.start > 600 {
		e = s.start + 600
		for e > s.start && d.text[e-1] != ' ' {
			e--
		}
	}
	return s.start, e
}

// proposerOf returns the party that put proposal NP n forward, -1.
func (d *doc) proposerOf(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	// "the company's offer", "its plan"
	if np.Poss >= 0 {
		if a := d.oneNPActor(int(np.Poss)); a >= 0 {
			return a
		}
	}
	if h := int(np.T0); d.nd.Tag(h) == pos.PRON && h < int(np.Head) {
		if w := d.lw(h); w == "our" || w == "my" {
			// "our draft treaty", in a speaker's words: the speaker's
			if k := d.innermostHolding(h); k >= 0 && len(d.attrs[k].actors) > 0 {
				return d.attrs[k].actors[0]
			}
			return -1
		}
		if a := d.itsAfterComma(h); a >= 0 {
			return a
		}
		if w := d.lw(h); (w == "its" || w == "their") && h > 0 && p.VGAt[h-1] >= 0 {
			// "Eurotunnel raised its offer": the object's possessive is
			// the verb's subject
			if m := d.clauseSubject(p.VGs[p.VGAt[h-1]]); m >= 0 {
				if a := d.oneNPActor(m); a >= 0 {
					return a
				}
				if a := d.newSourceParty(m); a >= 0 {
					return a
				}
			}
		}
		if a := d.pronounActor(h); a >= 0 {
			return a
		}
	}
	// "a US offer", "the Egyptian plan": a party named inside the phrase
	for _, mi := range d.mentionsIn(int(np.T0), int(np.Head)) {
		if m := d.ments[mi]; m.actor >= 0 && m.kind != mNon && m.t0 >= int(np.T0) && !d.inDateline(m.t0) {
			return d.final(m.actor)
		}
	}
	// "Sasol made an offer", "Lima submitted a plan": the subject of a
	// light verb of putting forward
	// (a new one: "made the proposal" takes up one named before)
	if s := p.Start(n) - 1; s >= 0 && p.VGAt[s] >= 0 && !d.definiteNP(n) {
		if v := p.VGs[p.VGAt[s]]; attrib.LightVerb(d.nd.Lemma(int(v.Head))) && !v.Has(syntax.Negated) && !v.Has(syntax.Passive) {
			if m := d.clauseSubject(v); m >= 0 {
				if ai := d.oneNPActor(m); ai >= 0 {
					return ai
				}
				if ai := d.newSourceParty(m); ai >= 0 {
					return ai
				}
			}
		}
	}
	// "a government proposal", "a union offer": the party of the trade
	// named before the head (a government's is the state in view)
	if h := int(np.Head); h > int(np.T0) && d.nd.Tag(h-1) == pos.NOUN {
		if code, _, ok := d.agentAt(h - 1); ok && sector(code) == "GOV" {
			// (the party last called so: "Congo's government … a
			// government proposal"; else the state in view)
			ai := d.byHead(d.lw(h-1), int(np.T0))
			if ai < 0 {
				ai = d.stateBefore(int(np.T0))
			}
			if ai >= 0 {
				return d.final(ai)
			}
		}
		if ai := d.describedParty(n); ai >= 0 {
			return d.final(ai)
		}
	}
	return d.proposerAfter(n)
}

// proposerAfter is proposerOf from what follows the noun: "by" or "from"
// and its maker, a relative clause or a participle of proposing.
func (d *doc) proposerAfter(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	e := int(np.T1)
	// "an offer by/from the union", "offers of a raise from X"
	for q := e; q < len(d.toks) && q < int(np.Ext)+4; q++ {
		if g := p.VGAt[q]; g >= 0 && p.VGs[g].Has(syntax.Finite) || d.isPunct(q, ",") || d.isPunct(q, ".") {
			break
		}
		if t := d.nd.Tag(q); (t == pos.VBN || t == pos.VBD || t == pos.VBG) && q > e {
			break // "a plan for the release of hostages held by X": the participle's agent
		}
		if w := d.lw(q); w == "by" || w == "from" {
			if m := p.NPStartingAt(q + 1); m >= 0 {
				if a := d.oneNPActor(m); a >= 0 {
					return a
				}
				if a := d.newSourceParty(m); a >= 0 {
					return a // "offers from the state airline Aerolux"
				}
			}
		}
	}
	// "the deal (that) Oman brokered", "the plan put forward by X"
	k := e
	if d.isPunct(k, ",") && (d.lw(k+1) == "which" || d.nd.Tag(k+1) == pos.VBN) {
		k++ // "the proposal, which Norway drafted,", "the plan, put forward by X,"
	}
	pe := k // where a participle of proposing may stand
	if w := d.lw(k); w == "that" || w == "which" {
		k++
	}
	m := p.NPStartingAt(k)
	if m < 0 && k < len(d.toks) && p.NPAt[k] >= 0 && int(p.NPs[p.NPAt[k]].Head) >= k {
		m = int(p.NPAt[k]) // (the chunker may open the phrase at "which")
	}
	if m >= 0 && k < len(d.toks) {
		after := int(p.NPs[m].Ext)
		if g := p.VGAt[min(after, len(d.toks)-1)]; g >= 0 && after < len(d.toks) {
			if v := p.VGs[g]; proposingVerb(d, int(v.Head)) && !v.Has(syntax.Passive) {
				return d.oneNPActor(m)
			}
		}
	}
	if g := p.VGAt[min(pe, len(d.toks)-1)]; g >= 0 && pe < len(d.toks) && (proposingVerb(d, int(p.VGs[g].Head)) || accordVerb(d.nd.Lemma(int(p.VGs[g].Head)))) {
		// "the plan put forward by X" / "the offer made by X"
		for q := int(p.VGs[g].T1); q < len(d.toks) && q < int(p.VGs[g].T1)+3; q++ {
			if d.lw(q) == "by" {
				if m := p.NPStartingAt(q + 1); m >= 0 {
					return d.oneNPActor(m)
				}
			}
		}
	}
	// the object of the proposer's own verb of proposing: "X tabled a plan"
	if s := p.Start(n) - 1; s >= 0 {
		if g := p.VGAt[s]; g >= 0 && proposingVerb(d, int(p.VGs[g].Head)) && !p.VGs[g].Has(syntax.Passive) {
			for k := range d.attrs {
				at := &d.attrs[k]
				if at.head == int(p.VGs[g].Head) && len(at.actors) > 0 {
					return at.actors[0]
				}
			}
			// no attribution there: the verb's subject, across a relative
			// clause set off by commas ("Kenya, which hosts the talks,
			// published a draft")
			// (an indefinite proposal only: "the proposal" takes one up)
			if w := d.lw(int(np.T0)); w == "a" || w == "an" {
				if m := d.subjectAcrossClause(p.VGs[g]); m >= 0 {
					return d.oneNPActor(m)
				}
			}
		}
	}
	return -1
}

// subjectAcrossClause returns the subject of verb group v, going back over
// a parenthetical relative clause ("X, which …, published"), or -1.
func (d *doc) subjectAcrossClause(v syntax.VG) int {
	k := int(v.T0) - 1
	if !d.isPunct(k, ",") {
		return d.subjectOf(v)
	}
	for j := k - 1; j >= 0 && j > k-20 && int(d.sentOf[j]) == int(d.sentOf[k]); j-- {
		if d.isPunct(j, ",") {
			if w := d.lw(j + 1); w == "which" || w == "who" {
				return d.scr.parse.NPEndingAt(j)
			}
			return -1
		}
	}
	return -1
}

// proposingVerb: a verb of proposing, offering, brokering or making
// (CAMEO's proposal, commitment and mediation types: propose, offer,
// table, float, broker, mediate, put forward), or "make" and "present".
func proposingVerb(d *doc, h int) bool {
	l := d.nd.Lemma(h)
	if c, ok := d.particleVerb(h, h+1); ok {
		l = c // "put forward", "set out"
	}
	switch l {
	case "make", "present", "submit", "table", "unveil", "draw", "draft", "publish", "circulate":
		return true
	}
	e, ok := cameo.MatchEntry(l, nil, nil)
	if !ok {
		return false
	}
	t, _ := e.Type()
	return t == Proposed || t == Commitment || e.Block == "BARGAIN" || e.Block == "COMPROMISE" || e.Block == "SUGGEST" || e.Block == "OFFER"
}

// accordVerb: the verbs that conclude an accord ("the accord reached by
// the ministers", "the deal struck by X").
func accordVerb(l string) bool {
	switch l {
	case "reach", "sign", "conclude", "strike", "broker", "seal", "agree":
		return true
	}
	return false
}

// addProp adds a proposal, merging it into one of the same proposer whose
// substance overlaps (the later, more specific status wins).
func (d *doc) addProp(pr proposalRec) {
	for k := range d.proposals {
		o := &d.proposals[k]
		if o.proposer == pr.proposer && o.cS < pr.cE && pr.cS < o.cE {
			if pr.status != StatusProposed {
				o.status = pr.status
			}
			if o.head == "" {
				o.head = pr.head
			}
			return
		}
	}
	d.proposals = append(d.proposals, pr)
}

// itsAfterComma resolves "its" at h that continues the noun phrase
// before a comma ("the ministry's draft law, notably its
// proposal to …"): the thing before the comma is what "its" stands for,
// and its party is the proposer (the possessor's, or the phrase's own).
func (d *doc) itsAfterComma(h int) int {
	if d.lw(h) != "its" {
		return -1
	}
	k := h - 1
	if k >= 0 && d.nd.Tag(k) == pos.ADV || d.lw(k) == "including" {
		k--
	}
	if k < 1 || !d.isPunct(k, ",") {
		return -1
	}
	p := &d.scr.parse
	n := p.NPEndingAt(k)
	if n < 0 {
		return -1
	}
	if ps := p.NPs[n].Poss; ps >= 0 {
		if a := d.oneNPActor(int(ps)); a >= 0 {
			return a
		}
	}
	return d.oneNPActor(n)
}

// addProposalStances gives a proposal named by a noun with its proposer
// ("the company's offer of …", "offers of a raise from X") a stance of
// its proposer, when the proposer has none there: the proposer put it
// forward. An accord (accepted) or a denied proposal gets none.
func (d *doc) addProposalStances() {
	for _, pr := range d.proposals {
		if pr.head == "" || pr.status == StatusAccepted || pr.status == StatusDenied {
			continue
		}
		found := false
		for _, st := range d.stances {
			if st.actor == pr.proposer && st.evS < pr.evE && pr.evS < st.evE && (st.typ == Proposed || st.cS <= pr.cS && pr.cE <= st.cE) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		evS, evE := d.toks[pr.cS].S(), d.toks[pr.cE-1].E()
		d.stances = append(d.stances, stanceRec{actor: pr.proposer, target: -1, typ: Proposed, cameo: "020", conf: 0.6,
			evS: evS, evE: evE, cS: pr.cS, cE: pr.cE, si: pr.si, issues: pr.issues, attr: -1, rule: "proposal-noun"})
	}
}

// substance trims a proposal's content to what is proposed: after "that",
// "of", "for" when they open it.
func (d *doc) substance(cs, ce int) (int, int) {
	for cs < ce && (d.nd.Tag(cs) == pos.PUNCT || d.lw(cs) == "that" || cs+1 < ce && (d.lw(cs) == "for" || d.lw(cs) == "of")) {
		cs++
	}
	for k := cs + 1; k+2 < ce; k++ {
		if d.isPunct(k, ",") && d.lw(k+2) == "from" && (d.lw(k+1) == "up" || d.lw(k+1) == "down") {
			ce = k // "a levy of 12%, up from the 8% it first offered": the earlier offer is another
			break
		}
	}
	p := &d.scr.parse
	for k := cs + 1; k+1 < ce; k++ {
		if g := p.VGAt[k]; g >= 0 && p.VGs[g].Has(syntax.Finite) && int(p.VGs[g].T0) == k {
			break // a clause of its own: "the offer was fair and …"
		}
		if d.nd.Tag(k) == pos.CCONJ && p.VGAt[k+1] >= 0 && p.VGs[p.VGAt[k+1]].Has(syntax.Finite) {
			ce = k // "rejected the offer and balloted its members": the subject's second act
			break
		}
	}
	for ce > cs && d.nd.Tag(ce-1) == pos.PUNCT {
		ce--
	}
	return cs, ce
}

// hasSubstance reports whether proposal NP n says what is proposed: a
// complement after its noun ("an offer of 4%", "a plan for talks", "a
// proposal to meet", "the idea that …", "a deal under which …") or a
// figure in it ("a 4% offer").
func (d *doc) hasSubstance(n int) bool {
	np := d.scr.parse.NPs[n]
	if s := d.scr.parse.Start(n); s > 0 && d.lw(s-1) == "under" {
		return true // "Under the proposal, …, Kenya would buy back …": the clause it governs
	}
	for i := int(np.T0); i < int(np.T1); i++ {
		if d.nd.Tag(i) == pos.NUM || d.nd.Tag(i) == pos.SYM {
			return true
		}
	}
	k := int(np.Head) + 1
	if d.lw(k) == "on" && d.lw(k+1) == "the" && d.lw(k+2) == "table" {
		return false // "kept its proposal on the table": where it lies, not what it says
	}
	switch d.lw(k) {
	case "of", "for", "to", "that", "under", "on", ":", "whereby", "which", "calling", "including", "with":
		return true
	}
	// "the offer Oman brokered", "the plan X put forward": a clause names it
	return int(np.Ext) > int(np.T1)
}

// accords: a party that reaches, strikes, signs or seals a deal accepts
// it ("GDB said it reached a framework deal with its creditors", "X had
// reached a deal with both sides under which …"): a proposal of the
// subject's party, accepted, whose content is what follows the noun.
func (d *doc) accords() {
	p := &d.scr.parse
	for _, v := range p.VGs {
		h := int(v.Head)
		if !accordVerb(d.nd.Lemma(h)) || d.nd.Lemma(h) == "agree" || v.Has(syntax.Negated) || v.Has(syntax.Passive) {
			continue
		}
		n := p.NPStartingAt(int(v.T1))
		if n < 0 || !accordNoun(d.nd.Lemma(int(p.NPs[n].Head))) {
			continue
		}
		subj := d.subjectOf(v)
		if subj < 0 {
			continue
		}
		ai := d.oneNPActor(subj)
		if ai < 0 || d.actors[ai].person {
			continue
		}
		si := int(d.sentOf[h])
		if d.sents[si].headline {
			continue
		}
		d.addProp(d.nounProposal(n, si, ai, StatusAccepted))
	}
}

// nounProposal is the proposal named by noun phrase n of sentence si: its
// substance runs from the phrase to the sentence's end (the phrase alone
// when nothing follows), its evidence is the sentence.
func (d *doc) nounProposal(n, si, proposer int, status ProposalStatus) proposalRec {
	s, e := d.npSpan(n)
	end := d.sents[si].t1
	if q := d.scr.parse.QAt[s]; q >= 0 && int(d.scr.parse.Quotes[q].Close) > s {
		end = min(end, int(d.scr.parse.Quotes[q].Close)) // (in a quotation: up to its close)
	}
	cs, ce := d.substance(s, end)
	if ce <= cs {
		cs, ce = s, e
	}
	evS, evE := d.sentSpan(si)
	return proposalRec{proposer: proposer, status: status, evS: evS, evE: evE, cS: cs, cE: ce, si: si,
		head: d.nd.Lemma(int(d.scr.parse.NPs[n].Head)), issues: d.issuesIn(cs, ce)}
}
