// Command train-cues learns which words are attribution cues from PolNeAR's
// training articles and writes the engine's cue model:
//
//	go run ./cmd/train-cues [-polnear ../shared/external/polnear] [-out core/attrib/data/cues.model]
//
// Every cue candidate (a verb heading its group, a noun or adjective that
// heads annotated cues often enough in train, "according") of every train
// article is an example: positive when it heads a gold cue. The features
// are core/attrib's (its lemma, what follows it, its subject, quotations,
// voice); the model is an averaged perceptron. The threshold is chosen on
// dev, and the cue P/R/F1 on train and dev are printed (a predicted cue
// matches a gold cue it overlaps, one to one, as ../shared/CONTRACT.md
// scores cues). The same input gives the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"

	"parley/core/attrib"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/score"
)

func main() {
	dir := flag.String("polnear", "../shared/external/polnear", "PolNeAR folder with train/ and dev/")
	out := flag.String("out", "core/attrib/data/cues.model", "model file to write")
	epochs := flag.Int("epochs", 4, "training epochs")
	algo := flag.String("algo", "perceptron", "perceptron or logistic (L2-regularised, AdaGrad)")
	l2 := flag.Float64("l2", 1e-6, "logistic: L2 weight per example")
	minCount := flag.Int("noun-min", 3, "a noun or adjective is a candidate when it heads this many train cues")
	minRate := flag.Float64("noun-rate", 0.15, "… and at least this share of its occurrences")
	bits := flag.Uint("bits", 15, "the model's table has 1<<bits hashed weights")
	errs := flag.Int("errors", 0, "print the dev errors by lemma and this many examples of each kind")
	dry := flag.Bool("n", false, "do not write the model")
	errSplit := flag.String("errors-on", "dev", "the split -errors reports on: dev or train")
	seed := flag.Uint64("seed", 1, "the seed of the training shuffles")
	runs := flag.Int("runs", 5, "perceptron: average the weights of this many runs, seeds seed, seed+1, …")
	holdout := flag.Bool("holdout", false, "train on four fifths of train and also score the fifth left out (for choosing features; nothing is written)")
	flag.Parse()
	shuffleSeed = *seed
	train, err := load(filepath.Join(*dir, "train"))
	check(err)
	dev, err := load(filepath.Join(*dir, "dev"))
	check(err)
	var held []article
	if *holdout {
		var keep []article
		for i, a := range train {
			if i%5 == 0 {
				held = append(held, a)
			} else {
				keep = append(keep, a)
			}
		}
		train, *dry = keep, true
	}
	nouns := nounCues(train, *minCount, *minRate)
	fmt.Printf("train %d articles, dev %d; %d nominal cue lemmas\n", len(train), len(dev), len(nouns))
	nounSet := map[string]bool{}
	for _, n := range nouns {
		nounSet[n] = true
	}
	ex := examples(train, nounSet, *bits)
	var w []float64
	if *algo == "logistic" {
		w = trainLogistic(ex, *epochs, *bits, *l2)
	} else {
		// the mean of several averaged perceptrons, each over its own
		// shuffles: one model's weights move with the order it saw the
		// examples in (its dev F1 by about ±0.005), the mean much less
		for r := uint64(0); r < uint64(*runs); r++ {
			shuffleSeed = *seed + r
			wr := trainPerceptron(ex, *epochs, *bits)
			if w == nil {
				w = make([]float64, len(wr))
			}
			for h, v := range wr {
				w[h] += v / float64(*runs)
			}
		}
		shuffleSeed = *seed
	}
	// choose the threshold on dev
	noSrc := noSource(train, nounSet)
	fmt.Printf("%d cue lemmas that name no source: %v\n", len(noSrc), noSrc)
	m, err := attrib.Decode(attrib.Encode(w, *bits, nouns, noSrc, 0))
	check(err)
	// the threshold closest to the perceptron's own boundary (0) among
	// those within 0.002 of dev's best F1: dev's F1 is flat over a wide
	// range, and its noise otherwise moves the threshold from one
	// retraining to the next
	var pts []thPoint
	bestF := -1.0
	for th := float32(-6); th <= 4; th += 0.25 {
		m.Threshold = th
		f := evaluate(dev, m).F1()
		pts = append(pts, thPoint{th, f})
		bestF = max(bestF, f)
	}
	best := closest(pts, bestF)
	data := attrib.Encode(w, *bits, nouns, noSrc, float64(best))
	m, err = attrib.Decode(data)
	check(err)
	for _, s := range []struct {
		name string
		docs []article
	}{{"train", train}, {"dev", dev}, {"held", held}} {
		if len(s.docs) == 0 {
			continue
		}
		c := evaluate(s.docs, m)
		fmt.Printf("cue %-5s P %.3f R %.3f F1 %.3f (tp %d pred %d gold %d)\n", s.name, c.P(), c.R(), c.F1(), c.TP, c.Pred, c.Gold)
	}
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, 11)
	_, _ = bw.Write(data)
	check(bw.Close())
	fmt.Printf("threshold %.2f; model %d bytes, %d brotli\n", best, len(data), br.Len())
	if *errs > 0 {
		docs := dev
		if *errSplit == "train" {
			docs = train
		}
		report(docs, m, nounSet, *errs)
	}
	if !*dry {
		check(os.WriteFile(*out, data, 0o644))
	}
}

