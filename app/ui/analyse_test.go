package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/app/store"
	"parley/core"
	"parley/core/annotation"
)

func readSample(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "web", "samples", name))
	require.NoError(t, err)
	return string(b)
}

// run executes fn on the component's UI goroutine and waits for every
// update and async task it started.
func run(d app.ClientDispatcher, p *AnalyseView, fn func(ctx app.Context)) {
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: fn})
	d.Consume()
	// The steps of a progressive render each start after a frame (see
	// kick): consume frames until none is scheduled.
	for i := 0; i < 10000 && p.vis.pumping; i++ {
		d.Consume()
	}
}

func TestParleyAnalysesAndSaves(t *testing.T) {
	p := &AnalyseView{}
	d := app.NewClientTester(p)
	defer d.Close()
	seed := readSample(t, "seed-report.txt")

	run(d, p, func(ctx app.Context) { p.setText(ctx, seed, doc{}) })
	require.Empty(t, p.errMsg)
	require.NotNil(t, p.res)
	assert.False(t, p.busy)
	want, err := core.Analyze(seed)
	require.NoError(t, err)
	assert.Equal(t, want, p.res)
	require.Len(t, p.sess.reports, 1, "the analysed report is in the Library")
	assert.Equal(t, Title(seed), p.sess.reports[0].Title)
	assert.Equal(t, len(want.Actors), p.sess.reports[0].Counts.Parties)

	// The same report again, with other white space, is the same entry.
	run(d, p, func(ctx app.Context) { p.setText(ctx, seed+"\n\n", doc{}) })
	assert.Len(t, p.sess.reports, 1)
	// Another report is a second entry.
	run(d, p, func(ctx app.Context) { p.setText(ctx, readSample(t, "uk-pension-strike-talks.txt"), doc{}) })
	assert.Len(t, p.sess.reports, 2)
}

func TestParleyInputErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"white space only", " \n\t ", "nothing to analyse"},
		{"binary junk", "\x00\x01\x02\xff\xfe\x00\x01\x02\x03\x04\x05PK\x03\x04", "does not look like text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &AnalyseView{}
			d := app.NewClientTester(p)
			defer d.Close()
			run(d, p, func(ctx app.Context) { p.setText(ctx, tt.text, doc{}) })
			assert.Contains(t, p.errMsg, tt.want)
			assert.Nil(t, p.res)
			assert.Empty(t, p.sess.reports, "nothing is saved")
		})
	}
}

// analysed returns a Parley with the seed report analysed and saved, over
// the given KV (a fresh in-memory one when nil).
func analysed(t *testing.T, kv store.KV) (*AnalyseView, app.ClientDispatcher, string) {
	t.Helper()
	p := &AnalyseView{}
	d := app.NewClientTester(p)
	t.Cleanup(d.Close)
	if kv != nil {
		run(d, p, func(ctx app.Context) { *p.sess = *newSessionKV(kv) })
	}
	seed := readSample(t, "seed-report.txt")
	run(d, p, func(ctx app.Context) { p.setText(ctx, seed, doc{}) })
	require.NotNil(t, p.res)
	require.NotEmpty(t, p.openID)
	require.Len(t, p.sess.reports, 1)
	return p, d, seed
}

// selectWords selects the first occurrence of words in the analysed text.
func selectWords(t *testing.T, p *AnalyseView, words string) {
	t.Helper()
	i := strings.Index(p.resFor, words)
	require.GreaterOrEqual(t, i, 0, words)
	start := annotation.ByteToUTF16(p.resFor, i)
	require.True(t, p.selectUTF16(start, start+annotation.ByteToUTF16(words, len(words))))
}

