package core

import (
	"parley/core/attrib"
	"parley/core/cameo"
	"parley/core/pos"
	"parley/core/syntax"
	"strings"
)

// What the text says of a proposal: its status where it is named, in a
// relative clause or a later sentence, and the verdicts of stances on it.

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
