//go:build js && wasm

package ui

import (
	"strconv"
	"syscall/js"
)

// denied names the Web Storage areas the browser refuses to this page.
var denied = map[string]bool{}

// GuardStorage stands in for window.localStorage and sessionStorage when
// the browser denies them, before go-app starts. In a cross-site frame with
// third-party storage blocked (incognito windows, Brave, "Block third-party
// cookies", a site's cookies blocked) reading window.localStorage throws a
// SecurityError; go-app's start-up reads it (its state store cleans
// expired persisted values) with a plain property read, which syscall/js
// cannot turn into a panic: the exception went through the Go program and
// stopped it, and the embed panel stayed at "Waiting for the article…".
// The stand-in is an in-memory Storage for the page's life; Parley's own
// store still reports the storage as unavailable (see browserKV), so the
// reader is told that nothing is kept. Call it before app.RunWhenOnBrowser.
func GuardStorage() {
	win := js.Global()
	for _, name := range []string{"localStorage", "sessionStorage"} {
		if readable(win, name) {
			continue
		}
		denied[name] = true
		func() {
			defer func() { _ = recover() }()
			win.Get("Object").Call("defineProperty", win, name, map[string]any{
				"value": memStorage(), "configurable": true, "enumerable": true,
			})
		}()
	}
}

// readable reports whether window[name] can be read (through Reflect.get:
// only a call turns a JavaScript exception into a Go panic).
func readable(win js.Value, name string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	v := win.Get("Reflect").Call("get", win, name)
	return v.Truthy()
}

// storageDenied reports whether the browser denied the page name
// ("localStorage", "sessionStorage").
func storageDenied(name string) bool { return denied[name] }

// memStorage is an object with the methods of Storage over a Go map.
func memStorage() js.Value {
	items := map[string]string{}
	var keys []string
	obj := js.Global().Get("Object").New()
	fn := func(f func(args []js.Value) any) js.Func {
		return js.FuncOf(func(this js.Value, args []js.Value) any { return f(args) })
	}
	arg := func(args []js.Value, i int) string {
		if i < len(args) {
			return args[i].String()
		}
		return "undefined"
	}
	obj.Set("getItem", fn(func(args []js.Value) any {
		if v, ok := items[arg(args, 0)]; ok {
			return v
		}
		return nil
	}))
	obj.Set("setItem", fn(func(args []js.Value) any {
		k := arg(args, 0)
		if _, ok := items[k]; !ok {
			keys = append(keys, k)
		}
		items[k] = arg(args, 1)
		return nil
	}))
	obj.Set("removeItem", fn(func(args []js.Value) any {
		k := arg(args, 0)
		if _, ok := items[k]; ok {
			delete(items, k)
			for i, x := range keys {
				if x == k {
					keys = append(keys[:i], keys[i+1:]...)
					break
				}
			}
		}
		return nil
	}))
	obj.Set("clear", fn(func(args []js.Value) any {
		items, keys = map[string]string{}, nil
		return nil
	}))
	obj.Set("key", fn(func(args []js.Value) any {
		i, err := strconv.Atoi(arg(args, 0))
		if err != nil || i < 0 || i >= len(keys) {
			return nil
		}
		return keys[i]
	}))
	js.Global().Get("Object").Call("defineProperty", obj, "length", map[string]any{
		"get": fn(func([]js.Value) any { return len(keys) }),
	})
	return obj
}
