package phoenix

import (
	"bytes"
	"io/fs"
	"os"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxBrotli is the budget of the Phoenix tables of this package (core/cameo
// checks its own 80 kB). The app ships only agents.tsv and agentkinds.tsv
// of them; the actor files reach it as core/gazetteer's forms.tsv,
// which that package checks.
const maxBrotli = 150_000

// TestDataSize keeps the embedded tables within their budget: each file
// compressed alone with brotli at quality 11, as the app's assets are.
func TestDataSize(t *testing.T) {
	names, err := fs.Glob(actorFS, "data/*.tsv")
	require.NoError(t, err)
	require.Len(t, names, len(actorFiles))
	files := map[string][]byte{"data/agents.tsv": []byte(agentsData), "data/agentkinds.tsv": []byte(agentKindsData)}
	for _, n := range names {
		b, err := actorFS.ReadFile(n)
		require.NoError(t, err)
		files[n] = b
	}
	all, err := fs.Glob(os.DirFS("."), "data/*.tsv")
	require.NoError(t, err)
	assert.Len(t, files, len(all), "every data file is embedded")
	raw, packed := 0, 0
	for _, n := range all {
		b := files[n]
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