func TestSelectUTF16(t *testing.T) {
	text := "Talks — 🙂 resume in Geneva.\nBoth sides agreed."
	tests := []struct {
		name       string
		start, end int // UTF-16 units, as the DOM counts
		want       string
		ok         bool
	}{
		{"ascii", 0, 5, "Talks", true},
		{"after a dash and an emoji (2 units)", 11, 17, "resume", true},
		{"white space at both ends is left out", 10, 18, "resume", true},
		{"across the line break", 21, 38, "Geneva.\nBoth side", true},
		{"only white space", 5, 6, "", false},
		{"empty", 3, 3, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &AnalyseView{}
			p.resFor, p.openID = text, store.ReportID(text)
			ok := p.selectUTF16(tt.start, tt.end)
			require.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, p.ui.sel.Quote)
				assert.Equal(t, tt.want, text[p.ui.sel.Start:p.ui.sel.End])
			}
		})
	}
}

func TestAddAnnotation(t *testing.T) {
	tests := []struct {
		name    string
		words   string
		in      noteInput
		wantErr string
		check   func(t *testing.T, p *AnalyseView, a annotation.Annotation)
	}{
		{name: "note", words: "no significant progress so far",
			in: noteInput{Kind: annotation.KindNote, Body: " <b>check</b> this ", Tags: "progress, Progress, , follow up"},
			check: func(t *testing.T, p *AnalyseView, a annotation.Annotation) {
				assert.Equal(t, "<b>check</b> this", a.Body, "kept as typed (shown as text)")
				assert.Equal(t, []string{"progress", "follow up"}, a.Tags)
				require.Len(t, p.notes, 1, "highlighted")
				assert.Equal(t, "no significant progress so far", p.resFor[p.notes[0].Start:p.notes[0].End])
				assert.Equal(t, []string{"follow up", "progress"}, p.usedTags())
			}},
		{name: "empty note", words: "Lebanese army", in: noteInput{Kind: annotation.KindNote, Body: "  "}, wantErr: "write the note"},
		{name: "tag", words: "Lebanese army", in: noteInput{Kind: annotation.KindTag, Tags: "army"},
			check: func(t *testing.T, p *AnalyseView, a annotation.Annotation) { assert.Equal(t, []string{"army"}, a.Tags) }},
		{name: "tag without a tag", words: "Lebanese army", in: noteInput{Kind: annotation.KindTag}, wantErr: "type a tag"},
		{name: "missed stance of a known party, by name", words: "launching rockets towards Kiryat Shmona",
			in: noteInput{Kind: annotation.KindStance, Party: "  israel ", Type: core.Threat},
			check: func(t *testing.T, p *AnalyseView, a annotation.Annotation) {
				assert.Equal(t, "israel", a.Party, "resolved to the party's id")
				assert.Equal(t, "launching rockets towards Kiryat Shmona", a.Body, "the quote stands in for a summary")
				fl := p.flags["r-"+a.ID]
				assert.True(t, fl.Added)
				found := false
				for _, s := range p.corrected.Stances {
					if s.ID == "r-"+a.ID {
						found = s.Actor == "israel" && s.Type == core.Threat
					}
				}
				assert.True(t, found, "the map shows the added stance")
			}},
		{name: "missed proposal of a new party", words: "a joint statement and an action plan",
			in: noteInput{Kind: annotation.KindProposal, Party: "Arab League  observers", Body: "an action plan"},
			check: func(t *testing.T, p *AnalyseView, a annotation.Annotation) {
				assert.Equal(t, "Arab League observers", a.Party)
				assert.Equal(t, core.StatusProposed, a.Status, "default status")
				assert.GreaterOrEqual(t, p.m.Index("reader-arab-league-observers"), 0, "the new party is on the map")
				require.NotEmpty(t, p.m.Proposals)
				assert.Equal(t, "an action plan", p.m.Proposals[len(p.m.Proposals)-1].Content)
			}},
		{name: "stance without a party", words: "Lebanese army", in: noteInput{Kind: annotation.KindStance}, wantErr: "name the party"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, d, _ := analysed(t, nil)
			selectWords(t, p, tt.words)
			var err error
			run(d, p, func(ctx app.Context) { err = p.addAnnotation(tt.in) })
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.Empty(t, p.sess.st.Annotations(p.openID), "nothing saved")
				assert.NotNil(t, p.ui.sel, "the form stays open")
				return
			}
			require.NoError(t, err)
			assert.Nil(t, p.ui.sel, "the form closes")
			saved := p.sess.st.Annotations(p.openID)
			require.Len(t, saved, 1)
			assert.Equal(t, saved, p.anns)
			assert.Equal(t, tt.words, saved[0].Target.Quote.Exact)
			tt.check(t, p, saved[0])
			// Delete it, put it back, delete it again.
			run(d, p, func(ctx app.Context) { p.deleteAnnotation(saved[0].ID) })
			assert.Empty(t, p.sess.st.Annotations(p.openID))
			run(d, p, func(ctx app.Context) { p.undoDelete() })
			assert.Equal(t, saved, p.sess.st.Annotations(p.openID))
			run(d, p, func(ctx app.Context) { p.deleteAnnotation(saved[0].ID) })
			assert.Empty(t, p.sess.st.Annotations(p.openID))
		})
	}
}

