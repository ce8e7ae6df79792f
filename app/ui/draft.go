package ui

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// draftKey holds the text in the report box for this tab (sessionStorage),
// so that a reload — after an app update, say — gives the reader back what
// they were working on, analysed or not.
const draftKey = "parley:draft"

// saveDraft keeps text for this tab. A browser that refuses (storage full
// or disabled) loses only the draft, never the Library.
func saveDraft(text string) {
	if !app.IsClient {
		return
	}
	defer func() { _ = recover() }() // syscall/js panics on a thrown QuotaExceededError
	ss := app.Window().Get("sessionStorage")
	if text == "" {
		ss.Call("removeItem", draftKey)
		return
	}
	ss.Call("setItem", draftKey, text)
}

// loadDraft returns this tab's saved text, or "".
func loadDraft() (text string) {
	if !app.IsClient {
		return ""
	}
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	v := app.Window().Get("sessionStorage").Call("getItem", draftKey)
	if v.IsNull() || v.IsUndefined() {
		return ""
	}
	return v.String()
}
