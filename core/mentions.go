package core

import (
	"parley/core/phoenix"
	"strings"

	"parley/core/gazetteer"
	"parley/core/tokens"
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Words that may open a noun phrase before the party or role.
var determiners = set("the", "a", "an", "some", "one", "two", "three", "four", "five", "several", "many",
	"other", "both", "all", "most", "senior", "top", "informed", "diplomatic", "high-level", "high-ranking",
	"western", "local", "unnamed", "anonymous", "chief", "former", "well-informed", "knowledgeable", "official")

// Words that end a noun phrase: function words, auxiliaries, prepositions.
var stopWords = set("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
	"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
	"may", "might", "must", "can", "did", "does", "do", "not", "that", "which", "who", "whom", "whose", "this",
	"these", "those", "it", "its", "as", "also", "still", "than", "then", "there", "their", "his", "her", "our",
	"if", "when", "while", "after", "before", "during", "into", "over", "about", "against", "between", "under",
	"until", "since", "because", "so", "such", "no", "yet", "all", "any", "up", "out", "off", "only", "now")

// Capitalised words that are not names.
var notNames = set("the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "it", "its", "we", "they",
	"he", "she", "this", "that", "these", "those", "there", "their", "his", "her", "our", "for", "with", "by",
	"after", "before", "while", "when", "under", "although", "however", "meanwhile", "nevertheless", "both",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"according", "last", "next", "this", "some", "several", "other", "talks", "negotiations", "privately",
	"reporting", "editing", "additional", "reuter", "reuters", "one", "two", "three", "unlike", "apart",
	"buttressed", "calling", "accusing", "welcoming", "leaving", "faced", "up", "so", "said", "says", "all",
	"from", "to", "of", "new", "first", "second", "yesterday", "today", "tomorrow", "not", "no", "is", "are")

// Name particles that may stand lower-case inside a name.
var particles = set("al", "bin", "ibn", "de", "van", "von", "da", "del", "la", "le", "abu", "el", "di", "der")

// Upper-case words that are not parties even when unknown.
var notAcronyms = set("ai", "ceo", "gdp", "tv", "ok", "pct", "dlrs", "mln", "bln", "bpd", "am", "pm", "utc", "gmt",
	"id", "it", "hq", "usd", "eur", "inf", "ima", "dna", "covid", "faq", "ii", "iii", "iv", "vat", "nb", "ps",
	"reuter", "reuters", "ap", "afp", "bbc", "cnn", "i", "a")

// prepositions that attach a place or party to a role ("sources in Baabda").
var rolePreps = set("in", "from", "of", "for", "at", "by", "to")

func (d *doc) word(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].Kind == tokens.Word }

func (d *doc) cap(i int) bool { return d.word(i) && d.toks[i].Flags&tokens.Cap != 0 }

func (d *doc) lw(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.lower[d.toks[i].S():d.toks[i].E()]
}

func (d *doc) surf(i int) string { return d.text[d.toks[i].S():d.toks[i].E()] }

func kindOf(k string) ActorKind {
	switch k {
	case "state":
		return KindState
	case "group":
		return KindGroup
	case "person":
		return KindPerson
	}
	return KindOrganization
}

// findMentions finds the party mentions of one sentence, left to right.
func (d *doc) findMentions(si int) {
	s := d.sents[si]
	d.knownAs(si)
	const starts = bDet | bRole | bGroup | bTitle | bPron
	for i := s.t0; i < s.t1; {
		// most lower-case words start nothing: skip them cheaply
		if d.toks[i].Kind != tokens.Word || d.toks[i].Flags&tokens.Cap == 0 && d.cls[i]&starts == 0 &&
			!d.is(i+1, bRole|bGroup) && !d.is(i+2, bRole|bGroup) && !d.is(i+3, bRole|bGroup) {
			i++
			continue
		}
		n := d.mentionAt(si, i, 0)
		if n <= 0 {
			n = 1
		}
		i += n
	}
}

