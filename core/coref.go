package core

import (
	"slices"
	"sort"
	"strings"

	"parley/core/tokens"
)

// Who a source is: the mentions of the parties indexed by sentence, and
// the look-backs that resolve a pronoun or a description ("the union",
// "the two sides") to the party last named so.

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
		v, ok := d.headMemo[head]
		if !ok {
			v = d.byHeadScan(head, before, -1)
			if d.headMemo == nil {
				d.headMemo = map[string]int{}
			}
			d.headMemo[head] = v
		}
		if v >= 0 && !d.namedBy(v, before) {
			// ("the paramilitary group" before the "Norwegian Refugee
			// Group" is named: the group named before it, when there is
			// one) the scan again, rarely
			if w := d.byHeadScan(head, before, before); w >= 0 {
				return w
			}
		}
		return v
	}
	if w := d.byHeadScan(head, before, before); w >= 0 {
		return w
	}
	// (none named before: the lede's "the union representing …" may be
	// named in the next sentences)
	return d.byHeadScan(head, before, -1)
}

// namedBy reports whether actor ai has a mention that starts before token
// t (any mention when t is out of range).
func (d *doc) namedBy(ai, t int) bool {
	if t < 0 || t >= len(d.toks) {
		return true
	}
	if len(d.actors[ai].mentions) == 0 {
		// a party made of a source late: its mention is among the last
		// (bounded, so that the scan stays short)
		for k := len(d.ments) - 1; k >= 0 && k >= len(d.ments)-64; k-- {
			if m := d.ments[k]; m.actor >= 0 && d.final(m.actor) == ai && m.t0 < t {
				return true
			}
		}
		return false
	}
	at := d.toks[t].S()
	for _, m := range d.actors[ai].mentions {
		if m.Start < at {
			return true
		}
	}
	return false
}

func (d *doc) byHeadScan(head string, before, namedBefore int) int {
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
		if a := d.actors[ai]; !a.merged && (a.kind != KindState || h == "government" || h == "administration") && contains(a.heads, h) && a.count > bc && (namedBefore < 0 || d.namedBy(ai, namedBefore)) {
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
		if (strings.HasSuffix(name, sfx) || strings.HasSuffix(name, sfxs)) && (namedBefore < 0 || a.merged || d.namedBy(ai, namedBefore)) {
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
			if !a.merged && a.kind == KindGroup && companySuffix[lastWord(a.name)] && a.count > bc && (namedBefore < 0 || d.namedBy(ai, namedBefore)) {
				best, bc = ai, a.count
			}
		}
		return best
	}
	if h == "union" {
		// a labour body: "... Association", "... Federation"
		for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
			a := d.actors[ai]
			if !a.merged && a.kind == KindGroup && labourBodies[lastWord(a.name)] && a.count > bc && (namedBefore < 0 || d.namedBy(ai, namedBefore)) {
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
			if !a.merged && a.kind == KindGroup && !a.person && (isInitials(a.name) || labourName(a.name)) && a.count > bc && (namedBefore < 0 || d.namedBy(ai, namedBefore)) {
				best, bc = ai, a.count
			}
		}
		return best
	}
	if h == "group" || h == "guild" || h == "association" {
		for ai := len(d.actors) - 1; ai >= 0 && ai >= len(d.actors)-maxScanActors; ai-- {
			a := d.actors[ai]
			if a.kind == KindGroup && a.count > bc && !a.person && (namedBefore < 0 || d.namedBy(ai, namedBefore)) {
				best, bc = ai, a.count
			}
		}
	}
	return best
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

// topTwo returns the two actors mentioned most often before token t (not
// persons, not commentators), or -1s; ties go to the earlier named.
// Parties in except are left out (the speaker of "… told reporters that
// both delegations had agreed": not one of them).
func (d *doc) topTwo(t int, except ...int) (int, int) {
	counts := map[int]int{}
	first := map[int]int{}
	si := int(d.sentOf[min(t, len(d.sentOf)-1)])
	for k := max(0, si-40); k <= si; k++ {
		for _, mi := range d.sment[k] {
			m := d.ments[mi]
			if m.t0 >= t || m.actor < 0 || d.actors[m.actor].person || d.actors[m.actor].nonParty || m.kind == mNon || slices.Contains(except, d.final(m.actor)) ||
				d.placeOnly(m) { // ("talks in Doha", "BRUSSELS, March 3 -": a venue)
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

// isPluralName: "the creditors", "the unions" (a group named by a plural).
func (d *doc) isPluralName(m mention) bool {
	return m.t1 > 0 && d.is(m.t1-1, bGroup)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// stateBefore returns the state named last before token t, or -1.
func (d *doc) stateBefore(t int) int {
	if d.stateMents == nil {
		d.stateMents = []int{}
		for mi, m := range d.ments {
			if m.actor >= 0 && d.actors[m.actor].kind == KindState && !d.inDateline(m.t0) {
				d.stateMents = append(d.stateMents, mi) // (not "BRUSSELS, March 3 -": where it was filed)
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

var descHeads = set("union", "bank", "ministry", "committee", "group", "company", "association", "council",
	"government", "administration", "party", "movement", "agency", "commission", "authority", "federation", "guild")

var companySuffix = set("Corp", "Co", "Inc", "Ltd", "Company", "Plc", "Corporation", "Group", "AG", "SA", "NV", "LLC")

var labourBodies = set("Union", "Unions", "Association", "Federation", "Confederation", "Guild", "Syndicate", "Congress", "Council")

var labourWords = set("Workers", "Employees", "Machinists", "Teamsters", "Nurses", "Teachers", "Miners", "Dockers", "Pilots", "Drivers")

// maxScanActors bounds scans over the actors of a long text (the most
// recently created are the likely referents).
const maxScanActors = 400

// isPoss reports whether token i is a possessive 's.
func (d *doc) isPoss(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].Kind == tokens.Poss }

// mentionActor resolves a mention's actor (descriptions by their head).
func (d *doc) mentionActor(m mention) int {
	if m.actor >= 0 {
		return m.actor
	}
	if m.kind == mDesc {
		return d.byHead(m.head, m.t0)
	}
	return -1
}
