package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Reports lists the library, most recently updated first.
func (s *Store) Reports() []ReportMeta {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ReportMeta(nil), s.index...)
}

// Report returns a saved report.
func (s *Store) Report(id string) (Report, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.reports[id]
	return r, ok
}

// SaveReport creates or updates a report. ID defaults to ReportID(Text),
// Title to the saved title or else TitleOf(Text), Added to now; Counts come from Analysis when it is
// set; Updated and Rev are set by the store. It returns an error wrapping
// ErrQuota when storage is full (nothing changed), ErrConflict when another
// tab saved the report since this Store last read it (Reload, then save
// again), or ErrReadOnly.
//
// The same report pasted again with other spacing has the same id; if its
// Text changed, re-attach its annotations with annotation.Reanchor and
// SaveAnnotations (annotation.Apply and Locate find quotes either way).
func (s *Store) SaveReport(r Report) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if strings.TrimSpace(r.Text) == "" {
		return errors.New("there is no text to save: paste a report first")
	}
	if r.ID == "" {
		r.ID = ReportID(r.Text)
	}
	if !validID(r.ID) {
		return fmt.Errorf("%q is not a report id Parley can store", r.ID)
	}
	r.Title = cutTitle(r.Title)
	if old, ok := s.reports[r.ID]; ok && r.Title == "" {
		r.Title = old.Title // keep the reader's rename
	}
	if r.Title == "" {
		r.Title = TitleOf(r.Text)
	}
	if a := r.Analysis; a != nil {
		r.Counts = Counts{Parties: len(a.Actors), Stances: len(a.Stances), Proposals: len(a.Proposals)}
	}
	_, err := s.putReport(r, false)
	return err
}

// Rename changes a report's title (whitespace folded, cut to TitleMax;
// empty means the headline again).
func (s *Store) Rename(id, title string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writeRefused(); err != nil {
		return err
	}
	r, ok := s.reports[id]
	if !ok {
		return ErrNotFound
	}
	r.Title = cutTitle(title)
	if r.Title == "" {
		r.Title = TitleOf(r.Text)
	}
	_, err := s.putReport(r, false)
	return err
}

// putReport writes r as a new revision: the report under a new key first,
// then the index switched to it, then the old revision removed. If the index
// cannot be written the new key is removed again. keepMeta keeps r's Rev,
// Added and Updated (backup import of a new report). Called with s.mu held.
func (s *Store) putReport(r Report, keepMeta bool) (Report, error) {
	if err := s.writeRefused(); err != nil {
		return r, err
	}
	index, err := s.kvIndex()
	if err != nil {
		return r, err
	}
	cur, pos := ReportMeta{}, -1
	for i, m := range index {
		if m.ID == r.ID {
			cur, pos = m, i
			break
		}
	}
	mine := 0
	if m, ok := s.reports[r.ID]; ok {
		mine = m.Rev
	}
	if cur.Rev > mine {
		return r, fmt.Errorf("could not save %q: %w", r.Title, ErrConflict)
	}
	now := s.Clock()
	if keepMeta && pos < 0 {
		if r.Rev < 1 {
			r.Rev = 1
		}
		if r.Added == 0 {
			r.Added = now
		}
		if r.Updated == 0 {
			r.Updated = r.Added
		}
	} else {
		r.Rev = max(cur.Rev, mine) + 1
		switch {
		case pos >= 0:
			r.Added = cur.Added
		case r.Added == 0:
			r.Added = now
		}
		r.Updated = now
	}
	newKey := reportKey(r.ID, r.Rev)
	if err := s.writeJSON(newKey, r); err != nil {
		return r, saveErr(r.Title, err)
	}
	if pos >= 0 {
		index[pos] = r.ReportMeta
	} else {
		index = append(index, r.ReportMeta)
	}
	sortIndex(index)
	if err := s.writeJSON(indexKey, index); err != nil {
		_ = s.kv.Remove(newKey)
		return r, saveErr(r.Title, err)
	}
	if pos >= 0 && cur.Rev != r.Rev {
		_ = s.kv.Remove(reportKey(r.ID, cur.Rev))
	}
	// memory: only this report changes; other tabs' changes come with Reload
	s.reports[r.ID] = r
	replaced := false
	for i, m := range s.index {
		if m.ID == r.ID {
			s.index[i], replaced = r.ReportMeta, true
		}
	}
	if !replaced {
		s.index = append(s.index, r.ReportMeta)
	}
	sortIndex(s.index)
	return r, nil
}

func saveErr(title string, err error) error {
	if errors.Is(err, ErrQuota) {
		return fmt.Errorf("could not save %q: %w", title, ErrQuota)
	}
	return fmt.Errorf("could not save %q: %v", title, err)
}

// kvIndex reads the index as it is in storage now (another tab may have
// changed it). A missing or undecodable index (lost, and its repair could not
// be written) falls back to this Store's copy, so no save can drop the other
// reports from the list; an index that could not be read is a *ReadError.
func (s *Store) kvIndex() ([]ReportMeta, error) {
	raw, ok, err := s.kv.Get(indexKey)
	if err != nil {
		return nil, &ReadError{Key: indexKey, Err: err}
	}
	var index []ReportMeta
	if !ok || json.Unmarshal([]byte(raw), &index) != nil {
		index = append([]ReportMeta(nil), s.index...)
	}
	return index, nil
}

// Delete removes a report with its annotations and corrections. It returns
// ErrConflict if another tab changed the report since this Store read it.
func (s *Store) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writeRefused(); err != nil {
		return err
	}
	r, ok := s.reports[id]
	if !ok {
		return ErrNotFound
	}
	index, err := s.kvIndex()
	if err != nil {
		return err
	}
	out := index[:0]
	var cur ReportMeta
	for _, m := range index {
		if m.ID == id {
			cur = m
			continue
		}
		out = append(out, m)
	}
	if cur.Rev > r.Rev {
		return fmt.Errorf("could not delete %q: %w", r.Title, ErrConflict)
	}
	if err := s.writeJSON(indexKey, out); err != nil {
		return fmt.Errorf("could not delete %q: %v", r.Title, plain(err))
	}
	if cur.Rev > 0 {
		_ = s.kv.Remove(reportKey(id, cur.Rev))
	}
	_ = s.kv.Remove(reportKey(id, r.Rev))
	_ = s.kv.Remove(annKey(id))
	_ = s.kv.Remove(corrKey(id))
	delete(s.reports, id)
	delete(s.anns, id)
	delete(s.corrs, id)
	for i, m := range s.index {
		if m.ID == id {
			s.index = append(s.index[:i], s.index[i+1:]...)
			break
		}
	}
	return nil
}
