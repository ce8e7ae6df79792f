package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/core"
)

func (p *AnalyseView) renderResult() app.UI {
	m := p.m
	if p.batchEdit != p.ui.editID {
		// the edit form opened, moved or closed: the batches of the items
		// concerned are drawn again now
		was := p.batchEdit
		p.rebatch()
		p.adoptItem(was)
		p.adoptItem(p.ui.editID)
	}
	pane := p.ui.pane
	if pane == "" {
		pane = "map"
	}
	return app.Div().Class("result").ID("result").DataSet("pane", pane).Body(
		p.renderPanes(pane),
		p.renderReport(m),
		app.Aside().Class("map").ID("map").Aria("label", "Who stands where").OnClick(p.onMapClick).On("submit", p.onMapSubmit).Body(
			p.renderNotesPanel(),
			renderTalks(p.corrected),
			&mapPanel{Data: p.mref, Part: "parties"},
			&mapPanel{Data: p.mref, Part: "grid"},
			p.renderStancesBatched(m),
			p.renderProposalsBatched(m),
			p.renderRejected(),
		),
		&mapPanel{Data: p.mref, Part: "party-list"}, // the party suggestions of the annotate and edit forms
	)
}

// renderPanes are the tabs of a narrow screen, where the map and the
// report do not fit side by side: the map first, the report a tap away
// (and an item's evidence opens it, see onMapClick). Wider screens hide
// them (CSS) and show both.
func (p *AnalyseView) renderPanes(pane string) app.UI {
	tab := func(id, label string) app.UI {
		return app.Button().Type("button").ID("pane-"+id).Class("tab").Role("tab").
			Aria("selected", pane == id).Aria("controls", map[string]string{"map": "map", "report": "report-pane"}[id]).
			Text(label).OnClick(func(ctx app.Context, e app.Event) { p.ui.pane = id }, id)
	}
	return app.Div().Class("panes").Role("tablist").Aria("label", "Show").Body(tab("map", "Map"), tab("report", "Report"))
}

// narrow reports whether the page is laid out for a phone (see renderPanes).
func narrow() bool {
	return app.IsClient && app.Window().Call("matchMedia", "(max-width: 760px)").Get("matches").Bool()
}

// renderReport shows the text with the evidence and the reader's notes
// highlighted. Every piece of the reader's text is a text node: nothing is
// ever rendered as HTML. The text comes in chunks (see progressive.go); select
// words in it to annotate them.
func (p *AnalyseView) renderReport(m Map) app.UI {
	text := p.resFor
	cut := p.chunkLim < len(text)
	shown := p.vis.chunks
	return app.Section().Class("report").ID("report-pane").Aria("label", "Report").Body(
		app.H2().Class("sr-only").Text("Report with evidence highlighted"),
		p.renderAnnotate(),
		app.Div().ID("report-view").Class("text").Dir("auto").
			Aria("describedby", "select-help").
			OnMouseUp(p.onSelect).OnKeyUp(p.onSelect).On("touchend", p.onSelect).
			Body(app.Range(shown).Slice(func(i int) app.UI {
				return &reportChunk{Data: shown[i]}
			})),
		app.If(cut, app.P().Class("muted").Body(
			app.Text("Showing the first "+strconv.Itoa(ViewLimit/1000)+" KB of "+strconv.Itoa(len(text)/1000)+" KB; the map covers the whole report. "),
			app.Button().Class("btn small").Text("Show all").OnClick(func(ctx app.Context, e app.Event) {
				p.showAll = true
				p.refreshView()
			}),
		)),
	)
}

// flash scrolls to the first highlight of an item and makes them all blink.
func flash(id string) {
	doc := app.Window().Get("document")
	nodes := doc.Call("querySelectorAll", `[data-ev~="`+cssEscape(id)+`"]`)
	n := nodes.Length()
	for i := 0; i < n; i++ {
		el := nodes.Index(i)
		el.Get("classList").Call("remove", "flash")
		_ = el.Get("offsetWidth")
		el.Get("classList").Call("add", "flash")
		if i == 0 {
			el.Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
		}
	}
}

func cssEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '"' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func itemButton(id string, body ...app.UI) app.UI {
	return app.Button().Class("item").DataSet("target", id).DataSet("act", "show").Body(body...)
}

func partyChip(p PartyView) app.UI {
	return app.Span().Class("chip", PartyClass(p.Index)).Body(
		app.Span().Class("letter").Aria("hidden", "true").Text(PartyLetter(p.Index)),
		app.Text(p.Name),
	)
}

