//go:build !(js && wasm)

package ui

import "parley/app/store"

// browserKV is an in-memory store outside the browser (native tests).
func browserKV() (store.KV, string) { return store.NewMemKV(0), "" }
