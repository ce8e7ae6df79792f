package core

import (
	"slices"
	"sort"
	"strings"

	"parley/core/lexicon"
	"parley/core/tokens"
)

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
	quoteOnly     bool
	say           bool // from a plain verb of saying
	weak          bool // typed by default, no word said which type
}

type cueHit struct {
	i, n    int
	cue     *lexicon.Cue
	spk     []int  // speaker mention indexes
	after   bool   // speaker after the cue
	part    bool   // participle continuing the previous speaker (", noting that")
	coord   bool   // second of coordinated verbs ("rejected ... and demanded")
	nominal bool   // a noun: "an EU demand for ..."
	outer   string // who reported this statement ("The sources")
}

// Auxiliaries and adverbs between a subject and its verb.
var auxSkip = set("has", "have", "had", "is", "are", "was", "were", "also", "still", "again", "further", "then",
	"would", "will", "had", "later", "previously", "repeatedly", "in", "turn", "again", "already", "now",
	"once", "has", "been", "publicly", "privately", "separately", "meanwhile", "both", "all", "himself",
	"herself", "itself", "themselves", "had", "did", "does", "do", "not", "never", "reportedly", "who",
	"to", "working", "trying", "attempting", "going", "expected", "due", "set", "planning", "about", "able",
	"is", "be", "continue", "continues", "continued", "may", "might", "could", "should", "must", "can", "now",
	"remains", "remained", "remain", "seemed", "appeared")

var timeWords = set("on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "last", "this", "next", "week", "month", "year", "night", "morning", "evening",
	"afternoon", "earlier", "late", "in", "a", "statement", "an", "interview", "at", "news", "conference",
	"the", "told", "reporters", "by", "telephone", "phone", "separately", "also", "later", "privately", "joint")

var participles = set("noting", "saying", "adding", "indicating", "stressing", "confirming", "revealing",
	"warning", "accusing", "denying", "calling", "urging", "explaining", "arguing", "insisting")

func (d *doc) indexMentions() {
	// One backing array for all sentences: count, place, then sort each
	// sentence's part (stable, so equal spans keep their order).
	if sc := d.scr; sc != nil && cap(sc.sment) >= len(d.sents) {
		d.sment = sc.sment[:len(d.sents)]
		clear(d.sment)
	} else {
		d.sment = make([][]int, len(d.sents))
	}
	counts := make([]int32, len(d.sents)+1)
	n := 0
	for _, m := range d.ments {
		if m.t0 < 0 || m.t0 >= len(d.sentOf) {
			continue
		}
		if si := int(d.sentOf[m.t0]); si < len(d.sents) {
			counts[si]++
			n++
		}
	}
	var all []int
	if sc := d.scr; sc != nil && cap(sc.sall) >= n {
		all = sc.sall[:n]
	} else {
		all = make([]int, n)
	}
	if sc := d.scr; sc != nil {
		sc.sment, sc.sall = d.sment, all
	}
	off := 0
	for si, c := range counts[:len(d.sents)] {
		if c > 0 {
			d.sment[si] = all[off : off : off+int(c)]
			off += int(c)
		}
	}
	for mi, m := range d.ments {
		if m.t0 < 0 || m.t0 >= len(d.sentOf) {
			continue
		}
		si := int(d.sentOf[m.t0])
		if si < len(d.sment) {
			d.sment[si] = append(d.sment[si], mi)
		}
	}
	for _, ms := range d.sment {
		if len(ms) < 2 {
			continue
		}
		slices.SortStableFunc(ms, func(a, b int) int {
			x, y := &d.ments[a], &d.ments[b]
			if x.t0 != y.t0 {
				return x.t0 - y.t0
			}
			return y.t1 - x.t1
		})
	}
}

// subjectable reports whether a mention can be the subject of a cue.
func subjectable(m mention) bool {
	return m.kind != mAdj && m.kind != mNon
}

// mentionEndingAt returns the widest subjectable mention of sentence si
// ending at token e (exclusive), or -1.
func (d *doc) mentionEndingAt(si, e int) int {
	best := -1
	for _, mi := range d.sment[si] {
		m := d.ments[mi]
		if m.t1 == e && subjectable(m) && (!d.is(m.t0-1, bPrep) || d.roleOf(si, m.t0-1)) && (best < 0 || m.t0 < d.ments[best].t0) {
			best = mi
		}
	}
	return best
}

func (d *doc) mentionStartingAt(si, b, maxSkip int) int {
	for _, mi := range d.sment[si] {
		m := d.ments[mi]
		if m.t0 >= b && m.t0 <= b+maxSkip && subjectable(m) {
			return mi
		}
	}
	return -1
}

func (d *doc) isPunct(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].Kind == tokens.Punct && d.text[d.toks[i].S():d.toks[i].E()] == p
}

