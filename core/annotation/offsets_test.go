package annotation

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOffsets(t *testing.T) {
	// "“a” مرحبا 🇱🇧!" : curly quotes (3 bytes, 1 cp, 1 unit), Arabic
	// (2 bytes, 1 cp, 1 unit), a flag of two regional indicators (4 bytes,
	// 1 cp, 2 units each).
	text := "“a” مرحبا 🇱🇧!"
	tests := []struct {
		name           string
		bytes, cp, u16 int
	}{
		{"start", 0, 0, 0},
		{"after open quote", 3, 1, 1},
		{"after a", 4, 2, 2},
		{"after close quote", 7, 3, 3},
		{"start of Arabic", 8, 4, 4},
		{"after Arabic", 18, 9, 9},
		{"start of flag", 19, 10, 10},
		{"between regional indicators", 23, 11, 12},
		{"after flag", 27, 12, 14},
		{"end", 28, 13, 15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.cp, ByteToCodePoint(text, tt.bytes), "byte->cp")
			assert.Equal(t, tt.bytes, CodePointToByte(text, tt.cp), "cp->byte")
			assert.Equal(t, tt.u16, ByteToUTF16(text, tt.bytes), "byte->utf16")
			assert.Equal(t, tt.bytes, UTF16ToByte(text, tt.u16), "utf16->byte")
			assert.Equal(t, tt.u16, CodePointToUTF16(text, tt.cp), "cp->utf16")
			assert.Equal(t, tt.cp, UTF16ToCodePoint(text, tt.u16), "utf16->cp")
		})
	}
	require.Equal(t, 28, len(text))
	require.Equal(t, 13, utf8.RuneCountInString(text))
	require.Equal(t, 15, len(utf16.Encode([]rune(text))))
}

func TestOffsetsEdges(t *testing.T) {
	text := "a😊b"
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"negative byte clamps", ByteToCodePoint(text, -3), 0},
		{"byte past end clamps", ByteToCodePoint(text, 99), 3},
		{"byte inside emoji rounds down", ByteToCodePoint(text, 3), 1},
		{"byte inside emoji rounds down (utf16)", ByteToUTF16(text, 3), 1},
		{"cp past end", CodePointToByte(text, 99), len(text)},
		{"utf16 inside surrogate pair rounds down", UTF16ToByte(text, 2), 1},
		{"utf16 past end", UTF16ToByte(text, 99), len(text)},
		{"invalid byte is one code point", ByteToCodePoint("a\xffb", 2), 2},
		{"invalid byte is one utf16 unit", ByteToUTF16("a\xffb", 3), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
}

// Every rune boundary of the multilingual fixture converts back and forth,
// and agrees with what a browser would count (utf16.Encode).
func TestOffsetsRoundTripFixture(t *testing.T) {
	b, err := os.ReadFile("testdata/multilingual.txt")
	require.NoError(t, err)
	text := string(b)
	cp := 0
	for i := range text + "\x00" {
		if i > len(text) {
			break
		}
		require.Equal(t, cp, ByteToCodePoint(text, i))
		require.Equal(t, i, CodePointToByte(text, cp))
		u := len(utf16.Encode([]rune(text[:i])))
		require.Equal(t, u, ByteToUTF16(text, i))
		require.Equal(t, i, UTF16ToByte(text, u))
		cp++
	}
	require.True(t, strings.Contains(text, "🤝"))
}
