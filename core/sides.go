package core

import (
	"parley/core/cameo"
	"parley/core/pos"
	"parley/core/stance"
	"parley/core/syntax"
	"strings"
)

// Who the sides and the mediators are: the holders and targets of
// stances, the proposers, those who negotiate or host the talks.

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
