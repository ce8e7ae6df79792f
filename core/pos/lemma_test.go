package pos

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

func TestLemma(t *testing.T) {
	for _, tc := range []struct {
		word string
		tag  Tag
		want string
	}{
		{"said", VBD, "say"}, {"said", VBN, "say"}, {"says", VBZ, "say"}, {"saying", VBG, "say"},
		{"talks", NOUN, "talk"}, {"talks", VBZ, "talk"}, {"was", AUX, "be"}, {"were", AUX, "be"},
		{"is", AUX, "be"}, {"'s", AUX, "be"}, {"’s", AUX, "be"}, {"'s", PART, "'s"}, {"'m", AUX, "be"},
		{"'re", AUX, "be"}, {"'ll", AUX, "will"}, {"has", AUX, "have"}, {"had", AUX, "have"},
		{"does", AUX, "do"}, {"did", AUX, "do"}, {"n't", PART, "not"}, {"n’t", PART, "not"},
		{"wo", AUX, "will"}, {"ca", AUX, "can"},
		{"made", VBD, "make"}, {"took", VBD, "take"}, {"went", VBD, "go"}, {"children", NOUN, "child"},
		{"men", NOUN, "man"}, {"better", ADJ, "good"},
		{"negotiating", VBG, "negotiate"}, {"stopped", VBD, "stop"}, {"agreed", VBD, "agree"},
		{"tries", VBZ, "try"}, {"countries", NOUN, "country"}, {"taxes", NOUN, "tax"},
		{"rejected", VBN, "reject"}, {"news", NOUN, "news"}, {"ceasefires", NOUN, "ceasefire"},
		// not in EWT train: the suffix rules alone
		{"renegotiated", VBD, "renegotiate"}, {"outlined", VBD, "outline"}, {"mediating", VBG, "mediate"},
		{"prioritizes", VBZ, "prioritize"}, {"sanctioned", VBN, "sanction"}, {"embargoes", NOUN, "embargo"},
		{"plotting", VBG, "plot"}, {"reopened", VBD, "reopen"}, {"ratifies", VBZ, "ratify"},
		{"demobilised", VBN, "demobilise"}, {"strikers", NOUN, "striker"}, {"talk", VB, "talk"},
		{"", NOUN, ""}, {"x", 0, "x"}, {"s", NOUN, "s"},
	} {
		assert.Equal(t, tc.want, Lemma(tc.word, tc.tag), "%s/%s", tc.word, tc.tag)
	}
}

func TestLemmaUnchangedIsLower(t *testing.T) {
	for _, w := range []string{"talk", "proposal", "ceasefire", "al-mekhlafi", "u.s."} {
		got := Lemma(w, NOUN)
		assert.Equal(t, unsafe.StringData(w), unsafe.StringData(got), w)
		assert.Zero(t, testing.AllocsPerRun(10, func() { got = Lemma(w, NOUN) }))
	}
	// A stem is a slice of the word: no allocation either.
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = Lemma("proposals", NOUN) }))
}

func TestLemmatizerMalformed(t *testing.T) {
	lz := NewLemmatizer("bad line\nwent\tVERB\tgo\n\tNOUN\tx\nfoo\tNOTATAG\tbar\n")
	assert.Equal(t, "go", lz.Lemma("went", VBD))
	assert.Equal(t, "foo", lz.Lemma("foo", NOUN))
	assert.Equal(t, "talk", NewLemmatizer("").Lemma("talks", NOUN))
}
