// Package ui holds Parley's go-app components: the Shell of the app's
// pages and one component per view — the reading page that shows who
// stands where in a pasted report (with the reader's notes, tags and
// corrections), the Library of saved reports and notes, and Settings
// (taught names, backup export and import) — and the Embed panel of
// partner pages. What the views share (the Library, the engine) is a
// Session.
package ui

import (
	"errors"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/htmltext"
	"parley/app/store"
	"parley/core"
)

// DebounceDelay is how long typing must pause before the report is analysed.
const DebounceDelay = 300 * time.Millisecond

// FrameGap is the pause between steps of long work: long enough for the
// browser to paint a frame in between (a frame is ~16 ms).
const FrameGap = 20 * time.Millisecond

// ShortReport is the length (bytes) up to which a report is analysed and
// drawn without pauses for the page to paint in between: a news report of
// a few thousand words takes milliseconds.
const ShortReport = 20_000

// ViewLimit is how much of a report the highlighted view renders at once;
// the map always covers the whole report.
const ViewLimit = 200_000

// AnalyseView is the reading page: the report box, and the analysed report
// with its map. It keeps the open report (its text, analysis and the
// reader's annotations) while the reader visits the Library or Settings.
type AnalyseView struct {
	app.Compo

	sess     *Session
	text     string
	boxText  string // the text area's content as the view last set it (see setText)
	res      *core.Analysis
	resFor   string // the text res was computed for
	resSig   string // the aliases res was computed with (Session.aliasSig)
	errMsg   string
	status   string
	busy     bool
	seq      int
	showAll  bool
	restored string // the text restore gave back after a reload
	doc      doc    // which Library entry the text is (see save)
	// pendingSave saves the analysed report; kick runs it as a step.
	pendingSave func(app.Context)
	ctx         app.Context // the mount's, for steps started outside a handler
	stop        []func()    // removes the listeners added in OnMount

	reader // the reader's annotations and corrections of the open report
	ui     readerUI
}

// OnMount opens what the reader was on (text typed before the app ran,
// the tab's draft after a reload, a report named in the address or chosen
// in the Library) and follows typing and the session's changes. Coming
// back from another view, the open report is drawn again as it was.
func (p *AnalyseView) OnMount(ctx app.Context) {
	if p.sess == nil {
		p.sess = NewSession()
	}
	p.ctx = ctx
	p.vis = staged{scale: p.vis.scale} // the page is new: every piece is drawn again
	p.stop = append(p.stop, p.sess.Subscribe(p, p.sessionChanged))
	if app.IsClient {
		p.stop = append(p.stop, p.listenInput(ctx))
	}
	if p.doc.id != "" && !p.hasID(p.doc.id) {
		p.clearDeleted() // the reader deleted it in the Library
	}
	if p.resFor != "" {
		p.busy = false
		p.loadReader()
		p.refreshView()
	}
	if p.restore(ctx) {
		return
	}
	if p.text != "" && (p.text != p.resFor || p.resSig != p.sess.aliasSig) {
		p.seq++
		p.analyse(ctx, p.seq) // taught names changed, or an analysis was cut short
	}
	if app.IsClient {
		warmUp(ctx, func() bool { return p.text != "" || !p.Mounted() })
	}
}

// OnDismount saves the analysed report if its save was still to come (the
// reader went to the Library at once), and removes the listeners OnMount
// added.
func (p *AnalyseView) OnDismount() {
	if s := p.pendingSave; s != nil {
		p.pendingSave = nil
		s(p.ctx)
	}
	for _, f := range p.stop {
		f()
	}
	p.stop = nil
	p.vis.pumping = false
}

// OnNav opens the report a "#report=<id>" address names.
func (p *AnalyseView) OnNav(ctx app.Context) {
	if id, ok := reportHash(); ok && id != p.doc.id {
		p.openReport(ctx, id)
	}
}

func reportHash() (string, bool) {
	if !app.IsClient {
		return "", false
	}
	return strings.CutPrefix(app.Window().Get("location").Get("hash").String(), "#report=")
}

