// Package score measures an Analysis against a hand-made gold annotation,
// exactly as ../shared/CONTRACT.md "How quality is scored" says:
//
//   - Actor match: any name/alias of the predicted actor equals any name/alias
//     of the gold actor after Normalize (lower-case, whitespace folded, outer
//     punctuation and a leading "the" dropped).
//   - Evidence match: the predicted and gold spans overlap by at least half of
//     the shorter span, and the predicted span is at most MaxEvidenceBytes.
//     Gold evidence is located in the text as its first exact occurrence.
//   - Stance attribution match: actor match + evidence match; typed: also the
//     same type.
//   - Proposal match: proposer match + evidence match; status accuracy is
//     counted on matched proposals.
//   - Matching is one-to-one and greedy; counts are summed over the corpus
//     (micro-average) with Result.Add.
package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/core"
)

// MaxEvidenceBytes is the longest predicted evidence span that can match.
const MaxEvidenceBytes = 600

// Gold is one hand annotation (corpus/gold/*.json).
type Gold struct {
	Actors    []GoldActor    `json:"actors"`
	Stances   []GoldStance   `json:"stances"`
	Proposals []GoldProposal `json:"proposals"`
}

// GoldActor is an annotated party with its surface forms.
type GoldActor struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// GoldStance is an annotated stance; Actor is a GoldActor name.
type GoldStance struct {
	Actor    string `json:"actor"`
	Type     string `json:"type"`
	Summary  string `json:"summary"`
	Evidence string `json:"evidence"`
}

// GoldProposal is an annotated proposal; Proposer is a GoldActor name.
type GoldProposal struct {
	Proposer string `json:"proposer"`
	Content  string `json:"content"`
	Status   string `json:"status"`
	Evidence string `json:"evidence"`
}

// ParseGold decodes a gold file. Unknown fields are rejected so that a typo
// in an annotation does not silently drop data.
func ParseGold(data []byte) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	return &g, nil
}

// LoadGold reads and decodes a gold file.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	g, err := ParseGold(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Counts holds true positives, predicted and gold totals of one measure.
type Counts struct{ TP, Pred, Gold int }

// Add sums o into c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.Pred += o.Pred; c.Gold += o.Gold }

// P is precision (0 when nothing was predicted).
func (c Counts) P() float64 { return ratio(c.TP, c.Pred) }

// R is recall (0 when there is no gold item).
func (c Counts) R() float64 { return ratio(c.TP, c.Gold) }

// F1 is the harmonic mean of P and R (0 when both are 0).
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result is the score of one document, or of a corpus after Add.
type Result struct {
	Actors    Counts
	Stances   Counts // attribution: actor + evidence
	Typed     Counts // attribution + same type
	Proposals Counts // proposer + evidence
	// StatusRight of StatusTotal matched proposals have the gold status.
	StatusRight, StatusTotal int

	// Notes for humans (cmd/eval -v): gold items not found, predicted
	// items not in the gold, matches of the wrong type or status, and
	// problems with the gold itself.
	Misses, FalsePositives, Mismatches, Warnings []string
	// BadSpans lists predicted evidence whose offsets are out of range or
	// whose text is not original[start:end] (a contract violation).
	BadSpans []string
}

// StatusAcc is the share of matched proposals with the right status.
func (r *Result) StatusAcc() float64 { return ratio(r.StatusRight, r.StatusTotal) }

// Add sums the counts of o into r (micro-average); notes are not copied.
func (r *Result) Add(o *Result) {
	r.Actors.Add(o.Actors)
	r.Stances.Add(o.Stances)
	r.Typed.Add(o.Typed)
	r.Proposals.Add(o.Proposals)
	r.StatusRight += o.StatusRight
	r.StatusTotal += o.StatusTotal
}

// Normalize folds a name for actor matching: lower-cased, runs of white
// space folded to one space, outer punctuation and a leading "the" dropped.
func Normalize(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	s = trimPunct(s)
	if strings.HasPrefix(s, "the ") {
		s = trimPunct(s[len("the "):])
	}
	return s
}

