// Package tsv reads the tab-separated data files the engine embeds: one
// record a line, '#' starts a comment line, blank lines are skipped.
package tsv

import "strings"

// Rows calls fn with the columns of every record in data. The columns are
// substrings of one copy of data (no copy per line or per field), and each
// call gets a slice of its own.
func Rows(data []byte, fn func(cols []string)) {
	s := string(data)
	for len(s) > 0 {
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
		fn(strings.Split(line, "\t"))
	}
}