// restore opens what the reader was on; it reports whether it started an
// analysis.
func (p *AnalyseView) restore(ctx app.Context) bool {
	if id := p.sess.pending; id != "" {
		p.sess.pending = ""
		return p.openReport(ctx, id)
	}
	if p.text != "" || !app.IsClient {
		return false
	}
	if early, html := takeEarlyInput(); early != "" || html != "" {
		// typed or pasted before the app ran: it is the reader's newest text
		if html != "" {
			if txt, how := htmltext.Article(html); txt != "" {
				p.dispatch(ctx, func(ctx app.Context) { p.setPasted(ctx, txt, how) })
				return true
			}
		}
		p.dispatch(ctx, func(ctx app.Context) { p.setText(ctx, early, doc{}) })
		p.focusSoon(ctx, "report-input")
		return true
	}
	if text := loadDraft(); text != "" {
		p.restored = text
		id := store.ReportID(text)
		if !p.hasID(id) {
			id = ""
		}
		p.dispatch(ctx, func(ctx app.Context) { p.setText(ctx, text, doc{id: id}) })
		return true
	}
	if id, ok := reportHash(); ok {
		return p.openReport(ctx, id)
	}
	return false
}

// openReport opens a report of the Library.
func (p *AnalyseView) openReport(ctx app.Context, id string) bool {
	r, ok := p.sess.st.Report(id)
	if !ok {
		p.errMsg = "That report is not in this browser's Library."
		return false
	}
	p.doc.id = id // OnNav, which follows, sees it is open
	p.dispatch(ctx, func(ctx app.Context) { p.setText(ctx, r.Text, doc{id: id}) })
	return true
}

// sessionChanged follows another view's or tab's change: the open
// report's annotations and corrections are read again, and new taught
// names analyse it again.
func (p *AnalyseView) sessionChanged(ctx app.Context) {
	p.loadReader()
	p.refreshView()
	if p.resSig != p.sess.aliasSig {
		p.reanalyse(ctx)
	}
}

// analyzeInPage analyses text with the default analyzer, giving the thread
// back to the page now and then (see pageYield).
func analyzeInPage(text string) (*core.Analysis, error) {
	return engine().AnalyzeYielding(text, pageYield)
}

var engineOnce sync.Once

// engine returns the default analyzer, building its tables on first use
// between two performance marks ("parley:tables", a measure the browser
// timings read: the cost of the engine's start-up in the page).
//
// The collector is off while the tables are built: they are about 6 MB,
// all kept, allocated in one go; a collection in the middle (the heap
// passes its goal) marks them half built, with write barriers on, for
// nothing, and under js/wasm that code runs in the browser's baseline
// tier. The next collection, after, marks them once.
func engine() *core.Analyzer {
	engineOnce.Do(func() {
		Mark("parley:tables-start")
		gc := debug.SetGCPercent(-1)
		core.Warm()
		debug.SetGCPercent(gc)
		Mark("parley:tables-end")
		if app.IsClient {
			app.Window().Get("performance").Call("measure", "parley:tables", "parley:tables-start", "parley:tables-end")
		}
	})
	return core.Default()
}

// pageYield lets the browser draw and take input in the middle of a long
// analysis (see core.Analyzer.AnalyzeYielding): while the wasm program
// sleeps, the page's thread is the browser's. A 1 MB paste analyses in
// ~160 ms in Chromium; in pieces of about 8 ms, the page does not freeze.
func pageYield() { time.Sleep(time.Millisecond) }

// reanalyse analyses the open text again (after the aliases changed).
func (p *AnalyseView) reanalyse(ctx app.Context) {
	if strings.TrimSpace(p.text) == "" {
		return
	}
	p.resFor = ""
	p.seq++
	p.analyse(ctx, p.seq)
}

// Render draws the reading page.
func (p *AnalyseView) Render() app.UI {
	p.vis.renderAt = time.Now() // see kick
	empty := strings.TrimSpace(p.text) == ""
	var result app.UI
	if p.res != nil && !empty {
		result = p.renderResult()
	}
	return app.Div().Class("analyse").Body(
		app.If(empty, p.renderHero()).Else(app.H1().Class("sr-only").Text("Who stands where in this report")),
		app.Div().Class("input").Body(
			app.Label().For("report-input").Class("lbl").Text("Report text"),
			app.Textarea().ID("report-input").Class("paste").
				Rows(p.inputRows(empty)).
				Placeholder("Paste the report here (text or a copied web page)…").
				Aria("describedby", "input-help").
				Dir("auto").
				Text(p.boxText).
				OnPaste(p.onPaste),
			app.Div().ID("input-help").Class("help").Body(
				app.Text("Parley analyses as you paste or type."),
				app.If(!empty, app.Button().Class("btn small ghost").ID("clear").Text("Clear").
					OnClick(func(ctx app.Context, e app.Event) {
						p.setText(ctx, "", doc{})
						p.focusSoon(ctx, "report-input")
					})),
			),
		),
		p.renderStatus(),
		result,
	)
}

