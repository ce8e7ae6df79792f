package core

import (
	"sort"
	"strings"

	"parley/core/phoenix"
	"parley/core/pos"
	"parley/core/vocab"
)

// Parties named by what they are. A report introduces a side with a noun
// of its trade ("the union Unite", "bus operator Metroline", "Metroline,
// the operator,") and then calls it by that noun or one of its class
// ("the company", "the firm", "a company spokesperson"). Phoenix's agent
// dictionary gives each such noun a code (LAB labour, BUS business, GOV
// government, …): a description resolves to the party last named with a
// noun of the same code. People named with a party's name and an office
// ("Unite general secretary Ann Lee", "Ann Lee, Metroline's managing
// director") speak for that party.

// agentAt looks up the agent noun that ends at token h, two words or one
// ("general secretary", "spokesman").
func (d *doc) agentAt(h int) (code string, kind vocab.ActorKind, ok bool) {
	if !d.word(h) {
		return "", "", false
	}
	if h > 0 && d.word(h-1) {
		if c, k, ok := phoenix.Agent(d.lw(h-1) + " " + d.lw(h)); ok {
			return c, k, true
		}
	}
	return phoenix.Agent(d.lw(h))
}

// sector is the first three letters of an agent code (GOVMIL → GOV).
func sector(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// codesOf returns the sectors of the agent nouns actor ai was named with:
// the nouns just before a mention ("bus operator Metroline"), inside it
// ("the Syndarma union") and in an appositive after it ("Metroline, the
// bus operator,").
func (d *doc) codesOf(ai int) []string {
	if d.agentCodes == nil {
		d.agentCodes = map[int][]string{}
		for _, m := range d.ments {
			d.addCodes(m)
		}
	}
	return d.agentCodes[ai]
}

// addCodes files the sectors of the agent nouns around mention m under its
// party (when the table is built: a new mention keeps it up to date).
func (d *doc) addCodes(m mention) {
	if d.agentCodes == nil || m.actor < 0 || m.kind == mNon || m.kind == mPerson {
		return
	}
	a := d.final(m.actor)
	add := func(t int) {
		if c, k, ok := d.agentAt(t); ok && k != "" && !contains(d.agentCodes[a], sector(c)) {
			d.agentCodes[a] = append(d.agentCodes[a], sector(c))
		}
	}
	for t := m.t0 - 1; t >= 0 && t >= m.t0-2 && d.word(t) && !d.cap(t); t-- {
		add(t)
	}
	for t := m.t0; t < m.t1; t++ {
		add(t)
	}
	if !d.cap(m.t1) {
		add(m.t1) // "the X union"
	}
	if d.isPunct(m.t0-1, ",") && d.nd.Tag(m.t0-2) == pos.NOUN {
		add(m.t0 - 2) // "Britain's biggest union, Amicus,"
	}
	if d.isPunct(m.t1, ",") {
		for t := m.t1 + 1; t < len(d.toks) && t <= m.t1+4 && d.word(t); t++ {
			add(t)
		}
	}
}

// byAgent returns the party last named before token t with a noun of
// sector code, -1.
func (d *doc) byAgent(code string, t int) int {
	if t <= 0 || t > len(d.sentOf) {
		return -1
	}
	if ai := d.byAgentBefore(code, t); ai >= 0 || code != "LAB" {
		return ai
	}
	// workers named before their union ("the pilots' proposal … the
	// pilots' union X"): the union named next
	for si := int(d.sentOf[t-1]); si < len(d.sents) && si <= int(d.sentOf[t-1])+3; si++ {
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.t0 < t || m.actor < 0 || m.kind == mNon || m.kind == mPerson {
				continue
			}
			if a := d.final(m.actor); contains(d.codesOf(a), code) && !d.actors[a].person {
				return a
			}
		}
	}
	return -1
}

// byAgentBefore is byAgent over the mentions before token t.
func (d *doc) byAgentBefore(code string, t int) int {
	// the party in view: named within the last 40 sentences (a bound that
	// keeps a long text linear)
	for si, s0 := int(d.sentOf[t-1]), int(d.sentOf[t-1])-40; si >= 0 && si >= s0; si-- {
		ms := d.sment[si]
		for x := len(ms) - 1; x >= 0; x-- {
			m := d.ments[ms[x]]
			if m.t0 >= t || m.actor < 0 || m.kind == mNon || m.kind == mPerson {
				continue
			}
			a := d.final(m.actor)
			if contains(d.codesOf(a), code) && !d.actors[a].person {
				return a
			}
		}
	}
	return -1
}

