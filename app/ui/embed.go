package ui

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/store"
	"parley/core"
)

// EmbedMaxBytes is the largest article the embed view accepts from a partner
// page (UTF-8 bytes). Bigger or malformed messages are ignored with a warning.
const EmbedMaxBytes = 2 << 20

// HandoffTimeout is how long a tab opened by "Open in Parley" waits for the
// article from the panel that opened it.
const HandoffTimeout = 10 * time.Second

// embedMaxRanges caps how many ranges one highlight message carries (a party
// can be mentioned hundreds of times in a long article).
const embedMaxRanges = 100

// Range16 is a span of the partner's article text in UTF-16 code units, the
// unit of JavaScript strings and DOM offsets.
type Range16 struct{ Start, End int }

// Embed is the compact view a partner page shows in an iframe (/embed, see
// web/embed.js and docs/embed.md). It gets the article text over a
// MessagePort that the parent page hands over once, shows the parties,
// stances and proposals read-only, asks the parent to highlight an item's
// evidence in its article, and hands the report over to the full app.
type Embed struct {
	app.Compo

	mode      string // "" waiting, "standalone", "analysing", "result", "error", "handoff", "handoff-done", "handoff-error"
	text      string
	res       *core.Analysis
	m         Map
	ranges    map[string][]Range16 // item id -> evidence in UTF-16 units of text
	errMsg    string
	took      time.Duration
	seq       int
	connected bool
	post      func(msg map[string]any) // to the partner page; nil until connected
	active    string                   // item whose evidence the partner page shows
	pinned    string                   // item clicked: its highlight stays when the pointer leaves
	handoff   app.Value                // the Parley tab "Open in Parley" opened, waiting for the text
	handoffID string
	stop      []func()
	analyze   func(string) (*core.Analysis, error)
	focusAt   string // "first" or "last": where the page asked the focus to go
}

// OnMount wires the messaging: in an iframe it waits for the parent's port
// (and says it is ready); opened as "#handoff" by "Open in Parley" it asks
// its opener for the report; opened by itself it explains what it is.
func (e *Embed) OnMount(ctx app.Context) {
	e.analyze = analyzeInPage
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	doc.Get("documentElement").Call("setAttribute", "data-wasm", "ready")
	hash := app.Window().Get("location").Get("hash").String()
	e.applyTheme(hashParam(hash, "theme"))
	e.stop = append(e.stop, app.Window().AddEventListener("message", e.onWindowMessage))
	win := app.Window().JSValue()
	parent := win.Get("parent")
	switch {
	case hashParam(hash, "handoff") != "":
		e.mode = "handoff"
		if op := win.Get("opener"); op.Truthy() {
			op.Call("postMessage", map[string]any{"type": "parley:handoff-ready"}, win.Get("location").Get("origin"))
			ctx.Async(func() {
				time.Sleep(HandoffTimeout)
				ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: e, Function: func(app.Context) {
					if e.mode == "handoff" {
						e.mode, e.errMsg = "handoff-error", "The article did not arrive: the page it came from was closed or reloaded. Open Parley from the article again."
					}
				}})
			})
		} else {
			e.mode, e.errMsg = "handoff-error", "This tab lost the page that opened it. Open Parley from the article again."
		}
	case !parent.Equal(win):
		// "*" is safe: the message carries nothing but the wish to connect.
		parent.Call("postMessage", map[string]any{"type": "parley:ready"}, "*")
		e.stop = append(e.stop, app.Window().AddEventListener("keydown", e.onKey))
	default:
		e.mode = "standalone"
	}
}

// onKey keeps the keyboard in the open panel: Escape closes it (the page
// gives the focus back to its button); Tab past the last item, or Shift+Tab
// before the first, goes to the page's × button, which sends it back (a
// ring: see embed.js).
func (e *Embed) onKey(ctx app.Context, ev app.Event) {
	switch ev.Get("key").String() {
	case "Escape":
		e.send(map[string]any{"type": "close"}) // the page closes its panel
	case "Tab":
		items := focusables()
		n := items.Length()
		active := app.Window().Get("document").Get("activeElement")
		first, last := n == 0, n == 0
		if n > 0 {
			first, last = active.Equal(items.Index(0)), active.Equal(items.Index(n-1))
		}
		if shift := ev.Get("shiftKey").Bool(); shift && (first || !isIn(active, items)) || !shift && last {
			ev.PreventDefault()
			e.send(map[string]any{"type": "tab-out"})
		}
	}
}

