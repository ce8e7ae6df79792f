package core

import (
	"parley/core/pos"
	"parley/core/vocab"
	"sort"
	"strings"
)

// Who a pronoun source stands for: "he" and "she" the last person or
// role that spoke, "it" and "they" the last party that fits, "its" and
// "their" theirs.

// pronounActor resolves a pronoun at token h to the party it stands for:
// "he"/"she" the person (or the speaker) named last, "they" the plural
// party named last, "it" the organisation or state named last, "who" and
// "which" the phrase before them.
func (d *doc) pronounActor(h int) int {
	switch d.lw(h) {
	case "its":
		if a := d.itsAfterComma(h); a >= 0 {
			return a // "the ministry's draft law, notably its plan …"
		}
		return d.pronounActorOf(h, "it")
	case "their":
		return d.pronounActorOf(h, "they")
	case "his":
		return d.pronounActorOf(h, "he")
	case "he", "she", "him", "her":
		// the last speaker named by a person's name or role ("Reagan said
		// …" … "he said"), else the last person named
		if a := d.lastPersonSpeakerBefore(h); a >= 0 {
			return a
		}
		if a := d.lastPersonBefore(h); a >= 0 {
			return d.final(a)
		}
		// a role that names one person, outside the quotation: "Oslo's
		// trade minister was more cautious. "…," she said"
		if a := d.lastBefore(h, func(m mention) bool {
			return m.kind == mRole && !strings.HasSuffix(m.head, "s") && d.scr.parse.QAt[m.t0] < 0
		}); a >= 0 {
			return d.final(a)
		}
		return d.lastSpeakerBefore(h)
	case "they", "them":
		if a := d.lastPluralBefore(h); a >= 0 {
			return d.final(a)
		}
		if n := d.pluralSubjectBefore(h); n >= 0 && len(d.npActors(n)) == 0 {
			return -1 // "ethnic Turks began a strike, where they say …": no party
		}
		return d.lastSpeakerBefore(h)
	case "it":
		if d.scr.parse.QAt[h] >= 0 {
			return -1 // in a speaker's own words, "it" is seldom the speaker
		}
		if d.pluralSubjectOfClause(h) {
			return -1 // "the rebels rejected the truce, saying it would …": "it" is not they
		}
		if a := d.reportedSubjectBefore(h); a >= 0 {
			return a // "said Lisbon would pay 12%, up from the 8% it offered": the reported clause's subject
		}
		return d.lastSpeakerBefore(h)
	case "who", "which", "that":
		p := &d.scr.parse
		k := h - 1
		if d.isPunct(k, ",") {
			k--
		}
		if n := p.NPEndingAt(k + 1); n >= 0 {
			return d.oneNPActor(n)
		}
	}
	return -1
}

// reportedSubjectBefore returns the party that is the subject of the
// reported clause that "it" at h sits in, in a relative clause after a
// noun ("officials said Lisbon was ready to pay a 12% levy, up from the
// 8% it first offered"): a singular party that is no person; -1.
func (d *doc) reportedSubjectBefore(h int) int {
	p := &d.scr.parse
	// only in a relative clause with no "that" ("the 8% it first
	// offered"): a noun right before the pronoun
	if n := p.NPEndingAt(h); n < 0 || d.nd.Tag(int(p.NPs[n].Head)) != pos.NOUN {
		return -1
	}
	best := d.innermostHolding(h)
	if best < 0 || d.attrs[best].Kind != vocab.Speech {
		return -1
	}
	at := &d.attrs[best]
	i := d.clauseStart(at.tokContent[0], at.tokContent[1])
	n := p.NPStartingAt(i)
	if n < 0 || i >= h || int(p.NPs[n].Ext) >= h || p.VGAt[int(p.NPs[n].Ext)] < 0 {
		return -1
	}
	hd := int(p.NPs[n].Head)
	if d.nd.Tag(hd) == pos.PRON || d.nd.Tag(hd) == pos.NOUN && d.plural(hd) {
		return -1
	}
	if a := d.oneNPActor(n); a >= 0 && !d.actors[a].person {
		return a
	}
	return -1
}

// attrsAround returns the range of d.attrs whose cue lies within four
// sentences of token h: the attributions whose content can hold h (a
// quotation runs over a few sentences at most), found by binary search so
// that a long report stays linear (d.attrs is in text order).
func (d *doc) attrsAround(h int) (int, int) {
	si := int(d.sentOf[min(h, len(d.sentOf)-1)])
	sent := func(k int) int { return int(d.sentOf[d.attrs[k].tokCue[0]]) }
	lo := sort.Search(len(d.attrs), func(k int) bool { return sent(k) >= si-4 })
	hi := sort.Search(len(d.attrs), func(k int) bool { return sent(k) > si+4 })
	return lo, hi
}

