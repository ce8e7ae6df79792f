package gazetteer

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/phoenix"
	"parley/core/tokens"
)

// TestFormsFresh: the embedded data/forms.tsv is what the actor files
// and the Phoenix forms make today, byte for byte.
func TestFormsFresh(t *testing.T) {
	want, err := Forms()
	require.NoError(t, err)
	if got := []byte(formsTSV); !bytes.Equal(want, got) {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
		i := 0
		for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
			i++
		}
		t.Fatalf("core/gazetteer/data/forms.tsv is stale (first difference at line %d): run %s", i+1, FormsCommand)
	}
	assert.Contains(t, formsTSV, "# The MIT License (MIT)\n")
	assert.Contains(t, formsTSV, "# input core/phoenix/data/members.tsv sha256 ")
}

// oldDefault builds the gazetteer as it was built before the tier: the
// Phoenix forms added one at a time on top of the first tier.
func oldDefault() *Gazetteer {
	g := loadBase()
	addPhoenix(g)
	return g
}

// candidates returns the entries that Match tries for a first word, in
// the order it tries them.
func candidates(g *Gazetteer, w string) []Entry {
	var out []Entry
	for _, idx := range g.first[w] {
		out = append(out, g.entries[idx])
	}
	lo, hi := g.tier.span(w)
	for k := lo; k < hi; k = int32(g.tier.next(int(k))) {
		out = append(out, *g.tier.entry(k))
	}
	return out
}

// TestTierAsAdding: the gazetteer with the tier answers as the one that
// added the Phoenix forms one by one: the same candidates in the same
// order for every first word, so the same Match, and the same sizes,
// kinds and first words.
func TestTierAsAdding(t *testing.T) {
	old, g := oldDefault(), Default()
	require.Greater(t, g.tier.len(), 9000)
	var firstWords []string
	g.tier.firstWords(func(w string) { firstWords = append(firstWords, w) })
	for j := 1; j < len(firstWords); j++ {
		require.Less(t, firstWords[j-1], firstWords[j], "sorted by first word, for the binary search")
	}
	counted := newTier(strings.ReplaceAll(formsTSV, longestPrefix, "# (was) "))
	assert.Equal(t, counted.maxWords, g.tier.maxWords, "the header's longest entry")
	assert.Greater(t, g.tier.maxWords, 5)
	assert.Equal(t, old.Len(), g.Len())
	assert.Equal(t, old.MaxWords(), g.MaxWords())
	for actor, kind := range old.kinds {
		assert.Equal(t, kind, g.Kind(actor), actor)
	}
	firsts := map[string]int{}
	g.FirstWords(func(w string) { firsts[w]++ }, func(string) {})
	assert.Equal(t, len(old.first), len(firsts))
	for w := range old.first {
		require.Equal(t, 1, firsts[w], w)
		require.Equal(t, candidates(old, w), candidates(g, w), w)
	}
}

// TestTierMatchAsAdding runs Match, MatchWord and MatchWords on a text
// made of every form, in both gazetteers.
func TestTierMatchAsAdding(t *testing.T) {
	old, g := oldDefault(), Default()
	for _, e := range old.entries {
		text := e.Exact
		if text == "" {
			text = phoenix.Display(strings.Join(e.Words, " "))
		}
		for _, s := range []string{text, strings.ToLower(text), text + " said"} {
			low := tokens.Lower(s)
			toks := tokens.Tokenize(s, low)
			we, wn := old.Match(s, low, toks, 0)
			ge, gn := g.Match(s, low, toks, 0)
			require.Equal(t, wn, gn, s)
			require.Equal(t, we, ge, s)
		}
		if len(e.Words) == 1 {
			require.Equal(t, old.MatchWord(text), g.MatchWord(text), text)
		}
		phrase := strings.Join(e.Words, " ")
		require.Equal(t, old.MatchWords(phrase), g.MatchWords(phrase), phrase)
	}
}

func TestMITNotice(t *testing.T) {
	_, err := mitNotice([]byte("# no notice\n"))
	assert.Error(t, err)
	n, err := mitNotice(phoenix.ActorFile("states.tsv"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(n, "# The MIT License (MIT)\n"))
	assert.True(t, strings.HasSuffix(n, "OTHER DEALINGS IN THE SOFTWARE.\n"))
}

func TestFormLineRefusesWhatCannotBeRead(t *testing.T) {
	for _, e := range []Entry{
		{Actor: "A", Kind: "group", Form: Name, Words: []string{"a b"}},
		{Actor: "A", Kind: "group", Form: Name, Words: []string{""}},
		{Actor: "A\tB", Kind: "group", Form: Name, Words: []string{"a"}},
		{Actor: "A", Kind: "group", Form: 0, Words: []string{"a"}},
	} {
		assert.Error(t, formLine(&bytes.Buffer{}, &e), "%+v", e)
	}
	var b bytes.Buffer
	require.NoError(t, formLine(&b, &Entry{Actor: "A", Kind: "group", Form: Place, Words: []string{"u.n.", "x"}, Exact: "U.N. X"}))
	assert.Equal(t, "u.n. x\tU.N. X\tA\tgroup\tplace\n", b.String())
}
