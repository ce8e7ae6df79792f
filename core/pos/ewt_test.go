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

// accuracy tags an EWT file with the embedded model: UPOS accuracy.
func accuracy(t *testing.T, name string) float64 {
	words, tags := readEWT(t, name)
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
	return float64(right) / float64(n)
}

// TestEWTAccuracy holds the tagger to the bar, 95 % UPOS on EWT
// test, and keeps dev (which chose the model) within a point of it.
func TestEWTAccuracy(t *testing.T) {
	dev, test := accuracy(t, "en_ewt-ud-dev.conllu"), accuracy(t, "en_ewt-ud-test.conllu")
	t.Logf("EWT UPOS accuracy: dev %.4f, test %.4f", dev, test)
	if test < 0.95 {
		t.Errorf("EWT test UPOS accuracy %.4f < 0.95", test)
	}
	if dev < 0.945 {
		t.Errorf("EWT dev UPOS accuracy %.4f < 0.945", dev)
	}
}
