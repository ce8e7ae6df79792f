package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"parley/core/pos"
)

// sentence is one sentence of a treebank: its words with their gold tags
// and lemmas.
type sentence struct {
	words   []string
	tags    []pos.Tag
	lemmas  []string
	noSpace []bool // no space after the word (SpaceAfter=No)
	orig    int    // in a training set, the number of the EWT sentence it comes from
}

// readFile reads a CoNLL-U file.
func readFile(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := readCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// readCoNLLU reads the word lines of CoNLL-U sentences: multi-word token
// ranges and empty nodes are skipped.
func readCoNLLU(r io.Reader) ([]sentence, error) {
	var out []sentence
	var cur sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = sentence{}
			continue
		}
		if text[0] == '#' {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("line %d: %d columns", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		tag := pos.FromUD(cols[3], cols[4])
		if tag == 0 {
			return nil, fmt.Errorf("line %d: unknown tag %q", line, cols[3])
		}
		cur.words = append(cur.words, cols[1])
		cur.tags = append(cur.tags, tag)
		cur.lemmas = append(cur.lemmas, cols[2])
		cur.noSpace = append(cur.noSpace, strings.Contains(cols[9], "SpaceAfter=No"))
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// isWordLike tells whether w has a letter or a digit.
func isWordLike(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// mergeHyphens joins "X - Y" written without spaces ("cease-fire",
// "al-Ani", "two-thirds") into one word, as the engine's tokenizer keeps
// them; the compound takes the tag of its last part. It reports whether it
// joined anything.
func mergeHyphens(s sentence) (sentence, bool) {
	var out sentence
	merged := false
	n := len(s.words)
	for i := 0; i < n; i++ {
		k := len(out.words) - 1
		if s.words[i] == "-" && k >= 0 && i+1 < n && out.noSpace[k] && s.noSpace[i] &&
			isWordLike(out.words[k]) && isWordLike(s.words[i+1]) {
			out.words[k] += "-" + s.words[i+1]
			out.tags[k] = s.tags[i+1]
			out.lemmas[k] += "-" + s.lemmas[i+1]
			out.noSpace[k] = s.noSpace[i+1]
			merged = true
			i++
			continue
		}
		out.words = append(out.words, s.words[i])
		out.tags = append(out.tags, s.tags[i])
		out.lemmas = append(out.lemmas, s.lemmas[i])
		out.noSpace = append(out.noSpace, s.noSpace[i])
	}
	return out, merged
}

// minorWords stay lower case in a Title Case headline.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "but": true, "or": true,
	"nor": true, "for": true, "of": true, "in": true, "on": true, "at": true, "to": true, "by": true,
	"as": true, "from": true, "with": true}

// headline returns s as an ALL-CAPS headline (upper) or a Title Case one.
func headline(s sentence, upper bool) sentence {
	out := s
	out.words = make([]string, len(s.words))
	for i, w := range s.words {
		switch {
		case upper:
			w = strings.ToUpper(w)
		case i == 0 || !minorWords[strings.ToLower(w)]:
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			w = string(r)
		}
		out.words[i] = w
	}
	return out
}

// trainingSet is the sentences the perceptron learns from: every
// sentence of EWT train, again with its hyphenated compounds joined when it
// has any, and one in every `every` sentences (of four words or more) again
// as an ALL-CAPS headline, another as a Title Case one.
func trainingSet(train []sentence, every int) []sentence {
	out := make([]sentence, 0, len(train)*5/4)
	for i, s := range train {
		s.orig = i
		out = append(out, s)
		m, ok := mergeHyphens(s)
		if ok {
			out = append(out, m)
		}
		if every > 0 && len(m.words) >= 4 {
			switch i % every {
			case 0:
				out = append(out, headline(m, true))
			case every / 2:
				out = append(out, headline(m, false))
			}
		}
	}
	return out
}

// mergedSet is sentences with their hyphenated compounds joined.
func mergedSet(in []sentence) []sentence {
	out := make([]sentence, len(in))
	for i, s := range in {
		out[i], _ = mergeHyphens(s)
	}
	return out
}
