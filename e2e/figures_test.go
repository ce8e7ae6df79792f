//go:build !js

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// recordFigure keeps a reliability figure a test measured (inputs tried,
// faults injected, ...) under test-output/reliability/, where
// `go run ./cmd/reliability` gathers them into README.md.
func recordFigure(t *testing.T, name string, value int) {
	t.Helper()
	dir := filepath.Join(outputDir(t), "reliability")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	b, err := json.Marshal(map[string]any{"name": name, "value": value, "test": t.Name()})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name+".json"), b, 0o644))
}