func renderParties(m Map) app.UI {
	return app.Section().Class("panel").ID("parties").Body(
		app.H2().Text("Parties"),
		app.If(len(m.Parties) == 0, app.P().Class("muted").Text("No parties found.")),
		app.Ul().Class("parties").Body(app.Range(m.Parties).Slice(func(i int) app.UI {
			pv := m.Parties[i]
			aliases := make([]string, 0, len(pv.Aliases))
			for _, a := range pv.Aliases {
				if a != pv.Name {
					aliases = append(aliases, a)
				}
			}
			return app.Li().Class("party").DataSet("actor", pv.ID).Body(
				itemButton("a-"+pv.ID,
					partyChip(pv),
					app.If(strings.HasPrefix(pv.ID, "reader-"), app.Span().Class("mark").Text("added by you")),
					app.Span().Class("kind").Text(string(pv.Kind)),
				),
				app.If(len(aliases) > 0, app.P().Class("aliases").Body(
					app.Span().Class("muted").Text("Referred to as "),
					app.Text(strings.Join(aliases, " · ")),
				)),
			)
		})),
	)
}

// mapPanel draws a part of the map that changes only with the reader's
// view (the parties, the grid): like reportChunk it is drawn again only
// when Data is a new pointer, that is after refreshView, and not at each
// step of a progressive render. Part says which part; it is a field that
// go-app compares, because go-app matches children by position and a
// panel before it may come and go.
type mapPanel struct {
	app.Compo
	Data *Map
	Part string // "parties", "grid" or "party-list"
}

// mapPanels are what a mapPanel draws for each Part.
var mapPanels = map[string]func(Map) app.UI{"parties": renderParties, "grid": renderGrid, "party-list": partyList}

// Render draws the panel, or an empty slot.
func (c *mapPanel) Render() app.UI {
	if draw := mapPanels[c.Part]; c.Data != nil && draw != nil {
		if ui := draw(*c.Data); ui != nil {
			return ui
		}
	}
	return slot()
}

func renderGrid(m Map) app.UI {
	if len(m.Grid.Rows) == 0 {
		return nil
	}
	return app.Section().Class("panel").ID("grid").Body(
		app.H2().Text("Where they stand"),
		// A region the keyboard can scroll (tabindex), named, with a sign
		// that it scrolls when it is wider than the panel (CSS).
		app.Div().Class("grid-wrap").TabIndex(0).Role("region").Aria("label", "Where they stand: parties by issue (scrolls sideways)").Body(app.Table().Class("grid").Body(
			app.Caption().Class("sr-only").Text("Stance types of each party on each issue"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Party"),
				app.Range(m.Grid.Issues).Slice(func(j int) app.UI {
					return app.Th().Scope("col").Text(m.Grid.Issues[j].Label)
				}),
			)),
			app.TBody().Body(app.Range(m.Grid.Rows).Slice(func(i int) app.UI {
				row := m.Grid.Rows[i]
				return app.Tr().Body(
					app.Th().Scope("row").Body(partyChip(row.Party)),
					app.Range(row.Cells).Slice(func(j int) app.UI {
						cell := row.Cells[j]
						if len(cell) == 0 {
							return app.Td().Class("empty").Aria("label", "none").Text("·")
						}
						return app.Td().Body(app.Range(cell).Slice(func(k int) app.UI {
							return app.Span().Class("badge", "t-"+string(cell[k])).Text(string(cell[k]))
						}))
					}),
				)
			})),
		)),
		app.If(m.Grid.More > 0, app.P().Class("muted").Text("The "+strconv.Itoa(len(m.Grid.Issues))+
			" issues most stances are about; "+plural(m.Grid.More, "more issue is", "more issues are")+" listed with the stances.")),
	)
}

// stancePanel is the Stances panel; list draws each party's stances.
func stancePanel(m Map, list func(int, StanceGroup) app.UI) app.UI {
	return app.Section().Class("panel").ID("stances").Body(
		app.H2().Text("Stances"),
		app.If(len(m.Groups) == 0, app.P().Class("muted").Text("No attributed stances found.")),
		app.Range(m.Groups).Slice(func(i int) app.UI {
			g := m.Groups[i]
			return app.Div().Class("group").Body(
				app.H3().Body(partyChip(g.Party)),
				list(i, g),
			)
		}),
	)
}

// stanceItem is one stance of the Stances panel.
func stanceItem(m Map, s core.Stance, extra func(core.Stance) app.UI) app.UI {
	return app.Li().Class("stance").DataSet("id", s.ID).DataSet("actor", s.Actor).DataSet("type", string(s.Type)).Body(
		itemButton(s.ID,
			app.Span().Class("badge", "t-"+string(s.Type)).Text(string(s.Type)),
			app.Span().Class("summary").Text(s.Summary),
		),
		app.P().Class("meta").Body(
			app.If(s.Target != "", app.Span().Text("against "+m.ActorName(s.Target)+" · ")),
			app.If(s.Source != "", app.Span().Class("source").Text("said by "+s.Source+" · ")),
			app.If(len(s.Issues) > 0, app.Span().Text(strings.Join(s.Issues, ", ")+" · ")),
			app.If(s.Cameo != "", app.Span().Class("cameo").Title("%s", "CAMEO event code and Goldstein score").
				Text("CAMEO "+s.Cameo+" ("+strconv.FormatFloat(s.Goldstein, 'f', 1, 64)+")")),
		),
		app.Blockquote().Class("evidence").Text(Shorten(s.Evidence.Text, 240)),
		callExtra(extra, s),
	)
}