func (d *doc) isQuote(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != tokens.Punct {
		return false
	}
	switch d.text[d.toks[i].S():d.toks[i].E()] {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// verbish filters cue words that are nouns here ("offers of a raise", "the
// proposed treaty", "state oil company").
func (d *doc) verbish(si, i int, c *lexicon.Cue) bool {
	w := d.lw(i)
	if nounLike[w] && d.lw(i+1) != "that" && !d.isPunct(i+1, ":") {
		return false // "state news agency", "the report", "a note"
	}
	prev := d.lw(i - 1)
	if i-1 < d.sents[si].t0 {
		prev = ""
	}
	if articles[prev] || prev == "his" || prev == "her" || prev == "its" || prev == "their" || prev == "our" || d.toks[max(i-1, 0)].Kind == tokens.Poss {
		return false
	}
	if len(c.Words) > 1 || c.Type == "say" && (strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" || w == "says") {
		return w != "state" && w != "states"
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "said" || w == "told" || w == "sought" || w == "wrote" {
		if strings.HasSuffix(w, "ing") && (prev == "the" || prev == "a") {
			return false
		}
		return true
	}
	// base or -s form: needs a subject or auxiliary just before it
	if set1[prev] || strings.HasSuffix(prev, "n't") || strings.HasSuffix(prev, "ly") {
		return true
	}
	for _, mi := range d.sment[si] {
		if m := d.ments[mi]; m.t1 == i && subjectable(m) {
			// "a U.S. demand that ...": a noun after "a U.S."
			return !(m.t0 > 0 && (d.lw(m.t0-1) == "a" || d.lw(m.t0-1) == "an"))
		}
	}
	return false
}

// nominalCue: "a U.S. demand that ...", "an EU demand for Turkey to ...":
// a demand or call named as a noun, held by the party before it.
func (d *doc) nominalCue(si, i int, c *lexicon.Cue) (cueHit, bool) {
	w := d.lw(i)
	if w != "demand" && w != "demands" && w != "call" && w != "calls" && w != "request" {
		return cueHit{}, false
	}
	if nx := d.lw(i + 1); nx != "for" && nx != "that" {
		return cueHit{}, false
	}
	for _, mi := range d.sment[si] {
		if m := d.ments[mi]; m.t1 == i && m.actor >= 0 && m.kind != mNon && articles[d.lw(m.t0-1)] {
			return cueHit{i: i, n: 1, cue: &lexicon.Cue{Type: "demand", Cameo: "100"}, spk: []int{mi}, nominal: true}, true
		}
	}
	return cueHit{}, false
}

var articles = set("the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "new", "any", "no")

var set1 = set("to", "will", "would", "not", "did", "does", "do", "also", "still", "may", "might", "could", "should",
	"must", "can", "cannot", "he", "she", "they", "we", "i", "it", "who", "which", "repeatedly", "again")

// quoteDepth marks tokens inside quotation marks in sentence si.
func (d *doc) quoteMask(s sent) []bool {
	n := s.t1 - s.t0
	if cap(d.maskBuf) < n {
		d.maskBuf = make([]bool, n, n+64)
	}
	mask := d.maskBuf[:n]
	clear(mask)
	in := false
	for i := s.t0; i < s.t1; i++ {
		if d.isQuote(i) {
			q := d.text[d.toks[i].S():d.toks[i].E()]
			switch q {
			case "“", "«":
				in = true
			case "”", "»":
				in = false
			default:
				in = !in
			}
			continue
		}
		mask[i-s.t0] = in
	}
	return mask
}

// findStances attributes statements to speakers, sentence by sentence.
func (d *doc) findStances() {
	d.stancePhase = true
	lastSpk, lastPerson := -1, -1
	lastSource := ""
	prevQuoteSpk := -1
	var pending []int
	for si, s := range d.sents {
		d.pause(false)
		if s.headline {
			continue
		}
		mask := d.quoteMask(s)
		cues := d.cueBuf[:0]
		for i := s.t0; i < s.t1; i++ {
			if mask[i-s.t0] || !d.word(i) {
				continue
			}
			c, n := d.cueMatch(i, s.t1)
			if c == nil {
				continue
			}
			if !d.verbish(si, i, c) {
				if h, ok := d.nominalCue(si, i, c); ok {
					cues = append(cues, h)
				}
				continue
			}
			cues = append(cues, cueHit{i: i, n: n, cue: c})
			i += n - 1
		}
		d.cueBuf = cues
		before := len(d.stances)
		quoteSpk := -1
		for ci := range cues {
			h := &cues[ci]
			d.findSpeaker(si, h, cues, ci)
			// "... if China agreed to ...": a hypothesis, not a stance
			if len(h.spk) == 1 && !h.after && !h.part && !h.coord {
				if w := d.lw(d.ments[h.spk[0]].t0 - 1); w == "if" || w == "unless" || w == "whether" || w == "once" {
					h.spk = nil
				}
			}
			// "China said the two countries had agreed ...": a joint
			// description inside a report stays the reporter's statement
			if len(h.spk) == 1 && d.jointDesc(d.ments[h.spk[0]]) {
				for k := ci - 1; k >= 0; k-- {
					if len(cues[k].spk) > 0 && cues[k].cue.Type == "say" && !cues[k].after {
						h.spk = nil
						break
					}
				}
			}
		}
		for ci := range cues {
			h := &cues[ci]
			if len(h.spk) == 0 {
				continue
			}
			actors, src := d.resolveSpeakers(si, h.spk, &lastSpk, &lastPerson, &lastSource)
			if h.outer != "" {
				src = h.outer // "The sources revealed that the American side ..."
			}
			cs, ce, back := d.contentRange(si, cues, ci)
			// a report whose content is the next cue's statement passes its
			// speaker on as that statement's source
			if h.cue.Type == "say" && !h.after && len(h.spk) > 0 && ci+1 < len(cues) && len(cues[ci+1].spk) > 0 && !cues[ci+1].after && !cues[ci+1].part {
				if nm := d.ments[cues[ci+1].spk[0]]; nm.t0 > h.i && nm.t0 <= h.i+h.n+4 && d.ments[h.spk[0]].kind != mPron {
					cues[ci+1].outer = foldSpace(d.text[d.ments[h.spk[0]].bs:d.ments[h.spk[0]].be])
				}
			}
			if ce <= cs {
				continue
			}
			// "Oman is not happy with the quota, officials said": an
			// anonymous report of a party's stance is that party's, with
			// the reporters kept as its source
			anon := false
			if len(actors) == 0 && h.cue.Type == "say" && len(h.spk) == 1 && d.ments[h.spk[0]].kind == mDesc {
				q := cs
				if d.lw(q) == "the" {
					q++
				}
				for _, mi := range d.sment[si] {
					if m := d.ments[mi]; m.t0 >= cs && m.t0 <= q && m.actor >= 0 && (m.kind == mName || m.kind == mRole || m.kind == mPerson) {
						actors = []int{m.actor}
						src = foldSpace(d.text[d.ments[h.spk[0]].bs:d.ments[h.spk[0]].be])
						anon = true
						break
					}
				}
			}
			for _, ai := range actors {
				if d.actors[ai].nonParty {
					continue
				}
				st := d.makeStance(si, h, ai, src, cs, ce, back)
				if st.typ == "" || anon && (st.weak || st.typ == Proposed) {
					continue // (an anonymous report counts when it says what the party holds)
				}
				// ", saying ..." that adds nothing typed continues the
				// statement before it
				if h.part && st.weak && len(d.stances) > before && d.stances[len(d.stances)-1].actor == ai {
					prev := &d.stances[len(d.stances)-1]
					if st.evE > prev.evE && st.evE-prev.evS <= 600 {
						prev.evE = st.evE
					}
					continue
				}
				// "X stressed A, saying B would be unlikely without C": the
				// participle says what the plain report meant
				if h.part && !st.weak && len(d.stances) > before {
					prev := &d.stances[len(d.stances)-1]
					if prev.actor == ai && prev.weak && st.evE-prev.evS <= 600 {
						prev.typ, prev.cameo, prev.weak, prev.target = st.typ, st.cameo, false, st.target
						prev.evE = max(prev.evE, st.evE)
						prev.issues = st.issues
						continue
					}
				}
				// "Welcoming X's offer, Reagan said: ..." : one statement,
				// typed by the opening participle
				if st.weak && len(d.stances) > before {
					prev := &d.stances[len(d.stances)-1]
					if prev.actor == ai && prev.si == si && d.sents[si].t0 == cues[0].i && participles[d.lw(cues[0].i)] || prev.actor == ai && d.lw(cues[0].i) == "welcoming" && d.sents[si].t0 == cues[0].i {
						lo, hi := min(prev.evS, st.evS), max(prev.evE, st.evE)
						if hi-lo <= 600 {
							prev.evS, prev.evE = lo, hi
							continue
						}
					}
				}
				d.stances = append(d.stances, st)
				if d.quoteAround(cs, ce) {
					quoteSpk = ai
				}
			}
		}
		// A sentence that is all quotation, after a quoted speaker, continues
		// that speaker when its words say something typed.
		if len(cues) == 0 && d.opensQuote(s) {
			// '“We are disappointed ... . We have ...,” said X': the
			// speaker comes at the end of the quotation (see below)
			pending = append(pending, si)
			prevQuoteSpk = -1
			continue
		}
		qs := prevQuoteSpk
		if qs < 0 && d.isQuote(s.t0) && d.isQuote(s.t1-1) || qs < 0 && d.isQuote(s.t0) && d.isQuote(s.t1-2) {
			// a stand-alone quoted paragraph continues the last speaker
			qs = lastSpk
		}
		if len(cues) == 0 && qs >= 0 && d.isQuote(s.t0) {
			h := &cueHit{i: s.t0, n: 0, cue: &lexicon.Cue{Type: "say", Cameo: "010"}}
			st := d.makeStance(si, h, qs, "", s.t0, s.t1, true)
			if st.typ != "" && st.typ != Assessment && st.typ != Position {
				st.conf = 0.5
				d.stances = append(d.stances, st)
			}
			quoteSpk = qs
		}
		// "X is pressing Y for ..., officials said": the inner typed stance
		// is the statement; the reporting speaker becomes its source
		for k := before; k < len(d.stances); k++ {
			a := &d.stances[k]
			if !a.say || a.typ == "" {
				continue
			}
			for k2 := before; k2 < len(d.stances); k2++ {
				b := &d.stances[k2]
				if k2 == k || b.say || b.typ == "" {
					continue
				}
				if b.cS >= a.cS && b.cS < a.cE {
					if b.source == "" {
						b.source = a.source
					}
					a.typ = ""
					break
				}
			}
		}
		kept := d.stances[:before]
		for _, st := range d.stances[before:] {
			if st.typ != "" {
				kept = append(kept, st)
			}
		}
		d.stances = kept
		// a stance beside an explicit report by the same speaker is clearer
		for k := before; k < len(d.stances); k++ {
			if d.stances[k].say {
				continue
			}
			for k2 := before; k2 < len(d.stances); k2++ {
				if d.stances[k2].say && d.stances[k2].actor == d.stances[k].actor {
					d.stances[k].conf += 0.05
					break
				}
			}
		}
		prevQuoteSpk = quoteSpk
		// a quotation opened in earlier sentences and closed here takes
		// this sentence's speaker
		if len(pending) > 0 && quoteSpk >= 0 {
			for _, pj := range pending {
				if si-pj > 3 {
					continue
				}
				ps := d.sents[pj]
				h := &cueHit{i: ps.t0, n: 0, cue: &lexicon.Cue{Type: "say", Cameo: "010"}}
				for _, part := range d.clauses(ps.t0, ps.t1) {
					st := d.makeStance(pj, h, quoteSpk, "", part[0], part[1], true)
					if st.typ != "" {
						st.conf = 0.7
						d.stances = append(d.stances, st)
					}
				}
			}
			pending = pending[:0]
		} else if len(pending) > 0 && si-pending[0] > 3 {
			pending = pending[:0]
		}
	}
	d.dedupStances()
}

func (d *doc) quoteAround(cs, ce int) bool {
	return d.isQuote(cs-1) || d.isQuote(cs) || d.isQuote(ce) || d.isQuote(ce-1) || d.isQuote(ce+1)
}

// prevSpoken returns the last cue before ci that has a speaker, or -1.
func (d *doc) prevSpoken(cues []cueHit, ci int) int {
	for k := ci - 1; k >= 0; k-- {
		if len(cues[k].spk) > 0 {
			return k
		}
	}
	return -1
}

// findSpeaker finds the subject of cue h: before it ("X said"), after it
// ("..., said X", "according to X"), or the previous cue's ("..., noting").
func (d *doc) findSpeaker(si int, h *cueHit, cues []cueHit, ci int) {
	if h.nominal {
		return
	}
	s := d.sents[si]
	w := d.lw(h.i)
	// participle after a comma continues the previous cue's speaker
	if participles[w] && ci > 0 && (d.isPunct(h.i-1, ",") || d.isQuote(h.i-1) && d.isPunct(h.i-2, ",")) {
		for k := ci - 1; k >= 0; k-- {
			if len(cues[k].spk) > 0 && !cues[k].nominal {
				h.spk, h.part = cues[k].spk, true
				return
			}
		}
	}
	// sentence-initial participle: "Accusing Syria of ..., Kerry said"
	if participles[w] || w == "welcoming" {
		if h.i == s.t0 && ci+1 < len(cues) {
			nh := &cues[ci+1]
			d.findSpeaker(si, nh, cues, ci+1)
			if len(nh.spk) > 0 {
				h.spk = nh.spk
				return
			}
		}
	}
	if len(h.cue.Words) == 2 && h.cue.Words[0] == "according" {
		if mi := d.mentionStartingAt(si, h.i+h.n, 2); mi >= 0 {
			h.spk, h.after = []int{mi}, true
		}
		return
	}
	// passive: "The EU's plan was rejected by Kosovo Prime Minister Albin Kurti"
	if pw := d.lw(h.i - 1); (pw == "was" || pw == "were" || pw == "been" || pw == "is" || pw == "are") && d.lw(h.i+h.n) == "by" && h.cue.Type != "say" {
		if mi := d.mentionStartingAt(si, h.i+h.n+1, 1); mi >= 0 {
			h.spk, h.after = []int{mi}, true
			return
		}
	}
	// look back over auxiliaries, adverbs and time phrases
	p := h.i - 1
	for p >= s.t0 && h.i-p < 9 && d.word(p) && (d.is(p, bAux) || strings.HasSuffix(d.lw(p), "ly") || d.is(p, bTime) && h.i-p < 8) {
		if mi := d.mentionEndingAt(si, p+1); mi >= 0 {
			break
		}
		p--
	}
	// "IAM District 751 said": a unit name or number after the party
	if p >= s.t0 && p < h.i && (d.cap(p) || d.toks[p].Kind == tokens.Number) && d.mentionEndingAt(si, p+1) < 0 {
		for q := p - 1; q >= s.t0 && q >= p-3; q-- {
			if mi := d.mentionEndingAt(si, q+1); mi >= 0 && d.ments[mi].kind == mName {
				p = q
				break
			}
			if !(d.cap(q) || d.toks[q].Kind == tokens.Number) {
				break
			}
		}
	}
	if p >= s.t0 {
		if mi := d.mentionEndingAt(si, p+1); mi >= 0 {
			// "The five unions which met Mr Prescott want ...": the
			// subject is before the relative clause
			m := d.ments[mi]
			for r := m.t0 - 1; r >= s.t0 && r >= m.t0-4; r-- {
				if w := d.lw(r); w == "which" || w == "who" || w == "that" {
					if mj := d.mentionEndingAt(si, r); mj >= 0 {
						mi = mj
					}
					break
				}
			}
			h.spk = d.joint(si, mi)
			return
		}
		// "X, who are seeking ..."
		if d.toks[p].Kind == tokens.Word {
			// "Yemen's Houthi-run state news agency Saba accused": the party
			// that runs the outlet
			for _, mi := range d.sment[si] {
				m := d.ments[mi]
				if m.kind == mNon && m.t1 == p+1 {
					for _, mj := range d.sment[si] {
						a := d.ments[mj]
						if a.kind == mAdj && a.actor >= 0 && a.t0 < m.t0 && m.t0-a.t0 <= 5 && runBy(d.surf(a.t0)) {
							h.spk = []int{mj}
							return
						}
					}
				}
			}
		}
		if d.isPunct(p, ",") && (d.lw(p+1) == "who" || d.lw(p+1) == "which") {
			// (even after a preposition: "a deadlock with the banks, who
			// were insisting on ...")
			if mi := d.mentionEndingAtAny(si, p); mi >= 0 {
				h.spk = []int{mi}
				return
			}
		}
		// appositive: "X, Yemen's foreign minister and ..., said"
		if d.isPunct(p, ",") {
			for q := p - 1; q > s.t0 && p-q < 40; q-- {
				if d.isQuote(q) || d.isPunct(q, ";") {
					break
				}
				if d.isPunct(q, ",") {
					if mi := d.mentionEndingAt(si, q); mi >= 0 && (d.ments[mi].kind == mPerson || d.ments[mi].kind == mName || d.ments[mi].kind == mRole) {
						h.spk = []int{mi}
						return
					}
					// "one bank, identified as Citibank NA, refused"; "The
					// government's chief negotiator, Masoom Stanekzai, said"
					if mi := d.mentionEndingAt(si, p); mi >= 0 && (d.ments[mi].kind == mName || d.ments[mi].kind == mPerson) && d.ments[mi].actor >= 0 {
						h.spk = []int{mi}
						return
					}
					break
				}
			}
		}
	}
	// inverted: '"...," said the statement', '..., said X'
	prevP := h.i - 1
	if prevP < s.t0 || d.isPunct(prevP, ",") || d.isQuote(prevP) || d.isPunct(prevP, ":") {
		if mi := d.mentionStartingAt(si, h.i+h.n, 3); mi >= 0 && d.ments[mi].t0 <= h.i+h.n+3 {
			if e := d.ments[mi].t1; e >= s.t1 || !d.cap(e) {
				h.spk, h.after = []int{mi}, true
				return
			}
		}
	}
	// "X rejected ... and demanded ...": the previous verb's subject
	pq := h.i - 1
	for pq > s.t0 && pq > h.i-4 && d.is(pq, bAux) && d.lw(pq) != "who" {
		pq-- // "... and is pressing for ..."
	}
	if pw := d.lw(pq); (pw == "and" || pw == "but") && ci > 0 && len(cues[ci-1].spk) > 0 && !cues[ci-1].after {
		h.spk, h.coord = cues[ci-1].spk, true
		return
	}
	// "quoted X as saying"
	if w == "saying" && d.lw(h.i-1) == "as" {
		for k := ci - 1; k >= 0; k-- {
			if d.lw(cues[k].i) == "quoted" {
				if mi := d.mentionStartingAt(si, cues[k].i+1, 1); mi >= 0 {
					h.spk = []int{mi}
					cues[k].spk = nil
				}
				break
			}
		}
	}
}

// joint extends a subject to "X and Y" when both are parties.
func (d *doc) joint(si, mi int) []int {
	m := d.ments[mi]
	q := m.t0 - 1
	if d.lw(q) == "the" {
		q--
	}
	if d.lw(q) == "and" {
		if mj := d.mentionEndingAt(si, q); mj >= 0 && d.ments[mj].actor >= 0 && m.actor >= 0 && d.ments[mj].actor != m.actor {
			return []int{mj, mi}
		}
	}
	return []int{mi}
}

var subordinators = set("when", "which", "after", "because", "since", "while", "if", "although", "whereas", "until")

var descHeads = set("union", "bank", "ministry", "committee", "group", "company", "association", "council",
	"government", "administration", "party", "movement", "agency", "commission", "authority", "federation", "guild")

// resolveSpeakers turns speaker mentions into actors, following pronouns
// and descriptions back to earlier speakers. It returns the actors and the
// source text (who said it) when that differs from the actor's name.
func (d *doc) resolveSpeakers(si int, spk []int, lastSpk, lastPerson *int, lastSource *string) ([]int, string) {
	var out []int
	src := ""
	for _, mi := range spk {
		m := d.ments[mi]
		ai := m.actor
		text := foldSpace(d.text[m.bs:m.be])
		// "the two sides said in a joint statement": one stance each for
		// the two parties named most so far
		if d.jointDesc(m) {
			if a, b := d.topTwo(m.t0); a >= 0 && b >= 0 {
				out = append(out, a, b)
				src = text
				continue
			}
		}
		switch {
		case ai >= 0:
		case m.kind == mPron:
			if m.head == "he" || m.head == "she" {
				ai = *lastPerson
				if ai < 0 || si-d.lastPersonSent > 2 {
					if pi := d.lastPersonBefore(m.t0); pi >= 0 {
						ai = pi
					}
				}
				if ai < 0 {
					ai = *lastSpk
				}
			} else if m.head == "they" || m.head == "we" {
				if d.hasPlural && si-d.lastPluralSent <= 2 {
					ai = d.lastPlural
				} else if pi := d.lastPluralBefore(m.t0); pi >= 0 {
					ai = pi
				} else {
					ai = *lastSpk
				}
			} else {
				ai = *lastSpk
			}
			if ai < 0 {
				src = *lastSource
			}
		case m.kind == mDesc:
			ai = d.byHead(m.head, m.t0)
			known := false
			if ai < 0 {
				if a, ok := d.headActor[lastWord(m.head)]; ok {
					ai, known = a, true
				}
			}
			if ai < 0 && !known && d.definite(m) && d.canBe(*lastSpk, lastWord(m.head)) {
				ai = *lastSpk
			}
			if ai < 0 {
				src = text
			}
			if ai >= 0 {
				d.attach(ai, m.bs, m.be)
			}
		}
		if m.kind == mRole || m.kind == mDesc {
			src = text
		}
		if m.kind == mRole || m.kind == mDesc {
			if d.headActor == nil {
				d.headActor = map[string]int{}
			}
			d.headActor[lastWord(m.head)] = ai
		}
		if hw := lastWord(m.head); m.kind != mPron && (strings.HasSuffix(hw, "s") && m.kind != mName || m.kind == mName && d.isPluralName(m)) {
			d.lastPlural, d.hasPlural, d.lastPluralSent = ai, true, si
		}
		if ai >= 0 && subordinators[d.lw(m.t0-1)] {
			out = append(out, ai)
			continue
		}
		if ai >= 0 {
			out = append(out, ai)
			*lastSpk = ai
			if m.person || m.kind == mPerson {
				*lastPerson = ai
				d.lastPersonSent = si
			} else if m.kind != mPron {
				*lastPerson = -1
				if m.head == "official" || m.head == "spokesman" || m.head == "spokeswoman" || m.head == "spokesperson" || m.head == "minister" || m.head == "ambassador" || m.head == "president" || m.head == "leader" {
					*lastPerson = ai
					d.lastPersonSent = si
				}
			} else {
				d.lastPersonSent = si
			}
			*lastSource = src
		} else {
			*lastSpk = -1
			*lastSource = text
		}
	}
	return out, src
}

// byHead resolves "the union", "a union official", "the ministry" to the
// actor whose name ends in that word (the most mentioned one).
func (d *doc) byHead(head string, before int) int {
	if ai := d.byHead1(head, before); ai >= 0 {
		return ai
	}
	// "a ministry official" after "The Philippines Foreign Ministry ...":
	// the party whose role with that head was named last
	parts := strings.Fields(head)
	if len(parts) > 1 {
		h := parts[0]
		if before >= 0 && before < len(d.sentOf) && d.sment != nil {
			for si := int(d.sentOf[before]); si >= 0 && si >= int(d.sentOf[before])-3; si-- {
				ms := d.sment[si]
				for x := len(ms) - 1; x >= 0; x-- {
					m := d.ments[ms[x]]
					if m.t0 < before && m.actor >= 0 && m.kind == mRole && lastWord(m.head) == h {
						return m.actor
					}
				}
			}
		}
	}
	return -1
}

func (d *doc) byHead1(head string, before int) int {
	// Once the mentions are all found the answer depends on the head only
	// (and, for "the government", on the position): remember it, so a long
	// text with many parties stays linear.
	if d.stancePhase && head != "government" && head != "administration" {
		if v, ok := d.headMemo[head]; ok {
			return v
		}
		v := d.byHeadScan(head, before)
		if d.headMemo == nil {
			d.headMemo = map[string]int{}
		}
		d.headMemo[head] = v
		return v
	}
	return d.byHeadScan(head, before)
}

func (d *doc) byHeadScan(head string, before int) int {
	parts := strings.Fields(head)
	h := parts[0]
	if len(parts) > 1 {
		h = parts[0]
	}
	if !descHeads[h] {
		if len(parts) > 1 && descHeads[parts[len(parts)-1]] {
			h = parts[len(parts)-1]
		} else {
			return -1
		}
	}
	best, bc := -1, 0
	// an actor named with this head: "the United Auto Workers union"
	for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
		if a := d.actors[ai]; !a.merged && (a.kind != KindState || h == "government" || h == "administration") && contains(a.heads, h) && a.count > bc {
			best, bc = ai, a.count
		}
	}
	if best >= 0 {
		return best
	}
	sfx, sfxs := " "+h, " "+h+"s"
	for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
		a := d.actors[ai]
		name := a.lowerName()
		if strings.HasSuffix(name, sfx) || strings.HasSuffix(name, sfxs) {
			if a.merged {
				// "the Ad Hoc Group" was merged into "the creditors"
				return a.into
			}
			if a.count > bc {
				best, bc = ai, a.count
			}
		}
	}
	if best >= 0 {
		return best
	}
	if h == "government" || h == "administration" {
		// the most recent state mentioned before
		return d.stateBefore(before)
	}
	if h == "company" || h == "firm" {
		for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
			a := d.actors[ai]
			if !a.merged && a.kind == KindGroup && companySuffix[lastWord(a.name)] && a.count > bc {
				best, bc = ai, a.count
			}
		}
		return best
	}
	if h == "union" {
		// a labour body: "... Association", "... Federation"
		for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
			a := d.actors[ai]
			if !a.merged && a.kind == KindGroup && labourBodies[lastWord(a.name)] && a.count > bc {
				best, bc = ai, a.count
			}
		}
		if best >= 0 {
			return best
		}
		// or a body named for its workers ("International Association of
		// Machinists and Aerospace Workers") or known by its initials
		// ("SAG-AFTRA"); not any organisation: "the union" is not Hezbollah
		for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
			a := d.actors[ai]
			if !a.merged && a.kind == KindGroup && !a.person && (isInitials(a.name) || labourName(a.name)) && a.count > bc {
				best, bc = ai, a.count
			}
		}
		return best
	}
	if h == "group" || h == "guild" || h == "association" {
		for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
			a := d.actors[ai]
			if a.kind == KindGroup && a.count > bc && !a.person {
				best, bc = ai, a.count
			}
		}
	}
	return best
}

