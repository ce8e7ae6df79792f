// Package ui holds Parley's go-app components: the reading page that shows
// who stands where in a pasted report (with the reader's notes, tags and
// corrections), the Library of saved reports and notes, and Settings
// (taught names, backup export and import).
package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/htmltext"
	"parley/app/store"
	"parley/core"
	"parley/core/annotation"
)

// DebounceDelay is how long typing must pause before the report is analysed.
const DebounceDelay = 300 * time.Millisecond

// FrameGap is the pause between steps of long work: long enough for the
// browser to paint a frame in between (a frame is ~16 ms).
const FrameGap = 20 * time.Millisecond

// ViewLimit is how much of a report the highlighted view renders at once;
// the map always covers the whole report.
const ViewLimit = 200_000

// Parley is the root component of the app.
type Parley struct {
	app.Compo

	view     string // "analyse", "library" or "settings"
	text     string
	boxText  string // the text area's content as Parley last set it (see setText)
	res      *core.Analysis
	resFor   string // the text res was computed for
	errMsg   string
	status   string
	busy     bool
	seq      int
	showAll  bool
	editing  bool
	ready    bool
	st       *store.Store
	problems []string
	reports  []store.ReportMeta
	renaming string
	newTitle string
	confirm  string
	update   bool
	analyze  func(string) (*core.Analysis, error)
	restored string // the text restore gave back after a reload
	aliasSig string // the custom aliases the analyzer was built with
	// pendingSave saves the analysed report; kick runs it as a step.
	pendingSave func(app.Context)
	ctx         app.Context // the mount's, for steps started outside a handler

	reader // the reader's annotations and corrections of the open report
	ui     readerUI
}

// OnMount opens the store, restores the library and marks the page as run
// by the wasm app (tests wait for data-wasm="ready").
func (p *Parley) OnMount(ctx app.Context) {
	p.view = "analyse"
	p.ctx = ctx
	p.openStore()
	if app.IsClient {
		p.ready = true
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-wasm", "ready")
		p.listenStorage(ctx)
		p.listenInput(ctx)
		p.restore(ctx)
		warmUp(ctx)
	}
}

// restore opens what the reader was on: the text this tab had in its box
// before a reload (an app update, say), or else a report named in the
// address ("/#report=<id>", as the embed's "Open in Parley" sends).
func (p *Parley) restore(ctx app.Context) {
	text := loadDraft()
	p.restored = text
	if id, ok := strings.CutPrefix(app.Window().Get("location").Get("hash").String(), "#report="); ok && text == "" {
		if r, found := p.st.Report(id); found {
			text = r.Text
		} else {
			p.errMsg = "That report is not in this browser's Library."
		}
	}
	if text == "" {
		return
	}
	p.dispatch(ctx, func(ctx app.Context) { p.setText(ctx, text) })
}

// OnAppUpdate tells the reader that a new version is ready.
func (p *Parley) OnAppUpdate(ctx app.Context) {
	p.update = ctx.AppUpdateAvailable()
}

func (p *Parley) openStore() {
	kv, warn := browserKV()
	st, problems := store.Open(kv)
	p.st = st
	p.problems = nil
	if warn != "" {
		p.problems = append(p.problems, warn)
	}
	for _, pr := range problems {
		p.problems = append(p.problems, pr.Message)
	}
	p.refreshLibrary()
	p.analyze = analyzeInPage
	p.aliasSig = ""
	p.setAnalyzer()
}

// setAnalyzer builds the engine with the reader's custom aliases ("Baabda
// means Lebanon"); it reports whether they changed since the last build.
func (p *Parley) setAnalyzer() bool {
	if p.st == nil {
		return false
	}
	aliases := p.st.Aliases()
	var b strings.Builder
	for _, a := range aliases {
		b.WriteString(a.Surface + "\x1f" + a.Actor + "\x1f" + string(a.Kind) + "\x1e")
	}
	sig := b.String()
	if sig == p.aliasSig && p.analyze != nil {
		return false
	}
	p.aliasSig = sig
	if len(aliases) == 0 {
		p.analyze = analyzeInPage
	} else {
		a := core.NewAnalyzer(annotation.CoreAliases(aliases)...)
		p.analyze = func(text string) (*core.Analysis, error) { return a.AnalyzeYielding(text, pageYield) }
	}
	return true
}

