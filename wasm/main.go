// Command wasm is Parley's main package. Compiled with GOOS=js GOARCH=wasm
// into web/app.wasm it runs the app in the browser; run natively it writes
// the static site (and, with -serve, serves it on 127.0.0.1).
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/ui"
)

func main() {
	ui.Mark("parley:main")       // package initialisation is done (bench: e2e timings)
	for _, v := range ui.Views { // the reading page, the Library, Settings
		app.RouteFunc(v.Path, ui.NewShell)
	}
	app.RouteFunc("/embed", func() app.Composer { return &ui.Embed{} })
	ui.GuardStorage()      // a frame denied storage still runs (the embed under blocked third-party storage)
	ui.CaptureEarlyInput() // what the reader put in the pre-rendered page
	app.RunWhenOnBrowser()
	run() // natively: generate (and serve) the site; in the browser: nothing
}
