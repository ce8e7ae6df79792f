package score

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"parley/core"
)

// PolNeAR scoring, as ../shared/CONTRACT.md "Attributions, on PolNeAR" says
// (the reference implementation is ../shared/tools/polnear_score.py):
//
//   - every brat relation with a cue and a content is a gold attribution;
//     discontinuous spans count as their bounding span; offsets count
//     characters (code points), so predicted byte offsets are converted;
//   - cue: each gold relation, in file order, takes the unused prediction
//     whose cue overlaps its cue most (at least one character);
//   - source: on matched pairs where the gold has a source, the predicted
//     source overlaps it by at least half of the shorter span (P over
//     predictions with a source, R over gold relations with one);
//   - content: on matched pairs, the same overlap rule for the content;
//   - full: cue, content and source all match (no source predicted where
//     the gold has none).

// AttrGold is one gold attribution: character spans, Source nil when the
// relation has none.
type AttrGold struct {
	Cue, Content [2]int
	Source       *[2]int
}

// AttrResult counts one text's (or, added up, a corpus's) attribution
// matches.
type AttrResult struct {
	Cue, Source, Content, Full Counts
	// Missed and Spurious, when asked for, describe the gold relations with
	// no predicted cue and the predictions with no gold cue; Wrong the
	// matched pairs whose source or content failed.
	Missed, Spurious, Wrong []string
}

// Add sums o into r (lists are appended).
func (r *AttrResult) Add(o *AttrResult) {
	r.Cue.Add(o.Cue)
	r.Source.Add(o.Source)
	r.Content.Add(o.Content)
	r.Full.Add(o.Full)
	r.Missed = append(r.Missed, o.Missed...)
	r.Spurious = append(r.Spurious, o.Spurious...)
	r.Wrong = append(r.Wrong, o.Wrong...)
}

// LoadBrat reads the attribution relations of a PolNeAR .ann file.
func LoadBrat(path string) ([]AttrGold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseBrat(data)
}

// ParseBrat parses brat standoff annotations: T lines (spans) and E lines
// (Attribution / Attribution-no-source relations).
func ParseBrat(data []byte) ([]AttrGold, error) {
	spans := map[string][2]int{}
	var out []AttrGold
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "T"):
			f := strings.Split(line, "\t")
			if len(f) < 2 {
				continue
			}
			_, frags, _ := strings.Cut(f[1], " ")
			lo, hi, ok := boundingSpan(frags)
			if ok {
				spans[f[0]] = [2]int{lo, hi}
			}
		case strings.HasPrefix(line, "E"):
			f := strings.Split(line, "\t")
			if len(f) < 2 {
				continue
			}
			roles := map[string]string{}
			for _, kv := range strings.Split(f[1], " ") {
				if k, v, ok := strings.Cut(kv, ":"); ok {
					roles[k] = v
				}
			}
			cue, okc := spans[roles["Cue"]]
			content, okt := spans[roles["Content"]]
			if !okc || !okt {
				continue
			}
			g := AttrGold{Cue: cue, Content: content}
			if s, ok := spans[roles["Source"]]; ok {
				g.Source = &s
			}
			out = append(out, g)
		}
	}
	return out, sc.Err()
}

// boundingSpan reads "s e" or "s e;s e;…" and returns the bounding span.
func boundingSpan(frags string) (int, int, bool) {
	lo, hi := -1, -1
	for _, fr := range strings.Split(frags, ";") {
		p := strings.Fields(fr)
		if len(p) != 2 {
			return 0, 0, false
		}
		s, err1 := strconv.Atoi(p[0])
		e, err2 := strconv.Atoi(p[1])
		if err1 != nil || err2 != nil {
			return 0, 0, false
		}
		if lo < 0 || s < lo {
			lo = s
		}
		if e > hi {
			hi = e
		}
	}
	return lo, hi, lo >= 0
}

// charIndex maps byte offsets of text to character offsets; -1 inside a
// character.
func charIndex(text string) []int {
	m := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		m[i] = n
		for k := 1; k < size; k++ {
			m[i+k] = -1
		}
		i += size
		n++
	}
	m[len(text)] = n
	return m
}

type predAttr struct {
	cue, content [2]int
	source       *[2]int
	hasContent   bool
}