func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
	})
}

// nameSet is the set of normalized, non-empty names of an actor.
type nameSet map[string]bool

func names(name string, aliases []string) nameSet {
	s := nameSet{}
	for _, n := range append([]string{name}, aliases...) {
		if k := Normalize(n); k != "" {
			s[k] = true
		}
	}
	return s
}

func (a nameSet) meets(b nameSet) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// span is a located evidence span; ok is false when it could not be found.
type span struct {
	start, end int
	ok         bool
}

// evidenceMatch reports whether predicted p matches gold g and, if so, how
// well (overlap over the longer span, for ranking candidate pairs).
func evidenceMatch(g, p span) (bool, float64) {
	if !g.ok || !p.ok || p.end-p.start > MaxEvidenceBytes {
		return false, 0
	}
	gl, pl := g.end-g.start, p.end-p.start
	if gl <= 0 || pl <= 0 {
		return false, 0
	}
	ov := min(g.end, p.end) - max(g.start, p.start)
	if ov <= 0 || 2*ov < min(gl, pl) {
		return false, 0
	}
	return true, float64(ov) / float64(max(gl, pl))
}

// predSpan checks a predicted evidence span against the text. Matching uses
// the offsets, as the contract defines evidence by byte offsets.
func predSpan(text string, e core.Evidence) span {
	return span{e.Start, e.End, e.Start >= 0 && e.Start <= e.End && e.End <= len(text)}
}

// checkSpan notes predicted evidence that breaks the contract.
func (r *Result) checkSpan(text, what string, e core.Evidence) {
	if e.Start < 0 || e.Start > e.End || e.End > len(text) {
		r.BadSpans = append(r.BadSpans, fmt.Sprintf("%s: span [%d,%d) outside the text (%d bytes)", what, e.Start, e.End, len(text)))
	} else if text[e.Start:e.End] != e.Text {
		r.BadSpans = append(r.BadSpans, fmt.Sprintf("%s: text of [%d,%d) is %q, evidence says %q", what, e.Start, e.End, clip(text[e.Start:e.End]), clip(e.Text)))
	}
}

// pair is a candidate match between gold item g and predicted item p.
type pair struct {
	g, p  int
	bonus int     // 1 when the finer criterion (type, status) also agrees
	q     float64 // evidence overlap quality
}

// greedy picks pairs one-to-one, best first: agreeing type/status first,
// then larger overlap, then document order. It returns gold->pred.
// evidencePairs appends to cands every gold item gi and predicted item pi
// whose parties meet and whose evidence matches; bonus when same (type or
// status) holds too.
func evidencePairs(text string, gold []span, nPred int, cands []pair, meets func(gi, pi int) bool,
	ev func(pi int) core.Evidence, same func(gi, pi int) bool) []pair {
	for gi := range gold {
		for pi := 0; pi < nPred; pi++ {
			if !meets(gi, pi) {
				continue
			}
			if ok, q := evidenceMatch(gold[gi], predSpan(text, ev(pi))); ok {
				b := 0
				if same(gi, pi) {
					b = 1
				}
				cands = append(cands, pair{gi, pi, b, q})
			}
		}
	}
	return cands
}

func greedy(nGold int, cands []pair) map[int]int {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.bonus != b.bonus {
			return a.bonus > b.bonus
		}
		if a.q != b.q {
			return a.q > b.q
		}
		if a.g != b.g {
			return a.g < b.g
		}
		return a.p < b.p
	})
	m := map[int]int{}
	used := map[int]bool{}
	for _, c := range cands {
		if _, ok := m[c.g]; ok || used[c.p] {
			continue
		}
		m[c.g] = c.p
		used[c.p] = true
	}
	return m
}

