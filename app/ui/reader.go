package ui

import (
	"errors"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/store"
	"parley/core"
	"parley/core/annotation"
)

// reader is what the reader added to the open report, and the view of the
// analysis with it applied. It is recomputed only when the analysis, the
// annotations or the corrections change (never on a keystroke).
type reader struct {
	openID    string // store id of the report shown (ReportID(resFor)), "" if none
	lastID    string // the report open before, for carrying notes over to an edited text
	anns      []annotation.Annotation
	corrs     []annotation.Correction
	cview     annotation.View
	corrected *core.Analysis
	m         Map
	flags     map[string]annotation.Flags // by stance/proposal id of corrected
	notes     []NoteSpan                  // located notes and tags ("n-"+id)
	chunks    []*chunk                    // the highlighted report, cut for progressive rendering
	chunkLim  int                         // the text limit the chunks were cut for
	// the map's stances (by party id) and proposals, in batches
	stanceSets  map[string][]*batchData
	proposalSet []*batchData
	batchEdit   string // the edit form's item when the batches were cut
	// the engine's version of the items the reader edited, by id
	origStance   map[string]*core.Stance
	origProposal map[string]*core.Proposal
	vis          staged // what the page shows of it all (see progressive.go)
	mref         *Map   // m as of the last refreshView (see mapPanel)
	actions      int    // counts annotations made this session (annotation.NewID)
}

// readerUI is the state of the reader's forms and messages.
type readerUI struct {
	sel          *selection
	undo         *annotation.Annotation // the annotation deleted last, to put back
	kind         annotation.Kind
	tagFilter    string
	editID       string // stance/proposal id being edited
	pane         string // on a phone: "map" or "report" (see renderPanes)
	showRejected bool
	notice       string // plain words about the reader's data (role=status)
	noteErr      string // a save that failed (role=alert)
}

// selection is a passage the reader selected in the report view, in bytes
// of the analysed text.
type selection struct {
	Start, End int
	Quote      string
}

// noteInput is what the annotate form holds.
type noteInput struct {
	Kind   annotation.Kind
	Body   string
	Tags   string // comma separated
	Party  string // a party's name or id, or a new name
	Type   core.StanceType
	Status core.ProposalStatus
}

// editInput is what the edit form of a stance or proposal holds; empty
// fields keep Parley's value.
type editInput struct {
	Party   string
	Type    core.StanceType
	Status  core.ProposalStatus
	Summary string
}

func now() int64 { return time.Now().UnixMilli() }

// ---- the open report's reader data ---------------------------------------

// closeReader forgets the open report (the text was cleared or failed).
func (p *AnalyseView) closeReader() {
	if p.openID != "" {
		p.lastID = p.openID
	}
	p.openID = ""
	p.sess.openID = ""
	p.anns, p.corrs = nil, nil
	p.ui.sel, p.ui.editID = nil, ""
	p.refreshView()
}

// loadReader reads the open report's annotations and corrections.
func (p *AnalyseView) loadReader() {
	if p.sess.st == nil || p.openID == "" {
		p.anns, p.corrs = nil, nil
		return
	}
	p.anns = p.sess.st.Annotations(p.openID)
	p.corrs = p.sess.st.Corrections(p.openID)
}

// attach makes text the open report: its annotations are re-attached to
// the text as it is now (whitespace or a paragraph may have changed), and
// an edited version of the report open before inherits its notes and
// corrections.
func (p *AnalyseView) attach(text string) {
	id := store.ReportID(text)
	if p.openID != "" && p.openID != id {
		p.lastID = p.openID
	}
	p.openID = id
	p.sess.openID = id
	p.ui.sel, p.ui.editID = nil, ""
	p.loadReader()
	if p.sess.st == nil {
		return
	}
	if _, ok := p.sess.st.Report(id); !ok {
		return // the save failed: the reader was told
	}
	if len(p.anns) == 0 && len(p.corrs) == 0 {
		p.carryOver(text, id)
	}
	if len(p.anns) == 0 {
		return
	}
	re, orphans := annotation.Reanchor(text, p.anns)
	if !reflect.DeepEqual(re, p.anns) {
		if err := p.sess.st.SaveAnnotations(id, re); err != nil {
			p.storeErr(err)
		}
		p.anns = re
	}
	if orphans > 0 {
		p.ui.notice = plural(orphans, "of your notes is", "of your notes are") + " no longer found in the text: they are kept and flagged in Your notes."
	}
}

