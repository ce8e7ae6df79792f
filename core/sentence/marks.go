// Marks inside a line: list items, brackets, exclamations, attributions
// after a quotation, multi-byte punctuation and line breaks.

package sentence

import (
	"unicode/utf8"
)

// listItem handles a list item marker ending with the '.' or ')' at i:
// "1." "12)" "a." "2.)" standing alone after white space or a bullet and
// followed by white space. At the start of a sentence it is kept; inside a
// sentence, the next marker of the list that opened it starts a new
// sentence ("1) The first item 2) The second item").
func (s *splitter) listItem(i int, mark byte) (int, bool) {
	t := s.t
	n := len(t)
	if s.seg < 0 || i <= s.seg {
		return 0, false
	}
	a := i
	for a > s.seg && i-a < 3 && isDigit(t[a-1]) {
		a--
	}
	val := 0
	switch {
	case a < i:
		if a > 0 && isDigit(t[a-1]) {
			return 0, false // four digits or more: a year, an amount
		}
		for k := a; k < i; k++ {
			val = val*10 + int(t[k]-'0')
		}
	case isLower(t[i-1]) || isUpper(t[i-1]):
		a = i - 1
		val = int(t[a])
	default:
		return 0, false
	}
	// Before the marker: the sentence start, or white space (maybe after a
	// bullet that opens the sentence).
	start := a == s.seg
	if !start {
		if a > 0 && bulletAt(t, max(a-3, 0)) == 3 && a-3 >= s.seg {
			start = a-3 == s.seg // "⁃9."
		} else if spaceBefore(t, a) == 0 {
			return 0, false
		} else {
			b := a
			for b > s.seg && a-b < 8 {
				w := spaceBefore(t, b)
				if w == 0 {
					break
				}
				b -= w
			}
			start = b-3 == s.seg && bulletAt(t, s.seg) == 3 // "• 9."
		}
	}
	// After it: optional ')' and white space.
	style := mark
	k := i + 1
	if mark == '.' && k < n && t[k] == ')' {
		style = 'x'
		k++
	}
	if k >= n || spaceAt(t, k) == 0 {
		return 0, false
	}
	if start {
		s.listSeg, s.listVal, s.listStyle = s.seg, val, style
		return k, true
	}
	if s.listSeg == s.seg && s.listStyle == style && val == s.listVal+1 {
		s.restart(a, a)
		s.listSeg, s.listVal = a, val
		return k, true
	}
	return 0, false
}

// paren handles ')' at i: only list markers matter.
func (s *splitter) paren(i int) int {
	if k, ok := s.listItem(i, ')'); ok {
		return k
	}
	return i + 1
}

// ---------------------------------------------------------------------------
// ! and ?

func (s *splitter) bang(i int) int {
	t := s.t
	n := len(t)
	j := i + 1
	for j < n && (t[j] == '!' || t[j] == '?' || t[j] == '.') {
		j++
	}
	k := skipClosers(t, j)
	if k >= n {
		s.emit(k)
		return k
	}
	if spaceAt(t, k) == 0 {
		return k // "Y!J", "!Xun"
	}
	kind, at := s.next(k)
	if kind == nextLower || kind == nextUpper && k > j && s.attribution(at) {
		return k
	}
	s.emit(k)
	return k
}

// attribution reports capitalised words and a verb of saying at j: the
// "Lavrov asked" after a quoted question.
func (s *splitter) attribution(j int) bool {
	t := s.t
	for words := 0; words < 6 && j < len(t); words++ {
		w, after := s.wordAt(j)
		if w == "" {
			return false
		}
		if lists.words[w]&wSpeech != 0 {
			return after == ' ' || after == '.' || after == ',' || after == '\n' || after == '\r' || after == ';'
		}
		if !isUpper(w[0]) || after != ' ' && after != '-' {
			return false
		}
		j += len(w) + 1
	}
	return false
}

// ---------------------------------------------------------------------------
// Multi-byte characters: … bullets, line/paragraph separators, CJK stops

func (s *splitter) multibyte(i int) int {
	t := s.t
	r, w := utf8.DecodeRuneInString(t[i:])
	switch r {
	case '…':
		attached := i > s.seg && spaceBefore(t, i) == 0
		return s.ellipsis(i, i+w, 3, attached, false)
	case 0x2028, 0x2029:
		s.emit(i)
		s.line = i + w
		return i + w
	case '。', '．', '！', '？':
		k := i + w
		for k < len(t) {
			c := closerAt(t, k)
			if c == 0 {
				break
			}
			k += c
		}
		s.emit(k)
		return k
	}
	if bulletAt(t, i) > 0 && i > s.seg && spaceBefore(t, i) > 0 {
		s.restart(i, i) // "• 9. The first item • 10. The second item"
	}
	return i + w
}

// ---------------------------------------------------------------------------
// Line breaks

// newline handles the line break t[i:i+w].
func (s *splitter) newline(i, w int) int {
	if s.seg >= 0 && s.hardBreak(i, i+w) {
		s.emit(i)
	}
	s.line = i + w
	return i + w
}

// hardBreak decides whether the line break between the line ending at nl
// and the line starting at next ends the open sentence.
func (s *splitter) hardBreak(nl, next int) bool {
	if !s.wrapped {
		return true
	}
	t := s.t
	n := len(t)
	// The next line: blank, or indented (a new paragraph of wire copy)?
	j := next
	for j < n {
		w := hspaceAt(t, j)
		if w == 0 {
			break
		}
		j += w
	}
	if j >= n || isLineBreakAt(t, j) || j > next {
		return true
	}
	prev := trimLine(t, s.line, nl)
	if len(prev) > longLine {
		return true
	}
	// The next line, as far as needed.
	e := j
	for e < n && e-j <= headlineMax && !isLineBreakAt(t, e) {
		e++
	}
	nextComplete := e >= n || isLineBreakAt(t, e)
	following := trimLine(t, j, e)
	if headline(prev) || nextComplete && headline(following) {
		return true
	}
	// A list item on the next line.
	if itemStart(following) {
		if strongBullet(following) || endsSentence(prev) || endsWith(prev, ':') || itemStart(prev) {
			return true
		}
	}
	// A line less than half the wrap width, without final punctuation, and
	// a capitalised line after it: a heading or byline ("Iran rejects talks
	// offer\nTEHRAN - Iran on Monday ..."). Wrapping leaves a line that short
	// only before a word of half the width.
	if s.width >= minWidth && 2*len(prev) < s.width && !endsSentence(prev) && !continues(prev) {
		if k, _ := s.next(j); k == nextUpper || k == nextDigit {
			return true
		}
	}
	// Short lines without punctuation, and none soon after: a list
	// ("features\ncontact manager\nevents"), not a narrow column of prose.
	if len(prev) <= shortLine && nextComplete && len(following) <= shortLine &&
		!endsSentence(prev) && !continues(prev) && !endsSentence(following) && !continues(following) &&
		!s.stopAhead(j) {
		return true
	}
	return false
}

// stopAhead reports a '.', '!' or '?' within maxLook bytes after j, before
// a blank line.
func (s *splitter) stopAhead(j int) bool {
	t := s.t
	end := min(len(t), j+maxLook)
	for k := j; k < end; k++ {
		switch t[k] {
		case '.', '!', '?':
			return true
		case '\n':
			b := k + 1
			for b < end && (t[b] == ' ' || t[b] == '\t' || t[b] == '\r') {
				b++
			}
			if b < end && t[b] == '\n' {
				return false
			}
		}
	}
	return false
}
