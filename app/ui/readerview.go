package ui

import (
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/core"
	"parley/core/annotation"
)

// inputValue reads a form control's value from the page (forms are not
// "controlled": see the go-app notes, a value written back on every render
// loses keystrokes).
func inputValue(id string) string {
	if !app.IsClient {
		return ""
	}
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return ""
	}
	return el.Get("value").String()
}

// repaint updates the whole page after a handler inside an itemBatch (go-app
// would update only the batch).
func (p *AnalyseView) repaint(ctx app.Context) { p.dispatch(ctx, func(app.Context) {}) }

// focusSoon moves the keyboard focus to element id once the page shows it
// (dispatched to the component: the element that asked may be gone).
func (p *AnalyseView) focusSoon(ctx app.Context, id string) { focusSoon(ctx, p, id) }

// renderAnnotate is the bar above the report: a hint, or the form for the
// selected passage. It sticks to the top of the screen while scrolling.
func (p *AnalyseView) renderAnnotate() app.UI {
	sel := p.ui.sel
	if sel == nil {
		return app.Div().Class("selbar hint").Body(
			app.P().ID("select-help").Class("muted").Text("Select words in the report to add a note, a tag, or a stance or proposal Parley missed."),
			app.Form().Class("find").ID("find-form").Aria("label", "Annotate words by typing them").OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				if !p.findWords(inputValue("find-words")) {
					p.ui.noteErr = "Those words are not in the report."
					return
				}
				p.focusSoon(ctx, "ann-body")
			}).Body(
				app.Label().For("find-words").Class("lbl-inline").Text("Or type words from the report:"),
				app.Input().ID("find-words").Type("search").AutoComplete(false),
				app.Button().Type("submit").Class("btn small ghost").Text("Annotate"),
			),
			p.renderReaderMsgs(),
		)
	}
	kind := p.ui.kind
	kindOpt := func(k annotation.Kind) app.UI {
		return app.Option().Value(string(k)).Selected(kind == k).Text(kindLabel(k))
	}
	return app.Form().ID("annotate").Class("selbar annotate").Aria("label", "Annotate the selected passage").
		OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			in := noteInput{Kind: p.ui.kind, Body: inputValue("ann-body"), Tags: inputValue("ann-tags"),
				Party: inputValue("ann-party"), Type: core.StanceType(inputValue("ann-type")),
				Status: core.ProposalStatus(inputValue("ann-status"))}
			if err := p.addAnnotation(in); err != nil && p.ui.noteErr == "" {
				p.ui.noteErr = err.Error()
			}
		}).Body(
		app.P().Class("quote").Body(
			app.Span().Class("muted").Text("Selected: "),
			app.Q().ID("ann-quote").Text(Shorten(sel.Quote, 160)),
		),
		app.Div().Class("row").Body(
			app.Label().For("ann-kind").Text("Add"),
			app.Select().ID("ann-kind").OnChange(func(ctx app.Context, e app.Event) {
				p.ui.kind = annotation.Kind(ctx.JSSrc().Get("value").String())
			}).Body(kindOpt(annotation.KindNote), kindOpt(annotation.KindTag),
				app.Option().Value(string(annotation.KindStance)).Selected(kind == annotation.KindStance).Text("Stance Parley missed"),
				app.Option().Value(string(annotation.KindProposal)).Selected(kind == annotation.KindProposal).Text("Proposal Parley missed")),
		),
		app.If(kind == annotation.KindStance || kind == annotation.KindProposal, app.Div().Class("row").Body(
			app.Label().For("ann-party").Text("Party"),
			app.Input().ID("ann-party").Type("text").List("party-list").Required(true).
				Placeholder("a party above, or a new name").AutoComplete(false),
		)),
		app.If(kind == annotation.KindStance, app.Div().Class("row").Body(
			app.Label().For("ann-type").Text("Type"),
			typeSelect("ann-type", core.Position),
		)),
		app.If(kind == annotation.KindProposal, app.Div().Class("row").Body(
			app.Label().For("ann-status").Text("Status"),
			statusSelect("ann-status", core.StatusProposed),
		)),
		app.Div().Class("row").Body(
			app.Label().For("ann-body").Text(map[annotation.Kind]string{annotation.KindNote: "Note",
				annotation.KindTag: "Comment (optional)", annotation.KindStance: "What they hold (optional)",
				annotation.KindProposal: "What is proposed (optional)"}[kind]),
			app.Textarea().ID("ann-body").Rows(2).Required(kind == annotation.KindNote).AutoFocus(true),
		),
		app.Div().Class("row").Body(
			app.Label().For("ann-tags").Text(tagsLabel(kind)),
			app.Input().ID("ann-tags").Type("text").List("tag-list").Required(kind == annotation.KindTag).
				Placeholder("e.g. ceasefire, follow up").AutoComplete(false),
			p.tagList(),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("submit").ID("ann-save").Class("btn small").Text("Save"),
			app.Button().Type("button").ID("ann-cancel").Class("btn small ghost").Text("Cancel").
				OnClick(func(ctx app.Context, e app.Event) { p.ui.sel, p.ui.noteErr = nil, "" }),
		),
		p.renderReaderMsgs(),
	)
}