func overlap(a, b [2]int) int { return min(a[1], b[1]) - max(a[0], b[0]) }

func halfOverlap(a, b [2]int) bool {
	o := overlap(a, b)
	return o > 0 && 2*o >= min(a[1]-a[0], b[1]-b[0])
}

// ScoreAttributions scores the attributions of an analysis of text against
// the gold relations. With explain, the result lists what went wrong.
func ScoreAttributions(text string, gold []AttrGold, a *core.Analysis, explain bool) *AttrResult {
	ci := charIndex(text)
	conv := func(e core.Evidence) ([2]int, bool) {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End || ci[e.Start] < 0 || ci[e.End] < 0 {
			return [2]int{}, false
		}
		return [2]int{ci[e.Start], ci[e.End]}, true
	}
	var preds []predAttr
	if a != nil {
		for _, at := range a.Attributions {
			c, ok := conv(at.Cue)
			if !ok {
				continue
			}
			p := predAttr{cue: c}
			if at.Source != nil {
				if s, ok := conv(*at.Source); ok {
					p.source = &s
				}
			}
			if ct, ok := conv(at.Content); ok {
				p.content, p.hasContent = ct, true
			}
			preds = append(preds, p)
		}
	}
	r := &AttrResult{}
	used := make([]bool, len(preds))
	runes := []rune(text)
	show := func(s [2]int) string {
		if s[0] < 0 || s[1] > len(runes) || s[0] > s[1] {
			return "?"
		}
		return clip(string(runes[s[0]:s[1]]))
	}
	for _, g := range gold {
		best, bo := -1, 0
		for pi := range preds {
			if o := overlap(g.Cue, preds[pi].cue); !used[pi] && o > bo {
				best, bo = pi, o
			}
		}
		if best < 0 {
			if explain {
				r.Missed = append(r.Missed, fmt.Sprintf("cue %q content %q", show(g.Cue), show(g.Content)))
			}
			continue
		}
		used[best] = true
		p := preds[best]
		r.Cue.TP++
		sOK := g.Source != nil && p.source != nil && halfOverlap(*g.Source, *p.source)
		cOK := p.hasContent && halfOverlap(g.Content, p.content)
		if sOK {
			r.Source.TP++
		}
		if cOK {
			r.Content.TP++
		}
		srcFull := sOK
		if g.Source == nil {
			srcFull = p.source == nil
		}
		if srcFull && cOK {
			r.Full.TP++
		} else if explain {
			gs, ps := "-", "-"
			if g.Source != nil {
				gs = show(*g.Source)
			}
			if p.source != nil {
				ps = show(*p.source)
			}
			r.Wrong = append(r.Wrong, fmt.Sprintf("cue %q: source %q want %q; content ok=%v %q want %q",
				show(p.cue), ps, gs, cOK, show(p.content), show(g.Content)))
		}
	}
	for pi, p := range preds {
		if p.source != nil {
			r.Source.Pred++
		}
		if p.hasContent {
			r.Content.Pred++
		}
		if explain && !used[pi] {
			r.Spurious = append(r.Spurious, fmt.Sprintf("cue %q content %q", show(p.cue), show(p.content)))
		}
	}
	r.Cue.Pred, r.Full.Pred = len(preds), len(preds)
	r.Cue.Gold, r.Content.Gold, r.Full.Gold = len(gold), len(gold), len(gold)
	for _, g := range gold {
		if g.Source != nil {
			r.Source.Gold++
		}
	}
	return r
}

// PolNeARDoc is one article of a PolNeAR split: its text file and the
// first of its annotation files in name order.
type PolNeARDoc struct{ Name, Text, Ann string }

// PolNeARDocs lists the articles of a split folder (text/*.txt with an
// attributions/<name>*.ann).
func PolNeARDocs(dir string) ([]PolNeARDoc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	sort.Strings(anns)
	var out []PolNeARDoc
	for _, t := range texts {
		base := strings.TrimSuffix(filepath.Base(t), ".txt")
		for _, a := range anns {
			if strings.HasPrefix(filepath.Base(a), base) {
				out = append(out, PolNeARDoc{Name: base, Text: t, Ann: a})
				break
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no PolNeAR texts with annotations in %s", dir)
	}
	return out, nil
}
