package cameo

import (
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