func TestCorrections(t *testing.T) {
	p, d, _ := analysed(t, nil)
	require.GreaterOrEqual(t, len(p.res.Stances), 3)
	require.NotEmpty(t, p.res.Proposals)
	s1, s2, p1 := p.res.Stances[0], p.res.Stances[1], p.res.Proposals[0]
	visible := func(id string) bool {
		for _, s := range p.corrected.Stances {
			if s.ID == id {
				return true
			}
		}
		for _, pr := range p.corrected.Proposals {
			if pr.ID == id {
				return true
			}
		}
		return false
	}
	steps := []struct {
		name  string
		do    func() error
		check func(t *testing.T)
	}{
		{"reject hides", func() error { return p.correct(s1.ID, annotation.Reject, editInput{}) }, func(t *testing.T) {
			assert.False(t, visible(s1.ID))
			st, _ := p.rejected()
			require.Len(t, st, 1)
			assert.Equal(t, s1.ID, st[0].ID)
			for _, seg := range Segments(p.resFor, p.corrected, nil, 0) {
				assert.NotContains(t, seg.Stances, s1.ID, "its evidence is not highlighted")
			}
		}},
		{"restore", func() error { return p.undoCorrection(s1.ID) }, func(t *testing.T) {
			assert.True(t, visible(s1.ID))
			assert.Empty(t, p.corrs)
		}},
		{"confirm", func() error { return p.correct(s2.ID, annotation.Confirm, editInput{}) }, func(t *testing.T) {
			assert.True(t, p.flags[s2.ID].Confirmed)
		}},
		{"edit a stance", func() error {
			return p.correct(s2.ID, annotation.Edit, editInput{Party: s2.Actor, Type: core.Demand, Summary: "  ceasefire   first "})
		}, func(t *testing.T) {
			fl := p.flags[s2.ID]
			assert.True(t, fl.Edited)
			assert.False(t, fl.Confirmed, "an edit replaces the confirmation")
			c := p.corrs[len(p.corrs)-1]
			assert.Empty(t, c.Party, "an unchanged field is not stored")
			assert.Equal(t, core.Demand, c.Type)
			assert.Equal(t, "ceasefire first", c.Summary)
			for _, s := range p.corrected.Stances {
				if s.ID == s2.ID {
					assert.Equal(t, core.Demand, s.Type)
					assert.Equal(t, "ceasefire first", s.Summary)
				}
			}
		}},
		{"an edit back to Parley's version takes the edit back", func() error {
			return p.correct(s2.ID, annotation.Edit, editInput{Type: s2.Type, Summary: s2.Summary})
		}, func(t *testing.T) {
			assert.False(t, p.flags[s2.ID].Edited)
			assert.Empty(t, p.corrs)
		}},
		{"edit a proposal's status and proposer", func() error {
			return p.correct(p1.ID, annotation.Edit, editInput{Party: "Lebanon", Status: core.StatusRejected})
		}, func(t *testing.T) {
			for _, pr := range p.corrected.Proposals {
				if pr.ID == p1.ID {
					assert.Equal(t, core.StatusRejected, pr.Status)
					assert.Equal(t, "lebanon", pr.Proposer)
				}
			}
		}},
	}
	for _, s := range steps {
		var err error
		run(d, p, func(ctx app.Context) { err = s.do() })
		require.NoError(t, err, s.name)
		t.Run(s.name, s.check)
		assert.Equal(t, p.sess.st.Corrections(p.openID), p.corrs, "saved: %s", s.name)
	}

	// The Library counts what the reader sees.
	run(d, p, func(ctx app.Context) { require.NoError(t, p.correct(s1.ID, annotation.Reject, editInput{})) })
	selectWords(t, p, "Lebanese army")
	run(d, p, func(ctx app.Context) {
		require.NoError(t, p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "n"}))
	})
	st, pr, notes := p.sess.libraryCounts(p.sess.reports[0])
	assert.Equal(t, []int{len(p.res.Stances) - 1, len(p.res.Proposals), 1}, []int{st, pr, notes})
}