// describedParty resolves a noun phrase that calls a party by its trade:
// its head or a noun before a role head is a group agent noun ("the
// company", "the union", "a company spokesperson", "union leaders"), and
// a party was named before with a noun of the same sector.
func (d *doc) describedParty(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	h, t0 := int(np.Head), int(np.T0)
	for t := h; t >= t0 && t >= h-2; t-- {
		if d.nd.Tag(t) != pos.NOUN {
			break
		}
		code, k, ok := d.agentAt(t)
		if !ok || k != vocab.KindGroup && k != vocab.KindOrganization {
			continue
		}
		if t == h && !d.definiteNP(n) && !d.plural(h) {
			return -1 // "a company said": some company
		}
		if ai := d.byAgent(sector(code), t0); ai >= 0 || !d.definiteNP(n) {
			return ai
		}
		if armedSector(sector(code)) {
			return d.onlyArmedGroup(t0) // "the rebels": the one armed group named
		}
		if t == h && !d.plural(h) {
			return d.onlyUntraded(t0) // "Sasol offered … The company said": the one body of no known trade
		}
		return -1
	}
	return -1
}

// onlyUntraded returns the one party named in the five sentences before
// token t that is a body (not a state, a person or an intergovernmental
// organisation) with no trade known (no agent noun named it); -1 when
// none or several.
func (d *doc) onlyUntraded(t int) int {
	return d.onlyOne(t, 5, func(m mention, a int) int {
		if m.kind != mName {
			return 0
		}
		if r := d.actors[a]; r.kind == KindState || r.person || r.nonParty || d.a.gaz.Kind(r.name) != "" || len(d.codesOf(a)) > 0 {
			return 0
		}
		return 1
	})
}

// onlyOne returns the one actor of the mentions in the n sentences before
// token t that keep returns 1 for (0: pass over it, -1: give up, none is
// the one), a short form and its full name counting as one; -1 when none
// or several.
func (d *doc) onlyOne(t, n int, keep func(m mention, a int) int) int {
	if t <= 0 || t > len(d.sentOf) {
		return -1
	}
	found := -1
	for si, s0 := int(d.sentOf[t-1]), int(d.sentOf[t-1])-n; si >= 0 && si >= s0; si-- {
		for _, mi := range d.sment[si] {
			m := d.ments[mi]
			if m.t0 >= t || m.actor < 0 || m.kind == mNon || m.kind == mPerson {
				continue
			}
			a := d.final(m.actor)
			switch keep(m, a) {
			case 0:
				continue
			case -1:
				return -1
			}
			if found >= 0 && found != a && !d.shortFormOf(found, a) && !d.shortFormOf(a, found) {
				return -1
			}
			if found < 0 || d.shortFormOf(found, a) {
				found = a // (the full name rather than its short form)
			}
		}
	}
	return found
}

// shortFormOf reports whether actor a is named by a short form of actor
// b's name: one of b's aliases, or the first word of it ("Thaba" of
// "Thaba Platinum"); see mergeShortForms.
func (d *doc) shortFormOf(a, b int) bool {
	x, y := d.actors[a], d.actors[b]
	return !strings.Contains(x.name, " ") && strings.Contains(y.name, " ") && (y.aliasSet[x.name] || strings.HasPrefix(y.name, x.name+" "))
}

// armedSector: Phoenix's sectors of non-state armed groups (rebels,
// unaligned armed forces, militarised groups, radicals).
func armedSector(s string) bool { return s == "REB" || s == "UAF" || s == "IMG" || s == "RAD" }

// onlyArmedGroup returns the one group party named before token t that
// is neither a state's body nor of a sector of its own (a union, a
// company): a report's rebels are the group it named ("the Tigray
// People's Liberation Front … the rebels"); -1 when none or several.
func (d *doc) onlyArmedGroup(t int) int {
	// the groups in view: named within the last 40 sentences (a bound
	// that keeps a long text linear)
	return d.onlyOne(t, 40, func(_ mention, a int) int {
		if r := d.actors[a]; r.kind != KindGroup || r.person || r.nonParty || !r.party && r.count < 2 {
			return 0
		}
		for _, c := range d.codesOf(a) {
			if !armedSector(c) {
				return -1 // a union or a company is named: not this rule's
			}
		}
		return 1
	})
}

