// Package pos tags English words with their part of speech and gives their
// lemmas:
//
//	out = pos.Default().Tag(words, out) // one sentence; no allocation once out is large enough
//	pos.Lemma("said", pos.VBD)          // "say"
//
// The tagger is a linear model over hashed features (an averaged
// passive-aggressive learner, two greedy passes: right to left, then left
// to right knowing the first pass's tags ahead) trained on the Universal
// Dependencies English Web Treebank (CC BY-SA 4.0, see data/README.md) by
// cmd/train-tagger: 95.2 % of EWT test's UPOS right. Its model is embedded
// and decoded once, on first use, into flat arrays.
//
// Words are tokenised in the style of EWT: clitics split ("do" "n't", "I"
// "'m", "Clinton" "'s", with ' or ’), quotes and punctuation apart, except
// that hyphenated compounds ("cease-fire", "al-Mekhlafi") and acronyms with
// dots ("U.S.") are one word. Curly quotes and apostrophes are read as
// straight ones. A sentence mostly in ALL CAPS, or in Title Case, is read
// as a headline.
//
// Everything here is safe for concurrent use and never panics.
package pos

// Tag is a part of speech: the 17 UPOS tags of Universal Dependencies,
// except that VERB is split by its Penn Treebank form (VB..VBZ).
type Tag uint8

// The tags. The zero Tag is no tag (it is what Tag gives nothing for).
const (
	ADJ Tag = iota + 1
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	X
	VB  // verb, base form (UPOS VERB, XPOS VB)
	VBD // verb, past tense
	VBG // verb, gerund or present participle
	VBN // verb, past participle
	VBP // verb, non-3rd person singular present
	VBZ // verb, 3rd person singular present
)

// NumTags is the number of tags; the tags are 1..NumTags.
const NumTags = 22

var tagNames = [NumTags + 1]string{"", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "X", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}

// String returns the tag's name: "NOUN", "VBD", ...; "" for the zero Tag
// or any value out of range.
func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return ""
}

// UPOS returns the tag's Universal Dependencies name: "VERB" for VB..VBZ.
func (t Tag) UPOS() string {
	if t.IsVerb() {
		return "VERB"
	}
	return t.String()
}

// IsVerb tells whether t is one of VB..VBZ (UPOS VERB).
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ }

// ParseTag returns the Tag named s (a name String returns), or 0.
func ParseTag(s string) Tag {
	switch s { // a switch the compiler searches by length and bytes: the decoders parse thousands
	case "ADJ":
		return ADJ
	case "ADP":
		return ADP
	case "ADV":
		return ADV
	case "AUX":
		return AUX
	case "CCONJ":
		return CCONJ
	case "DET":
		return DET
	case "INTJ":
		return INTJ
	case "NOUN":
		return NOUN
	case "NUM":
		return NUM
	case "PART":
		return PART
	case "PRON":
		return PRON
	case "PROPN":
		return PROPN
	case "PUNCT":
		return PUNCT
	case "SCONJ":
		return SCONJ
	case "SYM":
		return SYM
	case "X":
		return X
	case "VB":
		return VB
	case "VBD":
		return VBD
	case "VBG":
		return VBG
	case "VBN":
		return VBN
	case "VBP":
		return VBP
	case "VBZ":
		return VBZ
	}
	return 0
}

// FromUD returns the Tag of a Universal Dependencies UPOS tag with its Penn
// Treebank XPOS, as in the CoNLL-U files of EWT: a VERB takes its XPOS
// (VB when the XPOS is not a verb form), anything else its UPOS. It returns
// 0 for an unknown UPOS.
func FromUD(upos, xpos string) Tag {
	if upos == "VERB" {
		if t := ParseTag(xpos); t.IsVerb() {
			return t
		}
		return VB
	}
	t := ParseTag(upos)
	if t.IsVerb() {
		return 0
	}
	return t
}