// contentRange returns the token range of what cue ci reports, and whether
// it lies before the cue.
func (d *doc) contentRange(si int, cues []cueHit, ci int) (int, int, bool) {
	s := d.sents[si]
	h := cues[ci]
	// end at the next cue that has a speaker of its own (or a participle)
	limit := s.t1
	limitPart := false // the content ends at ", adding that ..."
	for k := ci + 1; k < len(cues); k++ {
		nk := cues[k]
		if len(nk.spk) == 0 || nk.nominal {
			continue
		}
		if nk.part {
			limit = nk.i - 1
			limitPart = true
			break
		}
		if nk.coord {
			// "rejected X and demanded Y": X ends before "and"
			limit = nk.i - 1
			break
		}
		if !nk.after {
			m := d.ments[nk.spk[0]]
			if m.kind == mPron && h.cue.Type == "denial" {
				// "Moscow denied that it had offered ...": the denial
				// covers the clause
				break
			}
			if m.t0 > h.i {
				limit = m.t0
				break
			}
		}
		break
	}
	spk := d.ments[h.spk[0]]
	if h.after && len(h.cue.Words) == 2 && h.cue.Words[0] == "according" {
		// "According to X, CONTENT" or "CONTENT, according to X."
		if h.i == s.t0 {
			// "According to a statement from the X ministry, CONTENT"
			for q := spk.t1; q < s.t1 && q < spk.t1+12; q++ {
				if d.isPunct(q, ",") {
					return q + 1, limit, false
				}
			}
		}
		return s.t0, h.i, true
	}
	if !h.after && !h.part && (d.isQuote(spk.t0-1) || d.isPunct(spk.t0-1, ",") && d.isQuote(spk.t0-2)) {
		// '"...," he told the newspaper': the quotation is what was said
		st := s.t0
		if pc := d.prevSpoken(cues, ci); pc >= 0 {
			st = cues[pc].i + cues[pc].n
		}
		e := spk.t0
		for e > st && (d.isPunct(e-1, ",") || d.isQuote(e-1)) {
			e--
		}
		// only when the quotation opens the clause ('"...," he said'),
		// not a quoted phrase inside it ('Calling it "a sham", he said')
		if e > st && d.hasWords(st, e) && d.isQuote(st) {
			return st, e, true
		}
	}
	if !h.after {
		cs := h.i + h.n
		// skip the addressee: "told Reuters", "confirmed to RED TV"
		if w := d.lw(h.i); w == "told" || w == "tell" || w == "tells" {
			// "told reporters (at a news conference) that ..."
			for q := cs; q < s.t1 && q < cs+7; q++ {
				if d.lw(q) == "that" {
					cs = q
					break
				}
			}
			if addressees[d.lw(cs)] {
				cs++
			}
		}
		if d.lw(h.i) == "told" || d.lw(h.i) == "tell" || d.lw(h.i) == "tells" || d.lw(cs) == "to" && (h.cue.Type == "say" || d.isQuote(cs+1) || d.cap(cs+1)) {
			q := cs
			if d.lw(q) == "to" {
				q++
			}
			if d.isQuote(q) && q+3 < s.t1 {
				// to “RED TV”
				for r := q + 1; r < q+6 && r < s.t1; r++ {
					if d.isQuote(r) {
						q = r + 1
						break
					}
				}
			} else {
				for _, mi := range d.sment[si] {
					m := d.ments[mi]
					if m.t0 >= q && m.t0 <= q+1 {
						q = m.t1
						break
					}
				}
				// an unknown name: skip capitalised words
				for q < s.t1 && d.cap(q) && q < cs+5 {
					q++
				}
			}
			cs = q
		}
		for cs < s.t1 && (d.lw(cs) == "that" || d.isPunct(cs, ":") || d.isPunct(cs, ",") || d.is(cs, bTime) && d.timePhrase(cs, s.t1)) {
			cs++
		}
		ce := d.clauseEnd(cs, limit)
		// "..., Borrell said after hosting talks": an adverbial, not what
		// was said; the statement is before the speaker
		adverbial := cs < s.t1 && (d.lw(cs) == "after" || d.lw(cs) == "before" || d.lw(cs) == "while" || d.lw(cs) == "during" || d.lw(cs) == "following") && cs > h.i+h.n-1 && d.lw(cs-1) != "that"
		if adverbial {
			// 'said after Saturday's meeting: "At least we are still talking."'
			for q := cs; q < ce; q++ {
				if d.isPunct(q, ":") || d.isQuote(q) {
					adverbial = false
					cs = q + 1
					break
				}
			}
		}
		for ce > cs+1 && (d.lw(ce-1) == "and" || d.lw(ce-1) == "but" || d.is(ce-1, bAux) && d.lw(ce-1) != "not" && d.word(ce-1)) {
			ce-- // "rejected a 30% offer and is pressing for ...": the offer only
		}
		if ce > cs && d.hasWords(cs, ce) && !adverbial {
			return cs, ce, false
		}
		if adverbial {
			limitPart, limit = true, cs
		}
		fin := s.t1
		if limitPart {
			fin = limit
		}
		if h.part || !d.clauseFinal(h.i+h.n, fin) {
			return 0, 0, false
		}
		// "..., the union said on Thursday."
		st := d.afterDateline(s.t0, s.t1)
		if pc := d.prevSpoken(cues, ci); pc >= 0 {
			if cues[pc].cue.Type != "say" && h.cue.Type == "say" {
				// "X was rejected by Y, Z said": Z only reports Y's stance
				return 0, 0, false
			}
			st = cues[pc].i + cues[pc].n
		}
		e := spk.t0
		if h.part {
			e = h.i
		}
		for e > st && (d.isPunct(e-1, ",") || d.isQuote(e-1)) {
			e--
		}
		return st, e, true
	}
	// speaker after the cue: content before it
	st := d.afterDateline(s.t0, s.t1)
	if pc := d.prevSpoken(cues, ci); pc >= 0 {
		st = cues[pc].i + cues[pc].n
		st = max(st, d.ments[cues[pc].spk[0]].t1)
	}
	e := h.i
	for e > st && (d.isPunct(e-1, ",") || d.isQuote(e-1) || d.isPunct(e-1, ":") || d.is(e-1, bAux) && d.lw(e-1) != "not") {
		e--
	}
	return st, e, true
}