// analyzeInPage analyses text with the default analyzer, giving the thread
// back to the page now and then (see pageYield).
func analyzeInPage(text string) (*core.Analysis, error) {
	return core.Default().AnalyzeYielding(text, pageYield)
}

// pageYield lets the browser draw and take input in the middle of a long
// analysis (see core.Analyzer.AnalyzeYielding): while the wasm program
// sleeps, the page's thread is the browser's. A 1 MB paste analyses in
// ~160 ms in Chromium; in pieces of about 8 ms, the page does not freeze.
func pageYield() { time.Sleep(time.Millisecond) }

// reanalyse analyses the open text again (after the aliases changed).
func (p *Parley) reanalyse(ctx app.Context) {
	if strings.TrimSpace(p.text) == "" {
		return
	}
	p.resFor = ""
	p.seq++
	p.analyse(ctx, p.seq)
}

func (p *Parley) refreshLibrary() {
	if p.st != nil {
		p.reports = p.st.Reports()
	}
}

// listenStorage re-reads the library when another tab changes it.
func (p *Parley) listenStorage(ctx app.Context) {
	app.Window().AddEventListener("storage", func(ctx app.Context, e app.Event) {
		key := e.Get("key")
		if !key.IsNull() && !strings.HasPrefix(key.String(), "parley:") {
			return
		}
		p.reloadFromStorage(ctx)
	})
}

// reloadFromStorage re-reads the library and the open report's annotations
// and corrections (another tab changed them); new custom aliases rebuild
// the analyzer and re-analyse the open report.
func (p *Parley) reloadFromStorage(ctx app.Context) {
	if p.st != nil {
		for _, pr := range p.st.Reload() {
			if !contains(p.problems, pr.Message) {
				p.problems = append(p.problems, pr.Message)
			}
		}
	}
	p.refreshLibrary()
	p.loadReader()
	p.refreshView()
	if p.setAnalyzer() {
		p.reanalyse(ctx)
	}
}

// slot holds the place of an element that is not shown, so that the
// elements after it keep their place: go-app matches children by position,
// and a shift would draw the text area anew (losing what was typed since
// Parley last set its value, see boxText).
func slot() app.UI { return app.Span().Class("slot").Aria("hidden", "true") }

// Render draws the page.
func (p *Parley) Render() app.UI {
	p.vis.renderAt = time.Now() // see kick
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		p.renderHeader(),
		app.If(p.update, app.Div().Class("banner").Aria("live", "polite").Body(
			app.Text("A new version of Parley is ready. "),
			app.Button().Class("btn").ID("reload-app").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			app.Text(" Your library is kept."),
		)).Else(slot()),
		app.If(len(p.problems) > 0, p.renderProblems()).Else(slot()),
		app.Main().ID("main").Body(p.renderView()),
		app.Footer().Class("foot").Body(
			app.Text("Parley reads the report in your browser: nothing you paste leaves this device."),
		),
	)
}

func (p *Parley) renderHeader() app.UI {
	tab := func(id, label string, n int) app.UI {
		l := label
		if n > 0 {
			l += " (" + strconv.Itoa(n) + ")"
		}
		b := app.Button().ID("nav-"+id).Class("tab").Text(l).
			OnClick(func(ctx app.Context, e app.Event) {
				p.view, p.confirm, p.renaming = id, "", ""
				p.boxText = p.text // the text area is drawn anew with what the reader typed
			}, id)
		if p.view == id || (p.view == "" && id == "analyse") {
			b = b.Aria("current", "page").Class("tab", "on")
		}
		return b
	}
	return app.Header().Class("top").Body(
		app.Div().Class("brand").Body(
			app.Img().Src("/web/icon.svg").Alt("").Class("logo").Width(28).Height(28),
			app.Span().Class("name").Text("Parley"),
			app.Span().Class("tagline").Text("who stands where in negotiation news"),
		),
		app.Nav().Aria("label", "Sections").Body(
			tab("analyse", "Analyse", 0),
			tab("library", "Library", len(p.reports)),
			tab("settings", "Settings", 0),
		),
	)
}