func (p *AnalyseView) tagList() app.UI {
	tags := p.usedTags()
	return app.DataList().ID("tag-list").Body(app.Range(tags).Slice(func(i int) app.UI {
		return app.Option().Value(tags[i])
	}))
}

func tagsLabel(k annotation.Kind) string {
	if k == annotation.KindTag {
		return "Tags (comma separated)"
	}
	return "Tags (optional)"
}

func (p *AnalyseView) renderReaderMsgs() app.UI {
	return app.Div().Class("readermsg").Body(
		app.If(p.ui.noteErr != "", app.P().ID("note-error").Class("error").Role("alert").Text(p.ui.noteErr)),
		app.If(p.ui.notice != "" && p.ui.noteErr == "", app.P().ID("note-status").Class("muted").Role("status").Body(
			app.Text(p.ui.notice+" "),
			app.If(p.ui.undo != nil, app.Button().ID("undo-delete").Class("btn small ghost").Text("Undo").
				OnClick(func(ctx app.Context, e app.Event) { p.undoDelete() })),
		)),
	)
}

func partyList(m Map) app.UI {
	return app.DataList().ID("party-list").Body(app.Range(m.Parties).Slice(func(i int) app.UI {
		return app.Option().Value(m.Parties[i].Name)
	}))
}

func typeSelect(id string, cur core.StanceType) app.UI {
	return app.Select().ID(id).Body(app.Range(core.StanceTypes).Slice(func(i int) app.UI {
		t := core.StanceTypes[i]
		return app.Option().Value(string(t)).Selected(t == cur).Text(string(t))
	}))
}

func statusSelect(id string, cur core.ProposalStatus) app.UI {
	if cur == "" {
		cur = core.StatusProposed
	}
	return app.Select().ID(id).Body(app.Range(core.ProposalStatuses).Slice(func(i int) app.UI {
		s := core.ProposalStatuses[i]
		return app.Option().Value(string(s)).Selected(s == cur).Text(StatusLabel(s))
	}))
}

