package gazetteer

import (
	"bytes"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxFormsBrotli is the budget of data/phoenix-forms.tsv, which app.wasm
// carries in place of the Phoenix actor tables.
const maxFormsBrotli = 80_000

// TestFormsSize keeps the precomputed Phoenix forms within their budget,
// compressed alone with brotli at quality 11, as the app's assets are.
func TestFormsSize(t *testing.T) {
	var out bytes.Buffer
	w := brotli.NewWriterLevel(&out, 11)
	_, err := w.Write([]byte(phoenixFormsTSV))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	t.Logf("phoenix-forms.tsv %d bytes, %d brotli (cap %d)", len(phoenixFormsTSV), out.Len(), maxFormsBrotli)
	assert.LessOrEqual(t, out.Len(), maxFormsBrotli)
}
