package core

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/tokens"
)

// TestBitSetsAreWords guards the bits that replace map look-ups: d.is(i, b)
// equals set[d.lw(i)] only when no key could be the text of a non-word
// token (a number, "'s", a punctuation mark) or of no token at all.
func TestBitSetsAreWords(t *testing.T) {
	for k, s := range bitSets {
		for w := range s.set {
			c := w[0]
			if w == "" || !(c >= 'a' && c <= 'z' || c >= 0x80) {
				t.Errorf("set %d: key %q is not a word", k, w)
			}
		}
	}
	for w := range Default().gaz.Suffixes {
		if ws := tokens.Words(w); len(ws) != 1 {
			t.Errorf("suffix %q is not one word", w)
		}
	}
}

// The table answers what a map of every word's classes answers.
func TestWordTabIsTheMap(t *testing.T) {
	a := Default()
	m := map[string]uint64{}
	a.eachWordClass(func(w string, b uint64) { m[w] |= b })
	require.Greater(t, len(m), 1000)
	for w, b := range m {
		if w != "" {
			assert.Equal(t, b, a.bits.get(w), w)
		}
	}
	assert.LessOrEqual(t, 4*a.bits.n, len(a.bits.keys), "a quarter full at most")
	for _, w := range []string{"", "zzyzx", "Lebanon", "talks-"} {
		assert.Equal(t, uint64(0), a.bits.get(w), w)
	}
}

func TestWordTabGrows(t *testing.T) {
	tab := newWordTab(1)
	tests := []struct {
		word string
		bits uint64
	}{{"a", 1}, {"b", 2}, {"a", 4}, {"", 8}}
	for _, tt := range tests {
		tab.or(tt.word, tt.bits)
	}
	for i := range 1000 {
		tab.or(strconv.Itoa(i), uint64(i))
	}
	assert.Equal(t, uint64(5), tab.get("a"))
	assert.Equal(t, uint64(2), tab.get("b"))
	assert.Equal(t, uint64(0), tab.get(""), "no empty word")
	assert.Equal(t, uint64(999), tab.get("999"))
	assert.Equal(t, 1002, tab.n)
	assert.LessOrEqual(t, 4*tab.n, len(tab.keys))
}

// BenchmarkBuildBits is the start-up cost of the word-class table.
func BenchmarkBuildBits(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		a.buildBits()
	}
}
