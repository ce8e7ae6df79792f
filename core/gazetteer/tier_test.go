package gazetteer

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// inventedTier is a forms file of made-up actors, sorted by first word.
const inventedTier = "# invented forms\n" +
	"# words\texact\tactor\tkind\tform\n" +
	"\t\tBare Front\tgroup\t\n" + // a kind without forms
	"acme\t\tAcme Corp\torganization\tname\n" +
	"acme front\t\tAcme Front\tgroup\tname\n" +
	"acme front for liberty\t\tAcme Front\tgroup\tname\n" +
	"gamma\t\tGamma State\tstate\tplace\n" +
	"zfl\tZFL\tZed Front\tgroup\tname\n" +
	"zfl\t\tOther Zed\tgroup\tname\n"

// inventedGazetteer has two entries of its own and the invented tier.
func inventedGazetteer() *Gazetteer {
	g := &Gazetteer{first: map[string][]int32{}, kinds: map[string]string{}}
	g.Add("Gamma", "Ruritania", "state", Name)
	g.Add("Acme Front", "Base Front", "group", Name)
	g.tier = newTier(inventedTier)
	return g
}

func TestTierMatch(t *testing.T) {
	g := inventedGazetteer()
	tests := []struct {
		name, text, actor string
		n                 int
		form              Form
	}{
		{"longest match is the tier's", "Acme Front for Liberty said", "Acme Front", 4, Name},
		{"base wins over the tier for the same words", "Acme Front said", "Base Front", 2, Name},
		{"too few tokens for the longer form", "Acme Front for", "Base Front", 2, Name},
		{"tier only", "Acme said", "Acme Corp", 1, Name},
		{"tier form of a base word", "Gamma", "Ruritania", 1, Name},
		{"exact-case acronym", "ZFL said", "Zed Front", 1, Name},
		{"capitalised, not the acronym's case", "Zfl said", "Other Zed", 1, Name},
		{"lower case is no name", "acme said", "", 0, 0},
		{"lower-case acronym", "zfl said", "", 0, 0},
		{"no form", "Omega said", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, n := match(g, tt.text)
			if tt.actor == "" {
				assert.Nil(t, e)
				assert.Zero(t, n)
				return
			}
			require.NotNil(t, e)
			assert.Equal(t, tt.actor, e.Actor)
			assert.Equal(t, tt.n, n)
			assert.Equal(t, tt.form, e.Form)
			assert.Len(t, e.Words, tt.n)
		})
	}
	e1, _ := match(g, "Acme said")
	e2, _ := match(g, "Acme again")
	assert.Same(t, e1, e2, "a tier line's Entry is built once")
}

func TestTierMatchWord(t *testing.T) {
	g := inventedGazetteer()
	tests := []struct{ surface, actor, kind string }{
		{"Acme", "Acme Corp", "organization"},
		{"ZFL", "Zed Front", "group"},
		{"Zfl", "Other Zed", "group"},
		{"Gamma", "Ruritania", "state"},
		{"zfl", "", ""},
		{"acme", "", ""},
		{"Front", "", ""}, // only in longer forms
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.surface, func(t *testing.T) {
			e := g.MatchWord(tt.surface)
			if tt.actor == "" {
				assert.Nil(t, e)
				return
			}
			require.NotNil(t, e)
			assert.Equal(t, tt.actor, e.Actor)
			assert.Equal(t, tt.kind, e.Kind)
		})
	}
}

func TestTierMatchWordsKindAndSizes(t *testing.T) {
	g := inventedGazetteer()
	for _, tt := range []struct{ phrase, actor string }{
		{"acme front for liberty", "Acme Front"},
		{"ACME FRONT", "Base Front"},
		{"zfl", "Zed Front"}, // the first line, whatever the case
		{"acme front for", ""},
		{"", ""},
	} {
		e := g.MatchWords(tt.phrase)
		if tt.actor == "" {
			assert.Nil(t, e, tt.phrase)
			continue
		}
		require.NotNil(t, e, tt.phrase)
		assert.Equal(t, tt.actor, e.Actor, tt.phrase)
	}
	for actor, kind := range map[string]string{"Acme Corp": "organization", "Gamma State": "state",
		"Ruritania": "state", "Zed Front": "group", "Bare Front": "group", "Nobody": ""} {
		assert.Equal(t, kind, g.Kind(actor), actor)
	}
	assert.Equal(t, 4, g.MaxWords())
	assert.Equal(t, 8, g.Len())
	var firsts []string
	g.FirstWords(func(w string) { firsts = append(firsts, w) }, func(string) {})
	sort.Strings(firsts)
	assert.Equal(t, []string{"acme", "gamma", "zfl"}, firsts, "every first word, once")
}

