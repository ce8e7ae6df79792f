package ui

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/store"
	"parley/core/annotation"
)

// LibraryView is the Library (/library): the reports the reader analysed,
// to reopen, rename or delete, and their notes across reports. Its state is
// its own: which list it shows, the search, the rename and delete forms.
type LibraryView struct {
	app.Compo

	sess     *Session
	tab      string // "reports" or "notes"
	query    string // the notes search
	renaming string // the report being renamed
	newTitle string
	confirm  string // the report whose delete awaits confirmation
	msg      string
	stop     []func()
}

// OnMount follows the Library's changes (another tab, a save).
func (l *LibraryView) OnMount(ctx app.Context) {
	if l.sess == nil {
		l.sess = NewSession()
	}
	l.sess.refreshLibrary()
	l.stop = append(l.stop, l.sess.Subscribe(l, func(app.Context) {}))
}

// OnDismount stops following the Library.
func (l *LibraryView) OnDismount() {
	for _, f := range l.stop {
		f()
	}
	l.stop = nil
}

// Render draws the Library.
func (l *LibraryView) Render() app.UI {
	sub := func(id, label string) app.UI {
		b := app.Button().ID("lib-" + id).Class("tab").Text(label).
			OnClick(func(ctx app.Context, e app.Event) { l.tab = id })
		if l.tab == id || l.tab == "" && id == "reports" {
			b = b.Aria("current", "true").Class("tab", "on")
		}
		return b
	}
	reports := l.sess.reports
	var body app.UI
	switch {
	case l.tab == "notes":
		body = l.renderNotes()
	case len(reports) == 0:
		body = app.P().Class("muted").ID("library-empty").Text("No reports yet. Every report you analyse is kept here, in this browser only.")
	default:
		body = app.Div().Body(
			app.P().Class("muted").Text("Reports you analysed, kept in this browser only."),
			app.Ul().ID("library").Class("reports").Body(app.Range(reports).Slice(func(i int) app.UI {
				return l.renderItem(reports[i])
			})),
		)
	}
	return app.Section().Class("library").Body(
		app.H1().Text("Library"),
		app.If(l.msg != "", app.P().ID("library-msg").Class("error").Role("alert").Text(l.msg)),
		app.Nav().Class("subnav").Aria("label", "Library views").Body(sub("reports", "Reports"), sub("notes", "Notes")),
		body,
	)
}

// CountLine says a report's counts in words ("1 party · 3 stances · 1 proposal").
func CountLine(parties, stances, proposals, notes int) string {
	s := plural(parties, "party", "parties") + " · " + plural(stances, "stance", "stances") + " · " +
		plural(proposals, "proposal", "proposals")
	if notes > 0 {
		s += " · " + plural(notes, "note", "notes")
	}
	return s
}

func (l *LibraryView) renderItem(r store.ReportMeta) app.UI {
	id := r.ID
	added := time.UnixMilli(r.Added).Format("2 Jan 2006, 15:04")
	stances, proposals, notes := l.sess.libraryCounts(r)
	var title app.UI = app.H2().Class("rtitle").Text(r.Title)
	if l.renaming == id {
		title = app.Form().Class("rename").OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			l.rename(ctx, id)
		}, id).Body(
			app.Label().For("rename-"+id).Class("sr-only").Text("New title"),
			app.Input().ID("rename-"+id).Class("rename-input").Value(r.Title).
				OnInput(func(ctx app.Context, e app.Event) { l.newTitle = ctx.JSSrc().Get("value").String() }),
			app.Button().Type("submit").Class("btn small").Text("Save"),
			app.Button().Type("button").Class("btn small ghost").Text("Cancel").
				OnClick(func(ctx app.Context, e app.Event) { l.renaming = ""; focusSoon(ctx, l, "rename-btn-"+id) }, id),
		)
	}
	return app.Li().Class("report").DataSet("id", id).Body(
		title,
		app.P().Class("meta").Text("Added "+added+" · "+CountLine(r.Counts.Parties, stances, proposals, notes)),
		app.If(l.confirm == id, app.Div().Class("confirm").Role("alertdialog").Aria("label", "Confirm delete").Body(
			app.Span().Text("Delete this report and its notes from this browser?"),
			app.Button().Class("btn small danger").ID("confirm-delete").Text("Delete").
				OnClick(func(ctx app.Context, e app.Event) { l.remove(ctx, id) }, id),
			app.Button().Class("btn small ghost").Text("Keep").
				OnClick(func(ctx app.Context, e app.Event) { l.confirm = "" }),
		)).Else(app.Div().Class("actions").Body(
			app.Button().Class("btn small open").Text("Open").Aria("label", "Open "+r.Title).
				OnClick(func(ctx app.Context, e app.Event) { l.open(ctx, id) }, id),
			app.Button().ID("rename-btn-"+id).Class("btn small ghost rename-btn").Text("Rename").Aria("label", "Rename "+r.Title).
				OnClick(func(ctx app.Context, e app.Event) {
					l.renaming, l.newTitle = id, r.Title
					focusSoon(ctx, l, "rename-"+id) // autofocus does not work on a form drawn later
				}, id, r.Title),
			app.Button().Class("btn small ghost delete-btn").Text("Delete").Aria("label", "Delete "+r.Title).
				OnClick(func(ctx app.Context, e app.Event) { l.confirm = id }, id),
		)),
	)
}

