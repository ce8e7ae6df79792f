// Package tsv reads the tab-separated data files the engine embeds: one
// record a line, '#' starts a comment line, blank lines are skipped.
package tsv

import "strings"

// Rows calls fn with the columns of every record in data. The columns are
// substrings of one copy of data (no copy per line or per field), and each
// call gets a slice of its own.
func Rows(data []byte, fn func(cols []string)) {
	Each(string(data), func(cols []string) { fn(append([]string(nil), cols...)) })
}

// Each is Rows over a string with no copy at all: the columns are
// substrings of data, and the slice is reused from one record to the next
// (fn must not keep it).
func Each(data string, fn func(cols []string)) {
	var cols []string
	for s := data; s != ""; {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' || strings.TrimSpace(line) == "" {
			continue
		}
		cols = cols[:0]
		for {
			i := strings.IndexByte(line, '\t')
			if i < 0 {
				break
			}
			cols = append(cols, line[:i])
			line = line[i+1:]
		}
		fn(append(cols, line))
	}
}

// Count is strings.Count(s, string(c)) by strings.IndexByte: the same
// answer, but under js/wasm strings.Count reads a byte at a time in Go
// code, which the browser runs in its baseline tier at start-up (3 ms for
// the data files), while IndexByte is a word-at-a-time assembly routine.
// The loaders use it to size their tables.
func Count(s string, c byte) int {
	n := 0
	for {
		i := strings.IndexByte(s, c)
		if i < 0 {
			return n
		}
		n++
		s = s[i+1:]
	}
}