// definiteNP: the noun phrase opens with "the", "this", "that" or a
// possessive.
func (d *doc) definiteNP(n int) bool {
	switch d.lw(int(d.scr.parse.NPs[n].T0)) {
	case "the", "this", "that", "these", "those", "both":
		return true
	}
	return d.scr.parse.NPs[n].Poss >= 0
}

// plural: a noun tagged plural by its lemma differing from its form.
func (d *doc) plural(h int) bool { return d.nd.Lemma(h) != d.lw(h) }

// pluralName: a plural noun, or a name with a plural noun's form
// ("Turks", "Kurds": the lemmatiser leaves names as they are).
func (d *doc) pluralName(h int) bool {
	return d.plural(h) || d.nd.Tag(h) == pos.PROPN && pos.Lemma(d.lw(h), pos.NOUN) != d.lw(h)
}

// affiliation returns the party person ai speaks for when a mention names
// it with an office: "Unite general secretary Ann Lee" (a name, an office
// noun, the person) or "Ann Lee, Metroline's managing director," / "Ann
// Lee, a Metroline spokesman," (an appositive); -1.
func (d *doc) affiliation(ai int) int {
	a := d.actors[ai]
	if a.aff == 0 {
		// (once per person: each pass below reads the mentions)
		a.aff = d.findAffiliation(ai) + 2
	}
	return a.aff - 2
}

// findAffiliation is affiliation's answer, worked out.
func (d *doc) findAffiliation(ai int) int {
	for _, m := range d.ments {
		if m.actor == ai && m.kind == mPerson {
			if d.formerOffice(m.t0, d.sents[d.sentOf[m.t0]].t0) {
				return -1 // "former Ohio governor Ann Lee": no party's office now
			}
			break
		}
	}
	org := d.affiliationNamed(ai)
	if org < 0 {
		org = d.officeOfDescribed(ai)
	}
	if org < 0 {
		org = d.officeOfState(ai)
	}
	return org
}

// officeOfDescribed: a person first named with an office of a party's
// kind ("Union president Maria Lopez", "company chairman Ali Khan") speaks
// for the party named before with a noun of that kind.
func (d *doc) officeOfDescribed(ai int) int {
	for _, m := range d.ments {
		if m.actor != ai || m.kind != mPerson {
			continue
		}
		for q := m.t0; q < m.t1-1 && q < m.t0+4; q++ {
			if code, kind, ok := d.agentAt(q); ok && (kind == vocab.KindGroup || kind == vocab.KindOrganization) {
				if org := d.byAgent(sector(code), m.t0); org >= 0 && org != ai && !d.actors[org].person {
					return org
				}
				if org := d.byHead(d.lw(q), m.t0); org >= 0 && org != ai && !d.actors[org].person {
					return d.final(org) // ("union": a body named "… Association")
				}
			}
		}
		return -1
	}
	return -1
}

// officeOfState: a person first named with a government office and no
// party ("Finance Minister Kwame Asare", an office Phoenix's agent
// dictionary codes GOV) holds it in the state the report has named most
// before; -1 when it has named none, or two as often.
func (d *doc) officeOfState(ai int) int {
	for _, m := range d.ments {
		if m.actor != ai || m.kind != mPerson {
			continue
		}
		if !d.governmentTitle(m.t0, min(m.t1-1, m.t0+4)) { // (the title words before the name)
			return -1
		}
		return d.onlyStateBefore(m.t0)
	}
	return -1
}

