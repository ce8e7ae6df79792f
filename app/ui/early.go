package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The page is pre-rendered: its report box takes a paste before the app
// runs. go-app replaces the pre-rendered page with its own when it starts,
// so what the reader put in the box is read before (CaptureEarlyInput, in
// main) and opened when the reading view mounts. A web page pasted then
// is kept by /web/early.js (window.parleyEarly.html) so that its article,
// not its menus, is what the reader gets.
var early struct {
	text, html string
}

// CaptureEarlyInput reads what the reader typed or pasted in the
// pre-rendered page before the app ran. Call it before app.RunWhenOnBrowser.
func CaptureEarlyInput() {
	if !app.IsClient {
		return
	}
	defer func() { _ = recover() }()
	doc := app.Window().Get("document")
	if box := doc.Call("getElementById", "report-input"); box.Truthy() {
		early.text = box.Get("value").String()
	}
	if e := app.Window().Get("parleyEarly"); e.Truthy() && e.Get("html").Type() == app.TypeString {
		early.html = e.Get("html").String()
	}
}

// takeEarlyInput returns what CaptureEarlyInput read, once.
func takeEarlyInput() (text, html string) {
	text, html = early.text, early.html
	early.text, early.html = "", ""
	if text == "" {
		html = "" // the reader cleared the box after pasting
	}
	return text, html
}

// Mark records a named moment of the page's start-up in the browser's
// performance timeline (performance.mark), for the browser timings.
func Mark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}
