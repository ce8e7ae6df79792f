package core

import (
	"parley/core/tokens"
	"sort"
	"strings"
)

// Content features, looked up on lower-cased words.
var (
	hopeWords   = set("hope", "hopes", "hoped", "hopeful", "hoping")
	accuseWords = set("accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "culprit", "culprits", "ignored", "ignoring", "ignores", "violated", "violating", "violation", "violations", "disrupt", "disrupting", "spoiler", "torpedoed", "sabotage", "sabotaged", "condemns", "condemned", "lectures", "crime", "refuse", "refuses")
	denyWords   = set("deny", "denied", "denies", "denying")
	rejectWords = set("reject", "rejected", "rejects", "rejecting", "refuse", "refused", "refuses", "unacceptable",
		"insulting", "derisory", "inadequate", "insufficient", "unhappy", "dissatisfied", "opposed", "opposes", "oppose")
	threatWords  = set("strike", "strikes", "walkout", "walkouts", "war", "retaliate", "retaliation", "retaliatory", "sanctions", "force", "response", "action", "boycott", "escalation", "consequences", "authorized", "authorised")
	demandWords  = set("should", "urge", "urges", "urged", "demanded", "demanding", "seeking", "seeks", "sought", "pressing")
	acceptWords  = set("accept", "accepted", "accepts", "agreed", "welcomed", "welcomes", "approval", "approved", "endorsed")
	commitWords  = set("committed", "commitment", "pledge", "pledged", "promise", "promised", "vow", "vowed")
	proposeWords = set("propose", "proposed", "proposes", "offered", "willing")
	assessWords  = set("progress", "breakthrough", "stalemate", "deadlock", "impasse", "collapsed", "obstacle",
		"barrier", "provocation", "crisis", "mistaken", "hard", "weak", "leverage", "unlikely", "likely",
		"important", "importance", "close", "talking", "phase", "sign", "difficult", "positive", "constructive",
		"frustrated", "frustration", "disappointed", "serious", "good", "bad", "significant", "minutes", "common", "agreement",
		"rounds", "negotiations", "talks")
	negWords      = set("not", "no", "never", "cannot", "nothing", "neither", "nor")
	hedgeWords    = set("may", "might", "could", "possibly", "perhaps")
	rejectObjects = set("accept", "discuss", "agree", "negotiate", "recognise", "recognize", "bow", "sign", "allow", "attend", "hold", "participate", "join", "endorse", "approve", "tolerate", "back", "support",
		"compromise", "concede", "yield", "budge", "give")
	negativeTone = set("no", "not", "without", "stalemate", "deadlock", "impasse", "collapsed", "failed", "crisis", "bad", "weak", "obstacle", "provocation", "disappointed", "frustrated", "mistaken", "unlikely")
)

// makeStance builds a stance for actor ai from cue h and content [cs, ce).
func (d *doc) makeStance(si int, h *cueHit, ai int, src string, cs, ce int, back bool) stanceRec {
	st := stanceRec{actor: ai, target: -1, source: src, si: si, cS: cs, cE: ce, conf: 0.8, say: h.cue.Type == "say"}
	if h.cue != nil {
		st.cameo = h.cue.Cameo
	}
	typ := StanceType("")
	switch h.cue.Type {
	case "say", "position", "assessment":
		typ = d.classify(cs, ce, ai)
		if typ == "" {
			if h.cue.Type == "position" {
				typ = Position
			} else if h.cue.Type == "assessment" {
				typ = Assessment
			} else {
				typ = d.defaultType(cs, ce, ai)
				st.weak = true
			}
		}
		if h.cue.Type != "say" {
			st.conf = 0.7
		}
	case "threat":
		typ = d.classify(cs, ce, ai)
		if strings.HasPrefix(d.lw(h.i), "threat") {
			typ = Threat // "threatened to leave the talks unless ..."
		}
		if typ != Threat && typ != Condition && typ != Rejection {
			if d.anyBit(cs, ce, f_threatWords) || d.anyBit(cs, ce, f_condWords) {
				typ = Threat
			} else if typ == "" {
				typ = Position
			}
		}
	case "want":
		typ = Position
		st.conf = 0.7
		if back {
			// "... boosting domestic demand and imports, as Washington wants"
			typ = Demand
		}
		if c := d.classify(cs, ce, ai); c == Condition || c == Rejection || c == Threat {
			typ = c
		}
		// "want the government to withdraw" -> a demand on another party
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.t0 == h.i+h.n && m.actor >= 0 && m.actor != ai && d.lw(m.t1) == "to" {
				typ, st.target = Demand, m.actor
				st.cameo = "100"
			}
		}
		// "wanted an immediate reduction in violence": a thing asked for
		if nx := d.lw(h.i + h.n); typ == Position && (nx == "a" || nx == "an" || nx == "more" || nx == "greater" || nx == "guarantees" || nx == "assurances") {
			typ = Demand
			st.cameo = "100"
		}
		if d.lw(h.i+h.n) == "the" && typ == Position {
			// "want the government to ..." with an unresolved description
			for q := h.i + h.n; q < ce && q < h.i+h.n+4; q++ {
				if d.lw(q) == "to" && q > h.i+h.n+1 {
					typ = Demand
					st.cameo = "100"
					break
				}
			}
		}
	default:
		typ = StanceType(h.cue.Type)
		st.conf = 0.8
		// "insisted on linking approval of a pact to ...": a condition
		if typ == Demand && (d.lw(cs) == "linking" || d.lw(cs) == "tying" || d.lw(cs) == "making") {
			typ = Condition
		}
		// "willing to host the next round": an undertaking, not an offer
		if typ == Proposed && d.lw(h.i) == "willing" && hostVerbs[d.lw(h.i+h.n)] {
			typ = Commitment
			st.cameo = "036"
		}
		// "would agree to a second round only if ...": a condition
		if typ == Acceptance || typ == Commitment || typ == Proposed {
			if d.phrase(cs, ce, "only", "if") || d.phrase(cs, ce, "on", "condition", "that") || d.phrase(cs, ce, "provided", "that") || d.phrase(cs, ce, "as", "long", "as") ||
				typ != Proposed && d.phrase(cs, ce, "if") {
				typ = Condition // "ready to resume talks if sanctions are lifted first"
			}
		}
	}
	// negated cue: "did not reject", "has not accepted"
	if p := h.i - 1; p >= 0 && (negWords[d.lw(p)] || strings.HasSuffix(d.lw(p), "n't")) && h.cue.Type != "say" {
		switch typ {
		case Acceptance:
			typ = Rejection // "would not accept"
			st.cameo = "120"
		case Rejection, Accusation, Denial, Demand, Proposed, Threat:
			typ = Position
			st.conf = 0.5
		}
	}
	// "Turkey may have to accept ...": a hedged act is a reading, not the act
	if typ == Acceptance || typ == Rejection || typ == Commitment {
		for p := h.i - 1; p >= 0 && p >= h.i-3; p-- {
			if w := d.lw(p); w == "may" || w == "might" || w == "could" {
				typ, st.conf = Assessment, 0.5
				break
			}
		}
	}
	if d.anyBit(cs, ce, f_hedgeWords) && (typ == Assessment || typ == Position) {
		typ = Assessment
		st.conf = 0.5
	}
	st.typ = typ
	// "X and Y accused each other": each blames the other
	if typ == Accusation && len(h.spk) == 2 && (d.phrase(cs, min(cs+2, ce), "each", "other") || d.phrase(cs, min(cs+2, ce), "one", "another")) {
		for _, mi := range h.spk {
			if a := d.ments[mi].actor; a >= 0 && a != ai {
				st.target = a
			}
		}
	}
	// target: first other party in the content
	if typ == Accusation || typ == Demand || typ == Rejection || typ == Threat || typ == Condition {
		if st.target < 0 {
			for _, mi := range d.sment[si] {
				m := d.ments[mi]
				if (m.kind == mAdj || m.kind == mName) && d.mentionStartsAt(si, m.t1) {
					continue // "U.S. Congressional": the second names the target
				}
				if m.t0 >= cs && m.t0 < ce && m.actor >= 0 && m.actor != ai && m.kind != mNon && (m.kind != mAdj || typ == Accusation) && (typ != Demand || m.t0 <= cs+3) {
					st.target = m.actor
					// "Russia and Iran would need to ...": both are addressed
					if d.lw(m.t1) == "and" {
						for _, mj := range d.sment[si] {
							if o := d.ments[mj]; o.t0 == m.t1+1 && o.actor >= 0 && o.kind != mNon {
								d.actors[o.actor].party = true
							}
						}
					}
					break
				}
			}
			if typ != Accusation && typ != Demand {
				st.target = -1
			}
		}
	}
	// evidence: speaker + cue + content, within the sentence
	s := d.sents[si]
	evS, evE := d.toks[cs].S(), d.toks[ce-1].E()
	if len(h.spk) > 0 && h.n > 0 {
		sp := d.ments[h.spk[0]]
		cueS, cueE := d.toks[h.i].S(), d.toks[h.i+h.n-1].E()
		lo, hi := min(sp.bs, cueS), max(sp.be, cueE)
		if back {
			if hi > evE && hi-evE < 80 {
				evE = hi
			}
		} else if lo < evS && evS-lo < 200 && !h.part && !h.coord {
			evS = lo
		} else if h.coord && cueS < evS {
			evS = cueS
		}
	}
	// include a closing quote or final stop right after the content
	if ce < s.t1 && (d.isQuote(ce) || d.isPunct(ce, ".")) && !back {
		evE = d.toks[ce].E()
	}
	if evE-evS > 600 {
		evS, evE = d.toks[cs].S(), d.toks[ce-1].E()
		for evE-evS > 600 && ce > cs+1 {
			ce--
			evE = d.toks[ce-1].E()
		}
	}
	st.evS, st.evE = evS, evE
	st.issues = d.issuesIn(cs, ce)
	st.cameo = d.cameoFor(st, h)
	return st
}