func (p *Parley) renderProblems() app.UI {
	return app.Div().Class("banner warn").Role("status").ID("store-problems").Body(
		app.Strong().Text("Some saved data could not be read. "),
		app.Ul().Body(app.Range(p.problems).Slice(func(i int) app.UI {
			return app.Li().Text(p.problems[i])
		})),
		app.Button().Class("btn small").Text("Dismiss").OnClick(func(ctx app.Context, e app.Event) { p.problems = nil }),
	)
}

func (p *Parley) renderView() app.UI {
	switch p.view {
	case "library":
		return p.renderLibrary()
	case "settings":
		return p.renderSettings()
	}
	return p.renderAnalyse()
}

// ---- analysing -------------------------------------------------------------

func (p *Parley) renderAnalyse() app.UI {
	empty := strings.TrimSpace(p.text) == ""
	var result app.UI
	if p.res != nil && !empty {
		result = p.renderResult()
	}
	return app.Div().Class("analyse").Body(
		app.If(empty, app.Section().Class("hero").Body(
			app.H1().Text("See who stands where in a negotiation report."),
			app.P().Class("lede").Text("Paste a news report about talks — diplomatic, ceasefire, trade, labour or hostage — and Parley maps the parties, their stances and the proposals on the table, with the evidence highlighted."),
			app.Div().Class("examples").Body(
				app.Span().Class("muted").Text("Try an example:"),
				app.Range(Samples).Slice(func(i int) app.UI {
					s := Samples[i]
					id := "example"
					if i > 0 {
						id = "example-" + strconv.Itoa(i)
					}
					return app.Button().ID(id).Class("btn", "example").Text(s.Name).
						OnClick(func(ctx app.Context, e app.Event) { p.loadSample(ctx, s.Path) }, s.Path)
				}),
			),
		)).Else(slot()),
		app.Div().Class("input").Body(
			app.Label().For("report-input").Class("lbl").Text("Report text"),
			app.Textarea().ID("report-input").Class("paste").
				Rows(p.inputRows(empty)).
				Placeholder("Paste the report here (text or a copied web page)…").
				Aria("describedby", "input-help").
				Text(p.boxText).
				OnPaste(p.onPaste),
			app.Div().ID("input-help").Class("help").Body(
				app.Text("Parley analyses as you paste or type."),
				app.If(!empty, app.Button().Class("btn small ghost").ID("clear").Text("Clear").
					OnClick(func(ctx app.Context, e app.Event) { p.setText(ctx, "") })),
			),
		),
		app.Div().Class("statusline").Aria("live", "polite").Body(
			app.If(p.busy, app.Span().ID("progress").Class("progress").Body(
				app.Span().Class("spinner").Aria("hidden", "true"),
				app.Text("Analysing the report…"),
			)),
			app.If(!p.busy && p.res != nil && p.rendering(), app.Span().ID("progress").Class("progress").Body(
				app.Span().Class("spinner").Aria("hidden", "true"),
				app.Text("Laying out the report…"),
			)),
			app.If(p.errMsg != "", app.P().ID("input-error").Class("error").Role("alert").Text(p.errMsg)),
			app.If(p.status != "" && p.errMsg == "", app.Span().ID("status").Class("muted").Text(p.status)),
		),
		result,
	)
}

func (p *Parley) inputRows(empty bool) int {
	if empty {
		return 10
	}
	return 4
}

// listenInput follows typing in the report box with one listener on the
// document (the box itself is drawn anew when the view changes). Unlike a
// go-app OnInput handler it does not render the whole page on every
// keystroke, which in a long report with a long map costs more than a
// frame: the text is taken in without a render (Next) and the debounced
// analysis renders once.
func (p *Parley) listenInput(ctx app.Context) {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		t := args[0].Get("target")
		if !t.Truthy() || t.Get("id").String() != "report-input" {
			return nil
		}
		v := t.Get("value").String()
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: p, Function: func(ctx app.Context) {
			p.onInput(ctx, v)
		}})
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "input", fn)
}

