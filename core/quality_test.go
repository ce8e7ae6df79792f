package core_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
	"parley/score"
)

// TestCorpusQuality keeps the engine above the quality floor on the
// development corpus (scored as ../shared/CONTRACT.md says), so a change
// that loses ground fails here and not only in cmd/eval.
func TestCorpusQuality(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "gold", "*.json"))
	if err != nil || len(golds) == 0 {
		t.Skip("development corpus ../shared/corpus not readable here")
	}
	total := &score.Result{}
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".json")
		text, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "texts", name+".txt"))
		require.NoError(t, err)
		g, err := score.LoadGold(gp)
		require.NoError(t, err)
		a, err := core.Analyze(string(text))
		require.NoError(t, err)
		r := score.Score(string(text), g, a)
		assert.Empty(t, r.BadSpans, name)
		total.Add(r)
	}
	t.Logf("actors F1 %.2f, stances F1 %.2f, typed F1 %.2f, proposals F1 %.2f",
		total.Actors.F1(), total.Stances.F1(), total.Typed.F1(), total.Proposals.F1())
	assert.GreaterOrEqual(t, total.Actors.F1(), 0.88, "actor F1")
	assert.GreaterOrEqual(t, total.Stances.F1(), 0.80, "stance attribution F1")
	assert.GreaterOrEqual(t, total.Typed.F1(), 0.70, "typed stance F1")
	assert.GreaterOrEqual(t, total.Proposals.F1(), 0.70, "proposal F1")
}
