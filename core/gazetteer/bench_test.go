package gazetteer

import (
	"os"
	"testing"

	"parley/core/phoenix"
	"parley/core/tokens"
)

// BenchmarkDefault is the start-up cost of the gazetteer: what Default
// builds on first use.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		load()
	}
}

// BenchmarkLoadBase is what building the forms of the actor files at
// start-up cost before data/forms.tsv held them.
func BenchmarkLoadBase(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadBase()
	}
}

// BenchmarkTier is the part of BenchmarkDefault that indexes the
// precomputed forms.
func BenchmarkTier(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		newTier(formsTSV)
	}
}

// BenchmarkAddingPhoenix is what the start-up cost was when the Phoenix
// forms were added one by one (the Phoenix tables themselves already
// read): the cost the precomputed file saves.
func BenchmarkAddingPhoenix(b *testing.B) {
	phoenix.States() // read the tables outside the timing
	b.ReportAllocs()
	for b.Loop() {
		oldDefault()
	}
}

// BenchmarkMatch runs Match at every token of the seed report, with the
// tier and with every form in the first tier as before.
func BenchmarkMatch(b *testing.B) {
	raw, err := os.ReadFile("../testdata/seed-report.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(raw)
	low := tokens.Lower(text)
	toks := tokens.Tokenize(text, low)
	for _, c := range []struct {
		name string
		g    *Gazetteer
	}{{"tier", Default()}, {"adding", oldDefault()}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for i := range toks {
					c.g.Match(text, low, toks, i)
				}
			}
		})
	}
}
