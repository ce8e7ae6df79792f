// Names of people and organisations, titles, datelines and group phrases:
// the helpers of the mention finder (mentions.go).

package core

import (
	"strings"

	"parley/core/gazetteer"
	"parley/core/tokens"
	"parley/core/vocab"
)

// titleSeq returns how many tokens from k form a title ("Secretary of State",
// "Deputy Central Bank Governor", "foreign minister"), ending in a title word.
func (d *doc) titleSeq(k, end int, afterParty bool) int {
	// Without a title word in reach there is no title; and without an
	// ALL-CAPS word nothing below has an effect (knownAcronym memoises):
	// answer 0 without the walk.
	title := false
	for q := k; q < end && q-k < 7; q++ {
		if d.is(q, bTitle) || d.toks[q].Flags&tokens.Upper != 0 {
			title = true
			break
		}
	}
	if !title {
		return 0
	}
	q, last := k, -1
	for q < end && q-k < 7 {
		if !d.word(q) {
			break
		}
		if n := d.titleMatch(q, end); n > 0 {
			q += n
			last = q
			continue
		}
		// "EU foreign policy chief Josep Borrell": lower-case words before
		// the title word
		if afterParty && !d.cap(q) && q-k < 3 && !d.is(q, bStop) && !d.isCue(q, end) &&
			(d.titleMatch(q+1, end) > 0 && !d.is(q+1, bCourtesy) || d.word(q+1) && !d.cap(q+1) && d.titleMatch(q+2, end) > 0 && !d.is(q+2, bCourtesy)) {
			q++
			continue
		}
		if d.cap(q) && !d.is(q, bNotName) && q-k < 4 {
			if e, _ := d.gazMatch(q, end); e != nil {
				break
			}
			if d.toks[q].Flags&tokens.Upper != 0 && d.knownAcronym(d.surf(q)) {
				break
			}
			q++
			continue
		}
		break
	}
	if last < 0 {
		return 0
	}
	return last - k
}

// nameSeq returns the token range of a personal name at q: 1-4 capitalised
// words that are not parties, titles or function words.
func (d *doc) nameSeq(si, q, end int) (int, int) {
	ns, ne := q, q
	for ne < end && ne-ns < 5 {
		if d.cap(ne) {
			w := d.lw(ne)
			if d.is(ne, bNotName) && !(w == "he" && ne > ns) || d.titleMatch(ne, end) > 0 { // ("Liu He")
				break
			}
			if e, _ := d.gazMatch(ne, end); e != nil {
				break
			}
			if d.is(ne, bSuffixLow) {
				if _, ok := d.a.gaz.Suffixes[d.surf(ne)]; ok {
					break
				}
			}
			if d.toks[ne].Flags&tokens.Upper != 0 && d.toks[ne].E()-d.toks[ne].S() > 2 {
				break
			}
			ne++
			continue
		}
		if d.word(ne) && d.is(ne, bParticle) && ne > ns && d.cap(ne+1) {
			ne++
			continue
		}
		if d.word(ne) && ne > ns && prefixedName(d.surf(ne)) {
			ne++
			continue
		}
		break
	}
	if ne > ns && !d.cap(ne-1) && !prefixedName(d.surf(ne-1)) {
		ne--
	}
	return ns, ne
}

