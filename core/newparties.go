package core

import (
	"strings"

	"parley/core/cameo"
	"parley/core/gazetteer"
	"parley/core/phoenix"
	"parley/core/pos"
	"parley/core/tokens"
	"parley/core/vocab"
)

// Parties found by grammar: the source of an attribution that names
// nobody the gazetteer knows is a party when it is a name ("Amnesty
// International demanded …", "Metroline said …") or a group by its role
// noun ("rebels", "unions", "the bondholders"), as Phoenix's agent
// dictionary classes the noun. News outlets, journalists, analysts,
// witnesses and anonymous officials are never parties: the gazetteer's
// non-parties and the agent nouns Phoenix gives no party kind.

// newSourceParty makes a party of source noun phrase n when it qualifies,
// and returns it (-1 when not).
func (d *doc) newSourceParty(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	h := int(np.Head)
	t0 := int(np.T0)
	if quantityNouns[d.nd.Lemma(h)] && d.lw(h+1) == "of" {
		if m := p.NPStartingAt(h + 2); m >= 0 && m != n {
			return d.newSourceParty(m) // "thousands of Kurds"
		}
	}
	if d.inDateline(t0) {
		return -1 // "QUITO, Ecuador, May 2 -": where the story was filed
	}
	if d.is(h, bOutlet) {
		return -1 // "the dpa news agency": an outlet, whatever its name
	}
	if ps := np.Poss; ps >= 0 && d.nd.Tag(h) == pos.NOUN && (d.roleNoun(h) || organNouns[d.nd.Lemma(h)]) {
		return d.newSourceParty(int(ps)) // "the M23's chief negotiator": whoever it speaks for
	}
	if m := d.appositiveName(n); m >= 0 {
		// "Britain's biggest union, Amicus,": the name, a party of the
		// description's kind
		nActors := len(d.actors)
		ai := d.newSourceParty(m)
		if ai >= nActors {
			if _, kind, _ := d.agentAt(h); kind == vocab.KindGroup {
				d.actors[ai].kind = KindGroup
			}
		}
		return ai
	}
	if ps, pe, ok := d.possName(n); ok {
		name := foldSpace(d.text[d.toks[ps].S():d.toks[pe-1].E()])
		if !d.nameCanBeParty(ps, pe, name) {
			return -1
		}
		return d.addSourceParty(name, KindGroup, ps, pe) // (a body named for its members)
	}
	switch d.nd.Tag(h) {
	case pos.PROPN:
		return d.properSourceParty(n)
	case pos.NOUN:
		return d.nounSourceParty(n)
	}
	return -1
}

// properSourceParty is newSourceParty for a phrase whose head is a
// proper noun: the run of capitalised words that ends at the head.
func (d *doc) properSourceParty(n int) int {
	np := d.scr.parse.NPs[n]
	h, t0 := int(np.Head), int(np.T0)
	// the run of capitalised words that ends at the head
	s := h
	for s > t0 && d.cap(s-1) && d.nd.Tag(s-1) == pos.PROPN {
		s--
	}
	people := false
	if h > t0 && d.peopleName(h, h+1) {
		if e, n := d.gazMatch(h-1, h); e != nil && e.Form == gazetteer.Adj && n == 1 {
			s, people = h, true // "Iraqi Kurds": the people, after the state's adjective
		}
	}
	if s == h && d.commonWord(s) {
		return -1 // "Pay talks …": one capitalised word opening a clause
	}
	for q := t0; q < s; q++ {
		if d.is(q, bOutlet) {
			return -1 // "the official news agency INA": an outlet
		}
	}
	e := h + 1
	if np.Ext > np.T1 {
		// "the Royal College of Nursing": the name goes on over "of"
		// and capitalised words
		e = d.nameTail(e, int(np.Ext))
	}
	name := foldSpace(d.text[d.toks[s].S():d.toks[e-1].E()])
	if ai := d.namedBefore(s, e); ai >= 0 {
		return ai // "Kerry" after "Secretary of State John Kerry"
	}
	if !d.nameCanBeParty(t0, int(np.Ext), name) {
		return -1
	}
	kind := KindOrganization
	if code, k, ok := phoenix.Agent(strings.ToLower(d.lw(max(s-1, t0)))); ok && s > t0 {
		// "the union Unite", "bus operator Metroline"
		if k == vocab.KindGroup {
			kind = KindGroup
		}
		_ = code
	}
	if s == h && (d.plural(h) || people) {
		kind = KindGroup // "the Kurds": a people, not a body
	}
	return d.addSourceParty(name, kind, s, e)
}

