package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/store"
	"parley/core"
	"parley/core/annotation"
)

// ---- aliases ---------------------------------------------------------------

// addAlias teaches Parley that surface names party actor, then analyses
// the open report again with it.
func (p *Parley) addAlias(ctx app.Context, surface, actor string, kind core.ActorKind) error {
	if p.st == nil {
		return errors.New("there is no library")
	}
	a := annotation.Alias{Surface: surface, Actor: actor, Kind: kind}
	if err := p.st.AddAlias(a); err != nil {
		return p.settingsErr(err)
	}
	p.ui.settingsErr = ""
	p.ui.settingsMsg = "Parley now reads “" + strings.Join(strings.Fields(surface), " ") + "” as " + strings.Join(strings.Fields(actor), " ") + "."
	p.aliasesChanged(ctx)
	return nil
}

// removeAlias forgets a custom alias.
func (p *Parley) removeAlias(ctx app.Context, surface string) error {
	if err := p.st.RemoveAlias(surface); err != nil {
		return p.settingsErr(err)
	}
	p.ui.settingsErr = ""
	p.ui.settingsMsg = "Removed “" + surface + "”."
	p.aliasesChanged(ctx)
	return nil
}

func (p *Parley) aliasesChanged(ctx app.Context) {
	if p.setAnalyzer() {
		p.reanalyse(ctx)
	}
}

// settingsErr shows a failed change of the settings in plain words.
func (p *Parley) settingsErr(err error) error {
	if errors.Is(err, store.ErrConflict) && p.st != nil {
		p.st.Reload()
		p.refreshLibrary()
		p.ui.settingsErr = "Another Parley tab changed this in the meantime, so your change was not saved. Parley now shows the other tab's version: make your change again."
		return err
	}
	p.ui.settingsErr = "Not saved: " + err.Error()
	return err
}

// ---- export and import -----------------------------------------------------

// download offers data as a file: a Blob, an object URL and a click on an
// <a download>; nothing leaves the browser.
func download(name, mime string, data []byte) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	blob := win.Get("Blob").New([]any{string(data)}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("rel", "noopener")
	a.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	go func() {
		time.Sleep(time.Minute)
		app.Window().Get("URL").Call("revokeObjectURL", url)
	}()
}

// readFile reads the file chosen in a file input as text.
func (p *Parley) readFile(ctx app.Context, input app.Value, done func(ctx app.Context, name string, data []byte, err error)) {
	files := input.Get("files")
	if !files.Truthy() || files.Get("length").Int() == 0 {
		return
	}
	f := files.Index(0)
	name := f.Get("name").String()
	var onText, onErr app.Func
	release := func() { onText.Release(); onErr.Release() }
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		txt := args[0].String()
		release()
		p.dispatch(ctx, func(ctx app.Context) { done(ctx, name, []byte(txt), nil) })
		return nil
	})
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		p.dispatch(ctx, func(ctx app.Context) { done(ctx, name, nil, errors.New("the file could not be read")) })
		return nil
	})
	f.Call("text").Call("then", onText, onErr)
	input.Set("value", "") // choosing the same file again fires change again
}

// exportLibrary downloads the whole library as a JSON backup.
func (p *Parley) exportLibrary() ([]byte, error) {
	data, err := p.st.ExportBackup()
	if err != nil {
		p.ui.settingsErr = "The backup could not be made: " + err.Error()
		return nil, err
	}
	download("parley-library-"+time.Now().Format("2006-01-02")+".json", "application/json", data)
	p.ui.settingsErr = ""
	p.ui.settingsMsg = "Library exported: " + plural(len(p.reports), "report", "reports") + " with your notes, corrections, aliases and settings."
	return data, nil
}

// importLibrary merges a backup into the library and says what it did.
func (p *Parley) importLibrary(ctx app.Context, data []byte) {
	rep, err := p.st.ImportBackup(data)
	if err != nil {
		p.ui.settingsMsg = ""
		p.ui.settingsErr = "Nothing was imported: " + err.Error() + "."
		return
	}
	p.ui.settingsErr = ""
	p.ui.settingsMsg = "Library imported. " + ImportSummary(rep)
	p.refreshLibrary()
	p.loadReader()
	p.refreshView()
	if p.setAnalyzer() {
		p.reanalyse(ctx)
	}
}