func TestReanchorAndCarryOver(t *testing.T) {
	p, d, seed := analysed(t, nil)
	selectWords(t, p, "no significant progress so far")
	run(d, p, func(ctx app.Context) {
		require.NoError(t, p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "keep"}))
	})
	run(d, p, func(ctx app.Context) {
		require.NoError(t, p.correct(p.res.Stances[0].ID, annotation.Reject, editInput{}))
	})
	id := p.openID

	tests := []struct {
		name, text string
		sameID     bool
	}{
		{"other white space", strings.ReplaceAll(seed, " ", "  "), true},
		{"a changed paragraph", strings.Replace(seed, "handing them over", "handing them back", 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			run(d, p, func(ctx app.Context) { p.setText(ctx, tt.text, doc{}) })
			assert.Equal(t, tt.sameID, p.openID == id)
			require.Len(t, p.anns, 1)
			assert.False(t, p.anns[0].Target.Orphaned)
			require.Len(t, p.notes, 1)
			assert.Equal(t, "no significant progress so far", strings.Join(strings.Fields(tt.text[p.notes[0].Start:p.notes[0].End]), " "))
			st, _ := p.rejected()
			assert.Len(t, st, 1, "the rejection holds")
			assert.Equal(t, p.anns, p.sess.st.Annotations(p.openID), "saved for this report")
		})
	}
	// An edited version without the noted passage: the note is kept, flagged.
	run(d, p, func(ctx app.Context) {
		p.setText(ctx, strings.Replace(seed, "no significant progress so far", "little movement yet", 1), doc{})
	})
	require.Len(t, p.anns, 1)
	assert.True(t, p.anns[0].Target.Orphaned, "flagged, not dropped")
	assert.Empty(t, p.notes, "nothing highlighted")
	assert.Contains(t, p.ui.notice, "no longer found in the text")

	// A different report inherits nothing.
	run(d, p, func(ctx app.Context) { p.setText(ctx, readSample(t, "uk-pension-strike-talks.txt"), doc{}) })
	assert.Empty(t, p.anns)
	assert.Empty(t, p.corrs)
}

func TestSimilar(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"one\ntwo\nthree", "one\ntwo\nthree", true},
		{"one\ntwo\nthree", "one\n\n  two \nTHREE", true},
		{"a long first line here\nshort", "a long first line here\nchanged", true},
		{"short\na long second line here", "other\nsomething else entirely", false},
		{"", "anything", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Similar(tt.a, tt.b), "%q → %q", tt.a, tt.b)
	}
}

func TestSplitTags(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{" a , b,,A, c  d ", []string{"a", "b", "c d"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SplitTags(tt.in), tt.in)
	}
}