// nounSourceParty is newSourceParty for a phrase whose head is a common
// noun: a name before it or after it, or a group named in the plural.
func (d *doc) nounSourceParty(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	h := int(np.Head)
	t0, t1 := int(np.T0), int(np.T1)
	if t0 == h && d.cap(h) && d.sents[d.sentOf[h]].t0 == h && !d.plural(h) && !d.commonWord(h) {
		if _, _, agent := d.agentAt(h); !agent {
			// "Metroline said …": a bare singular noun cannot be a
			// subject in English; a capitalised one opening the
			// sentence is a name the tagger did not know
			name := d.surf(h)
			if d.nameCanBeParty(t0, int(np.Ext), name) {
				return d.addSourceParty(name, KindOrganization, h, h+1)
			}
		}
	}
	// "the Asia-Pacific Economic Cooperation forum", "the UNITA
	// militarist wing": the name before a body's noun
	e := h
	for e > t0 && d.nd.Tag(e-1) != pos.PROPN {
		e--
	}
	if e > t0 {
		s := e - 1
		for s > t0 && d.nd.Tag(s-1) == pos.PROPN {
			s--
		}
		if s == e-1 && d.commonWord(s) {
			return -1
		}
		name := foldSpace(d.text[d.toks[s].S():d.toks[e-1].E()])
		if d.nameCanBeParty(t0, int(np.Ext), name) && !d.inDateline(s) {
			return d.addSourceParty(name, KindOrganization, s, e)
		}
		return -1
	}
	if k := h - 1; k > t0 && k > d.sents[d.sentOf[k]].t0 && d.cap(k) && d.nd.Tag(k) != pos.NOUN {
		// "the Unite union": a capitalised word inside the sentence,
		// right before a noun of a party's kind, that the tagger read
		// as an adjective or a verb (not a demonym the gazetteer knows)
		if _, kind, ok := d.agentAt(h); ok && (kind == vocab.KindGroup || kind == vocab.KindOrganization) {
			if e, _ := d.gazMatch(k, k+1); e == nil && !d.commonWord(k) {
				name := d.surf(k)
				if d.nameCanBeParty(k, k+1, name) {
					return d.addSourceParty(name, KindGroup, k, k+1)
				}
			}
		}
	}
	if a, b := d.ppName(n); b > a {
		// "management at Nordwind Airways", "the board of Aerolux":
		// a body of the name after it
		if _, k, ok := d.agentAt(h); ok && k != "" && (k != phoenix.Role || d.lw(int(d.scr.parse.NPs[n].T1)) != "at") {
			// ("officials at Fort Glen" may be a place's)
			name := foldSpace(d.text[d.toks[a].S():d.toks[b-1].E()])
			if ai := d.namedBefore(a, b); ai >= 0 {
				return ai
			}
			if d.nameCanBeParty(a, b, name) {
				return d.addSourceParty(name, KindGroup, a, b)
			}
		}
	}
	if !strings.HasSuffix(d.lw(h), "s") {
		return -1 // a group is named in the plural: "rebels", "the unions"
	}
	code, k, ok := phoenix.Agent(d.lw(h))
	if (!ok || k == phoenix.Role) && h > t0 {
		// "opposition parties", "rebel commanders": a role of a group
		// named by the noun before it
		code, k, ok = phoenix.Agent(d.lw(h - 1))
		if k != vocab.KindGroup {
			ok = false
		}
	}
	if !ok || k == phoenix.Role || noCollective(code) {
		return -1 // a role speaks for a party named around it
	}
	s := t0
	for s < h && (d.nd.Tag(s) == pos.DET || d.nd.Tag(s) == pos.NUM) {
		s++
	}
	name := foldSpace(d.text[d.toks[s].S():d.toks[t1-1].E()])
	if !d.nameCanBeParty(t0, int(np.Ext), name) {
		return -1
	}
	return d.addSourceParty(name, KindGroup, s, t1)
}

// nameCanBeParty reports whether the noun phrase over tokens [s, e) that
// names a source may be a party: nothing in it is a news outlet or forum,
// a place only, or a noun of the media or of the public ("BBC
// correspondent Ann Lee", "witnesses").
func (d *doc) nameCanBeParty(s, e int, name string) bool {
	for i := s; i < e; i++ {
		if e, n := d.gazMatch(i, e); e != nil && n > 0 && (e.Form == gazetteer.NonParty || e.Form == gazetteer.Place) {
			return false
		}
		if code, _, ok := phoenix.Agent(d.lw(i)); ok && noCollective(code) {
			return false // media, civilians: "correspondent", "witnesses"
		}
		if commentators[d.lw(i)] {
			return false // "labour analyst Ann Lee": a commentator
		}
	}
	return len(name) > 1
}

// addSourceParty creates (or finds) the party named name, with a mention
// over tokens [s, e).
func (d *doc) addSourceParty(name string, kind ActorKind, s, e int) int {
	ai := d.actorFor(name, kind)
	m := mention{t0: s, t1: e, bs: d.toks[s].S(), be: d.toks[e-1].E(), actor: ai, kind: mName}
	d.addMention(m)
	si := int(d.sentOf[s])
	if si < len(d.sment) {
		d.sment[si] = append(d.sment[si], len(d.ments)-1)
	}
	d.addCodes(m) // (a name mention: the role index is unchanged)
	return ai
}