// person records a person mention: party (or -1), full mention from ms,
// title ending at te, name [ns, ne). Returns the token after the mention.
func (d *doc) person(si, party, ms, te, ns, ne, depth int) int {
	end := d.sents[si].t1
	ai := party
	if ai < 0 {
		if a, ok := d.surname[d.lw(ne-1)]; ok {
			ai = a
		}
	}
	next := ne
	// Appositive: "Abdel-Malek al-Mekhlafi, Yemen's foreign minister, said".
	if ai < 0 && depth == 0 && ne+1 < end && d.lw(ne) == "," {
		at := ne + 1
		// "Jorge Rodriguez, who heads the government delegation, said"
		if d.lw(at) == "who" && leadVerbs[d.lw(at+1)] {
			at += 2
		}
		before := len(d.ments)
		n := d.mentionAt(si, at, depth+1)
		if n > 0 {
			for k := before; k < len(d.ments); k++ {
				m := d.ments[k]
				if (m.kind == mRole || m.kind == mName) && m.actor >= 0 && m.t0 <= at+2 {
					ai = m.actor
					break
				}
				if m.kind == mDesc && at > ne+1 && m.t0 <= at+2 {
					if a := d.mentionActor(m); a >= 0 {
						ai = a
						break
					}
				}
			}
			next = at + n
		}
	}
	if ai < 0 {
		// a person the dictionaries list as speaking for a party
		// (Phoenix office holders: "John Kerry" for the United States)
		for q := ns; q < ne && ai < 0; q++ {
			if e, n := d.gazMatch(q, ne); e != nil && q+n == ne && e.Form == gazetteer.Name && e.Kind != "person" {
				ai = d.actorFor(e.Actor, kindOf(e.Kind))
			}
		}
	}
	if ai < 0 && te > ms && d.dateline >= 0 && !d.is(ms, bCourtesy) {
		// a titled official with no party named: the dateline's country
		ai = d.dateline
	}
	if ai < 0 {
		ai = d.actorFor(foldSpace(d.text[d.toks[ns].S():d.toks[ne-1].E()]), KindPerson)
		d.actors[ai].person = true
		// "Ahmad Shuja, an analyst at ...", "labour analyst Ann Lee":
		// commentators are not parties
		for q := min(ms, ns-1); q < ns && q >= 0; q++ { // (the noun right before the name too)
			if commentators[d.lw(q)] {
				d.actors[ai].nonParty = true
			}
		}
		if d.lw(ne) == "," {
			for q := ne + 1; q < end && q < ne+5; q++ {
				if commentators[d.lw(q)] {
					d.actors[ai].nonParty = true
				}
			}
		}
	}
	if ne-ns >= 1 {
		if _, ok := d.surname[d.lw(ne-1)]; !ok {
			d.surname[d.lw(ne-1)] = ai
		}
		if ne-ns >= 2 {
			// "Garcia Padilla": a two-word surname is also a key
			d.surname[d.lw(ne-2)+" "+d.lw(ne-1)] = ai
		}
	}
	d.addMention(mention{t0: ms, t1: ne, bs: d.toks[ms].S(), be: d.toks[ne-1].E(), actor: ai, kind: mPerson, person: true})
	if ms < ns {
		d.attach(ai, d.toks[ns].S(), d.toks[ne-1].E())
	}
	return next
}

// isCue reports whether a cue phrase starts at token i.
func (d *doc) isCue(i, end int) bool {
	if i < 0 || i >= end || !d.word(i) {
		return false
	}
	c, _ := d.cueMatch(i, end)
	return c != nil
}

var outletWords = set("agency", "newspaper", "daily", "television", "radio", "channel", "broadcaster", "tv", "weekly", "magazine")

var courtesy = set("mr", "mrs", "ms", "dr", "sir", "lord", "mr.", "mrs.", "ms.", "dr.")

func (d *doc) kindOfActor(ai int) ActorKind {
	if ai < 0 || ai >= len(d.actors) {
		return ""
	}
	return d.actors[ai].kind
}

// nameTail extends an organisation name over "for the Liberation of
// Palestine": of/for/the/and followed by capitalised words.
func (d *doc) nameTail(q, end int) int {
	if w := d.lw(q); w != "for" && w != "of" || !d.word(q) {
		return q
	}
	r, last := q+1, q
	for r < end && r-q < 8 {
		if d.cap(r) {
			r++
			last = r
			continue
		}
		if w := d.lw(r); (w == "the" || w == "of" || w == "and") && d.word(r) {
			r++
			continue
		}
		break
	}
	if last > q+1 {
		return last
	}
	return q
}

// acronymActor returns the actor an unknown acronym stands for: an actor of
// this text whose capitalised words have those initials ("GDB" for
// "Government Development Bank"), or a new group.
func (d *doc) acronymActor(acr string) int {
	if ai, ok := d.byName[acr]; ok {
		return ai
	}
	if c, ok := d.acronyms[acr]; ok && c[0] >= 0 {
		return c[0]
	}
	ai := d.initialsOf(acr)
	if ai >= 0 {
		return ai
	}
	return d.actorFor(acr, KindGroup)
}

