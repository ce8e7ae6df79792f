package attrib

import (
	"parley/core/cameo"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
	"strings"
)

// build makes the attribution of the cue whose head is token i: the cue
// span, then the content (after the cue, or before a sentence-final cue),
// then the source.
func (c *ctx) build(i int) Attribution {
	d, p := c.d, c.p
	cue := CueSpan(d, p, i)
	a := Attribution{Cue: cue, Head: i, Source: [2]int{-1, -1}, SourceNP: -1,
		Kind: kindOf(d.Lemma(i), d.Tag(i))}
	g0, g1 := cue[0], cue[1]
	if d.Lemma(i) == "accord" && g1 > g0+1 {
		c.accordingTo(&a)
		return a
	}
	switch d.Tag(i) {
	case pos.NOUN, pos.ADJ, pos.ADV:
		if d.Tag(i) == pos.NOUN && verbForm(d, i) {
			c.misreadVerb(&a)
			return a
		}
		c.nominal(&a)
		return a
	case pos.PUNCT:
		c.punct(&a)
		return a
	}
	if by := c.agentBy(i, g1); by >= 0 {
		// "the plan was criticised by the union": the agent says, about
		// the subject
		c.setSource(&a, p.NPStartingAt(by+1))
		if n := c.subjectNP(g0); n >= 0 {
			a.Content = [2]int{p.Start(n), int(p.NPs[n].Ext)}
		} else {
			c.contentBefore(&a)
		}
		return a
	}
	if k := c.quotedAs(i, g1); k > 0 {
		// "Ann Lee was quoted on Monday as saying that …": the subject said
		a.Cue[1] = k
		c.contentAfter(&a)
		c.sourceBefore(&a)
		return a
	}
	if g := p.VGAt[i]; g >= 0 && (p.VGs[g].Has(syntax.Passive) || c.noSource(i, g1) && !c.contactClause(int(g))) && c.quoteBefore(g0) < 0 {
		// "the plan was criticised", "the talks seem to have stalled":
		// nobody is named; the subject is part of what is attributed
		start := g0
		if n := c.subjectNP(g0); n >= 0 {
			start = p.Start(n)
		}
		end := c.s.T1
		for end > start && d.Tag(end-1) == pos.PUNCT && !c.quoteMark(end-1) {
			end--
		}
		a.Content = [2]int{start, max(end, g1)}
		return a
	}
	if qi := c.quoteBefore(g0); qi >= 0 && c.complement(g1) == "quote" {
		// "“A,” she said, “B.”": both parts
		c.contentAfter(&a)
		t0, _ := p.Quotes[qi].Inner()
		a.Content[0] = t0
		c.sourceAfterOrBefore(&a)
		return a
	}
	if qi := c.quoteBefore(g0); qi >= 0 && !forward(c.complement(g1)) && c.embeddedQuote(qi) {
		// "Unite would end the stoppage only if Ryanair offered “something
		// real”, its leader said": the words quoted end a clause of the
		// speaker's, which is what is attributed
		a.Content = [2]int{c.s.T0, int(p.Quotes[qi].Close) + 1}
		for a.Content[0] < a.Content[1] && c.quoteMark(a.Content[0]) {
			a.Content[0]++
		}
		c.sourceAfterOrBefore(&a)
		return a
	}
	if qi := c.quoteBefore(g0); qi >= 0 && !forward(c.complement(g1)) {
		// "“…,” she said" / "“…,” said X"
		c.quoteContent(&a, qi)
		c.sourceAfterOrBefore(&a)
		return a
	}
	if c.afterClause(g0) && c.tail(g1) && !forward(c.complement(g1)) {
		c.contentBefore(&a)
		c.sourceAfterOrBefore(&a)
		return a
	}
	c.contentAfter(&a)
	c.sourceBefore(&a)
	c.parenthetical(&a)
	return a
}

