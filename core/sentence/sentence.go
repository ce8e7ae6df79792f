// Package sentence splits English news text into sentences, as byte spans
// into the original text.
//
// It is a rule-based, single-pass byte scanner (no regular expressions, no
// model): linear in the length of the text, allocation-light, and safe on any
// input, including invalid UTF-8. The rules are tuned for news copy:
//
//   - A full stop, question mark or exclamation mark ends a sentence when
//     white space and a capitalised word, a number or the end of the text
//     follow, with closing quotes and brackets kept in the sentence.
//   - Abbreviations (abbreviations.txt, embedded) do not end a sentence
//     unless a typical sentence-opening word follows: "Mr. Smith", "the U.S.
//     Government", but "... Briggs & Co. It closed yesterday."
//   - Initials, decimals and amounts ($1.5 billion), e-mail and web addresses,
//     ellipses ("...", ". . .", "…"), numbered and lettered list items and
//     bullets are handled.
//   - Line breaks: a blank line, a line that starts with indentation (the
//     paragraphs of wire copy), an ALL-CAPS headline line and a list item
//     always end a sentence. A single line break inside hard-wrapped text
//     does not; in text that is not hard-wrapped (long lines, one paragraph
//     a line) every line break ends a sentence.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of the text.
type Span struct{ Start, End int }

// Split returns the sentences of text in order, trimmed of surrounding
// white space, as byte offsets into text. The spans do not overlap, are
// never empty, and start and end on rune boundaries of valid UTF-8.
func Split(text string) []Span { return SplitInto(nil, text) }

// SplitInto is Split writing into buf's array when it is large enough (so a
// caller can reuse one slice across texts).
func SplitInto(buf []Span, text string) []Span {
	s := splitter{t: text, seg: -1, listSeg: -1}
	// about one sentence per 120 bytes of news: sized once, not regrown
	if need := len(text)/120 + 8; cap(buf) >= need {
		s.out = buf[:0]
	} else {
		s.out = make([]Span, 0, need)
	}
	s.wrapped, s.width = hardWrapped(text)
	s.run()
	return s.out
}

// Limits of the local look-arounds, which keep the scan linear.
const (
	maxToken    = 64  // bytes scanned back for the word before a full stop
	maxLook     = 256 // bytes scanned for e-mail/URL marks or words of a sentence
	shortLine   = 40  // a list line ("features\ncontact manager") is at most this long
	longLine    = 150 // a line this long is not hard-wrapped text
	minWidth    = 50  // hard-wrapped text this wide shows short lines
	headlineMax = 200 // an ALL-CAPS headline line is at most this long
)

type splitter struct {
	t       string
	out     []Span
	seg     int  // start of the open sentence, or -1
	line    int  // start of the current line
	wrapped bool // single line breaks may fall inside a sentence
	width   int  // the longest line of hard-wrapped text: its wrap width

	// The list whose item opened sentence listSeg: "1." "2." or "a)" "b)".
	listSeg   int
	listVal   int  // value of the last item marker: 1, 2, ... or 'a', 'b', ...
	listStyle byte // '.', ')' or 'x' for ".)"
}

// special marks the bytes the main loop stops at.
var special = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', ')', '\n', '\r', '\v', '\f',
		0xE2, // … • ⁃ U+2028 U+2029 and other bullets
		0xE3, // 。
		0xEF, // ． ！ ？
	} {
		t[c] = true
	}
	return
}()

