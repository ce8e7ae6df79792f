package annotation

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

const viewText = "Lebanon said the ceasefire comes first. Lebanon said the ceasefire comes first. " +
	"Washington proposed a gradual withdrawal. Israel rejected it."

func ev(text, sub string) core.Evidence {
	i := strings.Index(text, sub)
	return core.Evidence{Start: i, End: i + len(sub), Text: sub}
}

func viewAnalysis() *core.Analysis {
	return &core.Analysis{
		Version: 1,
		Actors: []core.Actor{
			{ID: "lebanon", Name: "Lebanon", Kind: core.KindState, Aliases: []string{"Baabda"}},
			{ID: "united-states", Name: "United States", Kind: core.KindState, Aliases: []string{"Washington"}},
			{ID: "israel", Name: "Israel", Kind: core.KindState},
		},
		Stances: []core.Stance{
			{ID: "s1", Actor: "lebanon", Type: core.Condition, Summary: "ceasefire first", Cameo: "0871", Goldstein: 9,
				Evidence: ev(viewText, "Lebanon said the ceasefire comes first.")},
			// the same sentence twice: same base key, "#2" on the second
			{ID: "s2", Actor: "lebanon", Type: core.Condition, Summary: "ceasefire first",
				Evidence: core.Evidence{Start: 40, End: 79, Text: viewText[40:79]}},
			{ID: "s3", Actor: "israel", Type: core.Rejection, Summary: "rejects withdrawal plan", Cameo: "120", Goldstein: -4,
				Evidence: ev(viewText, "Israel rejected it.")},
		},
		Proposals: []core.Proposal{
			{ID: "p1", Proposer: "united-states", Content: "gradual withdrawal", Status: core.StatusProposed,
				Evidence: ev(viewText, "Washington proposed a gradual withdrawal.")},
		},
	}
}

func TestKeysStableAcrossAnalyses(t *testing.T) {
	a := viewAnalysis()
	sk, pk := Keys(a)
	require.Len(t, sk, 3)
	require.Len(t, pk, 1)
	assert.True(t, strings.HasPrefix(sk[0], "stance|lebanon|"))
	assert.Equal(t, sk[0]+"#2", sk[1])
	assert.True(t, strings.HasPrefix(pk[0], "proposal|united-states|"))

	// a new analysis renumbers ids, moves spans (text re-pasted with other
	// spacing) and retypes a stance: the keys stay
	b := viewAnalysis()
	b.Stances[2].ID, b.Stances[2].Type = "s9", core.Denial
	b.Stances[2].Evidence.Text = "Israel  rejected\nit."
	b.Stances[2].Evidence.Start += 7
	b.Proposals[0].ID = "p7"
	sk2, pk2 := Keys(b)
	assert.Equal(t, sk, sk2)
	assert.Equal(t, pk, pk2)

	// another actor or other words: another key
	assert.NotEqual(t, StanceKey(a.Stances[0]), StanceKey(core.Stance{Actor: "israel", Evidence: a.Stances[0].Evidence}))
	assert.NotEqual(t, StanceKey(a.Stances[0]), StanceKey(a.Stances[2]))
}

