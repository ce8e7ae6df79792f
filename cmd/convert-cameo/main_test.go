package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// input is the real dictionary when the shared folder is there.
const input = "../../../shared/external/petrarch2/CAMEO.2.0.txt"

func needInput(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(input); err != nil {
		t.Skip("no ../shared/external/petrarch2 here")
	}
}

// TestDeterministic converts twice and compares the bytes, and checks that
// the files in core/cameo/data are what the converter writes.
func TestDeterministic(t *testing.T) {
	needInput(t)
	a, b := t.TempDir(), t.TempDir()
	var ra, rb bytes.Buffer
	require.NoError(t, run(input, a, &ra))
	require.NoError(t, run(input, b, &rb))
	assert.Equal(t, ra.String(), strings.ReplaceAll(rb.String(), b, a))
	for _, n := range []string{"verbs.tsv", "patterns.tsv", "synsets.tsv"} {
		x, err := os.ReadFile(filepath.Join(a, n))
		require.NoError(t, err)
		y, err := os.ReadFile(filepath.Join(b, n))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(x, y), n)
		committed, err := os.ReadFile(filepath.Join("../../core/cameo/data", n))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(x, committed), "core/cameo/data/%s is stale: run %s", n, command)
	}
}

// TestCoverage checks the figures the converter prints on the real file.
func TestCoverage(t *testing.T) {
	needInput(t)
	var out bytes.Buffer
	require.NoError(t, run(input, t.TempDir(), &out))
	report := out.String()
	for _, want := range []string{"verbs 1779", "patterns 4664", "synsets 40", "verbs with no code of their own or of their block 672"} {
		assert.Contains(t, report, want)
	}
}

func TestRunMissingInput(t *testing.T) {
	assert.Error(t, run(filepath.Join(t.TempDir(), "none.txt"), t.TempDir(), &bytes.Buffer{}))
}
