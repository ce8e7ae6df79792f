package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"parley/core/annotation"
)

// putDoc writes items under key as the next revision of cur, refusing with
// ErrConflict when storage holds a newer revision than cur (another tab
// wrote it). Called with s.mu held.
func putDoc[T any](s *Store, key, what string, cur doc[T], items T) (doc[T], error) {
	if err := s.writeRefused(); err != nil {
		return cur, err
	}
	kvRev := 0
	if raw, ok, err := s.kv.Get(key); err != nil {
		return cur, &ReadError{Key: key, Err: err} // absent or not: unknown
	} else if ok {
		var d struct {
			Rev int `json:"rev"`
		}
		_ = json.Unmarshal([]byte(raw), &d)
		kvRev = d.Rev
	}
	if kvRev > cur.Rev {
		return cur, fmt.Errorf("could not save %s: %w", what, ErrConflict)
	}
	next := doc[T]{Rev: max(kvRev, cur.Rev) + 1, Items: items}
	if err := s.writeJSON(key, next); err != nil {
		return cur, saveErr(what, err)
	}
	return next, nil
}

// Annotations returns a report's annotations in the order they were added.
func (s *Store) Annotations(reportID string) []annotation.Annotation {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.anns[reportID].Items)
}

// SaveAnnotation adds annotation a to the report a.ReportID, or replaces
// the one with the same ID. The report must be in the library.
func (s *Store) SaveAnnotation(a annotation.Annotation) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := annotation.Check(a); err != nil {
		return err
	}
	cur := s.anns[a.ReportID]
	items := slices.Clone(cur.Items)
	if i := slices.IndexFunc(items, func(x annotation.Annotation) bool { return x.ID == a.ID }); i >= 0 {
		items[i] = a
	} else {
		items = append(items, a)
	}
	return s.putAnns(a.ReportID, cur, items)
}

// SaveAnnotations replaces all of a report's annotations (after
// annotation.Reanchor or an import). Each must belong to reportID.
func (s *Store) SaveAnnotations(reportID string, anns []annotation.Annotation) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range anns {
		if a.ReportID != reportID {
			return fmt.Errorf("annotation %q belongs to another report", a.ID)
		}
		if err := annotation.Check(a); err != nil {
			return err
		}
	}
	return s.putAnns(reportID, s.anns[reportID], slices.Clone(anns))
}

// DeleteAnnotation removes one annotation.
func (s *Store) DeleteAnnotation(reportID, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := s.anns[reportID]
	items := slices.DeleteFunc(slices.Clone(cur.Items), func(x annotation.Annotation) bool { return x.ID == id })
	if len(items) == len(cur.Items) {
		return fmt.Errorf("there is no such annotation")
	}
	return s.putAnns(reportID, cur, items)
}

func (s *Store) putAnns(reportID string, cur doc[[]annotation.Annotation], items []annotation.Annotation) error {
	if err := s.writeRefused(); err != nil {
		return err
	}
	if err := s.checkReport(reportID); err != nil {
		return needsReport("annotations", err)
	}
	next, err := putDoc(s, annKey(reportID), "the annotations", cur, items)
	if err != nil {
		return err
	}
	s.anns[reportID] = next
	return nil
}

// needsReport says why what (annotations, corrections) of a report were not
// saved: the report is not in the library, or storage could not be read.
func needsReport(what string, err error) error {
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrConflict) {
		return fmt.Errorf("%s need a saved report: %w", what, err)
	}
	return err
}

// checkReport returns ErrNotFound if this Store does not know the report,
// ErrConflict if another tab deleted it, a *ReadError if the list of reports
// could not be read.
func (s *Store) checkReport(id string) error {
	if _, ok := s.reports[id]; !ok {
		return ErrNotFound
	}
	index, err := s.kvIndex()
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(index, func(m ReportMeta) bool { return m.ID == id }) {
		return ErrConflict
	}
	return nil
}

// ExportAnnotations returns a report's annotations as W3C Web Annotations
// (JSON-LD); see annotation.Export. Like ExportBackup it refuses (ErrRead)
// when part of the library could not be read.
func (s *Store) ExportAnnotations(reportID string) ([]byte, error) {
	s.mu.Lock()
	err := s.exportRefused("no annotations were exported, as some could be missing")
	anns := slices.Clone(s.anns[reportID].Items)
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return annotation.Export(anns)
}

