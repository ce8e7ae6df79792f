package attrib

// The source of an attribution: the noun phrase that says, found by
// grammar around the cue (subject, "…, X said", appositives, relative
// clauses, coordinated verbs, participles, infinitives' controllers).

import (
	"strings"

	"parley/core/cameo"
	"parley/core/pos"
	"parley/core/syntax"
)

// setSource sets the source to NP n with its possessor, prepositional
// modifiers and coordinated phrases ("Iran and Iraq").
func (c *ctx) setSource(a *Attribution, n int) {
	p := c.p
	if n < 0 {
		return
	}
	s, e := p.Start(n), int(p.NPs[n].Ext)
	// a coordination that ends here starts earlier: "Iran and Iraq said"
	for k, steps := n, 0; steps < 4; steps++ {
		co := int(p.NPs[k].Coord)
		if co < 0 || co >= k {
			break
		}
		s, k = p.Start(co), co
	}
	a.Source, a.SourceNP = [2]int{s, e}, n
}

// sourceAfterOrBefore: for a sentence-final cue, the noun phrase right
// after it ("…, said the minister") or the one right before it ("…, the
// minister said").
func (c *ctx) sourceAfterOrBefore(a *Attribution) {
	k := c.skipBack(a.Cue[0] - 1)
	if k >= c.s.T0 && c.d.Word(k) != "," && !c.quoteMark(k) && c.p.NPEndingAt(k+1) >= 0 {
		c.sourceBefore(a) // "“…,” he told reporters"
		return
	}
	if k > c.s.T0 && c.d.Word(k) == "," && !c.quoteMark(k-1) && !c.quoteMark(k+1) {
		// "“…,” the airline's chief, Ann Lee, told journalists": a
		// subject with an appositive stands before the cue
		if c.sourceBefore(a); a.SourceNP >= 0 {
			return
		}
	}
	if c.inversion(a.Cue[1]) {
		c.setSource(a, c.p.NPStartingAt(a.Cue[1]))
		return
	}
	c.sourceBefore(a)
}

// sourceBefore: the subject of the cue's verb group — the noun phrase
// before it, across adverbs, an appositive or a relative clause set off by
// commas; the subject of the verb it is coordinated with ("rejected … and
// said"), or of the main clause for a participle (", saying …"); the agent
// of a passive ("was told by X").
func (c *ctx) sourceBefore(a *Attribution) {
	d, p := c.d, c.p
	g0 := a.Cue[0]
	if g := p.VGAt[a.Head]; g >= 0 && p.VGs[g].Has(syntax.Passive) {
		if e := a.Cue[1]; d.Is(e, "by") {
			c.setSource(a, p.NPStartingAt(e+1))
			return
		}
	}
	if g0 == c.s.T0 && (d.Tag(a.Head) == pos.VBG || d.Tag(a.Head) == pos.VBN) {
		c.openingParticiple(a)
		return
	}
	k := c.skipBack(g0 - 1)
	if k < c.s.T0 {
		return
	}
	if d.Tag(a.Head) == pos.VBG && d.Is(g0-1, "as") {
		// "X was quoted (on Monday) as saying": the subject of the passive
		if g := p.VGAt[max(c.skipBack(g0-2), 0)]; g >= 0 && p.VGs[g].Has(syntax.Passive) {
			if n := c.subjectNP(int(p.VGs[g].T0)); n >= 0 {
				c.setSource(a, n)
				return
			}
		}
	}
	if d.Tag(a.Head) == pos.VBG && !c.finite(a.Head) {
		// "issued a statement demanding …": the participle modifies the
		// object of a verb; whoever issued it demands
		if n := p.NPEndingAt(k + 1); n >= 0 {
			if s := p.Start(n); s-1 >= c.s.T0 && p.VGAt[s-1] >= 0 && d.Tag(s-1).IsVerb() {
				if m := c.subjectNP(int(p.VGs[p.VGAt[s-1]].T0)); m >= 0 {
					c.setSource(a, m)
					return
				}
			}
		}
	}
	if c.quoteMark(k) && k-1 >= c.s.T0 && d.Word(k-1) == "," && d.Tag(a.Head) == pos.VBG {
		k-- // "…,” noting that"
	}
	switch {
	case d.Word(k) == ",":
		if d.Tag(a.Head) == pos.VBG && !c.finite(a.Head) {
			// ", saying …": the main clause's subject; after "…, the
			// minister said," the speaker's
			if n := c.speakerBefore(k); n >= 0 {
				c.setSource(a, n)
				return
			}
			n := c.mainSubject(k)
			if n < 0 {
				// "The rebels, citing the attacks, walked out": the
				// subject the participle interrupts, up to its comma
				n = c.npBefore(k)
				for j := a.Content[0]; n >= 0 && j < a.Content[1]; j++ {
					if d.Word(j) == "," && p.QAt[j] < 0 {
						a.Content[1] = j
						break
					}
				}
			}
			c.setSource(a, n)
			return
		}
		// ", the party's nominee, said": back over the parenthetical
		c.setSource(a, c.beforeParenthetical(k))
		return
	case d.Tag(k) == pos.CCONJ:
		// "rejected the plan and said": the earlier verb's subject
		c.setSource(a, c.mainSubject(k))
		return
	case d.Low(k) == "to" && d.Tag(k) == pos.PART:
		c.setSource(a, c.controller(k))
		return
	}
	if (d.Tag(k) == pos.VBN || d.Tag(k) == pos.VBG) && !c.finite(k) && p.VGAt[k] >= 0 {
		// "a report released last year found": the phrase the
		// participle modifies
		if n := p.NPEndingAt(int(p.VGs[p.VGAt[k]].T0)); n >= 0 {
			c.setSource(a, n)
			return
		}
	}
	c.setSource(a, c.relativeHead(c.npBefore(k+1)))
}

