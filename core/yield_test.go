package core

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnalyzeYielding: the result is Analyze's, yield is called during a
// long analysis, and another analysis may run inside yield (in a browser a
// new edit can start one while the last is paused).
func TestAnalyzeYielding(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed-report.txt")
	require.NoError(t, err)
	long := strings.Repeat(string(seed)+"\n", 100)
	short := "Egypt said it rejected the plan."
	want, err := Analyze(long)
	require.NoError(t, err)
	wantShort, err := Analyze(short)
	require.NoError(t, err)

	defer func(d time.Duration) { yieldEvery = d }(yieldEvery)
	yieldEvery = 0 // yield at every chance, whatever the machine's speed
	yields := 0
	var inner *Analysis
	got, err := Default().AnalyzeYielding(long, func() {
		yields++
		if inner == nil {
			inner, err = Analyze(short)
			require.NoError(t, err)
		}
	})
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, wantShort, inner)
	assert.Greater(t, yields, 10, "a long analysis yields")

	got, err = Default().AnalyzeYielding(long, nil)
	require.NoError(t, err)
	assert.Equal(t, want, got, "nil yield")
	_, err = Default().AnalyzeYielding("", func() { t.Fatal("no work, no yield") })
	assert.Error(t, err)
}
