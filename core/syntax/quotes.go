package syntax

import (
	"parley/core/tokens"
)

// Quote is a quotation: the tokens of its opening and closing marks and
// the token after the quoted words. Close is -1 when the text does not
// close it; End is then the end of the paragraph where it stops. A
// quotation of several paragraphs, written as news copy writes it (no
// closing mark at a paragraph's end, an opening mark at the next one's
// start), is one Quote.
type Quote struct {
	Open, Close, End int32
}

// Inner returns the token range [t0, t1) of the quoted words.
func (q Quote) Inner() (int, int) { return int(q.Open) + 1, int(q.End) }

// markKind classifies a quotation mark token.
type markKind uint8

const (
	notMark   markKind = iota
	openMark           // “ ‘ « and ``
	closeMark          // ” ’ » and ''
	twoWay             // " or '' whose direction the context decides
)

// markAt says whether token i of text is a double quotation mark (single
// curly marks count too: British copy quotes with them) and how many tokens
// it takes (” and “ are two).
func markAt(text string, toks []tokens.Token, i int) (markKind, int) {
	t := toks[i]
	if t.Kind != tokens.Punct {
		return notMark, 0
	}
	switch text[t.Start:t.End] {
	case "“", "«", "„":
		return openMark, 1
	case "”", "»":
		return closeMark, 1
	case "‘":
		return openMark, 1
	case "’":
		return closeMark, 1
	case "\"":
		return twoWay, 1
	case "'", "`":
		if i+1 < len(toks) && toks[i+1].Kind == tokens.Punct && toks[i+1].Start == t.End {
			if n := text[toks[i+1].Start:toks[i+1].End]; n == text[t.Start:t.End] {
				if n == "`" {
					return openMark, 2
				}
				return twoWay, 2
			}
		}
	}
	return notMark, 0
}

// spaceBefore reports whether the byte before token i is white space or
// the start of the text, an opening bracket or a dash.
func spaceBefore(text string, toks []tokens.Token, i int) bool {
	s := int(toks[i].Start)
	if s == 0 {
		return true
	}
	switch text[s-1] {
	case ' ', '\n', '\t', '\r', '(', '[', '-':
		return true
	}
	return s >= 3 && (text[s-3:s] == "—" || text[s-3:s] == "–")
}

// spaceAfter reports whether the byte at end is white space, punctuation
// that can follow a quotation, or the end of the text.
func spaceAfter(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	switch text[end] {
	case ' ', '\n', '\t', '\r', ',', '.', ';', ':', ')', ']', '?', '!', '-':
		return true
	}
	return end+3 <= len(text) && (text[end:end+3] == "—" || text[end:end+3] == "–")
}

// direction decides whether a straight mark opens or closes, given whether
// a quotation is open.
func direction(text string, toks []tokens.Token, i, n int, inside bool) markKind {
	before := spaceBefore(text, toks, i)
	after := spaceAfter(text, int(toks[i+n-1].End))
	switch {
	case before && !after:
		return openMark
	case after && !before:
		return closeMark
	case inside:
		return closeMark
	}
	return openMark
}

// Quotes finds the quotations of a text. paraStart(i) is true when token i
// starts a paragraph (a line after a blank line, or any line in copy with
// one paragraph a line). A quotation left open at a paragraph's end goes on
// when the next paragraph opens with a quotation mark, and otherwise ends
// with its paragraph. Quotations do not nest: a mark of the other
// direction's kind inside one is ignored, as are closing marks outside.
func Quotes(text string, toks []tokens.Token, paraStart func(i int) bool) []Quote {
	var out []Quote
	open := -1 // index into out of the open quotation, or -1
	for i := 0; i < len(toks); i++ {
		k, n := markAt(text, toks, i)
		if k == twoWay {
			k = direction(text, toks, i, n, open >= 0)
		}
		if open >= 0 && i > 0 && paraStart(i) {
			if k == openMark {
				i += n - 1 // the quotation goes on in this paragraph
				continue
			}
			out[open].End = int32(i)
			open = -1
		}
		switch {
		case k == openMark && open < 0:
			out = append(out, Quote{Open: int32(i + n - 1), Close: -1, End: -1})
			open = len(out) - 1
		case k == closeMark && open >= 0:
			out[open].Close, out[open].End = int32(i+n-1), int32(i)
			open = -1
		}
		if n > 1 {
			i += n - 1
		}
	}
	if open >= 0 {
		out[open].End = int32(len(toks))
	}
	return out
}
