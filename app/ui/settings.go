package ui

import (
	"errors"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/store"
	"parley/core"
	"parley/core/annotation"
)

// SettingsView is Settings (/settings): the names the reader taught
// Parley, the Library's backup, and the open report's annotations as W3C
// Web Annotations. Its messages are its own.
type SettingsView struct {
	app.Compo

	sess *Session
	msg  string // what the last change did (role=status)
	err  string // why it failed (role=alert)
}

// OnMount opens the session when the view is used alone (tests).
func (s *SettingsView) OnMount(ctx app.Context) {
	if s.sess == nil {
		s.sess = NewSession()
	}
}

// withArticle puts "a" or "an" before a word ("an organization").
func withArticle(w string) string {
	if w != "" && strings.ContainsRune("aeiouAEIOU", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

// ---- aliases ---------------------------------------------------------------

// addAlias teaches Parley that surface names party actor, then analyses
// the open report again with it.
func (s *SettingsView) addAlias(ctx app.Context, surface, actor string, kind core.ActorKind) error {
	if s.sess.st == nil {
		return errors.New("there is no library")
	}
	a := annotation.Alias{Surface: surface, Actor: actor, Kind: kind}
	if err := s.sess.st.AddAlias(a); err != nil {
		return s.settingsErr(err)
	}
	s.err = ""
	s.msg = "Parley now reads “" + strings.Join(strings.Fields(surface), " ") + "” as " + strings.Join(strings.Fields(actor), " ") + "."
	s.changed(ctx)
	return nil
}

// removeAlias forgets a custom alias.
func (s *SettingsView) removeAlias(ctx app.Context, surface string) error {
	if err := s.sess.st.RemoveAlias(surface); err != nil {
		return s.settingsErr(err)
	}
	s.err = ""
	s.msg = "Removed “" + surface + "”."
	s.changed(ctx)
	return nil
}

// changed rebuilds the engine if the taught names changed and tells the
// other views (the reading view analyses its report again when it mounts).
func (s *SettingsView) changed(ctx app.Context) {
	s.sess.setAnalyzer()
	s.sess.refreshLibrary()
	s.sess.Changed(ctx, s)
}

// dispatch runs fn on the UI goroutine and updates the view.
func (s *SettingsView) dispatch(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: s, Function: fn})
}

// settingsErr shows a failed change of the settings in plain words.
func (s *SettingsView) settingsErr(err error) error {
	if errors.Is(err, store.ErrConflict) && s.sess.st != nil {
		s.sess.st.Reload()
		s.sess.refreshLibrary()
		s.err = "Another Parley tab changed this in the meantime, so your change was not saved. Parley now shows the other tab's version: make your change again."
		return err
	}
	s.err = "Not saved: " + err.Error()
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
func (s *SettingsView) readFile(ctx app.Context, input app.Value, done func(ctx app.Context, name string, data []byte, err error)) {
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
		s.dispatch(ctx, func(ctx app.Context) { done(ctx, name, []byte(txt), nil) })
		return nil
	})
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		s.dispatch(ctx, func(ctx app.Context) { done(ctx, name, nil, errors.New("the file could not be read")) })
		return nil
	})
	f.Call("text").Call("then", onText, onErr)
	input.Set("value", "") // choosing the same file again fires change again
}

// exportLibrary downloads the whole library as a JSON backup.
func (s *SettingsView) exportLibrary() ([]byte, error) {
	data, err := s.sess.st.ExportBackup()
	if err != nil {
		s.err = "The backup could not be made: " + err.Error()
		return nil, err
	}
	download("parley-library-"+time.Now().Format("2006-01-02")+".json", "application/json", data)
	s.err = ""
	s.msg = "Library exported: " + plural(len(s.sess.reports), "report", "reports") + " with your notes, corrections, aliases and settings."
	return data, nil
}

// importLibrary merges a backup into the library and says what it did.
func (s *SettingsView) importLibrary(ctx app.Context, data []byte) {
	before := s.sess.counts()
	rep, err := s.sess.st.ImportBackup(data)
	if err != nil {
		s.msg = ""
		s.err = "Nothing was imported: " + err.Error() + "."
		return
	}
	s.err = ""
	s.msg = "Library imported. " + ImportSummary(rep, s.sess.counts().Minus(before))
	s.sess.refreshLibrary()
	s.changed(ctx)
}

