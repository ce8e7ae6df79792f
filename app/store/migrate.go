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

// v1Library is a schema 1 library as read, before the upgrade.
type v1Library struct {
	reports  []Report
	index    []ReportMeta
	settings map[string]string
	oldKeys  []string   // the v1 report keys, removed after the upgrade
	bad      []badValue // values that could not be read, to set aside
}

// badValue is a stored value that could not be decoded.
type badValue struct{ key, raw, why string }

// readV1 reads a schema 1 library. It writes nothing: a read that fails
// makes the Store read-only (see read), and then nothing is upgraded.
func (s *Store) readV1(keys []string) *v1Library {
	lib := &v1Library{settings: map[string]string{}}
	var ids []string
	if raw, ok, err := s.read(indexKey); err == nil && ok {
		if err := json.Unmarshal([]byte(raw), &ids); err != nil {
			lib.bad = append(lib.bad, badValue{indexKey, raw, "The list of reports (version 1) could not be read; it was rebuilt from the reports themselves."})
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
	for _, id := range ids {
		k := reportPrefix + id
		raw, ok, err := s.read(k)
		if err != nil || !ok {
			continue
		}
		var r1 v1Report
		if err := json.Unmarshal([]byte(raw), &r1); err != nil || r1.Text == "" || r1.ID != id {
			lib.bad = append(lib.bad, badValue{k, raw, "A saved report (version 1) could not be read."})
			continue
		}
		title := r1.Title
		if title == "" {
			title = TitleOf(r1.Text)
		}
		lib.reports = append(lib.reports, Report{
			ReportMeta: ReportMeta{ID: id, Title: title, Added: r1.Added, Updated: r1.Added, Rev: 1, Counts: r1.Counts},
			Text:       r1.Text, Analysis: r1.Analysis,
		})
		lib.oldKeys = append(lib.oldKeys, k)
	}
	if raw, ok, err := s.read(settingsKey); err == nil && ok {
		if err := json.Unmarshal([]byte(raw), &lib.settings); err != nil {
			lib.bad = append(lib.bad, badValue{settingsKey, raw, "The settings (version 1) could not be read; the defaults are used."})
			lib.settings = nil
		}
	}
	if lib.settings == nil {
		lib.settings = map[string]string{}
	}
	lib.index = make([]ReportMeta, len(lib.reports))
	for i, r := range lib.reports {
		lib.index[i] = r.ReportMeta
	}
	sortIndex(lib.index)
	return lib
}

// keep shows a library that was not upgraded (or whose upgrade cannot be
// read back) from memory; the Store is read-only then.
func (s *Store) keep(lib *v1Library) {
	for _, b := range lib.bad {
		s.quarantine(b.key, b.raw, b.why) // read-only: reported, left as it is
	}
	for _, r := range lib.reports {
		s.reports[r.ID] = r
	}
	s.index = lib.index
	s.setts = doc[map[string]string]{Rev: 1, Items: lib.settings}
}

// upgradeV1 writes a schema 1 library read by readV1 as schema 2: it sets
// the unreadable values aside, writes the new keys first and the version
// mark last, and restores what it overwrote if storage fills up; then the
// Store is read-only. It returns whether the upgrade was written.
func (s *Store) upgradeV1(lib *v1Library) bool {
	for _, b := range lib.bad {
		s.quarantine(b.key, b.raw, b.why)
	}
	lib.bad = nil
	// what the upgrade overwrites, as it is now (after setting values aside)
	oldIndex, hadIndex, err := s.read(indexKey)
	if err != nil {
		return false
	}
	oldSettings, hadSettings, err := s.read(settingsKey)
	if err != nil {
		return false
	}
	var written []string
	err = func() error {
		for _, r := range lib.reports {
			k := reportKey(r.ID, r.Rev)
			if err := s.writeJSON(k, r); err != nil {
				return err
			}
			written = append(written, k)
		}
		if err := s.writeJSON(indexKey, lib.index); err != nil {
			return err
		}
		if err := s.writeJSON(settingsKey, doc[map[string]string]{Rev: 1, Items: lib.settings}); err != nil {
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
		return false
	}
	for _, k := range lib.oldKeys {
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
