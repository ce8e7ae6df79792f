package nlp

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"parley/core/pos"
)

// tagOf returns the tag of the first token of text that is word.
func tagOf(t *testing.T, text, word string) pos.Tag {
	t.Helper()
	d := &Doc{}
	d.Prepare(text, pos.Default())
	for i := range d.Toks {
		if d.Word(i) == word {
			return d.Tag(i)
		}
	}
	t.Fatalf("%q not in %q", word, text)
	return 0
}

// Invented sentences: the corrections news capitals and grammar make to
// the tagger's reading.
func TestTagCorrections(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       pos.Tag
	}{
		{"Talks between the union Unite and the operator Metroline broke down.", "Metroline", pos.PROPN},
		{"Talks with the union Unite broke down.", "Unite", pos.PROPN},
		{"The talks failed. Unite said so, and the union Unite walked out.", "Unite", pos.PROPN}, // the first, opening a sentence
		{"The pilots of the Vereinigung Cockpit union voted.", "Vereinigung", pos.PROPN},
		{"The envoy said that Brussels would not wait.", "that", pos.SCONJ},
		{"Officials rejected that proposal on Monday.", "that", pos.DET},
		{"Officials said that talks would resume.", "that", pos.SCONJ},
		{"Norway pledged to fund the monitors.", "fund", pos.VB},
		{"Greece plans to impose limits on imports.", "plans", pos.VBZ},
		{"Greece, like other members, plans to impose limits on imports.", "plans", pos.VBZ},
		{"A French minister threatened today to impose tariffs.", "threatened", pos.VBD},
		{"Kenya cannot accept the plan.", "cannot", pos.AUX},
		{"Chile has on several occasions proposed a hotline.", "has", pos.AUX},
		{"The government has refused to commit troops.", "has", pos.AUX},
		{"The government has refused to commit troops.", "refused", pos.VBN},
		// no correction: a participle with a finite verb after it in its clause
		{"The envoy named yesterday said the talks had failed.", "named", pos.VBN},
		{"The plans to impose limits were dropped.", "plans", pos.NOUN},
		// a verb's tag after an article or a possessive is a noun's
		{"The nurses called the offer \"a slap in the face\".", "offer", pos.NOUN},
		{"Ministers welcomed their call for calm.", "call", pos.NOUN},
		{"Ministers will call for calm.", "call", pos.VB},
		// the head of a determiner's phrase before an appositive name or a verb
		{"The chief executive, Ann Lee, said the offer was final.", "executive", pos.NOUN},
		{"The official responsible was named.", "responsible", pos.ADJ},
		// a modal takes a bare verb
		{"The rebels said they would not free anyone before the talks.", "free", pos.VB},
		{"Peru will likely sign the deal.", "likely", pos.ADV},
		// a plural subject opening the sentence, then a verb of the CAMEO
		// dictionary with its object
		{"The Kurds reject proposed changes to the plan.", "reject", pos.VBP},
		{"The Kurds reject proposed changes to the plan.", "proposed", pos.VBN},
		{"The talks stall.", "stall", pos.NOUN}, // (no object: left alone)
		// "to" and a CAMEO verb with its object, after a verb
		{"Both sides agreed to free prisoners.", "free", pos.VB},
		// a name opening the sentence that the tagger read as an auxiliary or an adverb
		{"Boeing said the offer was final.", "Boeing", pos.PROPN},
		{"Ukraine ruled out any concessions.", "Ukraine", pos.PROPN},
		{"However, the talks failed.", "However", pos.ADV},
		// a participle after a noun with a determined object is a past tense
		{"Peru insisted the violence reflected old feuds.", "reflected", pos.VBD},
		// a determiner's phrase after a number is headed by a noun
		{"The union rejected the 3 percent rise on Monday.", "rise", pos.NOUN},
		// a code of capitals and digits is a name
		{"The M23 said it would free the prisoners.", "M23", pos.PROPN},
		// no correction: a noun after a determiner stays one
		{"The fund pledged money.", "fund", pos.NOUN},
	} {
		assert.Equal(t, c.want, tagOf(t, c.text, c.word), c.text)
	}
}

// A line that opens a quotation starts a sentence even without a stop
// before it (lists of quotes, each signed after a dash).
func TestQuoteLines(t *testing.T) {
	d := &Doc{}
	d.Prepare("“We want peace.” ― Ann Lee\n“We want a deal.” ― Bo Kim", pos.Default())
	if assert.Len(t, d.Sents, 2) {
		assert.Equal(t, "“We want a deal.” ― Bo Kim", d.Text[d.Sents[1].Start:d.Sents[1].End])
	}
}
