package store

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
	"parley/core/annotation"
)

// errStorage is what a browser's storage says when a read fails.
var errStorage = errors.New("SecurityError: the operation is insecure")

// failKV is a KV over a MemKV whose reads fail by rule: Get(key) fails when
// fail(key, n) holds, n counting the Gets of that key since the rule was set
// (1 for the first); Keys fails when failKeys(n) holds.
type failKV struct {
	*MemKV
	mu       sync.Mutex
	fail     func(key string, n int) bool
	failKeys func(n int) bool
	gets     map[string]int
	keys     int
}

func newFailKV(mem *MemKV) *failKV { return &failKV{MemKV: mem, gets: map[string]int{}} }

// arm sets the rules (nil: reads work) and restarts the counts.
func (k *failKV) arm(fail func(key string, n int) bool, failKeys func(n int) bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.fail, k.failKeys, k.gets, k.keys = fail, failKeys, map[string]int{}, 0
}

func (k *failKV) Get(key string) (string, bool, error) {
	k.mu.Lock()
	k.gets[key]++
	failed := k.fail != nil && k.fail(key, k.gets[key])
	k.mu.Unlock()
	if failed {
		return "", false, fmt.Errorf("getItem(%q): %w", key, errStorage)
	}
	return k.MemKV.Get(key)
}

func (k *failKV) Keys() ([]string, error) {
	k.mu.Lock()
	k.keys++
	failed := k.failKeys != nil && k.failKeys(k.keys)
	k.mu.Unlock()
	if failed {
		return nil, fmt.Errorf("key(): %w", errStorage)
	}
	return k.MemKV.Keys()
}

// always fails every read of key; onCall only the nth; fromCall the nth and
// every later one.
func always(key string) func(string, int) bool { return fromCall(key, 1) }
func onCall(key string, n int) func(string, int) bool {
	return func(k string, i int) bool { return k == key && i == n }
}
func fromCall(key string, n int) func(string, int) bool {
	return func(k string, i int) bool { return k == key && i >= n }
}
func keysFrom(n int) func(int) bool { return func(i int) bool { return i >= n } }

const textC = "Debt talks resume in Paris\n\nThe creditors said they hope for a deal."

// fullLibrary is a schema 2 library with two reports (A renamed once), an
// annotation and a correction on A, an alias and a setting.
func fullLibrary(t *testing.T) *MemKV {
	t.Helper()
	kv := NewMemKV(0)
	s := open(t, kv)
	idA := ReportID(textA)
	require.NoError(t, s.SaveReport(Report{Text: textA, Analysis: analysis(2, 1, 1)}))
	require.NoError(t, s.SaveReport(Report{Text: textB}))
	require.NoError(t, s.Rename(idA, "Naqoura"))
	require.NoError(t, s.SaveAnnotation(note(idA, "n1", textA, "ceasefire")))
	require.NoError(t, s.SaveCorrection(annotation.Correction{ReportID: idA, Key: "stance|a0|0123456789abcdef", Item: annotation.ItemStance, Action: annotation.Confirm}))
	require.NoError(t, s.AddAlias(annotation.Alias{Surface: "Baabda", Actor: "Lebanon", Kind: core.KindState}))
	require.NoError(t, s.SetSetting("theme", "dark"))
	return kv
}

// writes tries every kind of write; each must be refused.
func writes(s *Store) map[string]error {
	idA := ReportID(textA)
	out := map[string]error{
		"save":               s.SaveReport(Report{Text: textC}),
		"rename":             s.Rename(idA, "x"),
		"delete":             s.Delete(idA),
		"annotation":         s.SaveAnnotation(note(idA, "n2", textA, "Lebanese")),
		"correction":         s.SaveCorrection(annotation.Correction{ReportID: idA, Key: "stance|a0|00", Item: annotation.ItemStance, Action: annotation.Reject}),
		"alias":              s.AddAlias(annotation.Alias{Surface: "Naqoura", Actor: "UNIFIL", Kind: core.KindOrganization}),
		"setting":            s.SetSetting("theme", "light"),
		"import annotations": importAnnotationsErr(s, idA),
	}
	_, out["import backup"] = s.ImportBackup([]byte(`{"parley_backup":1,"settings":{"lang":"en"}}`))
	return out
}

func importAnnotationsErr(s *Store, id string) error {
	data, err := annotation.Export([]annotation.Annotation{note(id, "n9", textA, "talks")})
	if err != nil {
		return err
	}
	_, err = s.ImportAnnotations(id, data)
	return err
}

