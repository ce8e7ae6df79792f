package annotation

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/core"
)

// Correction keys. Stance and proposal ids ("s1", "p1") are renumbered by
// every analysis, so a correction names its item by what stays put:
//
//	stance|<actor id>|<h>      proposal|<proposer id>|<h>
//
// where <h> is 16 hex digits of FNV-1a over the evidence text with
// whitespace runs folded to one space and typographic quotes and dashes
// folded to ASCII — so the key survives re-pasting with other spacing, a
// new analysis and other items coming and going. The stance type is not in
// the key, so a correction still applies when a later engine types the
// stance differently. When one analysis has several items with the same
// key (one sentence, two stances of one party), the second gets "#2", the
// third "#3", in the analysis's order.

// StanceKey is the base key of a stance (without a "#n" suffix).
func StanceKey(s core.Stance) string {
	return itemKey(ItemStance, s.Actor, s.Evidence.Text)
}

// ProposalKey is the base key of a proposal (without a "#n" suffix).
func ProposalKey(p core.Proposal) string {
	return itemKey(ItemProposal, p.Proposer, p.Evidence.Text)
}

func itemKey(kind ItemKind, actor, evidence string) string {
	var hex [16]byte
	sum := foldHash(evidence)
	for i := 15; i >= 0; i-- {
		hex[i] = "0123456789abcdef"[sum&0xF]
		sum >>= 4
	}
	return string(kind) + "|" + actor + "|" + string(hex[:])
}