// knownAs reads ", known as X," or ", identified as X," after a group's
// description ("the March 23 Movement rebel group, known as M23,", "one
// bank, identified as Banco Andino,"): X is the name of a party of that
// kind, the description its alias, and X stands for it from here on.
func (d *doc) knownAs(si int) {
	s := d.sents[si]
	for i := s.t0 + 2; i+2 < s.t1; i++ {
		if d.lw(i) != "known" && d.lw(i) != "identified" || d.lw(i+1) != "as" || !d.isPunct(i-1, ",") && !(d.lw(i-1) == "also" && d.isPunct(i-2, ",")) || !d.cap(i+2) {
			continue
		}
		y0, y1 := i+2, i+3
		for y1 < s.t1 && y1 < y0+4 && d.cap(y1) {
			y1++
		}
		comma := i - 1
		if d.lw(comma) == "also" {
			comma--
		}
		// the description: the words back to its determiner, ending in
		// a noun of a group's kind ("rebel group", "union")
		if !d.is(comma-1, bGroup|bRole) {
			continue
		}
		b := comma - 1
		for b > s.t0 && b > comma-7 && d.toks[b-1].Kind != tokens.Punct && !d.is(b-1, bStop) {
			b--
		}
		name := foldSpace(d.text[d.toks[y0].S():d.toks[y1-1].E()])
		if d.local == nil {
			d.local = map[string]int{}
		}
		if _, ok := d.local[name]; ok {
			continue
		}
		ai := d.actorFor(name, KindGroup)
		d.local[name] = ai
		m := mention{t0: b, t1: comma, bs: d.toks[b].S(), be: d.toks[comma-1].E(), actor: ai, kind: mRole, head: d.lw(comma - 1)}
		d.addMention(m)
		d.addCodes(m)
		d.mergeBareArmed(ai, b, comma)
	}
}

// mergeBareArmed merges into ai a party named before only by a bare noun
// of an armed group's kind that the description [b, e) also has ("M23
// rebels agree …" in a headline, then "the March 23 Movement rebel group,
// known as M23,"): the rebels were that group.
func (d *doc) mergeBareArmed(ai, b, e int) {
	armed := ""
	for q := b; q < e; q++ {
		if code, _, ok := phoenix.Agent(d.lw(q)); ok && armedSector(sector(code)) {
			armed = sector(code)
			// and "the rebels" later on
			if d.groupByHead == nil {
				d.groupByHead = map[string]int{}
			}
			for _, w := range [...]string{d.lw(q), d.lw(q) + "s"} {
				if _, ok := d.groupByHead[w]; !ok {
					d.groupByHead[w] = ai
				}
			}
		}
	}
	if armed == "" {
		return
	}
	for x := range d.actors {
		a := d.actors[x]
		if x == ai || a.merged || a.person || strings.ContainsRune(a.name, ' ') {
			continue
		}
		if code, _, ok := phoenix.Agent(a.lowerName()); ok && sector(code) == armed {
			d.merge(x, ai)
		}
	}
}

// gazAt matches the gazetteer or a name defined in this text at token i.
func (d *doc) gazAt(i, end int) (actor int, form gazetteer.Form, n int) {
	if !d.word(i) {
		return -1, 0, 0
	}
	if e, k := d.gazMatch(i, end); e != nil {
		if e.Form == gazetteer.NonParty {
			return -1, gazetteer.NonParty, k
		}
		ai := d.actorFor(e.Actor, kindOf(e.Kind))
		// "Islamic Jihad for the Liberation of Palestine": a longer name
		if kd := kindOf(e.Kind); kd != KindState && e.Form == gazetteer.Name {
			if q := d.nameTail(i+k, end); q > i+k {
				return d.actorFor(foldSpace(d.text[d.toks[i].S():d.toks[q-1].E()]), kd), e.Form, q - i
			}
		}
		return ai, e.Form, k
	}
	return -1, 0, 0
}

// localAt matches a name this text defined ("(Syndarma)", "PCS").
func (d *doc) localAt(i int) int {
	if d.local == nil || !d.cap(i) {
		return -1
	}
	if ai, ok := d.local[d.surf(i)]; ok {
		return ai
	}
	return -1
}

