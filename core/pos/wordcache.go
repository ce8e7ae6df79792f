package pos

// Many words of a text come back: the scores of the features of a word's
// own token (its forms, affixes and shape, and the sentence's mode) are
// kept in a small direct-mapped cache, keyed by the whole token, and only
// the features that read its neighbours are looked up again. The scores
// are sums of integers: added in another grouping they are the same.

// wordCacheBits sets the number of entries of a sentence's cache.
const wordCacheBits = 10

// wordEntry is the scores of a token's own features in a mode.
type wordEntry struct {
	tok  token
	mode uint8
	used bool
	sc   lanes // zeroLanes plus the weights of the token's own features
}

// addOwn adds the weights of word i's own features to l, from s's cache
// or from the model (then kept in the cache).
func (m *model) addOwn(s *sentence, i int, l *lanes) {
	if s.cache == nil {
		s.cache = make([]wordEntry, 1<<wordCacheBits)
	}
	tk := &s.toks[i+2]
	e := &s.cache[(tk.exact^tk.shape)*0x9E3779B97F4A7C15>>(64-wordCacheBits)]
	if !e.used || e.mode != s.mode || e.tok != *tk {
		var feats [maxStatic]uint32
		k := s.static(i, false, partOwn, m.shift, &feats)
		e.tok, e.mode, e.used, e.sc = *tk, s.mode, true, zeroLanes
		m.add(&e.sc, feats[:k])
	}
	for k := range 6 {
		l[k] += e.sc[k] - zeroLanes[k]
	}
}
