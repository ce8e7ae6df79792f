package pos

import (
	"os"
	"strings"
	"testing"
)

// newsSentences reads testdata/news.txt: invented news-like sentences.
func newsSentences(tb testing.TB) [][]string {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]string
	for line := range strings.SplitSeq(string(data), "\n") {
		if line != "" && line[0] != '#' {
			out = append(out, strings.Fields(line))
		}
	}
	return out
}

// BenchmarkTag tags the sentences of testdata/news.txt and reports tokens
// per second.
func BenchmarkTag(b *testing.B) {
	sents := newsSentences(b)
	tg := Default()
	out := make([]Tag, 0, 64)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
		out = tg.Tag(s, out)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			out = tg.Tag(s, out)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens), "tokens/op")
}

// BenchmarkDecode decodes the embedded model, as the first use does.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		tg := NewTagger(taggerBin, tagDictTSV)
		if err := tg.Err(); err != nil {
			b.Fatal(err)
		}
	}
}
