package cameo

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxBrotli is the budget of the embedded CAMEO data in the shipped app.
const maxBrotli = 80_000

// TestDataSize keeps the embedded tables within their budget: each file
// compressed alone with brotli at quality 11, as the app's assets are.
func TestDataSize(t *testing.T) {
	names, err := filepath.Glob("data/*.tsv")
	require.NoError(t, err)
	require.Len(t, names, len(dataFiles), "every data file is embedded")
	raw, packed := 0, 0
	for _, n := range names {
		b := []byte(readData(filepath.Base(n)))
		require.NotEmpty(t, b, n)
		var out bytes.Buffer
		w := brotli.NewWriterLevel(&out, 11)
		_, err = w.Write(b)
		require.NoError(t, err)
		require.NoError(t, w.Close())
		raw += len(b)
		packed += out.Len()
		t.Logf("%-22s %7d bytes, %6d brotli", n, len(b), out.Len())
	}
	t.Logf("total %d bytes, %d brotli (cap %d)", raw, packed, maxBrotli)
	assert.LessOrEqual(t, packed, maxBrotli)
}