// exportAnnotations downloads the open report's annotations as W3C Web
// Annotations (JSON-LD).
func (s *SettingsView) exportAnnotations() ([]byte, error) {
	openID := s.sess.openID
	if openID == "" {
		return nil, errors.New("no report is open")
	}
	data, err := s.sess.st.ExportAnnotations(openID)
	if err != nil {
		s.err = "The annotations could not be exported: " + err.Error()
		return nil, err
	}
	download("parley-annotations-"+openID+".jsonld", "application/ld+json", data)
	s.err = ""
	s.msg = "Exported " + plural(len(s.sess.st.Annotations(openID)), "annotation", "annotations") + " as W3C Web Annotations (JSON-LD)."
	return data, nil
}

// importAnnotations merges W3C Web Annotations into the open report's.
func (s *SettingsView) importAnnotations(ctx app.Context, data []byte) {
	openID := s.sess.openID
	if openID == "" {
		s.err = "Open a report first: annotations are imported into the open report."
		return
	}
	before := len(s.sess.st.Annotations(openID))
	rep, err := s.sess.st.ImportAnnotations(openID, data)
	if err != nil {
		s.msg = ""
		if errors.Is(err, store.ErrConflict) {
			s.sess.st.Reload()
			s.sess.refreshLibrary()
		}
		s.err = "Nothing was imported: " + err.Error() + "."
		return
	}
	s.err = ""
	s.msg = "Annotations imported. " + ImportSummary(rep, LibCounts{Annotations: len(s.sess.st.Annotations(openID)) - before})
	s.sess.Changed(ctx, s) // the reading view finds them again in its text when it mounts
}

// LibCounts counts what a Library holds, to say what an import added.
type LibCounts struct{ Reports, Annotations, Corrections, Names int }

// Minus is what c has more than o.
func (c LibCounts) Minus(o LibCounts) LibCounts {
	return LibCounts{c.Reports - o.Reports, c.Annotations - o.Annotations, c.Corrections - o.Corrections, c.Names - o.Names}
}

func (s *Session) counts() LibCounts {
	var c LibCounts
	if s.st == nil {
		return c
	}
	for _, r := range s.st.Reports() {
		c.Reports++
		c.Annotations += len(s.st.Annotations(r.ID))
		c.Corrections += len(s.st.Corrections(r.ID))
	}
	c.Names = len(s.st.Aliases())
	return c
}

// ImportSummary says in plain words what an import did: what it added, by
// kind (added: the Library's counts after less before), what was already
// there and what it refused.
func ImportSummary(r store.ImportReport, added LibCounts) string {
	var parts []string
	for _, p := range []struct {
		n         int
		one, many string
	}{
		{added.Reports, "report", "reports"}, {added.Annotations, "annotation", "annotations"},
		{added.Corrections, "correction", "corrections"}, {added.Names, "taught name", "taught names"},
	} {
		if p.n > 0 {
			parts = append(parts, plural(p.n, p.one, p.many))
		}
	}
	var b strings.Builder
	switch {
	case r.Added == 0:
		b.WriteString("Nothing new was added")
	case len(parts) == 0:
		b.WriteString("Your settings were added")
	default:
		b.WriteString("Added " + joinAnd(parts))
	}
	if r.Skipped > 0 {
		b.WriteString("; " + plural(r.Skipped, "item was", "items were") + " already there")
	}
	b.WriteString(".")
	if n := len(r.Refused); n > 0 {
		b.WriteString(" " + plural(n, "item was", "items were") + " not imported: " + strings.Join(r.Refused, "; ") + ".")
	}
	return b.String()
}

// joinAnd joins words as a sentence does: "a", "a and b", "a, b and c".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// ---- the Settings view -------------------------------------------------------

var aliasKinds = []core.ActorKind{core.KindState, core.KindOrganization, core.KindPerson, core.KindGroup}

