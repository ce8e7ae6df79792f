package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"parley/core/pos"
)

// options are the settings of a training run.
type options struct {
	bits      uint      // the weight table has 1<<bits buckets of pos.NumTags weights
	epochs    int       // passes over the training set; dev chooses among them
	minEpoch  int       // the first epoch evaluated on dev
	seed      uint64    // of the shuffling
	dictMin   int       // a word enters the tag dictionary when seen this often ...
	dictShare float64   // ... with one tag at least this share of the time
	lexMin    int       // a word seen this often is tagged only with the tags ...
	lexShare  float64   // ... it was seen with at least this share of the time
	every     int       // one in every `every` sentences is also trained on as a headline
	prune     []float64 // candidate thresholds: averaged weights no larger in magnitude are dropped
	step      float64   // quantisation step of the averaged weights (with keep, a share of the least kept magnitude)
	rareMax   int       // words seen this often or less in training are rare ...
	dropWord  float64   // ... and trained this share of the time without the features of their form
	models    int       // perceptrons trained in parallel with different shuffles; their average is the model
	pa        float64   // when not 0, passive-aggressive (PA-I) updates with this aggressiveness
	keep      int       // when not 0: weights kept after o.epochs and trained again ...
	retrain   int       // ... for this many epochs
}

const nt = pos.NumTags

// perceptron is an averaged perceptron (or, with pa > 0, passive-aggressive
// learner) over hashed features: dense rows of nt weights per bucket,
// averaged the lazy way (w - acc/c).
type perceptron struct {
	w    []float32
	acc  []float64
	c    float64
	pa   float64 // PA-I aggressiveness; 0: perceptron updates
	mask []bool  // when set, only these weights learn (the others stay 0)
}

func newPerceptron(bits uint, pa float64) *perceptron {
	n := (1 << bits) * nt
	return &perceptron{w: make([]float32, n), acc: make([]float64, n), c: 1, pa: pa}
}

// scores adds up the weights of the features: s[t] is the score of tag t.
func (p *perceptron) scores(feats []uint32) (s [32]float64) {
	for _, b := range feats {
		row := p.w[int(b)*nt : int(b)*nt+nt]
		for k, v := range row {
			s[k+1] += float64(v)
		}
	}
	return s
}

// learn predicts the tag of the features among the tags of set (the
// first of equal scores), updates the weights towards gold and returns
// the prediction.
func (p *perceptron) learn(feats []uint32, gold pos.Tag, set uint32) pos.Tag {
	s := p.scores(feats)
	best := pos.Best(&s, set)
	if p.pa == 0 {
		if best != gold {
			p.update(feats, int(gold)-1, 1)
			p.update(feats, int(best)-1, -1)
		}
	} else {
		// PA-I: make the gold tag win by a margin of 1 over the best other.
		if set == 0 {
			set = 1<<(nt+1) - 2
		}
		other := pos.Best(&s, set&^(1<<gold))
		if loss := 1 - (s[gold] - s[other]); other != gold && loss > 0 {
			tau := float32(min(p.pa, loss/float64(2*len(feats))))
			p.update(feats, int(gold)-1, tau)
			p.update(feats, int(other)-1, -tau)
		}
	}
	p.c++
	return best
}

// update adds d to the weights of row k for the features.
func (p *perceptron) update(feats []uint32, k int, d float32) {
	for _, b := range feats {
		i := int(b)*nt + k
		if p.mask != nil && !p.mask[i] {
			continue
		}
		p.w[i] += d
		p.acc[i] += p.c * float64(d)
	}
}

// restart begins training again from the weights avg, of which only those
// in mask stay and learn.
func (p *perceptron) restart(avg []float32, mask []bool) {
	for k := range p.w {
		p.w[k] = 0
		if mask[k] {
			p.w[k] = avg[k]
		}
	}
	clear(p.acc)
	p.c, p.mask = 1, mask
}

// topMask marks the n weights of avg of largest magnitude (and those as
// large as the n-th).
func topMask(avg []float32, n int) ([]bool, float32) {
	var mags []float32
	for _, v := range avg {
		if v != 0 {
			mags = append(mags, float32(math.Abs(float64(v))))
		}
	}
	slices.Sort(mags)
	cut := float32(0)
	if n < len(mags) {
		cut = mags[len(mags)-n]
	}
	mask := make([]bool, len(avg))
	for k, v := range avg {
		mask[k] = v != 0 && float32(math.Abs(float64(v))) >= cut
	}
	return mask, cut
}

