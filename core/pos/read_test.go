package pos

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A token's exact and lower hashes are those of its normalised form, case
// kept and lower-cased (hashWord), whatever bytes it has.
func TestReadHashesTheNormalisedWord(t *testing.T) {
	words := []string{"", "talks", "Talks", "TALKS", "don`t", "Don’t", "al-Mekhlafi", "Ärger", "naïve", "NAÏVE",
		"CAFÉ’S", "x\xffy", "\xe2\x80", "Zürich—Basel", "`", "AZaz@[`{", "1,200", "U.S.", "“Hello”", "ǅemal", "İstanbul"}
	if sents, err := readEWTWords(); err == nil {
		words = append(words, sents...)
	}
	for _, w := range words {
		var tk token
		tk.read(w)
		assert.Equal(t, hashWord(w, false), tk.exact, "%q exact", w)
		assert.Equal(t, hashWord(w, true), tk.lower, "%q lower", w)
	}
}

// readEWTWords returns the words of EWT dev, when it is here.
func readEWTWords() ([]string, error) {
	f, err := os.ReadFile(ewtDir + "/en_ewt-ud-dev.conllu")
	if err != nil {
		return nil, err
	}
	var out []string
	for line := range strings.SplitSeq(string(f), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) == 10 && line[0] != '#' {
			out = append(out, cols[1])
		}
	}
	return out, nil
}
