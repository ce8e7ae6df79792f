package store

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"parley/core"
	"parley/core/annotation"
)

// Open reads the library from kv. It always returns a usable Store: values
// it cannot read are moved aside to parley:quarantine:<key>:<n> keys (or
// kept in memory when storage is full, see Quarantined) and reported as
// Problems; a library written by a newer Parley is opened read-only (see
// ReadOnly) and never overwritten. A schema 1 library is upgraded.
func Open(kv KV) (*Store, []Problem) {
	s := &Store{kv: kv, Clock: func() int64 { return time.Now().UnixMilli() }}
	s.mu.Lock()
	s.load(true)
	s.mu.Unlock()
	return s, s.Problems()
}

// Reload re-reads everything from the KV (call it on the window "storage"
// event, when another tab changed the library) and returns the problems found.
// Unlike Open it does not tidy up (leftovers of unfinished saves, a damaged
// list of reports): another tab may be in the middle of a save.
func (s *Store) Reload() []Problem {
	s.mu.Lock()
	s.load(false)
	s.mu.Unlock()
	return s.Problems()
}

// ReadOnly reports whether the library was written by a newer Parley (or
// could not be upgraded), in which case every write returns ErrReadOnly, or
// could not be read in full (see ReadErr), in which case every write returns
// that error until a Reload reads it all.
func (s *Store) ReadOnly() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readOnly
}

// ReadErr returns the first value the last Open or Reload could not read
// from storage (a *ReadError, errors.Is(err, ErrRead)), or nil. While it is
// set the Store changes nothing, and ExportBackup refuses to write a backup
// that would miss part of the library.
func (s *Store) ReadErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readErr == nil {
		return nil
	}
	return s.readErr
}

// writeRefused returns why this Store may not write, or nil. Called with
// s.mu held.
func (s *Store) writeRefused() error {
	switch {
	case s.readErr != nil:
		return s.readErr
	case s.readOnly:
		return ErrReadOnly
	}
	return nil
}

// read reads key while loading the library. A failed read is not an absent
// value: it is reported as a Problem and makes the Store read-only (nothing
// that depends on the value is written) until a Reload reads everything.
// Called with s.mu held.
func (s *Store) read(key string) (string, bool, error) {
	raw, ok, err := s.kv.Get(key)
	if err != nil {
		return "", false, s.readFailed(key, err)
	}
	return raw, ok, nil
}

// readFailed records a failed read of key ("" for the list of keys).
func (s *Store) readFailed(key string, err error) *ReadError {
	re := &ReadError{Key: key, Err: err}
	if s.readErr == nil {
		s.readErr = re
	}
	s.readOnly = true
	s.problem(key, "Parley could not read %s from the browser's storage (%v). So that nothing is lost, it changes nothing in the library until the page is reloaded.", keyInWords(key), err)
	return re
}

// Problems returns the problems found by the last Open or Reload.
func (s *Store) Problems() []Problem {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Problem(nil), s.problems...)
}

// Quarantined returns raw values Open could neither read nor move aside
// (storage was full), by their original key, so the app can offer them for
// download. They stay under their key in storage.
func (s *Store) Quarantined() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]string, len(s.quar))
	for k, v := range s.quar {
		out[k] = v
	}
	return out
}

func (s *Store) problem(key, format string, args ...any) *Problem {
	s.problems = append(s.problems, Problem{Key: key, Message: fmt.Sprintf(format, args...)})
	return &s.problems[len(s.problems)-1]
}

// quarantine moves the raw value of key aside and records why.
func (s *Store) quarantine(key, raw, why string) {
	if s.readOnly {
		s.problem(key, "%s It was left as it is.", why)
		return
	}
	for n := 1; n < 1000; n++ {
		q := quarantinePref + key + ":" + strconv.Itoa(n)
		_, exists, err := s.kv.Get(q)
		if err != nil {
			// a value set aside earlier may be there: never write over it
			s.keepForSession(key, raw)
			s.problem(key, "%s Parley could not check where to set it aside, so it stays where it is and is kept aside for this session.", why)
			s.readFailed(q, err)
			return
		}
		if exists {
			continue
		}
		if err := s.kv.Set(q, raw); err != nil {
			break
		}
		if err := s.kv.Remove(key); err != nil {
			break
		}
		p := s.problem(key, "%s It was set aside under %s and not deleted.", why, q)
		p.MovedTo = q
		return
	}
	s.keepForSession(key, raw)
	s.problem(key, "%s The browser's storage is full, so it stays where it is and is kept aside for this session.", why)
}

func (s *Store) keepForSession(key, raw string) {
	if s.quar == nil {
		s.quar = map[string]string{}
	}
	s.quar[key] = raw
}

