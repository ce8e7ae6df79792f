package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"parley/core"
	"parley/score"
)

// polnear scores the attributions of core.Analyze on one PolNeAR split
// folder (text/*.txt, attributions/*.ann) and prints cue, source, content
// and full P/R/F1. With verbose it lists up to limit misses, spurious cues
// and wrong pairs.
func polnear(w io.Writer, dir, label string, verbose bool, limit int) (*score.AttrResult, error) {
	docs, err := score.PolNeARDocs(dir)
	if err != nil {
		return nil, err
	}
	total := &score.AttrResult{}
	start := time.Now()
	for _, d := range docs {
		text, err := os.ReadFile(d.Text)
		if err != nil {
			return nil, err
		}
		gold, err := score.LoadBrat(d.Ann)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.Ann, err)
		}
		a, _ := analyze(string(text))
		r := score.ScoreAttributions(string(text), gold, a, verbose)
		for i := range r.Missed {
			r.Missed[i] = d.Name + ": " + r.Missed[i]
		}
		for i := range r.Spurious {
			r.Spurious[i] = d.Name + ": " + r.Spurious[i]
		}
		for i := range r.Wrong {
			r.Wrong[i] = d.Name + ": " + r.Wrong[i]
		}
		total.Add(r)
	}
	fmt.Fprintf(w, "\nPolNeAR %s (%d articles, %d ms)\n", label, len(docs), time.Since(start).Milliseconds())
	for _, m := range []struct {
		name string
		c    score.Counts
	}{{"cue", total.Cue}, {"source", total.Source}, {"content", total.Content}, {"full", total.Full}} {
		fmt.Fprintf(w, "  %-8s P %.3f R %.3f F1 %.3f   (tp %d, pred %d, gold %d)\n", m.name, m.c.P(), m.c.R(), m.c.F1(), m.c.TP, m.c.Pred, m.c.Gold)
	}
	if verbose {
		for _, g := range []struct {
			label string
			items []string
		}{{"miss", total.Missed}, {"false+", total.Spurious}, {"wrong", total.Wrong}} {
			for i, it := range g.items {
				if i == limit {
					fmt.Fprintf(w, "    %-6s … %d more\n", g.label, len(g.items)-limit)
					break
				}
				fmt.Fprintf(w, "    %-6s %s\n", g.label, it)
			}
		}
	}
	return total, nil
}

// plover analyses every PLOVER record alone and prints typed accuracy per
// event and the count of action reports given a speech stance.
func plover(w io.Writer, path string, verbose bool) (*score.PloverResult, error) {
	recs, err := score.LoadPlover(path)
	if err != nil {
		return nil, err
	}
	as := make([]*core.Analysis, len(recs))
	for i, r := range recs {
		as[i], _ = analyze(r.Text)
	}
	res := score.ScorePlover(recs, as, verbose)
	fmt.Fprintf(w, "\nPLOVER (%d records)\n  typed accuracy %.3f:", len(recs), res.Accuracy())
	for _, e := range res.Events() {
		fmt.Fprintf(w, " %s %d/%d", e, res.Hits[e], res.Total[e])
	}
	fmt.Fprintf(w, "\n  action reports given a speech stance: %d/%d\n", res.FalseTyped, res.Acts)
	if verbose {
		for _, m := range res.Misses {
			fmt.Fprintf(w, "    miss   %s\n", m)
		}
		for _, m := range res.FalseList {
			fmt.Fprintf(w, "    false+ %s\n", m)
		}
	}
	return res, nil
}

// externalDir is ../shared/external beside the corpus folder.
func externalDir(corpus string) string {
	return filepath.Join(filepath.Dir(filepath.Clean(corpus)), "external")
}

// splits parses the -polnear flag ("dev", "train,dev", "none").
func splits(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && p != "none" {
			out = append(out, p)
		}
	}
	return out
}
