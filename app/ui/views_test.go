package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/app/htmltext"
	"parley/core/annotation"
)

// typeIn types text into the report box as a reader does, a piece at a
// time, each piece followed by a pause long enough for an analysis.
func typeIn(d app.ClientDispatcher, p *AnalyseView, pieces ...string) {
	text := p.text
	for _, piece := range pieces {
		text += piece
		v := text
		run(d, p, func(ctx app.Context) { p.onInput(ctx, v) })
	}
}

func TestOneEntryPerReport(t *testing.T) {
	seed := readSample(t, "seed-report.txt")
	sentences := strings.SplitAfter(seed, "\n")
	require.Greater(t, len(sentences), 4)

	t.Run("typed sentence by sentence", func(t *testing.T) {
		p := &AnalyseView{}
		d := app.NewClientTester(p)
		defer d.Close()
		typeIn(d, p, sentences[:4]...)
		require.NotNil(t, p.res)
		require.Len(t, p.sess.reports, 1, "one report, one entry")
		r, ok := p.sess.st.Report(p.sess.reports[0].ID)
		require.True(t, ok)
		assert.Equal(t, strings.Join(sentences[:4], ""), r.Text, "the entry holds the text as it is now")
	})

	t.Run("an edit of a saved report updates its entry, notes follow", func(t *testing.T) {
		p, d, seed := analysed(t, nil)
		added := p.sess.reports[0].Added
		selectWords(t, p, "Lebanese army")
		run(d, p, func(ctx app.Context) {
			require.NoError(t, p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "keep"}))
		})
		typeIn(d, p, "\nThe talks will resume on Monday, officials said.")
		require.Len(t, p.sess.reports, 1, "no duplicate")
		assert.Equal(t, added, p.sess.reports[0].Added, "still the same report")
		r, _ := p.sess.st.Report(p.sess.reports[0].ID)
		assert.True(t, strings.HasSuffix(r.Text, "officials said."))
		require.Len(t, p.anns, 1, "the note followed")
		assert.Equal(t, "keep", p.anns[0].Body)
		assert.Len(t, p.sess.st.Annotations(r.ID), 1)

		// A new headline is the entry's new title, unless the reader renamed it.
		typeIn(d, p, "")
		v := "Talks to resume\n" + p.text
		run(d, p, func(ctx app.Context) { p.onInput(ctx, v) })
		require.Len(t, p.sess.reports, 1)
		assert.Equal(t, "Talks to resume", p.sess.reports[0].Title)
		require.NoError(t, p.sess.st.Rename(p.sess.reports[0].ID, "My title"))
		v = p.text + "\nMore."
		run(d, p, func(ctx app.Context) { p.onInput(ctx, v) })
		require.Len(t, p.sess.reports, 1)
		assert.Equal(t, "My title", p.sess.reports[0].Title)

		// Another report pasted over it is a new entry; the first stays.
		other := readSample(t, "uk-pension-strike-talks.txt")
		run(d, p, func(ctx app.Context) { p.onInput(ctx, other) })
		assert.Len(t, p.sess.reports, 2)
		_ = seed
	})

	t.Run("not saved unasked", func(t *testing.T) {
		tests := []struct{ name, text, why string }{
			{"French", "Les négociations entre le Liban et Israël ont repris mardi à Washington, selon des sources diplomatiques. " +
				"Le Premier ministre a déclaré que la délégation ne signera pas un accord qui ne garantit pas le retrait des forces.", "not in English"},
			{"Arabic", "استؤنفت المفاوضات بين لبنان وإسرائيل يوم الثلاثاء في واشنطن، وفقا لمصادر دبلوماسية. وقال رئيس الوزراء إن الوفد لن يوقع اتفاقا.", "not in English"},
			{"nothing found", "The weather was fine and the garden looked lovely in the morning light, the gardener thought.", "found no parties"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				p := &AnalyseView{}
				d := app.NewClientTester(p)
				defer d.Close()
				run(d, p, func(ctx app.Context) { p.setText(ctx, tt.text, doc{}) })
				require.NotNil(t, p.res)
				assert.Empty(t, p.sess.reports)
				assert.Contains(t, p.doc.unsaved, tt.why)
				assert.Contains(t, p.status, "Not saved in your Library")
				run(d, p, func(ctx app.Context) { p.saveAnyway(ctx) })
				assert.Len(t, p.sess.reports, 1, "saved when the reader asks")
			})
		}
	})
}

func TestContinues(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"", "anything", false},
		{"Talks resumed.", "Talks resumed. Both sides", true},
		{"Talks resumed on Monday.", "Talks resumed late on Monday.", true},
		{"Talks resumed on Monday.", "Talks on Monday.", true},
		{"Talks resumed on Monday in Geneva.", "Strike called off", false},
		{"Talks resumed.", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Continues(tt.prev, tt.next), "%q → %q", tt.prev, tt.next)
	}
}