func TestTierCloneAddOverride(t *testing.T) {
	g := inventedGazetteer()
	c := g.Clone()
	assert.Same(t, g.tier, c.tier, "clones share the tier")
	c.Add("Acme", "Someone Else", "group", Name) // no override: the tier keeps it
	c.AddOverride("Acme", "Reader Corp", "", Name)
	c.AddOverride("ZFL", "Reader Front", "group", Name)
	c.AddOverride("Acme Corporation", "Acme Corp", "", Name)
	c.AddOverride("Bare Front Army", "Bare Front", "", Name)
	tests := []struct {
		text, actor, kind string
	}{
		{"Acme said", "Reader Corp", "organization"},
		{"ZFL said", "Reader Front", "group"},
		{"Zfl said", "Other Zed", "group"},
		{"Acme Corporation said", "Acme Corp", "organization"}, // the tier actor's kind
		{"Acme Front for Liberty", "Acme Front", "group"},
		{"Bare Front Army", "Bare Front", "group"}, // not the default kind
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			e, _ := match(c, tt.text)
			require.NotNil(t, e)
			assert.Equal(t, tt.actor, e.Actor)
			assert.Equal(t, tt.kind, e.Kind)
		})
	}
	assert.Equal(t, "Reader Front", c.MatchWord("ZFL").Actor)
	assert.Equal(t, "Reader Corp", c.MatchWords("acme").Actor)
	assert.Equal(t, g.Len()+2, c.Len(), "two forms replaced, two added")
	// the original is untouched
	e, _ := match(g, "Acme said")
	require.NotNil(t, e)
	assert.Equal(t, "Acme Corp", e.Actor)
	assert.Equal(t, 8, g.Len())
	assert.Equal(t, "", g.Kind("Reader Corp"))
}

// TestTierMalformed: a damaged forms file answers, never panics.
func TestTierMalformed(t *testing.T) {
	for _, text := range []string{"", "\n\n", "#only\n", "solo\n", "a b\n\tb\n", "\t\t\t\t\n", "x\ty\r\nz", "b a\t\t\t\tweird\na\n"} {
		g := &Gazetteer{first: map[string][]int32{}, kinds: map[string]string{}, tier: newTier(text)}
		assert.NotPanics(t, func() {
			for _, s := range []string{"A B", "A", "Solo", "X", "Z", "B A", ""} {
				match(g, s+" end")
				g.MatchWord(s)
				g.MatchWords(s)
				g.Kind(s)
				g.Add(s, "Actor", "", Name)
			}
			g.FirstWords(func(string) {}, func(string) {})
			g.Len()
			g.MaxWords()
		}, "%q", text)
	}
}

// TestTierSpan: the binary search over the text finds every line of a
// first word and nothing for a word that starts none.
func TestTierSpan(t *testing.T) {
	tr := newTier(inventedTier)
	lines := func(w string) []string {
		var out []string
		lo, hi := tr.span(w)
		for k := lo; k < hi; k = int32(tr.next(int(k))) {
			out = append(out, tr.lineAt(k))
		}
		return out
	}
	tests := []struct {
		w    string
		want []string
	}{
		{"acme", []string{"acme\t\tAcme Corp\torganization\tname", "acme front\t\tAcme Front\tgroup\tname", "acme front for liberty\t\tAcme Front\tgroup\tname"}},
		{"gamma", []string{"gamma\t\tGamma State\tstate\tplace"}},
		{"zfl", []string{"zfl\tZFL\tZed Front\tgroup\tname", "zfl\t\tOther Zed\tgroup\tname"}},
		{"aaa", nil},   // before the first
		{"beta", nil},  // between two
		{"zzz", nil},   // after the last
		{"acm", nil},   // a prefix of a first word
		{"front", nil}, // a later word only
		{"", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, lines(tt.w), tt.w)
	}
	assert.Equal(t, 6, tr.len())
	assert.Equal(t, 4, tr.maxWords, "counted: the invented file has no header line for it")
	var nilTier *tier
	lo, hi := nilTier.span("acme")
	assert.Equal(t, lo, hi)
	assert.Equal(t, 0, nilTier.len())
}

// TestTierConcurrent: the tier builds entries and keeps spans under a
// lock (go test -race).
func TestTierConcurrent(t *testing.T) {
	g := inventedGazetteer()
	done := make(chan bool)
	for range 4 {
		go func() {
			for _, s := range []string{"Acme Front for Liberty said", "ZFL said", "Gamma", "Nothing here"} {
				match(g, s)
				g.MatchWord("ZFL")
				g.MatchWords("acme front")
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	e, n := match(g, "Acme Front for Liberty said")
	require.NotNil(t, e)
	assert.Equal(t, 4, n)
}
