package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"

	"parley/core/annotation"
)

// BackupVersion is the value of "parley_backup" in the documents
// ExportBackup writes.
const BackupVersion = 1

// Backup is the JSON document of a whole library.
type Backup struct {
	ParleyBackup int                `json:"parley_backup"`
	Reports      []BackupReport     `json:"reports"`
	Aliases      []annotation.Alias `json:"aliases"`
	Settings     map[string]string  `json:"settings"`
}

// BackupReport is one report of a Backup with what the reader added to it.
type BackupReport struct {
	Report      Report                  `json:"report"`
	Annotations []annotation.Annotation `json:"annotations"`
	Corrections []annotation.Correction `json:"corrections"`
}

// ExportBackup returns the whole library (reports with their analyses,
// annotations and corrections, custom aliases, settings) as one JSON
// document {"parley_backup": 1, ...}, reports ordered by id. When part of
// the library could not be read (see ReadErr) it returns that error rather
// than a backup that would silently miss it.
func (s *Store) ExportBackup() ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.exportRefused("no backup was made, as it would miss part of the library"); err != nil {
		return nil, err
	}
	b := Backup{ParleyBackup: BackupVersion, Reports: []BackupReport{},
		Aliases: slices.Clone(s.aliases.Items), Settings: map[string]string{}}
	if b.Aliases == nil {
		b.Aliases = []annotation.Alias{}
	}
	for k, v := range s.setts.Items {
		b.Settings[k] = v
	}
	ids := make([]string, 0, len(s.reports))
	for id := range s.reports {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		br := BackupReport{Report: s.reports[id],
			Annotations: slices.Clone(s.anns[id].Items), Corrections: slices.Clone(s.corrs[id].Items)}
		if br.Annotations == nil {
			br.Annotations = []annotation.Annotation{}
		}
		if br.Corrections == nil {
			br.Corrections = []annotation.Correction{}
		}
		b.Reports = append(b.Reports, br)
	}
	return json.MarshalIndent(b, "", " ")
}

// ImportBackup merges a backup into the library without duplicates and
// reports what was added, skipped (already there) and refused (with the
// reason). Reports already in the library keep their text and title; their
// annotations and corrections are merged. It returns an error only when the
// document is not a Parley backup at all, with ErrReadOnly, or when the
// library cannot be read (ErrRead): then nothing was imported. A read that
// fails once the import has begun refuses the items that needed it.
func (s *Store) ImportBackup(data []byte) (ImportReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rep := ImportReport{Refused: []string{}}
	if err := s.writeRefused(); err != nil {
		return rep, err
	}
	var head struct {
		V *int `json:"parley_backup"`
	}
	if json.Unmarshal(data, &head) != nil || head.V == nil {
		return rep, errors.New("this file is not a Parley backup")
	}
	if *head.V != BackupVersion {
		return rep, fmt.Errorf("this backup was made by a different version of Parley (backup format %d; this one reads %d)", *head.V, BackupVersion)
	}
	var b struct {
		Reports  []json.RawMessage `json:"reports"`
		Aliases  []json.RawMessage `json:"aliases"`
		Settings map[string]any    `json:"settings"`
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return rep, fmt.Errorf("this Parley backup is damaged: %v", err)
	}
	if _, err := s.kvIndex(); err != nil {
		return rep, err // storage cannot be read: import nothing
	}
	for i, raw := range b.Reports {
		var br BackupReport
		if err := json.Unmarshal(raw, &br); err != nil {
			refuse(&rep, "report %d: it could not be read (%v)", i+1, err)
			continue
		}
		s.importReport(i+1, br, &rep)
	}
	aliases := slices.Clone(s.aliases.Items)
	added := 0
	for i, raw := range b.Aliases {
		var a annotation.Alias
		if err := json.Unmarshal(raw, &a); err != nil {
			refuse(&rep, "alias %d: it could not be read (%v)", i+1, err)
			continue
		}
		if err := annotation.CheckAlias(a); err != nil {
			refuse(&rep, "alias %d: %v", i+1, err)
			continue
		}
		if slices.ContainsFunc(aliases, func(x annotation.Alias) bool { return sameSurface(x.Surface, a.Surface) }) {
			rep.Skipped++
			continue
		}
		aliases = append(aliases, a)
		added++
	}
	if added > 0 {
		sortAliases(aliases)
		if err := s.putAliases(aliases); err != nil {
			refuse(&rep, "%d custom aliases: %s", added, notImported(err))
		} else {
			rep.Added += added
		}
	}
	changes := map[string]string{}
	keys := make([]string, 0, len(b.Settings))
	for k := range b.Settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, ok := b.Settings[k].(string)
		switch {
		case !ok || k == "":
			refuse(&rep, "setting %q: it is not text", k)
		case s.setts.Items[k] != "":
			rep.Skipped++
		case v != "":
			changes[k] = v
		}
	}
	if len(changes) > 0 {
		if err := s.putSettings(changes); err != nil {
			refuse(&rep, "%d settings: %s", len(changes), notImported(err))
		} else {
			rep.Added += len(changes)
		}
	}
	return rep, nil
}

