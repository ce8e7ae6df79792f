package main

import (
	"sort"
	"strings"
)

// Party is a state, an international organisation or a non-state group,
// with the people (and a few bodies) listed under it.
type Party struct {
	Code    string // the party's code: "LBN", "IGOUNO", "LBNREB"
	Name    string
	Aliases []string
	Codes   []Code // every code of its record, with dates
	Members []*Record
	plain   bool // its name comes from a record with the code undated
}

// Tables is what the converter writes.
type Tables struct {
	States, Orgs, Groups []*Party
	Agents               []Agent
	Stats                BuildStats
	since                int
}

// BuildStats counts what was kept and dropped.
type BuildStats struct {
	States, StateAliases, Members, MemberRoles        int
	DroppedMembers, DroppedRoles, DroppedAliasesAgent int
	DroppedBefore                                     int // members whose roles all ended before since
	MergedStates                                      int // state records merged into an earlier one of the same code
	DuplicateAliases                                  int // aliases repeated in a record or equal to its name
	Orgs, OrgAliases, OrgMembers, DroppedIntl         int
	Groups, GroupAliases, GroupMembers, Acronyms      int
	DroppedIntlByKind                                 map[string]int
	RolesKept                                         []string
}

// stateRoles are the roles of a state's people that speak for it in
// negotiation news: the government (heads of state and government and
// ministers: the file's GOV; it has no separate code for foreign
// ministers or negotiators), defence (GOVMIL), economy, trade and finance
// (GOVBUS), and military commanders (MIL). Elites out of office (ELI),
// other portfolios (agriculture, health, media, justice, ...), legislators,
// opposition and rebels are dropped.
var stateRoles = map[string]bool{"GOV": true, "GOVMIL": true, "GOVBUS": true, "MIL": true}

