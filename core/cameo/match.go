package cameo

import "strings"

// MatchEntry is Match with the whole result: which verb, which pattern,
// which rule. ok is false when the verb is unknown or the entry's code is
// no event ("---", or a pattern with only a passive code); the entry is
// still filled in when the verb is known.
func MatchEntry(lemma string, after, before []string) (Entry, bool) {
	return get().matchEntry(lemma, after, before)
}

func (d *dict) matchEntry(lemma string, after, before []string) (Entry, bool) {
	vi, usedAfter, usedBefore := d.findVerb(lemma, after, before)
	if vi < 0 {
		return Entry{}, false
	}
	v := &d.verbs[vi]
	b := d.patterns(v.block)
	e := Entry{Lemma: v.lemma, Block: b.name, Used: usedAfter}
	best := int32(-1)
	if len(after) > 0 || len(before) > 0 {
		// with no words around the verb no pattern with words matches
		best = d.bestPattern(b, vi, after, before[:len(before)-usedBefore], usedAfter)
	}
	if best < 0 {
		if v.code != "" {
			e.Code, e.From = v.code, FromVerb
			return e, isEvent(e.Code)
		}
		if pi, ok := b.zeroByVerb[v.lemma]; ok {
			best = pi
		} else if b.zeroGeneral >= 0 {
			best = b.zeroGeneral
		}
	}
	if best >= 0 {
		p := &b.pats[best]
		e.Code, e.Passive, e.Origin, e.From = p.Code, p.Passive, p.Origin, FromPattern
		e.Before, e.After = p.Before, p.After
		return e, isEvent(e.Code)
	}
	switch {
	case b.code != "---" && b.code != "":
		e.Code, e.From = b.code, FromBlock
	case v.fallback != "":
		e.Code, e.From = v.fallback, FromFallback
	default:
		e.Code = "---"
	}
	return e, isEvent(e.Code)
}

// findVerb finds the verb whose word is lemma, preferring the multi-word
// verb whose other words stand right around it ("rule" + "out"). It
// returns the verb and the number of words it takes from after and before.
func (d *dict) findVerb(lemma string, after, before []string) (int32, int, int) {
	if !d.wordSet.has(lemma) {
		return -1, 0, 0
	}
	// a verb word is one word, a multi-word lemma is not: it is looked up
	// whole only when it is no verb word
	first, ok := d.byHead[lemma]
	if !ok {
		if i, ok := d.byLemma[lemma]; ok && len(d.verbs[i].words) > 1 {
			return i, 0, 0 // the caller passed a multi-word lemma whole
		}
		if l, found := d.forms[lemma]; found && l != lemma {
			return d.findVerb(l, after, before)
		}
		return -1, 0, 0
	}
	for i := first; i >= 0; i = d.nextHead[i] {
		v := &d.verbs[i]
		pre, post := v.words[:v.head], v.words[v.head+1:]
		if len(post) > len(after) || len(pre) > len(before) {
			continue
		}
		if eqWords(post, after[:len(post)]) && eqWords(pre, before[len(before)-len(pre):]) {
			return i, len(post), len(pre)
		}
	}
	return -1, 0, 0
}

// bestPattern returns the longest pattern of the block that matches, of
// those written for verb vi or for a verb coding the same kind of event;
// among the longest, the first written for vi, else the first. It is -1
// when none matches. after are the words after the verb, the first
// usedAfter of them its particles; before the words before it, without
// its own.
func (d *dict) bestPattern(b *block, vi int32, after, before []string, usedAfter int) int32 {
	var fullBuf, beforeBuf [maxMasked]tokMask
	full := masked{toks: after, sig: signature(after)}
	bef := masked{toks: before, sig: signature(before)}
	aft := masked{toks: after[usedAfter:]}
	ready := false
	best, bestN := int32(-1), int32(0)
	for k := range b.scan {
		s := &b.scan[k]
		if s.words < bestN {
			break // the patterns left are shorter than the match
		}
		if s.sigBefore&^bef.sig != 0 || s.sigAfter&^full.sig != 0 {
			continue // a word of the pattern is surely missing
		}
		own := s.origin == vi
		if best >= 0 && !own || !own && !s.related {
			// a tie goes to the pattern written for this verb, else the
			// first; a pattern written for another verb of the block that
			// codes another kind of event ("take part" in the block of
			// capture, arrest and take) says nothing of this verb
			continue
		}
		if !ready {
			full.m, full.syns = d.masks(full.toks, fullBuf[:])
			bef.m, bef.syns = d.masks(bef.toks, beforeBuf[:])
			aft.m = full.m[min(usedAfter, len(full.m)):]
			ready = true
		}
		if s.synBefore&^bef.syns != 0 || s.synAfter&^full.syns != 0 {
			continue // a synonym set of the pattern has no member here
		}
		p := &b.pats[s.pat]
		// A multi-word verb's particle may also be the pattern's first word:
		// "ask for" + "(for {financial aid})".
		if (d.matchSeq(p.After, aft) || usedAfter > 0 && d.matchSeq(p.After, full)) &&
			d.matchSeq(p.Before, bef) {
			if own {
				return s.pat
			}
			best, bestN = s.pat, s.words
		}
	}
	return best
}

func eqWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// maxMasked is the number of tokens whose synset bits Match works out
// once per call (on the stack); tokens past it are looked up one by one.
const maxMasked = 48

