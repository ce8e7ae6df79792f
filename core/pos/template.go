package pos

// A sentence is tagged in two passes. The first runs right to left and
// knows the tags it gave the next two words; the second runs left to right
// and knows the tags it gave the previous two words and the first pass's
// tags of the next two. Most features read the words alone and are the
// same in both passes (their scores are added up once per word); a few
// read the tags.

// Feature templates. A feature is a template number mixed with one or two
// hashes (or tags); its bucket is the top bits of the mix.
const (
	tBias uint64 = iota + 1
	tLower
	tExact
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tShapeFirst
	tMode
	tPrevLower
	tPrevSuf
	tPrev2Lower
	tNextLower
	tNextSuf
	tNext2Lower
	tNextShape
	tPrevCur
	tCurNext
	// first pass
	tR1
	tR12
	tR1Lower
	// second pass
	tP1
	tP12
	tP1Lower
	tN1
	tN12
	tP1N1
	tN1Lower
)

// maxStatic and maxTagged bound the numbers of features of a word that
// read the words alone and that read tags.
const (
	maxStatic     = 24
	maxTagged     = 5 // of tags alone
	maxWordTagged = 2 // of tags and the word
)

// EndTag stands for the tags after the end of a sentence in a Context.
const EndTag Tag = 31

// Context is what the features of a word know besides the words.
type Context struct {
	Second bool // the second pass (else the first)
	T1, T2 Tag  // first pass: its tags of the next two words; second pass: its tags of the previous two (0 beyond the sentence)
	N1, N2 Tag  // second pass: the first pass's tags of the next two words (EndTag beyond the sentence)
	NoWord bool // leave out the features of the word's own form (the trainer drops them for some rare words)
}

// Look sets N1 and N2 of the second pass at word i from the first pass's
// tags.
func (c *Context) Look(first []Tag, i int) {
	c.N1, c.N2 = EndTag, EndTag
	if i >= -1 && i+1 < len(first) {
		c.N1 = first[i+1]
	}
	if i >= -2 && i+2 < len(first) {
		c.N2 = first[i+2]
	}
}

