// Package vocab holds the engine's vocabulary types: the kinds of party,
// the stance types, the proposal statuses, the talk signals and the
// attribution kinds of ../shared/CONTRACT.md. It is a leaf package (it
// imports nothing of the project), so data packages and converters can
// name these values instead of repeating strings; package core re-exports
// them under their old names.
package vocab

// ActorKind says what sort of party an actor is.
type ActorKind string

// Actor kinds of the contract.
const (
	KindState        ActorKind = "state"
	KindOrganization ActorKind = "organization"
	KindPerson       ActorKind = "person"
	KindGroup        ActorKind = "group"
)

// ActorKinds lists every actor kind in a stable order.
var ActorKinds = []ActorKind{KindState, KindOrganization, KindPerson, KindGroup}

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

// Valid reports whether t is one of the twelve stance types.
func (t StanceType) Valid() bool {
	for _, s := range StanceTypes {
		if s == t {
			return true
		}
	}
	return false
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

// AttributionKind is the kind of an attribution: what the cue attributes.
type AttributionKind string

// Attribution kinds of the contract.
const (
	Speech  AttributionKind = "speech"  // said, told, announced, according to, quoted words
	Thought AttributionKind = "thought" // believes, thinks, hopes, fears, wants, plans
	Other   AttributionKind = "other"   // a stance stated without a verb of saying or thinking
)

// AttributionKinds lists every attribution kind in a stable order.
var AttributionKinds = []AttributionKind{Speech, Thought, Other}
