// Package lexicon holds Parley's word lists for stances: cue phrases of
// attribution (verbs of saying and of stance, with their CAMEO code), the
// issue lexicon, and the CAMEO code table with Goldstein scores. The data
// lives in embedded TSV files under data/ (provenance in data/README.md).
package lexicon

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"parley/core/tokens"
	"parley/core/tsv"
)

// The data files, as strings: the tables keep substrings of them, with no
// copy (tsv.Each).
var (
	//go:embed data/cues.tsv
	cuesTSV string
	//go:embed data/issues.tsv
	issuesTSV string
	//go:embed data/cameo.tsv
	cameoTSV string
)

// Cue is a phrase that attributes a statement or marks a stance.
type Cue struct {
	Words []string
	Type  string // "say", "want" or a stance type
	Cameo string
}

// Issue is a subject of talks with its trigger words.
type Issue struct {
	ID, Label string
	Cameo     string // CAMEO code for a demand about this issue
}

type trigger struct {
	words  []string
	prefix bool // last word matches as a prefix
	issue  int
}

// Lexicon is the set of cue phrases, issues and CAMEO codes.
type Lexicon struct {
	cues     map[string][]Cue
	Issues   []Issue
	triggers map[string][]trigger // by first word (or its prefix key)
	prefixes []trigger            // single-word prefix triggers
	cameo    map[string]Code
	pre2     [1 << 13]byte // bit set of the first two bytes of the prefixes
}

// Code is a CAMEO event code.
type Code struct {
	Code, Description string
	Goldstein         float64
}

var (
	once sync.Once
	def  *Lexicon
)

// Default returns the embedded lexicon (built once; read-only).
func Default() *Lexicon {
	once.Do(func() { def = load() })
	return def
}

// MatchCue returns the longest cue starting at token i, and its length.
func (l *Lexicon) MatchCue(lower string, toks []tokens.Token, i int) (*Cue, int) {
	var best *Cue
	bn := 0
	cs := l.cues[toks[i].In(lower)]
	for k := range cs {
		c := &cs[k]
		n := len(c.Words)
		if n <= bn || i+n > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if toks[i+j].In(lower) != c.Words[j] {
				ok = false
				break
			}
		}
		if ok {
			best, bn = c, n
		}
	}
	return best, bn
}

// IssueAt returns the issue index whose trigger starts at token i and the
// trigger length, or -1.
func (l *Lexicon) IssueAt(lower string, toks []tokens.Token, i int) (int, int) {
	best, bn := -1, 0
	for _, t := range l.triggers[toks[i].In(lower)] {
		n := len(t.words)
		if n <= bn || i+n > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			w := toks[i+j].In(lower)
			if t.prefix && j == n-1 {
				ok = strings.HasPrefix(w, t.words[j])
			} else {
				ok = w == t.words[j]
			}
			if !ok {
				break
			}
		}
		if ok {
			best, bn = t.issue, n
		}
	}
	if best >= 0 {
		return best, bn
	}
	w := toks[i].In(lower)
	for _, t := range l.prefixes {
		if strings.HasPrefix(w, t.words[0]) {
			return t.issue, 1
		}
	}
	return -1, 0
}

// Cameo returns the code's entry.
func (l *Lexicon) Cameo(code string) (Code, bool) {
	c, ok := l.cameo[code]
	return c, ok
}

func load() *Lexicon {
	l := &Lexicon{cues: map[string][]Cue{}, triggers: map[string][]trigger{}, cameo: map[string]Code{}}
	tsv.Each(cuesTSV, func(c []string) {
		if len(c) < 3 {
			return
		}
		w := tokens.Words(c[0])
		if len(w) == 0 {
			return
		}
		l.cues[w[0]] = append(l.cues[w[0]], Cue{Words: w, Type: c[1], Cameo: c[2]})
	})
	tsv.Each(issuesTSV, func(c []string) {
		if len(c) < 4 {
			return
		}
		idx := len(l.Issues)
		l.Issues = append(l.Issues, Issue{ID: c[0], Label: c[1], Cameo: c[2]})
		for _, t := range strings.Split(c[3], "|") {
			pre := strings.HasSuffix(t, "*")
			t = strings.TrimSuffix(t, "*")
			w := tokens.Words(t)
			if len(w) == 0 {
				continue
			}
			tr := trigger{words: w, prefix: pre, issue: idx}
			if pre && len(w) == 1 {
				l.prefixes = append(l.prefixes, tr)
				continue
			}
			l.triggers[w[0]] = append(l.triggers[w[0]], tr)
		}
	})
	tsv.Each(cameoTSV, func(c []string) {
		if len(c) < 3 || c[0] == "code" {
			return
		}
		g, err := strconv.ParseFloat(c[1], 64)
		if err != nil {
			return
		}
		l.cameo[c[0]] = Code{Code: c[0], Goldstein: g, Description: c[2]}
	})
	l.indexPrefixes()
	return l
}

// CueFirstWords calls fn with every lower-cased word that can start a cue.
func (l *Lexicon) CueFirstWords(fn func(string)) {
	for w := range l.cues {
		fn(w)
	}
}

// IssuePrefixAt returns the issue whose one-word prefix trigger matches w
// ("withdraw*"), or -1.
func (l *Lexicon) IssuePrefixAt(w string) int {
	if !l.MayStartPrefix(w) {
		return -1
	}
	for _, t := range l.prefixes {
		if strings.HasPrefix(w, t.words[0]) {
			return t.issue
		}
	}
	return -1
}

// MayStartPrefix reports whether w could start with a single-word prefix
// trigger: false means IssuePrefixAt(w) is -1, found without scanning.
func (l *Lexicon) MayStartPrefix(w string) bool {
	if len(w) < 2 {
		return true
	}
	k := uint(w[0])<<8 | uint(w[1])
	return l.pre2[k>>3]&(1<<(k&7)) != 0
}

// indexPrefixes fills pre2 from the prefixes.
func (l *Lexicon) indexPrefixes() {
	for _, t := range l.prefixes {
		p := t.words[0]
		switch {
		case len(p) >= 2:
			k := uint(p[0])<<8 | uint(p[1])
			l.pre2[k>>3] |= 1 << (k & 7)
		case len(p) == 1:
			for b := uint(0); b < 256; b++ {
				k := uint(p[0])<<8 | b
				l.pre2[k>>3] |= 1 << (k & 7)
			}
		default: // an empty prefix matches every word
			for k := range l.pre2 {
				l.pre2[k] = 0xFF
			}
		}
	}
}

// IssueFirst reports whether a multi-word or exact trigger starts with w.
func (l *Lexicon) IssueFirst(w string) bool {
	_, ok := l.triggers[w]
	return ok
}

// IssueFirstWords calls fn with the first word of every exact trigger.
func (l *Lexicon) IssueFirstWords(fn func(string)) {
	for w := range l.triggers {
		fn(w)
	}
}
