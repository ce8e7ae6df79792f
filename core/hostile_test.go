package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileInputs are texts pasted from anywhere: other scripts, control
// characters, broken encodings, run-on lines, deep nesting and repetition.
// Sizes are cut under wasm, where the same code runs far slower in node.
func hostileInputs() []struct{ name, text string } {
	big := 1
	if runtime.GOARCH != "wasm" {
		big = 10
	}
	return []struct{ name, text string }{
		{"arabic", "قال الوفد اللبناني إن المفاوضات لم تحرز أي تقدم. The Lebanese delegation said talks made no progress."},
		{"hebrew with RTL marks", "\u200fישראל דחתה את ההצעה.\u200f Israel rejected the proposal, officials said."},
		{"cyrillic", "Россия отвергла предложение. Moscow said it rejected the U.S. proposal."},
		{"cjk", "中国外交部表示，菲律宾无视了会谈提议。China said the Philippines ignored its proposal for talks."},
		{"emoji and ZWJ", "The union 👷‍♀️ said it rejected the offer 🙅🏽. “No deal,” 🇺🇸 officials said."},
		{"combining marks", "Ýe\u0301s, the ministe\u0301r sa\u0301id Ankara\u0308 rejected the\u0300 offer."},
		{"control characters", "The union\x07 said\x1b[31m it rejected\x00 the offer.\x7f\f\v"},
		{"invalid UTF-8", "The union said \xff\xfe it rejected \xc3\x28 the offer \xe2\x82 on Monday."},
		{"lone surrogate bytes", "Israel \xed\xa0\x80 said it rejected the plan."},
		{"100,000-character line", strings.Repeat("the union said that the government rejected ", 100_000/44+1)},
		{"nested quotes", strings.Repeat("“'\"(", 5000) + "Israel said it rejected the plan" + strings.Repeat(")\"'”", 5000)},
		{"nested brackets", strings.Repeat("([{", 20000) + "the union said no" + strings.Repeat("}])", 20000)},
		{"unbalanced quotes", strings.Repeat("“The union said ", 3000)},
		{"same 3 words repeated", strings.Repeat("we say no ", big*100_000)},
		{"sentence repeated", strings.Repeat("Israel accused Hezbollah of violating the ceasefire, the ambassador said. ", big*13_000)},
		{"only punctuation", strings.Repeat(".!?…—–,;:", 10_000)},
		{"numbers only", strings.Repeat("1987 3.5 $1.5 7/8 12,000 ", 5_000)},
	}
}

// TestHostileInputs: no panic, every span valid, byte-identical output on a
// second run, and at most a typed input error.
func TestHostileInputs(t *testing.T) {
	for _, tt := range hostileInputs() {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Analyze(tt.text)
			if err != nil {
				var ie *InputError
				require.True(t, errors.As(err, &ie), "only typed input errors: %v", err)
				assert.NotEmpty(t, ie.Message)
				return
			}
			checkAnalysis(t, tt.text, res)
			again, err := Analyze(tt.text)
			require.NoError(t, err)
			a, _ := json.Marshal(res)
			b, _ := json.Marshal(again)
			assert.True(t, bytes.Equal(a, b), "deterministic")
		})
	}
}

func TestInputErrorKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind InputErrorKind
	}{
		{"empty", "", ErrEmpty},
		{"white space", " \n\t\u00a0 ", ErrEmpty},
		{"over the limit", strings.Repeat("a", MaxInputBytes+1), ErrTooLong},
		{"binary", string([]byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0xff, 0xfe, 0, 0}), ErrNotText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Analyze(tt.text)
			var ie *InputError
			require.True(t, errors.As(err, &ie), "%v", err)
			assert.Equal(t, tt.kind, ie.Kind)
			assert.NotEmpty(t, ie.Message)
		})
	}
}

// TestHostileFuzzSeeds keeps the small hostile inputs in FuzzAnalyze's seed
// corpus (testdata/fuzz/FuzzAnalyze), so fuzzing starts from them.
func TestHostileFuzzSeeds(t *testing.T) {
	for _, tt := range hostileInputs() {
		if len(tt.text) > 4096 {
			continue
		}
		name := filepath.Join("testdata", "fuzz", "FuzzAnalyze", "hostile-"+strings.ReplaceAll(tt.name, " ", "-"))
		want := fmt.Sprintf("go test fuzz v1\nstring(%q)\n", tt.text)
		got, err := os.ReadFile(name)
		if err != nil || string(got) != want {
			if os.Getenv("PARLEY_WRITE_SEEDS") != "" {
				require.NoError(t, os.WriteFile(name, []byte(want), 0o644))
				continue
			}
			t.Errorf("seed %s is missing or stale: run PARLEY_WRITE_SEEDS=1 go test ./core -run HostileFuzzSeeds", name)
		}
	}
}