// ImportAnnotations merges W3C Web Annotations (as ExportAnnotations
// writes them) into a report's annotations without duplicates; see
// annotation.Import. The error is for a document that cannot be read at all,
// or a failed save (then nothing was added).
func (s *Store) ImportAnnotations(reportID string, data []byte) (ImportReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writeRefused(); err != nil {
		return ImportReport{Refused: []string{}}, err
	}
	cur := s.anns[reportID]
	merged, rep, err := annotation.Import(data, reportID, cur.Items)
	if err != nil || rep.Added == 0 {
		return rep, err
	}
	if err := s.putAnns(reportID, cur, merged); err != nil {
		return ImportReport{Refused: []string{}}, err
	}
	return rep, nil
}

// Corrections returns a report's corrections.
func (s *Store) Corrections(reportID string) []annotation.Correction {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.corrs[reportID].Items)
}

// SaveCorrection adds c to the report c.ReportID, or replaces the
// correction with the same Key. The report must be in the library.
func (s *Store) SaveCorrection(c annotation.Correction) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := annotation.CheckCorrection(c); err != nil {
		return err
	}
	cur := s.corrs[c.ReportID]
	items := slices.Clone(cur.Items)
	if i := slices.IndexFunc(items, func(x annotation.Correction) bool { return x.Key == c.Key }); i >= 0 {
		items[i] = c
	} else {
		items = append(items, c)
	}
	return s.putCorrs(c.ReportID, cur, items)
}

// DeleteCorrection removes the correction with key; for a rejected item
// this restores it.
func (s *Store) DeleteCorrection(reportID, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := s.corrs[reportID]
	items := slices.DeleteFunc(slices.Clone(cur.Items), func(x annotation.Correction) bool { return x.Key == key })
	if len(items) == len(cur.Items) {
		return fmt.Errorf("there is no such correction")
	}
	return s.putCorrs(reportID, cur, items)
}

func (s *Store) putCorrs(reportID string, cur doc[[]annotation.Correction], items []annotation.Correction) error {
	if err := s.writeRefused(); err != nil {
		return err
	}
	if err := s.checkReport(reportID); err != nil {
		return needsReport("corrections", err)
	}
	next, err := putDoc(s, corrKey(reportID), "the corrections", cur, items)
	if err != nil {
		return err
	}
	s.corrs[reportID] = next
	return nil
}

// Aliases returns the custom aliases, sorted by surface.
func (s *Store) Aliases() []annotation.Alias {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.aliases.Items)
}

// AddAlias adds a custom alias, or replaces the one with the same surface
// (compared case-insensitively, whitespace folded).
func (s *Store) AddAlias(a annotation.Alias) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	a.Surface = strings.Join(strings.Fields(a.Surface), " ")
	a.Actor = strings.Join(strings.Fields(a.Actor), " ")
	if err := annotation.CheckAlias(a); err != nil {
		return err
	}
	items := slices.DeleteFunc(slices.Clone(s.aliases.Items), func(x annotation.Alias) bool { return sameSurface(x.Surface, a.Surface) })
	items = append(items, a)
	sortAliases(items)
	return s.putAliases(items)
}

// RemoveAlias removes the custom alias with this surface.
func (s *Store) RemoveAlias(surface string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	items := slices.DeleteFunc(slices.Clone(s.aliases.Items), func(x annotation.Alias) bool { return sameSurface(x.Surface, surface) })
	if len(items) == len(s.aliases.Items) {
		return fmt.Errorf("there is no custom alias %q", surface)
	}
	return s.putAliases(items)
}

func (s *Store) putAliases(items []annotation.Alias) error {
	next, err := putDoc(s, aliasesKey, "the custom aliases", s.aliases, items)
	if err != nil {
		return err
	}
	s.aliases = next
	return nil
}

func sortAliases(items []annotation.Alias) {
	sort.SliceStable(items, func(i, j int) bool { return strings.ToLower(items[i].Surface) < strings.ToLower(items[j].Surface) })
}

func sameSurface(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// Settings returns a copy of the settings.
func (s *Store) Settings() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]string, len(s.setts.Items))
	for k, v := range s.setts.Items {
		out[k] = v
	}
	return out
}

// Setting returns one setting.
func (s *Store) Setting(key string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.setts.Items[key]
	return v, ok
}

// SetSetting sets one setting; an empty value removes it.
func (s *Store) SetSetting(key, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.putSettings(map[string]string{key: value})
}

// putSettings merges changes ("" removes) into the settings.
func (s *Store) putSettings(changes map[string]string) error {
	items := make(map[string]string, len(s.setts.Items)+len(changes))
	for k, v := range s.setts.Items {
		items[k] = v
	}
	for k, v := range changes {
		if v == "" {
			delete(items, k)
		} else {
			items[k] = v
		}
	}
	next, err := putDoc(s, settingsKey, "the settings", s.setts, items)
	if err != nil {
		return err
	}
	s.setts = next
	return nil
}