// Score compares analysis a of text with gold g. A nil analysis scores as
// an empty one.
func Score(text string, g *Gold, a *core.Analysis) *Result {
	if a == nil {
		a = &core.Analysis{}
	}
	if g == nil {
		g = &Gold{}
	}
	r := &Result{}

	goldNames := map[string]nameSet{}
	goldActorNames := make([]nameSet, len(g.Actors))
	for i, ga := range g.Actors {
		goldActorNames[i] = names(ga.Name, ga.Aliases)
		if _, dup := goldNames[ga.Name]; !dup {
			goldNames[ga.Name] = goldActorNames[i]
		}
	}
	goldRef := func(name string) nameSet {
		if s, ok := goldNames[name]; ok {
			return s
		}
		r.Warnings = append(r.Warnings, fmt.Sprintf("gold actor %q is not in the actors list", name))
		goldNames[name] = names(name, nil)
		return goldNames[name]
	}
	predNames := map[string]nameSet{}
	predActorNames := make([]nameSet, len(a.Actors))
	for i, pa := range a.Actors {
		predActorNames[i] = names(pa.Name, pa.Aliases)
		if _, dup := predNames[pa.ID]; !dup {
			predNames[pa.ID] = predActorNames[i]
		}
	}
	predRef := func(id string) nameSet { return predNames[id] } // nil: unknown id, matches nothing
	locate := func(ev string) span {
		i := strings.Index(text, ev)
		if ev == "" || i < 0 {
			r.Warnings = append(r.Warnings, fmt.Sprintf("gold evidence not in text: %q", clip(ev)))
			return span{}
		}
		return span{i, i + len(ev), true}
	}

	// Actors.
	var cands []pair
	for gi, gn := range goldActorNames {
		for pi, pn := range predActorNames {
			if gn.meets(pn) {
				cands = append(cands, pair{g: gi, p: pi})
			}
		}
	}
	am := greedy(len(g.Actors), cands)
	r.Actors = Counts{TP: len(am), Pred: len(a.Actors), Gold: len(g.Actors)}
	usedP := map[int]bool{}
	for gi, ga := range g.Actors {
		if pi, ok := am[gi]; ok {
			usedP[pi] = true
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("actor %q", ga.Name))
		}
	}
	for pi, pa := range a.Actors {
		if !usedP[pi] {
			r.FalsePositives = append(r.FalsePositives, fmt.Sprintf("actor %q (%s) aliases %q", pa.Name, pa.ID, pa.Aliases))
		}
	}

	// Stances.
	gs := make([]span, len(g.Stances))
	for i, s := range g.Stances {
		gs[i] = locate(s.Evidence)
	}
	for _, p := range a.Stances {
		r.checkSpan(text, "stance "+p.ID, p.Evidence)
	}
	cands = evidencePairs(text, gs, len(a.Stances), cands[:0],
		func(gi, pi int) bool { return goldRef(g.Stances[gi].Actor).meets(predRef(a.Stances[pi].Actor)) },
		func(pi int) core.Evidence { return a.Stances[pi].Evidence },
		func(gi, pi int) bool { return string(a.Stances[pi].Type) == g.Stances[gi].Type })
	sm := greedy(len(g.Stances), cands)
	r.Stances = Counts{TP: len(sm), Pred: len(a.Stances), Gold: len(g.Stances)}
	r.Typed = Counts{Pred: len(a.Stances), Gold: len(g.Stances)}
	usedP = map[int]bool{}
	for gi, s := range g.Stances {
		pi, ok := sm[gi]
		if !ok {
			r.Misses = append(r.Misses, fmt.Sprintf("stance %s %s: %q%s", s.Actor, s.Type, clip(s.Evidence),
				nearest(gs[gi], len(a.Stances), func(k int) (string, core.Evidence, bool) {
					p := a.Stances[k]
					return fmt.Sprintf("%s %s %s", p.ID, p.Actor, p.Type), p.Evidence, goldRef(s.Actor).meets(predRef(p.Actor))
				})))
			continue
		}
		usedP[pi] = true
		if p := a.Stances[pi]; string(p.Type) == s.Type {
			r.Typed.TP++
		} else {
			r.Mismatches = append(r.Mismatches, fmt.Sprintf("stance %s: type %s, gold %s: %q", s.Actor, p.Type, s.Type, clip(s.Evidence)))
		}
	}
	for pi, p := range a.Stances {
		if !usedP[pi] {
			r.FalsePositives = append(r.FalsePositives, fmt.Sprintf("stance %s %s %s: %q", p.ID, p.Actor, p.Type, clip(p.Evidence.Text)))
		}
	}

	// Proposals.
	gp := make([]span, len(g.Proposals))
	for i, p := range g.Proposals {
		gp[i] = locate(p.Evidence)
	}
	for _, p := range a.Proposals {
		r.checkSpan(text, "proposal "+p.ID, p.Evidence)
	}
	cands = evidencePairs(text, gp, len(a.Proposals), cands[:0],
		func(gi, pi int) bool {
			return goldRef(g.Proposals[gi].Proposer).meets(predRef(a.Proposals[pi].Proposer))
		},
		func(pi int) core.Evidence { return a.Proposals[pi].Evidence },
		func(gi, pi int) bool { return string(a.Proposals[pi].Status) == g.Proposals[gi].Status })
	pm := greedy(len(g.Proposals), cands)
	r.Proposals = Counts{TP: len(pm), Pred: len(a.Proposals), Gold: len(g.Proposals)}
	usedP = map[int]bool{}
	for gi, gpr := range g.Proposals {
		pi, ok := pm[gi]
		if !ok {
			r.Misses = append(r.Misses, fmt.Sprintf("proposal %s %s: %q%s", gpr.Proposer, gpr.Status, clip(gpr.Evidence),
				nearest(gp[gi], len(a.Proposals), func(k int) (string, core.Evidence, bool) {
					p := a.Proposals[k]
					return fmt.Sprintf("%s %s %s", p.ID, p.Proposer, p.Status), p.Evidence, goldRef(gpr.Proposer).meets(predRef(p.Proposer))
				})))
			continue
		}
		usedP[pi] = true
		r.StatusTotal++
		if p := a.Proposals[pi]; string(p.Status) == gpr.Status {
			r.StatusRight++
		} else {
			r.Mismatches = append(r.Mismatches, fmt.Sprintf("proposal %s: status %s, gold %s: %q", gpr.Proposer, p.Status, gpr.Status, clip(gpr.Evidence)))
		}
	}
	for pi, p := range a.Proposals {
		if !usedP[pi] {
			r.FalsePositives = append(r.FalsePositives, fmt.Sprintf("proposal %s %s %s: %q", p.ID, p.Proposer, p.Status, clip(p.Evidence.Text)))
		}
	}
	return r
}

