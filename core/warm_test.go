package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Warm gives the default analyzer, ready: an analysis after it is the
// same as without it.
func TestWarm(t *testing.T) {
	a := Warm()
	assert.Same(t, Default(), a)
	res, err := a.Analyze("Kenya said it would not sign the deal.")
	assert.NoError(t, err)
	assert.NotEmpty(t, res.Stances)
}
