package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run must score a corpus end to end and print a TOTAL row, whatever
// core.Analyze currently finds.
func TestRunTinyCorpus(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"texts", "gold"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("texts/a.txt", "Iran rejected the plan, a spokesman said.\n")
	write("gold/a.json", `{"actors":[{"name":"Iran","aliases":["Iran"]}],
 "stances":[{"actor":"Iran","type":"rejection","summary":"no","evidence":"Iran rejected the plan"}],"proposals":[]}`)
	write("texts/no-gold.txt", "Ignored.")
	var out bytes.Buffer
	if err := run(&out, dir, "", true); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"document", "\na ", "\nTOTAL ", "counts tp/pred/gold"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "no-gold") {
		t.Errorf("a text without gold was scored:\n%s", s)
	}
	if err := run(&out, t.TempDir(), "", false); err == nil {
		t.Error("an empty corpus folder must be an error")
	}
	if err := run(&out, dir, "zzz", false); err == nil {
		t.Error("-only matching nothing must be an error")
	}
}
