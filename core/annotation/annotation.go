// Package annotation is the readers' side of a Parley analysis: notes, tags
// and missed stances or proposals that a reader attaches to a passage of a
// report, corrections of what the engine extracted (confirm, reject, edit),
// and custom aliases the engine should learn.
//
// A passage is targeted the W3C Web Annotation way: a TextQuoteSelector (the
// exact words with a little context on each side) and a TextPositionSelector
// (offsets in Unicode code points, the spec's unit). The core's spans are
// byte offsets into UTF-8 and the DOM counts UTF-16 units, so this package
// also converts between the three. Re-anchoring re-attaches annotations to
// a report that was pasted again with changed whitespace or paragraphs, and
// flags (never drops) those that no longer match.
//
// It is pure Go (no syscall/js, no UI imports) and never reads the clock:
// times are passed in as Unix milliseconds, so results are deterministic.
package annotation

import (
	"fmt"
	"hash/fnv"

	"parley/core"
)

// Kind says what a reader's annotation is.
type Kind string

// Annotation kinds.
const (
	// KindNote is a free comment on a passage.
	KindNote Kind = "note"
	// KindTag labels a passage with one or more tags.
	KindTag Kind = "tag"
	// KindStance is a stance the engine missed: Party, StanceType.
	KindStance Kind = "stance"
	// KindProposal is a proposal the engine missed: Party, Status.
	KindProposal Kind = "proposal"
)

// Kinds lists every annotation kind in a stable order.
var Kinds = []Kind{KindNote, KindTag, KindStance, KindProposal}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, x := range Kinds {
		if k == x {
			return true
		}
	}
	return false
}

// ContextLen is how many code points of prefix and suffix a
// TextQuoteSelector keeps on each side of the exact quote.
const ContextLen = 32

// TextQuoteSelector picks a passage by its words: Exact, with up to
// ContextLen code points of Prefix before it and Suffix after it.
type TextQuoteSelector struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

// TextPositionSelector picks a passage by position: [Start, End) in Unicode
// code points from the start of the report text (W3C unit, not bytes).
type TextPositionSelector struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Target is the passage an annotation is attached to.
type Target struct {
	// Source is the report id the passage belongs to.
	Source   string               `json:"source"`
	Quote    TextQuoteSelector    `json:"quote"`
	Position TextPositionSelector `json:"position"`
	// Orphaned is set by Reanchor when the passage can no longer be found
	// in the report text. The annotation is kept so the reader can
	// re-attach or delete it.
	Orphaned bool `json:"orphaned,omitempty"`
}

// Annotation is one reader's annotation of a report.
type Annotation struct {
	ID       string `json:"id"`
	ReportID string `json:"report"`
	Kind     Kind   `json:"kind"`
	// Body is the reader's text (the note, or a comment on a missed
	// stance/proposal; for a missed proposal it is also its content).
	Body string   `json:"body,omitempty"`
	Tags []string `json:"tags,omitempty"`
	// Party is, for KindStance and KindProposal, the actor id of a party
	// the engine found, or the name of a new party the reader names.
	Party string `json:"party,omitempty"`
	// StanceType is set for KindStance.
	StanceType core.StanceType `json:"stance_type,omitempty"`
	// Status is set for KindProposal.
	Status core.ProposalStatus `json:"status,omitempty"`
	// Created and Modified are Unix milliseconds, passed in by the caller.
	Created  int64  `json:"created"`
	Modified int64  `json:"modified"`
	Target   Target `json:"target"`
}

// Alias is a reader's custom alias: Surface (words in a report) names the
// party Actor (an actor's canonical name), of the given Kind (empty: the
// engine uses the kind it knows for Actor). It is core.Alias with JSON tags
// for storage; give the engine Aliases(list) with core.NewAnalyzer.
type Alias struct {
	Surface string         `json:"surface"`
	Actor   string         `json:"actor"`
	Kind    core.ActorKind `json:"kind,omitempty"`
}

// Core returns the alias as the engine takes it.
func (a Alias) Core() core.Alias {
	return core.Alias{Surface: a.Surface, Actor: a.Actor, Kind: a.Kind}
}

// CoreAliases converts custom aliases for core.NewAnalyzer(CoreAliases(list)...).
func CoreAliases(list []Alias) []core.Alias {
	out := make([]core.Alias, len(list))
	for i, a := range list {
		out[i] = a.Core()
	}
	return out
}

// NewID returns an id for a new annotation of target made at created (Unix
// ms) by the n-th action of the session: 16 hex digits of a hash of those,
// so ids are deterministic (no clock or randomness in core) yet distinct.
func NewID(t Target, created int64, n int) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%d\x00%d\x00%d", t.Source, t.Quote.Exact,
		t.Position.Start, t.Position.End, created, n)
	return fmt.Sprintf("%016x", h.Sum64())
}
