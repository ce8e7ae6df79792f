package sentence

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// goldenMin is the number of English Golden Rules the splitter passes; a
// change that passes fewer fails the build. Raise it when you fix a rule.
const goldenMin = 52

type goldenRule struct {
	N    int      `json:"n"`
	Name string   `json:"name"`
	Text string   `json:"text"`
	Want []string `json:"want"`
}

func loadGolden(t testing.TB) []goldenRule {
	data, err := os.ReadFile("testdata/golden_rules_en.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Source string       `json:"source"`
		Rules  []goldenRule `json:"rules"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Rules) != 52 || doc.Source == "" {
		t.Fatalf("fixture has %d rules, want 52 with a source", len(doc.Rules))
	}
	return doc.Rules
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = text[sp.Start:sp.End]
	}
	return out
}

// TestGoldenRules runs the English Golden Rules of Pragmatic Segmenter and
// reports how many pass. Run it with -v to see the count and the failures:
//
//	go test ./core/sentence -run GoldenRules -v
func TestGoldenRules(t *testing.T) {
	rules := loadGolden(t)
	pass := 0
	var failed []string
	for _, r := range rules {
		got := texts(r.Text, Split(r.Text))
		ok := len(got) == len(r.Want)
		for i := 0; ok && i < len(got); i++ {
			ok = fold(got[i]) == fold(r.Want[i])
		}
		if ok {
			pass++
			continue
		}
		failed = append(failed, r.Name)
		t.Logf("FAIL rule %d (%s)\n  text: %q\n  got:  %q\n  want: %q", r.N, r.Name, r.Text, got, r.Want)
	}
	t.Logf("Golden Rules (English): %d/%d pass", pass, len(rules))
	if len(failed) > 0 {
		t.Logf("failing: %s", strings.Join(failed, "; "))
	}
	if pass < goldenMin {
		t.Errorf("only %d/%d Golden Rules pass, this splitter passed %d", pass, len(rules), goldenMin)
	}
}
