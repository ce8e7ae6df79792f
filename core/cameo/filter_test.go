package cameo

import (
	"math/bits"
	"testing"

	"github.com/stretchr/testify/assert"

	"parley/core/vocab"
)

// A key set never refuses a key: every lemma, verb word and form of the
// dictionary gets through, and what it refuses is no key.
func TestKeySetsLetKeysThrough(t *testing.T) {
	d := get()
	for l := range d.byLemma {
		assert.True(t, d.lemmaSet.has(l), l)
		assert.True(t, d.wordSet.has(l), l)
		assert.True(t, d.lemmaSet.hasBytes([]byte(l)), l)
	}
	for w := range d.forms {
		assert.True(t, d.wordSet.has(w), w)
	}
	for w := range d.byHead {
		assert.True(t, d.wordSet.has(w), w)
	}
	for w, e := range d.syn {
		assert.Equal(t, e, d.synOf(w), w)
	}
	for _, m := range []map[string]vocab.StanceType{d.types, d.blockTypes, d.verbTypes} {
		for k := range m {
			assert.True(t, d.typeSet.has(k), k)
		}
	}
	set := 0
	for _, x := range d.wordSet {
		set += bits.OnesCount64(x)
	}
	assert.Less(t, set, len(d.wordSet)*64/4, "the word set is mostly clear")
}

func TestKeySet(t *testing.T) {
	var k keySet
	for _, w := range []string{"", "a", "say", "rule out"} {
		k.add(w)
	}
	tests := []struct {
		word string
		want bool
	}{
		{"", true}, {"a", true}, {"say", true}, {"rule out", true},
		{"banana", false}, {"saying", false}, {"ruled out", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, k.has(tt.word), tt.word)
		assert.Equal(t, tt.want, k.hasBytes([]byte(tt.word)), tt.word)
	}
}
