package core

import (
	"testing"

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