// parenthetical widens the content of a speaker set off by commas inside
// the clause ("Japan, he added, would not accept the scheme") to the
// subject before it: the content begins with a finite verb of no subject
// of its own, right after the comma that closes the speaker, and a comma
// opens the speaker after words of the clause.
func (c *ctx) parenthetical(a *Attribution) {
	d, p := c.d, c.p
	s0, k := a.Source[0], a.Content[0]
	if s0 <= c.s.T0+1 || s0 >= a.Cue[0] || d.Word(s0-1) != "," || k != a.Cue[1]+1 || k >= c.s.T1 || d.Word(a.Cue[1]) != "," {
		return
	}
	if g := p.VGAt[k]; g < 0 || int(p.VGs[g].T0) != k || !p.VGs[g].Has(syntax.Finite) {
		return
	}
	start := c.s.T0
	for start < s0 && (c.quoteMark(start) || d.Tag(start) == pos.PUNCT) {
		start++
	}
	if start < s0-1 {
		a.Content[0] = start
	}
}

// relativeObject makes the content of a verb in a relative clause with
// no "that" the noun the clause modifies ("the 45% cut it sought in
// March": what is sought is the cut).
func (c *ctx) relativeObject(a *Attribution) {
	if n := c.contactRelative(*a); n >= 0 {
		a.Content = [2]int{c.p.Start(n), int(c.p.NPs[n].T1)}
	}
}

// contactRelative returns the noun phrase that a relative clause with no
// "that" modifies when a's verb is that clause's and its object is the
// noun ("the cut it sought in March", "the terms the union rejected"),
// -1 otherwise (see contactClause).
func (c *ctx) contactRelative(a Attribution) int {
	d, p := c.d, c.p
	g := p.VGAt[a.Head]
	if a.SourceNP < 0 || g < 0 || !c.contactClause(int(g)) || int(p.VGs[g].Head) != a.Head {
		return -1
	}
	for k := a.Content[0]; k >= 0 && k < a.Content[1] && k < len(d.Toks); k++ {
		if p.VGAt[k] >= 0 || d.Low(k) == "that" || p.QAt[k] >= 0 || c.quoteMark(k) {
			return -1 // what is said follows after all: "a statement Peru issued on Monday said …", "said on Monday that …"
		}
	}
	return p.NPEndingAt(p.Start(a.SourceNP))
}

// noSource reports whether the cue at i, its group ending at g1, names
// no source: its lemma rarely does in PolNeAR train (the model's
// NoSource), and it raises its subject ("the talks seem to have
// stalled", "seems unlikely") or is a participle ("a book titled …"); an
// active verb with an object or a that-clause keeps its subject as source
// ("analysts expect the deal to hold").
func (c *ctx) noSource(i, g1 int) bool {
	d := c.d
	if !c.fd.M.NoSource[d.Lemma(i)] {
		return false
	}
	if d.Lemma(i) == "be" || d.Tag(i) == pos.VBN && !c.finite(i) {
		return true
	}
	return c.p.NPStartingAt(g1) < 0 && !d.Is(g1, "that")
}

// forward reports whether a complement opens what is attributed after the
// cue: "that", a to-infinitive, a colon or a quotation.
func forward(comp string) bool {
	return comp == "that" || comp == "to-inf" || comp == "colon" || comp == "quote"
}

// afterClause reports whether the cue group at g0, with its subject,
// follows a comma or a closing quotation mark: "…, the minister said",
// "…, said the minister", so that what it attributes comes before it.
func (c *ctx) afterClause(g0 int) bool {
	k := c.skipBack(g0 - 1)
	if n := c.npBefore(k + 1); n >= 0 && k >= c.s.T0 && c.d.Word(k) != "," {
		k = c.skipBack(c.p.Start(n) - 1) // "…, a close aide to the minister said"
	}
	if !(k > c.s.T0 && (c.d.Word(k) == "," || c.quoteMark(k) || c.d.Word(k) == "—" || c.d.Word(k) == "--")) {
		return false
	}
	if c.d.Word(k) == "," {
		// a clause before the comma, not a subject and its appositive
		// ("A spokeswoman for the ministry, Hiwot Tesfaye, rejected …")
		for j := c.s.T0; j < k; j++ {
			if c.p.VGAt[j] >= 0 || c.quoteMark(j) {
				return true
			}
		}
		return false
	}
	return true
}

