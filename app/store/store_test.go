package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
	"parley/core/annotation"
)

// clock returns a fake clock starting at t0, one second per call.
func clock() func() int64 {
	t := int64(1795000000000)
	return func() int64 { t += 1000; return t }
}

func open(t *testing.T, kv KV) *Store {
	t.Helper()
	s, problems := Open(kv)
	require.Empty(t, problems)
	s.Clock = clock()
	return s
}

const textA = "Lebanon and Israel resume talks in Naqoura\n\nThe Lebanese delegation said the ceasefire comes first."
const textB = "Wage talks stall at the port\n\nThe union rejected the 3% offer; the employers said it was final."

func analysis(actors, stances, proposals int) *core.Analysis {
	a := &core.Analysis{Version: core.Version}
	for i := 0; i < actors; i++ {
		a.Actors = append(a.Actors, core.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("A%d", i), Kind: core.KindState})
	}
	for i := 0; i < stances; i++ {
		a.Stances = append(a.Stances, core.Stance{ID: fmt.Sprintf("s%d", i+1), Actor: "a0", Type: core.Position})
	}
	for i := 0; i < proposals; i++ {
		a.Proposals = append(a.Proposals, core.Proposal{ID: fmt.Sprintf("p%d", i+1), Proposer: "a0", Status: core.StatusProposed})
	}
	return a
}

func note(reportID, id, text, quote string) annotation.Annotation {
	i := strings.Index(text, quote)
	tg, err := annotation.NewTarget(text, reportID, i, i+len(quote))
	if err != nil {
		panic(err)
	}
	return annotation.Annotation{ID: id, ReportID: reportID, Kind: annotation.KindNote, Body: "note " + id,
		Created: 1, Modified: 2, Target: tg}
}

func TestSaveListRenameDelete(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	assert.Empty(t, s.Reports())

	require.NoError(t, s.SaveReport(Report{Text: textA, Analysis: analysis(2, 3, 1)}))
	require.NoError(t, s.SaveReport(Report{Text: textB}))
	idA, idB := ReportID(textA), ReportID(textB)

	list := s.Reports()
	require.Len(t, list, 2)
	assert.Equal(t, idB, list[0].ID, "most recently updated first")
	assert.Equal(t, "Lebanon and Israel resume talks in Naqoura", list[1].Title)
	assert.Equal(t, Counts{Parties: 2, Stances: 3, Proposals: 1}, list[1].Counts)
	assert.Equal(t, 1, list[1].Rev)

	r, ok := s.Report(idA)
	require.True(t, ok)
	assert.Equal(t, textA, r.Text)
	require.NotNil(t, r.Analysis)
	assert.Len(t, r.Analysis.Stances, 3)

	// update: same id, new revision, Added kept
	r.Analysis = analysis(1, 1, 0)
	require.NoError(t, s.SaveReport(r))
	r2, _ := s.Report(idA)
	assert.Equal(t, 2, r2.Rev)
	assert.Equal(t, r.Added, r2.Added)
	assert.Greater(t, r2.Updated, r.Updated)
	assert.Equal(t, Counts{Parties: 1, Stances: 1}, r2.Counts)

	require.NoError(t, s.Rename(idA, "  Naqoura   talks, day 2 "))
	r3, _ := s.Report(idA)
	assert.Equal(t, "Naqoura talks, day 2", r3.Title)
	assert.Equal(t, 3, r3.Rev)
	assert.ErrorIs(t, s.Rename("nope", "x"), ErrNotFound)

	// only the current revision is kept in storage
	keys, _ := kv.Keys()
	var revs []string
	for _, k := range keys {
		if strings.HasPrefix(k, reportPrefix+idA) {
			revs = append(revs, k)
		}
	}
	assert.Equal(t, []string{reportKey(idA, 3)}, revs)

	// annotations and corrections go with the report
	require.NoError(t, s.SaveAnnotation(note(idA, "n1", textA, "ceasefire")))
	require.NoError(t, s.SaveCorrection(annotation.Correction{ReportID: idA, Key: "stance|a0|00", Item: annotation.ItemStance, Action: annotation.Reject}))
	require.NoError(t, s.Delete(idA))
	_, ok = s.Report(idA)
	assert.False(t, ok)
	assert.Empty(t, s.Annotations(idA))
	assert.Empty(t, s.Corrections(idA))
	assert.ErrorIs(t, s.Delete(idA), ErrNotFound)

	// a fresh Store over the same storage sees the same library
	s2 := open(t, kv)
	assert.Equal(t, s.Reports(), s2.Reports())
	keys, _ = kv.Keys()
	assert.ElementsMatch(t, []string{metaKey, indexKey, reportKey(idB, 1)}, keys)
}

