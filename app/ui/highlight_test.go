package ui

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

func TestSegmentsCoverTextOnce(t *testing.T) {
	text := "The talks stalled. Israel said it rejected the plan."
	ev := func(s string) core.Evidence {
		i := strings.Index(text, s)
		return core.Evidence{Start: i, End: i + len(s), Text: s}
	}
	a := &core.Analysis{
		Actors:    []core.Actor{{ID: "israel", Name: "Israel", Mentions: []core.Evidence{ev("Israel")}}},
		Stances:   []core.Stance{{ID: "s1", Actor: "israel", Type: core.Rejection, Evidence: ev("Israel said it rejected the plan.")}},
		Proposals: []core.Proposal{{ID: "p1", Proposer: "israel", Evidence: ev("the plan")}},
		Talks:     []core.TalkState{{Summary: "The talks stalled", Signal: core.TalksStalled, Evidence: ev("The talks stalled.")}},
	}
	tests := []struct {
		name  string
		limit int
		notes []NoteSpan
	}{
		{"whole text", 0, nil},
		{"with a note", 0, []NoteSpan{{ID: "n1", Start: 4, End: 9}}},
		{"cut", 25, nil},
		{"out-of-range note ignored", 0, []NoteSpan{{ID: "bad", Start: 40, End: 400}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := Segments(text, a, tt.notes, tt.limit)
			var b strings.Builder
			for i, s := range segs {
				require.Less(t, s.Start, s.End)
				if i > 0 {
					require.Equal(t, segs[i-1].End, s.Start, "segments are contiguous")
				}
				b.WriteString(text[s.Start:s.End])
			}
			want := text
			if tt.limit > 0 {
				want = text[:tt.limit]
			}
			assert.Equal(t, want, b.String())
		})
	}
	segs := Segments(text, a, nil, 0)
	assert.Equal(t, []string{TalkID(0)}, segs[0].Talks, "the talks sentence is marked")
	assert.False(t, segs[0].Plain())
	var israel, plan bool
	for _, s := range segs {
		if text[s.Start:s.End] == "Israel" {
			israel = s.Actor == 0 && len(s.Stances) == 1
		}
		if text[s.Start:s.End] == "the plan" {
			plan = len(s.Proposals) == 1 && len(s.Stances) == 1
		}
	}
	assert.True(t, israel, "mention inside the stance evidence")
	assert.True(t, plan, "proposal inside the stance evidence")
}
