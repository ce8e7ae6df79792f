package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"parley/core/lexicon"
)

// checkAnalysis verifies the contract's promises about one result.
func checkAnalysis(t *testing.T, text string, res *Analysis) {
	t.Helper()
	valid := utf8.ValidString(text)
	span := func(what string, s, e int, txt string) {
		if s < 0 || e > len(text) || s > e {
			t.Fatalf("%s span [%d,%d) outside text of %d bytes", what, s, e, len(text))
		}
		// (invalid UTF-8 in the input has no rune boundaries to keep)
		if valid && (s < len(text) && !utf8.RuneStart(text[s]) || e < len(text) && !utf8.RuneStart(text[e])) {
			t.Fatalf("%s span [%d,%d) not on UTF-8 boundaries", what, s, e)
		}
		if text[s:e] != txt {
			t.Fatalf("%s text %q != original %q", what, txt, text[s:e])
		}
	}
	if res.Sentences == nil || res.Actors == nil || res.Stances == nil || res.Proposals == nil || res.Issues == nil {
		t.Fatal("nil slice in output")
	}
	ids := map[string]bool{}
	for _, a := range res.Actors {
		ids[a.ID] = true
		if a.Aliases == nil || a.Mentions == nil {
			t.Fatal("nil actor slice")
		}
		for _, m := range a.Mentions {
			span("mention", m.Start, m.End, m.Text)
		}
	}
	for _, s := range res.Sentences {
		span("sentence", s.Start, s.End, text[max(0, min(s.Start, len(text))):max(0, min(s.End, len(text)))])
	}
	for _, s := range res.Stances {
		span("stance", s.Evidence.Start, s.Evidence.End, s.Evidence.Text)
		if !ids[s.Actor] || s.Target != "" && !ids[s.Target] {
			t.Fatalf("stance %s refers to unknown actor %q/%q", s.ID, s.Actor, s.Target)
		}
		if s.Issues == nil {
			t.Fatal("nil issues")
		}
		if c, ok := lexicon.Default().Cameo(s.Cameo); !ok || c.Goldstein != s.Goldstein {
			t.Fatalf("stance %s: CAMEO %q / Goldstein %v not from the table", s.ID, s.Cameo, s.Goldstein)
		}
		if s.Confidence <= 0 || s.Confidence > 1 {
			t.Fatalf("stance %s: confidence %v", s.ID, s.Confidence)
		}
	}
	for _, p := range res.Proposals {
		span("proposal", p.Evidence.Start, p.Evidence.End, p.Evidence.Text)
		if !ids[p.Proposer] {
			t.Fatalf("proposal %s refers to unknown actor %q", p.ID, p.Proposer)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	if b, err := os.ReadFile("testdata/seed-report.txt"); err == nil {
		f.Add(string(b))
	}
	for _, s := range []string{
		"“We reject it,” the Lebanese delegation said",
		"U.S. officials said.\r\nJapan’s minister denied it —\u00a0“no deal”.",
		"\"", "“", "’s", "U.S.", "said", "according to", "X said, \"", "A-B-C-D-E said that that that",
		"THE U.S. SAYS ISRAEL REJECTS PLAN\n    WASHINGTON, March 3 - Officials said\nthe plan was rejected.\n Reuter",
		"Mr said Mr", "(Syndarma) (PCS) said", "He he he said they said it said",
		"Ongpin's offer of 7/8 points from the banks by the committee's proposal",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Analyze(text)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error is not an *InputError: %v", err)
			}
			return
		}
		checkAnalysis(t, text, res)
		a, _ := json.Marshal(res)
		res2, err := Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(res2)
		if !bytes.Equal(a, b) {
			t.Fatal("output is not deterministic")
		}
	})
}

func TestCorpusContract(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	files = append(files, filepath.Join("testdata", "seed-report.txt"))
	if more, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "texts", "*.txt")); err == nil {
		files = append(files, more...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Analyze(string(b))
		if err != nil {
			t.Fatal(err)
		}
		checkAnalysis(t, string(b), res)
		// every proposal stance has its proposal
		for _, s := range res.Stances {
			if s.Type != Proposed {
				continue
			}
			ok := false
			for _, p := range res.Proposals {
				if p.Proposer == s.Actor && p.Evidence.Start < s.Evidence.End && s.Evidence.Start < p.Evidence.End {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: proposal stance %s (%q) has no proposal", f, s.ID, s.Evidence.Text)
			}
		}
	}
}