// tokMask holds the synsets a token is a one-word member of, and those a
// multi-word member starting with it belongs to.
type tokMask struct{ one, multi uint64 }

// masked is a token list with the masks of its first tokens, the
// signature of all of them and the synsets they may start a member of.
type masked struct {
	toks []string
	m    []tokMask
	sig  uint64
	syns uint64 // all bits set when some tokens have no mask in m
}

// masks returns the masks of the first tokens, in buf, and the union of
// the synsets of all tokens.
func (d *dict) masks(toks []string, buf []tokMask) ([]tokMask, uint64) {
	n := min(len(toks), len(buf))
	var syns uint64
	for j := 0; j < n; j++ {
		buf[j] = d.mask(toks[j])
		syns |= buf[j].one | buf[j].multi
	}
	if n < len(toks) {
		syns = ^uint64(0)
	}
	return buf[:n], syns
}

// wordBit is a word's bit in a 64-bit signature, from its first two bytes,
// which a word shares with its regular plural. A pattern whose literal
// words' bits are not all among the tokens' cannot match; a quick test
// that spares most patterns the scan.
func wordBit(w string) uint64 {
	if w == "" {
		return 0
	}
	h := uint(w[0])
	if len(w) > 1 {
		h = h*31 + uint(w[1])
	}
	return 1 << (h % 64)
}

func signature(toks []string) uint64 {
	var s uint64
	for _, t := range toks {
		s |= wordBit(t)
	}
	return s
}

func (d *dict) mask(tok string) tokMask {
	e := d.synOf(tok)
	return tokMask{one: e.one, multi: e.multi}
}

// matchSeq reports whether the pattern's words occur in the tokens in
// order, other words allowed between them. Actor markers match nothing:
// the caller does not say where the actors are.
func (d *dict) matchSeq(pw []PatternWord, t masked) bool {
	j := 0
	for k := range pw {
		w := &pw[k]
		var n int
		switch w.Kind {
		case Literal:
			j, n = findLiteral(w, t.toks, j)
		case Synset:
			j, n = d.findSynset(w, t, j)
		default:
			continue
		}
		if n == 0 {
			return false
		}
		j += n
	}
	return true
}

// findLiteral returns the first token from j on where the literal
// element matches, and how many tokens it takes (0: none matches).
func findLiteral(w *PatternWord, toks []string, j int) (int, int) {
	if len(w.words) == 0 {
		return len(toks), 0
	}
	first := w.words[0]
	for ; j+len(w.words) <= len(toks); j++ {
		// a word and a token are equal only with the same first byte
		// (wordEq); a word with alternatives has several
		if !w.alt && first != "" && (toks[j] == "" || toks[j][0] != first[0]) {
			continue
		}
		if literalAt(w, toks, j) {
			return j, len(w.words)
		}
	}
	return len(toks), 0
}

// literalAt reports whether the literal element's words are the tokens
// from j on (j+len(w.words) <= len(toks)).
func literalAt(w *PatternWord, toks []string, j int) bool {
	for i, x := range w.words {
		if w.alt {
			if !wordEqAlt(x, toks[j+i]) {
				return false
			}
		} else if !wordEq(x, toks[j+i]) {
			return false
		}
	}
	return true
}

// findSynset returns the first token from j on that starts a member of
// the element's synset, and how many tokens the member takes (0: none).
func (d *dict) findSynset(w *PatternWord, t masked, j int) (int, int) {
	toks := t.toks
	for ; j < len(toks); j++ {
		m := tokMask{}
		if j < len(t.m) {
			m = t.m[j]
		} else {
			m = d.mask(toks[j])
		}
		if m.one&w.syn != 0 {
			return j, 1
		}
		if m.multi&w.syn == 0 {
			continue
		}
		for _, mm := range d.synOf(toks[j]).members {
			if mm.mask&w.syn != 0 && j+1+len(mm.rest) <= len(toks) && eqWords(mm.rest, toks[j+1:j+1+len(mm.rest)]) {
				return j, 1 + len(mm.rest)
			}
		}
	}
	return len(toks), 0
}

// wordEqAlt is wordEq for a pattern word that may list alternatives
// ("by/with").
func wordEqAlt(p, t string) bool {
	for {
		alt, rest, more := strings.Cut(p, "/")
		if wordEq(alt, t) {
			return true
		}
		if !more {
			return false
		}
		p = rest
	}
}

// wordEq compares a pattern word with a token, a regular plural on either
// side allowed: the patterns were written against surface words
// ("charges") and the caller may pass lemmas ("charge").
func wordEq(p, t string) bool {
	if len(p) == 0 || len(t) == 0 || p[0] != t[0] {
		return p == t
	}
	return p == t || pluralOf(p, t) || pluralOf(t, p)
}

// pluralOf reports whether pl is the regular plural of sg.
func pluralOf(sg, pl string) bool {
	n := len(sg)
	switch len(pl) {
	case n + 1:
		return pl[n] == 's' && pl[:n] == sg
	case n + 2:
		if pl[:n] == sg {
			return pl[n:] == "es"
		}
		return n > 1 && sg[n-1] == 'y' && pl[:n-1] == sg[:n-1] && pl[n-1:] == "ies"
	}
	return false
}

// sameRoot reports whether pattern code c refines block code b: same
// two-digit root, or a block with no code of its own.
func sameRoot(c, b string) bool {
	if len(b) < 2 || b == "---" {
		return true
	}
	return len(c) >= 2 && c[:2] == b[:2]
}
