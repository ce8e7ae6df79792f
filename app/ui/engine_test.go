package ui

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// engine builds the tables with the collector off and turns it back on.
func TestEngineRestoresGC(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	assert.NotNil(t, engine())
	assert.Equal(t, 150, debug.SetGCPercent(150), "the collector's setting is the caller's again")
}