// onInput takes in the report box's text and schedules its analysis.
func (p *Parley) onInput(ctx app.Context, v string) {
	p.text = v
	p.schedule(ctx)
}

// onPaste turns pasted HTML into the text a reader sees before it lands in
// the text area; plain text pastes go through untouched.
func (p *Parley) onPaste(ctx app.Context, e app.Event) {
	cd := e.Get("clipboardData")
	if !cd.Truthy() {
		return
	}
	h := cd.Call("getData", "text/html").String()
	if h == "" || !htmltext.LooksLikeHTML(h) {
		plain := cd.Call("getData", "text/plain").String()
		if !htmltext.LooksLikeHTML(plain) {
			return
		}
		h = plain
	}
	e.PreventDefault()
	txt, _ := htmltext.Article(h)
	if txt == "" {
		p.errMsg = "The pasted page has no readable text."
		return
	}
	p.setText(ctx, txt)
}

// setText replaces the whole report text (examples, reopened reports, HTML
// pastes) and analyses it at once.
func (p *Parley) setText(ctx app.Context, txt string) {
	p.text, p.boxText = txt, txt
	p.showAll = false
	app.Window().GetElementByID("report-input").Set("value", txt)
	if txt == "" {
		p.res, p.resFor, p.errMsg, p.status = nil, "", "", ""
		p.closeReader()
		return
	}
	p.seq++
	p.analyse(ctx, p.seq)
}

// dispatch runs fn on the UI goroutine and updates the component. Unlike
// ctx.Dispatch it targets the component itself, not the element whose event
// started the work: that element (an example button, the text area) may be
// gone from the page by the time the work is done, and go-app drops
// dispatches to dismounted sources.
func (p *Parley) dispatch(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: fn})
}

// after is ctx.After with the component as the target (see dispatch).
func (p *Parley) after(ctx app.Context, d time.Duration, fn func(app.Context)) {
	ctx.Async(func() {
		time.Sleep(d)
		p.dispatch(ctx, fn)
	})
}

func (p *Parley) schedule(ctx app.Context) {
	p.seq++
	seq := p.seq
	p.after(ctx, DebounceDelay, func(ctx app.Context) {
		if seq == p.seq {
			p.analyse(ctx, seq)
		}
	})
}

// analyse runs the engine off the event handler so that the progress line
// can paint first, then shows and saves the result.
func (p *Parley) analyse(ctx app.Context, seq int) {
	text := p.text
	saveDraft(text)
	if text == "" {
		p.res, p.resFor, p.errMsg, p.status = nil, "", "", ""
		p.closeReader()
		return
	}
	if text == p.resFor && p.res != nil {
		return
	}
	p.busy = true
	an := p.analyze
	ctx.Async(func() {
		time.Sleep(20 * time.Millisecond) // let the browser paint the progress line
		start := time.Now()
		res, err := an(text)
		took := time.Since(start)
		// Three steps, each in its own browser task so that the page can
		// paint in between: the analysis (above), the reader's view of it
		// (Next: no render yet), then the render of its first part.
		time.Sleep(FrameGap)
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: p, Function: func(ctx app.Context) {
			if seq != p.seq {
				return // a newer edit is on its way
			}
			p.busy = false
			var ie *core.InputError
			if err != nil {
				if errors.As(err, &ie) {
					p.errMsg = ie.Message
				} else {
					p.errMsg = "Parley could not analyse this text."
				}
				p.res, p.resFor = nil, ""
				p.closeReader()
				p.dispatch(ctx, func(app.Context) {}) // show it
				return
			}
			p.errMsg = ""
			p.res, p.resFor = res, text
			p.status = "Analysed in " + strconv.FormatInt(took.Milliseconds(), 10) + " ms."
			p.attach(text)
			p.vis.drawn = false
			p.refreshView()
			// Save once the result is on screen, as a step of its own (see
			// kick): writing a long report to storage need not delay it.
			p.pendingSave = func(ctx app.Context) {
				if p.resFor != text || p.res != res {
					return
				}
				had := p.hasReport(text)
				p.save(res, text)
				if !had && p.hasReport(text) {
					p.attach(text) // a new report may inherit notes (see carryOver)
					if len(p.anns) > 0 || len(p.corrs) > 0 {
						p.refreshView()
					}
				}
			}
			p.kick(ctx)
		}})
	})
}

