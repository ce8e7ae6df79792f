package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parse reads an invented dictionary fragment: synsets, then verb blocks.
func parse(t *testing.T, synsets, verbs string) *Dict {
	t.Helper()
	src := "# header\n" + synsets + "\n####### VERB PATTERNS #######\n" + verbs
	d, err := Parse(strings.NewReader(src))
	require.NoError(t, err)
	return d
}

func TestSynsetLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"regular plurals", "&FRUIT\n+PEAR\n+CHERRY\n+PEACH\n", []string{"pear", "pears", "cherry", "cherries", "peach", "peaches"}},
		{"member ending in _ has no plural", "&FRUIT\n+KIWI_\n", []string{"kiwi"}},
		{"label ending in _ : no plurals", "&FRUIT_\n+PEAR\n", []string{"pear"}},
		{"multi-word member, no plural", "&FRUIT\n+STAR_FRUIT\n", []string{"star fruit"}},
		{"already plural-like", "&FRUIT\n+GRAPES\n", []string{"grapes"}},
		{"label twice: merged", "&FRUIT\n+PEAR_\n&FRUIT\n+PLUM_\n", []string{"pear", "plum"}},
		{"comment dropped", "&FRUIT\n+FIG_ # a note\n", []string{"fig"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.in, "")
			require.Len(t, d.Synsets, 1)
			assert.Equal(t, "fruit", d.Synsets[0].Name)
			assert.Equal(t, tt.want, d.Synsets[0].Members)
		})
	}
}

func TestBlockAndVerbLines(t *testing.T) {
	d := parse(t, "", `
---  GRUMBLE   [---]  ---
GRUMBLE
MOAN  [114]  # a coder's note
CARRY {CARRIES CARRIED CARRYING }
FLEE {}
+SPEAK_UP {+SPOKE_UP +SPEAKS_UP}
+SHRUG_OFF
PRE_+VERB
---  PRAISE   [051]  ---
EXTOL
GRUMBLE [110]
`)
	require.Len(t, d.Blocks, 2)
	b := d.Blocks[0]
	assert.Equal(t, "GRUMBLE", b.Name)
	assert.Equal(t, "---", b.Code)
	want := []Verb{
		{Lemma: "grumble", Forms: []string{"grumbles", "grumbled", "grumbling"}},
		{Lemma: "moan", Code: "114", Forms: []string{"moans", "moaned", "moaning"}},
		{Lemma: "carry", Forms: []string{"carries", "carried", "carrying"}},
		{Lemma: "flee"},
		{Lemma: "speak up", Forms: []string{"spoke up", "speaks up"}},
		{Lemma: "shrug off", Forms: []string{"shrugs off", "shrugged off", "shrugging off"}},
		{Lemma: "pre verb", Head: 1, Forms: []string{"pre verbs", "pre verbed", "pre verbing"}},
	}
	require.Len(t, b.Verbs, len(want))
	for i := range want {
		assert.Equal(t, want[i], *b.Verbs[i])
	}
	assert.Equal(t, "051", d.Blocks[1].Code)
	require.Len(t, d.Blocks[1].Verbs, 1, "a verb in a second block is dropped")
	assert.Equal(t, 1, d.Stats.DuplicateVerbs)
	assert.Equal(t, 1, d.Stats.BlocksWithCode)
	assert.Equal(t, 6, d.Stats.VerbsNoCode)
}

func TestInflect(t *testing.T) {
	tests := []struct{ lemma, want string }{
		{"deny", "denies|denied|denying"},
		{"play", "plays|played|playing"},
		{"push", "pushes|pushed|pushing"},
		{"veto", "vetoes|vetoed|vetoing"},
		{"agree", "agrees|agreed|agreeing"},
		{"accuse", "accuses|accused|accusing"},
		{"tie", "ties|tied|tying"},
		{"warn", "warns|warned|warning"},
		{"ban", "bans|banned|banning"},
		{"shrug", "shrugs|shrugged|shrugging"},
		{"fix", "fixes|fixed|fixing"},
		{"visit", "visits|visited|visiting"},
		{"rain", "rains|rained|raining"},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			assert.Equal(t, tt.want, strings.Join(inflect(tt.lemma, 0), "|"))
		})
	}
}

func TestPatternLines(t *testing.T) {
	d := parse(t, "&TRUCE\n+TRUCE\n", `
---  SPURN   [---]  ---
SPURN
+BRUSH_OFF
- * &TRUCE                                  [120]   # SPURN
- * (WITH {DIRECT TALKS}) +                 [125]   # BRUSHED_OFF
- $ COURT * APPEAL                          [:173]
- * PRICE                                   [---]   # OY 1 Jan 2001
- % &TRUCE_ *                               [042:043]
- * AIR_STRIKE (AGAINST ^)                  [190]
- *SCORN                                    [110]
- A_*_B                                     [111]
- * GLUED)[120]
- * &NOSUCH                                 [120]
- * NO CODE
- * * TWICE                                  [120]
- * ODD                                      [080!]
~ a (b . ATTACK) SAY = a b 112
`)
	b := d.Blocks[0]
	got := make([]string, len(b.Patterns))
	for i, p := range b.Patterns {
		got[i] = p.Code + " | " + p.Origin + " | " + strings.Join(p.Tokens, " ")
	}
	assert.Equal(t, []string{
		"120 | spurn | * &truce",
		"125 | brush off | * (with {direct talks}) +",
		":173 |  | $ court * appeal",
		"--- |  | * price",
		"042:043 |  | % &truce *",
		"190 |  | * air_strike (against ^)",
		"110 |  | * scorn",
		"111 |  | a * b",
		"120 |  | * glued)",
		"080 |  | * odd",
	}, got)
	assert.Equal(t, 1, d.Stats.DroppedUndefinedSynset)
	assert.Equal(t, []string{"nosuch"}, d.Stats.Undefined)
	assert.Equal(t, 2, d.Stats.DroppedBadPattern)
	assert.Equal(t, 1, d.Stats.CodesMended)
	assert.Equal(t, 1, d.Stats.Transformations)
	assert.Equal(t, 1, d.Stats.PatternsNullCode)
}

func TestFilesFormat(t *testing.T) {
	d := parse(t, "&TRUCE\n+TRUCE\n", "---  SPURN   [---]  ---\n+BRUSH_OFF [120]\n- * &TRUCE [125] # BRUSH_OFF\n")
	files := Files(d, []byte("input"))
	require.Len(t, files, 3)
	last := func(name string) string {
		lines := strings.Split(strings.TrimRight(string(files[name]), "\n"), "\n")
		return lines[len(lines)-1]
	}
	assert.Equal(t, "SPURN\t---\tbrush off\t\t120\tbrushes off|brushed off|brushing off", last("verbs.tsv"))
	assert.Equal(t, "SPURN\t125\tbrush off\t* &truce", last("patterns.tsv"))
	assert.Equal(t, "truce\ttruce|truces", last("synsets.tsv"))
	for name, b := range files {
		assert.Contains(t, string(b), sourceCommit, name)
		assert.Contains(t, string(b), command, name)
	}
	assert.Contains(t, string(files["verbs.tsv"]), "Permission is hereby granted")
}
