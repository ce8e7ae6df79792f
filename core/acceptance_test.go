package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLabourReport holds the acceptance items of the invented labour
// report (testdata/articles/invented-bus-strike-unite-metroline.txt):
// parties found by grammar and dictionaries, people as aliases of their
// party, each statement typed, the offer's proposer and status.
func TestLabourReport(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "articles", "invented-bus-strike-unite-metroline.txt"))
	require.NoError(t, err)
	res, err := Analyze(string(b))
	require.NoError(t, err)

	actor := func(name string) *Actor {
		for i := range res.Actors {
			if res.Actors[i].Name == name {
				return &res.Actors[i]
			}
		}
		return nil
	}
	unite, metroline, acas := actor("Unite"), actor("Metroline"), actor("Acas")
	require.NotNil(t, unite, "Unite is a party")
	require.NotNil(t, metroline, "Metroline is a party")
	require.NotNil(t, acas, "Acas, which hosted the talks, is a party")
	assert.Equal(t, KindGroup, unite.Kind)
	assert.Equal(t, KindGroup, metroline.Kind)
	assert.Contains(t, strings.Join(unite.Aliases, "|"), "Sharon Graham", "the union's general secretary speaks for it")
	assert.Contains(t, strings.Join(metroline.Aliases, "|"), "Mark Smith", "the company's managing director speaks for it")

	has := func(who *Actor, typ StanceType, words string) *Stance {
		for i := range res.Stances {
			s := &res.Stances[i]
			if s.Actor == who.ID && s.Type == typ && strings.Contains(s.Evidence.Text, words) {
				return s
			}
		}
		return nil
	}
	assert.NotNil(t, has(unite, Demand, "9% pay rise"), "Unite's demand")
	assert.NotNil(t, has(metroline, Position, "fair and affordable"), "Metroline stands by its offer")
	acc := has(metroline, Accusation, "refusing to put")
	if assert.NotNil(t, acc, "Metroline's accusation") {
		assert.Equal(t, unite.ID, acc.Target, "it blames the union")
	}
	assert.NotNil(t, has(unite, Commitment, "would attend"), "Unite's commitment")
	assert.NotNil(t, has(unite, Condition, "unless"), "Unite's condition")

	found := false
	for _, p := range res.Proposals {
		if p.Proposer == metroline.ID && strings.Contains(p.Content, "£500") {
			found = true
			assert.Equal(t, StatusRejected, p.Status, "the drivers rejected it")
		}
	}
	assert.True(t, found, "Metroline's £500 proposal")
	for _, a := range res.Actors {
		assert.NotContains(t, []string{"Sharon Graham", "Mark Smith"}, a.Name, "people speak for their party")
	}
}