// carryOver gives the new report id the annotations and corrections of the
// report it is an edited version of: the one open before, or else a report
// of the library with the same headline.
func (p *AnalyseView) carryOver(text, id string) {
	var cands []string
	if p.lastID != "" && p.lastID != id {
		cands = append(cands, p.lastID)
	}
	head := store.TitleOf(text)
	for _, m := range p.sess.st.Reports() {
		if m.ID == id || m.ID == p.lastID {
			continue
		}
		if r, ok := p.sess.st.Report(m.ID); ok && store.TitleOf(r.Text) == head {
			cands = append(cands, m.ID)
		}
	}
	for _, old := range cands {
		anns, corrs := p.sess.st.Annotations(old), p.sess.st.Corrections(old)
		if len(anns) == 0 && len(corrs) == 0 {
			continue
		}
		r, ok := p.sess.st.Report(old)
		if !ok || !Similar(r.Text, text) {
			continue
		}
		moved := make([]annotation.Annotation, len(anns))
		for i, a := range anns {
			a.ReportID, a.Target.Source = id, id
			moved[i] = a
		}
		if len(moved) > 0 {
			moved, _ = annotation.Reanchor(text, moved)
			if err := p.sess.st.SaveAnnotations(id, moved); err != nil {
				p.storeErr(err)
				return
			}
		}
		for _, c := range corrs {
			c.ReportID = id
			if err := p.sess.st.SaveCorrection(c); err != nil {
				p.storeErr(err)
				break
			}
		}
		p.loadReader()
		p.ui.notice = "This looks like an edited version of “" + r.Title + "”: your notes and corrections were carried over (the earlier version stays in the Library)."
		return
	}
}

// Similar reports whether text b is an edited version of text a: at least
// half of a's text (by lines, whitespace folded) is still in b.
func Similar(a, b string) bool {
	lines := map[string]bool{}
	for _, l := range strings.Split(b, "\n") {
		if f := strings.Join(strings.Fields(l), " "); f != "" {
			lines[f] = true
		}
	}
	total, kept := 0, 0
	for _, l := range strings.Split(a, "\n") {
		f := strings.Join(strings.Fields(l), " ")
		total += len(f)
		if f != "" && lines[f] {
			kept += len(f)
		}
	}
	return total > 0 && 2*kept >= total
}

