package tsv

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRows(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string
	}{
		{"records", "a\tb\nc\td\te\n", [][]string{{"a", "b"}, {"c", "d", "e"}}},
		{"comments and blanks", "# header\n\n  \na\tb\n#x\ty\n", [][]string{{"a", "b"}}},
		{"CRLF", "a\tb\r\nc\r\n", [][]string{{"a", "b"}, {"c"}}},
		{"no final newline", "a", [][]string{{"a"}}},
		{"empty column kept", "a\t\tc\n", [][]string{{"a", "", "c"}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			Rows([]byte(tt.in), func(cols []string) { got = append(got, cols) })
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCount(t *testing.T) {
	for _, s := range []string{"", "a", "\n", "a\nb\n", "\n\n\nx", "no newline"} {
		assert.Equal(t, strings.Count(s, "\n"), Count(s, '\n'), "%q", s)
	}
	assert.Equal(t, 3, Count("a|b||c", '|'))
}
