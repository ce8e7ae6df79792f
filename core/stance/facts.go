// Package stance types an attribution: which of the twelve stance types a
// party's attributed words are, with the CAMEO code and Goldstein score of
// the same entry. The type comes from two places:
//
//   - the cue: its entry in PETRARCH2's CAMEO verb dictionary (package
//     cameo), matched on lemmas over the words after it ("accused X of"
//     112, "reject the offer" 127, "express hope" 013), for verbs that are
//     themselves stance acts (demand, accuse, reject, deny, threaten,
//     promise, propose, agree, …);
//   - the grammar of the content, for verbs of saying and thinking: its
//     subject (the speaker's own side, another party, a talks noun), its
//     verb group (future, deontic modal, negation), conditional
//     subordinators, existential negation and the CAMEO entry of its own
//     verb ("said it would quit the talks": own future harmful act, a
//     threat).
//
// The rules are rows of a table (rules.go), tried in order; each has
// invented test sentences in rules_test.go.
package stance

import (
	"parley/core/cameo"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

// Parties tells the stage who noun phrases are.
type Parties interface {
	// Of returns the party NP n names (or stands for: a pronoun resolved),
	// -1 when none.
	Of(n int) int
}

// Input is one attribution to type.
type Input struct {
	D       *nlp.Doc
	P       *syntax.Parse
	Cue     [2]int // tokens
	Head    int    // the cue's head token
	Content [2]int // tokens
	// Skip: tokens of the content that typing passes over, a first verb
	// phrase whose subject a second one shares ("her government was
	// studying the plan but would not free anyone": the second is typed
	// with the subject); zero when none
	Skip    [2]int
	Self    int   // the party of the source, -1 when none
	Joint   []int // every party of a joint source ("the two sides said"), with Self
	Parties Parties
	// SourceThing: the source is something put on the table, not a
	// party ("Egypt's plan calls for a truce"): what it says is proposed
	SourceThing bool
}

// Facts are what the rules read about one attribution.
type Facts struct {
	SourceThing bool   // see Input.SourceThing
	Lemma       string // the cue's lemma (a nominal cue's verb: "demand", "denial" → "deny")
	Nominal     bool   // the cue is a noun or adjective
	// Material: the cue is a verb of a material act in CAMEO (shell,
	// withdraw, open): a report of what was done, not a stance
	Material bool
	Entry    cameo.Entry
	Known    bool             // the cue is in the dictionary and the match gives an event
	CueType  vocab.StanceType // the type of the cue's entry ("" when none)
	CueNeg   bool             // "did not reject", "would not accept"
	Speech   bool             // a verb of saying (its type is the content's)
	Thought  bool             // a verb of thinking, hoping or wanting
	Hope     bool             // of the HOPE or WISH blocks

	Comp     string // what follows the cue: "that", "to" (an infinitive), "np", "np-to", "quote", ""
	ObjParty int    // the party of the noun phrase right after the cue, -1
	ObjTalk  bool   // the object names the talks or something on their table
	ObjHarm  bool   // that noun phrase names a hostile act ("an offensive", "a strike")
	// ProtestAim: the cue is a participle after an act of protest, what
	// the protest is for ("marched on the ministry demanding a rise")
	ProtestAim bool
	// Hypothetical: the cue's clause is a condition or a question ("if
	// both sides asked for one"): nothing was said
	Hypothetical bool
	ObjOffer     bool // the object is something put on the table, not a concluded accord

	Subj         int  // the party of the content's subject, -1
	SubjSelf     bool // the subject is the speaker's side (a first-person pronoun, or its party)
	SubjOther    bool // the subject is another party
	SubjIt       bool // the subject is "it", "this" or "that"
	SubjTalk     bool // the subject is a talks or proposal noun ("the meeting", "the draft")
	SubjProposal bool // the subject names something put on the table ("its offer")
	SubjOwn      bool // the subject is the speaker's own: "its offer", "our plan"
	SubjOut      bool // the subject is an outcome of talks ("progress")
	// ProposedThing: the subject is a proposal named by a participle of
	// proposing ("one of the ideas proposed is …")
	ProposedThing bool
	// AskedOf: the party of whom the content's verb of wanting or
	// expecting asks an act ("Egypt expects Ethiopia to release more
	// water"), -1
	AskedOf int
	// Tabled: the subject is a proposal named by a participle of putting
	// forward with no agent ("the package presented to the union"): in a
	// party's own words, its own proposal
	Tabled    bool
	Verb      string
	VerbTok   int // the token of Verb
	VerbEntry cameo.Entry
	VerbKnown bool
	// Obstruct: the content's verb opens an idiom of obstruction ("are
	// dragging their feet")
	Obstruct bool
	// HarmObject: the content verb's object names a hostile act, as
	// PETRARCH codes imposing it ("blockade" 191, "sanctions" 163)
	HarmObject bool
	// Leave: the content's verb is one of going (CAMEO's GO_SOMEWHERE
	// block) away from something: a particle or preposition of leaving
	// follows it ("pull out of", "walk away from")
	Leave     bool
	AgreedTo  bool   // the content's verb follows "agree to" ("had agreed to allow …")
	Future    bool   // will, would, shall, going to, 'll
	Deontic   bool   // must, should, have to, need to, ought to
	Hedge     bool   // may, might, could
	Able      bool   // can, could: "cannot accept" refuses
	Passive   bool   // the content's verb group is passive ("will not be surrendered")
	Neg       bool   // the content's verb group is negated
	Copula    bool   // the content's verb is a form of "be"
	Past      bool   // the content's verb group is in a past tense, with no modal
	Eval      string // an adjective of evaluation after the copula: "refusal", "negative", "positive"
	EvalWith  bool   // the adjective of evaluation takes "with" + what it judges ("not happy with the quota")
	TopicOnly bool   // what follows a verb of saying is one noun phrase ("referred to the deal")
	Ready     bool   // "is ready to", "remains committed to": an intent stated as readiness
	// ReadyFor: the readiness is for a thing, not an act: "remained open
	// to talks", "is ready for an exchange" (a disposition, not a promise)
	ReadyFor bool
	Concrete bool // the content names an amount ("a 7% rise", "over two years")
	ToInf    bool // the content is a to-infinitive (the speaker's own act)

	Cond        bool // unless, only if, provided (that), as long as, on condition
	BareIf      bool // the condition is a plain "if" (a contingency, not a demand)
	Exchange    bool // the condition is an exchange: "in return for", "in exchange for"
	FirstBefore bool // "first … before"
	BeforeTalks bool // "before" the talks: "before any talks could start"
	Until       bool // "until" or "while" opens a clause: "would not sign until X withdrew"
	NoExist     bool // "no X was planned", "there is no X"
	Talk        bool // a talks noun in the content
	// EventCode is the code of the event the content names, as PETRARCH
	// codes its declaration ("a clear ceasefire" → 0871): what a
	// condition asks to happen first.
	EventCode string
}

// harmful reports whether a CAMEO code is a hostile act (13–20: threaten,
// protest, exhibit force, reduce relations, coerce, assault, fight, mass
// violence).
func harmful(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "13", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// lemmas returns the lemmas of tokens [t0, t1) that carry meaning (no
// punctuation, determiners or pronouns), for dictionary patterns, up to
// where an infinitive or a subordinate clause begins.
func lemmas(d *nlp.Doc, t0, t1 int, buf []string) []string {
	buf = buf[:0]
	for i := t0; i < t1 && i < len(d.Toks) && len(buf) < 12; i++ {
		if len(buf) > 0 && d.OpensClause(i) {
			break // a clause of its own begins
		}
		switch d.Tag(i) {
		case pos.PUNCT, pos.DET, pos.PRON:
			continue
		}
		buf = append(buf, d.Lemma(i))
	}
	return buf
}