// refreshView recomputes the reader's view of the analysis: corrections
// applied, added stances and proposals placed, notes located, and the
// highlighted report cut into chunks (unchanged chunks are reused, so only
// the changed part of the page is rendered again).
func (p *AnalyseView) refreshView() {
	if p.res == nil || p.resFor == "" {
		p.corrected, p.m, p.flags, p.notes, p.chunks = nil, Map{}, nil, nil, nil
		p.stanceSets, p.proposalSet, p.mref = nil, nil, nil
		p.cview = annotation.View{}
		p.vis = staged{pumping: p.vis.pumping, scale: p.vis.scale}
		return
	}
	text := p.resFor
	p.cview = annotation.Apply(p.res, text, p.corrs, p.anns)
	p.corrected, p.flags = Corrected(p.res, p.cview)
	p.m = BuildMap(p.corrected)
	mc := p.m
	p.mref = &mc // a new pointer per view: the map's panels are drawn again
	p.origStance, p.origProposal = map[string]*core.Stance{}, map[string]*core.Proposal{}
	for _, v := range p.cview.Stances {
		if v.Original != nil {
			p.origStance[v.ID] = v.Original
		}
	}
	for _, v := range p.cview.Proposals {
		if v.Original != nil {
			p.origProposal[v.ID] = v.Original
		}
	}
	p.notes = p.notes[:0]
	l := annotation.NewLocator(text)
	for _, a := range p.anns {
		if a.Kind != annotation.KindNote && a.Kind != annotation.KindTag || a.Target.Orphaned {
			continue
		}
		if m, ok := l.Locate(a.Target); ok {
			p.notes = append(p.notes, NoteSpan{ID: "n-" + a.ID, Start: m.Start, End: m.End})
		}
	}
	limit := len(text)
	if !p.showAll && limit > ViewLimit {
		limit = ViewLimit
		for limit > 0 && limit < len(text) && text[limit]&0xC0 == 0x80 {
			limit--
		}
	}
	stanceByID := map[string]core.Stance{}
	for _, s := range p.corrected.Stances {
		stanceByID[s.ID] = s
	}
	segs := Segments(text, p.corrected, p.notes, limit)
	chunks := buildChunks(text, segs, p.m, stanceByID, ChunkSize)
	// The chunks that did not change keep their pointers (and go-app does
	// not draw them again): chunk boundaries follow the text's lines, so
	// after an edit the chunks after it are the same as before.
	reused := 0
	for i := range chunks {
		for _, old := range [][]*chunk{p.vis.chunks, p.chunks} {
			if i < len(old) && chunks[i].equal(old[i]) {
				chunks[i] = old[i]
				reused++
				break
			}
		}
	}
	if reused*2 < len(chunks) {
		// Another report: none of the old one stays on screen while the
		// new one is drawn.
		p.vis = staged{pumping: p.vis.pumping, scale: p.vis.scale}
	}
	p.chunks, p.chunkLim = chunks, limit
	p.rebatch()
	p.syncStep()  // what changed near the reader: now
	p.kick(p.ctx) // the rest: step by step
}

// Corrected turns the reader's view into an analysis the map and the
// highlighting read: rejected items left out, edits applied, added items
// and parties in. flags gives what the reader did to each item, by id.
func Corrected(a *core.Analysis, v annotation.View) (*core.Analysis, map[string]annotation.Flags) {
	out := &core.Analysis{Version: a.Version, Sentences: a.Sentences, Issues: a.Issues, Talks: a.Talks}
	flags := map[string]annotation.Flags{}
	for _, act := range v.Actors {
		out.Actors = append(out.Actors, act.Actor)
	}
	for _, s := range v.Stances {
		flags[s.ID] = s.Flags
		if !s.Rejected {
			out.Stances = append(out.Stances, s.Stance)
		}
	}
	for _, pr := range v.Proposals {
		flags[pr.ID] = pr.Flags
		if !pr.Rejected {
			out.Proposals = append(out.Proposals, pr.Proposal)
		}
	}
	return out, flags
}

// storeErr tells the reader why a change was not saved; on a conflict with
// another tab it reloads the library first so that the next try works.
func (p *AnalyseView) storeErr(err error) {
	if errors.Is(err, store.ErrConflict) {
		if p.sess.st != nil {
			p.sess.st.Reload()
		}
		p.sess.refreshLibrary()
		p.loadReader()
		p.refreshView()
		p.ui.noteErr = "Another Parley tab changed this report in the meantime, so your change was not saved. Parley now shows the other tab's version: make your change again."
		return
	}
	p.ui.noteErr = "Your change was not saved: " + err.Error()
}

func (p *AnalyseView) saved(msg string) {
	p.ui.undo = nil
	p.ui.noteErr = ""
	p.ui.notice = msg
	p.refreshView()
}

// ---- selecting a passage ---------------------------------------------------

// onSelect reads the window's selection inside the report view.
func (p *AnalyseView) onSelect(ctx app.Context, e app.Event) {
	start, end, ok := selectionUTF16()
	if !ok {
		return
	}
	if p.selectUTF16(start, end) && e.Get("type").String() == "keyup" {
		p.focusSoon(ctx, "ann-body") // a keyboard selection (caret browsing)
	}
}

