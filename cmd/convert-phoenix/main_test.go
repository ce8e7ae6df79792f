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

// input is the real dictionary folder when the shared folder is there.
const input = "../../../shared/external/petrarch2"

var outputs = []string{"states.tsv", "organizations.tsv", "groups.tsv", "members.tsv", "agents.tsv"}

func needInput(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(input, inputs[0])); err != nil {
		t.Skip("no ../shared/external/petrarch2 here")
	}
}

// TestDeterministic converts twice and compares the bytes, and checks that
// the files in core/phoenix/data are what the converter writes.
func TestDeterministic(t *testing.T) {
	needInput(t)
	a, b := t.TempDir(), t.TempDir()
	var ra, rb bytes.Buffer
	require.NoError(t, run(input, a, &ra))
	require.NoError(t, run(input, b, &rb))
	assert.Equal(t, ra.String(), strings.ReplaceAll(rb.String(), b, a))
	for _, n := range outputs {
		x, err := os.ReadFile(filepath.Join(a, n))
		require.NoError(t, err)
		y, err := os.ReadFile(filepath.Join(b, n))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(x, y), n)
		committed, err := os.ReadFile(filepath.Join("../../core/phoenix/data", n))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(x, committed), "core/phoenix/data/%s is stale: run %s", n, command)
	}
}

// TestCoverage checks the figures the converter prints on the real files.
func TestCoverage(t *testing.T) {
	needInput(t)
	var out bytes.Buffer
	require.NoError(t, run(input, t.TempDir(), &out))
	report := out.String()
	t.Log(report)
	for _, want := range []string{"states 208", "organisations (IGO) 270", "groups 1020", "members kept 4772", "5167 noun forms"} {
		assert.Contains(t, report, want)
	}
}

func TestRunMissingInput(t *testing.T) {
	assert.Error(t, run(t.TempDir(), t.TempDir(), &bytes.Buffer{}))
}
