// Package tokens splits English news text into word and punctuation tokens
// whose offsets are byte offsets into the untouched original text. It is a
// single forward byte scan: no regular expressions, one allocation for the
// lower-cased copy of the text and one for the token slice.
package tokens

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Kind is the sort of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters (with internal - ' & and acronym dots)
	Number                 // digits with internal . , / : -
	Poss                   // the possessive 's / ’s
	Punct                  // any other single character
)

// Flags describe the case of a word.
type Flags uint8

// Case flags.
const (
	Cap   Flags = 1 << iota // first letter is upper case
	Upper                   // every letter is upper case and there are at least two
)

// Token is one token: Text[Start:End] of the original. It holds no
// pointers, so a long text's token slice costs the collector nothing.
type Token struct {
	Start, End int32
	Kind       Kind
	Flags      Flags
}

// In returns the token's text in lower (Lower(text) of the same text).
func (t *Token) In(lower string) string { return lower[t.Start:t.End] }

// S and E are Start and End as int.
func (t *Token) S() int { return int(t.Start) }

// E is End as int.
func (t *Token) E() int { return int(t.End) }

// Lower returns text with ASCII letters lower-cased; byte offsets are kept.
func Lower(text string) string {
	// Text with no upper-case ASCII letter is its own lower case.
	i := 0
	for i < len(text) && !(text[i] >= 'A' && text[i] <= 'Z') {
		i++
	}
	if i == len(text) {
		return text
	}
	// One copy: the bytes are never written again once lower-cased, so
	// the string can share them (a 1 MB report would otherwise copy twice).
	b := make([]byte, len(text))
	copy(b, text[:i])
	for ; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		b[i] = c
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func isSpaceAt(s string, i int) (bool, int) {
	c := s[i]
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true, 1
	}
	if c < 0x80 {
		return false, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == 0xA0 || r == 0x2009 || r == 0x200A || r == 0x202F || r == 0x2007 || r == 0x3000 || (r >= 0x2000 && r <= 0x200B) || r == 0xFEFF {
		return true, n
	}
	return false, n
}

// letterAt reports whether a letter starts at i, and its size.
func letterAt(s string, i int) (bool, int) {
	if i >= len(s) {
		return false, 0
	}
	c := s[i]
	if c < 0x80 {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r), n
}

func digitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

func alnumAt(s string, i int) bool {
	if digitAt(s, i) {
		return true
	}
	ok, _ := letterAt(s, i)
	return ok
}

// apostropheAt returns the size of an apostrophe (' or ’) at i, or 0.
func apostropheAt(s string, i int) int {
	if i < len(s) && s[i] == '\'' {
		return 1
	}
	if i+2 < len(s)+0 && i+3 <= len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// asciiSpace marks the ASCII white-space bytes (isSpaceAt's ASCII answer).
var asciiSpace = [128]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// Tokenize splits text into tokens; lower must be Lower(text).
func Tokenize(text, lower string) []Token { return TokenizeInto(nil, text, lower) }

// TokenizeInto is Tokenize writing into buf's array when it is large
// enough for text (so a caller can reuse one slice across texts).
func TokenizeInto(buf []Token, text, lower string) []Token {
	out := buf[:0]
	if need := len(text)/5 + 4; cap(out) < need {
		out = make([]Token, 0, need)
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if sp, n := isSpaceAt(text, i); sp {
			i += n
			continue
		}
		start := i
		if ok, n := letterAt(text, i); ok {
			// Acronym with dots: U.S. / U.N. / U.S.A.
			if n == 1 && i+3 < len(text)+1 && i+1 < len(text) && text[i+1] == '.' {
				j := i
				for {
					ok2, n2 := letterAt(text, j)
					if !ok2 || n2 != 1 || j+1 >= len(text) || text[j+1] != '.' {
						break
					}
					j += 2
				}
				if j-i >= 4 { // at least two letter-dot pairs
					i = j
					out = append(out, mk(text, start, i, Word, true))
					continue
				}
			}
			var ascii bool
			i, ascii = wordEnd(text, start, n)
			out = append(out, mk(text, start, i, Word, ascii))
			continue
		}
		if digitAt(text, i) {
			i++
			for i < len(text) {
				c := text[i]
				if digitAt(text, i) {
					i++
					continue
				}
				if (c == '.' || c == ',' || c == '/' || c == ':' || c == '-') && digitAt(text, i+1) {
					i++
					continue
				}
				if ok, n := letterAt(text, i); ok && c < 0x80 { // 2nd, 1980s, 10pct
					i += n
					continue
				}
				break
			}
			out = append(out, mk(text, start, i, Number, false))
			continue
		}
		if a := apostropheAt(text, i); a > 0 && i+a < len(text) && (text[i+a] == 's' || text[i+a] == 'S') && !alnumAt(text, i+a+1) && len(out) > 0 && int(out[len(out)-1].End) == i {
			i += a + 1
			out = append(out, mk(text, start, i, Poss, false))
			continue
		}
		if a := apostropheAt(text, i); a > 0 && len(out) > 0 && int(out[len(out)-1].End) == i && out[len(out)-1].Kind == Word &&
			(text[i-1] == 's' || text[i-1] == 'S') && !alnumAt(text, i+a) && i+a+1 < len(text) && text[i+a] == ' ' && alnumAt(text, i+a+1) {
			// "the pilots' proposal" (a word follows: not a closing quote)
			i += a
			out = append(out, mk(text, start, i, Poss, false))
			continue
		}
		if a := apostropheAt(text, i); a > 0 && len(out) > 0 && int(out[len(out)-1].End) == i && out[len(out)-1].Kind == Word {
			if n := cliticAt(text, i+a); n > 0 {
				i += a + n
				out = append(out, mk(text, start, i, Word, a == 1))
				continue
			}
		}
		n := 1
		if c >= 0x80 {
			_, n = utf8.DecodeRuneInString(text[i:])
			if n < 1 {
				n = 1
			}
		}
		i += n
		out = append(out, mk(text, start, i, Punct, false))
	}
	return out
}

// cliticAt returns the length of a clitic after an apostrophe at i ("re",
// "ve", "ll", "d", "m", any case) when no letter or digit follows it, or 0.
func cliticAt(s string, i int) int {
	n := 0
	switch {
	case i+2 <= len(s) && (s[i] == 'r' || s[i] == 'R') && (s[i+1] == 'e' || s[i+1] == 'E'),
		i+2 <= len(s) && (s[i] == 'v' || s[i] == 'V') && (s[i+1] == 'e' || s[i+1] == 'E'),
		i+2 <= len(s) && (s[i] == 'l' || s[i] == 'L') && (s[i+1] == 'l' || s[i+1] == 'L'):
		n = 2
	case i < len(s) && (s[i] == 'd' || s[i] == 'D' || s[i] == 'm' || s[i] == 'M'):
		n = 1
	default:
		return 0
	}
	if alnumAt(s, i+n) {
		return 0
	}
	return n
}

// mk makes a token; ascii says that a word's bytes are known to be ASCII.
func mk(text string, s, e int, k Kind, ascii bool) Token {
	t := Token{Start: int32(s), End: int32(e), Kind: k}
	if k == Word {
		if !ascii {
			ascii = true
			for j := s; j < e; j++ {
				if text[j] >= 0x80 {
					ascii = false
					break
				}
			}
		}
		if ascii {
			c := text[s]
			if c >= 'A' && c <= 'Z' {
				t.Flags |= Cap
				up, letters := true, 0
				for j := s; j < e; j++ {
					c := text[j]
					if c >= 'a' && c <= 'z' {
						up = false
						break
					}
					if c >= 'A' && c <= 'Z' {
						letters++
					}
				}
				if up && letters >= 2 {
					t.Flags |= Upper
				}
			}
			return t
		}
		r, _ := utf8.DecodeRuneInString(text[s:])
		if unicode.IsUpper(r) {
			t.Flags |= Cap
		}
		up, letters := true, 0
		for j := s; j < e; {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					up = false
				}
			}
			j += n
		}
		if up && letters >= 2 {
			t.Flags |= Upper
		}
	}
	return t
}