// quoteBefore returns the quotation that closes just before the cue group
// at g0, with at most the source and a comma between ("“…,” she said",
// "“…?” the minister asked"), or -1.
func (c *ctx) quoteBefore(g0 int) int {
	p := c.p
	k := g0 - 1
	// back over the source, and an appositive of it: "“…,” the airline's
	// chief, Ann Lee, told journalists"
	for steps := 0; steps < 3 && k >= c.s.T0; steps++ {
		for k >= c.s.T0 && k >= g0-16 && (c.d.Word(k) == "," || c.d.Tag(k) == pos.ADV) {
			k--
		}
		if k < c.s.T0 || c.quoteMark(k) {
			break
		}
		n := p.NPEndingAt(k + 1)
		if n < 0 || k < g0-16 {
			break
		}
		k = p.Start(n) - 1
	}
	if k < c.s.T0 || !c.quoteMark(k) {
		return -1
	}
	for qi := len(p.Quotes) - 1; qi >= 0; qi-- {
		q := p.Quotes[qi]
		if int(q.Close) == k {
			return qi
		}
		if int(q.Close) < k-1 {
			break
		}
	}
	return -1
}

// secondVerb returns where a second verb phrase of the clause's subject
// begins in [k, end) — a conjunction before a finite verb ("rejected the
// offer and balloted its members") — or end; a clause of its own that
// opens first ("the offer was fair and …") keeps the rest.
func (c *ctx) secondVerb(k, end int) int {
	d, p := c.d, c.p
	for ; k+1 < end; k++ {
		if g := p.VGAt[k]; g >= 0 && p.VGs[g].Has(syntax.Finite) && int(p.VGs[g].T0) == k {
			return end
		}
		if d.Tag(k) == pos.CCONJ && p.VGAt[k+1] >= 0 && p.VGs[p.VGAt[k+1]].Has(syntax.Finite) {
			return k
		}
	}
	return end
}

// embeddedQuote reports whether quotation qi closes a clause that began
// before it, in its sentence: a finite verb stands between the sentence's
// start and the opening quotation mark.
func (c *ctx) embeddedQuote(qi int) bool {
	p := c.p
	open, cl := int(p.Quotes[qi].Open), int(p.Quotes[qi].Close)
	if open <= c.s.T0 || cl < open || c.d.Word(cl+1) != "," && c.d.Word(cl-1) != "," {
		return false // (a speaker after a comma: "…“something real”, its leader said")
	}
	for k := c.s.T0; k < open; k++ {
		if g := p.VGAt[k]; g >= 0 && p.VGs[g].Has(syntax.Finite) {
			return true
		}
	}
	return false
}

// quotedAs returns the end of "as saying" (or "as telling") after a
// passive of "quote" at i whose group ends at g1, past adverbs and a time
// phrase ("was quoted on Monday as saying"); 0 when none.
func (c *ctx) quotedAs(i, g1 int) int {
	d, p := c.d, c.p
	if d.Lemma(i) != "quote" || p.VGAt[i] < 0 || !p.VGs[p.VGAt[i]].Has(syntax.Passive) {
		return 0
	}
	k := g1
	for k < c.s.T1 && d.Tag(k) == pos.ADV {
		k++
	}
	if d.Tag(k) == pos.ADP && d.Low(k) != "as" {
		if n := p.NPStartingAt(k + 1); n >= 0 && p.Temporal(d, n) {
			k = int(p.NPs[n].Ext) // "was quoted on Monday as saying"
		}
	} else if n := p.NPStartingAt(k); n >= 0 && p.Temporal(d, n) {
		k = int(p.NPs[n].Ext)
	}
	if k+1 < c.s.T1 && d.Low(k) == "as" && d.Tag(k+1) == pos.VBG && kindOf(d.Lemma(k+1), d.Tag(k+1)) == vocab.Speech {
		return k + 2
	}
	return 0
}

// quoteContent sets the content to quotation qi, and to the quotation that
// goes on right after the cue's sentence when that sentence is only the
// speaker ("“…,” she said. “…”").
func (c *ctx) quoteContent(a *Attribution, qi int) {
	p := c.p
	t0, t1 := p.Quotes[qi].Inner()
	a.Content = [2]int{t0, t1}
	if e := c.quoteResumed(a.Cue[1], qi); e > 0 {
		// "“We will not withdraw,” said Ann Lee, the rebels' negotiator,
		// “unless …”": the quotation goes on after the speaker
		a.Content[1] = e
		return
	}
	if int(p.Quotes[qi].Close) < c.s.T0 || c.s.T1 >= len(c.d.Toks) || !c.quoteMark(c.s.T1) {
		return
	}
	for k := a.Cue[1]; k < c.s.T1; k++ {
		if c.quoteMark(k) {
			return
		}
	}
	rest := c.s.T1 - a.Cue[1] // the source and adjuncts after the cue; a clause of time may be long ("said when asked about …")
	if qj := qi + 1; qj < len(p.Quotes) && int(p.Quotes[qj].Open) == c.s.T1 && (rest <= 8 || rest <= 24 && c.timeClauseAfter(a.Cue[1])) {
		_, e := p.Quotes[qj].Inner()
		a.Content[1] = e
	}
}