// mentionAt looks for a mention starting at token i of sentence si and
// returns the number of tokens consumed (0 when there is none).
func (d *doc) mentionAt(si, i, depth int) int {
	s := d.sents[si]
	end := s.t1
	if !d.word(i) {
		return 0
	}
	if n, ok := d.pronounAt(i, end); ok {
		return n
	}
	t := &d.toks[i]
	if (d.cap(i) || t.Flags&tokens.Upper != 0) && i > s.t0 && d.is(i-1, bOutlet) {
		n := 1
		for d.cap(i+n) && i+n < end && n < 4 {
			n++
		}
		d.addMention(mention{t0: i, t1: i + n, bs: t.S(), be: d.toks[i+n-1].E(), actor: -1, kind: mNon})
		return n
	}
	j := i
	if strings.HasSuffix(d.lw(i), "ly") && d.is(i+1, bRole) {
		// "Privately, ministers believe ...": an adverb, not a name
		return 1
	}
	for j < end && j-i < 4 && d.word(j) && d.is(j, bDet) && !(d.lw(j) == "official" && j+1 < end && d.word(j+1) && !d.cap(j+1)) {
		j++
	}
	if j >= end || !d.word(j) {
		return 0
	}
	// A title and a name without a party before them: "President Reagan"
	// (but "General Motors Corp" is a company).
	if tk := d.titleSeq(j, end, false); tk > 0 && !s.headline && !d.orgFirst(si, j, end) {
		if ns, ne := d.nameSeq(si, j+tk, end); ne > ns {
			party := -1
			if d.is(j, bGroup) {
				// "Opposition negotiator Gerardo Blyde"
				party, _ = d.groupNP(si, j, j+1)
			}
			return d.person(si, party, j, j+tk, ns, ne, depth) - i
		}
	}
	nBefore := len(d.actors)
	p, done := d.partyAt(si, j, end)
	if done > 0 {
		return done - i
	}
	n, k := d.afterParty(si, i, j, p, nBefore, depth)
	if n > 0 {
		return n
	}
	if n := d.roleMention(si, i, j, k, p); n > 0 {
		return n
	}
	if p.actor >= 0 {
		kind := mName
		if p.form == gazetteer.Adj && p.end < end && d.word(p.end) && (!d.cap(p.end) || d.peopleName(p.end, end)) {
			kind = mAdj // ("Syrian Kurds": the Kurds of Syria, not Syria)
		}
		if s.headline && p.form == gazetteer.Place {
			kind = mAdj
		}
		d.addMention(mention{t0: j, t1: p.end, bs: d.toks[j].S(), be: d.toks[p.end-1].E(), actor: p.actor, kind: kind})
		d.parenAlias(p.end, end, p.actor)
		return p.end - i
	}
	// plural sides: "five public sector unions", "the creditors", "the banks"
	if gi, n := d.groupNP(si, j, end); n > 0 {
		d.addMention(mention{t0: i, t1: j + n, bs: d.toks[j].S(), be: d.toks[j+n-1].E(), actor: gi, kind: mName})
		return j + n - i
	}
	if j > i || s.headline {
		return 0
	}
	return d.bareName(si, i, depth)
}

// pronounAt records a pronoun that can be a source ("he", "they"; "it"
// before a verb of saying, not an impersonal "it was agreed").
func (d *doc) pronounAt(i, end int) (int, bool) {
	t := &d.toks[i]
	switch d.lw(i) {
	case "he", "she", "they", "we":
		d.addMention(mention{t0: i, t1: i + 1, bs: t.S(), be: t.E(), actor: -1, kind: mPron, head: d.lw(i)})
		return 1, true
	case "it":
		q := i + 1
		for q < end && q < i+3 && d.is(q, bAux) {
			if w := d.lw(q); w == "was" || w == "is" || w == "were" || w == "been" || w == "be" {
				return 0, true // "it was agreed": impersonal
			}
			q++
		}
		if c, _ := d.cueMatch(min(q, end-1), end); c != nil && q < end {
			d.addMention(mention{t0: i, t1: i + 1, bs: t.S(), be: t.E(), actor: -1, kind: mPron, head: "it"})
			return 1, true
		}
	}
	return 0, false
}

// partyHit is a party named at token j: its actor (-1 for none), the form
// of the name and the token after it.
type partyHit struct {
	actor int
	form  gazetteer.Form
	end   int
}