// selectUTF16 selects the passage [start, end) of the analysed text given
// in UTF-16 units (a DOM range); white space at either end is left out.
func (p *AnalyseView) selectUTF16(start, end int) bool {
	text := p.resFor
	if text == "" || p.openID == "" {
		return false
	}
	bs, be := annotation.UTF16ToByte(text, start), annotation.UTF16ToByte(text, end)
	for bs < be {
		r, size := utf8.DecodeRuneInString(text[bs:])
		if !unicode.IsSpace(r) {
			break
		}
		bs += size
	}
	for be > bs {
		r, size := utf8.DecodeLastRuneInString(text[:be])
		if !unicode.IsSpace(r) {
			break
		}
		be -= size
	}
	if bs >= be {
		return false
	}
	p.ui.sel = &selection{Start: bs, End: be, Quote: text[bs:be]}
	p.ui.notice, p.ui.undo = "", nil // a new passage: the last form's message is stale
	if p.ui.kind == "" {
		p.ui.kind = annotation.KindNote
	}
	p.ui.noteErr = ""
	return true
}

// findWords selects the passage the reader typed (white space and
// typographic quotes and dashes need not match): the keyboard's way to
// annotate without selecting with a pointer.
func (p *AnalyseView) findWords(words string) bool {
	words = strings.TrimSpace(words)
	if words == "" || p.resFor == "" || p.openID == "" {
		return false
	}
	m, ok := annotation.Locate(p.resFor, annotation.Target{Quote: annotation.TextQuoteSelector{Exact: words}})
	if !ok {
		return false
	}
	return p.selectUTF16(m.UTF16(p.resFor))
}

