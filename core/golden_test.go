package core

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current engine output")

// corpusTexts lists the development corpus texts (outside the module; the
// app never reads them). It skips when they are not readable.
func corpusTexts(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "texts", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("development corpus ../shared/corpus/texts not readable here")
	}
	return files
}

// TestGolden compares the engine's JSON for the seed report and every
// invented report of testdata/articles with testdata/golden (go test
// ./core -run Golden -update rewrites them). These are in the repository:
// the test never skips.
func TestGolden(t *testing.T) {
	files := []string{filepath.Join("testdata", "seed-report.txt")}
	invented, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, invented)
	checkGolden(t, append(files, invented...))
}

// TestGoldenCorpus does the same for the development corpus, which lives
// outside the module: it skips when ../shared is not beside the checkout.
func TestGoldenCorpus(t *testing.T) {
	checkGolden(t, corpusTexts(t))
}

func checkGolden(t *testing.T, files []string) {
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			res, err := Analyze(string(b))
			require.NoError(t, err)
			got, err := json.MarshalIndent(res, "", " ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "missing golden file: run go test ./core -run Golden -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}
