// Package store keeps Parley's library in the browser: reports (text,
// title, counts, optionally the analysis), the readers' annotations and
// corrections per report, custom aliases and settings, over a small
// key-value interface (window.localStorage in the browser, a map in tests).
//
// Layout (schema 2; every key starts with "parley:"):
//
//	parley:meta                   {"schema":2}
//	parley:index                  [ReportMeta...]   the list of reports
//	parley:report:<id>:<rev>      Report            one key per saved revision
//	parley:annotations:<id>       {"rev":n,"items":[Annotation...]}
//	parley:corrections:<id>       {"rev":n,"items":[Correction...]}
//	parley:aliases                {"rev":n,"items":[Alias...]}
//	parley:settings               {"rev":n,"items":{"key":"value"}}
//	parley:quarantine:<key>:<n>   a raw value Open could not read
//
// Saving a report writes its new revision under a new key first, then
// switches the index to it, then removes the old revision; if storage is
// full the new key is removed again, so nothing is half-written and nothing
// earlier is lost. Every item carries a revision; a Store refuses
// (ErrConflict) to overwrite a revision newer than the one it last read,
// which is how two tabs on one library notice each other: the app calls
// Reload on the window "storage" event.
//
// A value the storage fails to read is never taken for an absent one. A
// save whose read fails is refused with a *ReadError (errors.Is(err,
// ErrRead)) and writes nothing; a read that fails while Open or Reload reads
// the library makes the Store read-only until a Reload reads it all (see
// ReadErr), so no version mark, repaired list or upgrade is written over
// what could not be read, and ExportBackup refuses to write a backup that
// would miss part of the library.
package store

import (
	"sync"

	"parley/core"
	"parley/core/annotation"
)

// Schema is the version of the storage layout this package writes.
const Schema = 2

// Prefix starts every key Parley stores.
const Prefix = "parley:"

// Counts are the sizes of a report's analysis, for the library list.
type Counts struct {
	Parties   int `json:"parties"`
	Stances   int `json:"stances"`
	Proposals int `json:"proposals"`
}

// ReportMeta is what the library list shows of a report.
type ReportMeta struct {
	// ID is ReportID(Text): a hash of the text with whitespace folded.
	ID string `json:"id"`
	// Title is the headline (first non-empty line), at most ~90 characters.
	Title string `json:"title"`
	// Added and Updated are Unix milliseconds.
	Added   int64 `json:"added"`
	Updated int64 `json:"updated"`
	// Rev counts saves of this report (1 for the first); the Store sets it.
	Rev    int    `json:"rev"`
	Counts Counts `json:"counts"`
}

// Report is a saved report.
type Report struct {
	ReportMeta
	Text string `json:"text"`
	// Analysis is optional: it can be recomputed from Text. When it is set,
	// SaveReport takes Counts from it.
	Analysis *core.Analysis `json:"analysis,omitempty"`
}

// Problem is something Open or Reload found wrong in storage, in plain words.
type Problem struct {
	// Key is the storage key concerned ("" for the storage as a whole).
	Key string `json:"key"`
	// Message explains what happened and what was done about it.
	Message string `json:"message"`
	// MovedTo is the quarantine key the raw value was moved to; "" if it
	// was kept in memory only (see Quarantined) or not moved.
	MovedTo string `json:"moved_to,omitempty"`
}

func (p Problem) String() string { return p.Message }

// ImportReport says what ImportBackup did: Added and Skipped (duplicates)
// count reports, annotations, corrections, aliases and settings; Refused
// gives each item not imported with its reason in plain words.
type ImportReport = annotation.ImportReport

// Store is Parley's library over a KV. Its methods are safe for concurrent
// use; reads are served from memory, writes go to the KV at once.
type Store struct {
	// Clock returns the time in Unix milliseconds (time.Now by default);
	// tests replace it.
	Clock func() int64

	mu       sync.Mutex
	kv       KV
	readOnly bool
	readErr  *ReadError // the first read that failed in the last Open or Reload
	problems []Problem
	quar     map[string]string // raw values that could not be moved aside

	index   []ReportMeta
	reports map[string]Report
	anns    map[string]doc[[]annotation.Annotation]
	corrs   map[string]doc[[]annotation.Correction]
	aliases doc[[]annotation.Alias]
	setts   doc[map[string]string]
}

// doc is a stored collection with its revision.
type doc[T any] struct {
	Rev   int `json:"rev"`
	Items T   `json:"items"`
}
