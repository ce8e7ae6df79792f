//go:build !(js && wasm)

package ui

// GuardStorage stands in for denied Web Storage in the browser (see
// guard_js.go); natively there is nothing to guard.
func GuardStorage() {}