func (d *doc) anyWord(cs, ce int, words map[string]bool) bool {
	for i := cs; i < ce && i < len(d.toks); i++ {
		if words[d.lw(i)] {
			return true
		}
	}
	return false
}

func (d *doc) phrase(cs, ce int, p ...string) bool {
	if cs < 0 {
		cs = 0
	}
	if ce > len(d.toks) {
		ce = len(d.toks)
	}
	p0 := p[0]
	for i := cs; i+len(p) <= ce; i++ {
		t := &d.toks[i]
		if t.E()-t.S() != len(p0) || d.lower[t.S():t.E()] != p0 {
			continue
		}
		ok := true
		for k := 1; k < len(p); k++ {
			u := &d.toks[i+k]
			if d.lower[u.S():u.E()] != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// classify types a reported statement by its words, or returns "".
func (d *doc) classify(cs, ce, ai int) StanceType {
	ph := d.phraseIndex(cs, ce)
	if d.anyBit(cs, ce, f_hopeWords) {
		return Hope
	}
	if d.anyBit(cs, ce, f_denyWords) {
		return Denial
	}
	if ph.has("unless") || (ph.has("if") && d.anyBit(cs, ce, f_threatWords)) {
		if d.anyBit(cs, ce, f_threatWords) || ph.has("could") || d.modalBefore(cs, ce, "unless") {
			return Threat
		}
		return Condition
	}
	if (ph.has("will", "take") || ph.has("would", "take")) && d.anyBit(cs, ce, f_responseWords) || ph.has("called", "a", "strike") ||
		ph.has("call", "a", "strike") || ph.has("go", "on", "strike") || ph.has("take", "industrial", "action") {
		return Threat
	}
	if ph.has("reached") && d.anyBit(cs, ce, f_accordWords) && !d.anyBit(cs, ce, f_negWords) {
		return Commitment
	}
	// negated intention: "would not discuss", "will not accept"
	for i := cs; i+2 < ce; i++ {
		w := d.lw(i)
		if (w == "would" || w == "will" || w == "could" || w == "cannot" || w == "won't" || w == "wouldn't") && (d.lw(i+1) == "not" || d.lw(i+1) == "never" || w == "cannot" || strings.HasSuffix(w, "n't")) {
			v := d.lw(i + 2)
			if w == "cannot" || strings.HasSuffix(w, "n't") {
				v = d.lw(i + 1)
			}
			if rejectObjects[v] || v == "make" && d.lw(i+3) == "concessions" {
				return Rejection
			}
			if v == "pursue" || v == "attack" || v == "resort" || v == "use" {
				return Commitment
			}
		}
	}
	if d.anyBit(cs, ce, f_rejectWords) && d.refuserOther(cs, ce, ai) {
		return Accusation
	}
	if d.anyBit(cs, ce, f_rejectWords) && !d.otherSubject(cs, ai) || ph.has("not", "acceptable") || ph.has("completely", "unacceptable") {
		return Rejection
	}
	if d.anyBit(cs, ce, f_accuseWords) || ph.has("no", "intention") || ph.has("pointed", "the", "finger") {
		return Accusation
	}
	if ph.has("not", "happy") || ph.has("not", "totally", "happy") || ph.has("not", "entirely", "happy") || ph.has("not", "satisfied") {
		return Rejection
	}
	if ph.has("did", "not", "meet") || ph.has("does", "not", "meet") || ph.has("far", "from") {
		return Rejection
	}

	if ph.has("before") && (ph.has("first") || ph.has("priority") || ph.has("necessity")) || ph.has("must", "first") || ph.has("on", "condition", "that") ||
		ph.has("provided", "that") || ph.has("as", "long", "as") || ph.has("only", "if") ||
		ph.has("precondition") || ph.has("prerequisite") || ph.has("in", "order", "to") ||
		ph.has("without", "one") || ph.has("necessity") && ph.has("before") ||
		(ph.has("must") && d.anyBit(cs, ce, f_accordWords)) || ph.has("then") && ph.has("if") {
		return Condition
	}
	if ph.has("if") && cs < ce && (d.lw(cs) == "if" || d.phrase(cs, cs+3, "on", "the", "contrary")) {
		return Condition
	}
	// "would suspend talks until the group released all hostages"
	if (ph.has("until") || ph.has("while")) && (d.anyBit(cs, ce, f_negWords) || ph.has("suspend") || ph.has("halt") || ph.has("freeze")) {
		return Condition // "would not return to the table while ... continued"
	}
	if ph.has("no", "need") {
		// "there was absolutely no need to rush": not a demand
	} else if d.anyBit(cs, ce, f_demandWords) || ph.has("need", "to") || ph.has("needs", "to") || ph.has("needed", "to") ||
		ph.has("must") || ph.has("call", "on") || ph.has("calls", "for") {
		if !ph.has("have", "to", "go", "ahead") {
			return Demand
		}
	}
	for i := cs; i+2 < ce; i++ {
		// "would only sign a deal that included ..."
		if (d.lw(i) == "would" || d.lw(i) == "will") && d.lw(i+1) == "only" && onlyIfVerbs[d.lw(i+2)] {
			return Condition
		}
	}
	if d.anyBit(cs, ce, f_commitWords) || ph.has("remain", "prepared") || ph.has("ready", "to") || ph.has("prepared", "to") ||
		ph.has("keep", "working") || ph.has("continue", "working") || ph.has("continue", "to", "work") || ph.has("remain", "engaged") {
		return Commitment
	}
	// "it will start accession talks": the speaker's own announced course
	for k := cs + 1; k < ce-1 && k <= cs+3; k++ {
		if w := d.lw(k); w != "will" && w != "would" {
			continue
		}
		if v := d.lw(k + 1); v == "not" || v == "continue" || v == "remain" || v == "be" || v == "have" || v == "never" {
			break
		}
		w := d.lw(cs)
		// "it will start ...", "his government would begin talks ..."
		if k == cs+1 && (w == "it" || w == "we" || w == "they" || w == "he" || w == "she") ||
			possPronouns[w] && d.is(k-1, bRole) || d.mentionActorAt(k-1) == ai && ai >= 0 {
			return Commitment
		}
		break
	}
	for i := cs; i < ce; i++ {
		if d.is(i, f_proposeWords) && !articles[d.lw(i-1)] && d.lw(i+1) != "by" {
			if d.lw(i) == "willing" && hostVerbs[d.lw(i+2)] {
				return Commitment
			}
			return Proposed
		}
	}
	// "it had accepted the proposal" (not "what had been agreed"; "the two
	// countries had agreed in 1995" recalls a position)
	for i := cs; i < ce; i++ {
		if d.is(i, f_acceptWords) && d.lw(i-1) != "been" && !d.anyBit(cs, ce, f_negWords) {
			if d.lw(i-1) == "had" && d.toks[min(i+2, len(d.toks)-1)].Kind == tokens.Number {
				return Position
			}
			return Acceptance
		}
	}
	if d.anyBit(cs, ce, f_holdWords) || ph.has("door") && ph.has("open") {
		return Position
	}
	return ""
}

// otherSubject: the content's first word is a party other than the speaker
// ("the employers refuse ...").
func (d *doc) otherSubject(cs, ai int) bool {
	si := int(d.sentOf[cs])
	for _, mi := range d.sment[si] {
		m := d.ments[mi]
		if m.t0 >= cs && m.t0 <= cs+1 {
			return m.actor != ai
		}
	}
	return d.lw(cs) == "the" && d.lw(cs+2) == "refuse" || d.lw(cs+1) == "refuse"
}

// defaultType for a plain report: the state of things is an assessment; the
// speaker's own course is a position.
func (d *doc) defaultType(cs, ce, ai int) StanceType {
	if d.anyBit(cs, ce, f_assessWords) {
		return Assessment
	}
	for i := cs; i < ce && i < cs+6; i++ {
		w := d.lw(i)
		if w == "we" || w == "our" || w == "i" {
			return Position
		}
	}
	si := int(d.sentOf[cs])
	for _, mi := range d.sment[si] {
		m := d.ments[mi]
		if m.t0 >= cs && m.t0 <= cs+2 && m.actor == ai {
			return Position
		}
	}
	return Assessment
}

// cameoFor picks the CAMEO code that fits the stance best.
func (d *doc) cameoFor(st stanceRec, h *cueHit) string {
	has := func(id string) bool {
		for _, x := range st.issues {
			if x == id {
				return true
			}
		}
		return false
	}
	issueCode := ""
	if len(st.issues) > 0 {
		for _, is := range d.a.lex.Issues {
			if is.ID == st.issues[0] {
				issueCode = is.Cameo
			}
		}
	}
	switch st.typ {
	case Demand:
		if h.cue != nil && h.cue.Type == "demand" && strings.HasPrefix(h.cue.Cameo, "02") {
			return h.cue.Cameo
		}
		if issueCode != "" {
			return issueCode
		}
		return "100"
	case Condition:
		if has("ceasefire") {
			return "0871"
		}
		if issueCode != "" {
			return issueCode
		}
		return "100"
	case Proposed:
		if h.cue != nil && h.cue.Type == "proposal" {
			return h.cue.Cameo
		}
		return "030"
	case Acceptance:
		if h.cue != nil && h.cue.Type == "acceptance" {
			return h.cue.Cameo
		}
		return "019"
	case Rejection:
		return "120"
	case Accusation:
		if h.cue != nil && h.cue.Type == "accusation" {
			return h.cue.Cameo
		}
		return "112"
	case Denial:
		return "016"
	case Hope:
		return "013"
	case Threat:
		return "130"
	case Commitment:
		if has("talks") {
			return "036"
		}
		return "030"
	case Assessment:
		if d.anyBit(st.cS, st.cE, f_negativeTone) {
			return "012"
		}
		if d.anyBit(st.cS, st.cE, f_positiveTone) {
			return "013"
		}
		return "010"
	}
	return "010"
}

// dedupStances drops a stance restated by the same actor: same type with
// overlapping evidence, or the same type on the same issues (the clearer,
// more confident statement wins).
func (d *doc) dedupStances() {
	sort.SliceStable(d.stances, func(a, b int) bool { return d.stances[a].evS < d.stances[b].evS })
	drop := make([]bool, len(d.stances))
	for i := range d.stances {
		for j := i + 1; j < len(d.stances) && j < i+64; j++ {
			a, b := &d.stances[i], &d.stances[j]
			if drop[i] || drop[j] || a.actor != b.actor || a.typ != b.typ {
				continue
			}
			overlap := a.evE > b.evS && b.evE > a.evS
			same := len(a.issues) > 0 && strings.Join(a.issues, ",") == strings.Join(b.issues, ",") && (a.typ == Condition || a.typ == Demand) &&
				b.si-a.si <= 2 && a.si-b.si <= 2 // a restatement is close by
			within := a.evS <= b.evS && b.evE <= a.evE || b.evS <= a.evS && a.evE <= b.evE
			if overlap && within || same {
				if b.conf > a.conf {
					drop[i] = true
				} else {
					drop[j] = true
				}
			}
		}
	}
	out := d.stances[:0]
	for i, s := range d.stances {
		if !drop[i] {
			out = append(out, s)
		}
	}
	d.stances = out
}

func (d *doc) mentionActorAt(i int) int {
	if i < 0 || i >= len(d.sentOf) {
		return -1
	}
	for _, mi := range d.sment[int(d.sentOf[i])] {
		if d.ments[mi].t1 == i+1 && d.ments[mi].t0 >= i-3 {
			return d.ments[mi].actor
		}
	}
	return -1
}

func (d *doc) mentionStartsAt(si, t int) bool {
	for _, mi := range d.sment[si] {
		if d.ments[mi].t0 == t && d.ments[mi].actor >= 0 {
			return true
		}
	}
	return false
}

// modalBefore: "it would walk out ... unless": an action of the speaker's
// own announced before the condition.
func (d *doc) modalBefore(cs, ce int, word string) bool {
	for i := cs; i < ce; i++ {
		if d.lw(i) == word {
			return false
		}
		if w := d.lw(i); w == "would" || w == "will" || w == "could" {
			return true
		}
	}
	return false
}

var (
	condWords     = set("unless", "if")
	responseWords = set("response", "measures", "position", "countermeasures", "steps", "retaliatory")
	accordWords   = set("any", "agreement", "deal", "accord")
	positiveTone  = set("progress", "positive", "constructive", "hope", "close", "success", "important")
)

var holdWords = set("adhere", "adhering", "adheres", "maintain", "maintains", "insist", "insists", "stick", "stand", "stands")

// refuserOther: "the employers refuse to ...": the refusing party is not
// the speaker, so the speaker is blaming it.
func (d *doc) refuserOther(cs, ce, ai int) bool {
	si := int(d.sentOf[cs])
	for i := cs; i < ce; i++ {
		if w := d.lw(i); !d.is(i, f_rejectWords) || !strings.HasPrefix(w, "refus") && !strings.HasPrefix(w, "reject") {
			continue
		}
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.t1 <= i && i-m.t1 <= 2 && m.t0 >= cs && m.kind != mNon && m.kind != mAdj {
				a := d.mentionActor(m)
				return a >= 0 && a != ai
			}
		}
	}
	return false
}

var onlyIfVerbs = set("sign", "accept", "agree", "negotiate", "return", "talk", "join", "resume", "attend", "consider", "approve", "support", "discuss")

var hostVerbs = set("host", "mediate", "facilitate", "help", "support", "continue", "talk", "negotiate", "meet", "resume", "engage", "cooperate", "work")

// phr lists the positions in a content span whose word can start one of
// classify's phrases, so each phrase test looks only there.
type phr struct {
	d      *doc
	pos    []int
	cs, ce int
}

func (d *doc) phraseIndex(cs, ce int) phr {
	pos := d.phrBuf[:0]
	for i := max(cs, 0); i < ce && i < len(d.cls); i++ {
		if d.cls[i]&bPhr != 0 {
			pos = append(pos, i)
		}
	}
	d.phrBuf = pos
	return phr{d: d, pos: pos, cs: max(cs, 0), ce: min(ce, len(d.toks))}
}

// has reports whether the words p occur in a row in the span.
func (x phr) has(p ...string) bool {
	d := x.d
	if d.a.bits.get(p[0])&bPhr == 0 { // (phraseFirst, by the word table's cheaper hash)
		// a phrase whose first word is not indexed: look everywhere
		return d.phrase(x.cs, x.ce, p...)
	}
	for _, i := range x.pos {
		if i+len(p) > x.ce {
			break
		}
		ok := true
		for k := range p {
			u := &d.toks[i+k]
			if d.lower[u.Start:u.End] != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// phraseFirst are the first words of classify's phrases.
var phraseFirst = set("as", "before", "call", "called", "calls", "completely", "continue", "could", "did", "does", "door",
	"far", "first", "freeze", "go", "halt", "have", "if", "in", "keep", "must", "necessity", "need", "needed", "needs", "no",
	"not", "on", "only", "open", "pointed", "precondition", "prepared", "prerequisite", "priority", "provided", "reached",
	"ready", "remain", "suspend", "take", "then", "unless", "until", "while", "will", "without", "would")
