package pos

import (
	_ "embed"
	"sync"
)

//go:embed data/tagger.bin
var taggerBin []byte

//go:embed data/tagdict.tsv
var tagDictTSV string

// Tagger tags sentences. It is read-only once built and safe for concurrent
// use.
type Tagger struct {
	once    sync.Once
	weights []byte
	dictTSV string
	m       model
	err     error
	pool    sync.Pool // of *sentence
}

var defaultTagger = &Tagger{weights: taggerBin, dictTSV: tagDictTSV}

// Default returns the tagger of the embedded model. Its model is decoded on
// first use.
func Default() *Tagger { return defaultTagger }

// NewTagger returns a tagger of a weights file and a tag dictionary in the
// formats of data/tagger.bin and data/tagdict.tsv (cmd/train-tagger writes
// them). The model is decoded on first use; Err tells whether it is sound.
func NewTagger(weights []byte, dictTSV string) *Tagger {
	return &Tagger{weights: weights, dictTSV: dictTSV}
}

// load decodes the model once.
func (t *Tagger) load() *model {
	t.once.Do(func() {
		m := model{}
		if err := m.decodeWeights(t.weights); err != nil {
			t.err = err
			return
		}
		m.bias = zeroLanes
		m.add(&m.bias, []uint32{uint32(mix(tBias, 0, 0) >> m.shift)})
		if err := m.dict.decode(t.dictTSV); err != nil {
			t.err = err
			return
		}
		m.tagTables()
		t.m = m
	})
	return &t.m
}

// Known reports whether the tag dictionary has the word, as written: a
// word frequent in training. Every word of a closed class (auxiliaries,
// determiners, pronouns, prepositions, conjunctions) is.
func (t *Tagger) Known(word string) bool {
	m := t.load()
	return m.dict.get(hashWord(word, false)) != 0
}

// Err decodes the model if it is not yet and returns what went wrong, if
// anything. A tagger whose model is malformed tags every word 0.
func (t *Tagger) Err() error {
	t.load()
	return t.err
}

// Tag tags one sentence: out[i] is the tag of words[i]. Words are in their
// original case, tokenised as the package documentation says. Tag reuses
// out when its capacity suffices, and then does not allocate.
func (t *Tagger) Tag(words []string, out []Tag) []Tag {
	if cap(out) < len(words) {
		out = make([]Tag, len(words))
	}
	out = out[:len(words)]
	m := t.load()
	if t.err != nil || len(m.index) == 0 || len(words) == 0 {
		clear(out)
		return out
	}
	s, _ := t.pool.Get().(*sentence)
	if s == nil {
		s = new(sentence)
	}
	s.reset(words)
	m.tag(s, out)
	if len(words) <= maxPooled {
		t.pool.Put(s)
	}
	return out
}

// maxPooled is the longest sentence whose memory is kept for the next.
const maxPooled = 1 << 12

// tag tags the words of s into out; s holds len(out) words.
func (m *model) tag(s *sentence, out []Tag) {
	n := len(out)
	if cap(s.sets) < n {
		s.sets = make([]uint32, n)
		s.wordSc = make([]lanes, n)
	}
	sets, static := s.sets[:n], s.wordSc[:n]
	// The dictionary's words, and the scores of the features that read
	// words alone.
	var feats [maxStatic]uint32
	for i := range out {
		sets[i] = m.dict.get(s.toks[i+2].exact)
		if t := Only(sets[i]); t != 0 {
			out[i] = t
			continue
		}
		static[i] = m.bias
		m.addOwn(s, i, &static[i])
		k := s.static(i, false, partNear, m.shift, &feats)
		m.add(&static[i], feats[:k])
	}
	// First pass, right to left.
	var tf [maxWordTagged]uint32
	c := Context{}
	for i := n - 1; i >= 0; i-- {
		if Only(sets[i]) == 0 {
			l := static[i]
			l.addRow(&m.tabs[tabR][tagPair(c.T1, c.T2)])
			k := s.tagWord(i, &c, m.shift, &tf)
			m.add(&l, tf[:k])
			out[i] = l.best(sets[i])
		}
		c.T1, c.T2 = out[i], c.T1
	}
	// Second pass, left to right: out[i+1:] still holds the first pass's tags.
	c = Context{Second: true}
	for i := range out {
		if Only(sets[i]) == 0 {
			c.Look(out, i)
			l := static[i]
			l.addRow(&m.tabs[tabP][tagPair(c.T1, c.T2)])
			l.addRow(&m.tabs[tabN][tagPair(c.N1, c.N2)])
			l.addRow(&m.tabs[tabPN][tagPair(c.T1, c.N1)])
			k := s.tagWord(i, &c, m.shift, &tf)
			m.add(&l, tf[:k])
			out[i] = l.best(sets[i])
		}
		c.T1, c.T2 = out[i], c.T1
	}
}

// The features that read tags alone have few values: their weights are
// added up beforehand into tables of rows of scores, one for each pair of
// tags. tabR: the first pass's (T1, T2); tabP: the second pass's (T1, T2);
// tabN: its (N1, N2); tabPN: its (T1, N1).
const (
	tabR = iota
	tabP
	tabN
	tabPN
	numTabs
)

// tagValues is the number of values a tag has in a Context: 0..NumTags and
// EndTag (as NumTags+1).
const tagValues = NumTags + 2

// tagPair is the row of the pair (a, b) in a table.
func tagPair(a, b Tag) int { return tagIndex(a)*tagValues + tagIndex(b) }

func tagIndex(t Tag) int {
	if t > NumTags {
		return NumTags + 1
	}
	return int(t)
}

// tagTables fills m.tabs from the weights. The features of one tag
// (tR1, tP1, tN1) are the same for every second tag: their rows are
// looked up once and added in, and rows add up as the scores do.
func (m *model) tagTables() {
	h := func(tmpl uint64, x, y Tag) uint32 { return uint32(mix(tmpl, uint64(x), uint64(y)) >> m.shift) }
	var one [numTabs][tagValues]lanes // tabR, tabP, tabN: the row of the first tag's feature
	for a := range tagValues {
		ta := tagOfIndex(a)
		one[tabR][a] = m.weightRow(h(tR1, ta, 0))
		one[tabP][a] = m.weightRow(h(tP1, ta, 0))
		one[tabN][a] = m.weightRow(h(tN1, ta, 0))
	}
	for k := range m.tabs {
		m.tabs[k] = make([]lanes, tagValues*tagValues)
	}
	for a := range tagValues {
		for b := range tagValues {
			ta, tb := tagOfIndex(a), tagOfIndex(b)
			r := a*tagValues + b
			m.tabs[tabR][r] = one[tabR][a].plus(m.weightRow(h(tR12, ta, tb)))
			m.tabs[tabP][r] = one[tabP][a].plus(m.weightRow(h(tP12, ta, tb)))
			m.tabs[tabN][r] = one[tabN][a].plus(m.weightRow(h(tN12, ta, tb)))
			m.tabs[tabPN][r] = m.weightRow(h(tP1N1, ta, tb))
		}
	}
}

// tagOfIndex is the tag of index a of a table (see tagIndex).
func tagOfIndex(a int) Tag {
	if a == NumTags+1 {
		return EndTag
	}
	return Tag(a)
}