// partyAt finds a party named at token j (a name the report defined, a
// known acronym, the gazetteer, an organisation's name). A news outlet or
// an organisation that is a body of a state is recorded at once: done is
// then the token after it.
func (d *doc) partyAt(si, j, end int) (p partyHit, done int) {
	s := d.sents[si]
	p = partyHit{actor: -1, end: j}
	if ai := d.localAt(j); ai >= 0 {
		return partyHit{ai, gazetteer.Name, j + 1}, 0
	}
	if d.toks[j].Flags&tokens.Upper != 0 && !s.headline && d.knownAcronym(d.surf(j)) {
		return partyHit{d.acronymActor(d.surf(j)), gazetteer.Name, j + 1}, 0
	}
	if ai, f, n := d.gazAt(j, end); n > 0 {
		if f == gazetteer.NonParty {
			d.addMention(mention{t0: j, t1: j + n, bs: d.toks[j].S(), be: d.toks[j+n-1].E(), actor: -1, kind: mNon})
			return p, j + n
		}
		p = partyHit{ai, f, j + n}
		// "British Medical Association": an organisation whose name starts
		// with a demonym or a place; "Israeli Foreign Ministry" is the state
		if f != gazetteer.Name || d.kindOfActor(ai) == KindState {
			nActors := len(d.actors)
			if oi, on := d.orgAt(si, j, end); on > n {
				if d.orgKind(j+on-1) == "body" {
					d.actors = d.actors[:nActors]
					delete(d.byName, foldSpace(d.text[d.toks[j].S():d.toks[j+on-1].E()]))
					d.addMention(mention{t0: j, t1: j + on, bs: d.toks[j].S(), be: d.toks[j+on-1].E(), actor: ai, kind: mRole, head: d.lw(j + on - 1)})
					d.parenAlias(j+on, end, ai)
					return p, j + on
				}
				p = partyHit{oi, gazetteer.Name, j + on}
			}
		}
		return p, 0
	}
	if ai, n := d.orgAt(si, j, end); n > 0 {
		return partyHit{ai, gazetteer.Name, j + n}, 0
	}
	return p, 0
}

// afterParty reads what follows a party's name: a news outlet's name
// ("RED TV"), an organisation of the party ("Puerto Rico's Government
// Development Bank"), a title and a person ("US Secretary of State Marco
// Rubio"). It returns the tokens consumed from i, 0 when none of these,
// and where a role noun after the party would start (past its "'s").
func (d *doc) afterParty(si, i, j int, p partyHit, nBefore, depth int) (int, int) {
	s := d.sents[si]
	end, k := s.t1, p.end
	if p.actor < 0 {
		return 0, k
	}
	if k < end && d.is(k, bOutlet) && (d.cap(k) || d.toks[k].Flags&tokens.Upper != 0) && d.kindOfActor(p.actor) != KindState {
		// "RED TV", "Al Manar Television": the name of a news outlet, never
		// a party (an organisation first seen here is forgotten again)
		if p.actor >= nBefore {
			d.actors = d.actors[:nBefore]
			delete(d.byName, foldSpace(d.text[d.toks[j].S():d.toks[p.end-1].E()]))
		}
		d.addMention(mention{t0: j, t1: k + 1, bs: d.toks[j].S(), be: d.toks[k].E(), actor: -1, kind: mNon})
		return k + 1 - i, k
	}
	if k < end && d.toks[k].Kind == tokens.Poss {
		k++
		// "Puerto Rico's Government Development Bank": an organisation of a place.
		if oi, n := d.orgAt(si, k, end); n > 0 {
			if d.orgKind(k+n-1) == "body" {
				d.addMention(mention{t0: j, t1: k + n, bs: d.toks[j].S(), be: d.toks[k+n-1].E(), actor: p.actor, kind: mRole, head: d.lw(k + n - 1)})
			} else {
				d.addMention(mention{t0: j, t1: k + n, bs: d.toks[j].S(), be: d.toks[k+n-1].E(), actor: oi, kind: mName})
			}
			d.parenAlias(k+n, end, oi)
			return k + n - i, k
		}
	}
	// Party + title + name: "US Secretary of State Marco Rubio".
	if !s.headline {
		holder := p.actor
		if d.formerOffice(j, d.sents[si].t0) {
			holder = -1 // "former Ohio governor Ann Lee": no longer the party's
		}
		if k == p.end && k > j && d.titleMatch(k-1, end) > 0 {
			// a name the dictionary knows with its title ("US Trade
			// Representative"), then the person who holds it
			if ns, ne := d.nameSeq(si, k, end); ne > ns && ns == k {
				return d.person(si, holder, j, k, ns, ne, depth) - i, k
			}
		}
		if tk := d.titleSeq(k, end, true); tk > 0 {
			if ns, ne := d.nameSeq(si, k+tk, end); ne > ns {
				return d.person(si, holder, j, k+tk, ns, ne, depth) - i, k
			}
		}
	}
	return 0, k
}