// thPoint is a threshold and the dev F1 it gives.
type thPoint struct {
	th float32
	f  float64
}

// closest returns, of the thresholds whose F1 is within 0.002 of best,
// the one nearest 0.
func closest(pts []thPoint, best float64) float32 {
	th, found := float32(0), false
	for _, p := range pts {
		if p.f >= best-0.002 && (!found || abs32(p.th) < abs32(th)) {
			th, found = p.th, true
		}
	}
	return th
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// shuffleSeed seeds the training shuffles (-seed).
var shuffleSeed uint64 = 1

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-cues:", err)
		os.Exit(1)
	}
}

// article is one PolNeAR article, analysed, with its gold cues as byte
// spans.
type article struct {
	d      *nlp.Doc
	p      *syntax.Parse
	cues   [][2]int // byte spans
	source []bool   // the gold attribution names a source
}

func load(dir string) ([]article, error) {
	docs, err := score.PolNeARDocs(dir)
	if err != nil {
		return nil, err
	}
	tg := pos.Default()
	var out []article
	for _, doc := range docs {
		text, err := os.ReadFile(doc.Text)
		if err != nil {
			return nil, err
		}
		gold, err := score.LoadBrat(doc.Ann)
		if err != nil {
			return nil, err
		}
		a := article{d: &nlp.Doc{}, p: &syntax.Parse{}}
		a.d.Prepare(string(text), tg)
		a.p.Build(a.d)
		b := charToByte(string(text))
		for _, g := range gold {
			if g.Cue[0] < len(b) && g.Cue[1] < len(b) {
				a.cues = append(a.cues, [2]int{b[g.Cue[0]], b[g.Cue[1]]})
				a.source = append(a.source, g.Source != nil)
			}
		}
		out = append(out, a)
	}
	return out, nil
}

// charToByte maps character offsets of text to byte offsets.
func charToByte(text string) []int {
	m := make([]int, 0, len(text)+1)
	for i := range text {
		m = append(m, i)
	}
	m = append(m, len(text))
	return m
}

// heads returns, for each gold cue of a, its head token: the last
// candidate verb in the span, else its first noun or adjective candidate;
// -1 when none.
func heads(a *article, nouns map[string]bool) (head map[int]bool, inside map[int]bool) {
	head, inside = map[int]bool{}, map[int]bool{}
	d := a.d
	for _, cs := range a.cues {
		h := -1
		for i := range d.Toks {
			if int(d.Toks[i].End) <= cs[0] || int(d.Toks[i].Start) >= cs[1] {
				continue
			}
			inside[i] = true
			if !attrib.Candidate(d, a.p, i, nouns) {
				continue
			}
			switch t := d.Tag(i); {
			case t.IsVerb() || t == pos.NOUN && attrib.VerbForm(d, i):
				h = i // the last verb
			case h < 0:
				h = i // else the first candidate
			}
		}
		if h >= 0 {
			head[h] = true
		}
	}
	return head, inside
}