func TestSaveReportRefusesEmpty(t *testing.T) {
	s := open(t, NewMemKV(0))
	assert.Error(t, s.SaveReport(Report{Text: "  \n"}))
	assert.Error(t, s.SaveReport(Report{ReportMeta: ReportMeta{ID: "Bad:id"}, Text: "x"}))
}

func TestTitleOf(t *testing.T) {
	long := strings.Repeat("negotiations ", 12)
	tests := []struct{ text, want string }{
		{"\n\n  Talks   resume in Doha \nbody", "Talks resume in Doha"},
		{"", "Untitled report"},
		{long, strings.TrimSpace(strings.Repeat("negotiations ", 6)) + "…"},
		{strings.Repeat("ب", 120), strings.Repeat("ب", 89) + "…"},
	}
	for _, tt := range tests {
		got := TitleOf(tt.text)
		assert.Equal(t, tt.want, got)
		assert.LessOrEqual(t, len([]rune(got)), TitleMax)
	}
	assert.Equal(t, ReportID("a  b\nc"), ReportID(" a b c "), "whitespace does not change the id")
	assert.NotEqual(t, ReportID("a b c"), ReportID("a b d"))
	assert.Len(t, ReportID("x"), 16)
}

func TestAtomicWriteUnderQuota(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	require.NoError(t, s.SaveAnnotation(note(ReportID(textA), "n1", textA, "ceasefire")))
	before := snapshot(t, kv)

	// fill the quota: exactly what is stored now, plus a little
	kv.SetQuota(kv.Used() + 40)

	big := textB + strings.Repeat(" more words", 200)
	err := s.SaveReport(Report{Text: big})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrQuota)
	assert.Contains(t, err.Error(), "storage for Parley is full")
	assert.Equal(t, before, snapshot(t, kv), "nothing half-written, nothing lost")
	_, ok := s.Report(ReportID(big))
	assert.False(t, ok)
	assert.Len(t, s.Reports(), 1)

	// updating the existing report with a text too big: old revision intact
	r, _ := s.Report(ReportID(textA))
	r.Analysis = analysis(50, 50, 50)
	err = s.SaveReport(r)
	assert.ErrorIs(t, err, ErrQuota)
	assert.Equal(t, before, snapshot(t, kv))
	r2, _ := s.Report(ReportID(textA))
	assert.Equal(t, 1, r2.Rev)
	assert.Nil(t, r2.Analysis)

	// the report key fits but the index does not: the new key is rolled back
	kv.SetQuota(0)
	small := "Short report\n\nTalks."
	probe := Report{ReportMeta: ReportMeta{ID: ReportID(small), Title: TitleOf(small), Rev: 1}, Text: small}
	b, _ := json.Marshal(probe)
	kv.SetQuota(kv.Used() + len(reportKey(probe.ID, 1)) + len(b) + 60)
	err = s.SaveReport(Report{Text: small})
	assert.ErrorIs(t, err, ErrQuota)
	assert.Equal(t, before, snapshot(t, kv), "new report key removed when the index could not switch")

	// annotations under quota: refused, old ones kept
	err = s.SaveAnnotation(note(ReportID(textA), "n2", textA, strings.Repeat("x", 0)+"Lebanese delegation"))
	if err != nil {
		assert.ErrorIs(t, err, ErrQuota)
		assert.Len(t, s.Annotations(ReportID(textA)), 1)
	}

	// and a reopened store sees the library as it was
	s2 := open(t, kv)
	assert.Len(t, s2.Reports(), 1)
	assert.Len(t, s2.Annotations(ReportID(textA)), len(s.Annotations(ReportID(textA))))
}

func snapshot(t *testing.T, kv *MemKV) map[string]string {
	t.Helper()
	keys, err := kv.Keys()
	require.NoError(t, err)
	m := map[string]string{}
	for _, k := range keys {
		m[k], _, _ = kv.Get(k)
	}
	return m
}

