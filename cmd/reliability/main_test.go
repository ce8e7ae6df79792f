package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFuzzExecs(t *testing.T) {
	tests := []struct {
		name, log string
		execs     int
		elapsed   string
		wantErr   bool
	}{
		{"last line wins", "fuzz: elapsed: 0s, gathering baseline coverage: 0/12 completed\nfuzz: elapsed: 3s, execs: 1200 (400/sec), new interesting: 2 (total: 14)\nfuzz: elapsed: 30s, execs: 98765 (3291/sec), new interesting: 5 (total: 17)\nPASS\n", 98765, "30s", false},
		{"failure", "fuzz: elapsed: 3s, execs: 12 (4/sec)\n--- FAIL: FuzzAnalyze (3.00s)\n", 0, "", true},
		{"no count", "PASS\n", 0, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "fuzz-X.log")
			require.NoError(t, os.WriteFile(p, []byte(tt.log), 0o644))
			n, el, err := fuzzExecs(p)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.execs, n)
			assert.Equal(t, tt.elapsed, el)
		})
	}
}

func TestBuildAndSplice(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "fuzz-FuzzAnalyze.log"), []byte("fuzz: elapsed: 30s, execs: 500 (16/sec)\n"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "reliability"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "reliability", "xss_payloads.json"), []byte(`{"name":"xss_payloads","value":82,"test":"TestXSSPayloads"}`), 0o644))
	section, err := build(dir)
	require.NoError(t, err)
	assert.Contains(t, section, "| fuzz executions of FuzzAnalyze in 30s, no failure | 500 |")
	assert.Contains(t, section, "| 82 |")

	readme := filepath.Join(dir, "README.md")
	require.NoError(t, os.WriteFile(readme, []byte("# X\n## Reliability\n"+begin+"\nold\n"+end+"\nafter\n"), 0o644))
	require.NoError(t, splice(readme, section))
	got, err := os.ReadFile(readme)
	require.NoError(t, err)
	assert.NotContains(t, string(got), "old")
	assert.Contains(t, string(got), "after")
	assert.Contains(t, string(got), "| 500 |")

	_, err = build(t.TempDir())
	assert.Error(t, err, "no figures is an error, not an empty table")
}

func TestRunWritesOnlyTestOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "test-output")
	readme := filepath.Join(dir, "README.md")
	orig := "# X\n" + begin + "\nold figures\n" + end + "\n"
	require.NoError(t, os.WriteFile(readme, []byte(orig), 0o644))

	tests := []struct {
		name       string
		setup      func(t *testing.T)
		readme     string
		wantErr    string
		wantReadme string // README afterwards ("" = unchanged)
	}{
		{"copy before any run", func(t *testing.T) {}, readme, "run make test first", ""},
		{"gather", func(t *testing.T) {
			require.NoError(t, os.MkdirAll(out, 0o755))
			require.NoError(t, os.WriteFile(filepath.Join(out, "fuzz-FuzzSplit.log"), []byte("fuzz: elapsed: 30s, execs: 77 (2/sec)\n"), 0o644))
		}, "", "", ""},
		{"copy", func(t *testing.T) {}, readme, "", "| fuzz executions of FuzzSplit in 30s, no failure | 77 |"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.setup(t)
			before, err := os.ReadFile(readme)
			require.NoError(t, err)
			err = run(out, tt.readme)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			after, err := os.ReadFile(readme)
			require.NoError(t, err)
			if tt.wantReadme == "" {
				assert.Equal(t, string(before), string(after), "README untouched")
				return
			}
			assert.Contains(t, string(after), tt.wantReadme)
			assert.NotContains(t, string(after), "old figures")
		})
	}
	section, err := os.ReadFile(filepath.Join(out, sectionFile))
	require.NoError(t, err)
	assert.Contains(t, string(section), "| 77 |")
}