// foldHash is FNV-1a (64 bits) over foldString(s), without building the
// folded string: a long report has a thousand items, and their keys are
// computed each time the reader's view is.
func foldHash(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	var buf [utf8.UTFMax]byte
	started, space := false, false
	for _, r := range s {
		if r < utf8.RuneSelf && r != ' ' && r != '`' && (r < '\t' || r > '\r') {
			if space {
				h = (h ^ ' ') * prime
				space = false
			}
			h = (h ^ uint64(r)) * prime
			started = true
			continue
		}
		if unicode.IsSpace(r) || r == '\u200b' {
			space = started
			continue
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		n := utf8.EncodeRune(buf[:], foldRune(r))
		for _, c := range buf[:n] {
			h = (h ^ uint64(c)) * prime
		}
		started = true
	}
	return h
}

// Keys returns the correction key of every stance and proposal of a, in
// the order of a.Stances and a.Proposals.
func Keys(a *core.Analysis) (stances, proposals []string) {
	seen := map[string]int{}
	uniq := func(k string) string {
		seen[k]++
		if n := seen[k]; n > 1 {
			return fmt.Sprintf("%s#%d", k, n)
		}
		return k
	}
	for _, s := range a.Stances {
		stances = append(stances, uniq(StanceKey(s)))
	}
	for _, p := range a.Proposals {
		proposals = append(proposals, uniq(ProposalKey(p)))
	}
	return stances, proposals
}

// Flags say what the reader did to an item of the View.
type Flags struct {
	// Key is the item's correction key ("" for items the reader added).
	Key string `json:"key,omitempty"`
	// Confirmed: the reader checked the item. Rejected: the reader hid it
	// (the view keeps it so the UI can offer to restore it). Edited: the
	// reader changed some fields (Original holds the engine's version).
	Confirmed bool `json:"confirmed,omitempty"`
	Rejected  bool `json:"rejected,omitempty"`
	Edited    bool `json:"edited,omitempty"`
	// Added: a stance or proposal the engine missed, from the reader's
	// annotation AnnotationID.
	Added        bool   `json:"added,omitempty"`
	AnnotationID string `json:"annotation,omitempty"`
}

// Changed reports whether the reader changed the item in any way.
func (f Flags) Changed() bool { return f.Confirmed || f.Rejected || f.Edited || f.Added }

// StanceView is a stance as the reader sees it.
type StanceView struct {
	core.Stance
	Flags
	Original *core.Stance `json:"original,omitempty"`
}

// ProposalView is a proposal as the reader sees it.
type ProposalView struct {
	core.Proposal
	Flags
	Original *core.Proposal `json:"original,omitempty"`
}

// ActorView is a party; Added marks one the reader named that the engine
// did not find (its id starts with "reader-" and its Kind is empty).
type ActorView struct {
	core.Actor
	Added bool `json:"added,omitempty"`
}

// View is an analysis with a reader's corrections and additions applied.
type View struct {
	Actors    []ActorView    `json:"actors"`
	Stances   []StanceView   `json:"stances"`
	Proposals []ProposalView `json:"proposals"`
	// Unmatched are corrections whose item is not in this analysis (the
	// text or the engine changed); kept so nothing the reader did is lost.
	Unmatched []Correction `json:"unmatched"`
	// Orphaned are the reader's added stances and proposals whose passage
	// is no longer in the text.
	Orphaned []Annotation `json:"orphaned"`
}

// mark sets the flag correction c gives an item and reports whether c is
// an edit (whose fields the caller applies).
func (f *Flags) mark(c Correction) bool {
	switch c.Action {
	case Confirm:
		f.Confirmed = true
	case Reject:
		f.Rejected = true
	case Edit:
		f.Edited = true
		return true
	}
	return false
}

// VisibleStances returns the stances not rejected by the reader.
func (v View) VisibleStances() []StanceView {
	var out []StanceView
	for _, s := range v.Stances {
		if !s.Rejected {
			out = append(out, s)
		}
	}
	return out
}

// VisibleProposals returns the proposals not rejected by the reader.
func (v View) VisibleProposals() []ProposalView {
	var out []ProposalView
	for _, p := range v.Proposals {
		if !p.Rejected {
			out = append(out, p)
		}
	}
	return out
}

// Apply returns the reader's view of analysis a of text: corrections
// applied to the engine's stances and proposals (each flagged), and the
// stances and proposals the reader added as annotations (KindStance,
// KindProposal; other kinds are ignored) placed on the text. An edit that
// changes a stance's type clears its CAMEO code and Goldstein score, which
// belonged to the old type. a is not modified.
func Apply(a *core.Analysis, text string, corrections []Correction, anns []Annotation) View {
	v := View{Actors: []ActorView{}, Stances: []StanceView{}, Proposals: []ProposalView{},
		Unmatched: []Correction{}, Orphaned: []Annotation{}}
	if a == nil {
		a = &core.Analysis{}
	}
	for _, act := range a.Actors {
		v.Actors = append(v.Actors, ActorView{Actor: act})
	}
	byKey := map[string]Correction{}
	for _, c := range corrections {
		byKey[c.Key] = c
	}
	used := map[string]bool{}
	sk, pk := Keys(a)
	for i, s := range a.Stances {
		sv := StanceView{Stance: s, Flags: Flags{Key: sk[i]}}
		if c, ok := byKey[sk[i]]; ok {
			used[sk[i]] = true
			if sv.Flags.mark(c) {
				orig := s
				sv.Original = &orig
				if c.Party != "" {
					sv.Actor = v.party(c.Party)
				}
				if c.Type != "" && c.Type != s.Type {
					sv.Type, sv.Cameo, sv.Goldstein = c.Type, "", 0
				}
				if c.Summary != "" {
					sv.Summary = c.Summary
				}
			}
		}
		v.Stances = append(v.Stances, sv)
	}
	for i, p := range a.Proposals {
		pv := ProposalView{Proposal: p, Flags: Flags{Key: pk[i]}}
		if c, ok := byKey[pk[i]]; ok {
			used[pk[i]] = true
			if pv.Flags.mark(c) {
				orig := p
				pv.Original = &orig
				if c.Party != "" {
					pv.Proposer = v.party(c.Party)
				}
				if c.Status != "" {
					pv.Status = c.Status
				}
				if c.Summary != "" {
					pv.Content = c.Summary
				}
			}
		}
		v.Proposals = append(v.Proposals, pv)
	}
	for _, c := range corrections {
		if !used[c.Key] {
			v.Unmatched = append(v.Unmatched, c)
		}
	}

	l := NewLocator(text)
	for _, an := range anns {
		if an.Kind != KindStance && an.Kind != KindProposal {
			continue
		}
		m, ok := l.Locate(an.Target)
		if !ok {
			v.Orphaned = append(v.Orphaned, an)
			continue
		}
		ev := core.Evidence{Start: m.Start, End: m.End, Text: text[m.Start:m.End]}
		fl := Flags{Added: true, AnnotationID: an.ID}
		if an.Kind == KindStance {
			v.Stances = append(v.Stances, StanceView{Flags: fl, Stance: core.Stance{
				ID: "r-" + an.ID, Actor: v.party(an.Party), Type: an.StanceType,
				Summary: an.Body, Issues: []string{}, Confidence: 1, Evidence: ev}})
		} else {
			v.Proposals = append(v.Proposals, ProposalView{Flags: fl, Proposal: core.Proposal{
				ID: "r-" + an.ID, Proposer: v.party(an.Party), Content: an.Body,
				Status: an.Status, Issues: []string{}, Evidence: ev}})
		}
	}
	return v
}

// party resolves a reader's party to an actor id: an actor id, else an
// actor's name or alias (case and spacing ignored), else a new party the
// reader named, added to v.Actors.
func (v *View) party(p string) string {
	for _, a := range v.Actors {
		if a.ID == p {
			return a.ID
		}
	}
	fp := strings.ToLower(fold(p))
	for _, a := range v.Actors {
		if strings.ToLower(fold(a.Name)) == fp {
			return a.ID
		}
		for _, al := range a.Aliases {
			if strings.ToLower(fold(al)) == fp {
				return a.ID
			}
		}
	}
	id := "reader-" + slug(p)
	for _, a := range v.Actors {
		if a.ID == id {
			return id
		}
	}
	v.Actors = append(v.Actors, ActorView{Added: true, Actor: core.Actor{
		ID: id, Name: fold(p), Aliases: []string{}, Mentions: []core.Evidence{}}})
	return id
}

// slug makes an id from a name: lower-case letters and digits joined by "-".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && (isLetterOrDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "party"
	}
	return b.String()
}
