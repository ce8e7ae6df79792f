package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

// An invented article: "Ann’s aide" has a curly apostrophe, so byte and
// character offsets differ after it.
const bratText = "Ann’s aide said the deal was dead. The union, it said, wants more. It was reported that talks end."

func bratFor() string {
	return "T1\tSource 0 10\tAnn’s aide\n" +
		"T2\tCue 11 15\tsaid\n" +
		"T3\tContent 16 33\tthe deal was dead\n" +
		"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n" +
		"T4\tSource 46 48\tit\n" +
		"T5\tCue 49 53\tsaid\n" +
		"T6\tContent 35 44;55 65\tThe union wants more\n" +
		"E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n" +
		"T7\tCue 70 82\twas reported\n" +
		"T8\tContent 83 97\tthat talks end\n" +
		"E3\tAttribution-no-source:T7 Content:T8 Cue:T7\n" +
		"T9\tCue 0 3\tAnn\n" + // a relation without content is not gold
		"E4\tAttribution:T9 Cue:T9\n"
}

func TestParseBrat(t *testing.T) {
	g, err := ParseBrat([]byte(bratFor()))
	require.NoError(t, err)
	require.Len(t, g, 3)
	assert.Equal(t, [2]int{11, 15}, g[0].Cue)
	assert.Equal(t, [2]int{35, 65}, g[1].Content, "a discontinuous span counts as its bounding span")
	assert.Nil(t, g[2].Source)
}

// byteSpan turns a character span of bratText into an Evidence in bytes.
func byteSpan(t *testing.T, cs, ce int) core.Evidence {
	r := []rune(bratText)
	s := len(string(r[:cs]))
	e := len(string(r[:ce]))
	return core.Evidence{Start: s, End: e, Text: bratText[s:e]}
}

func TestScoreAttributions(t *testing.T) {
	gold, err := ParseBrat([]byte(bratFor()))
	require.NoError(t, err)
	src := func(cs, ce int) *core.Evidence { e := byteSpan(t, cs, ce); return &e }
	cases := []struct {
		name                      string
		attrs                     []core.Attribution
		cue, source, content, all [3]int // tp, pred, gold
	}{
		{"nothing predicted", nil, [3]int{0, 0, 3}, [3]int{0, 0, 2}, [3]int{0, 0, 3}, [3]int{0, 0, 3}},
		{"all right", []core.Attribution{
			{Cue: byteSpan(t, 11, 15), Source: src(0, 10), Content: byteSpan(t, 16, 33)},
			{Cue: byteSpan(t, 49, 53), Source: src(46, 48), Content: byteSpan(t, 55, 65)}, // inside the gold content
			{Cue: byteSpan(t, 74, 82), Content: byteSpan(t, 83, 97)},
		}, [3]int{3, 3, 3}, [3]int{2, 2, 2}, [3]int{3, 3, 3}, [3]int{3, 3, 3}},
		{"a source where the gold has none fails full only", []core.Attribution{
			{Cue: byteSpan(t, 70, 73), Source: src(0, 3), Content: byteSpan(t, 70, 97)},
		}, [3]int{1, 1, 3}, [3]int{0, 1, 2}, [3]int{1, 1, 3}, [3]int{0, 1, 3}},
		{"a source overlapping less than half fails", []core.Attribution{
			{Cue: byteSpan(t, 11, 15), Source: src(8, 15), Content: byteSpan(t, 0, 33)},
			{Cue: byteSpan(t, 20, 24), Content: byteSpan(t, 20, 24)}, // no gold cue
		}, [3]int{1, 2, 3}, [3]int{0, 1, 2}, [3]int{1, 2, 3}, [3]int{0, 2, 3}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ScoreAttributions(bratText, gold, &core.Analysis{Attributions: c.attrs}, true)
			assert.Equal(t, c.cue, counts(r.Cue), "cue")
			assert.Equal(t, c.source, counts(r.Source), "source")
			assert.Equal(t, c.content, counts(r.Content), "content")
			assert.Equal(t, c.all, counts(r.Full), "full")
		})
	}
}

func TestScorePlover(t *testing.T) {
	recs := []PloverRecord{{Event: "DEMAND"}, {Event: "REJECT"}, {Event: "FIGHT"}, {Event: "AID"}}
	st := func(ts ...core.StanceType) *core.Analysis {
		a := &core.Analysis{}
		for _, t := range ts {
			a.Stances = append(a.Stances, core.Stance{Type: t})
		}
		return a
	}
	r := ScorePlover(recs, []*core.Analysis{st(core.Condition), st(core.Position), st(core.Hope), st(core.Threat)}, true)
	assert.Equal(t, 1, r.Hits["DEMAND"], "condition counts for DEMAND")
	assert.Equal(t, 0, r.Hits["REJECT"])
	assert.InDelta(t, 0.5, r.Accuracy(), 1e-9)
	assert.Equal(t, 1, r.FalseTyped, "a threat in a report of aid is a false typing; hope is not")
	assert.Equal(t, 2, r.Acts)
	assert.Len(t, r.Misses, 1)
}