// initialsOf finds the actor whose capitalised words have the initials of
// acr, or -1; results are cached per text (names seen later can still match
// once a new organisation appears).
func (d *doc) initialsOf(acr string) int {
	if d.acronyms == nil {
		d.acronyms = map[string][2]int{}
	}
	if c, ok := d.acronyms[acr]; ok && (c[0] >= 0 || c[1] == len(d.actors)) {
		return c[0]
	}
	ai := d.initialsScan(acr)
	d.acronyms[acr] = [2]int{ai, len(d.actors)}
	return ai
}

func (d *doc) initialsScan(acr string) int {
	up := strings.ReplaceAll(acr, "-", "")
	if ai, ok := d.initials[up]; ok && !d.actors[ai].person && d.actors[ai].kind != KindState {
		return ai
	}
	return -1
}

// findDateline reads the dateline ("WASHINGTON, March 3 -", "SAO PAULO,
// Brazil, March 5 -", "CAIRO Yemen's ...") of the first body sentences.
func (d *doc) findDateline() {
	d.dateline = -1
	seen := 0
	for _, s := range d.sents {
		if s.headline {
			continue
		}
		seen++
		if seen > 3 {
			return
		}
		i := s.t0
		if !(d.word(i) && d.toks[i].Flags&tokens.Upper != 0) {
			continue
		}
		if d.isPunct(i+1, "/") {
			return // "BEIJING/WASHINGTON": no one country
		}
		dash := -1 // a dateline ends in a dash: "QUITO, Ecuador, May 2 -"
		for q := i; q < s.t1 && q < i+14; q++ {
			if d.isPunct(q, "-") || d.isPunct(q, "—") || d.isPunct(q, "–") || d.isPunct(q, "--") {
				dash = q
				break
			}
		}
		if dash < 0 {
			continue
		}
		for q := i; q < dash && q < i+8; q++ {
			if d.isPunct(q, "/") {
				return // "BEIJING/WASHINGTON": no one country
			}
			if e, _ := d.gazMatch(q, s.t1); e != nil && e.Kind == "state" && e.Form != 4 {
				d.dateline = d.actorFor(e.Actor, KindState)
				if !d.namedAsParty(e.Actor, s.t1) {
					d.dateline = -1 // "MEXICO CITY -": only the venue of the talks
				}
				return
			}
			if !(d.word(q) && d.toks[q].Flags&tokens.Upper != 0) && !d.isPunct(q, ",") && !d.cap(q) {
				break
			}
		}
	}
}

// Plural nouns that name a side of a negotiation.
var groupNouns = set("committee", "consortium", "unions", "strikers", "creditors", "lenders", "bondholders", "banks", "employers",
	"rebels", "insurgents", "militants", "protesters", "producers", "companies", "carriers", "airlines",
	"manufacturers", "automakers", "insurers", "kidnappers", "captors", "hijackers", "gunmen", "mediators",
	"opposition", "coalition", "alliance", "bloc")

// groupNP finds "[modifiers] GROUPNOUN" at j; all such phrases with the same
// noun name one group actor.
func (d *doc) groupNP(si, j, end int) (int, int) {
	if d.sents[si].headline || !d.anyBit(j, min(end, j+4), bGroup) {
		return -1, 0
	}
	for q := j; q < end && q < j+4; q++ {
		if !d.word(q) {
			return -1, 0
		}
		w := d.lw(q)
		if d.is(q, bGroup) {
			if d.groupByHead == nil {
				d.groupByHead = map[string]int{}
			}
			ai, ok := d.groupByHead[w]
			e := q
			// "Kidnappers of four professors,": the whole description
			if d.lw(q+1) == "of" && q == j {
				for r := q + 2; r < end && r < q+7; r++ {
					if d.isPunct(r, ",") || d.isPunct(r, ".") {
						if r > q+2 {
							e = r - 1
						}
						break
					}
					if d.is(r, bCue) {
						break
					}
				}
			}
			if !ok {
				st := j
				for st < q && (d.toks[st].Kind == tokens.Number || numberWords[d.lw(st)]) {
					st++
				}
				name := foldSpace(d.text[d.toks[st].S():d.toks[e].E()])
				name = strings.ToUpper(name[:1]) + name[1:]
				ai = d.actorFor(name, KindGroup)
				d.groupByHead[w] = ai
				// "the ELN rebels": "ELN" alone names them later on
				for r := st; r < q; r++ {
					if d.cap(r) && d.toks[r].Flags&tokens.Upper != 0 {
						if d.local == nil {
							d.local = map[string]int{}
						}
						if _, ok := d.local[d.surf(r)]; !ok {
							d.local[d.surf(r)] = ai
						}
					}
				}
			}
			return ai, e - j + 1
		}
		if d.is(q, bStop) || d.cap(q) && q > j || d.isCue(q, end) {
			return -1, 0
		}
	}
	return -1, 0
}