func TestCorruptValuesQuarantined(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	require.NoError(t, s.SaveReport(Report{Text: textB}))
	idA, idB := ReportID(textA), ReportID(textB)
	require.NoError(t, s.SaveAnnotation(note(idA, "n1", textA, "ceasefire")))
	require.NoError(t, s.AddAlias(annotation.Alias{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}))

	// damage: a report, the annotations, the aliases; plus a foreign key
	require.NoError(t, kv.Set(reportKey(idB, 1), `{"id":"`+idB+`","text":`))
	require.NoError(t, kv.Set(annKey(idA), `not json`))
	require.NoError(t, kv.Set(aliasesKey, `[1,2,3]`))
	require.NoError(t, kv.Set("parley:cache", `whatever`))
	require.NoError(t, kv.Set("other-app:key", `left alone`))

	s2, problems := Open(kv)
	require.NotNil(t, s2)
	require.Len(t, problems, 5, "%v", problems)
	var keys []string
	for _, p := range problems {
		keys = append(keys, p.Key)
		assert.NotEmpty(t, p.Message)
	}
	assert.ElementsMatch(t, []string{reportKey(idB, 1), reportKey(idB, 1), annKey(idA), aliasesKey, "parley:cache"}, keys)

	// the library still works: A is there, B was taken off the list
	list := s2.Reports()
	require.Len(t, list, 1)
	assert.Equal(t, idA, list[0].ID)
	assert.Empty(t, s2.Annotations(idA))
	assert.Empty(t, s2.Aliases())

	// raw values moved aside, not deleted
	v, ok, _ := kv.Get("parley:quarantine:" + annKey(idA) + ":1")
	assert.True(t, ok)
	assert.Equal(t, "not json", v)
	v, _, _ = kv.Get("parley:quarantine:parley:cache:1")
	assert.Equal(t, "whatever", v)
	_, ok, _ = kv.Get(annKey(idA))
	assert.False(t, ok)
	v, _, _ = kv.Get("other-app:key")
	assert.Equal(t, "left alone", v)

	// a second damage of the same key goes to :2
	require.NoError(t, kv.Set("parley:cache", `again`))
	_, problems = Open(kv)
	require.Len(t, problems, 1)
	assert.Equal(t, "parley:quarantine:parley:cache:2", problems[0].MovedTo)

	// the index was repaired: a third Open finds nothing wrong
	_, problems = Open(kv)
	assert.Empty(t, problems)
}

func TestQuarantineWhenStorageFull(t *testing.T) {
	kv := NewMemKV(0)
	open(t, kv)
	require.NoError(t, kv.Set(annKey("abc"), `{{{{`))
	kv.SetQuota(kv.Used())
	s, problems := Open(kv)
	require.Len(t, problems, 1)
	assert.Empty(t, problems[0].MovedTo)
	assert.Contains(t, problems[0].Message, "full")
	assert.Equal(t, map[string]string{annKey("abc"): `{{{{`}, s.Quarantined())
	v, ok, _ := kv.Get(annKey("abc"))
	assert.True(t, ok, "not deleted")
	assert.Equal(t, `{{{{`, v)
}

func TestCorruptIndexRebuilt(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	require.NoError(t, s.SaveReport(Report{Text: textB}))
	want := s.Reports()
	require.NoError(t, kv.Set(indexKey, `{"oops"`))
	s2, problems := Open(kv)
	require.Len(t, problems, 1)
	assert.Equal(t, indexKey, problems[0].Key)
	assert.Equal(t, want, s2.Reports())
	_, problems = Open(kv)
	assert.Empty(t, problems)
}