func (p *AnalyseView) renderHero() app.UI {
	return app.Section().Class("hero").Body(
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
	)
}

func (p *AnalyseView) renderStatus() app.UI {
	return app.Div().Class("statusline").Aria("live", "polite").Body(
		app.If(p.busy, app.Span().ID("progress").Class("progress").Body(
			app.Span().Class("spinner").Aria("hidden", "true"),
			app.Text("Analysing the report…"),
		)),
		app.If(!p.busy && p.res != nil && p.rendering(), app.Span().ID("progress").Class("progress").Body(
			app.Span().Class("spinner").Aria("hidden", "true"),
			app.Text("Laying out the report…"),
		)),
		app.If(p.errMsg != "", app.P().ID("input-error").Class("error").Role("alert").Text(p.errMsg)),
		app.If(p.doc.lang.Code != "" && !p.doc.lang.English() && p.errMsg == "", app.P().ID("language").Class("notice").Role("status").
			Text(p.doc.lang.Notice())),
		app.If(p.doc.how == htmltext.Readable && p.errMsg == "", app.P().ID("paste-note").Class("muted").
			Text("Parley kept the article of the page you pasted and left out its menus, adverts, links and footer.")),
		app.If(p.status != "" && p.errMsg == "", app.Span().ID("status").Class("muted").Text(p.status)),
		app.If(p.doc.unsaved != "" && p.errMsg == "" && !p.busy, app.Span().Class("unsaved").Body(
			app.Text(" "),
			app.Button().ID("save-report").Class("btn small ghost").Text("Save in the Library").
				OnClick(func(ctx app.Context, e app.Event) { p.saveAnyway(ctx) }),
		)),
	)
}

func (p *AnalyseView) inputRows(empty bool) int {
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
// analysis renders once. It returns what removes the listener.
func (p *AnalyseView) listenInput(ctx app.Context) func() {
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
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "input", fn)
	return func() {
		doc.Call("removeEventListener", "input", fn)
		fn.Release()
	}
}

// onInput takes in the report box's text and schedules its analysis. The
// edit continues the open report unless it replaced most of it (a new
// report pasted over the old one): see Continues.
func (p *AnalyseView) onInput(ctx app.Context, v string) {
	if !Continues(p.text, v) {
		p.doc = doc{}
		p.pendingSave = nil // the last text's save would make the new one its entry
	}
	p.text = v
	p.schedule(ctx)
}

// onPaste turns pasted HTML into the text a reader sees before it lands in
// the text area: a whole page's article, a fragment's paragraphs. Plain
// text pastes go through untouched.
func (p *AnalyseView) onPaste(ctx app.Context, e app.Event) {
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
	txt, how := htmltext.Article(h)
	if txt == "" {
		p.errMsg = "The pasted page has no readable text."
		return
	}
	p.setPasted(ctx, txt, how)
}

// setPasted opens the text of a pasted page as a new report.
func (p *AnalyseView) setPasted(ctx app.Context, txt string, how htmltext.How) {
	p.setText(ctx, txt, doc{how: how})
}

// setText replaces the whole report text (examples, reopened reports, HTML
// pastes) and analyses it at once; d says which Library entry it is.
func (p *AnalyseView) setText(ctx app.Context, txt string, d doc) {
	p.text, p.boxText = txt, txt
	p.doc = d
	p.pendingSave = nil // (see onInput)
	p.showAll = false
	p.errMsg = ""
	if app.IsClient {
		if el := app.Window().GetElementByID("report-input"); el.Truthy() {
			el.Set("value", txt)
		}
	}
	if txt == "" {
		p.res, p.resFor, p.status = nil, "", ""
		saveDraft("")
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
func (p *AnalyseView) dispatch(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: fn})
}

