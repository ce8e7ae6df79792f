package pos

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

const ewtDir = "../../../shared/external/ud-english-ewt"

// readEWT reads the words and tags of a CoNLL-U file of EWT, or skips the
// test when the file is absent.
func readEWT(t *testing.T, name string) (words [][]string, tags [][]Tag) {
	f, err := os.Open(ewtDir + "/" + name)
	if err != nil {
		t.Skipf("EWT not here: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var w []string
	var g []Tag
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(w) > 0 {
				words, tags = append(words, w), append(tags, g)
			}
			w, g = nil, nil
			continue
		}
		cols := strings.Split(line, "\t")
		if line[0] == '#' || len(cols) != 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		w, g = append(w, cols[1]), append(g, FromUD(cols[3], cols[4]))
	}
	if len(w) > 0 {
		words, tags = append(words, w), append(tags, g)
	}
	return words, tags
}

// TestEWTDev checks the embedded model's UPOS accuracy on EWT dev.
func TestEWTDev(t *testing.T) {
	words, tags := readEWT(t, "en_ewt-ud-dev.conllu")
	tg := Default()
	var out []Tag
	n, right := 0, 0
	for i, s := range words {
		out = tg.Tag(s, out)
		for j, g := range tags[i] {
			n++
			if out[j].UPOS() == g.UPOS() {
				right++
			}
		}
	}
	acc := float64(right) / float64(n)
	t.Logf("EWT dev UPOS accuracy %.4f (%d tokens)", acc, n)
	if acc < 0.95 {
		t.Errorf("EWT dev UPOS accuracy %.4f < 0.95", acc)
	}
}
