package syntax

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"parley/core/nlp"
	"parley/core/tokens"
)

// quoted returns the quoted words of each quotation, tokens joined by
// spaces, with "…" for a quotation that is never closed.
func quoted(text string) []string {
	toks := tokens.Tokenize(text, tokens.Lower(text))
	para := nlp.ParaStarts(text, toks, nil)
	var out []string
	for _, q := range Quotes(text, toks, func(i int) bool { return para[i] }) {
		t0, t1 := q.Inner()
		var w []string
		for i := t0; i < t1; i++ {
			w = append(w, text[toks[i].Start:toks[i].End])
		}
		s := strings.Join(w, " ")
		if q.Close < 0 {
			s += " …"
		}
		out = append(out, s)
	}
	return out
}

func TestQuotes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"curly, speaker after", "“We will not sign,” the envoy said.", []string{"We will not sign ,"}},
		{"straight, speaker after", `"We will not sign," the envoy said.`, []string{"We will not sign ,"}},
		{"straight, speaker in the middle", `"We will not sign," she said, "not this year."`, []string{"We will not sign ,", "not this year ."}},
		{"straight, several sentences, speaker after", `"No. Never. Not while I lead," he said.`, []string{"No . Never . Not while I lead ,"}},
		{"a scare quote inside a sentence", `The so-called "road map" was shelved.`, []string{"road map"}},
		{"two single marks as one double mark", "''It is over,'' he said.", []string{"It is over ,"}},
		{"British single curly quotes", "‘We are still talking,’ a union official said.", []string{"We are still talking ,"}},
		{"a quotation over two paragraphs", "\u201cFirst part.\n\n\u201cSecond part,\u201d she said.", []string{"First part . “ Second part ,"}},
		{"an unclosed quotation stops at its paragraph", "He said: \"We walk out.\n\nThe talks resumed.", []string{"We walk out . …"}},
		{"an apostrophe is not a quotation", "The workers’ offer and Sana'a talks", nil},
		{"a stray closing mark is ignored", "It was over” then.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, quoted(c.text))
		})
	}
}