// nearest describes the predicted item whose evidence overlaps gold span g
// most, and why it did not match, for the notes on a miss ("" if none
// overlaps). item(k) gives the label, evidence and actor agreement of item k.
func nearest(g span, n int, item func(k int) (string, core.Evidence, bool)) string {
	best, bestOv := -1, 0
	for k := 0; k < n; k++ {
		_, e, _ := item(k)
		if ov := min(g.end, e.End) - max(g.start, e.Start); g.ok && ov > bestOv {
			best, bestOv = k, ov
		}
	}
	if best < 0 {
		return ""
	}
	label, e, actorOK := item(best)
	var why []string
	if !actorOK {
		why = append(why, "other actor")
	}
	if e.End-e.Start > MaxEvidenceBytes {
		why = append(why, fmt.Sprintf("span %d > %d bytes", e.End-e.Start, MaxEvidenceBytes))
	}
	if 2*bestOv < min(g.end-g.start, e.End-e.Start) {
		why = append(why, "overlap under half")
	}
	if len(why) == 0 {
		why = append(why, "taken by another gold item")
	}
	return fmt.Sprintf("  [nearest: %s, overlap %d of %d/%d bytes: %s]", label, bestOv, g.end-g.start, e.End-e.Start, strings.Join(why, ", "))
}

// clip shortens s for a one-line note, folding white space.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const n = 90
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