// requireReadErr checks err is a *ReadError for key in plain words.
func requireReadErr(t *testing.T, err error, key, msg string) {
	t.Helper()
	require.ErrorIs(t, err, ErrRead, msg)
	assert.ErrorIs(t, err, errStorage, msg)
	var re *ReadError
	require.ErrorAs(t, err, &re, msg)
	assert.Equal(t, key, re.Key, msg)
	assert.Contains(t, err.Error(), "could not be read from the browser's storage", msg)
	assert.Contains(t, err.Error(), "reload the page", msg)
}

func TestOpenReadFailure(t *testing.T) {
	idA, idB := ReportID(textA), ReportID(textB)
	empty := func(t *testing.T) *MemKV { return NewMemKV(0) }
	future := func(t *testing.T) *MemKV {
		kv := fullLibrary(t)
		require.NoError(t, kv.Set(metaKey, `{"schema":3}`))
		return kv
	}
	withValue := func(key, value string) func(t *testing.T) *MemKV {
		return func(t *testing.T) *MemKV {
			kv := fullLibrary(t)
			require.NoError(t, kv.Set(key, value))
			return kv
		}
	}
	tests := []struct {
		name     string
		library  func(t *testing.T) *MemKV
		fail     func(string, int) bool
		failKeys func(int) bool
		key      string // the key of the ReadError
		reports  int    // reports shown, read-only
	}{
		{"the version mark", fullLibrary, always(metaKey), nil, metaKey, 0},
		{"the version mark of a newer library", future, always(metaKey), nil, metaKey, 0},
		{"the version mark of an empty storage", empty, always(metaKey), nil, metaKey, 0},
		{"the list of keys", fullLibrary, nil, keysFrom(1), "", 0},
		{"the list of reports", fullLibrary, always(indexKey), nil, indexKey, 2},
		{"a listed report", fullLibrary, always(reportKey(idB, 1)), nil, reportKey(idB, 1), 1},
		{"annotations", fullLibrary, always(annKey(idA)), nil, annKey(idA), 2},
		{"corrections", fullLibrary, always(corrKey(idA)), nil, corrKey(idA), 2},
		{"aliases", fullLibrary, always(aliasesKey), nil, aliasesKey, 2},
		{"settings", fullLibrary, always(settingsKey), nil, settingsKey, 2},
		{"a foreign key", withValue("parley:cache", "x"), always("parley:cache"), nil, "parley:cache", 2},
		{"where to set a damaged value aside", withValue(aliasesKey, "{{"), always(quarantinePref + aliasesKey + ":1"), nil, quarantinePref + aliasesKey + ":1", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := tt.library(t)
			before := snapshot(t, mem)
			kv := newFailKV(mem)
			kv.arm(tt.fail, tt.failKeys)

			s, problems := Open(kv)
			var found bool
			for _, p := range problems {
				if p.Key == tt.key && strings.Contains(p.Message, "could not read") {
					found = true
					assert.Contains(t, p.Message, "changes nothing")
				}
			}
			assert.True(t, found, "a problem for %q in %v", tt.key, problems)
			assert.True(t, s.ReadOnly())
			requireReadErr(t, s.ReadErr(), tt.key, "ReadErr")
			assert.Len(t, s.Reports(), tt.reports)

			for name, err := range writes(s) {
				requireReadErr(t, err, tt.key, name)
			}
			backup, err := s.ExportBackup()
			requireReadErr(t, err, tt.key, "export backup")
			assert.Nil(t, backup, "no backup that misses part of the library")
			assert.Contains(t, err.Error(), "no backup was made")
			_, err = s.ExportAnnotations(idA)
			requireReadErr(t, err, tt.key, "export annotations")
			assert.Equal(t, before, snapshot(t, mem), "nothing written")

			// once storage reads again, Reload brings the whole library back
			kv.arm(nil, nil)
			s.Reload()
			assert.NoError(t, s.ReadErr())
			if len(before) > 0 {
				assert.Len(t, s.Reports(), 2)
			}
		})
	}
}

func TestOpenReadFailureAbsentKeysStillWork(t *testing.T) {
	// truly absent values are not failures: an empty storage gets its mark
	kv := newFailKV(NewMemKV(0))
	kv.arm(func(key string, _ int) bool { return false }, nil)
	s, problems := Open(kv)
	assert.Empty(t, problems)
	assert.NoError(t, s.ReadErr())
	assert.False(t, s.ReadOnly())
	meta, ok, _ := kv.MemKV.Get(metaKey)
	require.True(t, ok)
	assert.JSONEq(t, `{"schema":2}`, meta)
}

