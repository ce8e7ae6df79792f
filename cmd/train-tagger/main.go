// Command train-tagger trains the part-of-speech tagger of core/pos on UD
// English-EWT and derives its lemma exceptions:
//
//	go run ./cmd/train-tagger [-ewt ../shared/external/ud-english-ewt] [-out core/pos/data]
//
// It trains an averaged perceptron over hashed features on EWT train (with
// its hyphenated compounds joined, and some sentences again as headlines),
// chooses the epoch and the pruning threshold on dev, writes tagger.bin,
// tagdict.tsv and lemmas.tsv into -out, and prints the accuracy on dev and
// test and the sizes of the files. The same input gives the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"

	"parley/core/pos"
)

func main() {
	ewt := flag.String("ewt", "../shared/external/ud-english-ewt", "folder of en_ewt-ud-{train,dev,test}.conllu")
	out := flag.String("out", "core/pos/data", "folder to write tagger.bin, tagdict.tsv and lemmas.tsv into")
	o := defaultOptions()
	flag.UintVar(&o.bits, "bits", o.bits, "bits of the hashed weight table")
	flag.IntVar(&o.epochs, "epochs", o.epochs, "training epochs (dev chooses the best from -min-epoch)")
	flag.IntVar(&o.minEpoch, "min-epoch", o.minEpoch, "first epoch evaluated on dev")
	flag.IntVar(&o.dictMin, "dict-min", o.dictMin, "least count of a tag-dictionary word")
	flag.Float64Var(&o.dictShare, "dict-share", o.dictShare, "least share of its tag of a tag-dictionary word")
	flag.IntVar(&o.rareMax, "rare", o.rareMax, "words seen this often or less are rare")
	flag.Float64Var(&o.dropWord, "drop", o.dropWord, "share of the time a rare word is trained without its form's features")
	flag.IntVar(&o.models, "models", o.models, "perceptrons averaged (trained in parallel)")
	flag.Float64Var(&o.pa, "pa", o.pa, "passive-aggressive updates with this aggressiveness (0: perceptron)")
	flag.IntVar(&o.keep, "keep", o.keep, "weights kept and trained again after -epochs (0: none)")
	flag.Float64Var(&o.step, "step", o.step, "quantisation step")
	flag.IntVar(&o.retrain, "retrain", o.retrain, "epochs of training again the kept weights")
	flag.IntVar(&o.lexMin, "lex-min", o.lexMin, "least count of a word whose tags are restricted to those seen")
	flag.Float64Var(&o.lexShare, "lex-share", o.lexShare, "least share of a tag seen with a restricted word")
	flag.IntVar(&o.every, "every", o.every, "one in every N training sentences is also a headline (0: none)")
	prune := flag.String("prune", "", "comma-separated pruning thresholds to choose from (default 0.5,1,1.5,2)")
	maxBrotli := flag.Int("max-brotli", 220_000, "largest brotli size of the three model files, bytes")
	flag.Parse()
	if *prune != "" {
		o.prune = nil
		for _, f := range strings.Split(*prune, ",") {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				fmt.Fprintln(os.Stderr, "train-tagger: -prune:", err)
				os.Exit(2)
			}
			o.prune = append(o.prune, v)
		}
	}
	if err := run(*ewt, *out, o, *maxBrotli, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "train-tagger:", err)
		os.Exit(1)
	}
}

func defaultOptions() options {
	return options{bits: 20, epochs: 6, minEpoch: 4, seed: 1, dictMin: 10, dictShare: 0.98, lexMin: 1 << 30, lexShare: 0, every: 10,
		prune: []float64{0}, step: 0.75, rareMax: 1, dropWord: 0.5, models: 2, pa: 0.1, keep: 110_000, retrain: 4}
}

// model is the three files of a trained model.
type model struct {
	bin             []byte
	dictTSV, lemmas string
	chosen          candidate
}

// brotliSize is the size of b compressed by brotli at quality 11.
func brotliSize(b []byte) int {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, 11)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// build trains a model on train, choosing on dev the most accurate
// candidate whose files compress to maxBrotli bytes or less.
func build(trainSet, train, dev []sentence, o options, maxBrotli int, log io.Writer) (*model, error) {
	cands, dictTSV, err := trainCandidates(trainSet, dev, o, log)
	if err != nil {
		return nil, err
	}
	m := &model{dictTSV: dictTSV, lemmas: lemmaExceptions(train)}
	rest := brotliSize([]byte(m.dictTSV)) + brotliSize([]byte(m.lemmas))
	slices.SortStableFunc(cands, func(a, b candidate) int {
		switch {
		case a.dev != b.dev:
			if a.dev > b.dev {
				return -1
			}
			return 1
		case len(a.bin) != len(b.bin):
			return len(a.bin) - len(b.bin)
		}
		return a.epoch - b.epoch
	})
	for _, c := range cands {
		if brotliSize(c.bin)+rest <= maxBrotli {
			m.bin, m.chosen = c.bin, c
			return m, nil
		}
	}
	return nil, fmt.Errorf("no model under %d bytes of brotli", maxBrotli)
}

