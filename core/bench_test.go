package core

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkAnalyzeSeed(b *testing.B) {
	text := readSeed(b)
	Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeCorpus analyses about 1 MB of news: the corpus texts (or
// the seed when they are not readable) repeated.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	var parts []string
	for _, f := range corpusTexts(b) {
		if t, err := os.ReadFile(f); err == nil {
			parts = append(parts, string(t))
		}
	}
	one := strings.Join(parts, "\n\n")
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(one)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
}