var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "other", "all", "most")

var companyWords = set("company", "firm", "giant", "carrier", "airline", "operator", "producer", "maker",
	"conglomerate", "insurer", "lender", "group", "union", "association", "utility", "automaker", "bank")

// prefixedName: "al-Mekhlafi", "el-Sisi", "bin-Salman".
func prefixedName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || i > 4 {
		return false
	}
	if w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	var buf [4]byte
	for k := 0; k < i; k++ {
		c := w[k]
		if c >= 0x80 {
			return particles[strings.ToLower(w[:i])]
		}
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		buf[k] = c
	}
	return particles[string(buf[:i])]
}

// knownAcronym: an acronym this text already uses for a party.
func (d *doc) knownAcronym(w string) bool {
	if _, ok := d.local[w]; ok {
		return true
	}
	if _, ok := d.byName[w]; ok {
		return true
	}
	return d.initialsOf(w) >= 0
}

// Prepositions before a capitalised name that make it a place.
var placePreps = set("in", "at", "from", "to", "near", "of", "into", "across", "outside", "inside", "toward", "towards")

// mergeShortForms joins a body first named by a short form — an acronym
// or the first word of its name, as headlines write it — to the party
// named in full later whose aliases hold that form ("Amcu" … "the
// Association of Mineworkers and Construction Union (Amcu)"; "Thaba" …
// "Thaba Platinum"). Bounded: the first 200 actors, 64 merges.
func (d *doc) mergeShortForms() bool {
	n := min(len(d.actors), 200)
	merged := false
	for i := 0; i < n && d.merges < 64; i++ {
		a := d.actors[i]
		if a.merged || a.person || a.kind == KindState || strings.Contains(a.name, " ") {
			continue
		}
		for j := 0; j < n; j++ {
			b := d.actors[j]
			if j == i || b.merged || b.person || b.kind == KindState || !strings.Contains(b.name, " ") {
				continue
			}
			if d.shortFormOf(i, j) {
				d.merges++
				d.merge(i, j)
				merged = true
				break
			}
		}
	}
	return merged
}

// remapMerged points the stances, their attributions and the proposals
// at the actors that merged ones were joined into.
func (d *doc) remapMerged() {
	for k := range d.stances {
		st := &d.stances[k]
		if st.actor >= 0 {
			st.actor = d.final(st.actor)
		}
		if st.target >= 0 {
			st.target = d.final(st.target)
			if st.target == st.actor {
				st.target = -1
			}
		}
	}
	for k := range d.proposals {
		d.proposals[k].proposer = d.final(d.proposals[k].proposer)
	}
	for k := range d.attrs {
		for x, ai := range d.attrs[k].actors {
			d.attrs[k].actors[x] = d.final(ai)
		}
	}
}

// mergeTitledOfficials gives a person named with a government title and
// no party ("Foreign Minister Anna Berg said Oslo would not sign") to the
// state in view: one named in the same sentence, else the last one named
// in the three sentences before (a national outlet names its own
// ministers without their country). A former office holder keeps no
// state.
func (d *doc) mergeTitledOfficials() {
	for mi := range d.ments {
		m := d.ments[mi]
		if m.kind != mPerson || m.actor < 0 || m.t1-m.t0 < 3 || d.merges >= 64 {
			continue
		}
		a := d.actors[m.actor]
		if !a.person || a.nonParty || a.merged || !d.governmentTitle(m.t0, m.t1) {
			continue
		}
		if st := d.stateInView(m.t0, m.actor); st >= 0 {
			d.merges++
			d.merge(m.actor, st)
		}
	}
}

