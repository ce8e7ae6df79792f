package ui

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

// TestBuildMapGrid: the grid has a row per party with stances on a shown
// issue and, when the stances raise more than GridMaxIssues issues, shows
// those most stances are about, in the analysis's order.
func TestBuildMapGrid(t *testing.T) {
	a := &core.Analysis{Actors: []core.Actor{{ID: "x", Name: "X"}, {ID: "y", Name: "Y"}, {ID: "z", Name: "Z"}}}
	for i := 0; i < GridMaxIssues+5; i++ {
		a.Issues = append(a.Issues, core.Issue{ID: "i" + strconv.Itoa(i), Label: "Issue " + strconv.Itoa(i)})
	}
	stance := func(actor string, typ core.StanceType, issues ...string) {
		a.Stances = append(a.Stances, core.Stance{ID: "s" + strconv.Itoa(len(a.Stances)+1), Actor: actor, Type: typ, Issues: issues})
	}
	// every issue once by X; issues i3 and i16 many times more (i16 comes
	// last in the analysis); Y rejects i3 and demands it; Z has no issue
	for _, is := range a.Issues {
		stance("x", core.Position, is.ID)
	}
	for i := 0; i < 3; i++ {
		stance("y", core.Rejection, "i3", "i3")
		stance("y", core.Demand, "i3", "i16")
	}
	stance("z", core.Hope)

	m := BuildMap(a)
	require.Len(t, m.Grid.Issues, GridMaxIssues)
	assert.Equal(t, 5, m.Grid.More)
	assert.Equal(t, "i0", m.Grid.Issues[0].ID, "ties keep the analysis's order")
	assert.Equal(t, "i16", m.Grid.Issues[GridMaxIssues-1].ID, "the most used issue is in, in its place")
	require.Len(t, m.Grid.Rows, 2, "Z has no issue")
	y := m.Grid.Rows[1]
	assert.Equal(t, "y", y.Party.ID)
	assert.Equal(t, []core.StanceType{core.Demand, core.Rejection}, y.Cells[3], "sorted, once each")
	assert.Equal(t, []core.StanceType{core.Demand}, y.Cells[GridMaxIssues-1])
	assert.Empty(t, y.Cells[0])
	require.Len(t, m.Groups, 3)
	assert.Len(t, m.Groups[1].Stances, 6)

	small := BuildMap(&core.Analysis{Actors: a.Actors, Issues: a.Issues[:2], Stances: a.Stances[:2]})
	assert.Len(t, small.Grid.Issues, 2)
	assert.Zero(t, small.Grid.More)
	assert.Equal(t, Map{ActorIndex: map[string]int{}}, BuildMap(nil))
}
