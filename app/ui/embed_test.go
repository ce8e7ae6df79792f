package ui

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/app/store"
	"parley/core"
)

// u16 is s as JavaScript sees it: UTF-16 code units.
func u16(s string) []uint16 { return utf16.Encode([]rune(s)) }

func TestUTF16Offsets(t *testing.T) {
	text := "a é “q” 😀 z\xffx" // 1-, 2-, 3- and 4-byte characters, then an invalid byte
	var offs []int
	for i := 0; i <= len(text)+2; i++ {
		offs = append(offs, i)
	}
	got := UTF16Offsets(text, offs)
	starts := map[int]bool{}
	for i := range text { // the start of every character (an invalid byte is one)
		starts[i] = true
	}
	for _, o := range offs {
		start := min(o, len(text))
		for start < len(text) && !starts[start] {
			start-- // an offset inside a character counts as its start
		}
		assert.Equal(t, len(u16(text[:start])), got[o], "byte offset %d", o)
	}
	assert.Equal(t, 2, got[strings.Index(text, "é")], "é is after 'a '")
	emoji := strings.Index(text, "😀")
	assert.Equal(t, got[emoji]+2, got[emoji+4], "an emoji is two UTF-16 units")
	assert.Empty(t, UTF16Offsets(text, nil))
}

// The ranges the panel sends select, in the JavaScript string of the text,
// exactly the evidence core found.
func TestEmbedRangesSelectTheEvidence(t *testing.T) {
	text := "“Talks stalled,” said José Martínez 😀 of Spain.\n\n" + readSample(t, "seed-report.txt")
	res, err := core.Analyze(text)
	require.NoError(t, err)
	require.NotEmpty(t, res.Stances)
	rs := EmbedRanges(text, res)
	js := u16(text)
	sub := func(r Range16) string { return string(utf16.Decode(js[r.Start:r.End])) }
	for _, s := range res.Stances {
		require.Len(t, rs[s.ID], 1, s.ID)
		assert.Equal(t, s.Evidence.Text, sub(rs[s.ID][0]), s.ID)
	}
	for _, p := range res.Proposals {
		assert.Equal(t, p.Evidence.Text, sub(rs[p.ID][0]), p.ID)
	}
	for _, a := range res.Actors {
		require.Len(t, rs["a-"+a.ID], len(a.Mentions), a.ID)
		for i, m := range a.Mentions {
			assert.Equal(t, m.Text, sub(rs["a-"+a.ID][i]))
		}
	}
	// Spans out of range (a stale analysis) are dropped, never sent.
	bad := &core.Analysis{Stances: []core.Stance{{ID: "s9", Evidence: core.Evidence{Start: 5, End: len(text) + 10}}}}
	assert.Empty(t, EmbedRanges(text, bad)["s9"])
	assert.Empty(t, EmbedRanges(text, nil))
}

func TestHighlightMsg(t *testing.T) {
	m := HighlightMsg("s1", []Range16{{3, 9}, {20, 25}}, true)
	assert.Equal(t, "highlight", m["type"])
	assert.Equal(t, 3, m["start"])
	assert.Equal(t, 9, m["end"])
	assert.Equal(t, []any{[]any{3, 9}, []any{20, 25}}, m["ranges"])
	assert.Equal(t, true, m["scroll"])
	many := make([]Range16, 500)
	for i := range many {
		many[i] = Range16{i * 2, i*2 + 1}
	}
	assert.Len(t, HighlightMsg("a-x", many, false)["ranges"], embedMaxRanges, "capped")
}

func TestHashParam(t *testing.T) {
	assert.Equal(t, "dark", hashParam("#theme=dark", "theme"))
	assert.Equal(t, "1", hashParam("#handoff", "handoff"))
	assert.Equal(t, "light", hashParam("#handoff&theme=light", "theme"))
	assert.Equal(t, "", hashParam("", "theme"))
	assert.Equal(t, "", hashParam("#themes=dark", "theme"))
}

// embedRun runs fn on the component's UI goroutine and waits for what it started.
func embedRun(d app.ClientDispatcher, e *Embed, fn func(ctx app.Context)) {
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: e, Function: fn})
	d.Consume()
}