// isStateCode reports a three-letter country code ("LBN").
func isStateCode(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// Build classifies the records of the three actor files and filters them:
// a member (person) is kept only if one of its kept roles lasts until since
// (yyyymmdd) or later, or is open-ended.
func Build(countries, intl, milNonState []*Record, agents []Agent, since int) *Tables {
	t := &Tables{Agents: agents, since: since, Stats: BuildStats{DroppedIntlByKind: map[string]int{}}}
	nouns := map[string]bool{}
	for _, a := range agents {
		nouns[a.Noun] = true
	}
	for _, r := range append(append(append([]*Record(nil), countries...), intl...), milNonState...) {
		t.Stats.DuplicateAliases += dedupe(r)
		t.Stats.DroppedAliasesAgent += dropAgentAliases(r, nouns)
		t.Stats.Acronyms += markAcronyms(r)
	}
	t.buildStates(countries)
	for _, p := range t.States {
		t.Stats.States++
		t.Stats.StateAliases += len(p.Aliases)
	}
	t.Orgs = t.buildParties(intl, func(c string) bool { return strings.HasPrefix(c, "IGO") }, &t.Stats.OrgMembers)
	t.Groups = t.buildParties(milNonState, func(c string) bool { return true }, &t.Stats.GroupMembers)
	for _, r := range intl {
		if partyCode(r, func(c string) bool { return strings.HasPrefix(c, "IGO") }) == "" {
			t.Stats.DroppedIntl++
			k := "none"
			if len(r.Codes) > 0 && len(r.Codes[0].Code) >= 3 {
				k = r.Codes[0].Code[:3]
			}
			t.Stats.DroppedIntlByKind[k]++
		}
	}
	for _, p := range t.Orgs {
		t.Stats.Orgs++
		t.Stats.OrgAliases += len(p.Aliases)
	}
	for _, p := range t.Groups {
		t.Stats.Groups++
		t.Stats.GroupAliases += len(p.Aliases)
	}
	for r := range stateRoles {
		t.Stats.RolesKept = append(t.Stats.RolesKept, r)
	}
	sort.Strings(t.Stats.RolesKept)
	return t
}

// buildStates: a record with a three-letter code is a state; the records
// after it, up to the next state, are its people and bodies.
func (t *Tables) buildStates(recs []*Record) {
	var cur *Party
	byCode := map[string]*Party{}
	for _, r := range recs {
		if code := stateCode(r); code != "" {
			if prev := byCode[code]; prev != nil {
				// Another record of the same state (a region, a city, a second
				// spelling): its names join the first record's aliases, unless
				// it is the state's own record (an undated code) and the first
				// was not (a city coded by date, "Leipzig": DDR, then DEU).
				if !prev.plain && plainCode(r, code) {
					prev.Name, r.Name = r.Name, prev.Name
					prev.plain = true
				}
				mergeInto(prev, r)
				cur = prev
				t.Stats.MergedStates++
				continue
			}
			cur = &Party{Code: code, Name: r.Name, Aliases: r.Aliases, Codes: r.Codes, plain: plainCode(r, code)}
			byCode[code] = cur
			t.States = append(t.States, cur)
			continue
		}
		if cur == nil {
			continue
		}
		var kept []Code
		for _, c := range r.Codes {
			if len(c.Code) > 3 && stateRoles[c.Code[3:]] {
				kept = append(kept, c)
			} else {
				t.Stats.DroppedRoles++
			}
		}
		if len(kept) == 0 {
			t.Stats.DroppedMembers++
			continue
		}
		if !t.current(kept) {
			t.Stats.DroppedBefore++
			continue
		}
		r.Codes = kept
		cur.Members = append(cur.Members, r)
		t.Stats.Members++
		t.Stats.MemberRoles += len(kept)
	}
}

// plainCode reports a record that has code without dates.
func plainCode(r *Record, code string) bool {
	for _, c := range r.Codes {
		if c.Code == code && c.From == 0 && c.To == 0 {
			return true
		}
	}
	return false
}

// mergeInto adds a record's name, aliases and codes to a party.
func mergeInto(p *Party, r *Record) {
	for _, a := range append([]string{r.Name}, r.Aliases...) {
		if a != p.Name && !contains(p.Aliases, a) {
			p.Aliases = append(p.Aliases, a)
		}
	}
	for _, c := range r.Codes {
		if !containsCode(p.Codes, c) {
			p.Codes = append(p.Codes, c)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsCode(list []Code, c Code) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// stateCode returns the current three-letter code of a state record: an
// open-ended or undated one first, else the latest.
func stateCode(r *Record) string {
	best, bestTo := "", -1
	for _, c := range r.Codes {
		if !isStateCode(c.Code) {
			continue
		}
		to := c.To
		if to == 0 {
			to = 99999999
		}
		if to > bestTo {
			best, bestTo = c.Code, to
		}
	}
	return best
}

// partyCode returns the first code of a record that keep accepts.
func partyCode(r *Record, keep func(string) bool) string {
	for _, c := range r.Codes {
		if keep(c.Code) {
			return c.Code
		}
	}
	return ""
}

// buildParties keeps the records with a code keep accepts. A record whose
// kept codes are all dated (a secretary-general, a group's leader) is a
// member of the party whose undated record has the same code, when there
// is one; every other record is a party of its own.
func (t *Tables) buildParties(recs []*Record, keep func(string) bool, members *int) []*Party {
	var parties []*Party
	byCode := map[string]*Party{}
	var dated []*Record
	for _, r := range recs {
		code := partyCode(r, keep)
		if code == "" {
			continue
		}
		if allDated(r, keep) {
			dated = append(dated, r)
			continue
		}
		p := &Party{Code: code, Name: r.Name, Aliases: r.Aliases, Codes: r.Codes}
		parties = append(parties, p)
		if byCode[code] == nil {
			byCode[code] = p
		}
	}
	for _, r := range dated {
		code := partyCode(r, keep)
		r.Codes = memberCodes(r.Codes, keep)
		if !t.current(r.Codes) {
			t.Stats.DroppedBefore++
			continue
		}
		if p := byCode[code]; p != nil {
			p.Members = append(p.Members, r)
			*members++
			continue
		}
		parties = append(parties, &Party{Code: code, Name: r.Name, Aliases: r.Aliases, Codes: r.Codes})
	}
	return parties
}

// current reports whether one of the roles lasts until t.since or later.
func (t *Tables) current(cs []Code) bool {
	for _, c := range cs {
		if c.To == 0 || c.To >= t.since {
			return true
		}
	}
	return false
}

// memberCodes keeps a member's codes of its party's kind and its roles
// in a state's government ("[KORGOVBUS ...]" of a later UN chief).
func memberCodes(codes []Code, keep func(string) bool) []Code {
	var out []Code
	for _, c := range codes {
		if keep(c.Code) || len(c.Code) > 3 && isStateCode(c.Code[:3]) && stateRoles[c.Code[3:]] {
			out = append(out, c)
		}
	}
	return out
}

func allDated(r *Record, keep func(string) bool) bool {
	for _, c := range r.Codes {
		if keep(c.Code) && c.From == 0 && c.To == 0 {
			return false
		}
	}
	return true
}

// dedupe drops aliases repeated in a record or equal to its name.
func dedupe(r *Record) int {
	seen := map[string]bool{r.Name: true}
	kept := r.Aliases[:0]
	for _, a := range r.Aliases {
		if !seen[a] {
			seen[a] = true
			kept = append(kept, a)
		}
	}
	n := len(r.Aliases) - len(kept)
	r.Aliases = kept
	return n
}

// dropAgentAliases removes synonyms that are role nouns of the agents
// file ("organization", "police"): such an alias would make every use of
// the noun a mention of the actor. The record's own name stays.
func dropAgentAliases(r *Record, nouns map[string]bool) int {
	kept := r.Aliases[:0]
	n := 0
	for _, a := range r.Aliases {
		if nouns[a] {
			n++
			continue
		}
		kept = append(kept, a)
	}
	r.Aliases = kept
	return n
}
