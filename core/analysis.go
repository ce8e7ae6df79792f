// Package core turns a pasted negotiation report into an Analysis: the
// parties (actors), their attributed stances, the proposals on the table, the
// issues they concern and the evidence for each, as byte spans into the
// original text. It is pure Go: no syscall/js, no UI imports, so it builds and
// tests natively and under GOOS=js GOARCH=wasm.
//
// The JSON shape of these types is the contract in ../shared/CONTRACT.md,
// with the additive Talks field described in CONTRACT-ADDENDUM.md: the
// sentences that state the state of the talks (progress, stalled,
// breakthrough, resumed, ended, scheduled, suspended), never nil.
package core

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

// ActorKind says what sort of party an actor is.
type ActorKind string

// Actor kinds of the contract.
const (
	KindState        ActorKind = "state"
	KindOrganization ActorKind = "organization"
	KindPerson       ActorKind = "person"
	KindGroup        ActorKind = "group"
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

// StanceType is one of the twelve stance types of the contract.
type StanceType string

// Stance types.
const (
	Position   StanceType = "position"
	Demand     StanceType = "demand"
	Condition  StanceType = "condition"
	Proposed   StanceType = "proposal"
	Acceptance StanceType = "acceptance"
	Rejection  StanceType = "rejection"
	Accusation StanceType = "accusation"
	Denial     StanceType = "denial"
	Hope       StanceType = "hope"
	Assessment StanceType = "assessment"
	Threat     StanceType = "threat"
	Commitment StanceType = "commitment"
)

// StanceTypes lists every stance type in a stable order.
var StanceTypes = []StanceType{Position, Demand, Condition, Proposed, Acceptance,
	Rejection, Accusation, Denial, Hope, Assessment, Threat, Commitment}

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

// ProposalStatus is where a proposal stands.
type ProposalStatus string

// Proposal statuses.
const (
	StatusProposed        ProposalStatus = "proposed"
	StatusUnderDiscussion ProposalStatus = "under_discussion"
	StatusAccepted        ProposalStatus = "accepted"
	StatusRejected        ProposalStatus = "rejected"
	StatusDenied          ProposalStatus = "denied"
	StatusWithdrawn       ProposalStatus = "withdrawn"
)

// ProposalStatuses lists every proposal status in a stable order.
var ProposalStatuses = []ProposalStatus{StatusProposed, StatusUnderDiscussion,
	StatusAccepted, StatusRejected, StatusDenied, StatusWithdrawn}

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

// TalkSignal says what a sentence reports about the talks themselves.
type TalkSignal string

// Talk signals. Each names what happens to the talks, whether it has
// happened or is announced ("will resume" is resumed, "will be held next
// week" is scheduled).
const (
	TalksProgress     TalkSignal = "progress"     // progress or headway made, differences narrowed
	TalksStalled      TalkSignal = "stalled"      // no progress, deadlock, impasse, without agreement or breakthrough
	TalksBreakthrough TalkSignal = "breakthrough" // a breakthrough reached
	TalksResumed      TalkSignal = "resumed"      // resumed or to resume, reconvened
	TalksEnded        TalkSignal = "ended"        // ended, concluded, broke down, collapsed
	TalksScheduled    TalkSignal = "scheduled"    // to be held, scheduled, the next round
	TalksSuspended    TalkSignal = "suspended"    // suspended, adjourned, postponed, on hold, called off
)

// TalkSignals lists every talk signal in a stable order.
var TalkSignals = []TalkSignal{TalksProgress, TalksStalled, TalksBreakthrough, TalksResumed, TalksEnded,
	TalksScheduled, TalksSuspended}

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
}