// Words returns the lower-cased word and punctuation tokens of a short phrase,
// split exactly as Tokenize splits running text (for dictionary entries).
func Words(phrase string) []string {
	low := Lower(phrase)
	toks := Tokenize(phrase, low)
	out := make([]string, len(toks))
	for i := range toks {
		out[i] = toks[i].In(low)
	}
	return out
}

// wordEnd scans the word that starts at start with a letter of n bytes:
// letters, digits, inner hyphens and ampersands, and apostrophes inside a
// name ("O'Neill"); a possessive 's, a clitic ('re, n't) or a plural
// possessive's apostrophe ends it. It returns its end and whether it is
// all ASCII.
func wordEnd(text string, start, n int) (int, bool) {
	i := start
	ascii := n == 1 // (letterAt gives size 1 only to ASCII letters)
	i += n
	for i < len(text) {
		if asciiAlnum[text[i]] {
			i++ // ASCII fast path
			continue
		}
		if ok, n := letterAt(text, i); ok {
			if n != 1 {
				ascii = false
			}
			i += n
			continue
		}
		if digitAt(text, i) {
			i++
			continue
		}
		c := text[i]
		if (c == '-' || c == '&') && alnumAt(text, i+1) {
			i++
			continue
		}
		if a := apostropheAt(text, i); a > 0 {
			// possessive 's ends the word, and so do the clitics
			// 're 've 'll 'd 'm and n't (split as UD EWT splits
			// them: "they" "'re", "do" "n't")
			if i+a < len(text) && (text[i+a] == 's' || text[i+a] == 'S') && !alnumAt(text, i+a+1) {
				break
			}
			if cliticAt(text, i+a) > 0 {
				break
			}
			if i-1 > start && (text[i-1] == 'n' || text[i-1] == 'N') && i+a < len(text) &&
				(text[i+a] == 't' || text[i+a] == 'T') && !alnumAt(text, i+a+1) {
				i-- // "n't" is a token of its own
				break
			}
			if ok, _ := letterAt(text, i+a); ok {
				if a != 1 {
					ascii = false
				}
				i += a
				continue
			}
			// a plural possessive ("the pilots' proposal") ends
			// the word: its apostrophe is a token of its own, as
			// in UD EWT
			break
		}
		break
	}
	return i, ascii
}