// renderNotesPanel lists the open report's annotations, with a tag filter.
func (p *AnalyseView) renderNotesPanel() app.UI {
	anns := p.filteredAnns()
	var tags []string
	for _, a := range p.anns {
		for _, t := range a.Tags {
			if !containsFold(tags, t) {
				tags = append(tags, t)
			}
		}
	}
	sort.Slice(tags, func(i, j int) bool { return strings.ToLower(tags[i]) < strings.ToLower(tags[j]) })
	title := "Your notes"
	if len(p.anns) > 0 {
		title += " (" + strconv.Itoa(len(p.anns)) + ")"
	}
	return app.Section().Class("panel").ID("notes").Body(
		app.H2().Text(title),
		app.If(len(p.anns) == 0, app.P().Class("muted").Text("None yet. Select words in the report to add one; they are kept in this browser only.")),
		app.If(len(tags) > 0, app.Div().Class("row").Body(
			app.Label().For("tag-filter").Text("Show tag"),
			app.Select().ID("tag-filter").OnChange(func(ctx app.Context, e app.Event) {
				p.ui.tagFilter = ctx.JSSrc().Get("value").String()
			}).Body(
				app.Option().Value("").Selected(p.ui.tagFilter == "").Text("all"),
				app.Range(tags).Slice(func(i int) app.UI {
					return app.Option().Value(tags[i]).Selected(strings.EqualFold(tags[i], p.ui.tagFilter)).Text(tags[i])
				}),
			),
		)),
		app.Ul().Class("notes").Body(app.Range(anns).Slice(func(i int) app.UI {
			return p.renderNote(anns[i])
		})),
	)
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func (p *AnalyseView) renderNote(a annotation.Annotation) app.UI {
	id := a.ID
	target := "n-" + id
	if a.Kind == annotation.KindStance || a.Kind == annotation.KindProposal {
		target = "r-" + id
	}
	detail := ""
	switch a.Kind {
	case annotation.KindStance:
		detail = p.m.ActorName(p.partyRef(a.Party)) + " — " + string(a.StanceType)
	case annotation.KindProposal:
		detail = p.m.ActorName(p.partyRef(a.Party)) + " — " + StatusLabel(a.Status)
	}
	return app.Li().Class("note").DataSet("id", id).DataSet("kind", string(a.Kind)).Body(
		app.Button().Class("item").DataSet("target", target).Aria("label", "Show in the report: "+Shorten(a.Target.Quote.Exact, 60)).
			Disabled(a.Target.Orphaned).DataSet("act", "show").Body(
			app.Span().Class("badge kind-"+string(a.Kind)).Text(kindLabel(a.Kind)),
			app.Span().Class("nquote").Text("“"+Shorten(a.Target.Quote.Exact, 80)+"”"),
		),
		app.If(a.Target.Orphaned, app.P().Class("orphan").Role("note").Text("No longer found in the text: kept here so you can copy or delete it.")),
		app.If(detail != "", app.P().Class("meta").Text(detail)),
		app.If(a.Body != "", app.P().Class("nbody").Text(a.Body)),
		app.If(len(a.Tags) > 0, app.P().Class("tags").Body(app.Range(a.Tags).Slice(func(i int) app.UI {
			return app.Span().Class("tag").Text(a.Tags[i])
		}))),
		app.Button().Class("btn small ghost del-note").Text("Delete").Aria("label", "Delete this "+strings.ToLower(kindLabel(a.Kind))).
			DataSet("act", "delete").DataSet("id", id),
	)
}

// itemExtra is what the reader did to a stance or proposal, and whether
// its edit form is open: what itemBatch draws beside the engine's item.
type itemExtra struct {
	fl      annotation.Flags
	was     string // the engine's version of an edited item, in words
	editing bool
	party   string // the item's party, by name (the edit form's value)
}

// extraOf is what the reader sees and can do on item id.
func (p *AnalyseView) extraOf(id, party string) itemExtra {
	x := itemExtra{fl: p.flags[id], editing: p.ui.editID == id, party: p.m.ActorName(party)}
	if orig := p.origStance[id]; orig != nil {
		x.was = "Parley said: " + p.m.ActorName(orig.Actor) + " — " + string(orig.Type) + ": " + orig.Summary
	}
	if orig := p.origProposal[id]; orig != nil {
		x.was = "Parley said: " + p.m.ActorName(orig.Proposer) + " — " + StatusLabel(orig.Status) + ": " + orig.Content
	}
	return x
}

// stanceExtras draws the reader's marks and controls of an extracted stance.
func stanceExtras(x itemExtra, s core.Stance) app.UI {
	if x.editing {
		return renderEdit(s.ID, annotation.ItemStance, x.party, s.Type, "", s.Summary)
	}
	return itemControls(s.ID, x.fl, x.was)
}

// proposalExtras is stanceExtras for a proposal.
func proposalExtras(x itemExtra, pr core.Proposal) app.UI {
	if x.editing {
		return renderEdit(pr.ID, annotation.ItemProposal, x.party, "", pr.Status, pr.Content)
	}
	return itemControls(pr.ID, x.fl, x.was)
}

// onMapClick answers the buttons of the map: one listener for all of them
// (a long report's map has thousands of buttons, and a listener each made
// drawing it slow). A button says what it does in data-act, and on what in
// data-id (or data-target, the id of the highlights it shows).
func (p *AnalyseView) onMapClick(ctx app.Context, e app.Event) {
	t := e.Get("target")
	if !t.Truthy() || t.Get("closest").IsUndefined() {
		return
	}
	btn := t.Call("closest", "button[data-act]")
	if !btn.Truthy() || btn.Get("disabled").Bool() {
		return
	}
	act := btn.Call("getAttribute", "data-act").String()
	id := btn.Call("getAttribute", "data-id")
	if act == "show" {
		target := btn.Call("getAttribute", "data-target").String()
		if p.ui.pane != "report" && narrow() {
			// On a phone the report is behind its tab: open it, then show
			// the evidence once it is drawn.
			p.ui.pane = "report"
			p.repaint(ctx)
			ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: p, Function: func(app.Context) { flash(target) }})
			return
		}
		flash(target)
		return
	}
	if !id.Truthy() {
		return
	}
	p.act(act, id.String())
	p.repaint(ctx)
}

