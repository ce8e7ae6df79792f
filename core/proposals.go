package core

import (
	"parley/core/attrib"
	"sort"
	"strings"

	"parley/core/cameo"
	"parley/core/pos"
	"parley/core/stance"
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

// deniedOffers: a denial whose content is the speaker's own proposing
// ("Moscow denied that it had offered a prisoner swap") names a proposal
// of the speaker, denied.
func (d *doc) deniedOffers() {
	p := &d.scr.parse
	for _, st := range d.stances {
		if st.typ != Denial {
			continue
		}
		for i := st.cS; i < st.cE && i < len(d.toks); i++ {
			g := p.VGAt[i]
			if g < 0 || int(p.VGs[g].Head) != i || !proposingVerb(d, i) {
				continue
			}
			cs, ce := d.substance(int(p.VGs[g].T1), st.cE)
			if ce > cs {
				d.addProp(proposalRec{proposer: st.actor, status: StatusDenied, evS: st.evS, evE: st.evE,
					cS: cs, cE: ce, si: st.si, head: "", issues: st.issues})
			}
			break
		}
	}
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

// statusOf returns the status the sentence gives proposal NP n: by the
// verb it is the object of, or the subject of in the passive.
func (d *doc) statusOf(n int) ProposalStatus {
	p := &d.scr.parse
	np := p.NPs[n]
	// the object of a verb: "rejected the union's offer" (and of "a raise
	// from X and a bonus from Y")
	s := d.pastCoordination(p.Start(n) - 1)
	if l := pos.Lemma(d.lw(s), pos.VBN); s >= 0 && p.VGAt[s] < 0 && d.nd.Tag(s) != pos.NOUN && l != d.lw(s) {
		// a verb form the tagger took for something else ("withdrawn")
		if st, ok := d.verdictOf(l, false); ok {
			return st
		}
	}
	for s >= 0 && (d.nd.Tag(s) == pos.ADV || d.nd.Tag(s) == pos.ADP && d.lw(s) != "by") && s > p.Start(n)-3 {
		s--
	}
	if s >= 0 {
		if g := p.VGAt[s]; g >= 0 {
			v := p.VGs[g]
			// "refused to endorse the proposal": the governing verb decides
			if k := int(v.T0) - 1; d.lw(k) == "to" {
				if g2 := p.VGAt[max(k-1, 0)]; k-1 >= 0 && g2 >= 0 {
					if st, ok := d.verdict(p.VGs[g2]); ok && st == StatusRejected {
						return st
					}
				}
			}
			if st, ok := d.verdict(v); ok {
				return st
			}
		}
	}
	// the subject: "the offer was rejected", "the plan is being discussed"
	e := int(np.Ext)
	if d.isPunct(e, ",") {
		// past an appositive or a relative clause: "the latest offer, a
		// 4% rise over two years, was turned down", "the proposal, which
		// Norway drafted, was accepted"
		rel := d.lw(e+1) == "which" || d.nd.Tag(e+1) == pos.VBN
		for q := e + 1; q < len(d.toks) && q < e+14; q++ {
			if g := p.VGAt[q]; g >= 0 && p.VGs[g].Has(syntax.Finite) && !rel || d.isPunct(q, ".") {
				break
			}
			if d.isPunct(q, ",") {
				if q+1 < len(d.toks) && p.VGAt[q+1] >= 0 {
					e = q + 1 // (the verb right after: the phrase is its subject)
				}
				break
			}
		}
	}
	for q := e; q < len(d.toks) && q < e+8; q++ {
		if g := p.VGAt[q]; g >= 0 {
			if st, ok := d.verdict(p.VGs[g]); ok {
				return st
			}
			break
		}
	}
	// "which the drivers rejected", "that X accepted", "…, which Lima
	// said it would study"
	k := e
	if d.isPunct(k, ",") {
		k++
	}
	if w := d.lw(k); w == "which" || w == "that" {
		if st, ok := d.relativeVerdict(k + 1); ok {
			return st
		}
	}
	if accordNoun(d.nd.Lemma(int(np.Head))) && !d.draftOf(n) {
		return StatusAccepted
	}
	return StatusProposed
}

// relativeVerdict is the verdict of the first verb group from token q on
// in a relative clause, past verbs of saying to what is said ("which Lima
// said it would study").
func (d *doc) relativeVerdict(q int) (ProposalStatus, bool) {
	p := &d.scr.parse
	for e := q + 12; q < len(d.toks) && q < e; q++ {
		g := p.VGAt[q]
		if g < 0 {
			continue
		}
		if st, ok := d.verdict(p.VGs[g]); ok {
			return st, true
		}
		if vi, ok := cameo.Verb(d.nd.Lemma(int(p.VGs[g].Head))); ok && (strings.HasPrefix(vi.Code, "01") || vi.Code == "" && strings.HasPrefix(vi.BlockCode, "01")) {
			q = int(p.VGs[g].T1) - 1
			continue
		}
		break
	}
	return "", false
}

// draftOf reports whether accord NP n is named as not yet concluded: a
// proposal noun or a participle of proposing before its head ("a draft
// treaty", "the proposed accord").
func (d *doc) draftOf(n int) bool {
	p := &d.scr.parse
	for k := p.Start(n); k < int(p.NPs[n].Head); k++ {
		if proposalNoun(d.nd.Lemma(k)) || d.nd.Tag(k) == pos.VBN && proposingVerb(d, k) {
			return true
		}
	}
	return false
}

// verdict says what a verb group does to a proposal, by the CAMEO type
// of its verb: reject → rejected, accept/agree → accepted, deny →
// denied, consult (discuss, consider, study) → under discussion;
// withdraw, drop, replace → withdrawn. Negated, it says nothing.
func (d *doc) verdict(v syntax.VG) (ProposalStatus, bool) {
	l := d.nd.Lemma(int(v.Head))
	if c, ok := d.particleVerb(int(v.Head), int(v.T1)); ok && !v.Has(syntax.Negated) {
		// "threw out", "ruled out"
		if st, ok := d.verdictOf(c, false); ok {
			return st, true
		}
	}
	if attrib.LightVerb(l) {
		// "tabled an offer", "presented a plan": putting it on the table
		// (CAMEO's REJECT block has "table" in its American sense, to shelve)
		return "", false
	}
	return d.verdictOf(l, v.Has(syntax.Negated))
}

// particleVerb returns the CAMEO dictionary's lemma of the verb at h with
// the particle at k ("put" "forward" → "put forward"), when it lists one.
func (d *doc) particleVerb(h, k int) (string, bool) {
	if k >= len(d.toks) || d.nd.Tag(k) != pos.ADV && d.nd.Tag(k) != pos.ADP {
		return "", false
	}
	return cameo.Lemma(d.nd.Lemma(h) + " " + d.lw(k))
}

// verdictOf is verdict for a verb lemma.
func (d *doc) verdictOf(l string, negated bool) (ProposalStatus, bool) {
	if negated {
		return "", false
	}
	switch l {
	case "withdraw", "drop", "replace", "scrap", "abandon", "shelve":
		return StatusWithdrawn, true
	case "discuss", "consider", "study", "examine", "review", "weigh", "negotiate":
		return StatusUnderDiscussion, true
	case "reach", "sign", "conclude", "approve", "adopt", "endorse", "ratify", "welcome", "back", "support":
		return StatusAccepted, true
	}
	e, ok := cameo.MatchEntry(l, nil, nil)
	if !ok {
		return "", false
	}
	switch t, _ := e.Type(); t {
	case Rejection:
		return StatusRejected, true
	case Acceptance:
		return StatusAccepted, true
	case Denial:
		return StatusDenied, true
	}
	return "", false
}

// laterStatus: a later sentence that takes up "the offer" (the same
// noun, or a pronoun right after) with a verdict updates the last
// proposal with that noun.
func (d *doc) laterStatus() {
	p := &d.scr.parse
	for n := range p.NPs {
		h := int(p.NPs[n].Head)
		if d.nd.Tag(h) != pos.NOUN || !proposalNoun(d.nd.Lemma(h)) || d.proposerOf(n) >= 0 {
			continue
		}
		st := d.statusOf(n)
		if st == StatusProposed {
			continue
		}
		for k := len(d.proposals) - 1; k >= 0; k-- {
			pr := &d.proposals[k]
			if pr.cS < h && pr.head == d.nd.Lemma(h) && int(d.sentOf[h]) > pr.si && int(d.sentOf[h])-pr.si <= 6 {
				pr.status = st
				break
			}
		}
	}
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

// replacedOffers: an offer a proposer's new one is measured against
// ("offered a 12% levy, up from the 8% it offered in March") is
// withdrawn: the same proposer has another proposal in that sentence.
func (d *doc) replacedOffers() {
	for x := range d.proposals {
		pr := &d.proposals[x]
		k := pr.cS - 1
		for k > 0 && k > pr.cS-4 && d.nd.Tag(k) != pos.ADP {
			k--
		}
		if k <= 0 || d.lw(k) != "from" || (d.lw(k-1) != "up" && d.lw(k-1) != "down") || pr.status != StatusProposed {
			continue
		}
		for y := range d.proposals {
			if o := d.proposals[y]; y != x && o.proposer == pr.proposer && o.si == pr.si {
				pr.status = StatusWithdrawn
				break
			}
		}
	}
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

// markSides makes parties of the actors that hold or are the target of a
// stance, propose something, or are the other side of talks ("talks
// with X").
func (d *doc) markSides() {
	for _, st := range d.stances {
		if st.actor >= 0 {
			d.actors[st.actor].party = true
		}
		if st.target >= 0 {
			d.actors[st.target].party = true
		}
	}
	for _, p := range d.proposals {
		d.actors[p.proposer].party = true
	}
	d.markMediators()
	for si := range d.sents {
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.actor < 0 || m.kind == mNon || m.kind == mAdj {
				continue
			}
			w1, w2 := d.lw(m.t0-1), d.lw(m.t0-2)
			if m.kind == mName && d.lw(m.t0-1) == "the" {
				w1, w2 = d.lw(m.t0-2), d.lw(m.t0-3)
			}
			if w1 == "with" && (strings.HasPrefix(w2, "talk") || strings.HasPrefix(w2, "negotiat")) {
				d.actors[m.actor].party = true
			}
		}
	}
}

// hasSubstance reports whether proposal NP n says what is proposed: a
// complement after its noun ("an offer of 4%", "a plan for talks", "a
// proposal to meet", "the idea that …", "a deal under which …") or a
// figure in it ("a 4% offer").
func (d *doc) hasSubstance(n int) bool {
	np := d.scr.parse.NPs[n]
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

// takeUp handles proposal nouns that name no substance ("its offer was
// fair", "rejected the union's proposal"): they take up a proposal of the
// same proposer made elsewhere in the text, giving it their status; with
// none, they are the proposal.
func (d *doc) takeUp(refs []proposalRec) {
	for _, r := range refs {
		best := -1
		for k := range d.proposals {
			if d.proposals[k].proposer == r.proposer {
				best = k
				if d.proposals[k].si >= r.si {
					break
				}
			}
		}
		switch {
		case best < 0:
			d.addProp(r)
		case r.status != StatusProposed:
			d.proposals[best].status = r.status
		}
	}
}

// stanceVerdicts: a rejection or acceptance by another party whose content
// holds a proposal ("X proposed …, which Y rejected") gives it its status.
func (d *doc) stanceVerdicts() {
	for _, st := range d.stances {
		var status ProposalStatus
		switch st.typ {
		case Rejection:
			status = StatusRejected
		case Acceptance:
			status = StatusAccepted
		default:
			continue
		}
		found := false
		for k := range d.proposals {
			pr := &d.proposals[k]
			if pr.proposer != st.actor && st.cS <= pr.cS && pr.cE <= st.cE {
				pr.status = status
				found = true
			}
		}
		if found {
			continue
		}
		if d.lw(st.cS) == "it" && d.nd.Tag(st.cS) == pos.PRON {
			// "rejected it": the last proposal of another party, made in
			// the two sentences before
			for k := len(d.proposals) - 1; k >= 0; k-- {
				if pr := &d.proposals[k]; pr.cE <= st.cS && pr.proposer != st.actor && st.si-pr.si <= 2 {
					pr.status = status
					break
				}
			}
			continue
		}
		// "called the plan “a licence to give nothing”": the proposal
		// the content names by its noun with "the", made before
		for q := st.cS; q+1 < st.cE && q < st.cS+8; q++ {
			if w := d.lw(q); w != "the" && w != "this" && w != "that" {
				continue
			}
			head := d.nd.Lemma(q + 1)
			if d.nd.Tag(q+1) != pos.NOUN || !proposalNoun(head) {
				continue
			}
			for k := len(d.proposals) - 1; k >= 0; k-- {
				if pr := &d.proposals[k]; pr.cE <= st.cS && pr.proposer != st.actor && pr.head == head && st.si-pr.si <= 6 {
					pr.status = status
					break
				}
			}
			break
		}
	}
}

// markMediators makes parties of those who mediate, broker or host the
// talks ("Acas, which hosted the talks, said …", "Qatar brokered the
// deal", "Norway is mediating"): CAMEO's mediating code (045) and its
// verbs of hosting (043) and convening (042) said of the talks.
func (d *doc) markMediators() {
	p := &d.scr.parse
	for _, v := range p.VGs {
		h := int(v.Head)
		vi, ok := cameo.Verb(d.nd.Lemma(h))
		if !ok {
			continue
		}
		c := vi.Code
		if c == "" {
			c = vi.BlockCode
		}
		if d.nd.Tag(h) == pos.VBN && !v.Has(syntax.Finite) && (strings.HasPrefix(c, "043") || strings.HasPrefix(c, "042") || strings.HasPrefix(c, "045")) && d.lw(int(v.T1)) == "by" {
			// "the talks, hosted by Spain, will continue": a participle
			// after the talks
			k := int(v.T0) - 1
			if d.isPunct(k, ",") {
				k--
			}
			if n := p.NPEndingAt(k + 1); n >= 0 && d.nd.Tag(int(p.NPs[n].Head)) == pos.NOUN && stance.TalkNoun(d.nd.Lemma(int(p.NPs[n].Head))) {
				if m := p.NPStartingAt(int(v.T1) + 1); m >= 0 {
					d.markParty(m)
				}
			}
			continue
		}
		if v.Has(syntax.Passive) {
			// "the talks were hosted by Norway": the agent hosts
			if (strings.HasPrefix(c, "043") || strings.HasPrefix(c, "042") || strings.HasPrefix(c, "045")) && d.lw(int(v.T1)) == "by" {
				if n := d.subjectOf(v); n >= 0 && d.nd.Tag(int(p.NPs[n].Head)) == pos.NOUN && stance.TalkNoun(d.nd.Lemma(int(p.NPs[n].Head))) {
					if m := p.NPStartingAt(int(v.T1) + 1); m >= 0 {
						d.markParty(m)
					}
				}
			}
			continue
		}
		if !v.Has(syntax.Negated) && !d.sents[d.sentOf[h]].headline && (stance.TalkVerb(d.nd.Lemma(h)) || d.talksObject(h)) {
			// "Egypt and Sudan negotiated", "held talks", "met for talks":
			// the sides
			if n := d.clauseSubject(v); n >= 0 {
				for _, ai := range d.npActors(n) {
					if !d.actors[ai].person && !d.actors[ai].nonParty {
						d.actors[ai].party = true
					}
				}
			}
			continue
		}
		switch {
		case strings.HasPrefix(c, "045"), vi.Lemma == "mediate":
		case strings.HasPrefix(c, "043"), strings.HasPrefix(c, "042"):
			talks := false
			for k := h + 1; k < len(d.toks) && k <= h+4; k++ {
				talks = talks || d.nd.Tag(k) == pos.NOUN && (stance.TalkNoun(d.nd.Lemma(k)) || proposalNoun(d.nd.Lemma(k)))
			}
			if !talks {
				continue
			}
		default:
			continue
		}
		if n := d.subjectOf(v); n >= 0 {
			d.markParty(n)
		}
	}
}

// markParty makes the party of noun phrase n a party (a new one when
// the phrase names one: "the conciliation service Acas, which hosted the
// talks"); not a person's.
func (d *doc) markParty(n int) {
	if ai := d.oneNPActor(n); ai >= 0 {
		if !d.actors[ai].person {
			d.actors[ai].party = true
		}
	} else if ai := d.newSourceParty(n); ai >= 0 {
		d.actors[ai].party = true
	}
}

// talksObject reports whether the object of verb h, or the phrase after
// "for" or "in", names the talks ("held talks", "met for a fourth round
// of talks"); not the object of a verb of saying ("said the deal …").
func (d *doc) talksObject(h int) bool {
	if vi, ok := cameo.Verb(d.nd.Lemma(h)); ok && (strings.HasPrefix(vi.Code, "01") || vi.Code == "" && strings.HasPrefix(vi.BlockCode, "01")) {
		return false // (CAMEO's 01x: making a statement)
	}
	p := &d.scr.parse
	k := h + 1
	if w := d.lw(k); w == "for" || w == "in" {
		k++
	}
	n := p.NPStartingAt(k)
	if n < 0 {
		return false
	}
	// ("a fourth round of talks": the noun after "of")
	hd := int(p.NPs[n].Head)
	if d.lw(hd+1) == "of" {
		if m := p.NPStartingAt(hd + 2); m >= 0 {
			hd = int(p.NPs[m].Head)
		}
	}
	return d.nd.Tag(hd) == pos.NOUN && stance.TalkNoun(d.nd.Lemma(hd))
}

// subjectOf returns the noun phrase before verb group v that is its
// subject, across adverbs and a relative pronoun ("Acas, which hosted the
// talks"), -1.
func (d *doc) subjectOf(v syntax.VG) int {
	k := int(v.T0) - 1
	for k >= 0 && d.nd.Tag(k) == pos.ADV {
		k--
	}
	if w := d.lw(k); w == "which" || w == "who" || w == "that" {
		k--
		if d.isPunct(k, ",") {
			k--
		}
	}
	return d.scr.parse.NPEndingAt(k + 1)
}

// clauseSubject is subjectOf past time phrases before the verb
// ("Qatari mediators on Tuesday presented …": the mediators).
func (d *doc) clauseSubject(v syntax.VG) int {
	p := &d.scr.parse
	m := d.subjectOf(v)
	for x := 0; x < 2 && m >= 0 && p.Start(m) > 0 && d.nd.Tag(p.Start(m)-1) == pos.ADP; x++ {
		m = p.NPEndingAt(p.Start(m) - 1)
	}
	return m
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