func refuse(r *ImportReport, format string, args ...any) {
	r.Refused = append(r.Refused, fmt.Sprintf(format, args...))
}

// notImported says in plain words why an item of a backup was not imported.
func notImported(err error) string {
	var re *ReadError
	if errors.As(err, &re) {
		return (&ReadError{Key: re.Key, Err: re.Err, Stopped: "it was not imported"}).Error()
	}
	return plain(err)
}

// exportRefused returns the read error of the last Open or Reload, saying
// what was not exported, or nil. Called with s.mu held.
func (s *Store) exportRefused(stopped string) error {
	if s.readErr == nil {
		return nil
	}
	return &ReadError{Key: s.readErr.Key, Err: s.readErr.Err, Stopped: stopped}
}

func (s *Store) importReport(n int, br BackupReport, rep *ImportReport) {
	r := br.Report
	if r.Text == "" {
		refuse(rep, "report %d: it has no text", n)
		return
	}
	id := ReportID(r.Text)
	if r.ID != id {
		refuse(rep, "report %d (%q): its id does not match its text", n, r.Title)
		return
	}
	name := fmt.Sprintf("report %d (%q)", n, r.Title)
	if _, ok := s.reports[id]; ok {
		rep.Skipped++
	} else {
		if r.Title = cutTitle(r.Title); r.Title == "" {
			r.Title = TitleOf(r.Text)
		}
		if _, err := s.putReport(r, true); err != nil {
			refuse(rep, "%s: %s", name, notImported(err))
			return
		}
		rep.Added++
	}

	cur := s.anns[id]
	var incoming []annotation.Annotation
	for i, a := range br.Annotations {
		if a.ReportID != id {
			refuse(rep, "%s, annotation %d: it belongs to another report", name, i+1)
			continue
		}
		if err := annotation.Check(a); err != nil {
			refuse(rep, "%s, annotation %d: %v", name, i+1, err)
			continue
		}
		incoming = append(incoming, a)
	}
	merged, added, skipped := annotation.Merge(cur.Items, incoming)
	rep.Skipped += skipped
	if added > 0 {
		if err := s.putAnns(id, cur, merged); err != nil {
			refuse(rep, "%s: %d annotations: %s", name, added, notImported(err))
		} else {
			rep.Added += added
		}
	}

	cc := s.corrs[id]
	items := slices.Clone(cc.Items)
	added = 0
	for i, c := range br.Corrections {
		if c.ReportID != id {
			refuse(rep, "%s, correction %d: it belongs to another report", name, i+1)
			continue
		}
		if err := annotation.CheckCorrection(c); err != nil {
			refuse(rep, "%s, correction %d: %v", name, i+1, err)
			continue
		}
		if slices.ContainsFunc(items, func(x annotation.Correction) bool { return x.Key == c.Key }) {
			rep.Skipped++
			continue
		}
		items = append(items, c)
		added++
	}
	if added > 0 {
		if err := s.putCorrs(id, cc, items); err != nil {
			refuse(rep, "%s: %d corrections: %s", name, added, notImported(err))
		} else {
			rep.Added += added
		}
	}
}