func (s *splitter) run() {
	t := s.t
	n := len(t)
	for i := 0; i < n; {
		if s.seg < 0 {
			// Between sentences: skip white space, keeping track of lines.
			c := t[i]
			if c == '\n' || c == '\v' || c == '\f' || (c == '\r' && (i+1 == n || t[i+1] != '\n')) {
				i++
				s.line = i
				continue
			}
			if w := spaceAt(t, i); w > 0 {
				if w == 3 && t[i] == 0xE2 { // U+2028, U+2029
					s.line = i + w
				}
				i += w
				continue
			}
			s.seg = i
			s.listSeg = -1
		}
		// Inside a sentence: run to the next byte that may matter.
		for i < n && !special[t[i]] {
			i++
		}
		if i >= n {
			break
		}
		switch t[i] {
		case '.':
			i = s.period(i)
		case '!', '?':
			i = s.bang(i)
		case ')':
			i = s.paren(i)
		case '\n':
			i = s.newline(i, 1)
		case '\r':
			if i+1 < n && t[i+1] == '\n' {
				i++
			} else {
				i = s.newline(i, 1)
			}
		case '\v', '\f':
			s.emit(i)
			i++
			s.line = i
		default:
			i = s.multibyte(i)
		}
	}
	s.emit(n)
}

// emit closes the open sentence at end (trimming white space before it).
func (s *splitter) emit(end int) {
	if s.seg < 0 {
		return
	}
	e := end
	for e > s.seg {
		r, w := utf8.DecodeLastRuneInString(s.t[s.seg:e])
		if !isSpace(r) || (r == utf8.RuneError && w == 1) {
			break
		}
		e -= w
	}
	if e > s.seg {
		s.out = append(s.out, Span{s.seg, e})
	}
	s.seg = -1
}

// restart closes the open sentence at end and opens the next one at start,
// which is not white space.
func (s *splitter) restart(end, start int) {
	s.emit(end)
	s.seg = start
}

// ---------------------------------------------------------------------------
// Characters

