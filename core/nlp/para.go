package nlp

import "parley/core/tokens"

// ParaStarts marks the tokens that start a paragraph: the first token, a
// token after a blank line, after a line break followed by indentation
// (wire copy), or after a line break ending a line longer than wrapWidth
// bytes (copy with one paragraph a line; hard-wrapped copy has shorter
// lines).
func ParaStarts(text string, toks []tokens.Token, out []bool) []bool {
	const wrapWidth = 90
	if cap(out) >= len(toks) {
		out = out[:len(toks)]
		clear(out)
	} else {
		out = make([]bool, len(toks))
	}
	lineStart := 0
	for i := range toks {
		s := int(toks[i].Start)
		prevEnd := 0
		if i > 0 {
			prevEnd = int(toks[i-1].End)
		}
		gap := text[prevEnd:s]
		nl := 0
		last := -1
		for k := 0; k < len(gap); k++ {
			if gap[k] == '\n' {
				nl++
				last = k
			}
		}
		if i == 0 {
			out[i] = true
		} else if nl > 0 {
			indent := len(gap) - last - 1
			out[i] = nl > 1 || indent >= 2 || prevEnd-lineStart > wrapWidth
		}
		if nl > 0 {
			lineStart = prevEnd + last + 1
		}
	}
	return out
}