func TestImportSummary(t *testing.T) {
	tests := []struct {
		rep   store.ImportReport
		added LibCounts
		want  string
	}{
		{store.ImportReport{}, LibCounts{}, "Nothing new was added."},
		{store.ImportReport{Added: 6}, LibCounts{Reports: 1, Annotations: 4, Corrections: 1},
			"Added 1 report, 4 annotations and 1 correction."},
		{store.ImportReport{Added: 1, Skipped: 2}, LibCounts{Names: 1}, "Added 1 taught name; 2 items were already there."},
		{store.ImportReport{Added: 1, Skipped: 1}, LibCounts{}, "Your settings were added; 1 item was already there."},
		{store.ImportReport{Added: 4, Refused: []string{"alias 1: the alias has no words to look for"}}, LibCounts{Annotations: 4},
			"Added 4 annotations. 1 item was not imported: alias 1: the alias has no words to look for."},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ImportSummary(tt.rep, tt.added))
	}
}

func TestWithArticle(t *testing.T) {
	for in, want := range map[string]string{"organization": "an organization", "state": "a state", "person": "a person"} {
		assert.Equal(t, want, withArticle(in))
	}
}

func TestAliasesReanalyse(t *testing.T) {
	p := &AnalyseView{}
	d := app.NewClientTester(p)
	defer d.Close()
	s := &SettingsView{sess: p.sess}
	text := "Officials at Fort Glen said the offer was unacceptable."
	run(d, p, func(ctx app.Context) { p.setText(ctx, text, doc{}) })
	require.NotNil(t, p.res)
	assert.Empty(t, p.res.Actors)
	run(d, p, func(ctx app.Context) {
		require.NoError(t, s.addAlias(ctx, " Fort  Glen ", "Ruritania", core.KindState))
	})
	require.NotNil(t, p.res)
	require.Len(t, p.res.Actors, 1, "the open report was analysed again")
	assert.Equal(t, "Ruritania", p.res.Actors[0].Name)
	assert.Contains(t, s.msg, "“Fort Glen” as Ruritania")
	run(d, p, func(ctx app.Context) { require.NoError(t, s.removeAlias(ctx, "fort glen")) })
	assert.Empty(t, p.res.Actors)
	run(d, p, func(ctx app.Context) { assert.Error(t, s.addAlias(ctx, "", "X", "")) })
	assert.Contains(t, s.err, "no words")
}

func TestStoreErrors(t *testing.T) {
	t.Run("another tab saved first", func(t *testing.T) {
		kv := store.NewMemKV(0)
		p, d, _ := analysed(t, kv)
		other, _ := store.Open(kv) // the other tab
		selectWords(t, p, "Lebanese army")
		a := annotation.Annotation{ID: "other1", ReportID: p.openID, Kind: annotation.KindNote, Body: "from the other tab"}
		a.Target, _ = annotation.NewTarget(p.resFor, p.openID, p.ui.sel.Start, p.ui.sel.End)
		require.NoError(t, other.SaveAnnotation(a))

		var err error
		run(d, p, func(ctx app.Context) { err = p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "mine"}) })
		require.ErrorIs(t, err, store.ErrConflict)
		assert.Contains(t, p.ui.noteErr, "Another Parley tab changed this report")
		require.Len(t, p.anns, 1, "the other tab's note is shown")
		assert.Equal(t, "from the other tab", p.anns[0].Body)
		assert.NotNil(t, p.ui.sel, "the form stays open to try again")
		run(d, p, func(ctx app.Context) { err = p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "mine"}) })
		require.NoError(t, err)
		assert.Len(t, p.sess.st.Annotations(p.openID), 2)
	})
	t.Run("storage full", func(t *testing.T) {
		kv := store.NewMemKV(0)
		p, d, _ := analysed(t, kv)
		kv.SetQuota(kv.Used() + 10)
		selectWords(t, p, "Lebanese army")
		var err error
		run(d, p, func(ctx app.Context) { err = p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "too much"}) })
		require.ErrorIs(t, err, store.ErrQuota)
		assert.Contains(t, p.ui.noteErr, "storage for Parley is full")
		assert.Empty(t, p.anns)
		run(d, p, func(ctx app.Context) { err = p.correct(p.res.Stances[0].ID, annotation.Reject, editInput{}) })
		require.ErrorIs(t, err, store.ErrQuota)
		assert.Empty(t, p.corrs)
		assert.Len(t, p.corrected.Stances, len(p.res.Stances), "nothing hidden that was not saved")
	})
}