// timeClauseAfter reports whether a clause of time or manner opens within
// the two tokens after k (the source: "Ann Lee said when asked …").
func (c *ctx) timeClauseAfter(k int) bool {
	for i := k; i < k+3 && i < c.s.T1; i++ {
		switch c.d.Low(i) {
		case "when", "as", "after", "before", "while":
			return true
		}
	}
	return false
}

// quoteResumed returns the end of the inside of the quotation that opens
// after a comma in the cue's sentence, after g1, with no verb between (the
// speaker and an appositive of it: "…,” said Ann Lee, the rebels'
// negotiator, “…”), 0 when none.
func (c *ctx) quoteResumed(g1, qi int) int {
	p := c.p
	for qj := qi + 1; qj < len(p.Quotes); qj++ {
		o := int(p.Quotes[qj].Open)
		if o < g1 {
			continue
		}
		if o >= c.s.T1 || o-g1 > 16 || o == 0 || c.d.Word(o-1) != "," {
			return 0
		}
		for k := g1; k < o; k++ {
			if p.VGAt[k] >= 0 || c.quoteMark(k) {
				return 0
			}
		}
		_, e := p.Quotes[qj].Inner()
		return e
	}
	return 0
}

// tail reports whether nothing but the source, prepositional phrases,
// time adverbials and adverbs follows the cue group up to the end of the
// sentence (or a participle after a comma): "…, she said in an interview
// on Tuesday." / "…, said the minister, adding …".
func (c *ctx) tail(g1 int) bool {
	d, p := c.d, c.p
	k := g1
	for steps := 0; k < c.s.T1 && steps < 8; steps++ {
		switch {
		case d.Tag(k) == pos.ADV:
			k++
			continue
		case d.Tag(k) == pos.ADP:
			if n := p.NPStartingAt(k + 1); n >= 0 {
				k = int(p.NPs[n].Ext)
				continue
			}
		case p.NPStartingAt(k) >= 0:
			k = int(p.NPs[p.NPStartingAt(k)].Ext)
			continue
		case d.Word(k) == "," && k > g1 && p.NPStartingAt(k+1) >= 0:
			// an appositive: "…, said Ann Lee, a union leader."
			k = int(p.NPs[p.NPStartingAt(k+1)].Ext)
			continue
		}
		break
	}
	if k >= c.s.T1 {
		return true
	}
	switch d.Word(k) {
	case ".", "!", "?", ";":
		return true
	case ",":
		// (", but only on one condition": the content before goes on)
		return k+1 >= c.s.T1 || d.Tag(k+1) == pos.VBG || d.Word(k+1) == "who" || d.Tag(k+1) == pos.CCONJ
	}
	return c.quoteMark(k) && k+1 < c.s.T1 && (d.Word(k+1) == "." || d.Word(k+1) == ",")
}

// inversion reports whether a noun phrase follows the cue group directly
// and ends its clause: "…,” said the minister, who …".
func (c *ctx) inversion(g1 int) bool {
	n := c.p.NPStartingAt(g1)
	if n < 0 || c.p.Temporal(c.d, n) {
		return false
	}
	e := int(c.p.NPs[n].Ext)
	return e >= c.s.T1 || c.d.Word(e) == "," || c.d.Word(e) == "." || c.d.Word(e) == ";"
}