// epoch trains once over sents in an order shuffled by rng. Each sentence
// is tagged in two passes, as the tagger does, and both learn.
func (p *perceptron) epoch(sents []sentence, dict map[uint64]uint32, f *pos.Features, rng *rand.Rand, rare map[string]bool, drop float64) {
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var first []pos.Tag
	for _, si := range order {
		s := &sents[si]
		f.Reset(s.words)
		n := len(s.words)
		first = append(first[:0], s.tags...)
		for pass := range 2 {
			c := pos.Context{Second: pass == 1}
			for j := range n {
				i := n - 1 - j // the first pass runs right to left
				if c.Second {
					i = j
					c.Look(first, i)
				}
				set := dict[f.Key(i)]
				guess := pos.Only(set)
				if guess == 0 {
					c.NoWord = rare[f.Word(i)] && rng.Float64() < drop
					guess = p.learn(f.Buckets(i, c), s.tags[i], set)
				}
				if !c.Second {
					first[i] = guess
				}
				c.T1, c.T2 = guess, c.T1
			}
		}
	}
}

// average returns the averaged weights.
func (p *perceptron) average() []float32 {
	avg := make([]float32, len(p.w))
	c := float64(p.c)
	for k, v := range p.w {
		if v != 0 || p.acc[k] != 0 {
			avg[k] = float32(float64(v) - p.acc[k]/c)
		}
	}
	return avg
}

// quantise drops the averaged weights of magnitude prune or less and
// rounds the others to multiples of step.
func quantise(avg []float32, bits uint, prune, step float64) *pos.Weights {
	w := &pos.Weights{Bits: bits}
	for b := 0; b < len(avg)/nt; b++ {
		var bk pos.Bucket
		for k, v := range avg[b*nt : b*nt+nt] {
			if math.Abs(float64(v)) <= prune {
				continue
			}
			q := math.Round(float64(v) / step)
			q = max(min(q, 1023), -1023)
			if q != 0 {
				bk.Tags = append(bk.Tags, pos.Tag(k+1))
				bk.Weights = append(bk.Weights, int16(q))
			}
		}
		if len(bk.Tags) > 0 {
			bk.Bucket = uint32(b)
			w.Buckets = append(w.Buckets, bk)
		}
	}
	return w
}

// buildDict makes the tag dictionary: the words (as pos.Features.Word
// gives them) seen at least o.dictMin times with one tag at least
// o.dictShare of the time get that tag alone; the others seen at least
// o.lexMin times get the tags they were seen with at least o.lexShare of
// the time. It returns the dictionary as a map of keys and as the lines
// of data/tagdict.tsv, sorted.
func buildDict(sents []sentence, o options) (map[uint64]uint32, string) {
	type count struct {
		word string
		tags [nt + 1]int
		n    int
	}
	counts := map[uint64]*count{}
	f := pos.NewFeatures(o.bits)
	for _, s := range sents {
		f.Reset(s.words)
		for i, t := range s.tags {
			k := f.Key(i)
			c := counts[k]
			if c == nil {
				c = &count{word: f.Word(i)}
				counts[k] = c
			}
			c.tags[t]++
			c.n++
		}
	}
	dict := map[uint64]uint32{}
	var lines []string
	for k, c := range counts {
		if strings.ContainsAny(c.word, "\t\n") || c.n < min(o.dictMin, o.lexMin) {
			continue
		}
		best := 1
		for t := 2; t <= nt; t++ {
			if c.tags[t] > c.tags[best] {
				best = t
			}
		}
		set := uint32(0)
		switch {
		case c.n >= o.dictMin && float64(c.tags[best]) >= o.dictShare*float64(c.n):
			set = 1 << best
		case c.n >= o.lexMin:
			for t := 1; t <= nt; t++ {
				if c.tags[t] > 0 && float64(c.tags[t]) >= o.lexShare*float64(c.n) {
					set |= 1 << t
				}
			}
		}
		if set == 0 {
			continue
		}
		dict[k] = set
		var names []string
		for t := pos.Tag(1); t <= nt; t++ {
			if set&(1<<t) != 0 {
				names = append(names, t.String())
			}
		}
		lines = append(lines, c.word+"\t"+strings.Join(names, ",")+"\n")
	}
	slices.Sort(lines)
	return dict, strings.Join(lines, "")
}

