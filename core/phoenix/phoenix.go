// Package phoenix holds the Phoenix actor and agent dictionaries of
// PETRARCH2 (openeventdata/petrarch2, MIT) as embedded tables: states with
// their aliases and the people who speak for them while in office,
// intergovernmental organisations, armed and other non-state groups, and
// the role nouns ("minister", "rebels", "union") with their agent codes.
//
// The data lives in data/ (formats and provenance in data/README.md):
// states.tsv, organizations.tsv, groups.tsv, members.tsv and agents.tsv
// are written by cmd/convert-phoenix; agentkinds.tsv is hand-made. Each
// table is read once, on first use: the agent nouns by Agent, the actors
// by States, Organizations and Groups. Names and aliases are lower case,
// words joined by one space, except acronyms, which are in capitals
// ("NATO", "WHO") so that a reader can require the capitals.
//
// The engine calls only Agent at run time. The actor tables reach it
// through core/gazetteer, whose Phoenix forms cmd/gazetteer-forms
// precomputes, so the actor files are embedded apart (actorFS) and the
// linker leaves them out of a program that never reads them.
//
// No function of the package panics. Returned slices are shared: do not
// modify them.
package phoenix

import (
	"strings"

	"parley/core/vocab"
)

// Role is the kind Agent returns for a noun naming someone (or a body)
// that speaks for the party it belongs to, such as a minister or a
// spokesman: not a party of its own.
const Role vocab.ActorKind = "role"

// Span is a code with the dates it applies between.
type Span struct {
	Code     string // "LBNGOV", "IGOUNO", "ARM"
	From, To int    // yyyymmdd; 0 = open
}

// Covers reports whether the span applies on a date (yyyymmdd); a span
// without dates always applies.
func (s Span) Covers(date int) bool {
	return (s.From == 0 || date >= s.From) && (s.To == 0 || date <= s.To)
}

// Member is a person (or, rarely, a body such as an army) listed under a
// party, with the roles through which it speaks for the party.
type Member struct {
	Name    string
	Aliases []string
	Roles   []Span
}

// InOffice reports whether one of the member's roles covers a date.
func (m Member) InOffice(date int) bool {
	for _, r := range m.Roles {
		if r.Covers(date) {
			return true
		}
	}
	return false
}

// Party is a state, an intergovernmental organisation or a non-state group.
type Party struct {
	Kind    vocab.ActorKind // KindState, KindOrganization or KindGroup
	Code    string          // its code: "LBN", "IGOUNO", "LBNREB"
	Name    string          // the source's primary name ("lebanon", "NATO")
	Aliases []string
	Codes   []Span // every code of its record, with dates ("USRARM" until 1990, then "ARM")
	Members []Member
}

// Display returns the party's name for display.
func (p *Party) Display() string { return Display(p.Name) }

// States returns the states and territories, in the source's order.
func States() []Party { return getActors().states }

// Organizations returns the intergovernmental organisations. Records that
// share a code are names or parts of one CAMEO actor ("united nations",
// "UN security council": IGOUNO); the bare code "IGO" is shared by
// unrelated organisations.
func Organizations() []Party { return getActors().orgs }

// Groups returns the armed and other non-state groups.
func Groups() []Party { return getActors().groups }

// Agent looks up a lower-case role noun, singular or plural, one or
// several words ("minister", "foreign ministers", "rebels"): its agent
// code (GOV, GOVMIL, LAB, BUS, REB, ...) and the kind of party it points
// to: Role for people and bodies that speak for their party, KindGroup,
// KindOrganization, or "" for nouns that are no party (civilians,
// journalists).
func Agent(lowerNoun string) (code string, kind vocab.ActorKind, ok bool) {
	a, ok := getAgents().get(lowerNoun)
	if !ok {
		return "", "", false
	}
	return a.code, a.kind, true
}

// Category reports whether a CAMEO actor code names a kind of actor and
// not one actor: it ends in a sector or role code of Phoenix.agents.txt
// ("GRCREB": Greek rebels, "IGOUNODEV": the UN's development bodies,
// "IGO" alone). Records that share such a code are different actors;
// records that share any other code ("IGOUNO", "IMGSEAMUSJMA") are one.
func Category(code string) bool {
	if len(code) < 3 {
		return false
	}
	last := code[len(code)-3:]
	found := false
	getAgents().each(func(c string) {
		for i := 0; !found && i+3 <= len(c); i += 3 {
			found = c[i:i+3] == last
		}
	})
	return found || last == "IGO"
}

// smallWords stay lower case inside a displayed name.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true,
	"in": true, "at": true, "to": true, "de": true, "du": true, "des": true, "da": true, "y": true}

// Display title-cases a lower-case name from the tables: "united states
// of america" → "United States of America", "cote d'ivoire" → "Cote
// d'Ivoire", "al-qaeda" → "Al-Qaeda", "u.n. security council" → "U.N.
// Security Council". Words in capitals (acronyms) stay as they are.
func Display(name string) string {
	words := strings.Split(name, " ")
	for i, w := range words {
		switch {
		case w == "" || w != strings.ToLower(w):
		case strings.Contains(w, "."):
			words[i] = strings.ToUpper(w)
		case i > 0 && smallWords[w]:
		default:
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

// titleWord capitalises the first letter of a word and of each part after
// a hyphen or after a one-letter prefix with an apostrophe; the prefixes d
// and l stay small ("d'Ivoire", "l'Hexagone").
func titleWord(w string) string {
	b := []byte(w)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-' || c == '\'' && i == 1
	}
	if len(b) > 2 && b[1] == '\'' && (b[0] == 'D' || b[0] == 'L') {
		b[0] = b[0] - 'A' + 'a' // d'Ivoire, l'Hexagone
	}
	return string(b)
}