// onlyStateBefore returns the state the report has named most often
// before token t, when no other is named as often; -1.
func (d *doc) onlyStateBefore(t int) int {
	if d.stateBefore(t) < 0 { // (builds d.stateMents)
		return -1
	}
	count := map[int]int{}
	for _, mi := range d.stateMents {
		m := d.ments[mi]
		if m.t0 >= t {
			break
		}
		if m.actor >= 0 && m.kind != mNon && !d.placeOnly(m) { // (where the story was filed, or a venue, "in London", is no side)
			count[d.final(m.actor)]++
		}
	}
	best, bc, tie := -1, 0, false
	for a, c := range count {
		switch {
		case c > bc:
			best, bc, tie = a, c, false
		case c == bc:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// affiliationNamed is affiliation by a party named with the person.
func (d *doc) affiliationNamed(ai int) int {
	seen := 0
	for _, m := range d.ments {
		if m.actor != ai || m.kind != mPerson {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		s0 := d.sents[d.sentOf[m.t0]].t0
		for a := max(m.t0-3, s0); a < m.t1; a++ {
			if org := d.officeOf(a, m.t1); org >= 0 {
				return org
			}
		}
		// "the airline's chief operating officer, Ann Lee,": the phrase
		// the name stands in apposition to
		if d.isPunct(m.t0-1, ",") {
			// (a role's phrase, not a clause's last words: "after meeting
			// investors in London, Finance Minister Ann Lee said")
			if n := d.scr.parse.NPEndingAt(m.t0 - 1); n >= 0 && d.roleNoun(int(d.scr.parse.NPs[n].Head)) {
				if a := d.oneNPActor(n); a >= 0 && a != ai && !d.actors[a].person {
					return a
				}
			}
		}
		if d.isPunct(m.t1, ",") {
			a := m.t1 + 1
			if w := d.lw(a); w == "the" || w == "a" || w == "an" {
				a++
			}
			if org := d.officeOf(a, len(d.toks)); org >= 0 {
				return org
			}
			// "Ann Lee, the union's president,": an office of the
			// possessor's, when the possessor resolves to a body
			if n := d.scr.parse.NPStartingAt(m.t1 + 1); n >= 0 && d.scr.parse.NPs[n].Poss >= 0 && d.roleNoun(int(d.scr.parse.NPs[n].Head)) {
				if org := d.oneNPActor(int(d.scr.parse.NPs[n].Poss)); org >= 0 && org != ai && !d.actors[org].person {
					return org
				}
			}
		}
	}
	return -1
}

// formerOffice reports whether "former" opens the title before a person
// named at t (within four words, in the sentence from s0): "former state
// premier Ann Lee".
func (d *doc) formerOffice(t, s0 int) bool {
	for k := t; k >= s0 && k >= t-4; k-- {
		if d.lw(k) == "former" {
			return true
		}
		if !d.word(k) {
			return false
		}
	}
	return false
}

// officeOf reads a name run at token a followed (after an optional "'s")
// by an office ("general secretary", "spokesman", "managing director")
// before token end, and returns the party of that name, making it one when
// new; -1.
func (d *doc) officeOf(a, end int) int {
	b := a
	for b < end && b-a < 5 && d.cap(b) && d.nd.Tag(b) == pos.PROPN {
		b++
	}
	if b == a || d.inDateline(a) {
		return -1
	}
	c := b
	if d.isPoss(c) {
		c++
	}
	office := false
	for q := c; q < end && q < c+3 && d.word(q) && !d.cap(q); q++ {
		if _, k, ok := d.agentAt(q); ok && k == phoenix.Role {
			office = true
		}
	}
	if !office {
		return -1
	}
	if b == a+1 && a == d.sents[d.sentOf[a]].t0 {
		if code, k, ok := d.agentAt(a); ok && (k == vocab.KindGroup || k == vocab.KindOrganization) {
			// "Company spokesperson Ann Lee said": a noun of a trade,
			// capitalised to open the sentence, describes the party in view
			if ai := d.byAgentBefore(sector(code), a); ai >= 0 {
				return ai
			}
			return d.onlyUntraded(a)
		}
	}
	name := foldSpace(d.text[d.toks[a].S():d.toks[b-1].E()])
	if ai, ok := d.byName[name]; ok {
		ai = d.final(ai)
		if d.actors[ai].person {
			return -1
		}
		return ai
	}
	if ai := d.namedBefore(a, b); ai >= 0 {
		if d.actors[ai].person {
			return -1
		}
		return ai
	}
	if e, _ := d.gazMatch(a, b); e != nil || !d.nameCanBeParty(a, b, name) || d.commonWord(a) {
		return -1 // a state or a known body: the mention finder has it
	}
	return d.addSourceParty(name, KindGroup, a, b)
}

// ownBody: the role noun at h, after state ai's possessive that ends
// before token k ("Britain's biggest union"), names a body with a party
// kind of its own in Phoenix's agent dictionary (a union, a company, a
// bank, a party), which the state does not speak for. A ministry, an army
// or a delegation (role kinds) is the state's.
func (d *doc) ownBody(ai, k, h int) bool {
	return d.isPoss(k-1) && d.ownBodyNoun(ai, h)
}

// ownBodyNoun: the noun at h names a body of state ai's that is a party
// of its own ("the British union": a demonym before it, as a possessive).
func (d *doc) ownBodyNoun(ai, h int) bool {
	if ai < 0 || d.kindOfActor(ai) != KindState {
		return false
	}
	_, kind, ok := d.agentAt(h)
	return ok && (kind == vocab.KindGroup || kind == vocab.KindOrganization)
}

// appositiveName returns the noun phrase of a name set off by commas
// after description n ("Britain's biggest union, Amicus, said"; "the
// carmaker, Nordwerk, said"), -1. The description's head must be an agent
// noun of a party kind; the name a run of proper nouns closed by a comma
// or a dash.
func (d *doc) appositiveName(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	h, e := int(np.Head), int(np.T1)
	if d.nd.Tag(h) != pos.NOUN || !d.isPunct(e, ",") {
		return -1
	}
	if _, kind, ok := d.agentAt(h); !ok || kind != vocab.KindGroup && kind != vocab.KindOrganization {
		return -1
	}
	m := p.NPStartingAt(e + 1)
	if m < 0 || d.nd.Tag(int(p.NPs[m].Head)) != pos.PROPN || p.NPs[m].Poss >= 0 {
		return -1
	}
	if c := int(p.NPs[m].T1); !d.isPunct(c, ",") && !d.isPunct(c, "—") && !d.isPunct(c, "–") {
		return -1
	}
	return m
}

// appositivePerson returns the personal name in apposition to role noun
// phrase n, set off by commas after the phrase and its modifiers
// ("Qatar's minister of state for foreign affairs, Khalid Al-Marri,"),
// -1.
func (d *doc) appositivePerson(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	h, e := int(np.Head), int(np.Ext)
	if d.nd.Tag(h) != pos.NOUN || !d.roleNoun(h) || !d.isPunct(e, ",") {
		return -1
	}
	// the name ends the appositive, after its own title ("…, former
	// state premier Ulrich Brennecke,")
	c := e + 1
	for c < len(d.toks) && c < e+10 && d.word(c) && d.sentOf[c] == d.sentOf[e] {
		c++
	}
	if !d.isPunct(c, ",") && !d.isPunct(c, "—") && !d.isPunct(c, "–") {
		return -1
	}
	m := p.NPEndingAt(c)
	if m < 0 || d.nd.Tag(int(p.NPs[m].Head)) != pos.PROPN || p.NPs[m].Poss >= 0 || p.Start(m) <= e {
		return -1
	}
	return m
}

// personAlias records the personal name of noun phrase m as a mention of
// party ai ("…, Khalid Al-Marri,": later "Al-Marri said" is that party).
func (d *doc) personAlias(m, ai int) {
	np := d.scr.parse.NPs[m]
	t0, t1 := int(np.T0), int(np.T1)
	d.addMention(mention{t0: t0, t1: t1, bs: d.toks[t0].S(), be: d.toks[t1-1].E(), actor: ai, kind: mPerson, person: true})
	if si := int(d.sentOf[t0]); si < len(d.sment) {
		d.sment[si] = append(d.sment[si], len(d.ments)-1)
	}
}

// nameHeadParty resolves a bare definite description ("the college", "the
// foundation") to the organisation named before whose name has that noun
// as its head: the last word, or the word before "of" or "for" ("Royal
// College of Nursing"). States and people are named otherwise.
func (d *doc) nameHeadParty(n int) int {
	np := d.scr.parse.NPs[n]
	h := int(np.Head)
	if d.lw(int(np.T0)) != "the" || h != int(np.T0)+1 || np.Poss >= 0 || d.nd.Tag(h) != pos.NOUN && d.nd.Tag(h) != pos.PROPN || d.plural(h) {
		return -1 // ("the Front" after "the Northern Liberation Front" too)
	}
	w := d.lw(h)
	best := -1
	for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
		a := d.actors[ai]
		if a.merged || a.person || a.kind == KindState || a.kind == KindPerson || !a.party && a.count == 0 {
			continue
		}
		if a.nameHeadOf() == w {
			if best >= 0 {
				return -1 // two such names: no telling which
			}
			best = ai
		}
	}
	return best
}

// mergeDescriptions joins a party the mention finder named by a bare
// noun ("a spokeswoman for the alliance" → "alliance") to the one
// organisation whose name has that noun as its head ("United States
// Maritime Alliance").
func (d *doc) mergeDescriptions() {
	for ai := range d.actors {
		a := d.actors[ai]
		if a.merged || a.person || a.kind != KindGroup || strings.ContainsRune(a.name, ' ') || !a.aliasSet[a.lowerName()] {
			continue // (named by a lower-case noun only)
		}
		name := a.lowerName()
		to := d.namedWithHead(ai, name, true) // (one named before it first)
		if to == -1 {
			to = d.namedWithHead(ai, name, false)
		}
		if to == -1 {
			// "the rebels" when a report names one armed group
			if code, _, ok := phoenix.Agent(name); ok && armedSector(sector(code)) && len(a.mentions) > 0 {
				if g := d.onlyArmedGroup(d.tokenAt(a.mentions[0].Start)); g >= 0 && g != ai {
					to = g
				}
			}
		}
		if to >= 0 && d.merges < 64 {
			d.merges++
			d.merge(ai, to)
		}
	}
}

// namedWithHead returns the one party other than ai whose name has head
// noun name (named before ai's first mention when before), -1 when none,
// -2 when several.
func (d *doc) namedWithHead(ai int, name string, before bool) int {
	to := -1
	for bi := len(d.actors) - 1; bi >= 0 && bi >= len(d.actors)-maxScanActors; bi-- {
		b := d.actors[bi]
		if bi == ai || b.merged || b.person || b.kind == KindState || b.nameHeadOf() != name || before && d.firstStart(bi) > d.firstStart(ai) {
			continue
		}
		if to >= 0 {
			return -2 // two such names: no telling which
		}
		to = bi
	}
	return to
}

// firstStart is the byte offset of actor ai's first mention, -1 with
// none.
func (d *doc) firstStart(ai int) int {
	first := -1
	for _, m := range d.actors[ai].mentions {
		if first < 0 || m.Start < first {
			first = m.Start
		}
	}
	return first
}

// tokenAt returns the token that starts at byte offset b, or the first
// after it.
func (d *doc) tokenAt(b int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].S() >= b })
}

