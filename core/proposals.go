package core

import (
	"sort"
	"strings"

	"parley/core/tokens"
)

type proposalRec struct {
	proposer int
	status   ProposalStatus
	evS, evE int
	cS, cE   int // substance tokens
	si       int
	noun     string // trigger lemma ("idea", "offer")
	issues   []string
}

// Nouns that name something put on the table, by lemma.
var proposalNouns = map[string]string{
	"idea": "idea", "ideas": "idea", "offer": "offer", "offers": "offer", "proposal": "proposal",
	"proposals": "proposal", "plan": "plan", "plans": "plan", "draft": "draft", "initiative": "initiative",
	"initiatives": "initiative", "formula": "formula", "roadmap": "roadmap", "model": "model",
	"counter-offer": "offer", "counteroffer": "offer", "counter-proposal": "proposal", "counterproposal": "proposal",
	"package": "package", "compromise": "compromise", "accord": "accord", "suggestion": "proposal", "suggestions": "proposal",
	"terms": "terms",
}

// Words after a proposal noun that introduce its substance.
var substanceStart = set("of", "to", "for", "on", "based", "proposed", "offered", "presented", "that", "under", "reached", "calling", "which", "whereby", "in")

var statusWords = map[string]ProposalStatus{
	"discussed": StatusUnderDiscussion, "discussing": StatusUnderDiscussion, "discussion": StatusUnderDiscussion,
	"considering": StatusUnderDiscussion, "considered": StatusUnderDiscussion, "studying": StatusUnderDiscussion,
	"examining": StatusUnderDiscussion, "reviewing": StatusUnderDiscussion, "studied": StatusUnderDiscussion,
	"examined": StatusUnderDiscussion, "reviewed": StatusUnderDiscussion,
	"rejected": StatusRejected, "refused": StatusRejected, "rejecting": StatusRejected, "dismissed": StatusRejected,
	"spurned": StatusRejected, "rebuffed": StatusRejected, "ignored": StatusProposed,
	"accepted": StatusAccepted, "agreed": StatusAccepted, "welcomed": StatusAccepted, "welcoming": StatusAccepted,
	"approved": StatusAccepted, "adopted": StatusAccepted, "endorsed": StatusAccepted, "reached": StatusAccepted,
	"signed": StatusAccepted, "withdrew": StatusWithdrawn, "withdrawn": StatusWithdrawn, "replaced": StatusWithdrawn,
	"scrapped": StatusWithdrawn, "originally": StatusWithdrawn, "denied": StatusDenied,
}

