package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/gazetteer"
)

// TestRun writes the forms twice: the same bytes each time, those of
// gazetteer.Forms (core/gazetteer checks they are the embedded
// file's).
func TestRun(t *testing.T) {
	dir := t.TempDir()
	var got [2][]byte
	for i := range got {
		out := filepath.Join(dir, "forms.tsv")
		var report bytes.Buffer
		require.NoError(t, run(out, &report))
		assert.Contains(t, report.String(), "wrote "+out)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		got[i] = b
	}
	assert.True(t, bytes.Equal(got[0], got[1]))
	want, err := gazetteer.Forms()
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got[0]))
}

func TestRunBadOutput(t *testing.T) {
	assert.Error(t, run(filepath.Join(t.TempDir(), "no", "such", "dir", "f.tsv"), &bytes.Buffer{}))
}
