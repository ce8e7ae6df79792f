package pos

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// hashWord reads ASCII bytes directly: the same hashes as rune by rune.
func TestHashWordASCII(t *testing.T) {
	byRunes := func(word string, lower bool) uint64 {
		h := uint64(fnvOffset)
		for _, r := range word {
			h = hashRune(h, normRune(r, lower))
		}
		return h
	}
	for _, w := range []string{"", "talks", "TALKS", "Don`t", "don't", "al-Mekhlafi", "Ärger", "naïve",
		"CAFÉ’S", "x\xffy", "\xe2\x80", "Zürich—Basel", "`", "AZaz@[`{"} {
		for _, lower := range []bool{false, true} {
			assert.Equal(t, byRunes(w, lower), hashWord(w, lower), "%q lower %v", w, lower)
		}
	}
}
