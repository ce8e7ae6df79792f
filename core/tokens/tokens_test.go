package tokens

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"U.S. officials said.", []string{"u.s.", "officials", "said", "."}},
		{"Yemen’s foreign minister", []string{"yemen", "’s", "foreign", "minister"}},
		{"Japan's yen", []string{"japan", "'s", "yen"}},
		// a plural possessive is split as UD EWT splits it; a closing
		// quote after a plural is not a possessive
		{"Workers' Union", []string{"workers", "'", "union"}},
		{"the rebels’ demands", []string{"the", "rebels", "’", "demands"}},
		{"‘no more talks’, he said", []string{"‘", "no", "more", "talks", "’", ",", "he", "said"}},
		{"al-Mekhlafi, SAG-AFTRA", []string{"al-mekhlafi", ",", "sag-aftra"}},
		{"1.466 mln bpd, 4,000 times, 7/8 points", []string{"1.466", "mln", "bpd", ",", "4,000", "times", ",", "7/8", "points"}},
		{"“No deal” — none", []string{"“", "no", "deal", "”", "—", "none"}},
		{"a\u00a0b\r\nc", []string{"a", "b", "c"}},
		{"Sana'a doesn't", []string{"sana'a", "does", "n't"}},
		// clitics split as UD EWT splits them; names with apostrophes stay whole
		{"They’re sure we'll win, I'd say, I'm told", []string{"they", "’re", "sure", "we", "'ll", "win", ",", "i", "'d", "say", ",", "i", "'m", "told"}},
		{"O'Neill can't, won't", []string{"o'neill", "ca", "n't", ",", "wo", "n't"}},
		{"D'Alema's rock'n'roll", []string{"d'alema", "'s", "rock'n'roll"}},
		{"he's 'd", []string{"he", "'s", "'", "d"}},
		{"", []string{}},
	} {
		low := Lower(tc.in)
		toks := Tokenize(tc.in, low)
		got := []string{}
		for _, tk := range toks {
			assert.Equal(t, low[tk.Start:tk.End], tk.In(low))
			got = append(got, tk.In(low))
		}
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestFlags(t *testing.T) {
	text := "Japan USA iPhone É"
	toks := Tokenize(text, Lower(text))
	assert.Equal(t, Cap, toks[0].Flags)
	assert.Equal(t, Cap|Upper, toks[1].Flags)
	assert.Equal(t, Flags(0), toks[2].Flags)
	assert.Equal(t, Cap, toks[3].Flags&Cap)
}