func (p *Parley) hasReport(text string) bool {
	if p.st == nil {
		return false
	}
	_, ok := p.st.Report(store.ReportID(text))
	return ok
}

// save keeps the analysed report in the Library.
func (p *Parley) save(res *core.Analysis, text string) {
	if p.st == nil {
		return
	}
	counts := store.Counts{Parties: len(res.Actors), Stances: len(res.Stances), Proposals: len(res.Proposals)}
	r, ok := p.st.Report(store.ReportID(text))
	if ok && r.Counts == counts {
		p.status += " In your Library."
		return
	}
	if !ok && text == p.restored {
		// Text given back after a reload whose report is no longer in the
		// Library (deleted, or storage cleared): show it, but do not bring
		// it back into the Library unasked. An edit saves as usual.
		p.status += " Not in your Library."
		return
	}
	if !ok {
		r = store.Report{ReportMeta: store.ReportMeta{ID: store.ReportID(text), Title: Title(text),
			Added: time.Now().UnixMilli()}, Text: text}
	}
	r.Counts = counts
	if err := p.st.SaveReport(r); err != nil {
		p.status = ""
		p.errMsg = "The analysis is shown but could not be saved to the Library: " + err.Error()
		if errors.Is(err, store.ErrConflict) {
			p.st.Reload()
			p.refreshLibrary()
		}
		return
	}
	p.status += " Saved in your Library."
	p.refreshLibrary()
}

func (p *Parley) loadSample(ctx app.Context, path string) {
	p.status = "Loading the example…"
	fetchText(ctx.ResolveStaticResource(path), func(txt string, err error) {
		p.dispatch(ctx, func(ctx app.Context) {
			if err != nil {
				p.status = ""
				p.errMsg = "The example could not be loaded: " + err.Error()
				return
			}
			p.errMsg = ""
			p.setText(ctx, txt)
		})
	})
}

// fetchText gets a same-origin text file through the browser's fetch (the
// service worker serves it offline).
func fetchText(url string, done func(string, error)) {
	if !app.IsClient {
		done("", errors.New("not in a browser"))
		return
	}
	var onText, onResp, onErr app.Func
	release := func() { onText.Release(); onResp.Release(); onErr.Release() }
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		release()
		done("", errors.New(msg))
		return nil
	})
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		done(args[0].String(), nil)
		return nil
	})
	onResp = app.FuncOf(func(this app.Value, args []app.Value) any {
		r := args[0]
		if !r.Get("ok").Bool() {
			release()
			done("", errors.New("HTTP "+strconv.Itoa(r.Get("status").Int())))
			return nil
		}
		r.Call("text").Call("then", onText, onErr)
		return nil
	})
	app.Window().Call("fetch", url).Call("then", onResp, onErr)
}

// ---- library ---------------------------------------------------------------

func (p *Parley) renderLibrary() app.UI {
	sub := func(id, label string) app.UI {
		b := app.Button().ID("lib-" + id).Class("tab").Text(label).
			OnClick(func(ctx app.Context, e app.Event) { p.ui.libView = id })
		if p.ui.libView == id || p.ui.libView == "" && id == "reports" {
			b = b.Aria("current", "true").Class("tab", "on")
		}
		return b
	}
	var body app.UI
	switch {
	case p.ui.libView == "notes":
		body = p.renderLibraryNotes()
	case len(p.reports) == 0:
		body = app.P().Class("muted").ID("library-empty").Text("No reports yet. Every report you analyse is kept here, in this browser only.")
	default:
		body = app.Div().Body(
			app.P().Class("muted").Text("Reports you analysed, kept in this browser only."),
			app.Ul().ID("library").Class("reports").Body(app.Range(p.reports).Slice(func(i int) app.UI {
				return p.renderLibraryItem(p.reports[i])
			})),
		)
	}
	return app.Section().Class("library").Body(
		app.H1().Text("Library"),
		app.Nav().Class("subnav").Aria("label", "Library views").Body(sub("reports", "Reports"), sub("notes", "Notes")),
		body,
	)
}