func TestReloadReadFailure(t *testing.T) {
	idA := ReportID(textA)
	tests := []struct {
		name string
		fail func(string, int) bool
		key  string
	}{
		{"the version mark", always(metaKey), metaKey},
		{"the list of reports", always(indexKey), indexKey},
		{"a report", always(reportKey(idA, 2)), reportKey(idA, 2)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := fullLibrary(t)
			kv := newFailKV(mem)
			s := open(t, kv)
			before := snapshot(t, mem)
			kv.arm(tt.fail, nil)
			problems := s.Reload()
			require.NotEmpty(t, problems)
			requireReadErr(t, s.ReadErr(), tt.key, "ReadErr")
			requireReadErr(t, s.SetSetting("lang", "en"), tt.key, "setting")
			assert.Equal(t, before, snapshot(t, mem))
			kv.arm(nil, nil)
			assert.Empty(t, s.Reload())
			require.NoError(t, s.SetSetting("lang", "en"))
		})
	}
}

func TestMigrateV1ReadFailure(t *testing.T) {
	idA, idB := ReportID(textA), ReportID(textB)
	v1 := map[string]string{
		metaKey:            `{"schema":1}`,
		indexKey:           `["` + idA + `","` + idB + `"]`,
		reportPrefix + idA: `{"id":"` + idA + `","title":"Naqoura","text":` + quote(textA) + `,"added":1700000000000}`,
		reportPrefix + idB: `{"id":"` + idB + `","title":"","text":` + quote(textB) + `,"added":1700000005000}`,
		settingsKey:        `{"theme":"dark"}`,
	}
	tests := []struct {
		name     string
		fail     func(string, int) bool
		failKeys func(int) bool
		key      string
		upgraded bool // the upgrade was written before the failed read
		reports  int  // reports shown from memory, read-only
	}{
		{"the list of reports", always(indexKey), nil, indexKey, false, 2},
		{"a report", always(reportPrefix + idA), nil, reportPrefix + idA, false, 1},
		{"the settings", always(settingsKey), nil, settingsKey, false, 2},
		{"the list of reports, read again before the upgrade", onCall(indexKey, 2), nil, indexKey, false, 2},
		{"the settings, read again before the upgrade", onCall(settingsKey, 2), nil, settingsKey, false, 2},
		{"the list of keys, after the upgrade", nil, keysFrom(2), "", true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := NewMemKV(0)
			for k, v := range v1 {
				require.NoError(t, mem.Set(k, v))
			}
			before := snapshot(t, mem)
			kv := newFailKV(mem)
			kv.arm(tt.fail, tt.failKeys)

			s, problems := Open(kv)
			require.NotEmpty(t, problems)
			assert.True(t, s.ReadOnly())
			requireReadErr(t, s.ReadErr(), tt.key, "ReadErr")
			assert.Len(t, s.Reports(), tt.reports)
			requireReadErr(t, s.SetSetting("lang", "en"), tt.key, "setting")
			meta, _, _ := mem.Get(metaKey)
			if tt.upgraded {
				assert.JSONEq(t, `{"schema":2}`, meta)
			} else {
				assert.Equal(t, before, snapshot(t, mem), "the version 1 library is left as it was")
			}

			kv.arm(nil, nil)
			s.Reload()
			assert.NoError(t, s.ReadErr())
			assert.False(t, s.ReadOnly())
			assert.Len(t, s.Reports(), 2)
			v, _ := s.Setting("theme")
			assert.Equal(t, "dark", v)
		})
	}
}