// nounCues returns the lemmas of nouns and adjectives heading at least min
// train cues and rate of their occurrences.
func nounCues(docs []article, min int, rate float64) []string {
	all, cue := map[string]int{}, map[string]int{}
	for k := range docs {
		a := &docs[k]
		for i := range a.d.Toks {
			if t := a.d.Tag(i); t == pos.NOUN || t == pos.ADJ || t == pos.ADV {
				all[a.d.Lemma(i)]++
			}
		}
		for _, cs := range a.cues {
			for i := range a.d.Toks {
				if int(a.d.Toks[i].End) <= cs[0] || int(a.d.Toks[i].Start) >= cs[1] {
					continue
				}
				if t := a.d.Tag(i); t == pos.NOUN || t == pos.ADJ || t == pos.ADV {
					cue[a.d.Lemma(i)]++
					break
				}
			}
		}
	}
	var out []string
	for l, n := range cue {
		if n >= min && float64(n) >= rate*float64(all[l]) {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

type example struct {
	h []uint64
	y float64
}

func examples(docs []article, nouns map[string]bool, bits uint) []example {
	var ex []example
	for k := range docs {
		a := &docs[k]
		head, inside := heads(a, nouns)
		attrib.Candidates(a.d, a.p, nouns, func(i int, f *attrib.Features) {
			y := -1.0
			if head[i] {
				y = 1
			} else if inside[i] {
				return // part of a cue, not its head: neither
			}
			b := make([]uint64, len(f.H))
			for k, h := range f.H {
				b[k] = attrib.Bucket(h, bits)
			}
			ex = append(ex, example{h: b, y: y})
		})
	}
	return ex
}

// trainPerceptron trains an averaged perceptron and returns the averaged
// weights.
func trainPerceptron(ex []example, epochs int, bits uint) []float64 {
	n := 1 << bits
	w, acc, stamp := make([]float64, n), make([]float64, n), make([]int, n)
	t := 0
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(shuffleSeed, 2))
	upd := func(h uint64, v float64) {
		acc[h] += float64(t-stamp[h]) * w[h]
		stamp[h] = t
		w[h] += v
	}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			x := ex[k]
			s := 0.0
			for _, h := range x.h {
				s += w[h]
			}
			if s*x.y <= 0 {
				for _, h := range x.h {
					upd(h, x.y)
				}
			}
			t++
		}
	}
	avg := make([]float64, n)
	for h, v := range w {
		a := acc[h] + float64(t-stamp[h])*v
		avg[h] = a / float64(t)
	}
	return avg
}

// evaluate counts cue matches as the contract scores them: each gold cue
// takes the unused predicted cue that overlaps it most.
func evaluate(docs []article, m *attrib.Model) score.Counts {
	var c score.Counts
	fd := attrib.Finder{M: m}
	for k := range docs {
		a := &docs[k]
		var pred [][2]int
		for _, at := range fd.Find(a.d, a.p) {
			pred = append(pred, [2]int{int(a.d.Toks[at.Cue[0]].Start), int(a.d.Toks[at.Cue[1]-1].End)})
		}
		used := make([]bool, len(pred))
		for _, g := range a.cues {
			best, bo := -1, 0
			for pi, p := range pred {
				o := min(g[1], p[1]) - max(g[0], p[0])
				if !used[pi] && o > bo {
					best, bo = pi, o
				}
			}
			if best >= 0 {
				used[best] = true
				c.TP++
			}
		}
		c.Pred += len(pred)
		c.Gold += len(a.cues)
	}
	return c
}