// spaceAt returns the byte width of the white-space rune at t[i], or 0.
func spaceAt(t string, i int) int {
	c := t[i]
	if c < utf8.RuneSelf {
		switch c {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF {
		return 0
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	if isSpace(r) && w > 1 {
		return w
	}
	return 0
}

// spaceBefore returns the byte width of the white-space rune that ends at
// t[i-1], or 0.
func spaceBefore(t string, i int) int {
	if i <= 0 {
		return 0
	}
	if t[i-1] < utf8.RuneSelf {
		return spaceAt(t, i-1)
	}
	r, w := utf8.DecodeLastRuneInString(t[max(0, i-utf8.UTFMax):i])
	if w > 1 && isSpace(r) {
		return w
	}
	return 0
}

// isSpace is unicode.IsSpace plus the zero-width space and the byte-order
// mark, which pasted text carries around.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

// hspaceAt returns the width of white space other than a line break at
// t[i], or 0. A '\r' counts as a line break (alone or in CRLF).
func hspaceAt(t string, i int) int {
	if isLineBreakAt(t, i) {
		return 0
	}
	return spaceAt(t, i)
}

// isLineBreakAt reports \n, \r, \v, \f, U+2028 or U+2029 at t[i].
func isLineBreakAt(t string, i int) bool {
	switch t[i] {
	case '\n', '\r', '\v', '\f':
		return true
	case 0xE2:
		return i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0xA8 || t[i+2] == 0xA9)
	}
	return false
}

// closerAt returns the width of a closing quote or bracket at t[i], or 0.
// skipClosers returns the end of the run of closing quotes and brackets
// that starts at i.
func skipClosers(t string, i int) int {
	for i < len(t) {
		w := closerAt(t, i)
		if w == 0 {
			break
		}
		i += w
	}
	return i
}

func closerAt(t string, i int) int {
	switch t[i] {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 {
			switch t[i+2] {
			case 0x9D, 0x99, 0xBA: // ” ’ ›
				return 3
			}
		}
	case 0xC2:
		if i+1 < len(t) && t[i+1] == 0xBB { // »
			return 2
		}
	case 0xE3:
		if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x8D || t[i+2] == 0x8F) { // 」 』
			return 3
		}
	case 0xEF:
		if i+2 < len(t) && t[i+1] == 0xBC && t[i+2] == 0x89 { // ）
			return 3
		}
	}
	return 0
}

// openerAt returns the width of an opening quote or bracket at t[i], or 0.
func openerAt(t string, i int) int {
	switch t[i] {
	case '"', '\'', '(', '[', '{', '`':
		return 1
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 {
			switch t[i+2] {
			case 0x9C, 0x98, 0xB9: // “ ‘ ‹
				return 3
			}
		}
	case 0xC2:
		if i+1 < len(t) && (t[i+1] == 0xAB || t[i+1] == 0xBF || t[i+1] == 0xA1) { // « ¿ ¡
			return 2
		}
	}
	return 0
}

// bulletAt returns the width of a bullet character at t[i], or 0.
func bulletAt(t string, i int) int {
	if t[i] != 0xE2 || i+2 >= len(t) {
		return 0
	}
	switch t[i+1] {
	case 0x80:
		if t[i+2] == 0xA2 || t[i+2] == 0xA3 { // • ‣
			return 3
		}
	case 0x81:
		if t[i+2] == 0x83 { // ⁃
			return 3
		}
	case 0x96:
		if t[i+2] == 0xA0 || t[i+2] == 0xAA || t[i+2] == 0xBA { // ■ ▪ ►
			return 3
		}
	case 0x97:
		if t[i+2] == 0x8F || t[i+2] == 0xA6 { // ● ◦
			return 3
		}
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// ---------------------------------------------------------------------------
// What follows a full stop

type nextKind uint8

const (
	nextEnd   nextKind = iota // end of text
	nextUpper                 // a capital letter
	nextLower                 // a small letter
	nextDigit                 // a digit
	nextOther                 // anything else
)

// next looks past white space and opening quotes/brackets at j and says
// what comes there: its kind and where it starts.
func (s *splitter) next(j int) (k nextKind, at int) {
	t := s.t
	n := len(t)
	for j < n {
		if w := spaceAt(t, j); w > 0 {
			j += w
			continue
		}
		if w := openerAt(t, j); w > 0 {
			j += w
			continue
		}
		break
	}
	if j >= n {
		return nextEnd, j
	}
	c := t[j]
	switch {
	case isUpper(c):
		return nextUpper, j
	case isLower(c):
		if j+1 < n && isUpper(t[j+1]) {
			return nextUpper, j // "eBay", "iPhone" open sentences too
		}
		return nextLower, j
	case isDigit(c):
		return nextDigit, j
	case c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(t[j:])
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return nextUpper, j
		}
		if unicode.IsLower(r) {
			return nextLower, j
		}
	}
	return nextOther, j
}

// wordAt returns the run of ASCII letters at t[j] (at most 16 bytes) and the
// byte after it.
func (s *splitter) wordAt(j int) (string, byte) {
	t := s.t
	k := j
	for k < len(t) && k-j < 16 && (isUpper(t[k]) || isLower(t[k])) {
		k++
	}
	var after byte = ' '
	if k < len(t) {
		after = t[k]
	}
	return t[j:k], after
}

// starts reports whether the word at j begins a sentence: one of the
// [starter] words (or [aux] words too, with aux), and not an initial such as
// "A." in "J. A. Smith".
func (s *splitter) starts(j int, aux bool) bool {
	w, after := s.wordAt(j)
	if w == "" || after == '.' && len(w) == 1 {
		return false
	}
	if isUpper(after) || isLower(after) {
		return false // longer than any listed word
	}
	c := lists.words[w]
	return c&wStarter != 0 || aux && c&wAux != 0
}

// ---------------------------------------------------------------------------
// Full stops

// period handles a '.' at i and returns where the scan goes on.
func (s *splitter) period(i int) int {
	t := s.t
	n := len(t)

	// The run of dots: "." ".." "..." or a spaced ". . ." ellipsis.
	j, dots, spaced := i+1, 1, false
	for j < n {
		if t[j] == '.' {
			j, dots = j+1, dots+1
		} else if t[j] == ' ' && j+1 < n && t[j+1] == '.' {
			j, dots, spaced = j+2, dots+1, true
		} else {
			break
		}
	}
	attached := i > s.seg && spaceBefore(t, i) == 0
	if attached && t[i-1] == '[' && j < n && t[j] == ']' {
		return j + 1 // "[...]": an omission, never an end
	}
	if dots > 1 {
		return s.ellipsis(i, j, dots, attached, spaced)
	}

	// A list item marker: "1." "a." "2.)".
	if k, ok := s.listItem(i, '.'); ok {
		return k
	}

	k := skipClosers(t, j)
	if k >= n {
		s.emit(k)
		return k
	}
	if spaceAt(t, k) == 0 {
		// "3.14", "U.S.A", "Jane.Doe@example.com", "Jr.'s": inside a word.
		// But "world.Today" lost its space between two sentences.
		if k == j && s.gluedSentences(i) {
			s.restart(j, j)
		}
		return j
	}
	kind, at := s.next(k)
	if kind == nextLower || kind == nextEnd {
		if kind == nextEnd {
			s.emit(k)
		}
		return k
	}
	tok := s.token(i)
	brk := false
	switch tok {
	case tkWord:
		brk = kind != nextOther || s.currencyAt(at)
	case tkNum:
		brk = kind != nextDigit && (kind != nextOther || s.currencyAt(at))
	case tkTitle:
		brk = false
	case tkAbbr, tkInitialism:
		brk = kind == nextUpper && s.starts(at, false)
	case tkInitial:
		brk = kind == nextUpper && s.starts(at, true)
	case tkTime:
		if kind == nextUpper {
			w, _ := s.wordAt(at)
			brk = s.starts(at, false) ||
				lists.words[w]&wTimeFollower == 0 && !allUpper(w) && s.wordsBefore(i) >= 5
		}
	}
	if brk {
		s.emit(k)
	}
	return k
}

// ellipsis handles a run of dots t[i:j].
func (s *splitter) ellipsis(i, j, dots int, attached, spaced bool) int {
	t := s.t
	n := len(t)
	k := skipClosers(t, j)
	if k >= n {
		s.emit(k)
		return k
	}
	if spaceAt(t, k) == 0 {
		return k // "mean...see"
	}
	kind, at := s.next(k)
	if kind == nextEnd {
		s.emit(k)
		return k
	}
	if kind != nextUpper {
		return k
	}
	switch {
	case attached && spaced && t[i+1] == ' ' && dots >= 4:
		// "compounds. . . . The practice": a full stop, and an ellipsis
		// that opens the next sentence.
		s.restart(i+1, i+2)
		return i + 2
	case attached:
		// "that.... She left", "slowly... And then": but "... I" may go on.
		if w, after := s.wordAt(at); w == "I" && (after == ' ' || after == '\'' || after == 0xE2) {
			return k
		}
		s.emit(k)
	case dots >= 4:
		// "with a period . . . . Next sentence."
		s.emit(k)
	}
	// A free-standing three-dot ellipsis marks an omission: "is . . . I".
	return k
}

// gluedSentences reports "world.Today" or "1,000.That": a small letter or a
// digit, a full stop at i and a capitalised word, with no space, outside an
// e-mail or web address.
func (s *splitter) gluedSentences(i int) bool {
	t := s.t
	if i < 1 || i+2 >= len(t) || !isUpper(t[i+1]) || !isLower(t[i+2]) {
		return false
	}
	if c := t[i-1]; !isLower(c) && !isDigit(c) {
		return false
	}
	if i >= 2 && (t[i-2] == '.' || spaceBefore(t, i-1) > 0) {
		return false // "e.g" "a.Mr": single letters are abbreviations
	}
	// The whole white-space-delimited token.
	a := i
	for a > s.seg && i-a < maxLook && spaceBefore(t, a) == 0 {
		a--
	}
	b := i
	for b < len(t) && b-i < maxLook && spaceAt(t, b) == 0 {
		b++
	}
	w := t[a:b]
	return !strings.Contains(w, "@") && !strings.Contains(w, "://") &&
		!strings.HasPrefix(strings.ToLower(w), "www.")
}

// currencyAt reports a currency sign or similar at j, which after a full
// stop starts a new sentence like a number does.
func (s *splitter) currencyAt(j int) bool {
	t := s.t
	switch t[j] {
	case '$', '#':
		return true
	case 0xC2: // £ ¥
		return j+1 < len(t) && (t[j+1] == 0xA3 || t[j+1] == 0xA5)
	case 0xE2: // €
		return j+2 < len(t) && t[j+1] == 0x82 && t[j+2] == 0xAC
	}
	return false
}

// allUpper reports a word written in capitals (a time zone: "EST").
func allUpper(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
}

// wordsBefore counts the words of the open sentence before position i, up
// to 5 and within maxLook bytes (a longer stretch counts as 5).
func (s *splitter) wordsBefore(i int) int {
	t := s.t
	words, in := 0, false
	for j := i; j > s.seg; {
		if i-j > maxLook {
			return 5
		}
		if w := spaceBefore(t, j); w > 0 {
			in = false
			j -= w
			continue
		}
		if !in {
			in = true
			words++
			if words >= 5 {
				return 5
			}
		}
		j--
	}
	return words
}

type tokKind uint8

const (
	tkWord       tokKind = iota // an ordinary word
	tkNum                       // "No." "p." "N°.": never ends before a number
	tkTitle                     // "Mr." "Gen.": never ends a sentence
	tkAbbr                      // "Co." "etc." "Jan.": ends one only before a starter
	tkInitial                   // "E." "I.": ends one before a starter or question verb
	tkInitialism                // "U.S." "e.g.": ends one only before a starter
	tkTime                      // "a.m." "p.m."
)

// token classifies the word that ends at the full stop at i.
func (s *splitter) token(i int) tokKind {
	t := s.t
	a := i
	for a > s.seg && i-a <= maxToken && spaceBefore(t, a) == 0 {
		a--
	}
	if i-a > maxToken {
		return tkWord
	}
	for a < i {
		w := openerAt(t, a)
		if w == 0 {
			break
		}
		a += w
	}
	b := i
	for b > a {
		w := 0
		switch {
		case t[b-1] == '"' || t[b-1] == '\'' || t[b-1] == ')' || t[b-1] == ']':
			w = 1
		case b-3 >= a && t[b-3] == 0xE2 && t[b-2] == 0x80 && (t[b-1] == 0x9D || t[b-1] == 0x99):
			w = 3
		}
		if w == 0 {
			break
		}
		b -= w
	}
	w := t[a:b]
	if w == "" {
		return tkWord
	}
	// Dictionary first, lower-cased without allocating.
	var buf [maxToken]byte
	if len(w) <= len(buf) {
		for k := 0; k < len(w); k++ {
			c := w[k]
			if isUpper(c) {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		switch lists.abbr[string(buf[:len(w)])] {
		case aTitle:
			return tkTitle
		case aAbbr:
			return tkAbbr
		case aNum:
			return tkNum
		case aTime:
			return tkTime
		}
	}
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) && unicode.IsLetter(r) {
		return tkInitial
	}
	if isInitialism(w) {
		return tkInitialism
	}
	return tkWord
}

// isInitialism reports single letters joined by full stops: "U.S", "e.g",
// "U.S.A", "D.C".
func isInitialism(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 1 {
			if w[k] != '.' {
				return false
			}
		} else if !isUpper(w[k]) && !isLower(w[k]) {
			return false
		}
	}
	return len(w)%2 == 1
}

// ---------------------------------------------------------------------------
// Lists