// roleEnd finds a role noun phrase from token rStart ("delegation",
// "officials", "chief negotiator"): the token after it and its head word,
// -1 when none.
func (d *doc) roleEnd(rStart, end int, party bool) (int, string) {
	rEnd, head := -1, ""
	for q := rStart; q < end && q < rStart+4; q++ {
		if !d.word(q) {
			break
		}
		w := d.lw(q)
		if d.is(q, bRole) || party && d.is(q, bGroup) && q == rStart && !d.groupNoun(q) {
			// "the Lebanese delegation"; "Turkish mediators" (but "German
			// banks" are banks, not Germany: Phoenix codes them a group)
			rEnd, head = q+1, w
			if d.is(q+1, bRole) {
				continue
			}
			break
		}
		if d.is(q, bStop) || d.isCue(q, end) {
			break
		}
		if e, _ := d.gazMatch(q, end); e != nil {
			break
		}
		if d.cap(q) && !d.cap(q+1) && !d.is(q+1, bRole) {
			break
		}
		if !party && q > rStart+1 {
			break
		}
	}
	return rEnd, head
}

// roleMention records a role noun phrase: "the Lebanese delegation",
// "U.S. officials", "a union official", with the party named after it
// ("a spokesman for Unison", "sources in Baabda") or in it ("A Boeing
// spokesperson"). It returns the tokens consumed from i, 0 when none.
func (d *doc) roleMention(si, i, j, k int, p partyHit) int {
	s := d.sents[si]
	end := s.t1
	rStart := k
	if p.actor < 0 {
		rStart = j
	}
	rEnd, head := d.roleEnd(rStart, end, p.actor >= 0)
	if rEnd < 0 || p.actor >= 0 && p.form == gazetteer.Place && rEnd > k+1 {
		return 0
	}
	m := mention{t0: i, t1: rEnd, bs: d.toks[j].S(), be: d.toks[rEnd-1].E(), actor: p.actor, kind: mRole, head: head}
	if d.ownBody(p.actor, k, rEnd-1) || p.form == gazetteer.Adj && d.ownBodyNoun(p.actor, rEnd-1) {
		// "Britain's biggest union", "Germany's largest bank": a body
		// of the country's, not the country (Phoenix files the noun
		// under a sector of its own: labour, business, parties)
		m.actor, m.kind, m.bs = -1, mDesc, d.toks[i].S()
		d.addMention(m)
		return m.t1 - i
	}
	if p.actor < 0 {
		m.bs = d.toks[i].S()
	}
	d.rolePrep(si, j, &m, rEnd, head)
	if m.actor < 0 && speakerHead(head) {
		// "A Boeing spokesperson": the capitalised word names the party
		cs, ce := -1, -1
		for q := j; q < rEnd-1; q++ {
			if d.cap(q) && !d.is(q, bNotName) && q != s.t0 {
				if cs < 0 {
					cs = q
				}
				ce = q + 1
			} else if cs >= 0 {
				break
			}
		}
		if cs >= 0 {
			if e, _ := d.gazMatch(cs, end); e == nil {
				m.actor = d.acronymOrGroup(d.text[d.toks[cs].Start:d.toks[ce-1].End])
			}
		}
	}
	if m.actor < 0 {
		m.kind = mDesc
		// qualifier: "a union official" -> union
		for q := j; q < rEnd-1; q++ {
			if d.word(q) && !d.is(q, bDet) {
				m.head = d.lw(q) + " " + head
			}
		}
	}
	d.roleOfRole(&m, end)
	d.addMention(m)
	if m.actor >= 0 {
		d.parenAlias(m.t1, end, m.actor)
	}
	return m.t1 - i
}

// speakerHead: role heads of people who speak for an organisation named
// beside them ("a Boeing spokesperson", "a spokesman for Unison").
func speakerHead(head string) bool {
	switch head {
	case "spokesperson", "spokesman", "spokeswoman", "executive", "official", "negotiator":
		return true
	}
	return false
}

