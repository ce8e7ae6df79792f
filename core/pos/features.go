package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Each word of a sentence is read once into a token: hashes of its
// normalised forms (curly quotes and apostrophes made straight, letters
// lower-cased), of its suffixes, prefixes and shape. The features of a word
// are then mixes of these hashes with a template number, cut to a bucket of
// the weight table: no strings are built and no maps are read.

// token is one word, or one of the two sentinels on each side of a sentence.
type token struct {
	exact uint64    // the normalised word, case kept (lower-cased in an ALL-CAPS or Title Case sentence)
	lower uint64    // the normalised word, lower-cased
	suf   [4]uint64 // its last 1..4 characters, lower-cased
	pre   [3]uint64 // its first 1..3 characters, lower-cased
	shape uint64    // its shape ("Xx", "X.X.", "d,d", "x-Xx"), case dropped in a headline
	flags uint8
}

// Token flags.
const (
	fCap   uint8 = 1 << iota // first letter upper case (kept in a headline)
	fUpper                   // has an upper-case letter
	fDigit                   // has a digit
	fHyph                    // has an inner hyphen
	fFirst                   // no word (letters or digits) before it in the sentence
	fAlnum                   // has a letter or a digit
	fLower                   // has a lower-case letter
	fLong                    // has four characters or more
)

// Sentence case modes.
const (
	modeNormal uint8 = iota
	modeUpper        // an ALL-CAPS headline
	modeTitle        // a Title Case headline
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Sentinels stand for the words before the first and after the last.
var (
	startTok = token{exact: 0x5ca1ab1e0001, lower: 0x5ca1ab1e0001, suf: [4]uint64{1, 1, 1, 1}, pre: [3]uint64{1, 1, 1}, shape: 0x5ca1ab1e0011}
	endTok   = token{exact: 0x5ca1ab1e0002, lower: 0x5ca1ab1e0002, suf: [4]uint64{2, 2, 2, 2}, pre: [3]uint64{2, 2, 2}, shape: 0x5ca1ab1e0012}
)

// normRune is r as the features see it: curly quotes and apostrophes are
// straight ones, dashes are "-", letters are lower case when lower is set.
func normRune(r rune, lower bool) rune {
	switch r {
	case '’', '‘', '‛', '′', '`':
		return '\''
	case '“', '”', '„', '‟', '″':
		return '"'
	case '–', '—', '‑', '‒', '−':
		return '-'
	}
	if lower {
		return unicode.ToLower(r)
	}
	return r
}

// hashRune adds r's UTF-8 bytes to the FNV-1a hash h.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// hashWord returns the FNV-1a hash of word's normalised form, lower-cased
// or not: the key of the tag dictionary.
func hashWord(word string, lower bool) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(word); i++ {
		b := word[i]
		switch {
		case b >= utf8.RuneSelf:
			// the rest rune by rune (the bytes before were whole runes)
			for _, r := range word[i:] {
				h = hashRune(h, normRune(r, lower))
			}
			return h
		case b == '`':
			b = '\''
		case lower && b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		}
		h = (h ^ uint64(b)) * fnvPrime
	}
	return h
}

// shapeClass is the class of a rune in a word's shape.
func shapeClass(r rune) uint64 {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return uint64(r)
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'o'
}

// asciiClass is the shape class of each ASCII byte.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		c[b] = uint8(shapeClass(rune(b)))
	}
	c['`'] = '\''
	return c
}()

// read fills tk from word as in ordinary text (see headline) and returns
// its number of characters.
func (tk *token) read(word string) int {
	exact, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var flags uint8
	var last uint64
	n, shapeLen := 0, 0
	for i := 0; i < len(word); {
		var c uint64
		if b := word[i]; b < utf8.RuneSelf {
			c = uint64(asciiClass[b])
			lb := b
			switch {
			case c == 'X':
				lb += 'a' - 'A'
			case b == '`':
				b, lb = '\'', '\''
			}
			exact = (exact ^ uint64(b)) * fnvPrime
			lower = (lower ^ uint64(lb)) * fnvPrime
			i++
		} else {
			r, size := utf8.DecodeRuneInString(word[i:])
			r = normRune(r, false)
			exact = hashRune(exact, r)
			lower = hashRune(lower, normRune(r, true))
			c = shapeClass(r)
			i += size
		}
		if n < len(tk.pre) {
			tk.pre[n] = lower
		}
		n++
		switch c {
		case 'X':
			if n == 1 {
				flags |= fCap
			}
			flags |= fUpper | fAlnum
		case 'x':
			flags |= fLower | fAlnum
		case 'd':
			flags |= fDigit | fAlnum
		case '-':
			if n > 1 && i < len(word) {
				flags |= fHyph
			}
		}
		if c != last && shapeLen < maxShape {
			shape = (shape ^ c) * fnvPrime
			shapeLen++
			last = c
		}
	}
	for k := n; k < len(tk.pre); k++ {
		tk.pre[k] = lower
	}
	tk.exact, tk.lower, tk.shape, tk.flags = exact, lower, shape, flags
	tk.readSuffixes(word)
	return n
}

