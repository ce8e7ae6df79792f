package nlp

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"parley/core/tokens"
)

func TestParaStarts(t *testing.T) {
	wrapped := "Talks resumed on Monday between the two\nsides, officials said.\n\n  A new paragraph."
	toks := tokens.Tokenize(wrapped, tokens.Lower(wrapped))
	p := ParaStarts(wrapped, toks, nil)
	var starts []string
	for i, ok := range p {
		if ok {
			starts = append(starts, wrapped[toks[i].Start:toks[i].End])
		}
	}
	assert.Equal(t, []string{"Talks", "A"}, starts, "a hard-wrapped line goes on; a blank line starts a paragraph")
	long := strings.Repeat("word ", 30) + "end.\nNext line."
	toks = tokens.Tokenize(long, tokens.Lower(long))
	p = ParaStarts(long, toks, nil)
	assert.True(t, p[len(toks)-3], "after a long line, a line break starts a paragraph")
}