// findProposals turns proposal stances and proposal nouns with a named
// proposer into proposals.
func (d *doc) findProposals() {
	d.indexStances()
	for k := range d.stances {
		st := &d.stances[k]
		if st.typ != Proposed {
			continue
		}
		if st.say {
			// a plain report whose content names a proposal: the proposal's
			// own proposer holds it (found below); keep the speaker otherwise
			continue
		}
		d.addProposal(st.actor, st.si, st.cS, st.cE, st.evS, st.evE, "")
	}
	for si, s := range d.sents {
		if s.headline {
			continue
		}
		for i := s.t0; i < s.t1; i++ {
			if !d.is(i, bPropNoun) {
				continue
			}
			noun := proposalNouns[d.lw(i)]
			if d.lw(i) == "road" {
				continue
			}
			if d.inProposal(si, d.toks[i].S()) {
				continue
			}
			d.nounProposal(si, i, noun)
		}
	}
	// say-stances typed as proposal take the proposer of a proposal inside
	// them, or become the speaker's own proposal.
	for k := range d.stances {
		st := &d.stances[k]
		if st.typ != Proposed || !st.say {
			continue
		}
		found := false
		for _, pi := range d.prIdx[st.si] {
			p := d.proposals[pi]
			if p.evS < st.evE && st.evS < p.evE {
				for _, k2 := range d.stIdx[st.si] {
					o := &d.stances[k2]
					if k2 != k && o.actor == p.proposer && o.typ == Proposed && o.evS < st.evE && st.evS < o.evE {
						st.typ = "" // the proposer's own stance says it already
					}
				}
				if p.proposer != st.actor {
					if st.source == "" {
						st.source = d.actors[st.actor].name
					}
					st.actor = p.proposer
				}
				found = true
				break
			}
		}
		if !found && st.typ != "" {
			d.addProposal(st.actor, st.si, st.cS, st.cE, st.evS, st.evE, "")
		}
	}
	kept := d.stances[:0]
	for _, st := range d.stances {
		if st.typ != "" {
			kept = append(kept, st)
		}
	}
	d.stances = kept
	d.indexStances()
	// "GDB said it reached a framework deal with ...": an accord the speaker
	// concluded (tentative or indicative terms are still under discussion)
	for k := range d.stances {
		st := d.stances[k]
		if st.typ != Commitment && st.typ != Acceptance && st.typ != Proposed && st.typ != Assessment {
			continue
		}
		for i := st.cS; i < st.cE && i < st.cS+6; i++ {
			if d.lw(i) != "reached" {
				continue
			}
			for q := i + 1; q < st.cE && q <= i+5; q++ {
				if w := d.lw(q); w == "deal" || w == "agreement" || w == "accord" || w == "terms" {
					if d.inProposal(st.si, d.toks[q].S()) {
						break
					}
					status := StatusAccepted
					for r := i + 1; r < q; r++ {
						if w := d.lw(r); w == "tentative" || w == "indicative" || w == "preliminary" || w == "draft" {
							status = StatusUnderDiscussion
						}
					}
					ss, se := d.substance(q, st.cE)
					// the evidence runs from the terms to the end of the
					// sentence, where their substance is ("under which ...")
					s := d.sents[st.si]
					es := q - 1
					for es > st.cS && (d.is(es, bDet) || d.word(es) && !d.is(es, bStop) && d.lw(es) != "reached") {
						es--
					}
					if d.lw(es) == "reached" {
						es++
					}
					evS, evE := d.toks[es].S(), s.end
					if evE-evS > 600 {
						evS, evE = st.evS, st.evE
					}
					d.addProp(proposalRec{proposer: st.actor, status: status, evS: evS, evE: evE, cS: ss, cE: se,
						si: st.si, noun: "deal", issues: st.issues})
					if (st.typ == Assessment || st.typ == Commitment) && status == StatusUnderDiscussion {
						// "reached indicative terms": terms on the table
						d.stances[k].typ, d.stances[k].cameo = Proposed, "030"
					}
					break
				}
			}
			break
		}
	}
	// "the 5% rise offered by Health Secretary Steve Barclay": a proposal
	// of the party after "by"
	for si, s := range d.sents {
		if s.headline {
			continue
		}
		for i := s.t0 + 1; i+2 < s.t1; i++ {
			if !d.is(i, bOfferedBy) || d.lw(i+1) != "by" {
				continue
			}
			for _, mi := range d.sment[si] {
				m := d.ments[mi]
				if m.t0 < i+2 || m.t0 > i+3 || m.kind == mNon {
					continue
				}
				ai := d.mentionActor(m)
				if ai < 0 || d.inProposal(si, d.toks[i].S()) {
					break
				}
				st := i - 1
				for st > s.t0 && i-st < 8 && (d.word(st-1) || d.toks[st-1].Kind == tokens.Number || d.isPunct(st-1, "%") || d.isPunct(st-1, "$")) && !d.is(st, bDet) && !d.isCue(st-1, s.t1) {
					st--
				}
				d.addProp(proposalRec{proposer: ai, status: d.statusNear(s.t0, s.t1, i), evS: d.toks[st].S(), evE: d.toks[m.t1-1].E(),
					cS: st, cE: i, si: si, noun: "offer", issues: d.issuesIn(st, m.t1)})
				break
			}
		}
	}
	// "X rejected the offer": the last proposal of another party
	for k := range d.stances {
		st := d.stances[k]
		if st.typ != Rejection && st.typ != Acceptance || st.cE-st.cS < 2 {
			continue
		}
		if d.lw(st.cS) == "the" && d.is(st.cS+1, bPropNoun) {
			d.recentProposals(st.si, 6, func(p *proposalRec) bool {
				if p.proposer == st.actor {
					return false
				}
				status := StatusAccepted
				if st.typ == Rejection {
					status = StatusRejected
				}
				// (a joint proposal: every proposer's entry)
				for _, pi := range d.prIdx[p.si] {
					if o := &d.proposals[pi]; o.evS == p.evS && o.evE == p.evE {
						o.status = status
					}
				}
				p.status = status
				return true
			})
		}
	}
	// "Iraq has rejected its new OPEC production quota": the rejected or
	// accepted thing was the other party's proposal
	for k := range d.stances {
		st := d.stances[k]
		if st.typ != Rejection && st.typ != Acceptance {
			continue
		}
		for _, mi := range d.sment[st.si] {
			m := d.ments[mi]
			if m.t0 < st.cS || m.t0 > st.cS+6 || m.actor < 0 || m.actor == st.actor || m.kind == mNon {
				continue
			}
			for q := m.t1; q < m.t1+4 && q < st.cE; q++ {
				if _, ok := proposalNouns[d.lw(q)]; ok || tabledNouns[d.lw(q)] {
					if !d.inProposal(st.si, d.toks[q].S()) {
						status := StatusRejected
						if st.typ == Acceptance {
							status = StatusAccepted
						}
						d.addProp(proposalRec{proposer: m.actor, status: status, evS: st.evS, evE: st.evE,
							cS: m.t0, cE: st.cE, si: st.si, noun: d.lw(q), issues: st.issues})
					}
					break
				}
			}
			break
		}
	}
	// "Iraq rejected its assigned first half 1987 quota": the quota is of
	// the kind another party set before
	for k := range d.stances {
		st := d.stances[k]
		if st.typ != Rejection && st.typ != Acceptance {
			continue
		}
		for q := st.cS; q < st.cE && q < st.cS+8; q++ {
			w := d.lw(q)
			if !tabledNouns[w] && !d.is(q, bPropNoun) || d.inProposal(st.si, d.toks[q].S()) {
				continue
			}
			if !possPronouns[d.lw(st.cS)] {
				break
			}
			var found *proposalRec
			d.recentProposals(st.si, 60, func(p *proposalRec) bool {
				if p.proposer != st.actor && (p.noun == w || p.noun == strings.TrimSuffix(w, "s")) {
					found = p
					return true
				}
				return false
			})
			if found != nil {
				status := StatusRejected
				if st.typ == Acceptance {
					status = StatusAccepted
				}
				d.addProp(proposalRec{proposer: found.proposer, status: status, evS: st.evS, evE: st.evE,
					cS: st.cS, cE: st.cE, si: st.si, noun: found.noun, issues: st.issues})
			}
			break
		}
	}
	// "X denied that it had offered Y": the proposal is denied, and the
	// offer is no stance of X's
	denied := false
	for _, st := range d.stances {
		if st.typ != Denial {
			continue
		}
		for _, pi := range d.prIdx[st.si] {
			if p := &d.proposals[pi]; p.proposer == st.actor && p.evS >= st.evS && p.evE <= st.evE {
				p.status = StatusDenied
				for _, k := range d.stIdx[st.si] {
					if o := &d.stances[k]; o.typ == Proposed && o.actor == st.actor && o.evS >= st.evS && o.evE <= st.evE {
						o.typ = ""
						denied = true
					}
				}
			}
		}
	}
	if denied {
		kept := d.stances[:0]
		for _, st := range d.stances {
			if st.typ != "" {
				kept = append(kept, st)
			}
		}
		d.stances = kept
		d.indexStances()
	}
	// a proposal inside another party's rejection or acceptance takes its
	// verdict: 'The union said the 5% rise offered by X was "insulting"'
	for _, st := range d.stances {
		if st.typ != Rejection && st.typ != Acceptance {
			continue
		}
		for _, pi := range d.prIdx[st.si] {
			p := &d.proposals[pi]
			if p.proposer != st.actor && p.evS >= st.evS && p.evE <= st.evE && p.status == StatusProposed {
				if st.typ == Rejection && !d.anyWordIn(st.cS, st.cE, verdictWords) && !d.anyWordIn(d.sents[st.si].t0, st.cS, verdictWords) {
					continue // "not totally happy with" is no verdict on it
				}
				if st.typ == Rejection {
					p.status = StatusRejected
				} else {
					p.status = StatusAccepted
				}
			}
		}
	}
	// "up from the 5/8 points it originally proposed": the earlier offer is withdrawn
	for si, s := range d.sents {
		for i := s.t0; i+1 < s.t1; i++ {
			if d.lw(i) == "up" && d.lw(i+1) == "from" {
				for q := i + 2; q < s.t1 && q < i+12; q++ {
					if d.lw(q) == "originally" || d.lw(q) == "previously" || d.lw(q) == "earlier" {
						for _, pi := range d.prIdx[si] {
							p := d.proposals[pi]
							if p.evS <= d.toks[i].S() {
								e := q + 1
								if e < s.t1 && d.word(e) {
									e++
								}
								d.addProp(proposalRec{proposer: p.proposer, status: StatusWithdrawn,
									evS: d.toks[i].S(), evE: d.toks[e-1].E(), cS: i + 2, cE: q, si: si, noun: p.noun,
									issues: d.issuesIn(i+2, q)})
								// the evidence of the new offer stops before "up from"
								break
							}
						}
						break
					}
				}
			}
		}
	}
	sortProposals(d.proposals)
}

