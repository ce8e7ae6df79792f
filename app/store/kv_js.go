//go:build js && wasm

package store

import (
	"fmt"
	"syscall/js"
)

// localStorageKV is a KV over window.localStorage.
type localStorageKV struct {
	ls js.Value
}

// NewLocalStorage returns a KV over window.localStorage. If the browser
// refuses access (private mode, storage disabled) it returns an in-memory
// KV instead, so the app still works for the session; use LocalStorage to
// know which one you got.
func NewLocalStorage() KV {
	kv, err := LocalStorage()
	if err != nil {
		return NewMemKV(0)
	}
	return kv
}

// LocalStorage returns a KV over window.localStorage, or an error wrapping
// ErrUnavailable when the browser refuses access.
func LocalStorage() (kv KV, err error) {
	err = jsTry(func() {
		// window.localStorage throws SecurityError when storage is
		// disabled; a plain Get would not turn that into a panic (only
		// Call does), so read it through Reflect.get.
		ls := js.Global().Get("Reflect").Call("get", js.Global(), "localStorage")
		if ls.IsUndefined() || ls.IsNull() {
			err = ErrUnavailable
			return
		}
		kv = &localStorageKV{ls: ls}
	})
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrUnavailable, err)
	}
	return kv, nil
}

// jsTry runs f and turns a JavaScript exception (syscall/js panics with a
// js.Error) into an error: ErrQuota for a full storage, else the exception's
// name and message.
func jsTry(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		jerr, ok := r.(js.Error)
		if !ok {
			panic(r)
		}
		name, msg := "", ""
		if v := jerr.Value; v.Type() == js.TypeObject {
			if n := v.Get("name"); n.Type() == js.TypeString {
				name = n.String()
			}
			if m := v.Get("message"); m.Type() == js.TypeString {
				msg = m.String()
			}
			if name == "" {
				if c := v.Get("code"); c.Type() == js.TypeNumber && (c.Int() == 22 || c.Int() == 1014) {
					name = "QuotaExceededError"
				}
			}
		}
		switch name {
		case "QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED":
			err = ErrQuota
		case "SecurityError":
			err = fmt.Errorf("%w (%s)", ErrUnavailable, msg)
		default:
			err = fmt.Errorf("browser storage error %s: %s", name, msg)
		}
	}()
	f()
	return nil
}

func (k *localStorageKV) Get(key string) (v string, ok bool, err error) {
	err = jsTry(func() {
		r := k.ls.Call("getItem", key)
		if r.Type() == js.TypeString {
			v, ok = r.String(), true
		}
	})
	return v, ok, err
}

func (k *localStorageKV) Set(key, value string) error {
	if err := jsTry(func() { k.ls.Call("setItem", key, value) }); err != nil {
		return fmt.Errorf("setting %q: %w", key, err)
	}
	return nil
}

func (k *localStorageKV) Remove(key string) error {
	return jsTry(func() { k.ls.Call("removeItem", key) })
}

func (k *localStorageKV) Keys() (keys []string, err error) {
	err = jsTry(func() {
		n := k.ls.Get("length").Int()
		keys = make([]string, 0, n)
		for i := 0; i < n; i++ {
			if key := k.ls.Call("key", i); key.Type() == js.TypeString {
				keys = append(keys, key.String())
			}
		}
	})
	return keys, err
}