// contentAfter: what follows the cue — a quotation that opens right after
// it (to its end, over sentences), or the rest of the sentence.
func (c *ctx) contentAfter(a *Attribution) {
	d, p := c.d, c.p
	g1 := a.Cue[1]
	start := g1
	// skip an indirect object, a prepositional phrase and punctuation:
	// "told reporters that", "confirmed to a radio station that", "said: “…"
	if n := p.NPStartingAt(start); n >= 0 && c.complement(g1)[:min(3, len(c.complement(g1)))] == "np-" {
		if e := int(p.NPs[n].Ext); d.Low(e) == "that" {
			start = e
		}
	} else if n >= 0 && !c.clauseNoun(int(p.NPs[n].Head)) {
		// "told parliament on Tuesday that …" (not "issued a reminder
		// on Saturday that …": a noun that takes the clause)
		if e := p.SkipTime(d, int(p.NPs[n].Ext)); e > int(p.NPs[n].Ext) && d.Low(e) == "that" && d.Tag(e) == pos.SCONJ {
			start = e
		}
	}
	if d.Tag(start) == pos.ADP && d.Low(start) != "that" {
		if n := p.NPStartingAt(start + 1); n >= 0 {
			e := int(p.NPs[n].Ext)
			if m := p.NPStartingAt(e + 1); d.Tag(e) == pos.ADP && m >= 0 && p.Temporal(d, m) {
				e = int(p.NPs[m].Ext) // "said in a statement on Friday that …"
			} else if m := p.NPStartingAt(e); m >= 0 && p.Temporal(d, m) {
				e = int(p.NPs[m].Ext) // "said in a statement Friday that …"
			}
			if e < c.s.T1 && (d.Low(e) == "that" || c.quoteMark(e)) {
				start = e
			}
		} else if k := start + 1; k < c.s.T1 && c.quoteMark(k) {
			// "denied to “RED TV” that …"
			if q := p.QAt[min(k+1, len(d.Toks)-1)]; q >= 0 && p.Quotes[q].Close >= 0 {
				if e := int(p.Quotes[q].Close) + 1; e < c.s.T1 && d.Low(e) == "that" {
					start = e
				}
			}
		}
	}
	for start < c.s.T1 && (d.Word(start) == ":" || d.Word(start) == ",") {
		start++
	}
	// adverbials before a that-clause: "announced late on Saturday, after
	// two weeks of talks in Jeddah, that …"
	if d.Tag(start) == pos.ADV || d.Tag(start) == pos.ADP {
		for k := start; k < c.s.T1 && k < start+16; k++ {
			if d.Low(k) == "that" && d.Tag(k) == pos.SCONJ && d.Word(k-1) == "," {
				start = k
				break
			}
			if g := p.VGAt[k]; g >= 0 && p.VGs[g].Has(syntax.Finite) || c.quoteMark(k) {
				break
			}
		}
	}
	// a time adverbial before the content: "said on Friday (that) …"
	if k := start; d.Tag(k) == pos.ADP || p.NPStartingAt(k) >= 0 {
		if d.Tag(k) == pos.ADP {
			k++
		}
		if n := p.NPStartingAt(k); n >= 0 && p.Temporal(d, n) {
			if e := int(p.NPs[n].Ext); e < c.s.T1 {
				start = e
				for start < c.s.T1 && d.Word(start) == "," {
					start++
				}
			}
		}
	}
	end := c.afterAdjunct(start, c.s.T1)
	if n := p.NPStartingAt(start); n >= 0 && !c.quoteMark(start) {
		// "rejected the offer and balloted its members": the object ends
		// where a second verb of the subject's begins
		end = c.secondVerb(int(p.NPs[n].Ext), end)
	}
	for end > start && d.Tag(end-1) == pos.PUNCT && !c.quoteMark(end-1) {
		end--
	}
	// a quotation opening at the start of the content, or in the next
	// sentence after a colon, runs to its close
	qs := start
	if qs >= c.s.T1 && c.quoteAfterSentence(g1) {
		qs = c.s.T1
	}
	if qs < len(d.Toks) && c.quoteMark(qs) {
		if qi := p.QAt[min(qs+1, len(d.Toks)-1)]; qi >= 0 {
			q := p.Quotes[qi]
			t0, t1 := q.Inner()
			if t0 == qs+1 {
				start, end = t0, t1
			}
		}
	}
	if end <= start {
		start, end = g1, max(g1, c.s.T1)
	}
	a.Content = [2]int{start, end}
}