// openingParticiple: a participle that opens the sentence ("Accusing
// Syria of …, Kerry said …") is the main clause's: its subject is the
// source, and the content ends at the comma that closes the phrase.
func (c *ctx) openingParticiple(a *Attribution) {
	d, p := c.d, c.p
	for k := a.Head + 1; k < c.s.T1; k++ {
		if d.Word(k) != "," {
			continue
		}
		for j := k + 1; j < c.s.T1; j++ {
			if g := p.VGAt[j]; g >= 0 && p.VGs[g].Has(syntax.Finite) && p.QAt[j] < 0 {
				c.setSource(a, c.subjectNP(int(p.VGs[g].T0)))
				if a.Content[0] < k && a.Content[1] > k {
					a.Content[1] = k
				}
				return
			}
		}
		return
	}
}

// controller returns who does what the infinitive after "to" at k says:
// the governing verb's subject ("had to reject", "wants to explain"), its
// object ("pressed the minister to admit"), or the subject of an
// adjective's copula ("was quick to remind"); -1.
func (c *ctx) controller(k int) int {
	d, p := c.d, c.p
	j := c.skipBack(k - 1) // "to meet again next month to discuss"
	if j < c.s.T0 {
		return -1
	}
	if g := p.VGAt[j]; g >= 0 {
		return c.subjectNP(int(p.VGs[g].T0))
	}
	if n := p.NPEndingAt(k); n >= 0 {
		if s := p.Start(n); s-1 >= c.s.T0 && p.VGAt[s-1] >= 0 && d.Tag(s-1).IsVerb() {
			return n
		}
		return -1
	}
	if d.Tag(k-1) == pos.ADJ && k-2 >= c.s.T0 {
		if g := p.VGAt[k-2]; g >= 0 && d.Lemma(k-2) == "be" {
			return c.subjectNP(int(p.VGs[g].T0))
		}
	}
	return -1
}

// skipBack walks back from token k over adverbs and time adverbials ("on
// Tuesday", "last week") and returns the first token that is neither.
func (c *ctx) skipBack(k int) int {
	d, p := c.d, c.p
	for k >= c.s.T0 {
		if k-1 >= c.s.T0 && d.Low(k-1) == "at" && (d.Tag(k) == pos.ADJ || d.Tag(k) == pos.ADV) {
			k -= 2 // "Alavi at first said": "at" and an adverb or adjective make an adverb
			continue
		}
		if d.Tag(k) == pos.ADV {
			k--
			continue
		}
		if d.Word(k) == ")" {
			// "Sen. Ann Lee (D-Ore.) said": back over the brackets
			j := k - 1
			for j > c.s.T0 && j > k-8 && d.Word(j) != "(" {
				j--
			}
			if d.Word(j) == "(" {
				k = j - 1
				continue
			}
		}
		if n := p.NPEndingAt(k + 1); n >= 0 && p.Temporal(d, n) {
			k = p.Start(n) - 1
			if k >= c.s.T0 && d.Tag(k) == pos.ADP {
				k--
			}
			continue
		}
		break
	}
	return k
}

