// Command bareapp is the yardstick of Parley's start-up: a bare go-app
// v9.8.0 app (one text area), built and served as Parley is. Compiled with
// GOOS=js GOARCH=wasm it runs in the page; run natively with a folder it
// writes its static site there (the browser timings serve it beside
// Parley's, see e2e/timings_test.go).
package main

import (
	"log"
	"os"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

type bare struct {
	app.Compo
	n int
}

// OnMount says the app runs, as Parley does (data-wasm="ready").
func (b *bare) OnMount(ctx app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-wasm", "ready")
}

func (b *bare) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Bare go-app"),
		app.Label().For("report-input").Text("Text"),
		app.Textarea().ID("report-input").Rows(10).
			OnInput(func(ctx app.Context, e app.Event) { b.n = len(ctx.JSSrc().Get("value").String()) }),
		app.P().ID("echo").Text(strconv.Itoa(b.n)),
	)
}

func main() {
	app.RouteFunc("/", func() app.Composer { return &bare{} })
	app.RunWhenOnBrowser()
	if len(os.Args) < 2 {
		log.Fatal("usage: bareapp <folder>: writes the static site there")
	}
	h := &app.Handler{Name: "Bare", Title: "Bare go-app", LoadingLabel: "Loading…"}
	if err := app.GenerateStaticWebsite(os.Args[1], h); err != nil {
		log.Fatal(err)
	}
}