func TestEmbedAnalysesWhatThePageSends(t *testing.T) {
	e := &Embed{}
	d := app.NewClientTester(e)
	defer d.Close()
	var sent []map[string]any
	e.post = func(m map[string]any) { sent = append(sent, m) }
	seed := readSample(t, "seed-report.txt")

	embedRun(d, e, func(ctx app.Context) { e.receive(ctx, inbound{Type: "analyze", Text: seed}) })
	d.Consume()
	want, err := core.Analyze(seed)
	require.NoError(t, err)
	require.Equal(t, "result", e.mode)
	assert.Equal(t, want, e.res)
	require.NotEmpty(t, sent)
	last := sent[len(sent)-1]
	assert.Equal(t, "result", last["type"])
	assert.Equal(t, len(want.Actors), last["parties"])
	assert.Equal(t, len(want.Stances), last["stances"])
	assert.Equal(t, len(want.Proposals), last["proposals"])

	// Hover, leave; click pins the highlight until another item is hovered.
	sent = nil
	id := want.Stances[0].ID
	e.highlight(id, false)
	e.unhighlight(id)
	require.Len(t, sent, 2)
	assert.Equal(t, "highlight", sent[0]["type"])
	assert.Equal(t, id, sent[0]["id"])
	assert.Equal(t, "unhighlight", sent[1]["type"])
	sent = nil
	e.highlight(id, true)
	e.unhighlight(id)
	assert.Len(t, sent, 1, "a clicked item stays lit when the pointer leaves")
	other := want.Proposals[0].ID
	e.highlight(other, false)
	e.unhighlight(other)
	assert.Equal(t, "unhighlight", sent[len(sent)-1]["type"])
	e.highlight("no-such-item", false)
	assert.Equal(t, "unhighlight", sent[len(sent)-1]["type"], "unknown items send nothing")

	// The same text again is not analysed again; the page hears the result.
	sent = nil
	res := e.res
	embedRun(d, e, func(ctx app.Context) { e.receive(ctx, inbound{Type: "analyze", Text: seed}) })
	assert.Same(t, res, e.res)
	require.Len(t, sent, 1)
	assert.Equal(t, "result", sent[0]["type"])
}

func TestEmbedRefusesWhatItCannotRead(t *testing.T) {
	for name, text := range map[string]string{
		"blank":     " \n\t ",
		"too long":  strings.Repeat("Talks resumed. ", EmbedMaxBytes/15+1),
		"binary":    "\x00\x01\x02\xff\xfe\x00\x01\x02\x03\x04\x05PK\x03\x04",
		"oversized": "", // over 2 MB in UTF-16 units: never copied into Go
	} {
		t.Run(name, func(t *testing.T) {
			e := &Embed{}
			d := app.NewClientTester(e)
			defer d.Close()
			var sent []map[string]any
			e.post = func(m map[string]any) { sent = append(sent, m) }
			embedRun(d, e, func(ctx app.Context) {
				e.receive(ctx, inbound{Type: "analyze", Text: text, Oversized: name == "oversized"})
			})
			d.Consume()
			assert.Equal(t, "error", e.mode)
			assert.NotEmpty(t, e.errMsg)
			assert.Nil(t, e.res)
			require.NotEmpty(t, sent)
			assert.Equal(t, "error", sent[len(sent)-1]["type"])
		})
	}
}

func TestEmbedRendersTextNotHTML(t *testing.T) {
	e := &Embed{}
	d := app.NewClientTester(e)
	defer d.Close()
	text := `The United States proposed a <img src=x onerror=alert(1)> ceasefire, officials said. Lebanon rejected "<b>the proposal</b>" today.`
	embedRun(d, e, func(ctx app.Context) { e.receive(ctx, inbound{Type: "analyze", Text: text}) })
	d.Consume()
	require.Equal(t, "result", e.mode)
	html := app.HTMLString(e.Render())
	assert.Contains(t, html, "&lt;img src=x")
	assert.NotContains(t, html, "<img src=x")
	assert.NotContains(t, html, "<b>")
	for _, a := range e.res.Actors {
		assert.Contains(t, html, a.Name)
	}
}

func TestSaveEmbedded(t *testing.T) {
	kv := store.NewMemKV(0)
	seed := readSample(t, "seed-report.txt")
	id, err := SaveEmbedded(kv, seed, core.Analyze)
	require.NoError(t, err)
	assert.Equal(t, store.ReportID(seed), id)
	st, problems := store.Open(kv)
	require.Empty(t, problems)
	r, ok := st.Report(id)
	require.True(t, ok)
	assert.Equal(t, seed, r.Text)
	assert.Equal(t, Title(seed), r.Title)
	want, _ := core.Analyze(seed)
	assert.Equal(t, len(want.Stances), r.Counts.Stances)
	// Handing the same article over again keeps one report.
	_, err = SaveEmbedded(kv, seed+"\n", core.Analyze)
	require.NoError(t, err)
	st, _ = store.Open(kv)
	assert.Len(t, st.Reports(), 1)
	_, err = SaveEmbedded(kv, "   ", core.Analyze)
	assert.Error(t, err)
}
