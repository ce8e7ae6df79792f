// Command eval scores core.Analyze on the development corpus, as
// ../shared/CONTRACT.md "How quality is scored" says.
//
//	go run ./cmd/eval [-corpus ../shared/corpus] [-v] [-only 03] [-polnear dev|train,dev|none] [-plover=false]
//
// It analyses every texts/*.txt that has a gold/*.json, prints one row per
// document (actors P/R/F1, stances P/R/F1, typed F1, proposals P/R/F1, status
// accuracy) and a micro-averaged TOTAL row. Then, from ../shared/external
// (skipped with a note when absent): the attributions on PolNeAR (cue,
// source, content and full P/R/F1 per split asked for) and the stance
// typing on PLOVER's records. With -v it lists, per document:
//
//	miss    a gold item not matched, with the nearest prediction and why it failed
//	false+  a predicted item not in the gold
//	wrong   a match with the wrong stance type or proposal status
//	span!   predicted evidence whose offsets break the contract
//	gold?   a problem in the gold file itself
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"parley/core"
	"parley/score"
)

func main() {
	corpus := flag.String("corpus", "", "corpus folder with texts/ and gold/ (default: ../shared/corpus from the repo root)")
	verbose := flag.Bool("v", false, "list misses, false positives and wrong types/statuses per document")
	only := flag.String("only", "", "score only the documents whose name contains this")
	pol := flag.String("polnear", "dev", "PolNeAR splits to score, comma-separated (train, dev), or none")
	plov := flag.Bool("plover", true, "score stance typing on PLOVER's records")
	tagger := flag.Bool("tagger", true, "score the part-of-speech tagger on UD English-EWT dev and test")
	limit := flag.Int("limit", 40, "with -v, how many PolNeAR misses, false cues and wrong pairs to list")
	flag.Parse()
	dir := *corpus
	if dir == "" {
		dir = defaultCorpus()
	}
	if *only != "-" {
		if err := run(os.Stdout, dir, *only, *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
	ext := externalDir(dir)
	if _, err := os.Stat(ext); err != nil {
		fmt.Printf("\n(no %s: PolNeAR and PLOVER not scored)\n", ext)
		return
	}
	for _, sp := range splits(*pol) {
		if _, err := polnear(os.Stdout, filepath.Join(ext, "polnear", sp), sp, *verbose, *limit); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
	if *tagger {
		if err := taggerAccuracy(os.Stdout, filepath.Join(ext, "ud-english-ewt")); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
	if *plov {
		if _, err := plover(os.Stdout, filepath.Join(ext, "plover", "PLOVER_GSR_CAMEO.json"), *verbose); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
}

// defaultCorpus is ../shared/corpus relative to the module root (the
// folder of the nearest go.mod above the working directory), so that the
// command works from any sub-folder of the repo.
func defaultCorpus() string {
	wd, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared", "corpus")
	}
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "..", "shared", "corpus")
		}
		up := filepath.Dir(d)
		if up == d {
			return filepath.Join("..", "shared", "corpus")
		}
		d = up
	}
}

type doc struct{ name, text, gold string }

func findDocs(dir, only string) ([]doc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "texts", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		// a folder of texts with their gold beside them in gold/
		// (core/testdata/articles)
		texts, _ = filepath.Glob(filepath.Join(dir, "*.txt"))
	}
	var docs []doc
	for _, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		g := filepath.Join(dir, "gold", name+".json")
		if _, err := os.Stat(g); err == nil && strings.Contains(name, only) {
			docs = append(docs, doc{name, t, g})
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no texts/*.txt with a gold/*.json (matching %q) in %s", only, dir)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].name < docs[j].name })
	return docs, nil
}

func run(w io.Writer, dir, only string, verbose bool) error {
	docs, err := findDocs(dir, only)
	if err != nil {
		return err
	}
	width := len("TOTAL")
	for _, d := range docs {
		width = max(width, len(d.name))
	}
	// Column headings that line up with the numbers below.
	header := fmt.Sprintf("%-*s  %5s %5s %5s  %5s %5s %5s  %5s  %5s %5s %5s  %9s  %5s", width, "document",
		"act.P", "R", "F1", "st.P", "R", "F1", "typF1", "pr.P", "R", "F1", "status", "ms")
	fmt.Fprintln(w, header)
	fmt.Fprintln(w, strings.Repeat("-", len(header)))

	var total score.Result
	var failed []string
	var elapsed time.Duration
	for _, d := range docs {
		text, err := os.ReadFile(d.text)
		if err != nil {
			return err
		}
		g, err := score.LoadGold(d.gold)
		if err != nil {
			return err
		}
		start := time.Now()
		a, aerr := analyze(string(text))
		took := time.Since(start)
		elapsed += took
		if aerr != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", d.name, aerr))
		}
		r := score.Score(string(text), g, a)
		total.Add(r)
		row(w, width, d.name, r, took)
		if verbose {
			notes(w, r, aerr)
		}
	}
	fmt.Fprintln(w, strings.Repeat("-", len(header)))
	row(w, width, "TOTAL", &total, elapsed)
	fmt.Fprintf(w, "counts tp/pred/gold: actors %d/%d/%d  stances %d/%d/%d  typed %d  proposals %d/%d/%d  status %d/%d\n",
		total.Actors.TP, total.Actors.Pred, total.Actors.Gold,
		total.Stances.TP, total.Stances.Pred, total.Stances.Gold, total.Typed.TP,
		total.Proposals.TP, total.Proposals.Pred, total.Proposals.Gold,
		total.StatusRight, total.StatusTotal)
	if len(failed) > 0 {
		return fmt.Errorf("core.Analyze failed on %d documents:\n  %s", len(failed), strings.Join(failed, "\n  "))
	}
	return nil
}

// analyze calls core.Analyze, turning a panic into an error so that one bad
// document does not hide the scores of the others.
func analyze(text string) (a *core.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("panic: %v", p)
		}
	}()
	a, err = core.Analyze(text)
	if err == nil && a == nil {
		err = errors.New("nil analysis without an error")
	}
	return a, err
}

func row(w io.Writer, width int, name string, r *score.Result, took time.Duration) {
	status := "-"
	if r.StatusTotal > 0 {
		status = fmt.Sprintf("%.2f %d/%d", r.StatusAcc(), r.StatusRight, r.StatusTotal)
	}
	fmt.Fprintf(w, "%-*s  %5.2f %5.2f %5.2f  %5.2f %5.2f %5.2f  %5.2f  %5.2f %5.2f %5.2f  %9s  %5d\n", width, name,
		r.Actors.P(), r.Actors.R(), r.Actors.F1(),
		r.Stances.P(), r.Stances.R(), r.Stances.F1(),
		r.Typed.F1(),
		r.Proposals.P(), r.Proposals.R(), r.Proposals.F1(),
		status, took.Milliseconds())
}

func notes(w io.Writer, r *score.Result, aerr error) {
	if aerr != nil {
		fmt.Fprintf(w, "    ERROR %v\n", aerr)
	}
	for _, group := range []struct {
		label string
		items []string
	}{{"miss", r.Misses}, {"false+", r.FalsePositives}, {"wrong", r.Mismatches}, {"span!", r.BadSpans}, {"gold?", r.Warnings}} {
		for _, it := range group.items {
			fmt.Fprintf(w, "    %-6s %s\n", group.label, it)
		}
	}
}
