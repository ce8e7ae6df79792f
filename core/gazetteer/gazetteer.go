// Package gazetteer holds the names Parley recognises as parties: states (by
// name, demonym, capital and seat of government), international
// organisations and armed or political groups with their acronyms, and the
// words that are never parties (news outlets, forums). The data lives in
// embedded TSV files under data/ (see data/README.md for provenance).
//
// The forms are not built at start-up: cmd/gazetteer-forms precomputes
// them into data/forms.tsv (see Forms) — the ~1,500 of the hand-made and
// country files, then the ~8,000 that the Phoenix dictionaries (package
// phoenix) add — which a Gazetteer keeps as a read-only tier searched by
// first word. An entry of the first tier (the maps that every Add fills:
// a reader's aliases) wins over a tier entry with the same words.
//
// A Gazetteer is a value: Clone it and Add aliases at run time.
package gazetteer

import (
	"embed"
	"parley/core/tsv"
	"strings"
	"sync"

	"parley/core/tokens"
)

// The word lists read at start-up, as strings: the tables keep
// substrings of them, with no copy (tsv.Each).
var (
	//go:embed data/titles.txt
	titlesTXT string
	//go:embed data/roles.txt
	rolesTXT string
	//go:embed data/orgsuffixes.txt
	suffixesTXT string
)

// baseFS holds the actor files that data/forms.tsv is made from. Only
// Forms (cmd/gazetteer-forms and the tests) reads it, so the linker
// leaves these files out of app.wasm: keep it apart from the word lists.
//
//go:embed data/countries.tsv data/states_extra.tsv data/organizations.tsv data/nonparties.tsv
var baseFS embed.FS

// baseFiles are the actor files of the forms, in load order.
var baseFiles = []string{"data/countries.tsv", "data/states_extra.tsv", "data/organizations.tsv", "data/nonparties.tsv"}

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

	tier     *tier // the precomputed forms: read-only, shared by clones
	shadowed int   // tier forms that an entry of the first tier replaces

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
		tier:     g.tier,
		shadowed: g.shadowed,
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
func (g *Gazetteer) Kind(actor string) string {
	k, _ := g.kindOf(actor)
	return k
}

func (g *Gazetteer) kindOf(actor string) (string, bool) {
	if k, ok := g.kinds[actor]; ok {
		return k, true
	}
	return g.tier.kind(actor)
}

// Len returns the number of surface forms.
func (g *Gazetteer) Len() int {
	n := len(g.entries) - g.shadowed
	n += g.tier.len()
	return n
}

// AddOverride adds a surface form that replaces any other actor's use of the
// same words (a reader's alias wins over the embedded data).
func (g *Gazetteer) AddOverride(surface, actor, kind string, form Form) {
	g.override = true
	g.Add(surface, actor, kind, form)
	g.override = false
}

// Add adds a surface form of a canonical actor; where another actor
// already has the same words, the first one keeps them (the embedded data
// comes first). kind is used when the actor is new. Empty surfaces are
// ignored.
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
	known, ok := g.kindOf(actor)
	if !ok {
		if kind == "" {
			kind = "organization"
		}
		g.kinds[actor] = kind
		known = kind
	}
	e := Entry{Actor: actor, Kind: known, Form: form, Words: w}
	if exactCase(surface) {
		e.Exact = surface
	}
	// A later entry for the same words replaces the earlier one only when
	// it overrides, or is a demonym built on its actor's name.
	replaces := func(old string) bool {
		return old != actor && (g.override || form == Adj && stemOf(surface, actor) && !stemOf(surface, old))
	}
	for _, idx := range g.first[w[0]] {
		if eqWords(g.entries[idx].Words, w) && g.entries[idx].Exact == e.Exact {
			if replaces(g.entries[idx].Actor) {
				g.entries[idx] = e
			}
			return
		}
	}
	// A form of the tier is replaced by a first-tier entry, which wins.
	if k := g.tier.find(w, e.Exact, true); k >= 0 {
		if !replaces(g.tier.entry(k).Actor) {
			return
		}
		g.shadowed++
	}
	g.entries = append(g.entries, e)
	g.first[w[0]] = append(g.first[w[0]], int32(len(g.entries)-1))
	g.maxWords = max(g.maxWords, len(w))
}

// MaxWords is the number of tokens of the longest surface form.
func (g *Gazetteer) MaxWords() int {
	if g.tier != nil {
		return max(g.maxWords, g.tier.maxWords)
	}
	return g.maxWords
}

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
// number of tokens it covers; of two as long, the first tier's, then the
// one that came first. text is the original text (for case checks), lower
// its tokens.Lower.
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
	if g.tier != nil && bestN < g.tier.maxWords {
		if k, n := g.tier.match(text, lower, toks, i, bestN); k >= 0 {
			return g.tier.entry(k), n
		}
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

// load builds the gazetteer: an empty first tier for Add, the
// precomputed forms as the second, and the word lists.
func load() *Gazetteer {
	g := &Gazetteer{first: map[string][]int32{}, kinds: map[string]string{},
		Titles: make(map[string][][]string, 64), Roles: make(map[string]string, 128), Suffixes: make(map[string]string, 128)}
	g.tier = newTier(formsTSV)
	tsv.Each(titlesTXT, func(cols []string) {
		w := tokens.Words(cols[0])
		if len(w) > 0 {
			g.Titles[w[0]] = append(g.Titles[w[0]], w)
		}
	})
	tsv.Each(rolesTXT, func(cols []string) {
		if len(cols) >= 2 {
			g.Roles[cols[0]] = cols[1]
		}
	})
	tsv.Each(suffixesTXT, func(cols []string) {
		if len(cols) >= 2 {
			g.Suffixes[cols[0]] = cols[1]
		}
	})
	return g
}

// loadBase builds a first tier of the states, organisations and groups
// of the hand-made and country files, and the names that are never
// parties: the start of Forms.
func loadBase() *Gazetteer {
	g := &Gazetteer{entries: make([]Entry, 0, 1536), first: make(map[string][]int32, 1024), kinds: make(map[string]string, 384),
		Titles: map[string][][]string{}, Roles: map[string]string{}, Suffixes: map[string]string{}}
	for fi, f := range baseFiles[:3] {
		g.override = fi > 0 // hand-made rows correct the derived country list
		eachFileRow(baseFS, f, func(cols []string) {
			if len(cols) < 2 {
				return
			}
			canon, kind := cols[0], cols[1]
			if _, ok := g.kinds[canon]; !ok {
				g.kinds[canon] = kind
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
	eachFileRow(baseFS, baseFiles[3], func(cols []string) {
		if len(cols) >= 2 {
			g.Add(cols[0], cols[0], cols[1], NonParty)
		}
	})
	return g
}

// eachFileRow calls fn with the tab-separated columns of every record of
// a file of fsys (tsv.Each: substrings of one copy of the file; the slice
// is reused, fn must not keep it).
func eachFileRow(fsys embed.FS, name string, fn func([]string)) {
	b, err := fsys.ReadFile(name)
	if err != nil {
		return // cannot happen for the names used here; the data tests catch a wrong one
	}
	tsv.Each(string(b), fn)
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
	return g.tier.matchWord(surface, low)
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
	if k := g.tier.find(w, "", false); k >= 0 {
		return g.tier.entry(k)
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
	g.tier.firstWords(func(w string) {
		if _, ok := g.first[w]; !ok {
			entry(w)
		}
	})
	for w := range g.Titles {
		title(w)
	}
}