// open shows a report in the reading view, at its own address.
func (l *LibraryView) open(ctx app.Context, id string) {
	if _, ok := l.sess.st.Report(id); !ok {
		l.msg = "That report is no longer in the Library."
		return
	}
	l.sess.pending = id
	ctx.Navigate("/#report=" + id)
}

func (l *LibraryView) rename(ctx app.Context, id string) {
	t := strings.TrimSpace(l.newTitle)
	l.renaming = ""
	if t != "" {
		if err := l.sess.st.Rename(id, t); err != nil {
			l.msg = "Could not rename: " + err.Error()
		}
	}
	l.sess.refreshLibrary()
	l.sess.Changed(ctx, l)
	focusSoon(ctx, l, "rename-btn-"+id)
}

func (l *LibraryView) remove(ctx app.Context, id string) {
	l.confirm = ""
	if err := l.sess.st.Delete(id); err != nil {
		l.msg = "Could not delete: " + err.Error()
	}
	if l.sess.openID == id {
		saveDraft("") // the reading view empties its box when it mounts again
		l.sess.openID = ""
	}
	l.sess.refreshLibrary()
	l.sess.Changed(ctx, l)
}

// LibraryNote is one annotation of the library with its report's title.
type LibraryNote struct {
	annotation.Annotation
	Title string
}

// libraryNotes lists every annotation of the library whose words, tags,
// party or report title contain the query (case-insensitive), newest first.
func (s *Session) libraryNotes(query string) []LibraryNote {
	if s.st == nil {
		return nil
	}
	q := strings.ToLower(strings.Join(strings.Fields(query), " "))
	var out []LibraryNote
	for _, r := range s.reports {
		for _, a := range s.st.Annotations(r.ID) {
			hay := strings.ToLower(strings.Join(append([]string{a.Body, a.Target.Quote.Exact, a.Party, r.Title, string(a.Kind)}, a.Tags...), "\x00"))
			if q == "" || strings.Contains(strings.Join(strings.Fields(hay), " "), q) {
				out = append(out, LibraryNote{a, r.Title})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Modified > out[j].Modified })
	return out
}

// renderNotes is the Notes view across the Library.
func (l *LibraryView) renderNotes() app.UI {
	notes := l.sess.libraryNotes(l.query)
	return app.Div().Class("libnotes").Body(
		app.Div().Class("row").Body(
			app.Label().For("note-search").Text("Search your notes"),
			app.Input().ID("note-search").Type("search").Placeholder("words, tags, parties…").
				OnInput(func(ctx app.Context, e app.Event) { l.query = ctx.JSSrc().Get("value").String() }),
		),
		app.If(len(notes) == 0, app.P().Class("muted").ID("notes-empty").Text("No notes match.")),
		app.Ul().Class("reports").ID("library-notes").Body(app.Range(notes).Slice(func(i int) app.UI {
			n := notes[i]
			rid := n.ReportID
			return app.Li().Class("report lnote").DataSet("id", n.ID).Body(
				app.P().Class("meta").Body(
					app.Span().Class("badge kind-"+string(n.Kind)).Text(kindLabel(n.Kind)),
					app.Text(" in "),
					app.Strong().Text(n.Title),
				),
				app.Blockquote().Class("evidence").Text(Shorten(n.Target.Quote.Exact, 200)),
				app.If(n.Body != "", app.P().Class("nbody").Text(n.Body)),
				app.If(len(n.Tags) > 0, app.P().Class("tags").Body(app.Range(n.Tags).Slice(func(j int) app.UI {
					return app.Span().Class("tag").Text(n.Tags[j])
				}))),
				app.If(n.Target.Orphaned, app.P().Class("orphan").Text("No longer found in the text.")),
				app.Button().Class("btn small open").Text("Open report").Aria("label", "Open "+n.Title).
					OnClick(func(ctx app.Context, e app.Event) { l.open(ctx, rid) }, rid),
			)
		})),
	)
}

// focusSoon moves the keyboard focus to element id once the page shows it
// (dispatched to the component c: the element that asked may be gone).
func focusSoon(ctx app.Context, c app.Composer, id string) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: c, Function: func(ctx app.Context) {
		if !app.IsClient {
			return
		}
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	}})
}

// plural says n things ("1 party", "3 parties").
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