func (s *Store) reset() {
	s.readOnly = false
	s.readErr = nil
	s.problems = nil
	s.quar = nil
	s.index = nil
	s.reports = map[string]Report{}
	s.anns = map[string]doc[[]annotation.Annotation]{}
	s.corrs = map[string]doc[[]annotation.Correction]{}
	s.aliases = doc[[]annotation.Alias]{}
	s.setts = doc[map[string]string]{Items: map[string]string{}}
}

// load reads the whole library into memory; tidy removes leftovers of
// unfinished saves and rewrites a repaired index. Called with s.mu held.
func (s *Store) load(tidy bool) {
	s.reset()
	all, err := s.kv.Keys()
	if err != nil {
		s.readFailed("", err)
		return
	}
	keys := parleyKeys(all)

	schema := 0
	raw, ok, err := s.read(metaKey)
	if err != nil {
		// the version is unknown: a newer Parley's library must not be
		// read as this one's, nor marked as this version
		return
	}
	if ok {
		var m struct {
			Schema int `json:"schema"`
		}
		if err := json.Unmarshal([]byte(raw), &m); err != nil || m.Schema < 1 {
			s.quarantine(metaKey, raw, "The library's version mark could not be read.")
		} else {
			schema = m.Schema
		}
	}
	switch {
	case schema > Schema:
		s.readOnly = true
		s.problem(metaKey, "This library was saved by a newer version of Parley (storage version %d; this one knows up to %d). It is shown read-only and will not be changed: open the latest Parley to edit it.", schema, Schema)
	case schema == 1:
		lib := s.readV1(keys)
		if s.readOnly || !s.upgradeV1(lib) {
			s.keep(lib)
			return
		}
		// re-read the keys the upgrade wrote
		all, err := s.kv.Keys()
		if err != nil {
			s.readFailed("", err)
			s.keep(lib)
			return
		}
		keys = parleyKeys(all)
	case schema == 0:
		if len(keys) > 0 && !(len(keys) == 1 && keys[0] == metaKey) {
			s.problem(metaKey, "The library had no version mark; it was read as the current version.")
		}
		if s.readOnly {
			break // the mark was unreadable and could not be set aside
		}
		if err := s.kv.Set(metaKey, fmt.Sprintf(`{"schema":%d}`, Schema)); err != nil {
			s.problem(metaKey, "Parley could not mark the library's version (%v).", plain(err))
		}
	}
	s.loadV2(keys, tidy)
}