func TestChunks(t *testing.T) {
	p, d, long := analysedLong(t, 30)
	require.Greater(t, len(p.chunks), 2)
	assert.Equal(t, p.chunks, p.vis.chunks, "every chunk rendered in the end")
	assert.False(t, p.rendering())
	var b strings.Builder
	for _, c := range p.chunks {
		n := 0
		for _, s := range c.Segs {
			b.WriteString(s.Text)
			n += len(s.Text)
		}
		assert.LessOrEqual(t, n, ChunkSize+4096, "chunks stay small")
	}
	assert.Equal(t, long, b.String(), "the chunks are the text, nothing added or lost")

	// A note near the end re-renders only its chunk.
	before := append([]*chunk(nil), p.chunks...)
	i := strings.LastIndex(long, "Kiryat Shmona")
	start := annotation.ByteToUTF16(long, i)
	require.True(t, p.selectUTF16(start, start+len("Kiryat Shmona")))
	run(d, p, func(ctx app.Context) {
		require.NoError(t, p.addAnnotation(noteInput{Kind: annotation.KindNote, Body: "x"}))
	})
	require.Len(t, p.chunks, len(before))
	changed := 0
	for i := range before {
		if before[i] != p.chunks[i] {
			changed++
		}
	}
	assert.Equal(t, 1, changed)
}

func TestFindWords(t *testing.T) {
	p, _, _ := analysed(t, nil)
	tests := []struct {
		typed, want string
		ok          bool
	}{
		{"Lebanese army", "Lebanese army", true},
		{"  no  significant\nprogress ", "no significant progress", true},
		{"there has been no significant progress so far,\" noting", "there has been no significant progress so far,” noting", true},
		{"not in this report", "", false},
		{"   ", "", false},
	}
	for _, tt := range tests {
		p.ui.sel = nil
		require.Equal(t, tt.ok, p.findWords(tt.typed), tt.typed)
		if tt.ok {
			assert.Equal(t, tt.want, p.ui.sel.Quote)
		}
	}
}