func (d *doc) timePhrase(i, end int) bool {
	// "on Saturday that", "last week that"
	for q := i; q < end && q < i+4; q++ {
		if !d.is(q, bTime) {
			w := d.lw(q)
			return w == "that" || w == "to" || w == "it" || w == "he" || w == "she" || w == "they" || w == "we" ||
				d.isPunct(q, ",") || d.isPunct(q, ".") || d.isPunct(q, ";")
		}
	}
	return true
}

func (d *doc) hasWords(cs, ce int) bool {
	n := 0
	for i := cs; i < ce; i++ {
		if d.word(i) && !d.is(i, bTimeOnly) || d.toks[i].Kind == tokens.Number {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// clauseEnd cuts content at a clause that starts a new matter: ", while",
// "; ", ", whereas", ", but".
func (d *doc) clauseEnd(cs, limit int) int {
	for i := cs + 2; i < limit; i++ {
		if d.isPunct(i, ";") {
			return i
		}
		if d.isPunct(i, ",") || d.isPunct(i, "—") || d.isPunct(i, "–") {
			w := d.lw(i + 1)
			if w == "while" || w == "whereas" || w == "but" || w == "although" {
				return i
			}
		}
	}
	return limit
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// clauseFinal: only punctuation and time words follow ("said on Thursday.").
func (d *doc) clauseFinal(i, end int) bool {
	for ; i < end; i++ {
		if d.word(i) && !d.is(i, bTime) {
			return false
		}
		if d.toks[i].Kind == tokens.Number {
			return false
		}
	}
	return true
}

// isPluralName: "the creditors", "the unions" (a group named by a plural).
func (d *doc) isPluralName(m mention) bool {
	return m.t1 > 0 && d.is(m.t1-1, bGroup)
}

// lastPersonBefore returns the actor of the nearest person mention before
// token t within the two previous sentences, or -1.
func (d *doc) lastPersonBefore(t int) int {
	return d.lastBefore(t, func(m mention) bool { return m.kind == mPerson })
}

// lastPluralBefore: the nearest plural party mention ("five public sector
// unions", "U.S. officials") before token t, within two sentences.
func (d *doc) lastPluralBefore(t int) int {
	return d.lastBefore(t, func(m mention) bool {
		return m.kind == mName && d.isPluralName(m) || m.kind == mRole && strings.HasSuffix(m.head, "s")
	})
}

// lastBefore returns the actor of the nearest mention with an actor before
// token t, within the sentence of t and the two before it, that ok accepts;
// or -1.
func (d *doc) lastBefore(t int, ok func(mention) bool) int {
	if t <= 0 || t >= len(d.sentOf) {
		return -1
	}
	si := int(d.sentOf[t])
	for k := si; k >= 0 && k >= si-2; k-- {
		ms := d.sment[k]
		for x := len(ms) - 1; x >= 0; x-- {
			m := d.ments[ms[x]]
			if m.t0 < t && m.actor >= 0 && ok(m) {
				return m.actor
			}
		}
	}
	return -1
}

func runBy(w string) bool {
	for _, suf := range []string{"-run", "-controlled", "-owned", "-backed", "-affiliated"} {
		if strings.HasSuffix(strings.ToLower(w), suf) {
			return true
		}
	}
	return false
}

// roleOf: "a spokesman for Mr Prescott": the preposition at p follows a
// role that speaks for what comes after it.
func (d *doc) roleOf(si, p int) bool {
	if w := d.lw(p); w != "for" && w != "of" {
		return false
	}
	for _, mi := range d.sment[si] {
		m := d.ments[mi]
		if m.t1 == p && (m.kind == mDesc || m.kind == mRole) {
			return true
		}
	}
	return false
}

// opensQuote: the sentence starts a quotation it does not close.
func (d *doc) opensQuote(s sent) bool {
	if !d.isQuote(s.t0) {
		return false
	}
	n := 0
	for i := s.t0; i < s.t1; i++ {
		if d.isQuote(i) {
			n++
		}
	}
	return n%2 == 1
}

// clauses splits [cs, ce) at ", and we/they/it ..." into statements.
func (d *doc) clauses(cs, ce int) [][2]int {
	var out [][2]int
	st := cs
	for i := cs + 3; i+2 < ce; i++ {
		if d.isPunct(i, ",") && (d.lw(i+1) == "and" || d.lw(i+1) == "but") {
			if w := d.lw(i + 2); w == "we" || w == "they" || w == "i" || w == "it" {
				out = append(out, [2]int{st, i})
				st = i + 2
			}
		}
	}
	return append(out, [2]int{st, ce})
}

// maxScanActors bounds scans over the actors of a long text (the most
// recently created are the likely referents).
const maxScanActors = 400

var companySuffix = set("Corp", "Co", "Inc", "Ltd", "Company", "Plc", "Corporation", "Group", "AG", "SA", "NV", "LLC")

// Words of a bare time phrase ("on Monday", "last week").
var timeOnly = set("on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "last", "this", "next", "week", "month", "year", "night", "morning", "evening",
	"afternoon", "earlier", "late", "later")

var addressees = set("reporters", "journalists", "lawmakers", "parliament", "legislators", "delegates", "supporters", "students")

// definite: "the sources", "the official" point back; "diplomats",
// "a senior official" name someone new.
func (d *doc) definite(m mention) bool {
	w := d.lw(m.t0)
	if w == "the" || w == "these" || w == "those" || w == "this" || w == "that" {
		return true
	}
	// bare "ministers" / "officials" are the government already in view
	h := lastWord(m.head)
	return m.t0 == m.t1-1 && (h == "ministers" || h == "officials")
}

var labourBodies = set("Union", "Unions", "Association", "Federation", "Confederation", "Guild", "Syndicate", "Congress", "Council")

// mentionEndingAtAny is mentionEndingAt without the preposition test.
func (d *doc) mentionEndingAtAny(si, e int) int {
	best := -1
	for _, mi := range d.sment[si] {
		m := d.ments[mi]
		if m.t1 == e && subjectable(m) && (best < 0 || m.t0 < d.ments[best].t0) {
			best = mi
		}
	}
	return best
}

// Cue words that are mostly nouns unless a clause follows.
var nounLike = set("state", "states", "report", "reports", "note", "notes", "add", "adds", "stress", "repeat", "declare",
	"argued", "argue", "argues") // ("the two sides argued over the agenda")

// stateBefore returns the state named last before token t, or -1.
func (d *doc) stateBefore(t int) int {
	if d.stateMents == nil {
		d.stateMents = []int{}
		for mi, m := range d.ments {
			if m.actor >= 0 && d.actors[m.actor].kind == KindState {
				d.stateMents = append(d.stateMents, mi)
			}
		}
		sort.SliceStable(d.stateMents, func(a, b int) bool { return d.ments[d.stateMents[a]].t0 < d.ments[d.stateMents[b]].t0 })
	}
	k := sort.Search(len(d.stateMents), func(x int) bool { return d.ments[d.stateMents[x]].t0 >= t })
	if k == 0 {
		return -1
	}
	return d.ments[d.stateMents[k-1]].actor
}

// afterDateline skips "BRUSSELS (Reuters) -" or "WASHINGTON, March 3 -" at
// the start of a sentence.
func (d *doc) afterDateline(t0, t1 int) int {
	if !(d.word(t0) && d.toks[t0].Flags&tokens.Upper != 0) {
		return t0
	}
	for q := t0 + 1; q < t1 && q < t0+10; q++ {
		if d.isPunct(q, "-") || d.isPunct(q, "—") || d.isPunct(q, "–") {
			return q + 1
		}
	}
	return t0
}

// topTwo returns the two actors mentioned most often before token t (not
// persons, not commentators), or -1s; ties go to the earlier named.
func (d *doc) topTwo(t int) (int, int) {
	counts := map[int]int{}
	first := map[int]int{}
	si := int(d.sentOf[min(t, len(d.sentOf)-1)])
	for k := max(0, si-40); k <= si; k++ {
		for _, mi := range d.sment[k] {
			m := d.ments[mi]
			if m.t0 >= t || m.actor < 0 || d.actors[m.actor].person || d.actors[m.actor].nonParty || m.kind == mNon ||
				d.is(m.t0-1, bPlacePrep) { // ("talks in Doha": a venue)
				continue
			}
			counts[m.actor]++
			if _, ok := first[m.actor]; !ok {
				first[m.actor] = m.t0
			}
		}
	}
	a, b := -1, -1
	better := func(x, y int) bool {
		if y < 0 {
			return true
		}
		if counts[x] != counts[y] {
			return counts[x] > counts[y]
		}
		if first[x] != first[y] {
			return first[x] < first[y]
		}
		return x < y // (a total order: map order never shows)
	}
	for x := range counts {
		if better(x, a) {
			a, b = x, a
		} else if better(x, b) {
			b = x
		}
	}
	return a, b
}

// jointDesc: "the two sides", "both countries".
func (d *doc) jointDesc(m mention) bool {
	if m.kind != mDesc || (m.head != "sides" && m.head != "countries" && m.head != "parties" && m.head != "governments") {
		return false
	}
	for i := m.t0; i < m.t1; i++ {
		if w := d.lw(i); w == "two" || w == "both" {
			return true
		}
	}
	return false
}

// isInitials reports whether name is written in capitals, like an acronym
// ("SAG-AFTRA", "UAW").
func isInitials(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-' || r == '&' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// labourName reports whether an organisation's name says it is a labour
// body: "... Association of Machinists and Aerospace Workers".
func labourName(name string) bool {
	for _, w := range strings.Fields(name) {
		if labourBodies[w] || labourWords[w] {
			return true
		}
	}
	return false
}

var labourWords = set("Workers", "Employees", "Machinists", "Teamsters", "Nurses", "Teachers", "Miners", "Dockers", "Pilots", "Drivers")

// canBe reports whether actor ai can be what a description with this head
// names: "the union" is a labour body (not the state that spoke last).
func (d *doc) canBe(ai int, head string) bool {
	if ai < 0 || head != "union" {
		return true
	}
	a := d.actors[ai]
	return a.kind == KindGroup && (isInitials(a.name) || labourName(a.name))
}