// selectionUTF16 returns the selection inside #report-view as UTF-16
// offsets of its text: the text before the range's start, measured with a
// second range from the start of the view.
func selectionUTF16() (start, end int, ok bool) {
	if !app.IsClient {
		return 0, 0, false
	}
	win := app.Window()
	view := win.GetElementByID("report-view")
	sel := win.Call("getSelection")
	if !view.Truthy() || !sel.Truthy() || sel.Get("rangeCount").Int() == 0 || sel.Get("isCollapsed").Bool() {
		return 0, 0, false
	}
	r := sel.Call("getRangeAt", 0)
	if !view.Call("contains", r.Get("startContainer")).Bool() || !view.Call("contains", r.Get("endContainer")).Bool() {
		return 0, 0, false
	}
	pre := win.Get("document").Call("createRange")
	pre.Call("selectNodeContents", view)
	pre.Call("setEnd", r.Get("startContainer"), r.Get("startOffset"))
	start = utf16Len(pre.Call("toString").String())
	end = start + utf16Len(r.Call("toString").String())
	return start, end, end > start
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// ---- annotations -----------------------------------------------------------

// addAnnotation saves what the reader wrote about the selected passage.
func (p *AnalyseView) addAnnotation(in noteInput) error {
	sel := p.ui.sel
	if sel == nil || p.openID == "" || p.sess.st == nil {
		return errors.New("select words in the report first")
	}
	t, err := annotation.NewTarget(p.resFor, p.openID, sel.Start, sel.End)
	if err != nil {
		return err
	}
	ts := now()
	p.actions++
	a := annotation.Annotation{ID: annotation.NewID(t, ts, p.actions), ReportID: p.openID, Kind: in.Kind,
		Body: strings.TrimSpace(in.Body), Tags: SplitTags(in.Tags), Created: ts, Modified: ts, Target: t}
	switch in.Kind {
	case annotation.KindNote:
		if a.Body == "" {
			return errors.New("write the note first")
		}
	case annotation.KindTag:
		if len(a.Tags) == 0 {
			return errors.New("type a tag first")
		}
	case annotation.KindStance, annotation.KindProposal:
		a.Party = p.partyRef(in.Party)
		if a.Party == "" {
			return errors.New("name the party (one Parley found, or a new one)")
		}
		if a.Body == "" {
			a.Body = Shorten(sel.Quote, 160)
		}
		if in.Kind == annotation.KindStance {
			a.StanceType = in.Type
			if a.StanceType == "" {
				a.StanceType = core.Position
			}
		} else {
			a.Status = in.Status
			if a.Status == "" {
				a.Status = core.StatusProposed
			}
		}
	default:
		return errors.New("choose what to add")
	}
	if err := p.sess.st.SaveAnnotation(a); err != nil {
		p.storeErr(err)
		return err
	}
	p.anns = p.sess.st.Annotations(p.openID)
	p.ui.sel = nil
	p.saved(kindLabel(a.Kind) + " saved in this browser.")
	return nil
}

// deleteAnnotation removes one of the open report's annotations.
func (p *AnalyseView) deleteAnnotation(id string) {
	var gone *annotation.Annotation
	for _, a := range p.anns {
		if a.ID == id {
			gone = &a
		}
	}
	if err := p.sess.st.DeleteAnnotation(p.openID, id); err != nil {
		p.storeErr(err)
		return
	}
	p.anns = p.sess.st.Annotations(p.openID)
	if p.ui.tagFilter != "" && len(p.filteredAnns()) == 0 {
		p.ui.tagFilter = "" // the last note with that tag is gone
	}
	p.saved("Deleted.")
	p.ui.undo = gone
}

// undoDelete puts back the annotation deleted last.
func (p *AnalyseView) undoDelete() {
	a := p.ui.undo
	p.ui.undo = nil
	if a == nil || a.ReportID != p.openID {
		return
	}
	if err := p.sess.st.SaveAnnotation(*a); err != nil {
		p.storeErr(err)
		return
	}
	p.anns = p.sess.st.Annotations(p.openID)
	p.saved("Put back.")
}

// partyRef resolves a typed party to the id of a party of the map (by id,
// name or alias, case and spacing ignored), else keeps the new name.
func (p *AnalyseView) partyRef(typed string) string {
	t := strings.Join(strings.Fields(typed), " ")
	if t == "" {
		return ""
	}
	for _, pv := range p.m.Parties {
		if pv.ID == t || strings.EqualFold(pv.Name, t) {
			return pv.ID
		}
		for _, al := range pv.Aliases {
			if strings.EqualFold(strings.Join(strings.Fields(al), " "), t) {
				return pv.ID
			}
		}
	}
	return t
}

// SplitTags splits comma-separated tags, trimmed, without empties or
// duplicates (case-insensitive; the first spelling wins).
func SplitTags(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		t = strings.Join(strings.Fields(t), " ")
		if t == "" || slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, t) }) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// usedTags lists the tags used anywhere in the library, sorted.