// act does what a map button says (see onMapClick) to item id.
func (p *AnalyseView) act(act, id string) {
	switch act {
	case "confirm":
		_ = p.correct(id, annotation.Confirm, editInput{})
	case "unconfirm", "undo":
		_ = p.undoCorrection(id)
	case "edit":
		p.ui.editID = id
	case "cancel-edit":
		p.ui.editID = ""
	case "wrong":
		_ = p.correct(id, annotation.Reject, editInput{})
	case "delete":
		p.deleteAnnotation(id)
	}
}

func itemControls(id string, fl annotation.Flags, was string) app.UI {
	if fl.Added {
		return app.Div().Class("fix").Body(
			app.Span().Class("mark added").Text("added by you"),
			app.Button().Class("btn small ghost").Text("Delete").Aria("label", "Delete the item you added").
				DataSet("act", "delete").DataSet("id", fl.AnnotationID),
		)
	}
	if fl.Key == "" {
		return nil
	}
	confirmLabel, confirmAct := "Confirm", "confirm"
	if fl.Confirmed {
		confirmLabel, confirmAct = "Unconfirm", "unconfirm"
	}
	return app.Div().Class("fix").Body(
		app.If(fl.Confirmed, app.Span().Class("mark confirmed").Text("✓ confirmed")),
		app.If(fl.Edited, app.Span().Class("mark edited").Title("%s", was).Text("edited by you")),
		app.If(fl.Edited && was != "", app.Span().Class("sr-only").Text(was)),
		app.Button().Class("btn small ghost confirm-btn").Text(confirmLabel).Aria("pressed", fl.Confirmed).
			DataSet("act", confirmAct).DataSet("id", id),
		app.Button().Class("btn small ghost edit-btn").Text("Edit").DataSet("act", "edit").DataSet("id", id),
		app.If(fl.Edited, app.Button().Class("btn small ghost undo-btn").Text("Undo edit").DataSet("act", "undo").DataSet("id", id)),
		app.Button().Class("btn small ghost reject-btn").Text("Wrong").Aria("label", "Mark as wrong (hide it)").
			DataSet("act", "wrong").DataSet("id", id),
	)
}

