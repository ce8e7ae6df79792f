package annotation

import (
	"unicode/utf8"
)

// The core counts bytes of UTF-8, the W3C selectors count Unicode code
// points and the DOM counts UTF-16 code units. These helpers convert an
// offset into text from one unit to another. An invalid UTF-8 byte counts
// as one code point and one UTF-16 unit (the browser decodes it as U+FFFD).
// Offsets are clamped to [0, end of text]; a byte offset inside a
// multi-byte character, or a UTF-16 offset between the two halves of a
// surrogate pair, rounds down to the start of that character.

// ByteToCodePoint converts a byte offset of text to a code point offset.
func ByteToCodePoint(text string, b int) int {
	return unitsBefore(text, b, func(rune) int { return 1 })
}

// unitsBefore counts the units (width of each character) of text before
// byte offset b.
func unitsBefore(text string, b int, width func(rune) int) int {
	b = clamp(b, len(text))
	n := 0
	for i := 0; i < b; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if i+size > b {
			break
		}
		i += size
		n += width(r)
	}
	return n
}

// CodePointToByte converts a code point offset of text to a byte offset.
func CodePointToByte(text string, cp int) int {
	if cp <= 0 {
		return 0
	}
	i, n := 0, 0
	for i < len(text) && n < cp {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n++
	}
	return i
}

// ByteToUTF16 converts a byte offset of text to a UTF-16 code unit offset.
func ByteToUTF16(text string, b int) int {
	return unitsBefore(text, b, utf16Len)
}

// UTF16ToByte converts a UTF-16 code unit offset of text to a byte offset.
func UTF16ToByte(text string, u int) int {
	if u <= 0 {
		return 0
	}
	i, n := 0, 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if n+utf16Len(r) > u {
			break
		}
		n += utf16Len(r)
		i += size
	}
	return i
}

// CodePointToUTF16 converts a code point offset of text to UTF-16 units.
func CodePointToUTF16(text string, cp int) int {
	return ByteToUTF16(text, CodePointToByte(text, cp))
}

// UTF16ToCodePoint converts a UTF-16 unit offset of text to code points.
func UTF16ToCodePoint(text string, u int) int {
	return ByteToCodePoint(text, UTF16ToByte(text, u))
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

func clamp(x, hi int) int {
	if x < 0 {
		return 0
	}
	if x > hi {
		return hi
	}
	return x
}

// lastCodePoints returns the last n code points of s.
func lastCodePoints(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstCodePoints returns the first n code points of s.
func firstCodePoints(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
