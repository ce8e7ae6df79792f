package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"parley/core/pos"
)

// tally counts a tagger's answers against gold tags.
type tally struct {
	n, right, full int
	confusion      map[[2]pos.Tag]int // gold, guess (UPOS, verbs as VB)
}

func (t tally) upos() float64 { return float64(t.right) / float64(max(t.n, 1)) }

func (t tally) full22() float64 { return float64(t.full) / float64(max(t.n, 1)) }

// uposOf folds the verb forms into VB.
func uposOf(t pos.Tag) pos.Tag {
	if t.IsVerb() {
		return pos.VB
	}
	return t
}

// score tags sents with tg and counts right answers.
func score(tg *pos.Tagger, sents []sentence) tally {
	t := tally{confusion: map[[2]pos.Tag]int{}}
	var out []pos.Tag
	for _, s := range sents {
		out = tg.Tag(s.words, out)
		for i, g := range s.tags {
			t.n++
			if out[i] == g {
				t.full++
			}
			if uposOf(out[i]) == uposOf(g) {
				t.right++
			} else {
				t.confusion[[2]pos.Tag{uposOf(g), uposOf(out[i])}]++
			}
		}
	}
	return t
}

// printConfusion writes the k most frequent errors.
func (t tally) printConfusion(w io.Writer, k int) {
	type pair struct {
		gold, guess pos.Tag
		n           int
	}
	var ps []pair
	for g, n := range t.confusion {
		ps = append(ps, pair{g[0], g[1], n})
	}
	slices.SortFunc(ps, func(a, b pair) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.gold.String()+a.guess.String(), b.gold.String()+b.guess.String())
	})
	var parts []string
	for _, p := range ps[:min(k, len(ps))] {
		parts = append(parts, fmt.Sprintf("%s→%s %d", p.gold.UPOS(), p.guess.UPOS(), p.n))
	}
	fmt.Fprintf(w, "  errors (gold→guess): %s\n", strings.Join(parts, ", "))
}