func sortProposals(ps []proposalRec) {
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].evS < ps[b].evS })
}

func (d *doc) inProposal(si, b int) bool {
	for _, pi := range d.prIdx[si] {
		p := d.proposals[pi]
		if b >= p.evS && b < p.evE {
			return true
		}
	}
	return false
}

// addProposal records a proposal from a stance's content [cs, ce).
func (d *doc) addProposal(ai, si, cs, ce, evS, evE int, noun string) {
	if ai < 0 {
		return
	}
	s := d.sents[si]
	ss, se := d.substance(cs, ce)
	if noun == "" {
		for i := cs; i < ce; i++ {
			if n, ok := proposalNouns[d.lw(i)]; ok {
				noun = n
				break
			}
		}
	}
	p := proposalRec{proposer: ai, status: d.statusNear(s.t0, s.t1, cs), evS: evS, evE: evE, cS: ss, cE: se, si: si, noun: noun}
	// the new offer's evidence stops before "up from ... originally"
	for i := cs; i+1 < ce; i++ {
		if d.lw(i) == "up" && d.lw(i+1) == "from" && i > cs {
			e := i
			for e > cs && d.isPunct(e-1, ",") {
				e--
			}
			p.evE = d.toks[e-1].E()
			if p.cE > e {
				p.cE = e
			}
			break
		}
	}
	p.issues = d.issuesIn(cs, ce)
	d.addProp(p)
}