// renderEdit is the form that edits a stance (type) or a proposal
// (status). It is answered by the map's listeners (onMapSubmit, and
// onMapClick for Cancel), so that the batch that draws it needs nothing
// of the view.
func renderEdit(id string, item annotation.ItemKind, party string, typ core.StanceType, status core.ProposalStatus, summary string) app.UI {
	summaryLabel := "Summary"
	if item == annotation.ItemProposal {
		summaryLabel = "Content"
	}
	return app.Form().Class("edit").ID("edit-form").Aria("label", "Edit this "+string(item)).DataSet("id", id).Body(
		app.Div().Class("row").Body(
			app.Label().For("edit-party").Text("Party"),
			app.Input().ID("edit-party").Type("text").List("party-list").Value(party).AutoComplete(false),
		),
		app.If(item == annotation.ItemStance, app.Div().Class("row").Body(
			app.Label().For("edit-type").Text("Type"),
			typeSelect("edit-type", typ),
		)),
		app.If(item == annotation.ItemProposal, app.Div().Class("row").Body(
			app.Label().For("edit-status").Text("Status"),
			statusSelect("edit-status", status),
		)),
		app.Div().Class("row").Body(
			app.Label().For("edit-summary").Text(summaryLabel),
			app.Textarea().ID("edit-summary").Rows(2).Text(summary),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("submit").ID("edit-save").Class("btn small").Text("Save"),
			app.Button().Type("button").Class("btn small ghost").Text("Cancel").DataSet("act", "cancel-edit").DataSet("id", id),
		),
	)
}

// onMapSubmit answers the edit form of a stance or proposal.
func (p *AnalyseView) onMapSubmit(ctx app.Context, e app.Event) {
	f := e.Get("target")
	if !f.Truthy() || f.Get("id").String() != "edit-form" {
		return
	}
	e.PreventDefault()
	id := f.Call("getAttribute", "data-id").String()
	in := editInput{Party: inputValue("edit-party"), Summary: inputValue("edit-summary"),
		Type: core.StanceType(inputValue("edit-type")), Status: core.ProposalStatus(inputValue("edit-status"))}
	if err := p.correct(id, annotation.Edit, in); err != nil && p.ui.noteErr == "" {
		p.ui.noteErr = err.Error()
	}
	p.repaint(ctx)
}

// renderRejected lists what the reader marked as wrong, restorable.
func (p *AnalyseView) renderRejected() app.UI {
	stances, proposals := p.rejected()
	n := len(stances) + len(proposals)
	unmatched := len(p.cview.Unmatched)
	if n == 0 && unmatched == 0 {
		return nil
	}
	label := "Rejected (" + strconv.Itoa(n) + ")"
	restore := func(id string) app.UI {
		return app.Button().Class("btn small ghost restore-btn").Text("Restore").
			OnClick(func(ctx app.Context, e app.Event) { _ = p.undoCorrection(id) }, id)
	}
	return app.Section().Class("panel").ID("rejected").Body(
		app.If(n > 0, app.Button().ID("show-rejected").Class("btn small ghost").Aria("expanded", p.ui.showRejected).Text(label).
			OnClick(func(ctx app.Context, e app.Event) { p.ui.showRejected = !p.ui.showRejected })),
		app.If(p.ui.showRejected && n > 0, app.Ul().Class("rejected").Body(
			app.Range(stances).Slice(func(i int) app.UI {
				s := stances[i]
				return app.Li().Class("rej").DataSet("id", s.ID).Body(
					app.Span().Class("badge", "t-"+string(s.Type)).Text(string(s.Type)),
					app.Span().Text(p.m.ActorName(s.Actor)+": "+s.Summary+" "),
					restore(s.ID),
				)
			}),
			app.Range(proposals).Slice(func(i int) app.UI {
				pr := proposals[i]
				return app.Li().Class("rej").DataSet("id", pr.ID).Body(
					app.Span().Class("status").Text(StatusLabel(pr.Status)),
					app.Span().Text(" "+p.m.ActorName(pr.Proposer)+": "+pr.Content+" "),
					restore(pr.ID),
				)
			}),
		)),
		app.If(unmatched > 0, app.P().Class("muted").Text(plural(unmatched, "of your corrections is", "of your corrections are")+
			" about an item this analysis no longer has; it is kept in case it comes back.")),
	)
}