func TestWriteReadFailure(t *testing.T) {
	idA := ReportID(textA)
	saveC := func(s *Store) error { return s.SaveReport(Report{Text: textC}) }
	tests := []struct {
		name string
		fail func(string, int) bool
		ops  []func(s *Store) error // all but the last succeed; the last is refused
		key  string
	}{
		{"a new report", always(indexKey), []func(*Store) error{saveC}, indexKey},
		{"an updated report", always(indexKey), []func(*Store) error{func(s *Store) error {
			return s.SaveReport(Report{Text: textA, Analysis: analysis(1, 0, 0)})
		}}, indexKey},
		{"the second save", onCall(indexKey, 2), []func(*Store) error{saveC, func(s *Store) error {
			return s.SaveReport(Report{Text: textC + " More."})
		}}, indexKey},
		{"a rename", always(indexKey), []func(*Store) error{func(s *Store) error { return s.Rename(idA, "x") }}, indexKey},
		{"a delete", always(indexKey), []func(*Store) error{func(s *Store) error { return s.Delete(idA) }}, indexKey},
		{"an annotation, its report", always(indexKey), []func(*Store) error{func(s *Store) error {
			return s.SaveAnnotation(note(idA, "n2", textA, "Lebanese"))
		}}, indexKey},
		{"an annotation", always(annKey(idA)), []func(*Store) error{func(s *Store) error {
			return s.SaveAnnotation(note(idA, "n2", textA, "Lebanese"))
		}}, annKey(idA)},
		{"the second annotation", onCall(annKey(idA), 2), []func(*Store) error{
			func(s *Store) error { return s.SaveAnnotation(note(idA, "n2", textA, "Lebanese")) },
			func(s *Store) error { return s.DeleteAnnotation(idA, "n1") },
		}, annKey(idA)},
		{"imported annotations", always(annKey(idA)), []func(*Store) error{func(s *Store) error {
			return importAnnotationsErr(s, idA)
		}}, annKey(idA)},
		{"a correction", always(corrKey(idA)), []func(*Store) error{func(s *Store) error {
			return s.DeleteCorrection(idA, "stance|a0|0123456789abcdef")
		}}, corrKey(idA)},
		{"an alias", always(aliasesKey), []func(*Store) error{func(s *Store) error { return s.RemoveAlias("Baabda") }}, aliasesKey},
		{"a setting", always(settingsKey), []func(*Store) error{func(s *Store) error { return s.SetSetting("theme", "light") }}, settingsKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := fullLibrary(t)
			kv := newFailKV(mem)
			s := open(t, kv)
			kv.arm(tt.fail, nil)
			last := len(tt.ops) - 1
			for _, op := range tt.ops[:last] {
				require.NoError(t, op(s))
			}
			before, beforeList := snapshot(t, mem), s.Reports()
			err := tt.ops[last](s)
			requireReadErr(t, err, tt.key, tt.name)
			assert.Contains(t, err.Error(), "nothing was changed")
			assert.Equal(t, before, snapshot(t, mem), "nothing written")
			assert.Equal(t, beforeList, s.Reports())

			// only that write was refused: once storage reads again it works
			assert.False(t, s.ReadOnly())
			kv.arm(nil, nil)
			require.NoError(t, tt.ops[last](s))
		})
	}
}

func TestImportBackupReadFailure(t *testing.T) {
	backup, err := open(t, fullLibrary(t)).ExportBackup()
	require.NoError(t, err)
	idA := ReportID(textA)
	tests := []struct {
		name    string
		fail    func(string, int) bool
		err     bool   // nothing imported, an error
		refused string // else: the refusal that names the failed read
		added   int
	}{
		{"the list of reports, before anything", always(indexKey), true, "", 0},
		{"the list of reports, once begun", fromCall(indexKey, 2), false, `report 2 ("Naqoura"): the list of reports could not be read`, 2},
		{"the annotations", always(annKey(idA)), false, `1 annotations: a report's annotations could not be read`, 5},
		{"the corrections", always(corrKey(idA)), false, `1 corrections: a report's corrections could not be read`, 5},
		{"the aliases", always(aliasesKey), false, "1 custom aliases: the custom aliases could not be read", 5},
		{"the settings", always(settingsKey), false, "1 settings: the settings could not be read", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := NewMemKV(0)
			kv := newFailKV(mem)
			s := open(t, kv)
			before := snapshot(t, mem)
			kv.arm(tt.fail, nil)
			rep, err := s.ImportBackup(backup)
			if tt.err {
				requireReadErr(t, err, indexKey, "import")
				assert.Equal(t, 0, rep.Added)
				assert.Equal(t, before, snapshot(t, mem), "nothing imported")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.added, rep.Added)
			joined := strings.Join(rep.Refused, "\n")
			assert.Contains(t, joined, tt.refused)
			assert.Contains(t, joined, "so it was not imported: reload the page")

			// what was imported is whole: a fresh Store finds nothing wrong,
			// and importing again once storage reads brings the rest
			kv.arm(nil, nil)
			_, problems := Open(kv)
			assert.Empty(t, problems)
			s.Reload()
			rep, err = s.ImportBackup(backup)
			require.NoError(t, err)
			assert.Equal(t, 6-tt.added, rep.Added, "%v", rep.Refused)
			assert.Empty(t, rep.Refused)
		})
	}
}

func TestReadErrorWords(t *testing.T) {
	tests := []struct {
		err  *ReadError
		want string
	}{
		{&ReadError{Key: metaKey, Err: errStorage}, "the library's version mark could not be read from the browser's storage (SecurityError: the operation is insecure), so nothing was changed: reload the page and try again"},
		{&ReadError{Key: "", Err: errStorage}, "the library could not be read"},
		{&ReadError{Key: reportKey("abc", 2), Err: errStorage, Stopped: "no backup was made"}, "a saved report could not be read from the browser's storage (SecurityError: the operation is insecure), so no backup was made: reload"},
		{&ReadError{Key: "parley:other", Err: errStorage}, "a value in Parley's storage could not be read"},
	}
	for _, tt := range tests {
		assert.Contains(t, tt.err.Error(), tt.want)
		assert.ErrorIs(t, tt.err, ErrRead)
		assert.ErrorIs(t, tt.err, errStorage)
		assert.NotErrorIs(t, tt.err, ErrReadOnly)
	}
}