// substance returns the part of a proposal clause that says what is on the
// table: after "based on (the principle of)", else the clause after the
// trigger word.
func (d *doc) substance(cs, ce int) (int, int) {
	// "a new plan ... under which inspectors would be allowed ..."
	for i := cs; i+2 < ce; i++ {
		if d.lw(i) == "under" && d.lw(i+1) == "which" {
			return i + 2, ce
		}
	}
	for i := cs; i+1 < ce; i++ {
		if d.lw(i) == "based" && d.lw(i+1) == "on" {
			q := i + 2
			if d.lw(q) == "the" && (d.lw(q+1) == "principle" || d.lw(q+1) == "idea") && d.lw(q+2) == "of" {
				q += 3
			}
			e := q
			for e < ce && !d.isPunct(e, ",") && !d.isPunct(e, ";") {
				e++
			}
			if e > q {
				return q, e
			}
		}
	}
	// skip the proposal noun / verb and its link word
	q := cs
	for i := cs; i < ce && i < cs+8; i++ {
		if _, ok := proposalNouns[d.lw(i)]; ok {
			if w := d.lw(i + 1); w == "from" || w == "by" {
				// "a ceasefire proposal from X": the noun phrase is all there is
				np := i
				for np > 0 && i-np < 3 && d.word(np-1) && !d.is(np-1, bStop) && !d.is(np-1, bDet) && !d.cap(np-1) {
					np--
				}
				return np, i + 1
			}
			q = i + 1
			if d.isPunct(q, ",") {
				q++
			}
			// ", which calls for a joint committee": the substance follows
			if (d.lw(q) == "which" || d.lw(q) == "that") && q+2 < ce && (d.lw(q+2) == "for" || d.lw(q+2) == "to") {
				q += 3
			} else if substanceStart[d.lw(q)] && d.lw(q) != "that" && d.lw(q) != "which" {
				q++
			}
			break
		}
	}
	e := q
	for e < ce && !d.isPunct(e, ";") && !(d.isPunct(e, ",") && e > q+3) && !(d.lw(e) == "from" && e > q+1) {
		e++
	}
	if e <= q {
		return cs, ce
	}
	return q, e
}