// pluralSubjectOfClause reports whether "it" at h opens the content of
// an attribution whose source is plural ("the rebels rejected the truce,
// saying it would only help the army"): the pronoun does not agree with
// the speaker, so it names something else.
func (d *doc) pluralSubjectOfClause(h int) bool {
	k := d.innermostHolding(h)
	if k < 0 {
		return false
	}
	at := &d.attrs[k]
	if at.sourceNP < 0 || d.clauseStart(at.tokContent[0], at.tokContent[1]) != h {
		return false
	}
	hd := int(d.scr.parse.NPs[at.sourceNP].Head)
	if d.nd.Tag(hd) == pos.PROPN {
		// a name ending in -s is plural only when no dictionary knows
		// it ("the Kurds"; not "Laos", "the Philippines")
		e, _ := d.gazMatch(hd, hd+1)
		return e == nil && d.pluralName(hd)
	}
	return d.nd.Tag(hd) == pos.NOUN && d.plural(hd) || d.lw(hd) == "they"
}

// innermostHolding returns the attribution with the shortest content
// that holds token h (among those within four sentences), -1.
func (d *doc) innermostHolding(h int) int {
	best := -1
	lo, hi := d.attrsAround(h)
	for k := lo; k < hi; k++ {
		at := &d.attrs[k]
		if at.tokContent[0] > h || h >= at.tokContent[1] {
			continue
		}
		if best < 0 || at.tokContent[1]-at.tokContent[0] < d.attrs[best].tokContent[1]-d.attrs[best].tokContent[0] {
			best = k
		}
	}
	return best
}

// pluralSubjectBefore returns the last plural noun phrase before token h
// in its sentence that is a clause's subject (a verb group follows it):
// the nearest antecedent "they" can have when no party is plural; -1.
func (d *doc) pluralSubjectBefore(h int) int {
	p := &d.scr.parse
	s0 := d.sents[d.sentOf[h]].t0
	for k := h - 1; k > s0; k-- {
		if p.VGAt[k] < 0 || p.VGAt[k-1] >= 0 {
			continue
		}
		if n := p.NPEndingAt(k); n >= 0 {
			if hd := int(p.NPs[n].Head); hd < h && d.pluralName(hd) && (d.nd.Tag(hd) == pos.NOUN || d.nd.Tag(hd) == pos.PROPN) {
				return n
			}
		}
	}
	return -1
}

// pronounActorOf resolves a possessive pronoun at h as the personal
// pronoun it goes with.
func (d *doc) pronounActorOf(h int, as string) int {
	switch as {
	case "it":
		if d.scr.parse.QAt[h] >= 0 {
			return -1
		}
		return d.lastSpeakerBefore(h)
	case "they":
		if a := d.lastPluralBefore(h); a >= 0 {
			return d.final(a)
		}
		return d.lastSpeakerBefore(h)
	}
	if a := d.lastPersonSpeakerBefore(h); a >= 0 {
		return a
	}
	if a := d.lastPersonBefore(h); a >= 0 {
		return d.final(a)
	}
	return d.lastSpeakerBefore(h)
}

// lastSpeakerBefore returns the party of the last attribution before
// token t whose source resolved (within three sentences), or the last
// party mentioned there.
func (d *doc) lastSpeakerBefore(t int) int {
	si := int(d.sentOf[min(t, len(d.sentOf)-1)])
	for k := len(d.attrs) - 1; k >= 0; k-- {
		at := &d.attrs[k]
		if at.tokCue[0] >= t || len(at.actors) == 0 {
			continue
		}
		if si-int(d.sentOf[at.tokCue[0]]) > 3 {
			break
		}
		return at.actors[0]
	}
	return d.lastBefore(t, func(m mention) bool { return m.kind == mName || m.kind == mRole })
}

// lastPersonSpeakerBefore returns the party of the last attribution
// before token t whose source is a person (a name, or a singular role:
// "the minister", "a spokesman"), within three sentences; -1.
func (d *doc) lastPersonSpeakerBefore(t int) int {
	p := &d.scr.parse
	si := int(d.sentOf[min(t, len(d.sentOf)-1)])
	for k := len(d.attrs) - 1; k >= 0; k-- {
		at := &d.attrs[k]
		if at.tokCue[0] >= t || len(at.actors) == 0 || at.sourceNP < 0 {
			continue
		}
		if si-int(d.sentOf[at.tokCue[0]]) > 3 {
			break
		}
		if s := p.Start(at.sourceNP) - 1; s >= 0 && (d.nd.Tag(s) == pos.SCONJ || d.lw(s) == "which" || d.lw(s) == "who") {
			continue // a speaker inside a subordinate clause is no topic
		}
		h := int(p.NPs[at.sourceNP].Head)
		switch w := d.lw(h); {
		case w == "he" || w == "she":
			return at.actors[0]
		case d.nd.Tag(h) == pos.PROPN || d.nd.Tag(h) == pos.NOUN && !strings.HasSuffix(w, "s"):
			if m := d.mentionAtHead(h); m >= 0 && (d.ments[m].kind == mPerson || d.ments[m].kind == mRole || d.ments[m].person) {
				return at.actors[0]
			}
			if d.nd.Tag(h) == pos.NOUN && d.roleNoun(h) {
				return at.actors[0] // "the group's spokesman" (a party nobody listed)
			}
		}
	}
	return -1
}
