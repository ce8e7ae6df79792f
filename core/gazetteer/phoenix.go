package gazetteer

import (
	"strings"

	"parley/core/phoenix"
	"parley/core/vocab"
)

// addPhoenix feeds the Phoenix dictionaries of PETRARCH2 (package
// phoenix) into the gazetteer, after the country list: intergovernmental
// organisations and non-state groups by every alias (records that share a
// CAMEO code are one party: "United Nations", "UN Security Council"), and
// the people who spoke for a state, an organisation or a group since 2010
// as names of that party ("Netanyahu" names Israel). A form another actor
// already has keeps its actor.
func (g *Gazetteer) addPhoenix() {
	states := g.phoenixStates()
	for _, set := range []struct {
		parties []phoenix.Party
		kind    string
	}{{phoenix.Organizations(), "organization"}, {phoenix.Groups(), "group"}} {
		canon := map[string]string{} // code -> canonical name
		for i := range set.parties {
			p := &set.parties[i]
			name := p.Display()
			if c, ok := canon[p.Code]; ok && p.Code != "IGO" {
				name = c
			} else {
				canon[p.Code] = name
			}
			g.addForms(name, set.kind, p.Name, p.Aliases)
			for _, m := range p.Members {
				g.addForms(name, set.kind, m.Name, m.Aliases)
			}
		}
	}
	for _, p := range phoenix.States() {
		name, ok := states[p.Code]
		if !ok {
			continue
		}
		for _, m := range p.Members {
			g.addForms(name, "state", m.Name, m.Aliases)
		}
	}
}

// addForms adds a name and its aliases as forms of actor canon; forms of
// a single short word, or that are all lower case in the source and one
// common word, are left out (they would match running text).
func (g *Gazetteer) addForms(canon, kind, name string, aliases []string) {
	for _, a := range append([]string{name}, aliases...) {
		if !usableForm(a) {
			continue
		}
		g.Add(displayForm(a), canon, kind, Name)
	}
}

// usableForm: at least four letters, or an acronym of two or more.
func usableForm(a string) bool {
	letters, upper := 0, 0
	for _, r := range a {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
			upper++
		case r >= 'a' && r <= 'z' || r > 0x7f:
			letters++
		}
	}
	if upper == letters {
		return letters >= 2
	}
	return letters >= 4
}

// displayForm writes a lower-case source alias as a name ("hezbollah" →
// "Hezbollah"); acronyms stay as they are.
func displayForm(a string) string {
	if strings.ToLower(a) != a {
		return a
	}
	return phoenix.Display(a)
}

// phoenixStates maps the Phoenix code of each state to the canonical name
// the gazetteer already has for it, found by one of its names.
func (g *Gazetteer) phoenixStates() map[string]string {
	out := map[string]string{}
	for _, p := range phoenix.States() {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if e := g.MatchWords(n); e != nil && e.Kind == string(vocab.KindState) && e.Form == Name {
				out[p.Code] = e.Actor
				break
			}
		}
	}
	return out
}

// MatchWords returns the entry whose words are exactly those of a
// lower-case phrase, or nil.
func (g *Gazetteer) MatchWords(phrase string) *Entry {
	w := strings.Fields(strings.ToLower(phrase))
	if len(w) == 0 {
		return nil
	}
	for _, idx := range g.first[w[0]] {
		if e := &g.entries[idx]; eqWords(e.Words, w) {
			return e
		}
	}
	return nil
}