// subjectNP returns the noun phrase before the verb group at g0 that is
// its subject, or -1.
func (c *ctx) subjectNP(g0 int) int {
	k := c.skipBack(g0 - 1)
	if k < c.s.T0 {
		return -1
	}
	return c.npBefore(k + 1)
}

// npBefore returns the noun phrase that ends at token e and heads the
// phrase there: when it is the object of a preposition ("a spokesman for
// the union", "a poll released in late August"), the phrase the
// preposition attaches to; -1 when no noun phrase ends at e.
func (c *ctx) npBefore(e int) int {
	d, p := c.d, c.p
	n := p.NPEndingAt(e)
	if n < 0 {
		if e-1 >= c.s.T0 && p.NPAt[e-1] >= 0 {
			n = int(p.NPAt[e-1])
		} else {
			return -1
		}
	}
	whole := n       // a coordination's last conjunct stands for all of it
	listing := false // an "and" conjunct taken: commas may join the rest
	for hop := 0; hop < 5; hop++ {
		s := p.Start(n)
		if m := c.conjunctBefore(s, listing); m >= 0 {
			listing = true
			// "the ports of Baltimore, Norfolk and Charleston": back to
			// the first conjunct, to see what the list attaches to
			n = m
			continue
		}
		if s-2 >= c.s.T0 && d.Tag(s-1) == pos.VBG && !c.finite(s-1) {
			// "the union representing 12,000 dockworkers": the noun the
			// participle and its object modify
			if m := p.NPEndingAt(s - 1); m >= 0 && !p.Temporal(d, m) {
				n, whole = m, m
				continue
			}
		}
		if s-1 < c.s.T0 || d.Tag(s-1) != pos.ADP {
			return whole // (the list itself when it attaches to nothing)
		}
		j := s - 2
		for j > c.s.T0 && (d.Tag(j) == pos.ADV || d.Tag(j) == pos.ADP) && j > s-4 {
			j-- // "Washington along with its allies"
		}
		if m := p.NPEndingAt(j + 1); m >= 0 && !p.Temporal(d, m) {
			n, whole = m, m // "a spokesman for [the union]": the spokesman
			continue
		}
		if j > c.s.T0 && (d.Tag(j) == pos.ADJ || d.Tag(j) == pos.VBD || d.Tag(j) == pos.VBN) && !clauseLink[d.Low(s-1)] {
			// "a source familiar with the talks", "officials briefed on
			// the plan": a postmodifier (an adjective or a participle
			// straight after the noun, the tagger's past tense
			// included: the cue after it is the clause's verb)
			if m := p.NPEndingAt(j); m >= 0 && !p.Temporal(d, m) {
				n, whole = m, m
				continue
			}
		}
		if j >= c.s.T0 && (d.Tag(j) == pos.VBN || d.Tag(j) == pos.VBG) && !c.finite(j) {
			// "a poll released in late August": the poll
			if g := p.VGAt[j]; g >= 0 {
				if m := p.NPEndingAt(int(p.VGs[g].T0)); m >= 0 {
					n, whole = m, m
					continue
				}
			}
		}
		if p.Temporal(d, n) {
			return -1
		}
		return n
	}
	return n
}

// conjunctBefore returns the conjunct before a noun phrase starting at s
// in a list of names ("Baltimore, Norfolk and Charleston"): the proper
// noun phrase ending before "and" or "or", or before a comma once listing
// (an "and" conjunct was taken); -1.
func (c *ctx) conjunctBefore(s int, listing bool) int {
	d, p := c.d, c.p
	if s-2 < c.s.T0 || d.Tag(s) != pos.PROPN {
		return -1
	}
	if w := d.Low(s - 1); w != "and" && w != "or" && (w != "," || !listing) {
		return -1 // (a comma alone ends a fronted phrase: "At a rally in Novi, Trump said")
	}
	k := s - 1
	serial := d.Low(k) != "," && d.Word(k-1) == ","
	if serial {
		k-- // "X, Y, and Z"
	}
	m := p.NPEndingAt(k)
	if m < 0 || d.Tag(int(p.NPs[m].Head)) != pos.PROPN || int(p.NPs[m].T1) != k {
		return -1
	}
	if serial && d.Word(p.Start(m)-1) != "," {
		return -1 // ", and" joins clauses unless a list runs before it
	}
	return m
}