func (p *Parley) renderLibraryItem(r store.ReportMeta) app.UI {
	id := r.ID
	added := time.UnixMilli(r.Added).Format("2 Jan 2006, 15:04")
	stances, proposals, notes := p.libraryCounts(r)
	counts := strconv.Itoa(r.Counts.Parties) + " parties · " + strconv.Itoa(stances) +
		" stances · " + strconv.Itoa(proposals) + " proposals"
	if notes > 0 {
		counts += " · " + plural(notes, "note", "notes")
	}
	var title app.UI = app.H2().Class("rtitle").Text(r.Title)
	if p.renaming == id {
		title = app.Form().Class("rename").OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			p.rename(id)
		}, id).Body(
			app.Label().For("rename-"+id).Class("sr-only").Text("New title"),
			app.Input().ID("rename-"+id).Class("rename-input").Value(r.Title).AutoFocus(true).
				OnInput(func(ctx app.Context, e app.Event) { p.newTitle = ctx.JSSrc().Get("value").String() }),
			app.Button().Type("submit").Class("btn small").Text("Save"),
			app.Button().Type("button").Class("btn small ghost").Text("Cancel").
				OnClick(func(ctx app.Context, e app.Event) { p.renaming = "" }),
		)
	}
	return app.Li().Class("report").DataSet("id", id).Body(
		title,
		app.P().Class("meta").Text("Added "+added+" · "+counts),
		app.If(p.confirm == id, app.Div().Class("confirm").Role("alertdialog").Aria("label", "Confirm delete").Body(
			app.Span().Text("Delete this report and its notes from this browser?"),
			app.Button().Class("btn small danger").ID("confirm-delete").Text("Delete").
				OnClick(func(ctx app.Context, e app.Event) { p.remove(id) }, id),
			app.Button().Class("btn small ghost").Text("Keep").
				OnClick(func(ctx app.Context, e app.Event) { p.confirm = "" }),
		)).Else(app.Div().Class("actions").Body(
			app.Button().Class("btn small open").Text("Open").Aria("label", "Open "+r.Title).
				OnClick(func(ctx app.Context, e app.Event) { p.open(ctx, id) }, id),
			app.Button().Class("btn small ghost rename-btn").Text("Rename").Aria("label", "Rename "+r.Title).
				OnClick(func(ctx app.Context, e app.Event) { p.renaming, p.newTitle = id, r.Title }, id, r.Title),
			app.Button().Class("btn small ghost delete-btn").Text("Delete").Aria("label", "Delete "+r.Title).
				OnClick(func(ctx app.Context, e app.Event) { p.confirm = id }, id),
		)),
	)
}

func (p *Parley) open(ctx app.Context, id string) {
	r, ok := p.st.Report(id)
	if !ok {
		p.errMsg = "That report is no longer in the Library."
		return
	}
	p.view = "analyse"
	p.ui.libMsg = ""
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: p,
		Function: func(ctx app.Context) { p.setText(ctx, r.Text) }})
}

func (p *Parley) rename(id string) {
	t := strings.TrimSpace(p.newTitle)
	p.renaming = ""
	if t == "" {
		return
	}
	if err := p.st.Rename(id, t); err != nil {
		p.problems = append(p.problems, "Could not rename: "+err.Error())
	}
	p.refreshLibrary()
}

func (p *Parley) remove(id string) {
	p.confirm = ""
	if err := p.st.Delete(id); err != nil {
		p.problems = append(p.problems, "Could not delete: "+err.Error())
	}
	if id == p.openID {
		p.loadReader()
		p.refreshView()
	}
	if p.text != "" && store.ReportID(p.text) == id {
		// The reader deleted the report that is open: it leaves the box too,
		// or the next edit or reload would save it again.
		p.text, p.boxText = "", ""
		p.res, p.resFor, p.status = nil, "", ""
		saveDraft("")
		p.closeReader()
	}
	p.refreshLibrary()
}
