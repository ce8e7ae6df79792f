package ui

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/htmltext"
	"parley/app/store"
	"parley/core"
	"parley/core/annotation"
)

// doc says which Library entry the open text is. A report is one entry
// from its first analysis on: typing into it, or adding a paragraph,
// updates that entry (its text, counts and title) and the reader's notes
// and corrections follow it; pasting another report over it, an example,
// Clear or opening another report start a new one.
type doc struct {
	id      string       // the Library entry the text is saved as, "" while it is not
	lang    Language     // the language of the text
	how     htmltext.How // how a pasted page's text was taken ("" for typed text)
	unsaved string       // why the text was not saved unasked, "" if it was
	asked   bool         // the reader asked to save it anyway
}

// Continues reports whether the text next, from a keystroke or a paste in
// the report box, is an edit of prev rather than a new report: at least
// half of prev is still at its start and end.
func Continues(prev, next string) bool {
	if prev == "" {
		return false
	}
	pre := 0
	for pre < len(prev) && pre < len(next) && prev[pre] == next[pre] {
		pre++
	}
	suf := 0
	for suf < len(prev)-pre && suf < len(next)-pre && prev[len(prev)-1-suf] == next[len(next)-1-suf] {
		suf++
	}
	return 2*(pre+suf) >= len(prev)
}

// notSaved says why a report is not saved in the Library unasked, or "".
func notSaved(res *core.Analysis, lang Language) string {
	switch {
	case !lang.English():
		return "Not saved in your Library: it is not in English."
	case len(res.Actors) == 0 && len(res.Stances) == 0 && len(res.Proposals) == 0:
		return "Not saved in your Library: Parley found no parties, stances or proposals in it."
	}
	return ""
}

func countsOf(res *core.Analysis) store.Counts {
	return store.Counts{Parties: len(res.Actors), Stances: len(res.Stances), Proposals: len(res.Proposals)}
}

// save keeps the analysed report in the Library: as a new entry, or as the
// entry the text is an edited version of (see doc).
func (p *AnalyseView) save(res *core.Analysis, text string) {
	st := p.sess.st
	if st == nil {
		return
	}
	id := store.ReportID(text)
	if p.doc.id != "" && p.doc.id != id && p.hasID(p.doc.id) && !p.hasID(id) {
		p.move(res, text, id)
		return
	}
	r, ok := st.Report(id)
	if ok && r.Counts == countsOf(res) {
		p.doc.id, p.doc.unsaved = id, ""
		p.status += " In your Library."
		return
	}
	if !ok {
		if text == p.restored && p.doc.id == "" {
			// Text given back after a reload whose report is no longer in the
			// Library (deleted, or storage cleared): show it, but do not bring
			// it back into the Library unasked. An edit saves as usual.
			p.status += " Not in your Library."
			return
		}
		if why := notSaved(res, p.doc.lang); why != "" && !p.doc.asked {
			p.doc.unsaved = why
			p.status += " " + why
			return
		}
		r = store.Report{ReportMeta: store.ReportMeta{ID: id, Title: Title(text), Added: time.Now().UnixMilli()}, Text: text}
	}
	r.Counts = countsOf(res)
	if err := st.SaveReport(r); err != nil {
		p.saveFailed(err)
		return
	}
	p.doc.id, p.doc.unsaved = id, ""
	p.status += " Saved in your Library."
	p.libraryChanged()
}

// move saves the edited text as the entry p.doc.id was: same date added,
// the reader's title if they renamed it (else the new headline), their
// notes (found again in the new text) and corrections; then the old
// version goes. Should a step fail, the old version stays: nothing is lost.
func (p *AnalyseView) move(res *core.Analysis, text, id string) {
	st := p.sess.st
	old, _ := st.Report(p.doc.id)
	title := Title(text)
	if old.Title != Title(old.Text) && old.Title != store.TitleOf(old.Text) {
		title = old.Title // renamed by the reader
	}
	r := store.Report{ReportMeta: store.ReportMeta{ID: id, Title: title, Added: old.Added}, Text: text}
	r.Counts = countsOf(res)
	if err := st.SaveReport(r); err != nil {
		p.saveFailed(err)
		return
	}
	p.doc.id, p.doc.unsaved = id, ""
	defer p.libraryChanged()
	if anns := st.Annotations(old.ID); len(anns) > 0 {
		moved := make([]annotation.Annotation, len(anns))
		for i, a := range anns {
			a.ReportID, a.Target.Source = id, id
			moved[i] = a
		}
		moved, _ = annotation.Reanchor(text, moved)
		if err := st.SaveAnnotations(id, moved); err != nil {
			p.storeErr(err)
			return
		}
	}
	for _, c := range st.Corrections(old.ID) {
		c.ReportID = id
		if err := st.SaveCorrection(c); err != nil {
			p.storeErr(err)
			return
		}
	}
	if err := st.Delete(old.ID); err != nil {
		p.storeErr(err)
		return
	}
	p.status += " Saved in your Library."
}

func (p *AnalyseView) saveFailed(err error) {
	p.status = ""
	p.errMsg = "The analysis is shown but could not be saved to the Library: " + err.Error()
	if errors.Is(err, store.ErrConflict) {
		p.sess.st.Reload()
		p.sess.refreshLibrary()
	}
}

// libraryChanged tells the other parts of the page (the Library's count
// in the header) that the Library changed.
func (p *AnalyseView) libraryChanged() {
	p.sess.refreshLibrary()
	p.sess.openID = p.openID
	if p.ctx != nil {
		p.sess.Changed(p.ctx, p) // the header's count; this view knows
	}
}

// saveAnyway saves a report Parley did not save unasked (not English,
// nothing found) because the reader asks to.
func (p *AnalyseView) saveAnyway(ctx app.Context) {
	if p.res == nil || p.resFor == "" {
		return
	}
	p.doc.asked = true
	p.status = ""
	p.save(p.res, p.resFor)
	p.attach(p.resFor)
	p.refreshView()
}