// governmentTitle reports whether tokens [t0, t1) hold a title of a
// government office (Phoenix's GOV agents: minister, president, …) and
// no "former".
func (d *doc) governmentTitle(t0, t1 int) bool {
	gov := false
	for q := max(t0-2, 0); q < t1; q++ { // (the mention may start after "former")
		if d.lw(q) == "former" || d.lw(q) == "ex" {
			return false
		}
		if code, _, ok := d.agentAt(q); ok && sector(code) == "GOV" && q >= t0 {
			gov = true
		}
	}
	return gov
}

// placeOnly reports whether mention m names a place and no party: a
// venue after a preposition of place ("in London"), a dateline, or a base
// ("the London-based fund").
func (d *doc) placeOnly(m mention) bool {
	return d.is(m.t0-1, bPlacePrep) || d.inDateline(m.t0) || strings.HasSuffix(d.lw(m.t1-1), "-based") ||
		m.t1 < len(d.toks) && (d.lw(m.t1) == "-based" || d.isPunct(m.t1, "-") && d.lw(m.t1+1) == "based")
}

// stateInView returns the state named in the sentence of token t (other
// than actor self), else the last state named in the three sentences
// before it; -1 when none.
func (d *doc) stateInView(t, self int) int {
	si := int(d.sentOf[t])
	for s := si; s >= 0 && s >= si-3; s-- {
		ms := d.sment[s]
		for x := len(ms) - 1; x >= 0; x-- {
			m := d.ments[ms[x]]
			if m.actor < 0 || m.kind == mNon || s == si && m.t0 == t || d.placeOnly(m) {
				continue // (not a venue: "investors in London")
			}
			if a := d.final(m.actor); a != self && d.actors[a].kind == KindState {
				return a
			}
		}
	}
	return -1
}

// mergeNamed joins "some of its major creditors, who call themselves the
// Ad Hoc Group": the name after the phrase is the same party.
func (d *doc) mergeNamed() {
	for i := 0; i+3 < len(d.toks); i++ {
		if !d.is(i, bMergeCue) {
			continue
		}
		w := d.lw(i)
		n := 0
		switch {
		case (w == "call" || w == "calls" || w == "calling") && (d.lw(i+1) == "themselves" || d.lw(i+1) == "itself"):
			n = 2
		case w == "known" && d.lw(i+1) == "as", w == "dubbed" && i > 0:
			n = 2
			if w == "dubbed" {
				n = 1
			}
		case (w == "led" || w == "headed") && d.lw(i+1) == "by" && d.is(i-1, bGroup):
			// "a military coalition led by Saudi Arabia": the coalition is
			// the leader's side
			var grp, lead = -1, -1
			for _, mi := range d.sment[d.sentOf[i]] {
				m := d.ments[mi]
				if m.t1 == i && m.actor >= 0 {
					grp = m.actor
				}
				if m.t0 == i+2 && m.actor >= 0 && m.kind != mNon && m.kind != mAdj {
					lead = m.actor
				}
			}
			if grp >= 0 && lead >= 0 && grp != lead && d.actors[lead].kind == KindState && d.merges < 64 {
				d.merges++
				d.merge(grp, lead)
			}
			continue
		default:
			continue
		}
		var before, after = -1, -1
		for _, mi := range d.sment[int(d.sentOf[i])] {
			m := d.ments[mi]
			if m.actor < 0 || m.kind == mNon || m.kind == mAdj {
				continue
			}
			if m.t1 <= i && i-m.t1 <= 4 {
				before = m.actor
			}
			if m.t0 >= i+n && m.t0 <= i+n+1 && after < 0 {
				after = m.actor
			}
		}
		if before >= 0 && after >= 0 && before != after && d.merges < 64 {
			d.merges++ // (bounded: each merge rewrites the mentions)
			d.merge(after, before)
		}
	}
}

// mergeDescribed joins a party named by a noun of its kind to the name
// that follows it ("the opposition Unitary Platform", "the rebel Tigray
// People's Liberation Front"): the noun is the name's description, one
// party. The noun must be a group noun of Phoenix's agent dictionary,
// written in lower case.
func (d *doc) mergeDescribed() {
	for si := range d.sment {
		ms := d.sment[si]
		for x := 0; x+1 < len(ms); x++ {
			a, b := d.ments[ms[x]], d.ments[ms[x+1]]
			h := a.t1 - 1 // the noun ("the opposition": a determiner before it)
			if a.actor < 0 || b.actor < 0 || a.t1 != b.t0 || d.cap(h) || b.kind != mName || h > a.t0 && (h > a.t0+1 || !d.is(a.t0, bDet)) {
				continue
			}
			from, to := d.final(a.actor), d.final(b.actor)
			if from == to || d.actors[to].kind == KindState || d.actors[to].person || d.merges >= 64 {
				continue
			}
			if _, k, ok := d.agentAt(h); !ok || k != vocab.KindGroup {
				continue
			}
			d.merges++
			d.merge(from, to)
		}
	}
}