// clauseNoun reports whether the noun at h can take a that-clause of its
// own: a nominal cue of the model, or a noun the CAMEO dictionary derives
// from a verb ("a reminder that …", "assurances that …").
func (c *ctx) clauseNoun(h int) bool {
	d := c.d
	if d.Tag(h) != pos.NOUN {
		return false
	}
	if n := c.p.NPAt[h]; n >= 0 && (d.Low(int(c.p.NPs[n].T0)) == "a" || d.Low(int(c.p.NPs[n].T0)) == "an") {
		return true // "issued a stern reminder on Saturday that …" (one tells people, not "a reporter")
	}
	if c.fd.M.Nouns[d.Lemma(h)] {
		return true
	}
	_, ok := cameo.VerbOf(d.Lemma(h))
	return ok
}

// afterAdjunct returns where a content over tokens [start, end) ends
// when a comma sets off a time clause of the saying ("proposed that …, a
// day after Moscow said …", "…, hours before the talks opened"): at that
// comma; else end. The clause must have its own finite verb.
func (c *ctx) afterAdjunct(start, end int) int {
	d, p := c.d, c.p
	for k := start + 2; k+2 < end; k++ {
		if d.Word(k) != "," || p.QAt[k] >= 0 {
			continue
		}
		j := k + 1
		if n := p.NPStartingAt(j); n >= 0 && p.Temporal(d, n) {
			j = int(p.NPs[n].T1) // "a day", "hours"
		}
		if w := d.Low(j); w != "after" && w != "before" || j == k+1 && d.Tag(j) != pos.SCONJ {
			continue
		}
		for q := j + 1; q < end && q < j+8; q++ {
			if g := p.VGAt[q]; g >= 0 && p.VGs[g].Has(syntax.Finite) {
				return k
			}
		}
	}
	return end
}

// contentBefore: what comes before a sentence-final cue — the quotation
// that closed just before it (from its opening, over sentences), or the
// clause from the sentence start to the comma before the source.
func (c *ctx) contentBefore(a *Attribution) {
	d, p := c.d, c.p
	g0 := a.Cue[0]
	for k := g0 - 1; k >= c.s.T0 && k >= g0-6; k-- {
		if !c.quoteMark(k) {
			continue
		}
		if k > 0 {
			if qi := p.QAt[k-1]; qi >= 0 && int(p.Quotes[qi].Close) == k {
				t0, t1 := p.Quotes[qi].Inner()
				a.Content = [2]int{t0, t1}
				return
			}
		}
		break
	}
	end := g0
	// back over the source before the cue and the comma: "…, the minister
	// said", "…, an economist at a bank said"
	if n := c.npBefore(g0); n >= 0 {
		end = p.Start(n)
	}
	for end > c.s.T0 && (d.Word(end-1) == "," || c.quoteMark(end-1) || d.Tag(end-1) == pos.PUNCT && d.Word(end-1) != ")") {
		end--
	}
	start := c.datelineEnd()
	for start < end && c.quoteMark(start) {
		start++
	}
	if end <= start {
		start, end = c.s.T0, g0
	}
	a.Content = [2]int{start, end}
}

// datelineEnd is the first token of the sentence after a dateline ("GENEVA,
// March 3 (Reuters) - "): an all-capitals word opens the sentence and a
// dash follows within its first 14 tokens; the sentence's start when none.
func (c *ctx) datelineEnd() int {
	d, t0 := c.d, c.s.T0
	if w := d.Word(t0); len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return t0
	}
	for q := t0 + 1; q < c.s.T1 && q < t0+14; q++ {
		switch d.Word(q) {
		case "-", "—", "–", "--":
			return q + 1
		}
	}
	return t0
}

// finite reports whether the verb group of token i is finite.
func (c *ctx) finite(i int) bool {
	g := c.p.VGAt[i]
	return g >= 0 && c.p.VGs[g].Has(syntax.Finite)
}

// accordingTo: "according to X, CONTENT" or "CONTENT, according to X".
func (c *ctx) accordingTo(a *Attribution) {
	d, p := c.d, c.p
	e := a.Cue[1]
	n := p.NPStartingAt(e)
	if n >= 0 {
		c.setSource(a, n)
		e = int(p.NPs[n].Ext)
	}
	if e < c.s.T1 && d.Word(e) == "," && a.Cue[0] <= c.s.T0+1 {
		end := c.s.T1
		for end > e+1 && d.Tag(end-1) == pos.PUNCT {
			end--
		}
		a.Content = [2]int{e + 1, end}
		return
	}
	end := a.Cue[0]
	for end > c.s.T0 && d.Tag(end-1) == pos.PUNCT {
		end--
	}
	if end <= c.s.T0 {
		end = c.s.T1
		a.Content = [2]int{e, end}
		return
	}
	a.Content = [2]int{c.s.T0, end}
}

