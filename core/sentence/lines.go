// Line-level helpers of the splitter: headlines, line ends, list items
// and hard-wrapped copy.

package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// trimLine returns t[a:b] without white space around it.
func trimLine(t string, a, b int) string {
	for a < b {
		w := spaceAt(t, a)
		if w == 0 {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(t[a:b])
		if !isSpace(r) || (r == utf8.RuneError && w == 1) {
			break
		}
		b -= w
	}
	return t[a:b]
}

// headline reports an ALL-CAPS line: at least four capital letters, no
// small letter.
func headline(line string) bool {
	if len(line) > headlineMax {
		return false
	}
	upper := 0
	for k := 0; k < len(line); {
		c := line[k]
		if c < utf8.RuneSelf {
			if isLower(c) {
				return false
			}
			if isUpper(c) {
				upper++
			}
			k++
			continue
		}
		r, w := utf8.DecodeRuneInString(line[k:])
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
		k += w
	}
	return upper >= 4
}

func endsWith(line string, c byte) bool { return line != "" && line[len(line)-1] == c }

// endsSentence reports a line ending with sentence punctuation, maybe
// followed by closing quotes or brackets.
func endsSentence(line string) bool {
	for line != "" {
		if w := closerAt(line, len(line)-1); w == 1 {
			line = line[:len(line)-1]
			continue
		}
		if len(line) >= 3 {
			if w := closerAt(line, len(line)-3); w == 3 {
				line = line[:len(line)-3]
				continue
			}
		}
		break
	}
	if line == "" {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(line, "…")
}

// continues reports a line ending in a way that asks for more: a comma, a
// colon, a dash, an opening bracket or "&".
func continues(line string) bool {
	if line == "" {
		return false
	}
	switch line[len(line)-1] {
	case ',', ';', ':', '-', '(', '[', '&', '/':
		return true
	}
	return strings.HasSuffix(line, "—") || strings.HasSuffix(line, "–")
}

// strongBullet reports a line opening with a bullet character.
func strongBullet(line string) bool { return line != "" && bulletAt(line, 0) > 0 }

// itemStart reports a line opening like a list item: a bullet, "- " or
// "* ", or a number or small letter followed by "." or ")" and a space.
func itemStart(line string) bool {
	if line == "" {
		return false
	}
	if bulletAt(line, 0) > 0 {
		return true
	}
	if (line[0] == '-' || line[0] == '*') && len(line) > 1 && line[1] == ' ' {
		return true
	}
	k := 0
	for k < len(line) && k < 3 && isDigit(line[k]) {
		k++
	}
	if k == 0 && isLower(line[0]) {
		k = 1
	}
	if k == 0 || k >= len(line) || (line[k] != '.' && line[k] != ')') {
		return false
	}
	k++
	if k < len(line) && line[k] == ')' {
		k++
	}
	return k < len(line) && line[k] == ' '
}

// hardWrapped reports text whose lines are wrapped at a fixed width (wire
// copy, e-mail): most non-blank lines are shorter than longLine bytes, so a
// single line break may fall inside a sentence. Text pasted from the web
// has one paragraph per line instead. width is the longest line shorter
// than longLine.
func hardWrapped(t string) (wrapped bool, width int) {
	lines, long := 0, 0
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], '\n')
		end := len(t)
		if j >= 0 {
			end = i + j
		}
		a, b := i, end
		for a < b && (t[a] == ' ' || t[a] == '\t' || t[a] == '\r') {
			a++
		}
		for b > a && (t[b-1] == ' ' || t[b-1] == '\t' || t[b-1] == '\r') {
			b--
		}
		if b > a {
			lines++
			if b-a > longLine {
				long++
			} else {
				width = max(width, b-a)
			}
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	return long*5 < lines, width
}
