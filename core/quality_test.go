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

// The quality floors keep the engine where it stands (figures of
// 2026-12-08, `go run ./cmd/eval`), a little below, so that a change that
// loses ground fails here and not only in cmd/eval. They are floors, not
// targets: the issues' targets are higher (see README "Quality").

// scoreFolder scores every texts/NAME.txt of dir against gold/NAME.json
// (the corpus layout; testdata/articles keeps its texts beside gold/).
func scoreFolder(t *testing.T, texts, golds string) *score.Result {
	files, err := filepath.Glob(filepath.Join(golds, "*.json"))
	require.NoError(t, err)
	total := &score.Result{}
	for _, gp := range files {
		name := strings.TrimSuffix(filepath.Base(gp), ".json")
		text, err := os.ReadFile(filepath.Join(texts, name+".txt"))
		require.NoError(t, err)
		g, err := score.LoadGold(gp)
		require.NoError(t, err)
		a, err := core.Analyze(string(text))
		require.NoError(t, err)
		r := score.Score(string(text), g, a)
		assert.Empty(t, r.BadSpans, name)
		total.Add(r)
	}
	t.Logf("%d reports: actors F1 %.2f, stances F1 %.2f, typed F1 %.2f, proposals F1 %.2f",
		len(files), total.Actors.F1(), total.Stances.F1(), total.Typed.F1(), total.Proposals.F1())
	return total
}

// TestArticlesQuality: the invented reports of testdata/articles with a
// hand-made gold (in the repository: never skipped).
func TestArticlesQuality(t *testing.T) {
	dir := filepath.Join("testdata", "articles")
	total := scoreFolder(t, dir, filepath.Join(dir, "gold"))
	require.Greater(t, total.Actors.Gold, 20, "the invented reports' gold is here")
	// (31 reports since 2026-12-08: the last twelve were written, with
	// their gold, before the engine ever read them, four at a time. The
	// second four brought the totals down from 0.90 / 0.86 / 0.66 / 0.78
	// on the 23 before to 0.85 / 0.82 / 0.61 / 0.75, and the rules written
	// for what they showed raised them to 0.88 / 0.84 / 0.64 / 0.78; the
	// third four brought them to 0.86 / 0.83 / 0.59 / 0.76.)
	assert.GreaterOrEqual(t, total.Actors.F1(), 0.86, "actor F1")
	assert.GreaterOrEqual(t, total.Stances.F1(), 0.82, "stance attribution F1")
	assert.GreaterOrEqual(t, total.Typed.F1(), 0.58, "typed stance F1")
	assert.GreaterOrEqual(t, total.Proposals.F1(), 0.75, "proposal F1")
}

// TestCorpusQuality: the development corpus, outside the module.
func TestCorpusQuality(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(dir, "gold")); err != nil {
		t.Skip("development corpus ../shared/corpus not readable here")
	}
	total := scoreFolder(t, filepath.Join(dir, "texts"), filepath.Join(dir, "gold"))
	assert.GreaterOrEqual(t, total.Actors.F1(), 0.90, "actor F1")
	assert.GreaterOrEqual(t, total.Stances.F1(), 0.72, "stance attribution F1")
	assert.GreaterOrEqual(t, total.Typed.F1(), 0.56, "typed stance F1")
	assert.GreaterOrEqual(t, total.Proposals.F1(), 0.60, "proposal F1")
}

// TestPolNeARDevQuality: attributions on PolNeAR dev (84 articles).
func TestPolNeARDevQuality(t *testing.T) {
	docs, err := score.PolNeARDocs(filepath.Join("..", "..", "shared", "external", "polnear", "dev"))
	if err != nil || len(docs) == 0 {
		t.Skip("PolNeAR not readable here")
	}
	total := &score.AttrResult{}
	for _, d := range docs {
		text, err := os.ReadFile(d.Text)
		require.NoError(t, err)
		gold, err := score.LoadBrat(d.Ann)
		require.NoError(t, err)
		a, err := core.Analyze(string(text))
		require.NoError(t, err)
		total.Add(score.ScoreAttributions(string(text), gold, a, false))
	}
	t.Logf("cue %.3f source %.3f content %.3f full %.3f", total.Cue.F1(), total.Source.F1(), total.Content.F1(), total.Full.F1())
	assert.GreaterOrEqual(t, total.Cue.F1(), 0.77, "cue F1")
	assert.GreaterOrEqual(t, total.Source.F1(), 0.755, "source F1")
	assert.GreaterOrEqual(t, total.Content.F1(), 0.745, "content F1")
	assert.GreaterOrEqual(t, total.Full.F1(), 0.70, "full F1")
}

// TestPloverQuality: stance types on PLOVER's records.
func TestPloverQuality(t *testing.T) {
	recs, err := score.LoadPlover(filepath.Join("..", "..", "shared", "external", "plover", "PLOVER_GSR_CAMEO.json"))
	if err != nil {
		t.Skip("PLOVER not readable here")
	}
	as := make([]*core.Analysis, len(recs))
	for i, r := range recs {
		as[i], _ = core.Analyze(r.Text)
	}
	res := score.ScorePlover(recs, as, false)
	t.Logf("typed accuracy %.3f, false typings %d/%d", res.Accuracy(), res.FalseTyped, res.Acts)
	assert.GreaterOrEqual(t, res.Accuracy(), 0.80, "typed accuracy")
	assert.LessOrEqual(t, res.FalseTyped, 4, "action reports given a speech stance")
}