// proposalPanel is the Proposals panel around list.
func proposalPanel(m Map, list ...app.UI) app.UI {
	return app.Section().Class("panel").ID("proposals").Body(
		app.H2().Text("Proposals"),
		app.If(len(m.Proposals) == 0, app.P().Class("muted").Text("No proposals found.")),
		app.Div().Body(list...),
	)
}

// proposalItem is one proposal of the Proposals panel.
func proposalItem(m Map, pr core.Proposal, extra func(core.Proposal) app.UI) app.UI {
	return app.Li().Class("proposal").DataSet("id", pr.ID).DataSet("status", string(pr.Status)).Body(
		itemButton(pr.ID,
			app.Span().Class("status", "st-"+string(pr.Status)).Text(StatusLabel(pr.Status)),
			app.Span().Class("summary").Text(pr.Content),
		),
		app.P().Class("meta").Body(
			app.Text("Put forward by "),
			proposerChip(m, pr.Proposer),
		),
		callExtra(extra, pr),
	)
}

// BatchSize is how many stances or proposals one itemBatch draws.
const BatchSize = 12

// itemBatch draws a run of the reader's stances or proposals from its Data
// alone. Like reportChunk it is drawn again only when Data is a new
// pointer, that is when what it draws changed (see rebatch). Its buttons
// and forms are answered by the map's listeners (onMapClick, onMapSubmit).
type itemBatch struct {
	app.Compo
	Data *batchData
}

// Render draws the batch's items.
func (b *itemBatch) Render() app.UI {
	d := b.Data
	if d == nil || d.m == nil {
		return app.Ul()
	}
	if d.proposals != nil {
		return app.Ul().Class("proposals").Body(app.Range(d.proposals).Slice(func(i int) app.UI {
			return proposalItem(*d.m, d.proposals[i], func(pr core.Proposal) app.UI { return proposalExtras(d.extra[pr.ID], pr) })
		}))
	}
	return app.Ul().Class("stances").Body(app.Range(d.stances).Slice(func(i int) app.UI {
		return stanceItem(*d.m, d.stances[i], func(s core.Stance) app.UI { return stanceExtras(d.extra[s.ID], s) })
	}))
}

// renderStancesBatched is the Stances panel of the reader's page.
func (p *AnalyseView) renderStancesBatched(m Map) app.UI {
	return stancePanel(m, func(gi int, g StanceGroup) app.UI {
		list := p.vis.stances[g.Party.ID]
		return app.Div().Body(app.Range(list).Slice(func(bi int) app.UI {
			return &itemBatch{Data: list[bi]}
		}))
	})
}

// renderProposalsBatched is the Proposals panel of the reader's page.
func (p *AnalyseView) renderProposalsBatched(m Map) app.UI {
	list := p.vis.proposals
	return proposalPanel(m, app.Range(list).Slice(func(bi int) app.UI {
		return &itemBatch{Data: list[bi]}
	}))
}

func proposerChip(m Map, id string) app.UI {
	if i := m.Index(id); i >= 0 {
		return partyChip(m.Parties[i])
	}
	return app.Text(m.ActorName(id))
}

func callExtra[T any](extra func(T) app.UI, v T) app.UI {
	if extra == nil {
		return nil
	}
	return extra(v)
}

// talkLabels say each signal in words.
var talkLabels = map[core.TalkSignal]string{
	core.TalksProgress: "progress", core.TalksStalled: "stalled", core.TalksBreakthrough: "breakthrough",
	core.TalksResumed: "resumed", core.TalksEnded: "ended", core.TalksScheduled: "next round",
	core.TalksSuspended: "suspended",
}

// renderTalks shows what the report says of the talks themselves: progress,
// deadlock, the next round.
func renderTalks(a *core.Analysis) app.UI {
	if a == nil || len(a.Talks) == 0 {
		return nil
	}
	return app.Section().Class("panel").ID("talks").Body(
		app.H2().Text("State of the talks"),
		app.Ul().Class("talks").Body(app.Range(a.Talks).Slice(func(i int) app.UI {
			ts := a.Talks[i]
			label := talkLabels[ts.Signal]
			if label == "" {
				label = string(ts.Signal)
			}
			return app.Li().Class("talk-item").DataSet("signal", string(ts.Signal)).Body(
				itemButton(TalkID(i),
					app.Span().Class("status", "sig-"+string(ts.Signal)).Text(label),
					app.Span().Class("summary").Text(ts.Summary),
				),
			)
		})),
	)
}
