package annotation

import (
	"parley/core"
)

// ItemKind says which kind of extracted item a correction is about.
type ItemKind string

// Item kinds a reader can correct.
const (
	ItemStance   ItemKind = "stance"
	ItemProposal ItemKind = "proposal"
)

// Action is what a reader did to an extracted item.
type Action string

// Correction actions. To restore a rejected item, delete its correction.
const (
	// Confirm marks the item as checked by the reader.
	Confirm Action = "confirm"
	// Reject hides the item from the reader's view (restorable).
	Reject Action = "reject"
	// Edit replaces some fields of the item (the non-empty ones).
	Edit Action = "edit"
)

// Correction is a reader's verdict on one stance or proposal the engine
// extracted. It refers to the item by Key (see StanceKey, ProposalKey), not
// by its id: ids like "s1" are renumbered by every analysis.
type Correction struct {
	ReportID string   `json:"report"`
	Key      string   `json:"key"`
	Item     ItemKind `json:"item"`
	Action   Action   `json:"action"`
	// Edit fields: an empty field keeps the engine's value. Party is an
	// actor id, or the name of a new party.
	Party   string              `json:"party,omitempty"`
	Type    core.StanceType     `json:"type,omitempty"`
	Status  core.ProposalStatus `json:"status,omitempty"`
	Summary string              `json:"summary,omitempty"`
	// Created and Modified are Unix milliseconds, passed in by the caller.
	Created  int64 `json:"created"`
	Modified int64 `json:"modified"`
}
