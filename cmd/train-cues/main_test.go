package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestModelIsReproducible trains the cue model again from PolNeAR and
// checks it is byte for byte the embedded one: the engine's features come
// from its tagger and corrections, so a change there must come with the
// model trained again (go run ./cmd/train-cues).
func TestModelIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on 840 articles")
	}
	polnear, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "external", "polnear"))
	require.NoError(t, err)
	if _, err := os.Stat(filepath.Join(polnear, "train")); err != nil {
		t.Skip("PolNeAR not readable here")
	}
	out := filepath.Join(t.TempDir(), "cues.model")
	cmd := exec.Command("go", "run", ".", "-polnear", polnear, "-out", out)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, string(msg))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("..", "..", "core", "attrib", "data", "cues.model"))
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "core/attrib/data/cues.model is not what go run ./cmd/train-cues writes today; train it again")
}