// focusables are the panel's buttons and links, in order.
func focusables() app.Value {
	return app.Window().Get("document").Call("querySelectorAll", "#embed button:not([disabled]), #embed a[href]")
}

func isIn(el, list app.Value) bool {
	for i := 0; i < list.Length(); i++ {
		if el.Equal(list.Index(i)) {
			return true
		}
	}
	return false
}

// focusIn moves the focus into the panel: its first (or last) item, or its
// status line while there are none yet (focusAt is kept, and the items get
// it when they come).
func (e *Embed) focusIn() {
	if !app.IsClient || e.focusAt == "" {
		return
	}
	items := focusables()
	if n := items.Length(); n > 0 && (e.res != nil || e.mode == "error") {
		i := 0
		if e.focusAt == "last" {
			i = n - 1
		}
		items.Index(i).Call("focus")
		e.focusAt = ""
		return
	}
	if st := app.Window().GetElementByID("e-status"); st.Truthy() {
		st.Call("focus")
	}
}

// OnDismount stops listening.
func (e *Embed) OnDismount() {
	for _, f := range e.stop {
		f()
	}
	e.stop = nil
}

func (e *Embed) applyTheme(theme string) {
	switch theme {
	case "light", "dark":
	default:
		theme = "auto"
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-theme", theme)
}

// hashParam reads key from a fragment such as "#theme=dark&handoff=1".
func hashParam(hash, key string) string {
	for _, kv := range strings.Split(strings.TrimPrefix(hash, "#"), "&") {
		k, v, _ := strings.Cut(kv, "=")
		if k == key {
			if v == "" {
				return "1"
			}
			return v
		}
	}
	return ""
}

func warn(msg string) {
	if app.IsClient {
		app.Window().Get("console").Call("warn", "Parley embed: "+msg)
	}
}

// onWindowMessage accepts the port only from the parent window, only once;
// and the hand-over messages only between Parley windows.
func (e *Embed) onWindowMessage(ctx app.Context, ev app.Event) {
	win := app.Window().JSValue()
	data := ev.Get("data")
	typ := ""
	if data.Type() == app.TypeObject && !data.IsNull() && data.Get("type").Type() == app.TypeString {
		typ = data.Get("type").String()
	}
	src := ev.Get("source")
	own := win.Get("location").Get("origin").String()
	switch typ {
	case "parley:connect":
		if !src.Equal(win.Get("parent")) || src.Equal(win) {
			warn("ignored a connect message that did not come from the embedding page")
			return
		}
		if e.connected {
			warn("ignored a second connect message: the page is already connected")
			return
		}
		ports := ev.Get("ports")
		if ports.Length() != 1 {
			warn("ignored a connect message without exactly one port")
			return
		}
		e.connect(ctx, ports.Index(0))
	case "parley:handoff-ready":
		if ev.Get("origin").String() != own || e.handoff == nil || !src.Equal(e.handoff) {
			warn("ignored a hand-over request from another window")
			return
		}
		e.handoff.Call("postMessage", map[string]any{"type": "parley:handoff", "text": e.text}, own)
		e.handoff = nil
	case "parley:handoff":
		if e.mode != "handoff" || ev.Get("origin").String() != own || !src.Equal(win.Get("opener")) {
			warn("ignored a hand-over from another window")
			return
		}
		t := data.Get("text")
		if t.Type() != app.TypeString || strLen(t) > EmbedMaxBytes {
			warn("ignored a malformed hand-over")
			return
		}
		e.saveHandoff(t.String())
	default:
		warn("ignored a message that is not for Parley (" + strconv.Quote(Shorten(typ, 40)) + ")")
	}
}

// connect keeps the port the parent handed over; from now on the partner
// page talks to this view over it only.
func (e *Embed) connect(ctx app.Context, port app.Value) {
	e.connected = true
	e.post = func(msg map[string]any) { port.Call("postMessage", msg) }
	onMsg := app.FuncOf(func(this app.Value, args []app.Value) any {
		in, why := readInbound(args[0].Get("data"))
		if why != "" {
			warn(why)
			return nil
		}
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: e, Function: func(ctx app.Context) {
			e.receive(ctx, in)
		}})
		return nil
	})
	port.Set("onmessage", onMsg)
	e.stop = append(e.stop, func() { port.Set("onmessage", nil); port.Call("close"); onMsg.Release() })
	e.post(map[string]any{"type": "parley:connected"})
}

