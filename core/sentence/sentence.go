// Package sentence splits English news text into sentences, as byte spans
// into the original text.
package sentence

// Span is a byte range [Start, End) of the text.
type Span struct{ Start, End int }

// Split returns the sentences of text in order, trimmed of surrounding
// white space. (Placeholder: splits at . ! ? and newlines.)
func Split(text string) []Span {
	var out []Span
	start := -1
	emit := func(end int) {
		for end > start && start >= 0 && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '\r' || text[end-1] == '\t') {
			end--
		}
		if start >= 0 && end > start {
			out = append(out, Span{start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if start < 0 {
			if c != ' ' && c != '\n' && c != '\r' && c != '\t' {
				start = i
			}
			continue
		}
		switch {
		case c == '\n':
			emit(i)
		case (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' '):
			emit(i + 1)
		}
	}
	if start >= 0 {
		emit(len(text))
	}
	return out
}