// rolePrep reads the party after a role: "in Washington", "of the
// National Merchant Marine Union", "a spokesman for Unison" (a new
// organisation); "Western diplomats in Vienna" do not speak for Austria.
func (d *doc) rolePrep(si, j int, m *mention, rEnd int, head string) {
	end := d.sents[si].t1
	if rEnd >= end || !d.is(rEnd, bRolePrep) || !d.word(rEnd) {
		return
	}
	q := rEnd + 1
	if d.lw(q) == "the" {
		q++
	}
	spoke := head == "spokesman" || head == "spokeswoman" || head == "spokesperson" || head == "official" || head == "representative" || head == "leader"
	pa, pn := -1, 0
	if ai := d.localAt(q); ai >= 0 {
		pa, pn = ai, 1
	} else if ai, f, n := d.gazAt(q, end); n > 0 && f != gazetteer.NonParty && !(f == gazetteer.Adj && d.cap(q+n)) {
		// (not "the office of Israeli Prime Minister ...": the
		// demonym belongs to the title that follows)
		pa, pn = ai, n
	} else if ai, n := d.orgAt(si, q, end); n > 0 {
		pa, pn = ai, n
	} else if gi, n := d.groupNP(si, q, end); n > 0 && spoke {
		pa, pn = gi, n
	} else if spoke || head == "officials" || head == "statement" {
		// "a spokesman for Unison": an organisation new to us
		if ns, ne := d.nameSeq(si, q, end); ne-ns == 1 {
			if _, known := d.surname[d.lw(ns)]; !known {
				pa, pn = d.actorFor(d.surf(ns), KindGroup), 1
			}
		}
	}
	if pa >= 0 && m.actor < 0 && (head == "diplomats" || head == "diplomat" || outsiders[d.lw(j)]) && d.lw(rEnd) == "in" {
		pa = -1
	}
	if pa >= 0 && (d.lw(rEnd) != "to" || head == "ambassador" || head == "envoy") {
		if m.actor < 0 {
			m.actor = pa
		}
		m.t1 = q + pn
		m.be = d.toks[q+pn-1].E()
		d.attach(pa, d.toks[q].S(), d.toks[q+pn-1].E())
		d.parenAlias(q+pn, end, pa)
	}
}

// roleOfRole extends a role mention over the role of a role: "the Afghan
// government's chief negotiator".
func (d *doc) roleOfRole(m *mention, end int) {
	if m.actor < 0 || m.t1+1 >= end || d.toks[m.t1].Kind != tokens.Poss {
		return
	}
	for q := m.t1 + 1; q < end && q < m.t1+4; q++ {
		if d.is(q, bRole) {
			for q+1 < end && d.is(q+1, bRole) {
				q++
			}
			m.t1, m.be = q+1, d.toks[q].E()
			m.head = d.lw(q)
			return
		}
		if !d.word(q) || d.is(q, bStop) {
			return
		}
	}
}

// bareName reads a mention that starts with no determiner: parts of a
// hyphenated word, a company named after its kind, a person's name, an
// acronym.
func (d *doc) bareName(si, i, depth int) int {
	s := d.sents[si]
	end := s.t1
	t := &d.toks[i]
	// Hyphenated words naming parties: "Lebanese-Israeli", "Iran-allied".
	if strings.IndexByte(d.surf(i), '-') > 0 {
		d.hyphenParts(i)
	}
	// "the state oil company Petrobras": a company named after its kind
	if d.cap(i) && i > s.t0 && !d.cap(i-1) && d.is(i-1, bCompany) {
		if ns, ne := d.nameSeq(si, i, end); ne > ns {
			ai := d.actorFor(foldSpace(d.text[d.toks[ns].S():d.toks[ne-1].E()]), KindGroup)
			d.addMention(mention{t0: ns, t1: ne, bs: d.toks[ns].S(), be: d.toks[ne-1].E(), actor: ai, kind: mName})
			d.parenAlias(ne, end, ai)
			return ne - i
		}
	}
	// A name: a known person, or a new one with an appositive role.
	if ns, ne := d.nameSeq(si, i, end); ne > ns {
		return d.personName(si, i, ns, ne, depth)
	}
	// An unknown acronym: "SAG-AFTRA said"; but "RED TV" is a news outlet.
	if t.Flags&tokens.Upper != 0 && i+1 < end && d.is(i+1, bOutlet) && (d.cap(i+1) || d.toks[i+1].Flags&tokens.Upper != 0) {
		d.addMention(mention{t0: i, t1: i + 2, bs: t.S(), be: d.toks[i+1].E(), actor: -1, kind: mNon})
		return 2
	}
	if t.Flags&tokens.Upper != 0 && !d.is(i, bNotAcr) && (t.E()-t.S() <= 12 && i > s.t0 || i == s.t0 && d.isCue(i+1, end)) {
		ai := d.acronymActor(d.surf(i))
		d.addMention(mention{t0: i, t1: i + 1, bs: t.S(), be: t.E(), actor: ai, kind: mName})
		return 1
	}
	return 0
}

