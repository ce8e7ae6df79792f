package core

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type patternCase struct {
	text, actor, typ, target string
}

func loadPatterns(t *testing.T) []patternCase {
	t.Helper()
	f, err := os.Open("testdata/patterns.tsv")
	require.NoError(t, err)
	defer f.Close()
	var out []patternCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(c), 3, line)
		pc := patternCase{text: c[0], actor: c[1], typ: c[2]}
		if len(c) > 3 {
			pc.target = c[3]
		}
		out = append(out, pc)
	}
	require.NoError(t, sc.Err())
	return out
}

func actorName(a *Analysis, id string) string {
	for _, x := range a.Actors {
		if x.ID == id {
			return x.Name
		}
	}
	return ""
}

// TestPatterns checks one invented sentence per attribution pattern and
// stance type: some stance of the expected actor has the expected type.
func TestPatterns(t *testing.T) {
	for _, pc := range loadPatterns(t) {
		t.Run(pc.text, func(t *testing.T) {
			res, err := Analyze(pc.text)
			require.NoError(t, err)
			var got []string
			found := false
			for _, s := range res.Stances {
				name := actorName(res, s.Actor)
				got = append(got, name+":"+string(s.Type))
				if name == pc.actor && string(s.Type) == pc.typ {
					if pc.target == "" || actorName(res, s.Target) == pc.target {
						found = true
					}
				}
			}
			assert.True(t, found, "want %s %s (target %q), got %v", pc.actor, pc.typ, pc.target, got)
		})
	}
}
