package core

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// TestReuseAndConcurrency: the slices a call gives back for reuse (see
// release) change nothing in later or concurrent calls: every text gives the
// JSON it gives alone, in any order and from several goroutines at once.
func TestReuseAndConcurrency(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	files = append(files, filepath.Join("testdata", "seed-report.txt"))
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, adversarial(200_000), "Chile said that the talks had made no progress.")
	enc := func(s string) string {
		res, err := NewAnalyzer().Analyze(s) // a fresh analyzer: nothing shared but the pool
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(res)
		return string(b)
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = enc(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(texts))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				i := (k + g*3) % len(texts) // each goroutine in another order
				res, err := Analyze(texts[i])
				if err != nil {
					errs <- err.Error()
					continue
				}
				if b, _ := json.Marshal(res); string(b) != want[i] {
					errs <- "text " + strconv.Itoa(i)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("different output on reuse: %s", e)
	}
}