// nominal: "X's claim that …", "the demand by X for …", "criticism of X".
func (c *ctx) nominal(a *Attribution) {
	d, p := c.d, c.p
	i := a.Head
	if n := p.NPAt[i]; n >= 0 {
		np := p.NPs[n]
		if np.Poss >= 0 {
			c.setSource(a, int(np.Poss))
		} else if int(np.T0) < i && (d.Tag(int(np.T0)) == pos.PROPN || d.Tag(int(np.T0)) == pos.ADJ || d.Tag(int(np.T0)) == pos.DET && d.Tag(int(np.T0)+1) == pos.PROPN) && int(np.T0)+1 < i {
			// "an EU demand for …", "the Egyptian proposal": the modifier
			// names whose it is
			a.Source, a.SourceNP = [2]int{int(np.T0), i}, -1
		}
		start := int(np.T1)
		if d.Is(start, "by") || d.Is(start, "from") {
			if m := p.NPStartingAt(start + 1); m >= 0 && !p.Temporal(d, m) { // (not "its proposal by Friday")
				c.setSource(a, m)
				start = int(p.NPs[m].Ext)
			}
		}
		end := c.secondVerb(start, c.s.T1)
		for end > start && d.Tag(end-1) == pos.PUNCT {
			end--
		}
		if end <= start {
			start, end = p.Start(int(n)), i+1 // "rejected the employers' offer.": the phrase itself
		}
		a.Content = [2]int{start, end}
		return
	}
	a.Content = [2]int{i + 1, c.s.T1}
	c.sourceBefore(a)
}

// punct: "Name: words" (source before, content after) or "“…” — Name"
// (content the quotation before, source after).
func (c *ctx) punct(a *Attribution) {
	d, p := c.d, c.p
	i := a.Head
	if d.Word(i) == ":" {
		if n := p.NPEndingAt(i); n >= 0 {
			c.setSource(a, n)
		}
		start, end := i+1, c.s.T1
		if q := p.QAt[min(i+2, len(d.Toks)-1)]; q >= 0 && int(p.Quotes[q].Open) == i+1 {
			start, end = p.Quotes[q].Inner() // the quotation, without its marks
		}
		a.Content = [2]int{min(start, end), end}
		return
	}
	c.setSource(a, p.NPStartingAt(i+1))
	a.Content = [2]int{c.s.T0, i}
	if k := i - 1; k > 0 && c.quoteMark(k) {
		if q := p.QAt[k-1]; q >= 0 {
			t0, t1 := p.Quotes[q].Inner()
			a.Content = [2]int{t0, t1}
		}
	}
}

// misreadVerb: a verb the tagger read as a noun inside a noun phrase
// ("Trump urges supporters to …"): the words of the phrase before it are
// the source, what follows the content.
func (c *ctx) misreadVerb(a *Attribution) {
	d, p := c.d, c.p
	i := a.Head
	if n := p.NPAt[i]; n >= 0 && p.Start(int(n)) < i {
		s := p.Start(int(n))
		a.Source, a.SourceNP = [2]int{s, i}, int(n)
	}
	end := c.s.T1
	for end > i+1 && d.Tag(end-1) == pos.PUNCT && !c.quoteMark(end-1) {
		end--
	}
	a.Content = [2]int{min(i+1, end), end}
}

// agentBy returns the "by" of a passive cue's agent: right after the verb
// group, or after its complement in the same clause ("was accused of
// misusing funds by officials"); -1.
func (c *ctx) agentBy(i, g1 int) int {
	d, p := c.d, c.p
	g := p.VGAt[i]
	if g < 0 || !p.VGs[g].Has(syntax.Passive) {
		return -1
	}
	for k := g1; k < c.s.T1 && k < g1+25; k++ {
		if p.QAt[k] >= 0 || k > g1 && (d.Word(k) == ";" || p.VGAt[k] >= 0 && p.VGs[p.VGAt[k]].Has(syntax.Finite)) {
			return -1
		}
		if d.Low(k) == "by" && p.NPStartingAt(k+1) >= 0 {
			return k
		}
	}
	return -1
}
