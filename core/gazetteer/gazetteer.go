// Package gazetteer holds the names Parley recognises as parties: states (by
// name, demonym, capital and seat of government), international
// organisations and armed or political groups with their acronyms, and the
// words that are never parties (news outlets, forums). The data lives in
// embedded TSV files under data/ (see data/README.md for provenance).
//
// A Gazetteer is a value: Clone it and Add aliases at run time.
package gazetteer

import (
	"embed"
	"strings"
	"sync"

	"parley/core/tokens"
	"parley/core/tsv"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Form says how a surface form names its actor.
type Form uint8

// Forms of a gazetteer entry.
const (
	Name     Form = iota + 1 // "Lebanon", "OPEC"
	Adj                      // demonym / adjective: "Lebanese"
	Place                    // capital or seat of government: "Beirut", "Baabda"
	NonParty                 // outlet or forum: never an actor
)

// Entry is one surface form.
type Entry struct {
	Actor string   // canonical name
	Kind  string   // state, organization, group, person, outlet, forum
	Form  Form     // how it names the actor
	Words []string // lower-cased tokens
	Exact string   // when set, the surface must match case exactly (acronyms)
}

// Gazetteer is a dictionary of surface forms, indexed by first word.
type Gazetteer struct {
	entries []Entry
	first   map[string][]int32
	kinds   map[string]string
	order   []string // canonical names in load order

	Titles   map[string][][]string // first word -> title word sequences
	Roles    map[string]string     // role noun -> class (speaker, body)
	Suffixes map[string]string     // org-name last word (exact case) -> kind

	override bool // a later Add of the same words replaces the earlier actor
	maxWords int  // tokens of the longest entry
}

var (
	defOnce sync.Once
	def     *Gazetteer
)

// Default returns the embedded gazetteer (built once). Do not Add to it;
// Clone it first.
func Default() *Gazetteer {
	defOnce.Do(func() { def = load() })
	return def
}

// Clone returns a copy that can be extended without touching g.
func (g *Gazetteer) Clone() *Gazetteer {
	c := &Gazetteer{
		entries:  append([]Entry(nil), g.entries...),
		first:    make(map[string][]int32, len(g.first)),
		kinds:    make(map[string]string, len(g.kinds)),
		order:    append([]string(nil), g.order...),
		Titles:   g.Titles,
		Roles:    g.Roles,
		Suffixes: g.Suffixes,
		maxWords: g.maxWords,
	}
	for k, v := range g.first {
		c.first[k] = append([]int32(nil), v...)
	}
	for k, v := range g.kinds {
		c.kinds[k] = v
	}
	return c
}

// Kind returns the kind of a canonical actor, or "".
func (g *Gazetteer) Kind(actor string) string { return g.kinds[actor] }

// Len returns the number of surface forms.
func (g *Gazetteer) Len() int { return len(g.entries) }

// AddOverride adds a surface form that replaces any other actor's use of the
// same words (a reader's alias wins over the embedded data).
func (g *Gazetteer) AddOverride(surface, actor, kind string, form Form) {
	g.override = true
	g.Add(surface, actor, kind, form)
	g.override = false
}

// Add adds a surface form of a canonical actor; where another actor
// already has the same words, the first one keeps them. kind is used when the actor
// is new. Empty surfaces are ignored.
func (g *Gazetteer) Add(surface, actor, kind string, form Form) {
	surface = strings.TrimSpace(surface)
	actor = strings.TrimSpace(actor)
	if surface == "" || actor == "" {
		return
	}
	w := tokens.Words(surface)
	if len(w) == 0 {
		return
	}
	if _, ok := g.kinds[actor]; !ok {
		if kind == "" {
			kind = "organization"
		}
		g.kinds[actor] = kind
		g.order = append(g.order, actor)
	} else if kind == "" {
		kind = g.kinds[actor]
	}
	e := Entry{Actor: actor, Kind: g.kinds[actor], Form: form, Words: w}
	if exactCase(surface) {
		e.Exact = surface
	}
	// A later entry for the same words replaces the earlier one.
	for _, idx := range g.first[w[0]] {
		if eqWords(g.entries[idx].Words, w) && g.entries[idx].Exact == e.Exact {
			old := g.entries[idx].Actor
			if old != actor && (g.override || form == Adj && stemOf(surface, actor) && !stemOf(surface, old)) {
				g.entries[idx] = e
			}
			return
		}
	}
	g.entries = append(g.entries, e)
	g.first[w[0]] = append(g.first[w[0]], int32(len(g.entries)-1))
	g.maxWords = max(g.maxWords, len(w))
}

// MaxWords is the number of tokens of the longest surface form.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

func eqWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// exactCase: short all-capital forms (US, UN, EU, PA) must match exactly so
// that "us" or "pa" in running text is not taken for a party.
func exactCase(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			upper++
			letters++
		} else if r >= 'a' && r <= 'z' {
			letters++
		}
	}
	return letters > 0 && letters == upper && letters <= 5
}