// personName records the person named by tokens [ns, ne): a known one,
// or a new one when an appositive or a verb of saying follows.
func (d *doc) personName(si, i, ns, ne, depth int) int {
	s := d.sents[si]
	end := s.t1
	if ai, ok := d.surname[d.lw(ne-1)]; ok {
		d.addMention(mention{t0: ns, t1: ne, bs: d.toks[ns].S(), be: d.toks[ne-1].E(), actor: ai, kind: mPerson, person: true})
		return ne - i
	}
	nx := ne
	for nx < end && nx < ne+3 && d.is(nx, bAux) {
		nx++
	}
	if ne-ns >= 2 && !d.is(ns-1, bPlacePrep) && (d.lw(ne) == "," || d.isCue(nx, end) || d.lw(ns-1) == "," && ns > s.t0) {
		party := -1
		// "The head of the National Merchant Marine Authority, Murilo
		// Rubens Habbema, was quoted": the role before the name
		if d.lw(ns-1) == "," && len(d.ments) > 0 {
			if m := d.ments[len(d.ments)-1]; m.t1 == ns-1 && m.actor >= 0 && (m.kind == mRole || m.kind == mName) && int(d.sentOf[m.t0]) == si {
				party = m.actor
			}
		}
		return d.person(si, party, ns, ns, ns, ne, depth) - i
	}
	return 0
}

// parenAlias: "National Union of Maritime Navigation Companies (Syndarma)".
func (d *doc) parenAlias(p, end, ai int) {
	if ai < 0 || p+2 >= end || d.text[d.toks[p].S():d.toks[p].E()] != "(" {
		return
	}
	q := p + 1
	if !d.cap(q) || d.text[d.toks[q+1].S():d.toks[q+1].E()] != ")" {
		return
	}
	w := d.surf(q)
	if e := d.a.gaz.MatchWord(w); e != nil && e.Form == gazetteer.NonParty {
		return
	}
	if d.local == nil {
		d.local = map[string]int{}
	}
	if _, ok := d.local[w]; !ok {
		d.local[w] = ai
	}
	d.addMention(mention{t0: q, t1: q + 1, bs: d.toks[q].S(), be: d.toks[q].E(), actor: ai, kind: mName})
}

func (d *doc) hyphenParts(i int) {
	t := d.toks[i]
	w := d.text[t.S():t.E()]
	off := 0
	for _, part := range strings.Split(w, "-") {
		if part != "" {
			if e := d.a.gaz.MatchWord(part); e != nil && e.Form != gazetteer.NonParty {
				ai := d.actorFor(e.Actor, kindOf(e.Kind))
				d.addMention(mention{t0: i, t1: i + 1, bs: t.S() + off, be: t.S() + off + len(part), actor: ai, kind: mAdj})
			}
		}
		off += len(part) + 1
	}
}

func (d *doc) orgKind(i int) string {
	if !d.is(i, bSuffixLow) {
		return ""
	}
	return d.a.gaz.Suffixes[d.surf(i)]
}

// gazEndsAt reports whether a gazetteer name ends right before token q,
// starting at or after token j ("Puerto Rico" before "'s").
func (d *doc) gazEndsAt(j, q int) bool {
	for k := q - 1; k >= j && k >= q-4; k-- {
		if e, n := d.gazMatch(k, q); e != nil && k+n == q {
			return true
		}
	}
	return false
}

