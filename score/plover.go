package score

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"parley/core"
)

// PLOVER typing, as ../shared/CONTRACT.md "Stance types, on PLOVER" says
// (reference: ../shared/tools/plover_score.py). Each record's text is
// analysed alone. A record whose event is a stance a party states is a hit
// when the analysis has a stance of a type that event maps to, anywhere in
// the sentence; a record of an action is falsely typed when the analysis
// gives it a stance of a speech type.

// PloverRecord is one gold-standard record (only the fields scored).
type PloverRecord struct {
	ID    string `json:"id"`
	Event string `json:"event"`
	Text  string `json:"text"`
}

// PloverStanceEvents maps the PLOVER events that are stances to the
// Parley types that count as a hit.
var PloverStanceEvents = map[string][]core.StanceType{
	"DEMAND":     {core.Demand, core.Condition},
	"REJECT":     {core.Rejection, core.Denial},
	"THREATEN":   {core.Threat},
	"DISAPPROVE": {core.Accusation},
	"AGREE":      {core.Commitment, core.Acceptance},
	"CONCEDE":    {core.Acceptance, core.Commitment},
}

// ploverSpeech are the types that make a report of an action falsely typed.
var ploverSpeech = []core.StanceType{core.Demand, core.Rejection, core.Threat, core.Accusation, core.Acceptance, core.Commitment}

// LoadPlover reads the records of PLOVER_GSR_CAMEO.json that have a text
// (the DOCUMENT record is skipped).
func LoadPlover(path string) ([]PloverRecord, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var all []PloverRecord
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("plover: %w", err)
	}
	out := all[:0]
	for _, r := range all {
		if r.Event != "DOCUMENT" && r.Text != "" {
			out = append(out, r)
		}
	}
	return out, nil
}

// PloverResult counts typed hits per stance event and false typings of
// action reports.
type PloverResult struct {
	Hits, Total       map[string]int
	FalseTyped, Acts  int
	Misses, FalseList []string // with explain
}

// Accuracy is hits over the stance records.
func (r *PloverResult) Accuracy() float64 {
	h, t := 0, 0
	for _, v := range r.Hits {
		h += v
	}
	for _, v := range r.Total {
		t += v
	}
	return ratio(h, t)
}

// Events lists the stance events in a stable order.
func (r *PloverResult) Events() []string {
	var ev []string
	for e := range PloverStanceEvents {
		ev = append(ev, e)
	}
	sort.Strings(ev)
	return ev
}

// ScorePlover scores analyses (one per record, nil for a failed one).
func ScorePlover(recs []PloverRecord, analyses []*core.Analysis, explain bool) *PloverResult {
	r := &PloverResult{Hits: map[string]int{}, Total: map[string]int{}}
	for i, rec := range recs {
		types := map[core.StanceType]bool{}
		var got []string
		if i < len(analyses) && analyses[i] != nil {
			for _, s := range analyses[i].Stances {
				if !types[s.Type] {
					got = append(got, string(s.Type))
				}
				types[s.Type] = true
			}
		}
		sort.Strings(got)
		if want, ok := PloverStanceEvents[rec.Event]; ok {
			r.Total[rec.Event]++
			hit := false
			for _, t := range want {
				hit = hit || types[t]
			}
			if hit {
				r.Hits[rec.Event]++
			} else if explain {
				r.Misses = append(r.Misses, fmt.Sprintf("%-10s got %v: %s", rec.Event, got, clip(rec.Text)))
			}
			continue
		}
		r.Acts++
		bad := false
		for _, t := range ploverSpeech {
			bad = bad || types[t]
		}
		if bad {
			r.FalseTyped++
			if explain {
				r.FalseList = append(r.FalseList, fmt.Sprintf("%-10s got %v: %s", rec.Event, got, clip(rec.Text)))
			}
		}
	}
	return r
}