func (d *doc) statusNear(t0, t1, at int) ProposalStatus {
	best, bd := StatusProposed, 1<<30
	for i := t0; i < t1; i++ {
		st, ok := statusWords[d.lw(i)]
		if !ok || st == StatusWithdrawn || d.inCondition(i, t0) {
			continue
		}
		if st == StatusDenied {
			continue
		}
		dist := i - at
		if dist < 0 {
			dist = -dist
		}
		if dist < bd {
			best, bd = st, dist
		}
	}
	return best
}

// nounProposal handles a proposal noun at token i: "X's offer", "offers of
// ... from X", "the committee's proposal of ...", "one of the ideas proposed".
func (d *doc) nounProposal(si, i int, noun string) {
	s := d.sents[si]
	// proposer by possessive: "Gorbachev's new offer"
	pro := -1
	q := i - 1
	for q > s.t0 && i-q < 3 && d.word(q) && !d.cap(q) && !d.is(q, bStop) {
		q--
	}
	if q > s.t0 && d.isPoss(q) {
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.t1 == q && m.kind != mNon {
				pro = d.mentionActor(m)
				q = m.t0 // the evidence starts with the proposer
				break
			}
		}
	}
	next := d.lw(i + 1)
	hasSub := substanceStart[next] || next == "from" || next == "by" || (i+1 < s.t1 && d.toks[i+1].Kind != 0 && d.isPunct(i+1, ":"))
	// "the Russian proposal" later in the text: a new status for the
	// proposal that party made before
	if !hasSub && d.word(i-1) {
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.t1 == i && (m.kind == mAdj || m.kind == mName) && m.actor >= 0 {
				if st := d.statusNear(s.t0, s.t1, i); st != StatusProposed {
					done := false
					d.recentProposals(si, 30, func(p *proposalRec) bool {
						if p.proposer == m.actor {
							p.status, done = st, true
						}
						return done
					})
					if done {
						return
					}
				}
			}
		}
	}
	if pro < 0 && !hasSub {
		return
	}
	// clause around the noun
	cs := i
	for cs > s.t0 && !d.isPunct(cs-1, ",") && !d.isPunct(cs-1, ";") && i-cs < 12 {
		cs--
	}
	ce := i + 1
	for ce < s.t1 && !d.isPunct(ce, ";") && !d.isPunct(ce, ".") && !(d.isPunct(ce, ",") && ce > i+8) &&
		!(d.lw(ce) == "and" && strings.HasSuffix(d.lw(ce+1), "ed") && ce > i+1) { // "... and replaced it with"
		ce++
	}
	if pro >= 0 {
		// "Sudan's counter-offer, which calls for ..., is being studied, a
		// diplomat said": the report is the proposal
		for _, k := range d.stIdx[si] {
			st := &d.stances[k]
			if st.say && st.actor == pro && i >= st.cS && i <= st.cS+4 && st.typ != Proposed {
				st.typ, st.cameo = Proposed, "030"
			}
		}
		// "Gorbachev's new offer" again: the same proposal, not a new one
		for back := 0; back <= 6; back++ {
			for _, pi := range d.prIdx[si-back] {
				if p := d.proposals[pi]; p.proposer == pro && p.noun == noun && (back > 0 || p.evE <= d.toks[q].S()) {
					return
				}
			}
		}
		d.addNounProposal(si, pro, q, i, ce, noun)
		return
	}
	// "offers of X from A and Y from B"
	found := false
	last := i
	for k := i + 1; k < ce; k++ {
		w := d.lw(k)
		if d.isPunct(k, ",") && !found {
			break
		}
		if w != "from" && w != "by" || w == "by" && strings.HasSuffix(d.lw(k-1), "ed") && !putVerbs[d.lw(k-1)] ||
			possPronouns[d.lw(k+1)] {
			continue
		}
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.t0 >= k+1 && m.t0 <= k+5 && m.kind != mNon && (m.kind != mAdj || d.lw(m.t1) == "and") {
				ai := d.mentionActor(m)
				if ai < 0 {
					continue
				}
				st := last
				if found {
					st = last
					for st < m.t0 && (d.lw(st) == "and" || d.isPunct(st, ",") || d.isPunct(st, ")")) {
						st++
					}
				}
				e := m.t1
				also := -1
				if m.kind == mAdj && d.lw(m.t1) == "and" {
					// "from Egyptian and Qatari mediators": both propose
					for _, mj := range d.sment[si] {
						if o := d.ments[mj]; o.t0 == m.t1+1 && o.actor >= 0 && o.actor != ai {
							e, also = o.t1, o.actor
						}
					}
				}
				if e < s.t1 && d.isPunct(e, "(") {
					for e < s.t1 && !d.isPunct(e-1, ")") && e < m.t1+4 {
						e++
					}
				}
				d.addNounProposal(si, ai, st, st, e, noun)
				if also >= 0 {
					d.addNounProposal(si, also, st, st, e, noun)
				}
				found = true
				last = e
				k = e - 1
				break
			}
		}
	}
	if found {
		return
	}
	// "Egypt had earlier withdrawn its proposal for ...": its = the subject
	// (not "unless GM improved its proposal by Friday": a reference)
	if (possPronouns[d.lw(i-1)] || possPronouns[d.lw(i-2)]) && substanceStart[d.lw(i+1)] && !d.inCondition(i, s.t0) {
		for k := len(d.sment[si]) - 1; k >= 0; k-- {
			m := d.ments[d.sment[si][k]]
			if m.t1 < i && m.kind != mNon && m.kind != mAdj && m.actor >= 0 {
				d.addNounProposal(si, m.actor, i-1, i, ce, noun)
				return
			}
		}
	}
	// an offer a speaker describes with no other proposer is the speaker's
	// side's: '"The offer presented to X features ...," Cooling said'
	if noun == "offer" || noun == "proposal" || noun == "plan" || noun == "draft" || noun == "terms" || noun == "initiative" {
		for _, k := range d.stIdx[si] {
			st := &d.stances[k]
			if st.say && st.si == si && i >= st.cS && i < st.cE && (st.typ == Assessment || st.typ == Position || st.typ == Proposed) {
				st.typ = Proposed
				st.cameo = "030"
				// the proposal is the noun phrase on: "a new offer of ..."
				np := i
				for np > st.cS && i-np < 3 && d.word(np-1) && !d.is(np-1, bStop) || np > st.cS && d.is(np-1, bDet) {
					np--
				}
				evS := st.evS
				if np > st.cS {
					evS = d.toks[np].S()
				}
				d.addProposal(st.actor, si, np, st.cE, evS, st.evE, noun)
				return
			}
		}
	}
	// anaphora: "one of the ideas proposed" refers to the last proposal of
	// the same kind in the two previous sentences
	for back := 1; back <= 2; back++ {
		ps := d.prIdx[si-back]
		for x := len(ps) - 1; x >= 0; x-- {
			p := d.proposals[ps[x]]
			if p.noun != noun {
				continue
			}
			n := len(d.proposals)
			d.addNounProposal(si, p.proposer, cs, i, ce, noun)
			if len(d.proposals) > n {
				d.proposals[len(d.proposals)-1].status = p.status
			}
			return
		}
	}
}