// stateNamedBefore returns the one state named in the three sentences
// before token j (not as a place only), -1 when none or several.
func (d *doc) stateNamedBefore(j int) int {
	found := -1
	si := int(d.sentOf[j])
	// (the mentions found so far, last first: the finder works in text order)
	for k := len(d.ments) - 1; k >= 0; k-- {
		m := d.ments[k]
		if m.t0 >= j {
			continue
		}
		if int(d.sentOf[m.t0]) < si-3 {
			break
		}
		if m.actor < 0 || m.kind == mNon || d.placeOnly(m) || d.actors[d.final(m.actor)].kind != KindState {
			continue
		}
		if a := d.final(m.actor); found >= 0 && found != a {
			return -1
		} else {
			found = a
		}
	}
	return found
}

// statePossessor returns the state whose name ends in a possessive right
// before token j ("Russia's …"), -1.
func (d *doc) statePossessor(j int) int {
	if j < 2 || !d.isPoss(j-1) {
		return -1
	}
	for k := j - 2; k >= 0 && k >= j-5; k-- {
		if e, n := d.gazMatch(k, j-1); e != nil && k+n == j-1 && e.Kind == "state" && e.Form == gazetteer.Name {
			return d.actorFor(e.Actor, KindState)
		}
	}
	return -1
}

// orgAt finds an unknown organisation name at j: a capitalised phrase that
// ends in an organisation word ("National Merchant Marine Union").
func (d *doc) orgAt(si, j, end int) (int, int) {
	if d.sents[si].headline || !d.cap(j) || d.is(j, bNotName) && d.lw(j) != "the" {
		return -1, 0
	}
	// The name must end in an organisation word within reach of the walk
	// below (10 tokens, the last possibly a gazetteer name): none, no name.
	suffix := false
	for e := j + 1; e < end && e < j+10+d.a.gaz.MaxWords(); e++ {
		if d.is(e, bSuffixLow) {
			suffix = true
			break
		}
	}
	if !suffix {
		return -1, 0
	}
	q, lastCap := j, -1
	for q < end && q-j < 10 {
		if d.cap(q) {
			if e, n := d.gazMatch(q, end); e != nil && e.Form != gazetteer.NonParty && q > j && n > 0 && e.Kind == "state" {
				// a state name inside ("Bank of Japan") is part of the name
				lastCap = q + n - 1
				q += n
				continue
			}
			lastCap = q
			q++
			continue
		}
		w := d.lw(q)
		if (w == "of" || w == "and" || w == "for" || w == "the" || w == "&" || w == "de") && d.cap(q+1) && q > j {
			q++
			continue
		}
		if d.isPoss(q) && q > j && d.cap(q+1) {
			// "Tigray People's Liberation Front": a possessive inside the
			// name (not after a place: "Britain's Labour Party")
			if !d.gazEndsAt(j, q) {
				q++
				continue
			}
		}
		break
	}
	for e := lastCap; e > j; e-- {
		if !d.is(e, bSuffixLow) {
			continue
		}
		if _, ok := d.a.gaz.Suffixes[d.surf(e)]; ok {
			if d.titleMatch(e+1, end) > 0 && d.cap(e+2) {
				// "Central Bank Governor Jose Fernandez": part of a title
				return -1, 0
			}
			// "National Merchant Marine Authority": a state body of the
			// dateline's country
			if nationalBodies[d.surf(e)] && (d.lw(j) == "national" || d.lw(j) == "state" || d.lw(j) == "federal") {
				// (the dateline's country, else the one state named in the
				// sentences before: "Kenya … The National Treasury said")
				if st := d.dateline; st >= 0 {
					return st, e - j + 1
				}
				if st := d.stateNamedBefore(j); st >= 0 {
					return st, e - j + 1
				}
			}
			if st := d.statePossessor(j); st >= 0 && (nationalBodies[d.surf(e)] || d.surf(e) == "Service") {
				// "Russia's Federal Security Service", "Japan's Fisheries
				// Agency": a body of the state's
				return st, e - j + 1
			}
			last := e
			if e < lastCap && d.lw(e+1) == "of" {
				last = lastCap // "National Union of Shipowners": the body's noun, then whose
			}
			name := foldSpace(d.text[d.toks[j].S():d.toks[last].E()])
			e = last
			kind := KindGroup
			if d.a.gaz.Suffixes[d.surf(e)] == "organization" {
				kind = KindOrganization
			}
			return d.actorFor(name, kind), e - j + 1
		}
	}
	return -1, 0
}