func TestApply(t *testing.T) {
	a := viewAnalysis()
	sk, pk := Keys(a)
	s3Target, err := NewTarget(viewText, "r", 0, len("Lebanon said the ceasefire comes first."))
	require.NoError(t, err)
	wTarget, err := NewTarget(viewText, "r", ev(viewText, "a gradual withdrawal").Start, ev(viewText, "a gradual withdrawal").End)
	require.NoError(t, err)
	corrs := []Correction{
		{ReportID: "r", Key: sk[0], Item: ItemStance, Action: Confirm},
		{ReportID: "r", Key: sk[1], Item: ItemStance, Action: Reject},
		{ReportID: "r", Key: sk[2], Item: ItemStance, Action: Edit, Type: core.Accusation, Party: "Baabda", Summary: "blames Lebanon"},
		{ReportID: "r", Key: pk[0], Item: ItemProposal, Action: Edit, Status: core.StatusRejected, Party: "Qatar"},
		{ReportID: "r", Key: "stance|hamas|0000000000000000", Item: ItemStance, Action: Reject},
	}
	anns := []Annotation{
		{ID: "n1", ReportID: "r", Kind: KindNote, Body: "ignored by Apply", Target: s3Target},
		{ID: "a1", ReportID: "r", Kind: KindStance, Party: "Hezbollah", StanceType: core.Hope, Body: "hopes for calm", Target: s3Target},
		{ID: "a2", ReportID: "r", Kind: KindProposal, Party: "united-states", Status: core.StatusUnderDiscussion, Body: "withdrawal", Target: wTarget},
		{ID: "a3", ReportID: "r", Kind: KindProposal, Party: "qatar", Status: core.StatusProposed,
			Target: Target{Quote: TextQuoteSelector{Exact: "not in this text"}}},
	}
	v := Apply(a, viewText, corrs, anns)

	tests := []struct {
		name string
		got  any
		want any
	}{
		{"s1 confirmed", v.Stances[0].Flags, Flags{Key: sk[0], Confirmed: true}},
		{"s2 rejected but kept", v.Stances[1].Flags, Flags{Key: sk[1], Rejected: true}},
		{"s3 edited", v.Stances[2].Flags, Flags{Key: sk[2], Edited: true}},
		{"s3 type", v.Stances[2].Type, core.Accusation},
		{"s3 party by alias", v.Stances[2].Actor, "lebanon"},
		{"s3 summary", v.Stances[2].Summary, "blames Lebanon"},
		{"s3 cameo cleared with the type", v.Stances[2].Cameo, ""},
		{"s3 original kept", v.Stances[2].Original.Type, core.Rejection},
		{"p1 status", v.Proposals[0].Status, core.StatusRejected},
		{"p1 new party", v.Proposals[0].Proposer, "reader-qatar"},
		{"p1 content unchanged", v.Proposals[0].Content, "gradual withdrawal"},
		{"unmatched kept", len(v.Unmatched), 1},
		{"orphaned added proposal", len(v.Orphaned), 1},
		{"visible stances", len(v.VisibleStances()), 3},
		{"visible proposals", len(v.VisibleProposals()), 2},
		{"engine analysis untouched", a.Stances[2].Type, core.Rejection},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}

	require.Len(t, v.Stances, 4)
	added := v.Stances[3]
	assert.True(t, added.Added)
	assert.Equal(t, "a1", added.AnnotationID)
	assert.Equal(t, "reader-hezbollah", added.Actor)
	assert.Equal(t, core.Hope, added.Type)
	assert.Equal(t, viewText[added.Evidence.Start:added.Evidence.End], added.Evidence.Text)
	require.Len(t, v.Proposals, 2)
	assert.Equal(t, "a gradual withdrawal", v.Proposals[1].Evidence.Text)
	assert.Equal(t, "united-states", v.Proposals[1].Proposer)

	var newParties []string
	for _, act := range v.Actors {
		if act.Added {
			newParties = append(newParties, act.ID+"="+act.Name)
		}
	}
	assert.Equal(t, []string{"reader-qatar=Qatar", "reader-hezbollah=Hezbollah"}, newParties)
}

func TestApplyNil(t *testing.T) {
	v := Apply(nil, "", nil, nil)
	assert.NotNil(t, v.Stances)
	assert.Empty(t, v.Stances)
}

func TestCheckCorrection(t *testing.T) {
	ok := Correction{ReportID: "r", Key: "stance|x|00", Item: ItemStance, Action: Confirm}
	tests := []struct {
		name   string
		edit   func(c *Correction)
		errHas string
	}{
		{"valid", func(c *Correction) {}, ""},
		{"no report", func(c *Correction) { c.ReportID = "" }, "not attached"},
		{"bad item", func(c *Correction) { c.Item = "actor" }, "not something"},
		{"key of other kind", func(c *Correction) { c.Key = "proposal|x|00" }, "does not name"},
		{"bad action", func(c *Correction) { c.Action = "delete" }, "not a correction"},
		{"empty edit", func(c *Correction) { c.Action = Edit }, "changes nothing"},
		{"status on stance", func(c *Correction) { c.Action, c.Status = Edit, core.StatusAccepted }, "not a proposal status"},
		{"bad type", func(c *Correction) { c.Action, c.Type = Edit, "angry" }, "not a stance type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.edit(&c)
			err := CheckCorrection(c)
			if tt.errHas == "" {
				assert.NoError(t, err)
			} else {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.errHas)
			}
		})
	}
}

func TestCheckAlias(t *testing.T) {
	assert.NoError(t, CheckAlias(Alias{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}))
	assert.Error(t, CheckAlias(Alias{Surface: " ", Actor: "Lebanon", Kind: core.KindState}))
	assert.Error(t, CheckAlias(Alias{Surface: "Baabda", Kind: core.KindState}))
	assert.Error(t, CheckAlias(Alias{Surface: "Baabda", Actor: "Lebanon", Kind: "city"}))
	assert.NoError(t, CheckAlias(Alias{Surface: "Baabda", Actor: "Lebanon"}), "kind is optional")
	assert.Equal(t, []core.Alias{{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}},
		CoreAliases([]Alias{{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}}))
}

// TestItemKeyUnchanged pins correction keys to their first definition
// (FNV-1a over foldString, formatted with fmt): keys are stored in readers'
// browsers, so a faster way to compute them must give the same keys.
func TestItemKeyUnchanged(t *testing.T) {
	tests := []string{
		"", "   ", "Lebanon said the ceasefire comes first.",
		"  “quoted”\n\tand  `ticked`—dashed\u00a0spaced\u200bzero-width  ",
		"naïve café ‘single’ « guillemets » ‒ – — ― −", "a\u0085b\r\nc\vd\fe",
		string([]byte{0xff, 'a', 0xfe}), "日本語の テキスト",
	}
	for _, ev := range tests {
		h := fnv.New64a()
		h.Write([]byte(foldString(ev)))
		want := fmt.Sprintf("%s|%s|%016x", ItemStance, "lebanon", h.Sum64())
		assert.Equal(t, want, itemKey(ItemStance, "lebanon", ev), "%q", ev)
	}
}
