package main

import (
	"slices"
	"strings"

	"parley/core/pos"
)

// lemmaClassName is the class of a tag in data/lemmas.tsv.
func lemmaClassName(t pos.Tag) string { return t.UPOS() }

// lemmaExceptions derives data/lemmas.tsv from the gold lemmas of sents:
// for each lower-cased form and class, its most frequent lemma when the
// suffix rules (pos.RuleLemma, with the form's most frequent tag) give
// another. Lines are sorted.
func lemmaExceptions(sents []sentence) string {
	type key struct{ form, class string }
	type count struct {
		lemmas map[string]int
		tags   [nt + 1]int
	}
	counts := map[key]*count{}
	for _, s := range sents {
		for i, w := range s.words {
			form := pos.Normalize(w, true)
			lemma := pos.Normalize(s.lemmas[i], true)
			if form == "" || lemma == "" || lemma == "_" || strings.ContainsAny(form+lemma, "\t\n") {
				continue
			}
			k := key{form, lemmaClassName(s.tags[i])}
			c := counts[k]
			if c == nil {
				c = &count{lemmas: map[string]int{}}
				counts[k] = c
			}
			c.lemmas[lemma]++
			c.tags[s.tags[i]]++
		}
	}
	var lines []string
	for k, c := range counts {
		best, bn := "", 0
		for l, n := range c.lemmas {
			if n > bn || (n == bn && l < best) {
				best, bn = l, n
			}
		}
		tag := pos.Tag(1)
		for t := pos.Tag(2); t <= nt; t++ {
			if c.tags[t] > c.tags[tag] {
				tag = t
			}
		}
		if pos.RuleLemma(k.form, tag) != best {
			lines = append(lines, k.form+"\t"+k.class+"\t"+best+"\n")
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "")
}

// lemmaScore is the share of the tokens of the given UPOS classes whose
// lemma pos.Lemma gets right (lower-cased), with the gold tags or, when tg
// is not nil, the tags tg gives.
func lemmaScore(sents []sentence, lz *pos.Lemmatizer, tg *pos.Tagger, classes ...string) (right, n int) {
	var out []pos.Tag
	for _, s := range sents {
		tags := s.tags
		if tg != nil {
			out = tg.Tag(s.words, out)
			tags = out
		}
		for i, w := range s.words {
			if !slices.Contains(classes, s.tags[i].UPOS()) {
				continue
			}
			n++
			if lz.Lemma(pos.Normalize(w, true), tags[i]) == pos.Normalize(s.lemmas[i], true) {
				right++
			}
		}
	}
	return right, n
}
