package store

import (
	"errors"

	"parley/core/annotation"
)

var errTODO = errors.New("not implemented yet")

// Open reads the library from kv. It always returns a usable Store: values
// it cannot read are moved aside to parley:quarantine:... keys (or kept in
// memory, see Quarantined) and reported as Problems; a library written by a
// newer Parley is opened read-only (see ReadOnly) and never overwritten.
func Open(kv KV) (*Store, []Problem) { return &Store{kv: kv}, nil }

// Reload re-reads everything from the KV (call it on the window "storage"
// event, when another tab changed the library) and returns the problems found.
func (s *Store) Reload() []Problem { return nil }

// ReadOnly reports whether the library was written by a newer Parley, in
// which case every write returns ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Problems returns the problems found by the last Open or Reload.
func (s *Store) Problems() []Problem { return nil }

// Quarantined returns raw values Open could not read nor move aside (the
// storage was full), by their original key, so the app can offer them for
// download.
func (s *Store) Quarantined() map[string]string { return nil }

// Reports lists the library, most recently updated first.
func (s *Store) Reports() []ReportMeta { return nil }

// Report returns a saved report.
func (s *Store) Report(id string) (Report, bool) { return Report{}, false }

// SaveReport creates or updates a report. ID defaults to ReportID(Text),
// Title to TitleOf(Text), Added to now; Counts come from Analysis when it is
// set; Updated and Rev are set by the store. It returns ErrQuota when
// storage is full (nothing changed), ErrConflict when another tab saved the
// report since this Store last read it, ErrReadOnly.
func (s *Store) SaveReport(r Report) error { return errTODO }

// Rename changes a report's title (trimmed; empty means the headline).
func (s *Store) Rename(id, title string) error { return errTODO }

// Delete removes a report with its annotations and corrections.
func (s *Store) Delete(id string) error { return errTODO }

// Annotations returns a report's annotations in creation order.
func (s *Store) Annotations(reportID string) []annotation.Annotation { return nil }

// SaveAnnotation adds a.ReportID's annotation a, or replaces the one with
// the same ID.
func (s *Store) SaveAnnotation(a annotation.Annotation) error { return errTODO }

// SaveAnnotations replaces all of a report's annotations (after
// annotation.Reanchor or an import).
func (s *Store) SaveAnnotations(reportID string, anns []annotation.Annotation) error {
	return errTODO
}

// DeleteAnnotation removes one annotation.
func (s *Store) DeleteAnnotation(reportID, id string) error { return errTODO }

// Corrections returns a report's corrections.
func (s *Store) Corrections(reportID string) []annotation.Correction { return nil }

// SaveCorrection adds c, or replaces the correction with the same Key.
func (s *Store) SaveCorrection(c annotation.Correction) error { return errTODO }

// DeleteCorrection removes the correction with key (this restores a
// rejected item).
func (s *Store) DeleteCorrection(reportID, key string) error { return errTODO }

// Aliases returns the custom aliases.
func (s *Store) Aliases() []annotation.Alias { return nil }

// AddAlias adds a custom alias, or replaces the one with the same surface
// (compared case-insensitively).
func (s *Store) AddAlias(a annotation.Alias) error { return errTODO }

// RemoveAlias removes the custom alias with this surface.
func (s *Store) RemoveAlias(surface string) error { return errTODO }

// Settings returns a copy of the settings.
func (s *Store) Settings() map[string]string { return nil }

// Setting returns one setting.
func (s *Store) Setting(key string) (string, bool) { return "", false }

// SetSetting sets one setting ("" value removes it).
func (s *Store) SetSetting(key, value string) error { return errTODO }

// ExportBackup returns the whole library (reports with analyses,
// annotations, corrections, aliases, settings) as one JSON document
// {"parley_backup": 1, ...}.
func (s *Store) ExportBackup() ([]byte, error) { return nil, errTODO }

// ImportBackup merges a backup into the library without duplicates and
// reports what was added, skipped and refused. It returns an error only when
// the document is not a Parley backup at all, or on ErrReadOnly.
func (s *Store) ImportBackup(data []byte) (ImportReport, error) { return ImportReport{}, errTODO }

// ReportID is the id of a report text: a hash of the text with whitespace
// folded, so pasting the same report again with different spacing finds it.
func ReportID(text string) string { return "" }

// TitleOf returns a title for a report text: its first non-empty line,
// whitespace folded, cut at a word boundary to at most 90 characters.
func TitleOf(text string) string { return "" }
