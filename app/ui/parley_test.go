package ui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
)

func readSample(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "web", "samples", name))
	require.NoError(t, err)
	return string(b)
}

// run executes fn on the component's UI goroutine and waits for every
// update and async task it started.
func run(d app.ClientDispatcher, p *Parley, fn func(ctx app.Context)) {
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: fn})
	d.Consume()
}

func TestParleyAnalysesAndSaves(t *testing.T) {
	p := &Parley{}
	d := app.NewClientTester(p)
	defer d.Close()
	seed := readSample(t, "seed-report.txt")

	run(d, p, func(ctx app.Context) { p.setText(ctx, seed) })
	require.Empty(t, p.errMsg)
	require.NotNil(t, p.res)
	assert.False(t, p.busy)
	want, err := core.Analyze(seed)
	require.NoError(t, err)
	assert.Equal(t, want, p.res)
	require.Len(t, p.reports, 1, "the analysed report is in the Library")
	assert.Equal(t, Title(seed), p.reports[0].Title)
	assert.Equal(t, len(want.Actors), p.reports[0].Counts.Parties)

	// The same report again, with other white space, is the same entry.
	run(d, p, func(ctx app.Context) { p.setText(ctx, seed+"\n\n") })
	assert.Len(t, p.reports, 1)
	// Another report is a second entry.
	run(d, p, func(ctx app.Context) { p.setText(ctx, readSample(t, "uk-pension-strike-talks.txt")) })
	assert.Len(t, p.reports, 2)
}

func TestParleyInputErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"white space only", " \n\t ", "nothing to analyse"},
		{"binary junk", "\x00\x01\x02\xff\xfe\x00\x01\x02\x03\x04\x05PK\x03\x04", "does not look like text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Parley{}
			d := app.NewClientTester(p)
			defer d.Close()
			run(d, p, func(ctx app.Context) { p.setText(ctx, tt.text) })
			assert.Contains(t, p.errMsg, tt.want)
			assert.Nil(t, p.res)
			assert.Empty(t, p.reports, "nothing is saved")
		})
	}
}