// report prints the dev errors grouped by lemma of the predicted or gold
// cue head, and n examples of each kind.
func report(docs []article, m *attrib.Model, nouns map[string]bool, n int) {
	fp, fn := map[string]int{}, map[string]int{}
	var fpEx, fnEx []string
	fd := attrib.Finder{M: m}
	for k := range docs {
		a := &docs[k]
		preds := fd.Find(a.d, a.p)
		type span struct{ s, e, head int }
		var pred []span
		for _, at := range preds {
			pred = append(pred, span{int(a.d.Toks[at.Cue[0]].Start), int(a.d.Toks[at.Cue[1]-1].End), at.Head})
		}
		used := make([]bool, len(pred))
		head, _ := heads(a, nouns)
		for _, g := range a.cues {
			best, bo := -1, 0
			for pi, p := range pred {
				o := min(g[1], p.e) - max(g[0], p.s)
				if !used[pi] && o > bo {
					best, bo = pi, o
				}
			}
			if best >= 0 {
				used[best] = true
				continue
			}
			h := -1
			for i := range a.d.Toks {
				if head[i] && int(a.d.Toks[i].Start) >= g[0] && int(a.d.Toks[i].End) <= g[1] {
					h = i
				}
			}
			l := "(no head)"
			if h >= 0 {
				l = a.d.Lemma(h) + "/" + a.d.Tag(h).String()
			}
			fn[l]++
			fnEx = append(fnEx, l+"  "+context(a, g[0], g[1]))
		}
		for pi, p := range pred {
			if !used[pi] {
				l := a.d.Lemma(p.head) + "/" + a.d.Tag(p.head).String()
				fp[l]++
				fpEx = append(fpEx, l+"  "+context(a, p.s, p.e))
			}
		}
	}
	top := func(name string, m map[string]int) {
		type kv struct {
			k string
			v int
		}
		var s []kv
		for k, v := range m {
			s = append(s, kv{k, v})
		}
		sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v || s[i].v == s[j].v && s[i].k < s[j].k })
		fmt.Printf("%s:", name)
		for i := 0; i < len(s) && i < 40; i++ {
			fmt.Printf(" %s %d,", s[i].k, s[i].v)
		}
		fmt.Println()
	}
	top("false cues", fp)
	top("missed cues", fn)
	rng := rand.New(rand.NewPCG(3, 4))
	for _, ex := range [][]string{fpEx, fnEx} {
		rng.Shuffle(len(ex), func(i, j int) { ex[i], ex[j] = ex[j], ex[i] })
		for i := 0; i < len(ex) && i < n; i++ {
			fmt.Println("   ", ex[i])
		}
		fmt.Println("   ---")
	}
}

func context(a *article, s, e int) string {
	t := a.d.Text
	lo, hi := max(0, s-90), min(len(t), e+60)
	for lo > 0 && t[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(t) && t[hi]&0xC0 == 0x80 {
		hi++
	}
	return strings.ReplaceAll(t[lo:s]+"[["+t[s:e]+"]]"+t[e:hi], "\n", " ")
}

// noSource returns the verb lemmas heading at least 5 train cues of which
// at least 60% name no source.
func noSource(docs []article, nouns map[string]bool) []string {
	all, none := map[string]int{}, map[string]int{}
	for k := range docs {
		a := &docs[k]
		for ci, cs := range a.cues {
			h := -1
			for i := range a.d.Toks {
				if int(a.d.Toks[i].End) > cs[0] && int(a.d.Toks[i].Start) < cs[1] && a.d.Tag(i).IsVerb() {
					h = i
				}
			}
			if h < 0 {
				continue
			}
			l := a.d.Lemma(h)
			all[l]++
			if !a.source[ci] {
				none[l]++
			}
		}
	}
	var out []string
	for l, n := range all {
		if n >= 5 && none[l]*10 >= n*6 {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// trainLogistic fits a logistic regression by AdaGrad with L2
// regularisation (lazily applied) and returns the weights.
func trainLogistic(ex []example, epochs int, bits uint, l2 float64) []float64 {
	n := 1 << bits
	w, g2 := make([]float64, n), make([]float64, n)
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(shuffleSeed, 2))
	const eta = 0.1
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			x := ex[k]
			s := 0.0
			for _, h := range x.h {
				s += w[h]
			}
			y := (x.y + 1) / 2
			p := 1 / (1 + math.Exp(-s))
			gr := p - y
			for _, h := range x.h {
				gi := gr + l2*w[h]
				g2[h] += gi * gi
				w[h] -= eta * gi / (math.Sqrt(g2[h]) + 1e-8)
			}
		}
	}
	return w
}
