package gazetteer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"parley/core/phoenix"
	"parley/core/vocab"
)

// This file builds data/forms.tsv. The app never runs it: only
// cmd/gazetteer-forms and the tests call Forms, so the linker leaves it,
// the actor files it reads (baseFS) and the Phoenix actor tables out of
// app.wasm.

// FormsCommand writes data/forms.tsv.
const FormsCommand = "go run ./cmd/gazetteer-forms"

// phoenixInputs are the tables of package phoenix the forms come from.
var phoenixInputs = []string{"states.tsv", "organizations.tsv", "groups.tsv", "members.tsv"}

// Forms returns data/forms.tsv as the embedded data make it: every entry
// of the gazetteer built by adding the forms one at a time — those of
// the actor files (loadBase), then those that the Phoenix dictionaries
// add (see addPhoenix) — sorted by first word (stable, so entries of one
// first word keep the order they were added in, which is the order Match
// prefers them in), after a header naming the inputs with their digests.
// The same inputs give the same bytes.
func Forms() ([]byte, error) {
	g := loadBase()
	base := slices.Clone(g.entries)
	addPhoenix(g)
	for i := range base {
		if e := g.entries[i]; e.Actor != base[i].Actor || e.Exact != base[i].Exact || e.Form != base[i].Form {
			return nil, fmt.Errorf("a Phoenix form replaced the entry %q of %s", strings.Join(e.Words, " "), base[i].Actor)
		}
	}
	all := slices.Clone(g.entries)
	slices.SortStableFunc(all, func(a, b Entry) int { return strings.Compare(a.Words[0], b.Words[0]) })
	var b bytes.Buffer
	if err := formsHeader(&b, maxWords(all)); err != nil {
		return nil, err
	}
	// actors none of whose forms is left (another actor has them all)
	// still have their kind, as when they were added: a line without words
	named := map[string]bool{}
	for _, e := range all {
		named[e.Actor] = true
	}
	var bare []Entry
	for actor, kind := range g.kinds {
		if !named[actor] {
			bare = append(bare, Entry{Actor: actor, Kind: kind})
		}
	}
	slices.SortFunc(bare, func(a, b Entry) int { return strings.Compare(a.Actor, b.Actor) })
	for _, e := range append(bare, all...) {
		if err := formLine(&b, &e); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// maxWords is the number of words of the longest entry.
func maxWords(es []Entry) int {
	n := 0
	for _, e := range es {
		n = max(n, len(e.Words))
	}
	return n
}

func formsHeader(b *bytes.Buffer, longest int) error {
	b.WriteString("# forms.tsv: every form of the gazetteer: the states, organisations and groups of its own files\n" +
		"# (countries.tsv, states_extra.tsv, organizations.tsv, nonparties.tsv), then the forms that the Phoenix\n" +
		"# dictionaries of PETRARCH2 (core/phoenix) add: intergovernmental organisations and non-state groups by every\n" +
		"# alias, and the people who spoke for a state, an organisation or a group since 2010 as names of that party.\n" +
		"# Precomputed so that the app does not build them at start-up; core/gazetteer searches them as a read-only\n" +
		"# tier, after the aliases a reader adds.\n" +
		"# The gazetteer's own forms come from its files (countries.tsv is derived from mledoze/countries: credit\n" +
		"# \"mledoze/countries, ODbL\"; the others are hand-made for Parley); the app ships this file and not them.\n" +
		"# The Phoenix forms are derived from core/phoenix/data (from openeventdata/petrarch2 @\n" +
		"# 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/), the Phoenix dictionaries of\n" +
		"# PETRARCH2, under the MIT licence of the Open Event Data Alliance, whose notice (from the header of\n" +
		"# core/phoenix/data/states.tsv) ends this header: the app ships this file and not states.tsv. Which Phoenix\n" +
		"# forms are left out, and the names of states, depend on the gazetteer's own files.\n")
	for _, n := range phoenixInputs {
		data := phoenix.ActorFile(n)
		if data == nil {
			return fmt.Errorf("no embedded phoenix table %s", n)
		}
		digest(b, "core/phoenix/data/"+n, data)
	}
	for _, n := range baseFiles {
		data, err := baseFS.ReadFile(n)
		if err != nil {
			return err
		}
		digest(b, "core/gazetteer/"+n, data)
	}
	b.WriteString("# Written by: " + FormsCommand + " (core/gazetteer/forms.go)\n" +
		"# Do not edit: change the generator or its inputs and run it again (same inputs, same bytes).\n" +
		"#\n")
	notice, err := mitNotice(phoenix.ActorFile("states.tsv"))
	if err != nil {
		return err
	}
	b.WriteString(notice)
	fmt.Fprintf(b, "#\n%s%d words\n", longestPrefix, longest)
	b.WriteString("#\n" +
		"# words (lower-cased tokens, one space apart; sorted by the first)\texact (the surface when its case must match)\tactor\tkind\tform\n" +
		"# (the first lines, without words or form, give the kind of an actor none of whose forms is left: another actor has them)\n")
	return nil
}

// mitNotice returns the comment lines of the MIT notice in the header of
// states.tsv, from its title to its last line.
func mitNotice(states []byte) (string, error) {
	const first, last = "# The MIT License (MIT)\n", "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
	h := string(states)
	i := strings.Index(h, first)
	j := strings.Index(h, last)
	if i < 0 || j < i {
		return "", errors.New("no MIT notice in the header of core/phoenix/data/states.tsv")
	}
	return h[i : j+len(last)], nil
}

func digest(b *bytes.Buffer, name string, data []byte) {
	sum := sha256.Sum256(data)
	fmt.Fprintf(b, "# input %s sha256 %s\n", name, hex.EncodeToString(sum[:8]))
}

// formLine writes an entry as a line of the forms file; an entry without
// words and form as the line of an actor's kind alone.
func formLine(b *bytes.Buffer, e *Entry) error {
	if len(e.Words) == 0 && e.Form == 0 && e.Exact == "" && e.Actor != "" && !strings.ContainsAny(e.Actor+e.Kind, "\t\r\n") {
		b.WriteString("\t\t" + e.Actor + "\t" + e.Kind + "\t\n")
		return nil
	}
	if len(e.Words) == 0 {
		return errors.New(e.Actor + ": no words")
	}
	for _, w := range e.Words {
		if w == "" || strings.ContainsAny(w, " \t\r\n") {
			return fmt.Errorf("%s: the word %q cannot be written", e.Actor, w)
		}
	}
	for _, f := range []string{e.Exact, e.Actor, e.Kind} {
		if strings.ContainsAny(f, "\t\r\n") {
			return fmt.Errorf("%s: the field %q cannot be written", e.Actor, f)
		}
	}
	if int(e.Form) >= len(formNames) || formNames[e.Form] == "" {
		return errors.New(e.Actor + ": no form")
	}
	b.WriteString(strings.Join(e.Words, " "))
	for _, f := range []string{e.Exact, e.Actor, e.Kind, formNames[e.Form]} {
		b.WriteByte('\t')
		b.WriteString(f)
	}
	b.WriteByte('\n')
	return nil
}

// addPhoenix feeds the Phoenix dictionaries of PETRARCH2 (package
// phoenix) into the gazetteer, after the country list: intergovernmental
// organisations and non-state groups by every alias (records that share a
// CAMEO code are one party: "United Nations", "UN Security Council",
// unless the code names a kind of actor: "GRCREB"), and
// the people who spoke for a state, an organisation or a group since 2010
// as names of that party ("Netanyahu" names Israel). A form another actor
// already has keeps its actor.
func addPhoenix(g *Gazetteer) {
	states := phoenixStates(g)
	for _, set := range []struct {
		parties []phoenix.Party
		kind    string
	}{{phoenix.Organizations(), "organization"}, {phoenix.Groups(), "group"}} {
		canon := map[string]string{} // code -> canonical name
		for i := range set.parties {
			p := &set.parties[i]
			// ("the united nations" names "United Nations", as the
			// gazetteer's own entry does: one party, not two)
			name := strings.TrimPrefix(p.Display(), "The ")
			if c, ok := canon[p.Code]; ok && !phoenix.Category(p.Code) {
				name = c
			} else {
				canon[p.Code] = name
			}
			addForms(g, name, set.kind, p.Name, p.Aliases)
			for _, m := range p.Members {
				addForms(g, name, set.kind, m.Name, m.Aliases)
			}
		}
	}
	for _, p := range phoenix.States() {
		name, ok := states[p.Code]
		if !ok {
			continue
		}
		for _, m := range p.Members {
			addForms(g, name, "state", m.Name, m.Aliases)
		}
	}
}

// addForms adds a name and its aliases as forms of actor canon; forms of
// a single short word, or that are all lower case in the source and one
// common word, are left out (they would match running text).
func addForms(g *Gazetteer, canon, kind, name string, aliases []string) {
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
func phoenixStates(g *Gazetteer) map[string]string {
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