// exportAnnotations downloads the open report's annotations as W3C Web
// Annotations (JSON-LD).
func (p *Parley) exportAnnotations() ([]byte, error) {
	if p.openID == "" {
		return nil, errors.New("no report is open")
	}
	data, err := p.st.ExportAnnotations(p.openID)
	if err != nil {
		p.ui.settingsErr = "The annotations could not be exported: " + err.Error()
		return nil, err
	}
	download("parley-annotations-"+p.openID+".jsonld", "application/ld+json", data)
	p.ui.settingsErr = ""
	p.ui.settingsMsg = "Exported " + plural(len(p.anns), "annotation", "annotations") + " as W3C Web Annotations (JSON-LD)."
	return data, nil
}

// importAnnotations merges W3C Web Annotations into the open report's.
func (p *Parley) importAnnotations(data []byte) {
	if p.openID == "" {
		p.ui.settingsErr = "Open a report first: annotations are imported into the open report."
		return
	}
	rep, err := p.st.ImportAnnotations(p.openID, data)
	if err != nil {
		p.ui.settingsMsg = ""
		if errors.Is(err, store.ErrConflict) {
			p.st.Reload()
			p.refreshLibrary()
		}
		p.ui.settingsErr = "Nothing was imported: " + err.Error() + "."
		return
	}
	p.ui.settingsErr = ""
	p.ui.settingsMsg = "Annotations imported. " + ImportSummary(rep)
	p.loadReader()
	if len(p.anns) > 0 && p.resFor != "" {
		if re, _ := annotation.Reanchor(p.resFor, p.anns); len(re) > 0 {
			p.anns = re
		}
	}
	p.refreshView()
}

// ImportSummary says in plain words what an import did.
func ImportSummary(r store.ImportReport) string {
	var b strings.Builder
	switch r.Added {
	case 0:
		b.WriteString("Nothing new was added")
	case 1:
		b.WriteString("1 item was added")
	default:
		b.WriteString(strconv.Itoa(r.Added) + " items were added")
	}
	if r.Skipped > 0 {
		b.WriteString("; " + plural(r.Skipped, "was", "were") + " already there")
	}
	b.WriteString(".")
	if n := len(r.Refused); n > 0 {
		b.WriteString(" " + plural(n, "item was", "items were") + " not imported: " + strings.Join(r.Refused, "; ") + ".")
	}
	return b.String()
}

// ---- the Settings view -------------------------------------------------------

var aliasKinds = []core.ActorKind{core.KindState, core.KindOrganization, core.KindPerson, core.KindGroup}