// candidate is a model after one epoch with one pruning threshold.
type candidate struct {
	epoch   int
	prune   float64
	bin     []byte
	weights int
	dev     float64
}

// ensemble is perceptrons trained alike on differently shuffled data.
type ensemble struct {
	ps   []*perceptron
	fs   []*pos.Features
	rngs []*rand.Rand
}

func newEnsemble(o options) *ensemble {
	n := max(o.models, 1)
	e := &ensemble{ps: make([]*perceptron, n), fs: make([]*pos.Features, n), rngs: make([]*rand.Rand, n)}
	for k := range n {
		e.ps[k], e.fs[k] = newPerceptron(o.bits, o.pa), pos.NewFeatures(o.bits)
		seed := o.seed + uint64(k)
		e.rngs[k] = rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	}
	return e
}

// epoch trains every perceptron once, in parallel.
func (e *ensemble) epoch(train []sentence, dict map[uint64]uint32, rare map[string]bool, drop float64) {
	var wg sync.WaitGroup
	for k, p := range e.ps {
		wg.Go(func() { p.epoch(train, dict, e.fs[k], e.rngs[k], rare, drop) })
	}
	wg.Wait()
}

// average is the mean of the perceptrons' averaged weights.
func (e *ensemble) average() []float32 {
	avg := e.ps[0].average()
	for _, p := range e.ps[1:] {
		for i, v := range p.average() {
			avg[i] += v
		}
	}
	for i := range avg {
		avg[i] /= float32(len(e.ps))
	}
	return avg
}

// trainCandidates trains on train and returns the candidate models with
// their UPOS accuracy on dev, and the tag dictionary. Without o.keep, the
// candidates are those of every epoch from o.minEpoch with every pruning
// threshold. With it, the o.keep largest weights after o.epochs epochs
// are trained again, alone, for o.retrain epochs, and the candidates are
// those of these epochs.
func trainCandidates(train, dev []sentence, o options, log io.Writer) ([]candidate, string, error) {
	dict, dictTSV := buildDict(train, o)
	fmt.Fprintf(log, "tag dictionary: %d words\n", len(dict))
	rare := rareWords(train, o.rareMax)
	ens := newEnsemble(o)
	var cands []candidate
	step := o.step
	evaluate := func(e int, avg []float32) {
		for _, pr := range o.prune {
			w := quantise(avg, o.bits, pr, step)
			c := candidate{epoch: e, prune: pr, bin: w.MarshalBinary()}
			c.dev = score(pos.NewTagger(c.bin, dictTSV), dev).upos()
			for _, b := range w.Buckets {
				c.weights += len(b.Tags)
			}
			fmt.Fprintf(log, "epoch %2d prune %.2f: %7d weights, %7d bytes, dev UPOS %.4f\n", e, pr, c.weights, len(c.bin), c.dev)
			cands = append(cands, c)
		}
	}
	for e := 1; e <= o.epochs; e++ {
		ens.epoch(train, dict, rare, o.dropWord)
		if o.keep == 0 && e >= o.minEpoch {
			evaluate(e, ens.average())
		}
	}
	if o.keep > 0 {
		avg := ens.average()
		mask, cut := topMask(avg, o.keep)
		step = o.step * float64(cut)
		fmt.Fprintf(log, "kept weights of magnitude %.4g or more, quantised in steps of %.4g\n", cut, step)
		for _, p := range ens.ps {
			p.restart(avg, mask)
		}
		for e := 1; e <= o.retrain; e++ {
			ens.epoch(train, dict, rare, o.dropWord)
			evaluate(o.epochs+e, ens.average())
		}
	}
	return cands, dictTSV, nil
}

// rareWords returns the words (as pos.Features.Word gives them) seen max
// times or less in sents.
func rareWords(sents []sentence, most int) map[string]bool {
	counts := map[string]int{}
	f := pos.NewFeatures(8)
	for _, s := range sents {
		f.Reset(s.words)
		for i := range s.words {
			counts[f.Word(i)]++
		}
	}
	rare := map[string]bool{}
	for w, n := range counts {
		if n <= most {
			rare[w] = true
		}
	}
	return rare
}