// inbound is a checked message from the partner page.
type inbound struct {
	Type      string // "analyze", "theme" or "focus"
	At        string // focus: "first" or "last"
	Text      string
	Theme     string
	Oversized bool // the article was over EmbedMaxBytes: Text is empty
}

// strLen is the length of a JavaScript string in UTF-16 units, read without
// copying the string into Go (syscall/js panics on Length of a primitive).
func strLen(s app.Value) int {
	return app.Window().Call("Object", s).Get("length").Int()
}

// readInbound checks a message from the port before anything is copied out
// of it: an object with a known type, a string text of at most EmbedMaxBytes.
func readInbound(data app.Value) (inbound, string) {
	if data.Type() != app.TypeObject || data.IsNull() {
		return inbound{}, "ignored a message that is not an object"
	}
	typ := data.Get("type")
	if typ.Type() != app.TypeString || strLen(typ) > 40 {
		return inbound{}, "ignored a message without a type"
	}
	in := inbound{Type: typ.String()}
	switch in.Type {
	case "analyze":
		t := data.Get("text")
		if t.Type() != app.TypeString {
			return inbound{}, "ignored an analyze message without text"
		}
		if strLen(t) > EmbedMaxBytes {
			// Not copied into Go; the reader is told why nothing shows.
			warn("an article over 2 MB is not read")
			return inbound{Type: "analyze", Oversized: true}, ""
		}
		in.Text = t.String()
		if th := data.Get("theme"); th.Type() == app.TypeString {
			in.Theme = th.String()
		}
	case "theme":
		if th := data.Get("theme"); th.Type() == app.TypeString {
			in.Theme = th.String()
		}
	case "focus":
		at := data.Get("at")
		if at.Type() != app.TypeString || at.String() != "first" && at.String() != "last" {
			return inbound{}, "ignored a focus message without first or last"
		}
		in.At = at.String()
	default:
		return inbound{}, "ignored a message of unknown type " + strconv.Quote(Shorten(in.Type, 40))
	}
	return in, ""
}

// receive handles a checked message from the partner page.
func (e *Embed) receive(ctx app.Context, in inbound) {
	if in.Theme != "" && app.IsClient {
		e.applyTheme(in.Theme)
	}
	if in.Type == "focus" {
		e.focusAt = in.At
		e.focusIn()
		return
	}
	if in.Type != "analyze" {
		return
	}
	err := checkArticle(in.Text)
	if in.Oversized {
		err = errTooLong
	}
	if err != nil {
		e.text, e.mode, e.errMsg, e.res = "", "error", err.Error(), nil
		e.seq++ // an analysis still running is stale
		e.send(map[string]any{"type": "error", "message": e.errMsg})
		return
	}
	if in.Text == e.text && e.res != nil {
		e.sendResult()
		return
	}
	e.text, e.res, e.errMsg, e.mode = in.Text, nil, "", "analysing"
	e.seq++
	seq, text, an := e.seq, e.text, e.analyze
	if an == nil {
		an = core.Analyze
	}
	ctx.Async(func() {
		time.Sleep(10 * time.Millisecond) // let "Reading the article…" paint
		start := time.Now()
		res, err := an(text)
		took := time.Since(start)
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: e, Function: func(ctx app.Context) {
			if seq != e.seq {
				return
			}
			e.show(res, err, took)
			// After the update frame, so the parent hears of results on screen.
			ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: e, Function: func(app.Context) {
				if seq == e.seq {
					e.focusIn() // the reader opened the panel and waits in it
					e.sendResult()
				}
			}})
		}})
	})
}

// readerError is an error whose text is a sentence for the reader.
type readerError string

func (e readerError) Error() string { return string(e) }

var errTooLong error = readerError("This article is too long for the Parley panel (over 2 MB).")

// checkArticle refuses what the panel cannot read, in words for the reader.
func checkArticle(text string) error {
	switch {
	case len(text) > EmbedMaxBytes:
		return errTooLong
	case strings.TrimSpace(text) == "":
		return readerError("This article has no text Parley can read.")
	}
	return nil
}