func (p *AnalyseView) usedTags() []string {
	if p.sess.st == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	add := func(anns []annotation.Annotation) {
		for _, a := range anns {
			for _, t := range a.Tags {
				if k := strings.ToLower(t); !seen[k] {
					seen[k] = true
					out = append(out, t)
				}
			}
		}
	}
	add(p.anns)
	for _, r := range p.sess.reports {
		if r.ID != p.openID {
			add(p.sess.st.Annotations(r.ID))
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	return out
}

// filteredAnns is the open report's annotations with the tag filter applied.
func (p *AnalyseView) filteredAnns() []annotation.Annotation {
	if p.ui.tagFilter == "" {
		return p.anns
	}
	var out []annotation.Annotation
	for _, a := range p.anns {
		if slices.ContainsFunc(a.Tags, func(t string) bool { return strings.EqualFold(t, p.ui.tagFilter) }) {
			out = append(out, a)
		}
	}
	return out
}

func kindLabel(k annotation.Kind) string {
	switch k {
	case annotation.KindNote:
		return "Note"
	case annotation.KindTag:
		return "Tag"
	case annotation.KindStance:
		return "Stance"
	case annotation.KindProposal:
		return "Proposal"
	}
	return string(k)
}

// ---- corrections -----------------------------------------------------------

// correct records the reader's verdict on the stance or proposal id of the
// reader's view; confirming a confirmed item, or rejecting a rejected one,
// takes the verdict back.
func (p *AnalyseView) correct(id string, action annotation.Action, in editInput) error {
	fl, ok := p.flags[id]
	if !ok || fl.Key == "" || p.sess.st == nil {
		return errors.New("this item can no longer be corrected: the analysis changed")
	}
	item := annotation.ItemStance
	if strings.HasPrefix(fl.Key, string(annotation.ItemProposal)+"|") {
		item = annotation.ItemProposal
	}
	ts := now()
	c := annotation.Correction{ReportID: p.openID, Key: fl.Key, Item: item, Action: action, Created: ts, Modified: ts}
	for _, old := range p.corrs {
		if old.Key == fl.Key {
			c.Created = old.Created
		}
	}
	if action == annotation.Edit {
		p.fillEdit(&c, id, in)
		if c.Party == "" && c.Type == "" && c.Status == "" && c.Summary == "" {
			// nothing differs from Parley's version: take the edit back
			return p.undoCorrection(id)
		}
	}
	if err := p.sess.st.SaveCorrection(c); err != nil {
		p.storeErr(err)
		return err
	}
	p.corrs = p.sess.st.Corrections(p.openID)
	p.ui.editID = ""
	msg := map[annotation.Action]string{annotation.Confirm: "Confirmed.", annotation.Reject: "Marked as wrong: it is hidden (see Rejected to restore it).", annotation.Edit: "Your edit is saved."}[action]
	p.saved(msg)
	return nil
}

// fillEdit keeps the fields of in that differ from Parley's own version.
func (p *AnalyseView) fillEdit(c *annotation.Correction, id string, in editInput) {
	party := p.partyRef(in.Party)
	summary := strings.Join(strings.Fields(in.Summary), " ")
	for _, s := range p.cview.Stances {
		if s.ID != id {
			continue
		}
		orig := s.Stance
		if s.Original != nil {
			orig = *s.Original
		}
		if party != "" && party != orig.Actor {
			c.Party = party
		}
		if in.Type != "" && in.Type != orig.Type {
			c.Type = in.Type
		}
		if summary != "" && summary != orig.Summary {
			c.Summary = summary
		}
	}
	for _, pr := range p.cview.Proposals {
		if pr.ID != id {
			continue
		}
		orig := pr.Proposal
		if pr.Original != nil {
			orig = *pr.Original
		}
		if party != "" && party != orig.Proposer {
			c.Party = party
		}
		if in.Status != "" && in.Status != orig.Status {
			c.Status = in.Status
		}
		if summary != "" && summary != orig.Content {
			c.Summary = summary
		}
	}
}

// undoCorrection removes the reader's correction of item id (restores a
// rejected item, takes back a confirmation or an edit).
func (p *AnalyseView) undoCorrection(id string) error {
	fl, ok := p.flags[id]
	if !ok || fl.Key == "" {
		return errors.New("there is nothing to undo")
	}
	if !slices.ContainsFunc(p.corrs, func(c annotation.Correction) bool { return c.Key == fl.Key }) {
		p.ui.editID = ""
		return nil
	}
	if err := p.sess.st.DeleteCorrection(p.openID, fl.Key); err != nil {
		p.storeErr(err)
		return err
	}
	p.corrs = p.sess.st.Corrections(p.openID)
	p.ui.editID = ""
	p.saved("Back to Parley's version.")
	return nil
}

// rejected lists the items the reader marked as wrong.
func (p *AnalyseView) rejected() (stances []annotation.StanceView, proposals []annotation.ProposalView) {
	for _, s := range p.cview.Stances {
		if s.Rejected {
			stances = append(stances, s)
		}
	}
	for _, pr := range p.cview.Proposals {
		if pr.Rejected {
			proposals = append(proposals, pr)
		}
	}
	return stances, proposals
}