// Render draws Settings.
func (s *SettingsView) Render() app.UI {
	var aliases []annotation.Alias
	if s.sess.st != nil {
		aliases = s.sess.st.Aliases()
	}
	open := s.sess.openTitle()
	return app.Section().Class("settings").Body(
		app.H1().Text("Settings"),
		app.Div().Class("readermsg").Body(
			app.If(s.err != "", app.P().ID("settings-error").Class("error").Role("alert").Text(s.err)),
			app.If(s.msg != "" && s.err == "", app.P().ID("settings-status").Role("status").Text(s.msg)),
		),
		app.Section().Class("panel").ID("aliases").Body(
			app.H2().Text("Teach Parley a name"),
			app.P().Class("muted").Text("Tell Parley that some words name a party, e.g. “Baabda” means Lebanon. Reports you analyse from now on use them."),
			app.Form().ID("alias-form").Class("alias-form").OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				if s.addAlias(ctx, inputValue("alias-surface"), inputValue("alias-actor"), core.ActorKind(inputValue("alias-kind"))) == nil {
					clearInputs("alias-surface", "alias-actor")
				}
			}).Body(
				app.Label().For("alias-surface").Text("Words in a report"),
				app.Input().ID("alias-surface").Type("text").Required(true).Placeholder("Baabda").AutoComplete(false),
				app.Label().For("alias-actor").Text("mean the party"),
				app.Input().ID("alias-actor").Type("text").Required(true).Placeholder("Lebanon").List("party-list").AutoComplete(false),

				app.Label().For("alias-kind").Text("which is"),
				app.Select().ID("alias-kind").Body(
					app.Option().Value("").Text("as Parley knows it"),
					app.Range(aliasKinds).Slice(func(i int) app.UI {
						return app.Option().Value(string(aliasKinds[i])).Text(withArticle(string(aliasKinds[i])))
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
						OnClick(func(ctx app.Context, e app.Event) { _ = s.removeAlias(ctx, a.Surface) }, a.Surface),
				)
			})),
		),
		app.Section().Class("panel").ID("backup").Body(
			app.H2().Text("Your library"),
			app.P().Class("muted").Text("Everything stays in this browser. Export a backup to keep it safe or move it to another browser; importing adds what is missing and never overwrites."),
			app.Div().Class("actions").Body(
				app.Button().ID("export-library").Class("btn small").Text("Export library").
					OnClick(func(ctx app.Context, e app.Event) { _, _ = s.exportLibrary() }),
				app.Input().ID("import-library").Type("file").Class("sr-only").Accept("application/json,.json").
					OnChange(func(ctx app.Context, e app.Event) {
						s.readFile(ctx, ctx.JSSrc(), func(ctx app.Context, name string, data []byte, err error) {
							if err != nil {
								s.err = "Nothing was imported: " + err.Error() + "."
								return
							}
							s.importLibrary(ctx, data)
						})
					}),
				app.Label().For("import-library").Class("btn small ghost file").Text("Import library…"),
			),
		),
		app.Section().Class("panel").ID("report-annotations").Body(
			app.H2().Text("The open report's annotations"),
			app.If(open == "", app.P().Class("muted").Text("Open a report to export or import its annotations.")),
			app.If(open != "", app.Div().Body(
				app.P().Body(app.Text("Open: "), app.Strong().Text(open), app.Text(" · "+plural(len(s.sess.st.Annotations(s.sess.openID)), "annotation", "annotations"))),
				app.P().Class("muted").Text("As W3C Web Annotations (JSON-LD), readable by other annotation tools."),
				app.Div().Class("actions").Body(
					app.Button().ID("export-annotations").Class("btn small").Text("Export annotations").
						OnClick(func(ctx app.Context, e app.Event) { _, _ = s.exportAnnotations() }),
					app.Input().ID("import-annotations").Type("file").Class("sr-only").Accept("application/ld+json,application/json,.jsonld,.json").
						OnChange(func(ctx app.Context, e app.Event) {
							s.readFile(ctx, ctx.JSSrc(), func(ctx app.Context, name string, data []byte, err error) {
								if err != nil {
									s.err = "Nothing was imported: " + err.Error() + "."
									return
								}
								s.importAnnotations(ctx, data)
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