func (d *doc) isPoss(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].Kind == tokens.Poss }

// mentionActor resolves a mention's actor (descriptions by their head).
func (d *doc) mentionActor(m mention) int {
	if m.actor >= 0 {
		return m.actor
	}
	if m.kind == mDesc {
		return d.byHead(m.head, m.t0)
	}
	return -1
}

// addNounProposal records a proposal whose evidence runs from token es to
// ce, with the noun at i; it also adds the proposer's proposal stance.
func (d *doc) addNounProposal(si, ai, es, i, ce int, noun string) {
	if ai < 0 || ce <= es {
		return
	}
	s := d.sents[si]
	evS, evE := d.toks[es].S(), d.toks[ce-1].E()
	if evE-evS > 600 {
		return
	}
	ss, se := d.substance(i, ce)
	p := proposalRec{proposer: ai, status: d.statusNear(s.t0, s.t1, i), evS: evS, evE: evE, cS: ss, cE: se, si: si, noun: noun, issues: d.issuesIn(es, ce)}
	// "withdrawn its proposal", "scrapped the plan"; "a new offer" is new
	for q := i - 1; q >= s.t0 && q >= i-4; q-- {
		if w := d.lw(q); w == "withdrawn" || w == "withdrew" || w == "scrapped" || w == "dropped" || w == "abandoned" || w == "replaced" {
			p.status = StatusWithdrawn
			break
		}
		if w := d.lw(q); w == "new" || w == "revised" || w == "fresh" || w == "latest" {
			p.status = StatusProposed
			if st := d.statusAfter(i, ce); st != "" {
				p.status = st
			}
			break
		}
	}
	d.addProp(p)
	for _, k := range d.stIdx[si] {
		st := d.stances[k]
		if st.actor == ai && st.typ == Proposed && st.evS < evE && evS < st.evE {
			return
		}
	}
	conf := 0.6
	st := stanceRec{actor: ai, target: -1, typ: Proposed, si: si, cS: es, cE: ce, conf: conf, evS: evS, evE: evE, cameo: "030"}
	// "According to the sources, one of the ideas proposed ...": who told
	for _, k := range d.stIdx[si] {
		if o := d.stances[k]; o.say && o.actor != ai && o.evS <= evS && evE <= o.evE+1 {
			st.source = o.source
			if st.source == "" {
				st.source = d.actors[o.actor].name
			}
			break
		}
	}
	if noun == "proposal" || noun == "plan" || noun == "idea" {
		st.cameo = "020"
	}
	st.issues = p.issues
	d.stances = append(d.stances, st)
	d.stIdx[si] = append(d.stIdx[si], len(d.stances)-1)
}