// clauseLink: the words the tagger reads as prepositions that may open a
// clause ("came as officials praised …", "after Trump attacked …"), after
// which a noun phrase is a subject, not a preposition's object. Hand-made:
// a closed class of English subordinators (UD tags them SCONJ or ADP by
// use, so the tagger's dictionary cannot tell).
var clauseLink = map[string]bool{"as": true, "after": true, "before": true, "since": true, "until": true, "while": true, "like": true, "than": true}

// relativeHead: when noun phrase n ends a relative clause before the
// cue ("German banks that lend to the airline have urged"), the phrase
// the clause modifies is the subject; else n.
func (c *ctx) relativeHead(n int) int {
	d, p := c.d, c.p
	if n < 0 {
		return n
	}
	k := p.Start(n) - 1
	if k >= c.s.T0 && d.Tag(k) == pos.ADP {
		k--
	}
	g := p.VGAt[max(k, 0)]
	if k < c.s.T0 || g < 0 {
		return n
	}
	r := int(p.VGs[g].T0) - 1
	if r <= c.s.T0 {
		return n
	}
	switch d.Low(r) {
	case "that", "who", "which":
		if m := p.NPEndingAt(r); m >= 0 {
			return m
		}
	}
	return n
}

// beforeParenthetical returns the noun phrase before the parenthetical
// that the comma at k closes (an appositive or a relative clause: "Ann
// Lee, the party's nominee, said"), -1 when none.
func (c *ctx) beforeParenthetical(k int) int {
	open := c.openingComma(k)
	if open <= c.s.T0 {
		return -1
	}
	j := c.skipBack(open - 1)
	if j < c.s.T0 {
		return -1
	}
	return c.npBefore(j + 1)
}

// openingComma finds the comma that opens the parenthetical closed by the
// comma at k: the nearest earlier comma, at most 25 tokens back; a
// relative clause ("…, who as a young officer was …, said") may run to 45.
func (c *ctx) openingComma(k int) int {
	for j := k - 1; j > c.s.T0 && j >= k-45; j-- {
		if c.d.Word(j) == "," {
			if k-j <= 25 {
				return j
			}
			switch c.d.Low(j + 1) {
			case "who", "which":
				return j
			}
			return -1
		}
		if c.quoteMark(j) {
			return -1
		}
	}
	return -1
}

// speakerBefore returns the subject of the last verb of saying before
// token k when it closes a reported clause ("Talks will go on, the
// minister said, adding …"): a finite statement verb (CAMEO 01x) with a
// comma or a quotation mark before its subject; -1.
func (c *ctx) speakerBefore(k int) int {
	p := c.p
	for j := k - 1; j > c.s.T0; j-- {
		g := p.VGAt[j]
		if g < 0 || int(p.VGs[g].Head) != j || !p.VGs[g].Has(syntax.Finite) {
			continue
		}
		if v, ok := cameo.Verb(c.d.Lemma(j)); !ok || !strings.HasPrefix(v.Code, "01") && !strings.HasPrefix(v.BlockCode, "01") {
			return -1
		}
		n := c.subjectNP(int(p.VGs[g].T0))
		if n < 0 {
			return -1
		}
		if b := p.Start(n) - 1; b > c.s.T0 && (c.d.Word(b) == "," || c.quoteMark(b)) {
			return n
		}
		return -1
	}
	return -1
}

// mainSubject returns the subject of the first finite verb group of the
// sentence before token k, -1 when none.
func (c *ctx) mainSubject(k int) int {
	if n := c.mainSubjectIf(k, true); n >= 0 {
		return n
	}
	return c.mainSubjectIf(k, false) // a past tense the tagger read as a participle
}

// mainSubjectIf is mainSubject over the (finite, when finite is set)
// verb groups.
func (c *ctx) mainSubjectIf(k int, finite bool) int {
	p := c.p
	for j := c.s.T0; j < k; j++ {
		g := p.VGAt[j]
		if g < 0 || finite && !p.VGs[g].Has(syntax.Finite) || p.QAt[j] >= 0 || int(p.VGs[g].T0) == c.s.T0 {
			continue
		}
		v := p.VGs[g]
		s := int(v.T0) - 1
		for s >= c.s.T0 && c.d.Tag(s) == pos.ADV {
			s--
		}
		if s > c.s.T0 && c.d.Word(s) == "," {
			// "Ann Lee, the envoy, met … and said": the subject before
			// the parenthetical
			return c.beforeParenthetical(s)
		}
		return c.npBefore(s + 1)
	}
	return -1
}
