//go:build js && wasm

package ui

import "parley/app/store"

// browserKV is window.localStorage, or an in-memory stand-in with a
// plain-words problem when the browser refuses storage.
func browserKV() (store.KV, string) {
	if storageDenied("localStorage") { // window.localStorage is GuardStorage's stand-in
		return store.NewMemKV(0), "This browser does not let Parley keep data here (storage is blocked for this site): reports are kept only until the page closes."
	}
	kv, err := store.LocalStorage()
	if err != nil {
		return store.NewMemKV(0), "This browser does not let Parley keep data (" + err.Error() + "): reports are kept only until the page closes."
	}
	return kv, ""
}
