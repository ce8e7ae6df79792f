//go:build js && wasm

package store

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeLocalStorage installs a window.localStorage look-alike in the JS
// global scope (tests run under Node) that throws a DOMException-like
// QuotaExceededError when more than quota characters are stored, or the
// exception named by globalThis.__throwName; getItem of the key
// globalThis.__failGet throws an "UnknownError".
func fakeLocalStorage(t *testing.T, quota int) {
	t.Helper()
	js.Global().Call("eval", `(function (quota) {
	  const m = new Map();
	  const used = () => { let n = 0; for (const [k, v] of m) n += k.length + v.length; return n; };
	  const ls = {
	    get length() { return m.size; },
	    key(i) { const ks = Array.from(m.keys()); return i < ks.length ? ks[i] : null; },
	    getItem(k) {
	      if (k === globalThis.__failGet) { const e = new Error("read failed"); e.name = "UnknownError"; throw e; }
	      return m.has(k) ? m.get(k) : null;
	    },
	    setItem(k, v) {
	      v = String(v);
	      if (globalThis.__throwName) { const e = new Error("refused"); e.name = globalThis.__throwName; throw e; }
	      const old = m.has(k) ? k.length + m.get(k).length : 0;
	      if (quota > 0 && used() - old + k.length + v.length > quota) {
	        const e = new Error("The quota has been exceeded."); e.name = "QuotaExceededError"; e.code = 22; throw e;
	      }
	      m.set(k, v);
	    },
	    removeItem(k) { m.delete(k); },
	  };
	  Object.defineProperty(globalThis, "localStorage", { value: ls, configurable: true, writable: true });
	  globalThis.__throwName = "";
	  globalThis.__failGet = "";
	})(`+strconv.Itoa(quota)+`)`)
}

func TestLocalStorageKV(t *testing.T) {
	fakeLocalStorage(t, 200)
	kv, err := LocalStorage()
	require.NoError(t, err)

	require.NoError(t, kv.Set("parley:a", "1"))
	require.NoError(t, kv.Set("parley:b", "“two” 😊"))
	v, ok, err := kv.Get("parley:b")
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "“two” 😊", v)
	_, ok, err = kv.Get("missing")
	require.NoError(t, err)
	assert.False(t, ok)
	keys, err := kv.Keys()
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"parley:a", "parley:b"}, keys)
	require.NoError(t, kv.Remove("parley:a"))
	keys, _ = kv.Keys()
	assert.Equal(t, []string{"parley:b"}, keys)

	err = kv.Set("parley:big", strings.Repeat("x", 500))
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrQuota), "%v", err)
	_, ok, _ = kv.Get("parley:big")
	assert.False(t, ok)

	js.Global().Set("__throwName", "SecurityError")
	err = kv.Set("parley:c", "x")
	assert.True(t, errors.Is(err, ErrUnavailable), "%v", err)
	js.Global().Set("__throwName", "WeirdError")
	err = kv.Set("parley:c", "x")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "WeirdError")
	js.Global().Set("__throwName", "")
}

func TestStoreOverLocalStorage(t *testing.T) {
	fakeLocalStorage(t, 1200)
	kv := NewLocalStorage()
	s, problems := Open(kv)
	require.Empty(t, problems)
	require.NoError(t, s.SaveReport(Report{Text: textA}))
	err := s.SaveReport(Report{Text: textB + strings.Repeat(" more", 300)})
	assert.ErrorIs(t, err, ErrQuota)
	assert.Len(t, s.Reports(), 1)
	_, problems = Open(kv)
	assert.Empty(t, problems)
}

func TestLocalStorageUnavailable(t *testing.T) {
	js.Global().Call("eval", `Object.defineProperty(globalThis, "localStorage", { get() { const e = new Error("denied"); e.name = "SecurityError"; throw e; }, configurable: true })`)
	_, err := LocalStorage()
	assert.ErrorIs(t, err, ErrUnavailable)
	kv := NewLocalStorage()
	require.NoError(t, kv.Set("parley:x", "1"), "falls back to memory")
}

func TestStoreOverLocalStorageReadFailure(t *testing.T) {
	tests := []struct {
		name, key, meta string
	}{
		{"the version mark of a newer library", metaKey, `{"schema":3}`},
		{"the list of reports", indexKey, `{"schema":2}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fakeLocalStorage(t, 0)
			kv := NewLocalStorage()
			s, _ := Open(kv)
			require.NoError(t, s.SaveReport(Report{Text: textA}))
			require.NoError(t, kv.Set(metaKey, tt.meta))
			js.Global().Set("__failGet", tt.key)
			defer js.Global().Set("__failGet", "")

			s, problems := Open(kv)
			require.NotEmpty(t, problems)
			assert.Contains(t, problems[0].Message, "UnknownError")
			assert.ErrorIs(t, s.ReadErr(), ErrRead)
			err := s.SaveReport(Report{Text: textB})
			assert.ErrorIs(t, err, ErrRead)
			assert.Contains(t, err.Error(), "could not be read from the browser's storage")
			js.Global().Set("__failGet", "")
			meta, _, err := kv.Get(metaKey)
			require.NoError(t, err)
			assert.Equal(t, tt.meta, meta, "the version mark is never overwritten")
			keys, _ := kv.Keys()
			assert.Len(t, keys, 3, "meta, index, one report: nothing written")
		})
	}
}
