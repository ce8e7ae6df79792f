package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"parley/core"
)

// Schema 1 was the first shape of the library: reports and settings only.
//
//	parley:meta           {"schema":1}
//	parley:index          ["<id>", ...]       ids only
//	parley:report:<id>    {"id","title","text","added","counts","analysis"}
//	parley:settings       {"key":"value"}     a bare object
//
// Schema 2 (current) lists ReportMeta in the index so the library list needs
// no report text, gives every report an "updated" time and a revision (saved
// under parley:report:<id>:<rev>, which makes saves atomic and lets two tabs
// detect each other), wraps collections as {"rev":n,"items":...}, and adds
// annotations, corrections and aliases.
type v1Report struct {
	ID       string         `json:"id"`
	Title    string         `json:"title"`
	Text     string         `json:"text"`
	Added    int64          `json:"added"`
	Counts   Counts         `json:"counts"`
	Analysis *core.Analysis `json:"analysis,omitempty"`
}

// migrateV1 upgrades a schema 1 library to schema 2. It writes the new keys
// first and the version mark last, restoring what it overwrote if storage
// fills up; then the library is kept in memory and opened read-only. It
// returns whether the upgrade was written.
func (s *Store) migrateV1(keys []string) bool {
	var ids []string
	if raw, ok, _ := s.kv.Get(indexKey); ok {
		if err := json.Unmarshal([]byte(raw), &ids); err != nil {
			s.quarantine(indexKey, raw, "The list of reports (version 1) could not be read; it was rebuilt from the reports themselves.")
			ids = nil
		}
	}
	listed := map[string]bool{}
	for _, id := range ids {
		listed[id] = true
	}
	for _, k := range keys { // reports missing from a lost index
		if id, found := strings.CutPrefix(k, reportPrefix); found && validID(id) && !listed[id] {
			ids = append(ids, id)
			listed[id] = true
		}
	}

	var reports []Report
	var oldKeys []string
	for _, id := range ids {
		k := reportPrefix + id
		raw, ok, _ := s.kv.Get(k)
		if !ok {
			continue
		}
		var r1 v1Report
		if err := json.Unmarshal([]byte(raw), &r1); err != nil || r1.Text == "" || r1.ID != id {
			s.quarantine(k, raw, "A saved report (version 1) could not be read.")
			continue
		}
		title := r1.Title
		if title == "" {
			title = TitleOf(r1.Text)
		}
		reports = append(reports, Report{
			ReportMeta: ReportMeta{ID: id, Title: title, Added: r1.Added, Updated: r1.Added, Rev: 1, Counts: r1.Counts},
			Text:       r1.Text, Analysis: r1.Analysis,
		})
		oldKeys = append(oldKeys, k)
	}
	settings := map[string]string{}
	oldSettings, hadSettings, _ := s.kv.Get(settingsKey)
	if hadSettings {
		if err := json.Unmarshal([]byte(oldSettings), &settings); err != nil {
			s.quarantine(settingsKey, oldSettings, "The settings (version 1) could not be read; the defaults are used.")
			settings = map[string]string{}
			hadSettings = false
		}
	}
	if settings == nil {
		settings = map[string]string{}
	}
	index := make([]ReportMeta, len(reports))
	for i, r := range reports {
		index[i] = r.ReportMeta
	}
	sortIndex(index)

	// write: new report keys, then index and settings (overwritten, saved
	// for rollback), then the version mark
	oldIndex, hadIndex, _ := s.kv.Get(indexKey)
	var written []string
	err := func() error {
		for _, r := range reports {
			k := reportKey(r.ID, r.Rev)
			if err := s.writeJSON(k, r); err != nil {
				return err
			}
			written = append(written, k)
		}
		if err := s.writeJSON(indexKey, index); err != nil {
			return err
		}
		if err := s.writeJSON(settingsKey, doc[map[string]string]{Rev: 1, Items: settings}); err != nil {
			return err
		}
		return s.kv.Set(metaKey, fmt.Sprintf(`{"schema":%d}`, Schema))
	}()
	if err != nil {
		restore := func(k, v string, had bool) {
			if had {
				_ = s.kv.Set(k, v)
			} else {
				_ = s.kv.Remove(k)
			}
		}
		restore(settingsKey, oldSettings, hadSettings)
		restore(indexKey, oldIndex, hadIndex)
		for _, k := range written {
			_ = s.kv.Remove(k)
		}
		s.readOnly = true
		s.problem(metaKey, "Parley could not upgrade the library to its new format (%s). It is shown read-only until there is room; nothing was lost.", plain(err))
		for _, r := range reports {
			s.reports[r.ID] = r
		}
		s.index = index
		s.setts = doc[map[string]string]{Rev: 1, Items: settings}
		return false
	}
	for _, k := range oldKeys {
		_ = s.kv.Remove(k)
	}
	return true
}

// plain returns an error's message in plain words.
func plain(err error) string {
	switch {
	case errors.Is(err, ErrQuota):
		return ErrQuota.Error()
	case errors.Is(err, ErrConflict):
		return ErrConflict.Error()
	}
	return err.Error()
}