func TestPartyLetter(t *testing.T) {
	tests := map[int]string{-1: "", 0: "A", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"}
	for i, want := range tests {
		assert.Equal(t, want, PartyLetter(i), "%d", i)
	}
	seen := map[string]bool{}
	for i := 0; i < 1000; i++ {
		l := PartyLetter(i)
		assert.False(t, seen[l], "%d: %s taken", i, l)
		seen[l] = true
	}
}

// TestViewsFollowAndLetGo: each view subscribes to the session while it is
// on the page and lets go when it leaves it.
func TestViewsFollowAndLetGo(t *testing.T) {
	sess := newSessionKV(nil)
	tests := []struct {
		name string
		view app.Composer
	}{
		{"reading", &AnalyseView{sess: sess}},
		{"library", &LibraryView{sess: sess}},
		{"settings", &SettingsView{sess: sess}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := sess.Subscribers()
			d := app.NewClientTester(tt.view)
			d.Consume()
			if _, ok := tt.view.(*SettingsView); !ok {
				assert.Equal(t, before+1, sess.Subscribers(), "subscribed while mounted")
			}
			d.Close()
			assert.Equal(t, before, sess.Subscribers(), "let go on dismount")
		})
	}
}

func TestShellRoutes(t *testing.T) {
	tests := map[string]string{"/": "analyse", "/library": "library", "/settings": "settings", "/nope": "analyse", "": "analyse"}
	for path, want := range tests {
		s := &Shell{path: path}
		assert.Equal(t, want, s.view(), path)
	}
}

// TestPastedPage: a pasted web page gives its article, and says so.
func TestPastedPage(t *testing.T) {
	p := &AnalyseView{}
	d := app.NewClientTester(p)
	defer d.Close()
	page := "<html><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav><article><h1>Union rejects offer</h1>" +
		"<p>The union said on Tuesday that it rejected the employers' offer of a 2 pct pay rise, a spokesman said.</p>" +
		"<p>The employers said they were ready to talk again next week, and demanded that the strike be called off first.</p>" +
		"</article><footer>© Example News. All rights reserved.</footer></body></html>"
	txt, how := htmltext.Article(page)
	require.Equal(t, htmltext.Readable, how)
	run(d, p, func(ctx app.Context) { p.setPasted(ctx, txt, how) })
	require.NotNil(t, p.res)
	assert.Equal(t, htmltext.Readable, p.doc.how)
	assert.True(t, strings.HasPrefix(p.resFor, "Union rejects offer\n"))
	assert.NotContains(t, p.resFor, "World")
	assert.NotContains(t, p.resFor, "rights reserved")
}

func TestCountLine(t *testing.T) {
	tests := []struct {
		p, s, pr, n int
		want        string
	}{
		{1, 1, 1, 0, "1 party · 1 stance · 1 proposal"},
		{0, 2, 0, 1, "0 parties · 2 stances · 0 proposals · 1 note"},
		{4, 9, 2, 3, "4 parties · 9 stances · 2 proposals · 3 notes"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, CountLine(tt.p, tt.s, tt.pr, tt.n))
	}
}

// TestNoStaleNotice: the message of a saved note does not come back in the
// form for the next passage.
func TestNoStaleNotice(t *testing.T) {
	p, d, _ := analysed(t, nil)
	selectWords(t, p, "Lebanese army")
	run(d, p, func(ctx app.Context) {
		require.NoError(t, p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "first"}))
	})
	assert.Contains(t, p.ui.notice, "saved")
	selectWords(t, p, "no significant progress so far")
	assert.Empty(t, p.ui.notice, "a new passage starts with a clean form")
}

// TestSavedWhenLeftAtOnce: a reader who goes to the Library right after
// the map shows finds the report there (its save was a step still to come).
func TestSavedWhenLeftAtOnce(t *testing.T) {
	sess := newSessionKV(nil)
	p := &AnalyseView{sess: sess}
	d := app.NewClientTester(p)
	seed := readSample(t, "seed-report.txt")
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: func(ctx app.Context) { p.setText(ctx, seed, doc{}) }})
	for i := 0; i < 1000 && p.res == nil; i++ {
		d.Consume()
	}
	require.NotNil(t, p.res)
	require.NotNil(t, p.pendingSave, "the save is a step still to come")
	d.Close() // the view leaves the page
	assert.Len(t, sess.reports, 1, "saved on the way out")
}

// TestNewReportOverPendingSave: a report pasted over one whose save is
// still to come is a new entry; the first is kept.
func TestNewReportOverPendingSave(t *testing.T) {
	sess := newSessionKV(nil)
	p := &AnalyseView{sess: sess}
	d := app.NewClientTester(p)
	defer d.Close()
	seed := readSample(t, "seed-report.txt")
	run(d, p, func(ctx app.Context) { p.setText(ctx, seed, doc{}) })
	require.Len(t, sess.reports, 1)
	other := readSample(t, "uk-pension-strike-talks.txt")
	run(d, p, func(ctx app.Context) {
		p.doc = doc{}                                                 // the seed given back by a reload
		p.pendingSave = func(app.Context) { p.save(p.res, p.resFor) } // its save step, still to come
		p.onInput(ctx, other)                                         // another report pasted over it
		if s := p.pendingSave; s != nil {
			s(ctx) // the step runs before the new report's analysis
		}
	})
	require.Equal(t, other, p.resFor)
	assert.Len(t, sess.reports, 2, "the seed stays, the other report is its own entry")
}
