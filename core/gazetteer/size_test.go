package gazetteer

import (
	"bytes"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxFormsBrotli is the budget of data/forms.tsv, which app.wasm
// carries in place of the Phoenix actor tables and of the gazetteer's own
// actor files (85 kB: 76 kB of Phoenix forms and 9 kB of the files').
const maxFormsBrotli = 88_000

// TestFormsSize keeps the precomputed forms within their budget,
// compressed alone with brotli at quality 11, as the app's assets are.
func TestFormsSize(t *testing.T) {
	var out bytes.Buffer
	w := brotli.NewWriterLevel(&out, 11)
	_, err := w.Write([]byte(formsTSV))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	t.Logf("forms.tsv %d bytes, %d brotli (cap %d)", len(formsTSV), out.Len(), maxFormsBrotli)
	assert.LessOrEqual(t, out.Len(), maxFormsBrotli)
}