func TestInterruptedSaveLeftovers(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	id := ReportID(textA)
	r, _ := s.Report(id)
	// a save that wrote its new revision but never switched the index
	r.Title = "unfinished"
	r.Rev = 2
	b, _ := json.Marshal(r)
	require.NoError(t, kv.Set(reportKey(id, 2), string(b)))
	// a report whose listing was lost (a delete or save cut short)
	idB := ReportID(textB)
	b, _ = json.Marshal(Report{ReportMeta: ReportMeta{ID: idB, Title: "B", Rev: 1}, Text: textB})
	require.NoError(t, kv.Set(reportKey(idB, 1), string(b)))

	// Reload (another tab may be mid-save) leaves both alone
	assert.Empty(t, s.Reload())
	assert.Len(t, s.Reports(), 1)
	got, _ := s.Report(id)
	assert.Equal(t, 1, got.Rev)

	// Open keeps the listed revision and puts the lost report back
	s2, problems := Open(kv)
	require.Len(t, problems, 1)
	assert.Contains(t, problems[0].Message, "was put back")
	got, _ = s2.Report(id)
	assert.Equal(t, 1, got.Rev)
	assert.NotEqual(t, "unfinished", got.Title)
	assert.Len(t, s2.Reports(), 2)
	_, problems = Open(kv)
	assert.Empty(t, problems)

	// saving again supersedes the leftover revision
	s2.Clock = clock()
	require.NoError(t, s2.Rename(id, "done"))
	got, _ = s2.Report(id)
	assert.Equal(t, 2, got.Rev)
	assert.Equal(t, "done", got.Title)
}

func TestLostIndexNeverDropsReports(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	require.NoError(t, s.SaveReport(Report{Text: textB}))
	// the index is damaged and, storage being full, Reload cannot write the
	// repaired one after moving it aside
	require.NoError(t, kv.Set(indexKey, `{{`))
	kv.SetQuota(kv.Used() + 40)
	problems := s.Reload()
	require.NotEmpty(t, problems)
	assert.Len(t, s.Reports(), 2)
	_, ok, _ := kv.Get(indexKey)
	require.False(t, ok, "the scenario: no index in storage")
	kv.SetQuota(0)
	// a save now must not list only itself
	require.NoError(t, s.SaveReport(Report{Text: "Third\n\nreport."}))
	s2, _ := Open(kv)
	assert.Len(t, s2.Reports(), 3)
}

func TestFutureSchemaReadOnly(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	require.NoError(t, kv.Set(metaKey, `{"schema":3}`))
	require.NoError(t, kv.Set("parley:shiny-new-thing", `{"v":3}`))
	before := snapshot(t, kv)

	s2, problems := Open(kv)
	require.Len(t, problems, 1)
	assert.Contains(t, problems[0].Message, "newer version of Parley")
	assert.True(t, s2.ReadOnly())
	assert.Len(t, s2.Reports(), 1, "still readable")

	id := ReportID(textA)
	tests := map[string]error{
		"save":       s2.SaveReport(Report{Text: textB}),
		"rename":     s2.Rename(id, "x"),
		"delete":     s2.Delete(id),
		"annotation": s2.SaveAnnotation(note(id, "n1", textA, "ceasefire")),
		"alias":      s2.AddAlias(annotation.Alias{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}),
		"setting":    s2.SetSetting("theme", "dark"),
	}
	for name, err := range tests {
		assert.ErrorIs(t, err, ErrReadOnly, name)
	}
	_, err := s2.ImportBackup([]byte(`{"parley_backup":1}`))
	assert.ErrorIs(t, err, ErrReadOnly)
	s2.Reload()
	assert.Equal(t, before, snapshot(t, kv), "never overwritten")
}

func TestMigrateV1(t *testing.T) {
	kv := NewMemKV(0)
	idA, idB := ReportID(textA), ReportID(textB)
	v1 := map[string]string{
		metaKey:             `{"schema":1}`,
		indexKey:            `["` + idA + `","` + idB + `"]`,
		reportPrefix + idA:  `{"id":"` + idA + `","title":"Naqoura","text":` + quote(textA) + `,"added":1700000000000,"counts":{"parties":2,"stances":1,"proposals":0}}`,
		reportPrefix + idB:  `{"id":"` + idB + `","title":"","text":` + quote(textB) + `,"added":1700000005000,"counts":{"parties":0,"stances":0,"proposals":0}}`,
		settingsKey:         `{"theme":"dark"}`,
		"other-app:setting": "x",
	}
	for k, v := range v1 {
		require.NoError(t, kv.Set(k, v))
	}
	s, problems := Open(kv)
	require.Empty(t, problems)
	assert.False(t, s.ReadOnly())

	list := s.Reports()
	require.Len(t, list, 2)
	assert.Equal(t, ReportMeta{ID: idB, Title: "Wage talks stall at the port", Added: 1700000005000, Updated: 1700000005000, Rev: 1}, list[0])
	assert.Equal(t, ReportMeta{ID: idA, Title: "Naqoura", Added: 1700000000000, Updated: 1700000000000, Rev: 1,
		Counts: Counts{Parties: 2, Stances: 1}}, list[1])
	r, ok := s.Report(idA)
	require.True(t, ok)
	assert.Equal(t, textA, r.Text)
	v, _ := s.Setting("theme")
	assert.Equal(t, "dark", v)

	keys, _ := kv.Keys()
	assert.ElementsMatch(t, []string{"other-app:setting", metaKey, indexKey, reportKey(idA, 1), reportKey(idB, 1), settingsKey}, keys)
	meta, _, _ := kv.Get(metaKey)
	assert.JSONEq(t, `{"schema":2}`, meta)

	// and the upgraded library works as a v2 one
	s.Clock = clock()
	require.NoError(t, s.SaveAnnotation(note(idA, "n1", textA, "ceasefire")))
	_, problems = Open(kv)
	assert.Empty(t, problems)
}

