// Command gazetteer-forms writes core/gazetteer/data/forms.tsv: every
// form of the gazetteer, those of its own actor files and those that the
// Phoenix dictionaries (core/phoenix) add, precomputed so that the app
// does not build them at start-up (gazetteer.Forms says how). Run it from the repository root
// after changing core/phoenix/data, the gazetteer's data files or the
// code that turns Phoenix names into forms:
//
//	go run ./cmd/gazetteer-forms [-out core/gazetteer/data/forms.tsv]
//
// The same inputs give the same bytes; a test of core/gazetteer fails
// while the file is stale. The gazetteer embeds the file, so it must
// exist for this command to build: if it is missing, create it empty.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"parley/core/gazetteer"
)

func main() {
	out := flag.String("out", "core/gazetteer/data/forms.tsv", "file to write")
	flag.Parse()
	if err := run(*out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer-forms:", err)
		os.Exit(1)
	}
}

func run(out string, report io.Writer) error {
	b, err := gazetteer.Forms()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	lines := 0
	for _, c := range b {
		if c == '\n' {
			lines++
		}
	}
	_, err = fmt.Fprintf(report, "wrote %s (%d bytes, %d lines)\n", out, len(b), lines)
	return err
}