// after is ctx.After with the component as the target (see dispatch).
func (p *AnalyseView) after(ctx app.Context, d time.Duration, fn func(app.Context)) {
	ctx.Async(func() {
		time.Sleep(d)
		p.dispatch(ctx, fn)
	})
}

func (p *AnalyseView) schedule(ctx app.Context) {
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
func (p *AnalyseView) analyse(ctx app.Context, seq int) {
	text := p.text
	saveDraft(text)
	if text == "" {
		p.res, p.resFor, p.errMsg, p.status = nil, "", "", ""
		p.closeReader()
		return
	}
	if text == p.resFor && p.res != nil && p.resSig == p.sess.aliasSig {
		return
	}
	p.busy = true
	an, sig := p.sess.analyze, p.sess.aliasSig
	long := len(text) > ShortReport
	ctx.Async(func() {
		if long {
			time.Sleep(20 * time.Millisecond) // let the browser paint the progress line
		}
		start := time.Now()
		res, err := an(text)
		took := time.Since(start)
		lang := DetectLanguage(text)
		// Three steps, each in its own browser task so that the page can
		// paint in between: the analysis (above), the reader's view of it
		// (Next: no render yet), then the render of its first part. A
		// short report takes a few milliseconds all told: it goes straight
		// through.
		if long {
			time.Sleep(FrameGap)
		}
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Next, Source: p, Function: func(ctx app.Context) {
			if seq != p.seq {
				return // a newer edit is on its way
			}
			p.show(ctx, text, sig, res, err, took, lang)
		}})
	})
}

// show puts an analysis on the page and schedules its save.
func (p *AnalyseView) show(ctx app.Context, text, sig string, res *core.Analysis, err error, took time.Duration, lang Language) {
	p.busy = false
	if err != nil {
		var ie *core.InputError
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
	p.res, p.resFor, p.resSig = res, text, sig
	p.doc.lang = lang
	p.status = "Analysed in " + strconv.FormatInt(took.Milliseconds(), 10) + " ms."
	if p.doc.id != "" && p.doc.id != store.ReportID(text) && p.hasReader(p.doc.id) {
		p.save(res, text) // the reader's notes move with the edited report now
	}
	p.attach(text)
	p.vis.drawn = false
	p.refreshView()
	// Save once the result is on screen, as a step of its own (see
	// kick): writing a long report to storage need not delay it.
	p.pendingSave = func(ctx app.Context) {
		if p.resFor != text || p.res != res {
			return
		}
		had := p.hasID(store.ReportID(text))
		p.save(res, text)
		if !had && p.hasID(store.ReportID(text)) {
			p.attach(text) // a new report may inherit notes (see carryOver)
			if len(p.anns) > 0 || len(p.corrs) > 0 {
				p.refreshView()
			}
		}
	}
	p.kick(ctx)
	if len(text) <= ShortReport && !p.rendering() {
		p.dispatch(ctx, func(app.Context) {}) // all of it is adopted: on screen now, not a step later
	}
}

func (p *AnalyseView) hasID(id string) bool {
	if p.sess.st == nil || id == "" {
		return false
	}
	_, ok := p.sess.st.Report(id)
	return ok
}

// hasReader reports whether report id has annotations or corrections.
func (p *AnalyseView) hasReader(id string) bool {
	return len(p.sess.st.Annotations(id)) > 0 || len(p.sess.st.Corrections(id)) > 0
}

// clearDeleted empties the box of a report the reader deleted, or the
// next edit or reload would save it again.
func (p *AnalyseView) clearDeleted() {
	p.text, p.boxText = "", ""
	p.res, p.resFor, p.status, p.errMsg = nil, "", "", ""
	p.doc = doc{}
	saveDraft("")
	p.closeReader()
}

func (p *AnalyseView) loadSample(ctx app.Context, path string) {
	p.status = "Loading the example…"
	fetchText(ctx.ResolveStaticResource(path), func(txt string, err error) {
		p.dispatch(ctx, func(ctx app.Context) {
			if err != nil {
				p.status = ""
				p.errMsg = "The example could not be loaded: " + err.Error()
				return
			}
			p.errMsg = ""
			p.setText(ctx, txt, doc{})
			// The example's button is gone with the empty page: the keyboard
			// goes on from the report box, not from the top of the page.
			p.focusSoon(ctx, "report-input")
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
