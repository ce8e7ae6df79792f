package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Views are the app's routes: the reading page, the Library and Settings.
// Each has its own URL, so Back and Forward move between them, a reload
// stays where the reader was, and the service worker serves each offline.
var Views = []struct{ Path, ID, Label string }{
	{"/", "analyse", "Analyse"},
	{"/library", "library", "Library"},
	{"/settings", "settings", "Settings"},
}

// Shell is the frame of the app's pages: the header with the sections,
// the banners (a new version, storage problems) and the view of the
// current route, which is a component of its own (AnalyseView,
// LibraryView, SettingsView). The reading view is kept while the reader
// visits the Library or Settings: coming back, the report is as it was.
type Shell struct {
	app.Compo

	sess    *Session
	path    string
	analyse *AnalyseView
	stop    []func()
}

// NewShell is the route's component.
func NewShell() app.Composer { return &Shell{} }

func (s *Shell) init() {
	if s.sess == nil {
		s.sess = NewSession()
	}
	if s.analyse == nil {
		s.analyse = &AnalyseView{sess: s.sess}
	}
}

// OnPreRender picks the view of the page being pre-rendered.
func (s *Shell) OnPreRender(ctx app.Context) {
	s.init()
	s.path = ctx.Page().URL().Path
}

// OnMount follows other tabs' changes to the Library and marks the page
// as run by the wasm app (tests wait for data-wasm="ready").
func (s *Shell) OnMount(ctx app.Context) {
	s.init()
	s.path = ctx.Page().URL().Path
	s.stop = append(s.stop, s.sess.Subscribe(s, func(app.Context) {}))
	if app.IsClient {
		s.stop = append(s.stop, app.Window().AddEventListener("storage", func(ctx app.Context, e app.Event) {
			key := e.Get("key")
			if !key.IsNull() && !strings.HasPrefix(key.String(), "parley:") {
				return
			}
			s.sess.reload()
			s.sess.Changed(ctx, nil)
		}))
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-wasm", "ready")
		Mark("parley:mounted")
	}
}

// OnDismount removes the listeners.
func (s *Shell) OnDismount() {
	for _, f := range s.stop {
		f()
	}
	s.stop = nil
}

// OnNav shows the view of the new address (a link, Back, Forward).
func (s *Shell) OnNav(ctx app.Context) {
	s.path = ctx.Page().URL().Path
}

// OnAppUpdate tells the reader that a new version is ready.
func (s *Shell) OnAppUpdate(ctx app.Context) {
	s.init()
	s.sess.update = ctx.AppUpdateAvailable()
}

// view is the id of the current route's view.
func (s *Shell) view() string {
	for _, v := range Views {
		if v.Path == s.path && v.Path != "/" {
			return v.ID
		}
	}
	return "analyse"
}

// slot holds the place of an element that is not shown, so that the
// elements after it keep their place: go-app matches children by position,
// and a shift would draw the text area anew (losing what was typed since
// the view last set its value, see AnalyseView.boxText).
func slot() app.UI { return app.Span().Class("slot").Aria("hidden", "true") }

// Render draws the page.
func (s *Shell) Render() app.UI {
	s.init()
	var view app.UI
	switch s.view() {
	case "library":
		view = &LibraryView{sess: s.sess}
	case "settings":
		view = &SettingsView{sess: s.sess}
	default:
		view = s.analyse
	}
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		s.renderHeader(),
		app.If(s.sess.update, app.Div().Class("banner").Aria("live", "polite").Body(
			app.Text("A new version of Parley is ready. "),
			app.Button().Class("btn").ID("reload-app").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			app.Text(" Your library is kept."),
		)).Else(slot()),
		app.If(len(s.sess.problems) > 0, s.renderProblems()).Else(slot()),
		app.Main().ID("main").Body(view),
		app.Footer().Class("foot").Body(
			app.Text("Parley reads the report in your browser: nothing you paste leaves this device."),
		),
	)
}

func (s *Shell) renderHeader() app.UI {
	cur := s.view()
	return app.Header().Class("top").Body(
		app.Div().Class("brand").Body(
			app.Img().Src("/web/icon.svg").Alt("").Class("logo").Width(28).Height(28),
			app.Span().Class("name").Text("Parley"),
			app.Span().Class("tagline").Text("who stands where in negotiation news"),
		),
		app.Nav().Aria("label", "Sections").Body(app.Range(Views).Slice(func(i int) app.UI {
			v := Views[i]
			label := v.Label
			if n := len(s.sess.reports); v.ID == "library" && n > 0 {
				label += " (" + strconv.Itoa(n) + ")"
			}
			a := app.A().ID("nav-" + v.ID).Class("tab").Href(v.Path).Text(label)
			if v.ID == cur {
				a = a.Aria("current", "page").Class("tab", "on")
			}
			return a
		})),
	)
}

func (s *Shell) renderProblems() app.UI {
	return app.Div().Class("banner warn").Role("status").ID("store-problems").Body(
		app.Strong().Text("Some saved data could not be read. "),
		app.Ul().Body(app.Range(s.sess.problems).Slice(func(i int) app.UI {
			return app.Li().Text(s.sess.problems[i])
		})),
		app.Button().Class("btn small").Text("Dismiss").OnClick(func(ctx app.Context, e app.Event) { s.sess.problems = nil }),
	)
}