// organNouns name a body that acts for the one that owns it: "the
// union's bargaining committee", "the company's board", "Metroline's
// chief". Hand-made: Phoenix's agent dictionary codes roles of states
// (minister, negotiator) but not a body's own organs and heads; a closed
// class of English nouns.
var organNouns = map[string]bool{"committee": true, "board": true, "panel": true, "team": true, "leadership": true,
	"management": true, "council": true, "executive": true, "secretariat": true, "chief": true, "head": true,
	"boss": true, "chairman": true, "chairwoman": true, "chair": true, "president": true, "director": true}

// peopleName reports whether token i is a plural name ending a name
// run ("Kurds", "Tamils"): a people, not an office or a body (a body's
// name ends in a singular noun: "Syrian Democratic Council").
func (d *doc) peopleName(i, end int) bool {
	return i < end && d.nd.Tag(i) == pos.PROPN && d.pluralName(i) && !d.roleNoun(i) &&
		(i+1 >= end || !d.cap(i+1))
}

// noCollective reports whether an agent code names people who are no
// side when they speak together: media, civilians, the people at large,
// criminals. Farmers, doctors or students who demand something together
// are a side.
func noCollective(code string) bool {
	for _, c := range [...]string{"MED", "CVL", "PPL", "CRM"} {
		if strings.HasPrefix(code, c) {
			return true
		}
	}
	return false
}

// inDateline reports whether token t lies in a dateline: the words before
// the dash of a sentence that opens with an ALL-CAPS word ("GENEVA, March
// 3 (Reuters) -").
func (d *doc) inDateline(t int) bool {
	if t < 0 || t >= len(d.sentOf) {
		return false
	}
	s := d.sents[d.sentOf[t]]
	if !d.word(s.t0) || d.toks[s.t0].Flags&tokens.Upper == 0 {
		return false
	}
	for q := s.t0; q < s.t1 && q < s.t0+14; q++ {
		if d.isPunct(q, "-") || d.isPunct(q, "—") || d.isPunct(q, "–") || d.isPunct(q, "--") {
			return t < q
		}
	}
	return false
}

// commonWord reports whether a capitalised token opening a sentence or a
// clause (after a dash or a colon) is a common word: the dictionary knows
// it as a verb, or the text writes it in lower case elsewhere.
func (d *doc) commonWord(t int) bool {
	opens := t == 0 || d.sents[d.sentOf[t]].t0 == t || d.isPunct(t-1, "-") || d.isPunct(t-1, "—") ||
		d.isPunct(t-1, ":") || d.isQuote(t-1)
	if !opens {
		return false
	}
	w := d.lw(t)
	if d.nd.NameSeen(w) {
		return false // "Unite" opening a sentence, "the union Unite" inside one
	}
	if _, ok := cameo.Verb(w); ok {
		return true
	}
	return d.nd.LowerSeen(w)
}

// namedBefore returns the actor of an earlier mention that ends with the
// same words as tokens [s, e) (a surname taken up: "John Kerry" …
// "Kerry"), -1.
func (d *doc) namedBefore(s, e int) int {
	n := e - s
	for mi := len(d.ments) - 1; mi >= 0 && mi >= len(d.ments)-400; mi-- {
		m := d.ments[mi]
		if m.t0 >= s || m.actor < 0 || m.t1-m.t0 < n || m.kind == mNon || m.kind == mAdj {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = d.surf(m.t1-n+k) == d.surf(s+k)
		}
		if same {
			return d.final(m.actor)
		}
	}
	if n != 1 {
		return -1
	}
	// one word that opens a longer name named before: a short form
	// ("Kestrel" after "Kestrel Mining"), a family name written first
	// ("Zhao" after "Zhao Meiling")
	for mi := len(d.ments) - 1; mi >= 0 && mi >= len(d.ments)-400; mi-- {
		m := d.ments[mi]
		if m.t0 >= s || m.actor < 0 || m.t1-m.t0 < 2 || m.kind == mNon || m.kind == mAdj {
			continue
		}
		// (the name may close a longer mention: "China's ministry
		// spokesperson Zhao Meiling")
		for k := max(m.t0, m.t1-12); k+1 < m.t1; k++ {
			if d.surf(k) == d.surf(s) && d.nd.Tag(k) == pos.PROPN && d.nd.Tag(k+1) == pos.PROPN && (k == m.t0 || d.nd.Tag(k-1) != pos.PROPN) {
				return d.final(m.actor)
			}
		}
	}
	return -1
}

// ppName returns the run of proper nouns after "at", "of" or "for" right
// after noun phrase n ("management at Nordwind Airways"), [a, b).
func (d *doc) ppName(n int) (int, int) {
	e := int(d.scr.parse.NPs[n].T1)
	switch d.lw(e) {
	case "at", "of", "for":
	default:
		return 0, 0
	}
	a := e + 1
	if d.lw(a) == "the" {
		a++
	}
	b := a
	for b < len(d.toks) && b-a < 6 && d.cap(b) && d.nd.Tag(b) == pos.PROPN {
		b++
	}
	return a, b
}