// markSides marks parties: actors and targets of stances, proposers, and
// the other side named in "talks with X" / "negotiations with X".
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

// Nouns for things one party puts to another besides proposals.
var tabledNouns = set("quota", "quotas", "bill", "regulations", "deal", "terms", "demands", "conditions", "ultimatum", "resolution")

// Participles that say who put a proposal forward ("reached by", "made by").
var putVerbs = set("reached", "proposed", "offered", "made", "presented", "submitted", "tabled", "drafted", "adopted", "approved", "put", "floated", "backed")

// addProp appends a proposal and indexes it by sentence.
func (d *doc) addProp(p proposalRec) {
	if d.prIdx == nil {
		d.prIdx = map[int][]int{}
	}
	d.proposals = append(d.proposals, p)
	d.prIdx[p.si] = append(d.prIdx[p.si], len(d.proposals)-1)
}

// indexStances indexes the stances by sentence.
func (d *doc) indexStances() {
	// (not sized by the sentences: few of them hold a stance)
	d.stIdx = make(map[int][]int)
	for k, st := range d.stances {
		d.stIdx[st.si] = append(d.stIdx[st.si], k)
	}
}

var possPronouns = set("its", "their", "his", "her", "our")

// statusAfter: a verdict after the noun in its clause ("... was rejected").
func (d *doc) statusAfter(i, ce int) ProposalStatus {
	for q := i + 1; q < ce; q++ {
		if st, ok := statusWords[d.lw(q)]; ok && st != StatusWithdrawn && st != StatusDenied {
			return st
		}
	}
	return ""
}

// recentProposals calls fn with the proposals of the back sentences before
// si, newest first, until fn returns true.
func (d *doc) recentProposals(si, back int, fn func(p *proposalRec) bool) {
	for k := si - 1; k >= 0 && k >= si-back; k-- {
		ps := d.prIdx[k]
		for x := len(ps) - 1; x >= 0; x-- {
			if fn(&d.proposals[ps[x]]) {
				return
			}
		}
	}
}

// Words of an explicit verdict on a proposal.
var verdictWords = set("reject", "rejected", "rejects", "refused", "refuses", "dismissed", "turned", "insulting", "derisory",
	"unacceptable", "inadequate", "spurned", "rebuffed")

func (d *doc) anyWordIn(cs, ce int, words map[string]bool) bool {
	for i := max(cs, 0); i < ce && i < len(d.toks); i++ {
		if words[d.lw(i)] {
			return true
		}
	}
	return false
}

// inCondition: the word at i is inside an if-clause ("if China agreed").
func (d *doc) inCondition(i, t0 int) bool {
	for q := i - 1; q >= t0 && q >= i-4; q-- {
		if w := d.lw(q); w == "if" || w == "unless" || w == "whether" || w == "once" {
			return true
		}
	}
	return false
}
