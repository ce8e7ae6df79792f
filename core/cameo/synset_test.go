package cameo

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInSynset(t *testing.T) {
	for _, c := range []struct {
		word, set string
		want      bool
	}{
		{"negotiations", "negotiation", true},
		{"proposal", "proposal", true},
		{"truce", "ceasefire", true},
		{"banana", "proposal", false},
		{"talks", "nosuchset", false},
	} {
		assert.Equal(t, c.want, InSynset(c.word, c.set), "%s in %s", c.word, c.set)
	}
}

func TestMaterial(t *testing.T) {
	for _, c := range []struct {
		verb string
		want bool
	}{
		{"shell", true}, {"sign", false}, {"withdraw", true}, {"release", true}, {"ease", true}, {"allow", false}, {"reveal", false}, {"accept", false}, {"agree", false},
		{"say", false}, {"accuse", false}, {"demand", false}, {"threaten", false}, {"confirm", false},
		{"train", false}, {"nosuchverb", false},
	} {
		assert.Equal(t, c.want, Material(c.verb), c.verb)
	}
}

func TestVerbOf(t *testing.T) {
	for noun, verb := range map[string]string{"denial": "deny", "proposal": "propose", "accusation": "accuse",
		"rejection": "reject", "threat": "threaten", "demand": "demand", "refusal": "refuse", "criticism": "criticize",
		"acceptance": "accept", "warning": "warn"} {
		got, ok := VerbOf(noun)
		assert.True(t, ok, noun)
		assert.Equal(t, verb, got, noun)
	}
	_, ok := VerbOf("banana")
	assert.False(t, ok)
}

func TestVerbOfLongWordsAndAllocs(t *testing.T) {
	long := strings.Repeat("x", 70) + "ation" // longer than verbOf's buffer
	for _, c := range []struct {
		noun, want string
		ok         bool
	}{
		{"negotiation", "negotiate", true},
		{"declaration", "declare", true},
		{long, "", false},
		{"ion", "", false},
		{"", "", false},
	} {
		got, ok := VerbOf(c.noun)
		assert.Equal(t, c.ok, ok, c.noun)
		assert.Equal(t, c.want, got, c.noun)
	}
	n := testing.AllocsPerRun(100, func() {
		VerbOf("negotiation")
		VerbOf("banana")
		VerbOf(long)
	})
	assert.LessOrEqual(t, n, 5.0, "only a word longer than the buffer allocates")
}

func TestProposalNoun(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"proposal", true}, {"treaty", true}, {"plan", true}, {"roadmap", true},
		{"banana", false}, {"", false},
	} {
		assert.Equal(t, c.want, ProposalNoun(c.word), c.word)
		assert.Equal(t, c.want, InSynset(c.word, "proposal") || InSynset(c.word, "treaty") ||
			c.word == "plan" || c.word == "roadmap", c.word)
	}
}