// parleyKeys returns Parley's keys (not the quarantined ones), sorted.
func parleyKeys(all []string) []string {
	var keys []string
	for _, k := range all {
		if strings.HasPrefix(k, Prefix) && !strings.HasPrefix(k, quarantinePref) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// loadV2 reads a schema 2 library; tidy (Open, not Reload) also removes
// leftovers of unfinished saves and writes a repaired list of reports, once
// everything was read: after a failed read nothing is written.
func (s *Store) loadV2(keys []string, tidy bool) {
	index, indexOK := s.readIndex()
	rebuilt := s.loadReports(keys, index, indexOK, tidy)
	s.loadCollections(keys)
	if rebuilt && (tidy || !indexOK) && !s.readOnly {
		if err := s.writeJSON(indexKey, s.index); err != nil {
			s.problem(indexKey, "Parley could not save the repaired list of reports (%v); it will try again next time.", plain(err))
		}
	}
}

// readIndex reads the list of reports; ok is false when it has to be
// rebuilt from the reports themselves (damaged, or unreadable).
func (s *Store) readIndex() (index []ReportMeta, ok bool) {
	raw, exists, err := s.read(indexKey)
	switch {
	case err != nil:
		return nil, false // shown rebuilt from the reports, read-only
	case !exists:
		return nil, true // no index yet: no reports were ever listed
	}
	if err := json.Unmarshal([]byte(raw), &index); err != nil {
		s.quarantine(indexKey, raw, "The list of reports could not be read; it was rebuilt from the reports themselves.")
		return nil, false
	}
	return index, true
}

// loadReports reads the reports the index lists and those present in
// storage, and reports whether the index needs rewriting.
func (s *Store) loadReports(keys []string, index []ReportMeta, indexOK, tidy bool) (rebuilt bool) {
	listed := map[string]int{}
	for _, m := range index {
		if validID(m.ID) && m.Rev >= 1 {
			listed[m.ID] = m.Rev
		}
	}
	revs := map[string][]int{} // report revisions present
	for _, k := range keys {
		if id, rev, ok := parseReportKey(k); ok {
			revs[id] = append(revs[id], rev)
		}
	}
	ids := make([]string, 0, len(revs)+len(listed))
	for id := range revs {
		ids = append(ids, id)
	}
	for id := range listed {
		if _, ok := revs[id]; !ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	rebuilt = !indexOK
	for _, id := range ids {
		want, isListed := listed[id]
		adopt := indexOK && !isListed
		if adopt && !tidy {
			// another tab may be between writing a report and listing it
			continue
		}
		got, unreadable := s.loadReport(id, revs[id], want, isListed, tidy)
		switch {
		case unreadable || got == nil && adopt:
			continue
		case got == nil:
			s.problem(reportKey(id, want), "A report listed in the library (%q) is missing from storage; it was taken off the list.", titleFor(index, id))
			rebuilt = true
			continue
		case adopt:
			// a save or delete interrupted between its two writes: keep the
			// report rather than lose it
			s.problem(reportKey(id, got.Rev), "A saved report (%q) was missing from the list of reports; it was put back.", got.Title)
		}
		if adopt || indexOK && got.Rev != want {
			rebuilt = true
		}
		s.reports[id] = *got
		s.index = append(s.index, got.ReportMeta)
	}
	sortIndex(s.index)
	return rebuilt
}

// loadReport reads the newest readable revision of a report (no newer than
// the listed one, want, if it is listed). unreadable: a revision could not be
// read from storage, so none is taken (an older one would hide it).
func (s *Store) loadReport(id string, revs []int, want int, isListed, tidy bool) (got *Report, unreadable bool) {
	sort.Sort(sort.Reverse(sort.IntSlice(revs)))
	for _, r := range revs {
		if isListed && r > want {
			continue // an unfinished save by another tab, or its leftover
		}
		k := reportKey(id, r)
		raw, ok, err := s.read(k)
		if err != nil {
			return nil, true
		}
		if !ok {
			continue
		}
		var rep Report
		if err := json.Unmarshal([]byte(raw), &rep); err != nil || rep.ID != id || rep.Text == "" {
			s.quarantine(k, raw, "A saved report could not be read.")
			continue
		}
		rep.Rev = r
		if rep.Analysis != nil && rep.Analysis.Version != core.Version {
			rep.Analysis = nil // an older engine's shape: recomputed from Text
		}
		if got == nil {
			got = &rep
		} else if tidy && r < got.Rev && !s.readOnly {
			_ = s.kv.Remove(k) // superseded revision left by an interrupted save
		}
	}
	return got, false
}

// loadCollections reads annotations, corrections, aliases and settings, and
// sets aside values under Parley's prefix that it does not know.
func (s *Store) loadCollections(keys []string) {
	for _, k := range keys {
		switch {
		case k == metaKey || k == indexKey:
		case strings.HasPrefix(k, reportPrefix):
			if _, _, ok := parseReportKey(k); !ok {
				s.foreign(k)
			}
		case strings.HasPrefix(k, annPrefix):
			id := strings.TrimPrefix(k, annPrefix)
			var d doc[[]annotation.Annotation]
			if s.readDoc(k, validID(id), &d, "A report's annotations could not be read.") {
				s.anns[id] = d
			}
		case strings.HasPrefix(k, corrPrefix):
			id := strings.TrimPrefix(k, corrPrefix)
			var d doc[[]annotation.Correction]
			if s.readDoc(k, validID(id), &d, "A report's corrections could not be read.") {
				s.corrs[id] = d
			}
		case k == aliasesKey:
			var d doc[[]annotation.Alias]
			if s.readDoc(k, true, &d, "The custom aliases could not be read.") {
				s.aliases = d
			}
		case k == settingsKey:
			var d doc[map[string]string]
			if s.readDoc(k, true, &d, "The settings could not be read; the defaults are used.") {
				if d.Items == nil {
					d.Items = map[string]string{}
				}
				s.setts = d
			}
		default:
			s.foreign(k)
		}
	}
}

func (s *Store) foreign(k string) {
	raw, ok, err := s.read(k)
	if err != nil || !ok {
		return
	}
	if s.readOnly {
		return // a newer Parley's key: not ours to judge
	}
	s.quarantine(k, raw, "A value in Parley's storage was not written by this version of Parley.")
}

// readDoc decodes a {"rev":n,"items":...} value; on failure it quarantines it.
func (s *Store) readDoc(k string, keyOK bool, v any, why string) bool {
	if !keyOK {
		s.foreign(k)
		return false
	}
	raw, ok, err := s.read(k)
	if err != nil || !ok {
		return false
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		s.quarantine(k, raw, why)
		return false
	}
	return true
}

func titleFor(index []ReportMeta, id string) string {
	for _, m := range index {
		if m.ID == id {
			return m.Title
		}
	}
	return id
}

func sortIndex(index []ReportMeta) {
	sort.SliceStable(index, func(i, j int) bool {
		if index[i].Updated != index[j].Updated {
			return index[i].Updated > index[j].Updated
		}
		return index[i].ID < index[j].ID
	})
}

// writeJSON marshals v and stores it under key.
func (s *Store) writeJSON(key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return s.kv.Set(key, string(b))
}