// mix hashes a template with two values.
func mix(t, a, b uint64) uint64 {
	h := (a ^ t*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	h ^= b + t
	h = (h ^ h>>31) * 0x94D049BB133111EB
	return h ^ h>>29
}

// Parts of the features that read words alone: those of the word itself
// (its token and the sentence's mode) and those of its neighbours.
const (
	partOwn uint8 = 1 << iota
	partNear
	partAll = partOwn | partNear
)

// static writes the buckets (the top 64-shift bits of the features'
// hashes) of the features of word i of s that read words alone, but for
// the bias, into dst and returns how many it wrote; only those of the
// given parts. i must be in [0, len(words)).
func (s *sentence) static(i int, noWord bool, parts uint8, shift uint, dst *[maxStatic]uint32) int {
	t := s.toks[i : i+5 : i+5]
	w := &t[2]
	n := 0
	add := func(part uint8, tmpl, a, b uint64) {
		if parts&part != 0 && n < maxStatic {
			dst[n] = uint32(mix(tmpl, a, b) >> shift)
			n++
		}
	}
	if !noWord {
		add(partOwn, tLower, w.lower, 0)
		if w.exact != w.lower {
			add(partOwn, tExact, w.exact, 0)
		}
		add(partNear, tPrevCur, t[1].lower, w.lower)
		add(partNear, tCurNext, w.lower, t[3].lower)
	}
	add(partOwn, tSuf1, w.suf[0], 0)
	add(partOwn, tSuf2, w.suf[1], 0)
	add(partOwn, tSuf3, w.suf[2], 0)
	add(partOwn, tSuf4, w.suf[3], 0)
	add(partOwn, tPre1, w.pre[0], 0)
	add(partOwn, tPre2, w.pre[1], 0)
	add(partOwn, tPre3, w.pre[2], 0)
	add(partOwn, tShape, w.shape, 0)
	if w.flags&fFirst != 0 {
		add(partOwn, tShapeFirst, w.shape, uint64(s.mode))
	}
	if s.mode != modeNormal {
		add(partOwn, tMode, uint64(s.mode), uint64(w.flags&fCap))
	}
	add(partNear, tPrevLower, t[1].lower, 0)
	add(partNear, tPrevSuf, t[1].suf[2], 0)
	add(partNear, tPrev2Lower, t[0].lower, 0)
	add(partNear, tNextLower, t[3].lower, 0)
	add(partNear, tNextSuf, t[3].suf[2], 0)
	add(partNear, tNext2Lower, t[4].lower, 0)
	add(partNear, tNextShape, t[3].shape, 0)
	return n
}

// tagOnly writes the buckets of the features that read tags alone into
// dst and returns how many it wrote. The tagger adds up their weights
// beforehand (see tagTables); the trainer reads them.
func tagOnly(c *Context, shift uint, dst *[maxTagged]uint32) int {
	t1, t2, n1, n2 := uint64(c.T1), uint64(c.T2), uint64(c.N1), uint64(c.N2)
	h := func(tmpl, a, b uint64) uint32 { return uint32(mix(tmpl, a, b) >> shift) }
	if !c.Second {
		dst[0], dst[1] = h(tR1, t1, 0), h(tR12, t1, t2)
		return 2
	}
	dst[0], dst[1], dst[2], dst[3], dst[4] = h(tP1, t1, 0), h(tP12, t1, t2), h(tN1, n1, 0), h(tN12, n1, n2), h(tP1N1, t1, n1)
	return 5
}

// tagWord writes the buckets of the features of word i of s that read tags
// and the word into dst and returns how many it wrote.
func (s *sentence) tagWord(i int, c *Context, shift uint, dst *[maxWordTagged]uint32) int {
	if c.NoWord {
		return 0
	}
	lower := s.toks[i+2].lower
	if !c.Second {
		dst[0] = uint32(mix(tR1Lower, lower, uint64(c.T1)) >> shift)
		return 1
	}
	dst[0] = uint32(mix(tP1Lower, lower, uint64(c.T1)) >> shift)
	dst[1] = uint32(mix(tN1Lower, lower, uint64(c.N1)) >> shift)
	return 2
}

// Features computes the tagger's features, for cmd/train-tagger, which
// must train on exactly what Tag reads. A Features is not safe for
// concurrent use.
type Features struct {
	s      sentence
	words  []string
	shift  uint
	static [maxStatic]uint32
	tagged [maxTagged]uint32
	word   [maxWordTagged]uint32
	buf    []uint32
}

// NewFeatures returns a Features whose buckets have the given number of
// bits (8..26).
func NewFeatures(bits uint) *Features {
	return &Features{shift: 64 - min(max(bits, minBits), maxBits)}
}

// Reset reads a sentence.
func (f *Features) Reset(words []string) {
	f.words = words
	f.s.reset(words)
}

// Buckets returns the feature buckets of word i in context c, the bias
// first. The slice is valid until the next call.
func (f *Features) Buckets(i int, c Context) []uint32 {
	f.buf = append(f.buf[:0], uint32(mix(tBias, 0, 0)>>f.shift))
	n := f.s.static(i, c.NoWord, partAll, f.shift, &f.static)
	f.buf = append(f.buf, f.static[:n]...)
	n = tagOnly(&c, f.shift, &f.tagged)
	f.buf = append(f.buf, f.tagged[:n]...)
	n = f.s.tagWord(i, &c, f.shift, &f.word)
	return append(f.buf, f.word[:n]...)
}

// Key returns the tag-dictionary key of word i: the hash of Word(i).
func (f *Features) Key(i int) uint64 { return f.s.toks[i+2].exact }

// Word returns word i as the tag dictionary stores it: normalised, and
// lower-cased in a headline.
func (f *Features) Word(i int) string { return Normalize(f.words[i], f.s.mode != modeNormal) }

// Headline tells whether the sentence is an ALL-CAPS or Title Case one.
func (f *Features) Headline() bool { return f.s.mode != modeNormal }