func TestMigrateV1UnderQuota(t *testing.T) {
	kv := NewMemKV(0)
	idA := ReportID(textA)
	require.NoError(t, kv.Set(metaKey, `{"schema":1}`))
	require.NoError(t, kv.Set(indexKey, `["`+idA+`"]`))
	require.NoError(t, kv.Set(reportPrefix+idA, `{"id":"`+idA+`","title":"Naqoura","text":`+quote(textA)+`,"added":1700000000000}`))
	before := snapshot(t, kv)
	kv.SetQuota(kv.Used() + 10)

	s, problems := Open(kv)
	require.Len(t, problems, 1)
	assert.Contains(t, problems[0].Message, "could not upgrade")
	assert.True(t, s.ReadOnly())
	assert.Len(t, s.Reports(), 1, "the old library is readable")
	assert.Equal(t, before, snapshot(t, kv), "the v1 library is left as it was")

	kv.SetQuota(0)
	s.Reload()
	assert.False(t, s.ReadOnly())
	assert.Len(t, s.Reports(), 1)
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestTwoTabsConflict(t *testing.T) {
	kv := NewMemKV(0)
	tab1 := open(t, kv)
	require.NoError(t, tab1.SaveReport(Report{Text: textA}))
	id := ReportID(textA)
	require.NoError(t, tab1.SaveAnnotation(note(id, "n1", textA, "ceasefire")))
	tab2 := open(t, kv)

	// tab 1 renames; tab 2, which has not reloaded, may not overwrite it
	require.NoError(t, tab1.Rename(id, "From tab 1"))
	err := tab2.Rename(id, "From tab 2")
	assert.ErrorIs(t, err, ErrConflict)
	assert.ErrorIs(t, tab2.Delete(id), ErrConflict)
	r, _ := tab1.Report(id)
	assert.Equal(t, "From tab 1", r.Title)

	// same for annotations
	require.NoError(t, tab1.SaveAnnotation(note(id, "n2", textA, "Lebanese")))
	assert.ErrorIs(t, tab2.SaveAnnotation(note(id, "n3", textA, "talks")), ErrConflict)
	assert.ErrorIs(t, tab2.DeleteAnnotation(id, "n1"), ErrConflict)

	// after Reload (the storage event), tab 2 sees tab 1's work and can save
	assert.Empty(t, tab2.Reload())
	r2, _ := tab2.Report(id)
	assert.Equal(t, "From tab 1", r2.Title)
	assert.Len(t, tab2.Annotations(id), 2)
	require.NoError(t, tab2.Rename(id, "From tab 2"))
	require.NoError(t, tab2.SaveAnnotation(note(id, "n3", textA, "talks")))

	// and now tab 1 is the stale one
	assert.ErrorIs(t, tab1.Rename(id, "again"), ErrConflict)
	// a report tab 1 does not know, saved by tab 2: tab 1 may not clobber it
	require.NoError(t, tab2.SaveReport(Report{Text: textB}))
	assert.ErrorIs(t, tab1.SaveReport(Report{Text: textB}), ErrConflict)
	// but saving its own other reports keeps tab 2's entries in the index
	tab1.Reload()
	require.NoError(t, tab1.SaveReport(Report{Text: "Third report\n\nText."}))
	tab2.Reload()
	assert.Len(t, tab2.Reports(), 3)

	// settings and aliases too
	require.NoError(t, tab1.SetSetting("theme", "dark"))
	assert.ErrorIs(t, tab2.SetSetting("theme", "light"), ErrConflict)
	require.NoError(t, tab2.AddAlias(annotation.Alias{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}))
	assert.ErrorIs(t, tab1.AddAlias(annotation.Alias{Surface: "Naqoura", Actor: "UNIFIL", Kind: core.KindOrganization}), ErrConflict)
}

func TestAnnotationsCorrectionsAliasesSettings(t *testing.T) {
	s := open(t, NewMemKV(0))
	id := ReportID(textA)
	assert.ErrorIs(t, s.SaveAnnotation(note(id, "n1", textA, "ceasefire")), ErrNotFound, "the report must be saved first")
	require.NoError(t, s.SaveReport(Report{Text: textA}))

	n1 := note(id, "n1", textA, "ceasefire")
	require.NoError(t, s.SaveAnnotation(n1))
	require.NoError(t, s.SaveAnnotation(note(id, "n2", textA, "Lebanese")))
	n1.Body = "edited"
	require.NoError(t, s.SaveAnnotation(n1))
	got := s.Annotations(id)
	require.Len(t, got, 2)
	assert.Equal(t, "edited", got[0].Body)
	require.NoError(t, s.DeleteAnnotation(id, "n2"))
	assert.Len(t, s.Annotations(id), 1)
	assert.Error(t, s.DeleteAnnotation(id, "n2"))
	bad := n1
	bad.Kind = "scribble"
	assert.Error(t, s.SaveAnnotation(bad))

	// re-anchor after a re-paste and save them all at once
	moved, orphans := annotation.Reanchor("Preface.\n"+textA, s.Annotations(id))
	assert.Equal(t, 0, orphans)
	require.NoError(t, s.SaveAnnotations(id, moved))
	assert.Equal(t, moved, s.Annotations(id))
	assert.Error(t, s.SaveAnnotations("other", moved))

	c := annotation.Correction{ReportID: id, Key: "stance|lebanon|0123456789abcdef", Item: annotation.ItemStance, Action: annotation.Reject}
	require.NoError(t, s.SaveCorrection(c))
	c.Action, c.Type = annotation.Edit, core.Condition
	require.NoError(t, s.SaveCorrection(c))
	require.Len(t, s.Corrections(id), 1)
	assert.Equal(t, annotation.Edit, s.Corrections(id)[0].Action)
	require.NoError(t, s.DeleteCorrection(id, c.Key))
	assert.Empty(t, s.Corrections(id))
	assert.Error(t, s.SaveCorrection(annotation.Correction{ReportID: id, Key: "x", Item: "actor", Action: annotation.Confirm}))

	require.NoError(t, s.AddAlias(annotation.Alias{Surface: " Baabda ", Actor: "Lebanon", Kind: core.KindState}))
	require.NoError(t, s.AddAlias(annotation.Alias{Surface: "the Elysée", Actor: "France", Kind: core.KindState}))
	require.NoError(t, s.AddAlias(annotation.Alias{Surface: "baabda", Actor: "Lebanese presidency", Kind: core.KindOrganization}))
	assert.Equal(t, []annotation.Alias{
		{Surface: "baabda", Actor: "Lebanese presidency", Kind: core.KindOrganization},
		{Surface: "the Elysée", Actor: "France", Kind: core.KindState},
	}, s.Aliases())
	require.NoError(t, s.RemoveAlias("BAABDA"))
	assert.Len(t, s.Aliases(), 1)
	assert.Error(t, s.RemoveAlias("nope"))
	assert.Error(t, s.AddAlias(annotation.Alias{Surface: "x", Actor: "y", Kind: "city"}))

	require.NoError(t, s.SetSetting("theme", "dark"))
	require.NoError(t, s.SetSetting("lang", "en"))
	require.NoError(t, s.SetSetting("lang", ""))
	assert.Equal(t, map[string]string{"theme": "dark"}, s.Settings())
	v, ok := s.Setting("theme")
	assert.True(t, ok)
	assert.Equal(t, "dark", v)
}

func TestBackupRoundTrip(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	idA, idB := ReportID(textA), ReportID(textB)
	require.NoError(t, s.SaveReport(Report{Text: textA, Analysis: analysis(2, 2, 1)}))
	require.NoError(t, s.SaveReport(Report{Text: textB}))
	require.NoError(t, s.Rename(idB, "Port wages"))
	require.NoError(t, s.SaveAnnotation(note(idA, "n1", textA, "ceasefire")))
	require.NoError(t, s.SaveAnnotation(note(idB, "n2", textB, "3% offer")))
	require.NoError(t, s.SaveCorrection(annotation.Correction{ReportID: idA, Key: "stance|a0|0123456789abcdef", Item: annotation.ItemStance, Action: annotation.Confirm, Created: 5, Modified: 6}))
	require.NoError(t, s.AddAlias(annotation.Alias{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}))
	require.NoError(t, s.SetSetting("theme", "dark"))

	backup, err := s.ExportBackup()
	require.NoError(t, err)
	var head map[string]any
	require.NoError(t, json.Unmarshal(backup, &head))
	assert.EqualValues(t, 1, head["parley_backup"])

	// clear everything, import into a fresh library
	fresh := NewMemKV(0)
	s2 := open(t, fresh)
	rep, err := s2.ImportBackup(backup)
	require.NoError(t, err)
	assert.Equal(t, ImportReport{Added: 2 + 2 + 1 + 1 + 1, Refused: []string{}}, rep)

	assert.Equal(t, s.Reports(), s2.Reports())
	for _, id := range []string{idA, idB} {
		r1, _ := s.Report(id)
		r2, _ := s2.Report(id)
		assert.Equal(t, r1, r2)
		assert.Equal(t, s.Annotations(id), s2.Annotations(id))
		assert.Equal(t, s.Corrections(id), s2.Corrections(id))
	}
	assert.Equal(t, s.Aliases(), s2.Aliases())
	assert.Equal(t, s.Settings(), s2.Settings())
	again, err := s2.ExportBackup()
	require.NoError(t, err)
	assert.Equal(t, string(backup), string(again), "identical library")

	// importing again adds nothing
	rep, err = s2.ImportBackup(backup)
	require.NoError(t, err)
	assert.Equal(t, ImportReport{Skipped: 7, Refused: []string{}}, rep)
	// and survives a reopen
	s3 := open(t, fresh)
	assert.Equal(t, s.Reports(), s3.Reports())
}

func TestImportBackupValidation(t *testing.T) {
	s := open(t, NewMemKV(0))
	for _, bad := range []string{``, `[]`, `{"reports":[]}`, `{"parley_backup":"1"}`} {
		_, err := s.ImportBackup([]byte(bad))
		assert.Error(t, err, bad)
	}
	_, err := s.ImportBackup([]byte(`{"parley_backup":2}`))
	assert.ErrorContains(t, err, "different version")

	idA := ReportID(textA)
	n := note(idA, "n1", textA, "ceasefire")
	nb, _ := json.Marshal(n)
	doc := `{"parley_backup":1,
	  "reports":[
	    {"report":{"id":"` + idA + `","title":"A","text":` + quote(textA) + `},"annotations":[` + string(nb) + `,{"id":"bad","report":"` + idA + `","kind":"note"}],
	     "corrections":[{"report":"` + idA + `","key":"stance|x|00","item":"stance","action":"confirm"},{"report":"` + idA + `","key":"k","item":"stance","action":"shrug"}]},
	    {"report":{"id":"0000000000000000","title":"Wrong id","text":"some text"}},
	    {"report":{"id":"x","title":"No text","text":""}},
	    {"report":"not an object"}
	  ],
	  "aliases":[{"surface":"Baabda","actor":"Lebanon","kind":"state"},{"surface":"","actor":"Lebanon","kind":"state"}],
	  "settings":{"theme":"dark","n":3}}`
	rep, err := s.ImportBackup([]byte(doc))
	require.NoError(t, err)
	assert.Equal(t, 5, rep.Added, "report, annotation, correction, alias, setting")
	assert.Len(t, rep.Refused, 7, "%q", rep.Refused)
	joined := strings.Join(rep.Refused, "\n")
	for _, want := range []string{"annotation 2: the note is empty", "correction 2:", "does not match its text", "has no text",
		"report 4: it could not be read", "alias 2", `setting "n"`} {
		assert.Contains(t, joined, want)
	}
	assert.Len(t, s.Reports(), 1)
	assert.Len(t, s.Annotations(idA), 1)
}

func TestImportBackupUnderQuota(t *testing.T) {
	src := open(t, NewMemKV(0))
	require.NoError(t, src.SaveReport(Report{Text: textA}))
	require.NoError(t, src.SaveReport(Report{Text: textB + strings.Repeat(" padding", 300)}))
	backup, err := src.ExportBackup()
	require.NoError(t, err)

	kv := NewMemKV(0)
	s := open(t, kv)
	kv.SetQuota(kv.Used() + 800)
	rep, err := s.ImportBackup(backup)
	require.NoError(t, err)
	assert.Equal(t, 1, rep.Added)
	require.Len(t, rep.Refused, 1)
	assert.Contains(t, rep.Refused[0], "storage for Parley is full")
	assert.Len(t, s.Reports(), 1)
	_, problems := Open(kv)
	assert.Empty(t, problems)
}

func TestMemKV(t *testing.T) {
	kv := NewMemKV(10)
	require.NoError(t, kv.Set("a", "1234"))   // 5
	require.NoError(t, kv.Set("a", "123456")) // 7
	err := kv.Set("b", "1234")                // would be 12
	assert.True(t, errors.Is(err, ErrQuota))
	_, ok, _ := kv.Get("b")
	assert.False(t, ok)
	require.NoError(t, kv.Remove("a"))
	require.NoError(t, kv.Remove("a"))
	assert.Equal(t, 0, kv.Used())
}

func TestSaveReportKeepsRenameAndDropsStaleAnalysis(t *testing.T) {
	kv := NewMemKV(0)
	s := open(t, kv)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	id := ReportID(textA)
	require.NoError(t, s.Rename(id, "My title"))
	// pasted again with other spacing: same id, the rename stays
	respaced := strings.ReplaceAll(textA, " ", "  ")
	require.NoError(t, s.SaveReport(Report{Text: respaced, Analysis: analysis(1, 0, 0)}))
	r, _ := s.Report(id)
	assert.Equal(t, "My title", r.Title)
	assert.Equal(t, respaced, r.Text)

	// an analysis of another contract version is dropped on load
	r.Analysis.Version = core.Version + 1
	b, _ := json.Marshal(r)
	require.NoError(t, kv.Set(reportKey(id, r.Rev), string(b)))
	s2 := open(t, kv)
	r2, _ := s2.Report(id)
	assert.Nil(t, r2.Analysis)
	assert.Equal(t, r.Counts, r2.Counts)
}

func TestAnnotationsOfReportDeletedInOtherTab(t *testing.T) {
	kv := NewMemKV(0)
	tab1 := open(t, kv)
	require.NoError(t, tab1.SaveReport(Report{Text: textA}))
	id := ReportID(textA)
	tab2 := open(t, kv)
	require.NoError(t, tab1.Delete(id))
	assert.ErrorIs(t, tab2.SaveAnnotation(note(id, "n1", textA, "ceasefire")), ErrConflict)
	_, ok, _ := kv.Get(annKey(id))
	assert.False(t, ok, "no annotations resurrected for a deleted report")
}

func TestExportImportAnnotations(t *testing.T) {
	s := open(t, NewMemKV(0))
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	id := ReportID(textA)
	require.NoError(t, s.SaveAnnotation(note(id, "n1", textA, "ceasefire")))
	require.NoError(t, s.SaveAnnotation(note(id, "n2", textA, "Naqoura")))
	data, err := s.ExportAnnotations(id)
	require.NoError(t, err)
	assert.Empty(t, annotation.ValidateJSON(data))

	require.NoError(t, s.DeleteAnnotation(id, "n2"))
	rep, err := s.ImportAnnotations(id, data)
	require.NoError(t, err)
	assert.Equal(t, annotation.ImportReport{Added: 1, Skipped: 1, Refused: []string{}}, rep)
	assert.Len(t, s.Annotations(id), 2)

	_, err = s.ImportAnnotations(id, []byte("not json"))
	assert.Error(t, err)
}