func (e *Embed) show(res *core.Analysis, err error, took time.Duration) {
	e.took = took
	if err != nil {
		var ie *core.InputError
		e.mode, e.res = "error", nil
		if errors.As(err, &ie) {
			e.errMsg = ie.Message
		} else {
			e.errMsg = "Parley could not read this article."
		}
		return
	}
	e.mode, e.res = "result", res
	e.m = BuildMap(res)
	e.ranges = EmbedRanges(e.text, res)
}

func (e *Embed) sendResult() {
	if e.mode == "error" {
		e.send(map[string]any{"type": "error", "message": e.errMsg})
		return
	}
	if e.res == nil {
		return
	}
	e.send(map[string]any{"type": "result", "parties": len(e.res.Actors), "stances": len(e.res.Stances),
		"proposals": len(e.res.Proposals), "ms": e.took.Milliseconds()})
}

func (e *Embed) send(msg map[string]any) {
	if e.post != nil {
		e.post(msg)
	}
}

// highlight asks the partner page to mark an item's evidence.
func (e *Embed) highlight(id string, scroll bool) {
	rs := e.ranges[id]
	if len(rs) == 0 {
		return
	}
	if scroll {
		e.pinned = id
	} else if e.pinned != id {
		e.pinned = ""
	}
	e.active = id
	e.send(HighlightMsg(id, rs, scroll))
}

// unhighlight clears the item's highlight, unless a click pinned it (the
// reader moves to the article to read it).
func (e *Embed) unhighlight(id string) {
	if e.active == id && e.pinned != id {
		e.active = ""
		e.send(map[string]any{"type": "unhighlight"})
	}
}

// HighlightMsg is the message that asks the partner page to highlight
// ranges: start and end of the first, all of them in ranges.
func HighlightMsg(id string, rs []Range16, scroll bool) map[string]any {
	if len(rs) > embedMaxRanges {
		rs = rs[:embedMaxRanges]
	}
	all := make([]any, len(rs))
	for i, r := range rs {
		all[i] = []any{r.Start, r.End}
	}
	return map[string]any{"type": "highlight", "id": id, "start": rs[0].Start, "end": rs[0].End,
		"ranges": all, "scroll": scroll}
}

// EmbedRanges maps every item of the panel (stance and proposal ids, "a-"
// + actor id for a party's mentions) to its evidence in UTF-16 units.
func EmbedRanges(text string, a *core.Analysis) map[string][]Range16 {
	out := map[string][]Range16{}
	if a == nil {
		return out
	}
	var offs []int
	add := func(s, e int) {
		if s >= 0 && e <= len(text) && s < e {
			offs = append(offs, s, e)
		}
	}
	for _, act := range a.Actors {
		for _, m := range act.Mentions {
			add(m.Start, m.End)
		}
	}
	for _, s := range a.Stances {
		add(s.Evidence.Start, s.Evidence.End)
	}
	for _, p := range a.Proposals {
		add(p.Evidence.Start, p.Evidence.End)
	}
	u := UTF16Offsets(text, offs)
	put := func(id string, s, e int) {
		if s >= 0 && e <= len(text) && s < e {
			out[id] = append(out[id], Range16{u[s], u[e]})
		}
	}
	for _, act := range a.Actors {
		for _, m := range act.Mentions {
			put("a-"+act.ID, m.Start, m.End)
		}
	}
	for _, s := range a.Stances {
		put(s.ID, s.Evidence.Start, s.Evidence.End)
	}
	for _, p := range a.Proposals {
		put(p.ID, p.Evidence.Start, p.Evidence.End)
	}
	return out
}