func (p *Parley) renderSettings() app.UI {
	var aliases []annotation.Alias
	if p.st != nil {
		aliases = p.st.Aliases()
	}
	var open string
	if p.openID != "" && p.st != nil {
		if r, ok := p.st.Report(p.openID); ok {
			open = r.Title
		}
	}
	return app.Section().Class("settings").Body(
		app.H1().Text("Settings"),
		app.Div().Class("readermsg").Body(
			app.If(p.ui.settingsErr != "", app.P().ID("settings-error").Class("error").Role("alert").Text(p.ui.settingsErr)),
			app.If(p.ui.settingsMsg != "" && p.ui.settingsErr == "", app.P().ID("settings-status").Role("status").Text(p.ui.settingsMsg)),
		),
		app.Section().Class("panel").ID("aliases").Body(
			app.H2().Text("Teach Parley a name"),
			app.P().Class("muted").Text("Tell Parley that some words name a party, e.g. “Baabda” means Lebanon. Reports you analyse from now on use them."),
			app.Form().ID("alias-form").Class("alias-form").OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				if p.addAlias(ctx, inputValue("alias-surface"), inputValue("alias-actor"), core.ActorKind(inputValue("alias-kind"))) == nil {
					clearInputs("alias-surface", "alias-actor")
				}
			}).Body(
				app.Label().For("alias-surface").Text("Words in a report"),
				app.Input().ID("alias-surface").Type("text").Required(true).Placeholder("Baabda").AutoComplete(false),
				app.Label().For("alias-actor").Text("mean the party"),
				app.Input().ID("alias-actor").Type("text").Required(true).Placeholder("Lebanon").List("party-list").AutoComplete(false),
				partyList(p.m),
				app.Label().For("alias-kind").Text("which is"),
				app.Select().ID("alias-kind").Body(
					app.Option().Value("").Text("as Parley knows it"),
					app.Range(aliasKinds).Slice(func(i int) app.UI {
						return app.Option().Value(string(aliasKinds[i])).Text("a " + string(aliasKinds[i]))
					}),
				),
				app.Button().Type("submit").ID("alias-add").Class("btn small").Text("Add"),
			),
			app.If(len(aliases) == 0, app.P().Class("muted").ID("aliases-empty").Text("No names taught yet.")),
			app.Ul().Class("alias-list").ID("alias-list").Body(app.Range(aliases).Slice(func(i int) app.UI {
				a := aliases[i]
				kind := ""
				if a.Kind != "" {
					kind = " (" + string(a.Kind) + ")"
				}
				return app.Li().Class("alias").DataSet("surface", a.Surface).Body(
					app.Span().Text("“"+a.Surface+"” means "+a.Actor+kind+" "),
					app.Button().Class("btn small ghost").Text("Remove").Aria("label", "Remove “"+a.Surface+"”").
						OnClick(func(ctx app.Context, e app.Event) { _ = p.removeAlias(ctx, a.Surface) }, a.Surface),
				)
			})),
		),
		app.Section().Class("panel").ID("backup").Body(
			app.H2().Text("Your library"),
			app.P().Class("muted").Text("Everything stays in this browser. Export a backup to keep it safe or move it to another browser; importing adds what is missing and never overwrites."),
			app.Div().Class("actions").Body(
				app.Button().ID("export-library").Class("btn small").Text("Export library").
					OnClick(func(ctx app.Context, e app.Event) { _, _ = p.exportLibrary() }),
				app.Input().ID("import-library").Type("file").Class("sr-only").Accept("application/json,.json").
					OnChange(func(ctx app.Context, e app.Event) {
						p.readFile(ctx, ctx.JSSrc(), func(ctx app.Context, name string, data []byte, err error) {
							if err != nil {
								p.ui.settingsErr = "Nothing was imported: " + err.Error() + "."
								return
							}
							p.importLibrary(ctx, data)
						})
					}),
				app.Label().For("import-library").Class("btn small ghost file").Text("Import library…"),
			),
		),
		app.Section().Class("panel").ID("report-annotations").Body(
			app.H2().Text("The open report's annotations"),
			app.If(open == "", app.P().Class("muted").Text("Open a report to export or import its annotations.")),
			app.If(open != "", app.Div().Body(
				app.P().Body(app.Text("Open: "), app.Strong().Text(open), app.Text(" · "+plural(len(p.anns), "annotation", "annotations"))),
				app.P().Class("muted").Text("As W3C Web Annotations (JSON-LD), readable by other annotation tools."),
				app.Div().Class("actions").Body(
					app.Button().ID("export-annotations").Class("btn small").Text("Export annotations").
						OnClick(func(ctx app.Context, e app.Event) { _, _ = p.exportAnnotations() }),
					app.Input().ID("import-annotations").Type("file").Class("sr-only").Accept("application/ld+json,application/json,.jsonld,.json").
						OnChange(func(ctx app.Context, e app.Event) {
							p.readFile(ctx, ctx.JSSrc(), func(ctx app.Context, name string, data []byte, err error) {
								if err != nil {
									p.ui.settingsErr = "Nothing was imported: " + err.Error() + "."
									return
								}
								p.importAnnotations(data)
							})
						}),
					app.Label().For("import-annotations").Class("btn small ghost file").Text("Import annotations…"),
				),
			)),
		),
	)
}

func clearInputs(ids ...string) {
	if !app.IsClient {
		return
	}
	for _, id := range ids {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Set("value", "")
		}
	}
}
