package score

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/core"
)

// A case file in testdata/cases holds an analysis of testdata/report.txt
// (evidence given as start/end only; the test fills in the text) and the
// counts Score must give against testdata/gold.json.
type testCase struct {
	Doc      string        `json:"doc"`
	Analysis core.Analysis `json:"analysis"`
	Want     struct {
		Actors, Stances, Typed, Proposals [3]int
		Status                            [2]int
	} `json:"want"`
}

func counts(c Counts) [3]int { return [3]int{c.TP, c.Pred, c.Gold} }

func TestScoreCases(t *testing.T) {
	text, err := os.ReadFile("testdata/report.txt")
	if err != nil {
		t.Fatal(err)
	}
	g, err := LoadGold("testdata/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/cases/*.json")
	if len(files) < 15 {
		t.Fatalf("only %d case files", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var c testCase
			if err := json.Unmarshal(data, &c); err != nil {
				t.Fatal(err)
			}
			fill := func(e *core.Evidence) {
				if e.Start >= 0 && e.Start <= e.End && e.End <= len(text) {
					e.Text = string(text[e.Start:e.End])
				}
			}
			for i := range c.Analysis.Stances {
				fill(&c.Analysis.Stances[i].Evidence)
			}
			for i := range c.Analysis.Proposals {
				fill(&c.Analysis.Proposals[i].Evidence)
			}
			r := Score(string(text), g, &c.Analysis)
			got := [][3]int{counts(r.Actors), counts(r.Stances), counts(r.Typed), counts(r.Proposals)}
			want := [][3]int{c.Want.Actors, c.Want.Stances, c.Want.Typed, c.Want.Proposals}
			for i, what := range []string{"actors", "stances", "typed", "proposals"} {
				if got[i] != want[i] {
					t.Errorf("%s: %s [tp pred gold] = %v, want %v", c.Doc, what, got[i], want[i])
				}
			}
			if st := [2]int{r.StatusRight, r.StatusTotal}; st != c.Want.Status {
				t.Errorf("%s: status [right total] = %v, want %v", c.Doc, st, c.Want.Status)
			}
			if len(r.Warnings) > 0 {
				t.Errorf("warnings on clean gold: %q", r.Warnings)
			}
			if bad := len(r.BadSpans) > 0; bad != (name == "bad_offsets") {
				t.Errorf("bad spans noted: %q", r.BadSpans)
			}
			// Every gold item is either matched or listed as a miss.
			if n := len(r.Misses); n != (r.Actors.Gold-r.Actors.TP)+(r.Stances.Gold-r.Stances.TP)+(r.Proposals.Gold-r.Proposals.TP) {
				t.Errorf("misses listed %d, counts disagree", n)
			}
			if n := len(r.FalsePositives); n != (r.Actors.Pred-r.Actors.TP)+(r.Stances.Pred-r.Stances.TP)+(r.Proposals.Pred-r.Proposals.TP) {
				t.Errorf("false positives listed %d, counts disagree", n)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"United States", "united states"},
		{"  the\tUnited \n States ", "united states"},
		{"The U.S.", "u.s"},
		{"U.S.", "u.s"},
		{"\"Hamas,\"", "hamas"},
		{"(the EU)", "eu"},
		{"Theodore Roosevelt", "theodore roosevelt"}, // "the" only as a word
		{"The", "the"},
		{"the the", "the"},
		{"Mr. Smith", "mr. smith"},
		{"", ""},
		{"...", ""},
		{"Lebanese\u00a0delegation", "lebanese delegation"},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCountsMath(t *testing.T) {
	c := Counts{TP: 2, Pred: 4, Gold: 8}
	if c.P() != 0.5 || c.R() != 0.25 {
		t.Fatalf("P, R = %v, %v", c.P(), c.R())
	}
	if f := c.F1(); f < 0.3333 || f > 0.3334 {
		t.Fatalf("F1 = %v", f)
	}
	var z Counts
	if z.P() != 0 || z.R() != 0 || z.F1() != 0 {
		t.Fatal("zero counts must score 0, not NaN")
	}
	// Micro-average: counts are summed before dividing.
	a := &Result{Stances: Counts{TP: 1, Pred: 1, Gold: 1}}
	b := &Result{Stances: Counts{TP: 0, Pred: 9, Gold: 9}}
	var tot Result
	tot.Add(a)
	tot.Add(b)
	if tot.Stances != (Counts{1, 10, 10}) || tot.Stances.F1() < 0.0999 || tot.Stances.F1() > 0.1001 {
		t.Fatalf("micro total %+v F1 %v", tot.Stances, tot.Stances.F1())
	}
}

func TestGoldEvidenceFirstOccurrenceAndMissing(t *testing.T) {
	text := "A said yes. B said no. A said yes."
	g := &Gold{Actors: []GoldActor{{Name: "A"}},
		Stances: []GoldStance{{Actor: "A", Type: "acceptance", Evidence: "A said yes."},
			{Actor: "A", Type: "acceptance", Evidence: "not in the text"},
			{Actor: "Nobody", Type: "hope", Evidence: "B said no."}}}
	a := &core.Analysis{Actors: []core.Actor{{ID: "a", Name: "A"}},
		Stances: []core.Stance{{Actor: "a", Type: "acceptance", Evidence: core.Evidence{Start: 23, End: 34}}}}
	r := Score(text, g, a)
	if r.Stances.TP != 0 {
		t.Errorf("the second occurrence matched; gold evidence must be located at its first occurrence")
	}
	if len(r.Warnings) != 2 {
		t.Errorf("want warnings for missing evidence and unknown gold actor, got %q", r.Warnings)
	}
	a.Stances[0].Evidence = core.Evidence{Start: 0, End: 11}
	if r := Score(text, g, a); r.Stances.TP != 1 {
		t.Errorf("first occurrence did not match: %+v", r.Stances)
	}
	if r := Score(text, nil, nil); r.Actors != (Counts{}) {
		t.Errorf("nil gold and analysis: %+v", r)
	}
}

func TestParseGoldRejectsUnknownFields(t *testing.T) {
	if _, err := ParseGold([]byte(`{"actors":[{"name":"A","alias":["x"]}]}`)); err == nil {
		t.Error("a misspelt field was accepted")
	}
}

func TestRealGoldFilesParse(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/gold/*.json")
	if len(files) == 0 {
		t.Skip("shared corpus not present")
	}
	for _, f := range files {
		g, err := LoadGold(f)
		if err != nil {
			t.Error(err)
			continue
		}
		text, err := os.ReadFile(strings.Replace(strings.TrimSuffix(f, ".json")+".txt", "/gold/", "/texts/", 1))
		if err != nil {
			t.Error(err)
			continue
		}
		// A perfect analysis built from the gold must score 1 everywhere.
		a := fromGold(string(text), g)
		r := Score(string(text), g, a)
		if len(r.Warnings) > 0 {
			t.Errorf("%s: %q", f, r.Warnings)
		}
		if r.Actors.F1() != 1 || r.Stances.TP != len(g.Stances) || r.Typed.TP != len(g.Stances) ||
			r.Proposals.TP != len(g.Proposals) || r.StatusRight != len(g.Proposals) {
			t.Errorf("%s: gold as prediction scored %+v", f, r)
		}
	}
}

// fromGold turns a gold annotation into the Analysis that should score 1.
func fromGold(text string, g *Gold) *core.Analysis {
	a := &core.Analysis{}
	id := map[string]string{}
	for i, ga := range g.Actors {
		id[ga.Name] = string(rune('a' + i))
		a.Actors = append(a.Actors, core.Actor{ID: id[ga.Name], Name: ga.Name, Aliases: ga.Aliases})
	}
	ev := func(s string) core.Evidence {
		i := strings.Index(text, s)
		return core.Evidence{Start: i, End: i + len(s), Text: s}
	}
	for _, s := range g.Stances {
		a.Stances = append(a.Stances, core.Stance{Actor: id[s.Actor], Type: core.StanceType(s.Type), Evidence: ev(s.Evidence)})
	}
	for _, p := range g.Proposals {
		a.Proposals = append(a.Proposals, core.Proposal{Proposer: id[p.Proposer], Status: core.ProposalStatus(p.Status), Evidence: ev(p.Evidence)})
	}
	return a
}