// maxShape bounds the classes of a shape.
const maxShape = 8

// headline makes tk, read from word, a word of a headline of the given
// mode: its exact form is its lower-case one, and its shape has no case
// and is not one of ordinary text.
func (tk *token) headline(word string, mode uint8) {
	shape, last, shapeLen := uint64(fnvOffset), uint64(0), 0
	for _, r := range word {
		c := shapeClass(normRune(r, false))
		if c == 'X' {
			c = 'x'
		}
		if c != last && shapeLen < maxShape {
			shape = (shape ^ c) * fnvPrime
			shapeLen++
			last = c
		}
	}
	tk.exact = tk.lower
	tk.shape = (shape ^ uint64(mode)) * fnvPrime
}

// readSuffixes hashes the last 1..4 characters of word, lower-cased, from
// the last one back.
func (tk *token) readSuffixes(word string) {
	h := uint64(fnvOffset)
	for k := range tk.suf {
		if len(word) > 0 {
			if b := word[len(word)-1]; b < utf8.RuneSelf {
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				} else if b == '`' {
					b = '\''
				}
				h = (h ^ uint64(b)) * fnvPrime
				word = word[:len(word)-1]
			} else {
				r, size := utf8.DecodeLastRuneInString(word)
				word = word[:len(word)-size]
				h = hashRune(h, normRune(r, true))
			}
		}
		tk.suf[k] = h
	}
}

// caseMode tells whether the words read into toks are an ALL-CAPS
// headline, a Title Case headline or ordinary text. A sentence is ALL CAPS
// when at least three in four of its words with letters (two or more)
// have no lower-case letter; it is Title Case when it has three or more
// words of four characters or more with letters, all of them capitalised.
func caseMode(toks []token) uint8 {
	letters, upper, long, capLong := 0, 0, 0, 0
	for i := range toks {
		f := toks[i].flags
		if f&(fUpper|fLower) == 0 {
			continue
		}
		letters++
		if f&fLower == 0 {
			upper++
		}
		if f&fLong != 0 {
			long++
			if f&fCap != 0 {
				capLong++
			}
		}
	}
	switch {
	case letters >= 2 && 4*upper >= 3*letters:
		return modeUpper
	case long >= 3 && capLong == long:
		return modeTitle
	}
	return modeNormal
}

// sentence is the tokens of one sentence between two sentinels on each
// side: word i is toks[i+2].
type sentence struct {
	toks   []token
	mode   uint8
	sets   []uint32 // the tagger's: tag sets of the words from the dictionary
	wordSc []lanes  // the tagger's: scores of the features that read words alone
	cache  []wordEntry
}

// reset reads words into s, reusing its memory.
func (s *sentence) reset(words []string) {
	n := len(words) + 4
	if cap(s.toks) < n {
		s.toks = make([]token, n)
	}
	s.toks = s.toks[:n]
	s.toks[0], s.toks[1] = startTok, startTok
	s.toks[n-2], s.toks[n-1] = endTok, endTok
	first := true
	for i, w := range words {
		tk := &s.toks[i+2]
		if tk.read(w) >= 4 {
			tk.flags |= fLong
		}
		if first {
			tk.flags |= fFirst
			first = tk.flags&fAlnum == 0
		}
	}
	s.mode = caseMode(s.toks[2 : n-2])
	if s.mode != modeNormal {
		for i, w := range words {
			s.toks[i+2].headline(w, s.mode)
		}
	}
}

// Normalize returns word as the tagger reads it: curly quotes and
// apostrophes straight, dashes "-", and lower-cased when lower is set.
func Normalize(word string, lower bool) string {
	return strings.Map(func(r rune) rune { return normRune(r, lower) }, word)
}