// TestEditRedrawsLittle: after an edit in the middle of a long report the
// chunks after the edited one are the same pieces as before (chunks end at
// line ends), and the page catches up in steps of bounded size.
func TestEditRedrawsLittle(t *testing.T) {
	p, d, long := analysedLong(t, 40)
	require.Greater(t, len(p.chunks), 4)
	require.Equal(t, p.chunks, p.vis.chunks)
	before := append([]*chunk(nil), p.chunks...)

	// a word typed in the middle of the report
	at := strings.Index(long[len(long)/2:], "this afternoon") + len(long)/2
	require.Greater(t, at, len(long)/2)
	edited := long[:at] + "late " + long[at:]
	run(d, p, func(ctx app.Context) { p.setText(ctx, edited, doc{}) })
	require.Equal(t, p.chunks, p.vis.chunks, "caught up in the end")
	var b strings.Builder
	same := 0
	for i, c := range p.chunks {
		for _, s := range c.Segs {
			b.WriteString(s.Text)
		}
		if i < len(before) && before[i] == c {
			same++
		}
	}
	assert.Equal(t, edited, b.String())
	assert.GreaterOrEqual(t, same, len(p.chunks)-1, "only the edited chunk is new")

	// After an edit that changes everything (another report), one step
	// adopts about stepBytes of text and stepItems items (at scale 1), not
	// the whole page.
	other := strings.Repeat(readSample(t, "uk-pension-strike-talks.txt")+"\n", 40)
	p.vis = staged{}
	p.text, p.resFor, p.res = other, other, mustAnalyze(t, other)
	p.refreshView()
	shown := 0
	for _, c := range p.vis.chunks {
		shown += c.cost()
	}
	assert.LessOrEqual(t, shown, stepBytes+ChunkSize+chunkSlack)
	assert.Less(t, len(p.vis.chunks), len(p.chunks))
	items := 0
	for _, list := range p.vis.stances {
		for _, bd := range list {
			items += bd.cost()
		}
	}
	for _, bd := range p.vis.proposals {
		items += bd.cost()
	}
	assert.LessOrEqual(t, items, stepItems+BatchSize)
	assert.True(t, p.lagging())

	// A slow drawing halves the steps, a fast one grows them (to a bound).
	v := staged{}
	b0, i0 := v.budget()
	v.adapt(2 * stepSlow)
	b1, i1 := v.budget()
	assert.Equal(t, []int{b0 / 2, i0 / 2}, []int{b1, i1})
	for i := 0; i < 100; i++ {
		v.adapt(2 * stepSlow)
	}
	b2, _ := v.budget()
	assert.Greater(t, b2, 0, "a step always takes something")
	for i := 0; i < 100; i++ {
		v.adapt(0)
	}
	b3, _ := v.budget()
	assert.Equal(t, 4*stepBytes, b3)
}

// TestEditFormRedrawsItsBatch: opening the edit form redraws the batch of
// the item edited and no other.
func TestEditFormRedrawsItsBatch(t *testing.T) {
	p, d, _ := analysedLong(t, 10)
	require.False(t, p.lagging())
	snapshot := func() map[*batchData]bool {
		m := map[*batchData]bool{}
		for _, list := range p.vis.stances {
			for _, bd := range list {
				m[bd] = true
			}
		}
		return m
	}
	before := snapshot()
	id := p.m.Groups[0].Stances[BatchSize+1].ID // in the second batch
	run(d, p, func(ctx app.Context) { p.act("edit", id) })
	after := snapshot()
	changed := 0
	for bd := range after {
		if !before[bd] {
			changed++
			assert.Equal(t, id, bd.stances[1].ID, "the new batch is the edited item's")
		}
	}
	assert.Equal(t, 1, changed)
	assert.False(t, p.lagging())
}

func mustAnalyze(t *testing.T, text string) *core.Analysis {
	t.Helper()
	res, err := core.Analyze(text)
	require.NoError(t, err)
	return res
}

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short enough", 20, "short enough"},
		{"  spaces   folded\n here ", 40, "spaces folded here"},
		{"one two three four five", 12, "one two…"},
		{"naïve café déjà vu encore", 11, "naïve café…"},
		{"abcdefghijklmnop", 5, "abcd…"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Shorten(tt.in, tt.n), tt.in)
	}
}

// analysedLong is a Parley with the seed report n times over analysed and
// fully drawn.
func analysedLong(t *testing.T, n int) (*AnalyseView, app.ClientDispatcher, string) {
	t.Helper()
	long := strings.Repeat(readSample(t, "seed-report.txt")+"\n", n)
	p := &AnalyseView{}
	d := app.NewClientTester(p)
	t.Cleanup(d.Close)
	run(d, p, func(ctx app.Context) { p.setText(ctx, long, doc{}) })
	return p, d, long
}

// TestWarmView: the warm-up builds the view of its invented report, every
// piece of it, without a page or a store.
func TestWarmView(t *testing.T) {
	res, err := core.Analyze(warmText)
	require.NoError(t, err)
	require.NotEmpty(t, res.Stances)
	n := warmView(res, warmText)
	assert.Greater(t, n, 2, "the result, its chunks and its batches")
	assert.Zero(t, warmView(nil, ""))
}
