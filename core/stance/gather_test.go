package stance

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"parley/core/nlp"
	"parley/core/pos"
)

// A bare verb opening the content is an imperative in lower case or after
// an opening quotation mark; a capitalised one opening a report is not
// (the tagger's misreadings of adjectives there are the case this guards).
func TestImperative(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"“Stop the shelling,” the envoy said.", 1, true},
		{"They said stop the shelling.", 2, true},
		{"Recent attacks have killed ten soldiers.", 0, false},
	} {
		d := &nlp.Doc{}
		d.Prepare(c.text, pos.Default())
		assert.Equal(t, c.want, imperative(d, c.at), c.text)
	}
}
