package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/tokens"
)

func TestCues(t *testing.T) {
	l := Default()
	for _, tc := range []struct {
		text, typ, cameo string
		n                int
	}{
		{"said that", "say", "010", 1},
		{"expressed his hope that", "hope", "013", 3},
		{"accused Hezbollah", "accusation", "112", 1},
		{"called for talks", "demand", "020", 2},
		{"put forward ideas", "proposal", "030", 2},
		{"according to the sources", "say", "010", 2},
	} {
		low := tokens.Lower(tc.text)
		c, n := l.MatchCue(low, tokens.Tokenize(tc.text, low), 0)
		require.NotNil(t, c, tc.text)
		assert.Equal(t, tc.typ, c.Type, tc.text)
		assert.Equal(t, tc.cameo, c.Cameo, tc.text)
		assert.Equal(t, tc.n, n, tc.text)
	}
}

func TestIssues(t *testing.T) {
	l := Default()
	for _, tc := range []struct{ text, id string }{
		{"ceasefire", "ceasefire"}, {"cease-fire", "ceasefire"}, {"withdrawing from", "withdrawal"}, {"withdrawal", "withdrawal"},
		{"hostages", "prisoners"}, {"tariffs", "trade"}, {"road map", "agreement"}, {"wages", "wages"},
	} {
		low := tokens.Lower(tc.text)
		idx, _ := l.IssueAt(low, tokens.Tokenize(tc.text, low), 0)
		require.GreaterOrEqual(t, idx, 0, tc.text)
		assert.Equal(t, tc.id, l.Issues[idx].ID, tc.text)
	}
}

func TestCameo(t *testing.T) {
	l := Default()
	for code, g := range map[string]float64{"100": -5.0, "112": -2.0, "120": -4.0, "013": 0.4, "0871": 9.0, "036": 4.0, "010": 0.0} {
		c, ok := l.Cameo(code)
		require.True(t, ok, code)
		assert.Equal(t, g, c.Goldstein, code)
	}
}