// UTF16Offsets converts byte offsets into text to UTF-16 code unit offsets
// in one walk of the text. An offset inside a character counts as the start
// of that character; offsets past the end count as the end. Invalid bytes
// count as one unit each, as U+FFFD does once the text is a JavaScript string.
func UTF16Offsets(text string, offs []int) map[int]int {
	out := make(map[int]int, len(offs))
	if len(offs) == 0 {
		return out
	}
	sorted := append([]int(nil), offs...)
	sort.Ints(sorted)
	k, units, i := 0, 0, 0
	for k < len(sorted) {
		if sorted[k] <= i || i >= len(text) {
			out[sorted[k]] = units
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		if sorted[k] < next { // inside this character: its start
			out[sorted[k]] = units
			k++
			continue
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i = next
	}
	return out
}

// ---- "Open in Parley" -----------------------------------------------------

// openInParley opens the full app in a new tab and hands it the report. The
// iframe's own storage is partitioned under the partner site, so the report
// is saved by the new top-level Parley tab, in the reader's real Library.
func (e *Embed) openInParley(ctx app.Context, ev app.Event) {
	if !app.IsClient || e.text == "" {
		return
	}
	w := app.Window().Call("open", "/embed#handoff", "_blank")
	if !w.Truthy() {
		e.errMsg = "Your browser blocked the new tab. Allow pop-ups for this page, or copy the article into Parley."
		return
	}
	e.handoff = w
}

// saveHandoff runs in the new top-level tab: it saves the report in the
// Library and goes to the full app.
func (e *Embed) saveHandoff(text string) {
	id, err := SaveEmbedded(storeKV(), text, e.analyze)
	if err != nil {
		e.mode, e.errMsg = "handoff-error", "Parley could not save this report: "+err.Error()
		return
	}
	e.mode = "handoff-done"
	e.handoffID = id
	app.Window().Get("location").Call("replace", "/#report="+id)
}

// SaveEmbedded saves text in the Library of kv (with its counts) and
// returns the report id.
func SaveEmbedded(kv store.KV, text string, an func(string) (*core.Analysis, error)) (string, error) {
	if err := checkArticle(text); err != nil {
		return "", err
	}
	st, _ := store.Open(kv)
	id := store.ReportID(text)
	r, ok := st.Report(id)
	if !ok {
		r = store.Report{ReportMeta: store.ReportMeta{ID: id, Title: Title(text), Added: time.Now().UnixMilli()}, Text: text}
	}
	if an != nil {
		if res, err := an(text); err == nil {
			r.Counts = store.Counts{Parties: len(res.Actors), Stances: len(res.Stances), Proposals: len(res.Proposals)}
		}
	}
	return id, st.SaveReport(r)
}

func storeKV() store.KV {
	kv, _ := browserKV()
	return kv
}

// ---- rendering ---------------------------------------------------------------

// Render draws the compact panel. Every piece of the partner's text is a
// go-app text node: nothing from the article is ever rendered as HTML.
func (e *Embed) Render() app.UI {
	return app.Div().Class("embed").ID("embed").DataSet("mode", e.mode).Body(
		app.Link().Rel("stylesheet").Href("/web/embed.css"), // a file: the site's CSP refuses inline styles
		app.Header().Class("e-top").Body(
			app.Img().Src("/web/icon.svg").Alt("").Class("e-logo").Width(20).Height(20),
			app.Span().Class("e-name").Text("Parley"),
			app.Span().Class("e-tag").Text("who stands where"),
		),
		app.Main().Class("e-main").Body(
			app.H1().Class("sr-only").Text("Who stands where in this article"),
			app.Div().Class("e-status").ID("e-status").TabIndex(-1).Aria("live", "polite").Body(e.renderStatus()),
			e.renderResult(),
		),
		app.Footer().Class("e-foot").Body(
			// A button, not a link: go-app would turn a click on an internal link
			// into a navigation of this frame.
			app.If(e.res != nil, app.Button().Type("button").ID("open-in-parley").Class("btn small").
				Title("Open this report in Parley, in a new tab; it is kept in your Library").
				Text("Open in Parley ↗").OnClick(e.openInParley)),
			app.P().Class("e-note").Text("Read in your browser by Parley: the article is not sent anywhere."),
		),
	)
}

func (e *Embed) renderStatus() app.UI {
	switch e.mode {
	case "analysing":
		return app.P().ID("e-progress").Class("progress").Body(
			app.Span().Class("spinner").Aria("hidden", "true"),
			app.Text("Reading the article…"),
		)
	case "error":
		return app.P().ID("e-error").Class("error").Role("alert").Text(e.errMsg)
	case "handoff-error":
		return app.P().ID("e-error").Class("error").Role("alert").Body(app.Text(e.errMsg+" "), app.A().Href("/").Text("Go to Parley"))
	case "standalone":
		return app.P().ID("e-standalone").Body(
			app.Text("This is the panel news sites embed with one script tag (see docs/embed.md). "),
			app.A().Href("/").Text("Open Parley"),
			app.Text(" to analyse a report yourself."),
		)
	case "handoff", "handoff-done":
		return app.P().ID("e-handoff").Text("Opening the report in Parley…")
	case "result":
		if e.errMsg != "" {
			return app.P().Class("error").Role("alert").Text(e.errMsg)
		}
		return app.P().ID("e-summary").Class("muted").Text(countLine(len(e.res.Actors), len(e.res.Stances), len(e.res.Proposals)) +
			" · hover an item to see it in the article")
	}
	return app.P().ID("e-waiting").Class("muted").Text("Waiting for the article…")
}

func countLine(parties, stances, proposals int) string {
	plural := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	}
	return plural(parties, "party", "parties") + " · " + plural(stances, "stance", "stances") + " · " +
		plural(proposals, "proposal", "proposals")
}

func (e *Embed) renderResult() app.UI {
	if e.mode != "result" || e.res == nil {
		return nil
	}
	m := e.m
	return app.Div().ID("e-result").Body(
		app.Section().Class("e-sec").ID("e-parties").Body(
			app.H2().Text("Parties"),
			app.If(len(m.Parties) == 0, app.P().Class("muted").Text("No parties found.")),
			app.Ul().Class("e-list e-chips").Body(app.Range(m.Parties).Slice(func(i int) app.UI {
				pv := m.Parties[i]
				return app.Li().Class("e-party").DataSet("actor", pv.ID).Body(
					e.item("a-"+pv.ID, partyChip(pv), app.Span().Class("kind").Text(string(pv.Kind))),
				)
			})),
		),
		app.Section().Class("e-sec").ID("e-stances").Body(
			app.H2().Text("Stances"),
			app.If(len(m.Groups) == 0, app.P().Class("muted").Text("No attributed stances found.")),
			app.Range(m.Groups).Slice(func(i int) app.UI {
				g := m.Groups[i]
				return app.Div().Class("e-group").Body(
					app.H3().Body(partyChip(g.Party)),
					app.Ul().Class("e-list").Body(app.Range(g.Stances).Slice(func(j int) app.UI {
						s := g.Stances[j]
						return app.Li().Class("e-stance").DataSet("id", s.ID).DataSet("actor", s.Actor).
							DataSet("type", string(s.Type)).Body(
							e.item(s.ID,
								app.Span().Class("badge", "t-"+string(s.Type)).Text(string(s.Type)),
								app.Span().Class("summary").Text(s.Summary),
								app.If(s.Target != "", app.Span().Class("e-meta").Text("against "+m.ActorName(s.Target))),
							),
						)
					})),
				)
			}),
		),
		app.Section().Class("e-sec").ID("e-proposals").Body(
			app.H2().Text("Proposals"),
			app.If(len(m.Proposals) == 0, app.P().Class("muted").Text("No proposals found.")),
			app.Ul().Class("e-list").Body(app.Range(m.Proposals).Slice(func(i int) app.UI {
				pr := m.Proposals[i]
				return app.Li().Class("e-proposal").DataSet("id", pr.ID).DataSet("status", string(pr.Status)).
					DataSet("proposer", pr.Proposer).Body(
					e.item(pr.ID,
						app.Span().Class("status", "st-"+string(pr.Status)).Text(StatusLabel(pr.Status)),
						app.Span().Class("summary").Text(pr.Content),
						app.Span().Class("e-meta").Text("by "+m.ActorName(pr.Proposer)),
					),
				)
			})),
		),
	)
}

// item is a panel entry: hovering or focusing it highlights its evidence in
// the partner's article, a click also scrolls the article there. The
// handlers only post to the port; they dispatch nothing.
func (e *Embed) item(id string, body ...app.UI) app.UI {
	b := app.Button().Type("button").Class("item", "e-item").DataSet("target", id).Body(body...)
	if len(e.ranges[id]) == 0 {
		return b.Disabled(true).Title("No evidence in the article")
	}
	return b.
		OnMouseEnter(func(ctx app.Context, ev app.Event) { e.highlight(id, false) }, id).
		OnMouseLeave(func(ctx app.Context, ev app.Event) { e.unhighlight(id) }, id).
		OnFocus(func(ctx app.Context, ev app.Event) { e.highlight(id, false) }, id).
		OnBlur(func(ctx app.Context, ev app.Event) { e.unhighlight(id) }, id).
		OnClick(func(ctx app.Context, ev app.Event) { e.highlight(id, true) }, id)
}
