// Package tsv reads the tab-separated data files the engine embeds: one
// record a line, '#' starts a comment line, blank lines are skipped.
package tsv

import (
	"bufio"
	"bytes"
	"strings"
)

// Rows calls fn with the columns of every record in data.
func Rows(data []byte, fn func(cols []string)) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}