// merge makes actor from an alias of actor to.
func (d *doc) merge(from, to int) {
	for k := range d.ments {
		if d.ments[k].actor == from {
			d.ments[k].actor = to
		}
	}
	f := d.actors[from]
	for _, m := range f.mentions {
		d.attach(to, m.Start, m.End)
	}
	f.mentions, f.aliases = nil, nil
	f.merged, f.into = true, to
	f.aliasSet = map[string]bool{}
	d.byName[f.name] = to
	if d.agentCodes != nil {
		for _, c := range d.agentCodes[from] {
			if !contains(d.agentCodes[to], c) {
				d.agentCodes[to] = append(d.agentCodes[to], c)
			}
		}
	}
	for _, mp := range []map[string]int{d.groupByHead, d.surname, d.local} {
		for k, v := range mp {
			if v == from {
				mp[k] = to
			}
		}
	}
}

// orgFirst: an organisation name starts at j and is not a title prefix.
func (d *doc) orgFirst(si, j, end int) bool {
	n := len(d.actors)
	_, k := d.orgAt(si, j, end)
	if k == 0 && len(d.actors) > n {
		d.actors = d.actors[:n]
	}
	return k > 0
}

var nationalBodies = set("Authority", "Ministry", "Agency", "Commission", "Department", "Office", "Directorate", "Administration", "Treasury")

// mergeStrikers: in a labour dispute "the strikers" are the one union's
// members.
func (d *doc) mergeStrikers() {
	gi, ok := d.groupByHead["strikers"]
	if !ok {
		return
	}
	union := -1
	for ai, a := range d.actors {
		if a.merged || a.kind == KindState || ai == gi {
			continue
		}
		if labourBodies[lastWord(a.name)] && a.kind == KindGroup {
			if union >= 0 {
				return // more than one: leave them apart
			}
			union = ai
		}
	}
	if union >= 0 {
		d.merge(gi, union)
	}
}

// namedAsParty: the state is named after the dateline other than as a
// place where something happens ("in Mexico City").
func (d *doc) namedAsParty(actor string, from int) bool {
	for i := from; i < len(d.toks); i++ {
		if !d.is(i, bGaz) || d.is(i-1, bPlacePrep) {
			continue
		}
		if e, n := d.a.gaz.Match(d.text, d.lower, d.toks, i); e != nil && e.Actor == actor {
			if e.Form == gazetteer.Place && d.is(i-1, bPlacePrep) {
				continue
			}
			return true
		} else if n > 0 {
			i += n - 1
		}
	}
	return false
}

var leadVerbs = set("heads", "leads", "led", "chairs", "represents", "headed", "chaired")

// commentators speak about the talks, not for a side: their words hold no
// stance, and "a lawyer for an NGO" makes no party of the NGO (the issue
// lists lawyers with analysts). Hand-made: Phoenix codes some of these
// nouns as media or legal agents, not as "no side".
var commentators = set("analyst", "analysts", "expert", "experts", "economist", "economists", "professor", "researcher", "correspondent",
	"journalist", "reporter", "commentator", "columnist", "strategist", "historian", "scholar", "fellow", "lawyer", "lawyers", "attorney", "attorneys")

// Modifiers of a role that say it is not the place's own people.
var outsiders = set("western", "foreign", "european", "arab", "asian", "african", "international", "regional", "independent")

// acronymOrGroup: a known party for an acronym, or a group named name.
func (d *doc) acronymOrGroup(name string) int {
	if ai, ok := d.byName[name]; ok {
		return ai
	}
	if ai, ok := d.local[name]; ok {
		return ai
	}
	if ai := d.initialsOf(name); ai >= 0 {
		return ai
	}
	return d.actorFor(name, KindGroup)
}
