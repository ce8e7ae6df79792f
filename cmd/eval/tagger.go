package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"parley/core/pos"
)

// taggerAccuracy prints the embedded tagger's UPOS accuracy on UD
// English-EWT's dev and test files (multi-word token ranges and empty
// nodes skipped, as the tagger's training program does).
func taggerAccuracy(w io.Writer, dir string) error {
	fmt.Fprintln(w, "\nTagger (UD English-EWT, UPOS)")
	tg := pos.Default()
	for _, split := range []string{"dev", "test"} {
		words, tags, err := readConllu(filepath.Join(dir, "en_ewt-ud-"+split+".conllu"))
		if err != nil {
			return err
		}
		var out []pos.Tag
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
		fmt.Fprintf(w, "  %-5s accuracy %.4f   (%d of %d tokens)\n", split, float64(right)/float64(max(n, 1)), right, n)
	}
	return nil
}

// readConllu reads the words and gold tags of a CoNLL-U file.
func readConllu(path string) (words [][]string, tags [][]pos.Tag, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var ws []string
	var ts []pos.Tag
	flush := func() {
		if len(ws) > 0 {
			words, tags = append(words, ws), append(tags, ts)
		}
		ws, ts = nil, nil
	}
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		cols := strings.Split(line, "\t")
		if line[0] == '#' || len(cols) != 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		ws, ts = append(ws, cols[1]), append(ts, pos.FromUD(cols[3], cols[4]))
	}
	flush()
	return words, tags, sc.Err()
}