func run(ewt, outDir string, o options, maxBrotli int, log io.Writer) error {
	start := time.Now()
	var sets [3][]sentence
	for i, name := range []string{"train", "dev", "test"} {
		s, err := readFile(filepath.Join(ewt, "en_ewt-ud-"+name+".conllu"))
		if err != nil {
			return err
		}
		sets[i] = s
	}
	train, dev, test := sets[0], sets[1], sets[2]
	ts := trainingSet(train, o.every)
	fmt.Fprintf(log, "EWT: %d train sentences (%d with compounds joined and headlines), %d dev, %d test\n",
		len(train), len(ts), len(dev), len(test))
	m, err := build(ts, train, dev, o, maxBrotli, log)
	if err != nil {
		return err
	}
	trained := time.Since(start)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	for name, data := range map[string][]byte{"tagger.bin": m.bin, "tagdict.tsv": []byte(m.dictTSV), "lemmas.tsv": []byte(m.lemmas)} {
		if err := os.WriteFile(filepath.Join(outDir, name), data, 0o644); err != nil {
			return err
		}
	}
	report(m, dev, test, trained, log)
	return nil
}

// report prints the figures of a model.
func report(m *model, dev, test []sentence, trained time.Duration, log io.Writer) {
	tg := pos.NewTagger(m.bin, m.dictTSV)
	fmt.Fprintf(log, "\nchosen: epoch %d, prune %.2f, %d weights\n", m.chosen.epoch, m.chosen.prune, m.chosen.weights)
	for _, c := range []struct {
		name  string
		sents []sentence
	}{{"dev", dev}, {"test", test}, {"dev, compounds joined", mergedSet(dev)}, {"test, compounds joined", mergedSet(test)},
		{"test as ALL-CAPS headlines", headlines(test, true)}, {"test as Title Case headlines", headlines(test, false)}} {
		t := score(tg, c.sents)
		fmt.Fprintf(log, "%-30s UPOS %.2f %%  (22 tags %.2f %%, %d tokens)\n", c.name+":", 100*t.upos(), 100*t.full22(), t.n)
		if c.name == "test" {
			t.printConfusion(log, 12)
		}
	}
	lz := pos.NewLemmatizer(m.lemmas)
	for _, cl := range []string{"VERB", "AUX", "NOUN"} {
		r, n := lemmaScore(test, lz, nil, cl)
		rp, _ := lemmaScore(test, lz, tg, cl)
		fmt.Fprintf(log, "lemma accuracy, test %-4s: %.2f %% with gold tags, %.2f %% with the tagger's (%d tokens)\n",
			cl, 100*float64(r)/float64(n), 100*float64(rp)/float64(n), n)
	}
	r, n := lemmaScore(test, lz, nil, "VERB", "AUX", "NOUN")
	fmt.Fprintf(log, "lemma accuracy, test VERB+AUX+NOUN: %.2f %% with gold tags (%d tokens)\n", 100*float64(r)/float64(n), n)
	raw, br := 0, 0
	for _, f := range []struct {
		name string
		data []byte
	}{{"tagger.bin", m.bin}, {"tagdict.tsv", []byte(m.dictTSV)}, {"lemmas.tsv", []byte(m.lemmas)}} {
		b := brotliSize(f.data)
		raw += len(f.data)
		br += b
		fmt.Fprintf(log, "%-12s %8d bytes raw, %7d brotli\n", f.name, len(f.data), b)
	}
	fmt.Fprintf(log, "%-12s %8d bytes raw, %7d brotli\n", "model", raw, br)
	fmt.Fprintf(log, "training took %.1f s\n", trained.Seconds())
}

// headlines returns sents as ALL-CAPS or Title Case headlines.
func headlines(sents []sentence, upper bool) []sentence {
	out := make([]sentence, len(sents))
	for i, s := range sents {
		out[i] = headline(s, upper)
	}
	return out
}
