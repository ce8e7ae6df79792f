package annotation

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NewTarget returns the target of the byte span [start, end) of text (a
// core span) in the report source: the exact words with ContextLen code
// points of prefix and suffix, and the position in code points.
func NewTarget(text, source string, start, end int) (Target, error) {
	if start < 0 || end > len(text) || start >= end {
		return Target{}, fmt.Errorf("the span %d-%d is not a passage of this %d-byte text", start, end, len(text))
	}
	if !utf8.RuneStart(text[start]) || (end < len(text) && !utf8.RuneStart(text[end])) {
		return Target{}, fmt.Errorf("the span %d-%d cuts a character in two", start, end)
	}
	cs := ByteToCodePoint(text, start)
	return Target{
		Source: source,
		Quote: TextQuoteSelector{
			Exact:  text[start:end],
			Prefix: lastCodePoints(text[:start], ContextLen),
			Suffix: firstCodePoints(text[end:], ContextLen),
		},
		Position: TextPositionSelector{Start: cs, End: cs + utf8.RuneCountInString(text[start:end])},
	}, nil
}

// NewTargetUTF16 is NewTarget for a DOM selection: start and end count
// UTF-16 code units.
func NewTargetUTF16(text, source string, start, end int) (Target, error) {
	return NewTarget(text, source, UTF16ToByte(text, start), UTF16ToByte(text, end))
}

// Match says where a target was found in a text.
type Match struct {
	// Start and End are byte offsets into the text (a core span).
	Start, End int
	// Loose is set when the quote matched only with whitespace and
	// typographic quotes and dashes folded.
	Loose bool
}

// maxCandidates bounds how many occurrences of a quote are weighed.
const maxCandidates = 1 << 16

// Locator finds targets in one text. Build it once per text and use it for
// every annotation: the folded copy of the text it needs for loose matches
// is made once, on first use. Cost is linear in the text for each quote
// (plus the few occurrences it weighs).
type Locator struct {
	text string
	norm *folded
}

// NewLocator returns a Locator over text.
func NewLocator(text string) *Locator { return &Locator{text: text} }

// Locate finds t in text: by its exact quote first, then with whitespace,
// typographic quotes and dashes folded. Among several occurrences it picks
// the one whose surroundings best agree with the prefix and suffix, then
// the one nearest the recorded position.
func (l *Locator) Locate(t Target) (Match, bool) {
	q := t.Quote
	if q.Exact == "" {
		return Match{}, false
	}
	var cands []Match
	for i := 0; len(cands) < maxCandidates; {
		j := strings.Index(l.text[i:], q.Exact)
		if j < 0 {
			break
		}
		s := i + j
		cands = append(cands, Match{Start: s, End: s + len(q.Exact)})
		_, size := utf8.DecodeRuneInString(l.text[s:])
		i = s + size
	}
	if len(cands) == 0 {
		if l.norm == nil {
			l.norm = foldText(l.text)
		}
		fe := foldString(q.Exact)
		if fe == "" {
			return Match{}, false
		}
		n := l.norm
		for i := 0; len(cands) < maxCandidates; {
			j := strings.Index(n.s[i:], fe)
			if j < 0 {
				break
			}
			s := i + j
			cands = append(cands, Match{Start: int(n.start[s]), End: int(n.end[s+len(fe)-1]), Loose: true})
			_, size := utf8.DecodeRuneInString(n.s[s:])
			i = s + size
		}
	}
	if len(cands) == 0 {
		return Match{}, false
	}
	best, bestScore, bestDist := 0, -1, 0
	fp, fs := foldString(q.Prefix), foldString(q.Suffix)
	cp, prev := 0, 0
	for i, c := range cands {
		cp += utf8.RuneCountInString(l.text[prev:c.Start])
		prev = c.Start
		score := commonSuffix(foldString(window(l.text[:c.Start], len(q.Prefix), true)), fp) +
			commonPrefix(foldString(window(l.text[c.End:], len(q.Suffix), false)), fs)
		dist := cp - t.Position.Start
		if dist < 0 {
			dist = -dist
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = i, score, dist
		}
	}
	return cands[best], true
}

// Locate finds t in text; see Locator.Locate.
func Locate(text string, t Target) (Match, bool) { return NewLocator(text).Locate(t) }

// Reanchor re-attaches annotations to text, the report as pasted now. Each
// one found gets fresh selectors (quote, context and position taken from
// text) and Orphaned cleared; each one no longer found is kept, with its old
// selectors, and flagged Orphaned. It returns a new slice and the number
// of orphans.
func Reanchor(text string, anns []Annotation) ([]Annotation, int) {
	l := NewLocator(text)
	out := make([]Annotation, len(anns))
	orphans := 0
	for i, a := range anns {
		out[i] = a
		m, ok := l.Locate(a.Target)
		if !ok {
			out[i].Target.Orphaned = true
			orphans++
			continue
		}
		t, err := NewTarget(text, a.Target.Source, m.Start, m.End)
		if err != nil {
			out[i].Target.Orphaned = true
			orphans++
			continue
		}
		out[i].Target = t
	}
	return out, orphans
}

// window returns about n bytes (plus slack for folded whitespace) at the end
// (fromEnd) or start of s, on character boundaries.
func window(s string, n int, fromEnd bool) string {
	n = 2*n + 16
	if n >= len(s) {
		return s
	}
	if fromEnd {
		i := len(s) - n
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		return s[i:]
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// commonSuffix counts the code points a and b share at their ends.
func commonSuffix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeLastRuneInString(a)
		rb, sb := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[:len(a)-sa], b[:len(b)-sb]
		n++
	}
	return n
}

// commonPrefix counts the code points a and b share at their starts.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[sa:], b[sb:]
		n++
	}
	return n
}

// foldRune maps typographic quotes and dashes to ASCII ones.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	return r
}

// foldString folds whitespace runs to one space (trimmed at both ends) and
// typographic quotes and dashes to ASCII.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// folded is a text folded like foldString (but not trimmed), with, for
// each byte of the folded text, the byte span of the original it came from.
type folded struct {
	s          string
	start, end []int32
}

func foldText(text string) *folded {
	var b strings.Builder
	b.Grow(len(text))
	f := &folded{start: make([]int32, 0, len(text)), end: make([]int32, 0, len(text))}
	inSpace := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\u200b' {
			if inSpace {
				f.end[len(f.end)-1] = int32(i + size)
			} else {
				b.WriteByte(' ')
				f.start = append(f.start, int32(i))
				f.end = append(f.end, int32(i+size))
				inSpace = true
			}
			i += size
			continue
		}
		inSpace = false
		n := b.Len()
		b.WriteRune(foldRune(r))
		for k := n; k < b.Len(); k++ {
			f.start = append(f.start, int32(i))
			f.end = append(f.end, int32(i+size))
		}
		i += size
	}
	f.s = b.String()
	return f
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// UTF16 returns the match as a DOM range: offsets in UTF-16 code units.
func (m Match) UTF16(text string) (start, end int) {
	return ByteToUTF16(text, m.Start), ByteToUTF16(text, m.End)
}
