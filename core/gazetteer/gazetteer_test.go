package gazetteer

import (
	"io/fs"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/tokens"
	"parley/core/tsv"
)

func match(g *Gazetteer, text string) (*Entry, int) {
	low := tokens.Lower(text)
	return g.Match(text, low, tokens.Tokenize(text, low), 0)
}

func TestDefault(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		text, actor string
		form        Form
		n           int
	}{
		{"Lebanese delegation", "Lebanon", Adj, 1},
		{"Washington said", "United States", Place, 1},
		{"U.S. officials", "United States", Name, 1},
		{"US Secretary", "United States", Name, 1},
		{"Baabda sources", "Lebanon", Place, 1},
		{"Dutch diplomats", "Netherlands", Adj, 1},
		{"Indian troops", "India", Adj, 1},
		{"OPEC ministers", "Organization of the Petroleum Exporting Countries", Name, 1},
		{"International Monetary Fund", "International Monetary Fund", Name, 3},
		{"Hezbollah fighters", "Hezbollah", Name, 1},
		{"Turkey", "Turkey", Name, 1},
		{"Reuters reported", "Reuters", NonParty, 1},
		// a Phoenix form of a body the gazetteer also lists names the same party
		{"European Parliament", "European Union", Name, 2},
		{"European Union", "European Union", Name, 2},
		// records that share a code of a kind of actor ("INTREB": rebels
		// anywhere, "IGOUNODEV": the UN's development bodies) are not one
		// party; records that share a code of one actor are
		{"Free Aceh Movement", "Free Aceh Movement", Name, 3},
		{"Anarchist Faction", "Anarchist Faction", Name, 2},
		{"UNESCO", "Unesco", Name, 1},
		{"UN Department of Peacekeeping Operations", "United Nations", Name, 5},
	} {
		e, n := match(g, tc.text)
		require.NotNil(t, e, tc.text)
		assert.Equal(t, tc.actor, e.Actor, tc.text)
		assert.Equal(t, tc.form, e.Form, tc.text)
		assert.Equal(t, tc.n, n, tc.text)
	}
	// case rules: "us" is a pronoun, "turkey" a bird
	for _, text := range []string{"us", "turkey", "washington"} {
		e, _ := match(g, text)
		assert.Nil(t, e, text)
	}
	assert.Equal(t, "state", g.Kind("Lebanon"))
}

func TestCloneAdd(t *testing.T) {
	g := Default().Clone()
	n := Default().Len()
	g.AddOverride("Fort Glen", "Ruritania", "state", Name)
	g.AddOverride("Washington", "Lebanon", "", Place)
	e, _ := match(g, "Fort Glen said")
	require.NotNil(t, e)
	assert.Equal(t, "Ruritania", e.Actor)
	e, _ = match(g, "Washington said")
	assert.Equal(t, "Lebanon", e.Actor)
	// the default gazetteer is untouched
	assert.Equal(t, n, Default().Len())
	e, _ = match(Default(), "Washington said")
	assert.Equal(t, "United States", e.Actor)
}

func TestTitles(t *testing.T) {
	g := Default()
	text := "Secretary of State Marco Rubio"
	low := tokens.Lower(text)
	assert.Equal(t, 3, g.MatchTitle(low, tokens.Tokenize(text, low), 0))
}

// TestEachRowAsTSV: eachFileRow reads every actor file as tsv.Rows does,
// and every word list of data/ is embedded.
func TestEachRowAsTSV(t *testing.T) {
	names, err := fs.Glob(baseFS, "data/*")
	require.NoError(t, err)
	require.Len(t, names, len(baseFiles))
	for _, n := range names {
		b, err := baseFS.ReadFile(n)
		require.NoError(t, err)
		var want, got [][]string
		tsv.Rows(b, func(c []string) { want = append(want, c) })
		eachFileRow(baseFS, n, func(c []string) { got = append(got, append([]string(nil), c...)) })
		require.NotEmpty(t, got, n)
		assert.Equal(t, want, got, n)
	}
	eachFileRow(baseFS, "data/none.tsv", func([]string) { t.Error("a missing file has no rows") })
	lists, err := fs.Glob(os.DirFS("."), "data/*.txt")
	require.NoError(t, err)
	embedded := map[string]string{"data/titles.txt": titlesTXT, "data/roles.txt": rolesTXT, "data/orgsuffixes.txt": suffixesTXT}
	assert.Len(t, lists, len(embedded), "every word list is embedded")
	for _, n := range lists {
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		assert.Equal(t, string(b), embedded[n], n)
	}
}
