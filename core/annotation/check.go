package annotation

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"parley/core"
)

// Check says, in plain words, what is wrong with an annotation, or nil.
func Check(a Annotation) error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if strings.TrimSpace(a.ID) == "" {
		bad("it has no id")
	}
	if strings.TrimSpace(a.ReportID) == "" {
		bad("it is not attached to a report")
	}
	switch a.Kind {
	case KindNote:
		if strings.TrimSpace(a.Body) == "" {
			bad("the note is empty")
		}
	case KindTag:
		if len(a.Tags) == 0 {
			bad("it has no tag")
		}
		for _, t := range a.Tags {
			if strings.TrimSpace(t) == "" {
				bad("one of its tags is empty")
				break
			}
		}
	case KindStance:
		if strings.TrimSpace(a.Party) == "" {
			bad("the stance has no party")
		}
		if !slices.Contains(core.StanceTypes, a.StanceType) {
			bad("%q is not a stance type", a.StanceType)
		}
	case KindProposal:
		if strings.TrimSpace(a.Party) == "" {
			bad("the proposal has no party")
		}
		if !slices.Contains(core.ProposalStatuses, a.Status) {
			bad("%q is not a proposal status", a.Status)
		}
	default:
		bad("%q is not a kind of annotation (note, tag, stance or proposal)", a.Kind)
	}
	if a.Created < 0 || a.Modified < 0 {
		bad("its time is negative")
	}
	if err := checkTarget(a.Target); err != nil {
		bad("%v", err)
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

func checkTarget(t Target) error {
	var errs []string
	if t.Quote.Exact == "" {
		errs = append(errs, "it does not quote the passage it is attached to")
	}
	p := t.Position
	if p.Start < 0 || p.End < p.Start {
		errs = append(errs, fmt.Sprintf("its position %d-%d is not a range", p.Start, p.End))
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

// CheckCorrection says, in plain words, what is wrong with a correction, or nil.
func CheckCorrection(c Correction) error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if strings.TrimSpace(c.ReportID) == "" {
		bad("it is not attached to a report")
	}
	if c.Item != ItemStance && c.Item != ItemProposal {
		bad("%q is not something a reader can correct (stance or proposal)", c.Item)
	}
	if !strings.HasPrefix(c.Key, string(c.Item)+"|") {
		bad("its key %q does not name a %s", c.Key, c.Item)
	}
	switch c.Action {
	case Confirm, Reject:
	case Edit:
		if c.Party == "" && c.Type == "" && c.Status == "" && c.Summary == "" {
			bad("the edit changes nothing")
		}
		if c.Type != "" && (c.Item != ItemStance || !slices.Contains(core.StanceTypes, c.Type)) {
			bad("%q is not a stance type", c.Type)
		}
		if c.Status != "" && (c.Item != ItemProposal || !slices.Contains(core.ProposalStatuses, c.Status)) {
			bad("%q is not a proposal status", c.Status)
		}
	default:
		bad("%q is not a correction (confirm, reject or edit)", c.Action)
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

// CheckAlias says, in plain words, what is wrong with a custom alias, or nil.
func CheckAlias(a Alias) error {
	switch {
	case strings.TrimSpace(a.Surface) == "":
		return errors.New("the alias has no words to look for")
	case strings.TrimSpace(a.Actor) == "":
		return errors.New("the alias does not name a party")
	case a.Kind != "" && !slices.Contains([]core.ActorKind{core.KindState, core.KindOrganization, core.KindPerson, core.KindGroup}, a.Kind):
		return fmt.Errorf("%q is not a kind of party (state, organization, person or group)", a.Kind)
	}
	return nil
}

// Merge adds incoming annotations to existing ones without duplicates: an
// incoming annotation is skipped when one with the same ID exists, or one
// with the same target and the same body (kind, text, tags, party, type,
// status). It returns the merged list (existing first, order kept) and how
// many were added and skipped.
func Merge(existing, incoming []Annotation) (merged []Annotation, added, skipped int) {
	merged = slices.Clone(existing)
	ids := map[string]bool{}
	sigs := map[string]bool{}
	for _, a := range existing {
		ids[a.ID] = true
		sigs[signature(a)] = true
	}
	for _, a := range incoming {
		sig := signature(a)
		if ids[a.ID] || sigs[sig] {
			skipped++
			continue
		}
		ids[a.ID], sigs[sig] = true, true
		merged = append(merged, a)
		added++
	}
	return merged, added, skipped
}

// signature identifies an annotation by what it says about which passage.
func signature(a Annotation) string {
	tags := slices.Clone(a.Tags)
	slices.Sort(tags)
	q := a.Target.Quote
	return strings.Join([]string{a.ReportID, fold(q.Exact), fold(q.Prefix), fold(q.Suffix),
		string(a.Kind), strings.TrimSpace(a.Body), strings.Join(tags, "\x1f"), a.Party,
		string(a.StanceType), string(a.Status)}, "\x1e")
}

// fold folds whitespace runs to one space and trims.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }
