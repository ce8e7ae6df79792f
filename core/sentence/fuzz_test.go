package sentence

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkSpans verifies the contract of Split on any input: spans in order,
// non-overlapping, in bounds, non-empty, trimmed, and on rune boundaries
// when the text is valid UTF-8.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for k, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %d %+v out of order or bounds (prev end %d, len %d) in %q", k, sp, prev, len(text), text)
		}
		s := text[sp.Start:sp.End]
		if valid {
			if !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]) {
				t.Fatalf("span %d %+v not on rune boundaries in %q", k, sp, text)
			}
			if strings.TrimFunc(s, isSpace) != s {
				t.Fatalf("span %d %q is not trimmed", k, s)
			}
		} else {
			r, _ := utf8.DecodeRuneInString(s)
			l, _ := utf8.DecodeLastRuneInString(s)
			if isSpace(r) || isSpace(l) {
				t.Fatalf("span %d %q is not trimmed", k, s)
			}
		}
		prev = sp.End
	}
	// Nothing but white space is left out.
	covered := 0
	for _, sp := range spans {
		if strings.TrimFunc(text[covered:sp.Start], isSpace) != "" && utf8.ValidString(text[covered:sp.Start]) {
			t.Fatalf("text %q between spans is dropped", text[covered:sp.Start])
		}
		covered = sp.End
	}
	if rest := text[covered:]; utf8.ValidString(rest) && strings.TrimFunc(rest, isSpace) != "" {
		t.Fatalf("text %q after the last span is dropped", rest)
	}
}

func FuzzSplit(f *testing.F) {
	for _, r := range loadGolden(f) {
		f.Add(r.Text)
	}
	for _, c := range newsCases {
		f.Add(c.text)
	}
	for _, s := range []string{"", " ", ".", "...", ". . . .", "\n\n", "\r\n.\r\n", "U.S.", "1.", "1.)", "a)", "\xff.\xfe",
		"• 9.", "⁃9. x ⁃10. y", "\u00a0.\u00a0", "Mr.\u2028Smith", "…", "[...]", "a.b.c.d. E", "x.Yz",
		"JAPAN, U.S. SET\n    TOKYO - x.", "- a\n- b", "1. a\n2. b\n3. c", "\"?\" He", "。．！？", "\v\f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}