// Match returns the longest entry matching toks starting at i, and the
// number of tokens it covers. text is the original text (for case checks),
// lower its tokens.Lower.
func (g *Gazetteer) Match(text, lower string, toks []tokens.Token, i int) (*Entry, int) {
	cands := g.first[toks[i].In(lower)]
	var best *Entry
	bestN := 0
	for _, idx := range cands {
		e := &g.entries[idx]
		n := len(e.Words)
		if n <= bestN || i+n > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if toks[i+k].In(lower) != e.Words[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if e.Exact != "" {
			if text[toks[i].Start:toks[i+n-1].End] != e.Exact {
				continue
			}
		} else if toks[i].Kind == tokens.Word && toks[i].Flags&tokens.Cap == 0 {
			continue
		}
		best, bestN = e, n
	}
	return best, bestN
}

// MatchTitle returns the length of the longest title starting at i.
func (g *Gazetteer) MatchTitle(lower string, toks []tokens.Token, i int) int {
	best := 0
	for _, t := range g.Titles[toks[i].In(lower)] {
		n := len(t)
		if n <= best || i+n > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if toks[i+k].In(lower) != t[k] {
				ok = false
				break
			}
		}
		if ok {
			best = n
		}
	}
	return best
}

func load() *Gazetteer {
	g := &Gazetteer{first: map[string][]int32{}, kinds: map[string]string{},
		Titles: map[string][][]string{}, Roles: map[string]string{}, Suffixes: map[string]string{}}
	for fi, f := range []string{"data/countries.tsv", "data/states_extra.tsv", "data/organizations.tsv"} {
		g.override = fi > 0 // hand-made rows correct the derived country list
		eachRow(f, func(cols []string) {
			if len(cols) < 2 {
				return
			}
			canon, kind := cols[0], cols[1]
			if _, ok := g.kinds[canon]; !ok {
				g.kinds[canon] = kind
				g.order = append(g.order, canon)
			}
			forms := []Form{Name, Adj, Place}
			for c := 2; c < len(cols) && c < 5; c++ {
				for _, s := range strings.Split(cols[c], "|") {
					g.Add(s, canon, kind, forms[c-2])
				}
			}
		})
	}
	g.override = false
	eachRow("data/nonparties.tsv", func(cols []string) {
		if len(cols) >= 2 {
			g.Add(cols[0], cols[0], cols[1], NonParty)
		}
	})
	g.addPhoenix()
	eachRow("data/titles.txt", func(cols []string) {
		w := tokens.Words(cols[0])
		if len(w) > 0 {
			g.Titles[w[0]] = append(g.Titles[w[0]], w)
		}
	})
	eachRow("data/roles.txt", func(cols []string) {
		if len(cols) >= 2 {
			g.Roles[cols[0]] = cols[1]
		}
	})
	eachRow("data/orgsuffixes.txt", func(cols []string) {
		if len(cols) >= 2 {
			g.Suffixes[cols[0]] = cols[1]
		}
	})
	return g
}

// eachRow calls fn with the tab-separated columns of every record of an
// embedded data file.
func eachRow(name string, fn func([]string)) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return // cannot happen for the names used here; the data tests catch a wrong one
	}
	tsv.Rows(b, fn)
}

// MatchWord returns the one-word entry for surface (a part of a hyphenated
// word such as "Lebanese" in "Lebanese-Israeli"), or nil.
func (g *Gazetteer) MatchWord(surface string) *Entry {
	low := tokens.Lower(surface)
	for _, idx := range g.first[low] {
		e := &g.entries[idx]
		if len(e.Words) != 1 {
			continue
		}
		if e.Exact != "" && e.Exact != surface {
			continue
		}
		if e.Exact == "" && (surface == "" || surface[0] < 'A' || surface[0] > 'Z') {
			continue
		}
		return e
	}
	return nil
}

// stemOf: a demonym built on the name ("Indian" of India, not of the
// British Indian Ocean Territory).
func stemOf(demonym, name string) bool {
	a, b := strings.ToLower(demonym), strings.ToLower(name)
	n := 4
	if len(a) < n || len(b) < n {
		return false
	}
	return a[:n] == b[:n]
}

// FirstWords calls fn with every lower-cased word that can start an entry
// or a title, so callers can skip tokens that start nothing.
func (g *Gazetteer) FirstWords(entry, title func(string)) {
	for w := range g.first {
		entry(w)
	}
	for w := range g.Titles {
		title(w)
	}
}