// appositiveOffice returns the party an office in apposition names
// after a person's name ("Valdis Dombrovskis, the EU trade commissioner,"
// speaks for the EU, whatever state the name was an alias of): the
// appositive's party when its head is a title or a role noun; -1.
func (d *doc) appositiveOffice(n int) int {
	p := &d.scr.parse
	np := p.NPs[n]
	h, e := int(np.Head), int(np.T1)
	if d.nd.Tag(h) != pos.PROPN || !d.isPunct(e, ",") || int(np.T1)-int(np.T0) < 2 {
		return -1
	}
	m := p.NPStartingAt(e + 1)
	if m < 0 {
		return -1
	}
	mh := int(p.NPs[m].Head)
	if mh >= len(d.toks) || !d.is(mh, bTitle) && !d.roleNoun(mh) {
		return -1
	}
	if c := int(p.NPs[m].Ext); !d.isPunct(c, ",") && !d.isPunct(c, ".") {
		return -1
	}
	for _, mi := range d.mentionsIn(int(p.NPs[m].T0), mh) {
		if mm := d.ments[mi]; mm.actor >= 0 && mm.kind != mNon && mm.kind != mPerson {
			return d.final(mm.actor)
		}
	}
	return -1
}

// nameHead is the head word of a lower-case organisation name: the word
// before its first "of" or "for", else its last word.
func nameHead(name string) string {
	ws := strings.Fields(name)
	for i := 1; i < len(ws); i++ {
		if ws[i] == "of" || ws[i] == "for" {
			return ws[i-1]
		}
	}
	if len(ws) < 2 {
		return "" // a one-word name is its own head: no description
	}
	return ws[len(ws)-1]
}

// possName returns the tokens of a name with a possessive inside it
// ("the International Longshoremen's Association", "Lloyd's Register"):
// noun phrase n's head is a capitalised word right after a possessor
// that is itself a run of capitalised proper nouns. ok is false when n is
// no such name.
func (d *doc) possName(n int) (s, e int, ok bool) {
	p := &d.scr.parse
	np := p.NPs[n]
	h, t0 := int(np.Head), int(np.T0)
	if np.Poss < 0 || h != t0 || !d.cap(h) || d.nd.Tag(h) != pos.PROPN || !d.isPoss(t0-1) {
		return 0, 0, false
	}
	ps := p.NPs[np.Poss]
	if int(ps.T1) != t0-1 || ps.Poss >= 0 {
		return 0, 0, false
	}
	s = int(ps.T0)
	if d.lw(s) == "the" {
		s++
	}
	for k := s; k < int(ps.T1); k++ {
		if !d.cap(k) || d.nd.Tag(k) != pos.PROPN {
			return 0, 0, false
		}
	}
	if _, known := d.gazMatch(s, int(ps.T1)); known > 0 {
		return 0, 0, false // "Britain's Labour": a place's, not a name's part
	}
	return s, h + 1, true
}
