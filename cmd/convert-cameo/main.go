// Command convert-cameo converts PETRARCH2's CAMEO verb dictionary
// (CAMEO.2.0.txt, openeventdata/petrarch2, MIT) into the data files that
// core/cameo embeds:
//
//	go run ./cmd/convert-cameo [-in ../shared/external/petrarch2/CAMEO.2.0.txt] [-out core/cameo/data]
//
// It writes verbs.tsv, patterns.tsv and synsets.tsv (formats in their
// headers and in core/cameo/data/README.md) and prints coverage figures.
// The same input gives the same bytes. types.tsv and fallback.tsv in the
// same folder are hand-made and not touched.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	in := flag.String("in", "../shared/external/petrarch2/CAMEO.2.0.txt", "PETRARCH2 verb dictionary")
	out := flag.String("out", "core/cameo/data", "output folder")
	flag.Parse()
	if err := run(*in, *out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "convert-cameo:", err)
		os.Exit(1)
	}
}

func run(in, out string, report io.Writer) error {
	src, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	d, err := Parse(bytes.NewReader(src))
	if err != nil {
		return err
	}
	files := Files(d, src)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(out, n), files[n], 0o644); err != nil {
			return err
		}
		fmt.Fprintf(report, "wrote %s (%d bytes)\n", filepath.Join(out, n), len(files[n]))
	}
	d.Stats.Report(report)
	return nil
}
