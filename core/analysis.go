// Package core turns a pasted negotiation report into an Analysis: the
// parties (actors), their attributed stances, the proposals on the table, the
// issues they concern and the evidence for each, as byte spans into the
// original text. It is pure Go: no syscall/js, no UI imports, so it builds and
// tests natively and under GOOS=js GOARCH=wasm.
//
// The JSON shape of these types is the contract in ../shared/CONTRACT.md
// (with its talks and attributions fields).
//
// The engine runs in stages, each with typed inputs and outputs: package
// tokens (tokens) → nlp (sentences, tags, lemmas) → syntax (noun phrases,
// verb groups, quotations) → attrib (attributions: cue, source, content)
// → this package's parties (mentions.go, attributions.go, newparties.go,
// agents.go) → stance (types from the CAMEO dictionary and the grammar)
// → stances.go, proposals.go, talks.go → result.go.
package core

import "parley/core/vocab"

// Version is the version of the Analysis JSON shape.
const Version = 1

// Span is a byte range [Start, End) of the original UTF-8 text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Evidence is a span of the original text together with that text:
// Text == original[Start:End].
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// ActorKind says what sort of party an actor is (see package vocab).
type ActorKind = vocab.ActorKind

// Actor kinds of the contract.
const (
	KindState        = vocab.KindState
	KindOrganization = vocab.KindOrganization
	KindPerson       = vocab.KindPerson
	KindGroup        = vocab.KindGroup
)

// Actor is a party: a negotiating side, a mediator, or someone who states a
// position or is its target.
type Actor struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Kind     ActorKind  `json:"kind"`
	Aliases  []string   `json:"aliases"`
	Mentions []Evidence `json:"mentions"`
}

// StanceType is one of the twelve stance types of the contract (see
// package vocab).
type StanceType = vocab.StanceType

// Stance types.
const (
	Position   = vocab.Position
	Demand     = vocab.Demand
	Condition  = vocab.Condition
	Proposed   = vocab.Proposed
	Acceptance = vocab.Acceptance
	Rejection  = vocab.Rejection
	Accusation = vocab.Accusation
	Denial     = vocab.Denial
	Hope       = vocab.Hope
	Assessment = vocab.Assessment
	Threat     = vocab.Threat
	Commitment = vocab.Commitment
)

// StanceTypes lists every stance type in a stable order.
var StanceTypes = vocab.StanceTypes

// Stance is what a party holds, with its evidence.
type Stance struct {
	ID         string     `json:"id"`
	Actor      string     `json:"actor"`
	Type       StanceType `json:"type"`
	Summary    string     `json:"summary"`
	Issues     []string   `json:"issues"`
	Target     string     `json:"target"`
	Source     string     `json:"source"`
	Cameo      string     `json:"cameo"`
	Goldstein  float64    `json:"goldstein"`
	Confidence float64    `json:"confidence"`
	Evidence   Evidence   `json:"evidence"`
}

// ProposalStatus is where a proposal stands (see package vocab).
type ProposalStatus = vocab.ProposalStatus

// Proposal statuses.
const (
	StatusProposed        = vocab.StatusProposed
	StatusUnderDiscussion = vocab.StatusUnderDiscussion
	StatusAccepted        = vocab.StatusAccepted
	StatusRejected        = vocab.StatusRejected
	StatusDenied          = vocab.StatusDenied
	StatusWithdrawn       = vocab.StatusWithdrawn
)

// ProposalStatuses lists every proposal status in a stable order.
var ProposalStatuses = vocab.ProposalStatuses

// Proposal is an idea, offer, plan or draft put on the table by a party.
type Proposal struct {
	ID       string         `json:"id"`
	Proposer string         `json:"proposer"`
	Content  string         `json:"content"`
	Status   ProposalStatus `json:"status"`
	Issues   []string       `json:"issues"`
	Evidence Evidence       `json:"evidence"`
}

// Issue is a subject of the talks (ceasefire, withdrawal, wages, ...).
type Issue struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// TalkSignal says what a sentence reports about the talks themselves (see
// package vocab).
type TalkSignal = vocab.TalkSignal

// Talk signals.
const (
	TalksProgress     = vocab.TalksProgress
	TalksStalled      = vocab.TalksStalled
	TalksBreakthrough = vocab.TalksBreakthrough
	TalksResumed      = vocab.TalksResumed
	TalksEnded        = vocab.TalksEnded
	TalksScheduled    = vocab.TalksScheduled
	TalksSuspended    = vocab.TalksSuspended
)

// TalkSignals lists every talk signal in a stable order.
var TalkSignals = vocab.TalkSignals

// TalkState is a sentence that states the state of the talks ("the talks
// ended without a breakthrough"), whoever says it: one per sentence at most,
// in text order. Summary is the sentence in its own words (folded white
// space, at most 24 words); Evidence is the sentence (its first 600 bytes
// when longer). A party's reading of the talks is also its assessment
// stance, as before.
type TalkState struct {
	Summary  string     `json:"summary"`
	Signal   TalkSignal `json:"signal"`
	Evidence Evidence   `json:"evidence"`
}

// AttributionKind is what an attribution attributes (see package vocab).
type AttributionKind = vocab.AttributionKind

// Attribution kinds.
const (
	AttrSpeech  = vocab.Speech
	AttrThought = vocab.Thought
	AttrOther   = vocab.Other
)

// Attribution is one place where the text attributes a statement, a
// thought, an intention or a feeling to someone (PolNeAR's definition):
// the cue that signals it, the source as written (nil when the text names
// nobody) and the content. Actor is the id of the party the source stands
// for once aliases and pronouns are resolved, "" otherwise.
type Attribution struct {
	Cue     Evidence        `json:"cue"`
	Source  *Evidence       `json:"source"`
	Content Evidence        `json:"content"`
	Actor   string          `json:"actor"`
	Kind    AttributionKind `json:"kind"`
}

// Analysis is everything Parley found in one report. Talks (added after
// version 1 was published, backward compatible) is never nil: a report
// with no state-of-talks sentence has "talks": [].
type Analysis struct {
	Version   int         `json:"version"`
	Sentences []Span      `json:"sentences"`
	Actors    []Actor     `json:"actors"`
	Stances   []Stance    `json:"stances"`
	Proposals []Proposal  `json:"proposals"`
	Issues    []Issue     `json:"issues"`
	Talks     []TalkState `json:"talks"`
	// Attributions lists every attribution in text order; never nil.
	Attributions []Attribution `json:"attributions"`
}
