package core

import (
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
		if p.form == gazetteer.Adj && p.end < end && d.word(p.end) && !d.cap(p.end) {
			kind = mAdj
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
		if tk := d.titleSeq(k, end, true); tk > 0 {
			if ns, ne := d.nameSeq(si, k+tk, end); ne > ns {
				return d.person(si, p.actor, j, k+tk, ns, ne, depth) - i, k
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
			name := foldSpace(d.text[d.toks[j].S():d.toks[e].E()])
			// "National Merchant Marine Authority": a state body of the
			// dateline's country
			if d.dateline >= 0 && nationalBodies[d.surf(e)] && (d.lw(j) == "national" || d.lw(j) == "state" || d.lw(j) == "federal") {
				return d.dateline, e - j + 1
			}
			kind := KindGroup
			if d.a.gaz.Suffixes[d.surf(e)] == "organization" {
				kind = KindOrganization
			}
			return d.actorFor(name, kind), e - j + 1
		}
	}
	return -1, 0
}

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
		// "Ahmad Shuja, an analyst at ...": commentators are not parties
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
		for q := i; q < s.t1 && q < i+8; q++ {
			if d.isPunct(q, "-") || d.isPunct(q, "—") || d.isPunct(q, "–") {
				break
			}
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

var nationalBodies = set("Authority", "Ministry", "Agency", "Commission", "Department", "Office", "Directorate", "Administration")

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

var commentators = set("analyst", "analysts", "expert", "economist", "professor", "researcher", "correspondent",
	"journalist", "reporter", "commentator", "columnist", "strategist", "historian", "scholar", "fellow")

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
