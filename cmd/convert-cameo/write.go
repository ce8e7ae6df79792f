package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Provenance of the input, written into every header.
const (
	sourceRepo   = "openeventdata/petrarch2"
	sourceCommit = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
	sourcePath   = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
	command      = "go run ./cmd/convert-cameo -in ../shared/external/petrarch2/CAMEO.2.0.txt -out core/cameo/data"
)

const mitNotice = `The MIT License (MIT)

Copyright (c) 2015 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`

// header writes the provenance block of one output file.
func header(b *bytes.Buffer, what string, sum [32]byte, fullNotice bool, columns string) {
	fmt.Fprintf(b, "# %s\n", what)
	fmt.Fprintf(b, "# Derived from %s (%s @ %s), sha256 %s,\n",
		sourcePath, sourceRepo, sourceCommit, hex.EncodeToString(sum[:8]))
	b.WriteString("# the CAMEO verb dictionary of PETRARCH2, under the MIT licence of the Open Event Data Alliance.\n")
	fmt.Fprintf(b, "# Written by: %s\n", command)
	b.WriteString("# Do not edit: change the converter and run it again (same input, same bytes).\n")
	if fullNotice {
		b.WriteString("#\n")
		for _, l := range strings.Split(mitNotice, "\n") {
			b.WriteString(strings.TrimRight("# "+l, " ") + "\n")
		}
	} else {
		b.WriteString("# The MIT notice of the source is in the header of verbs.tsv.\n")
	}
	b.WriteString("#\n# " + columns + "\n")
}

// Files renders the dictionary as the three data files, by name.
func Files(d *Dict, input []byte) map[string][]byte {
	sum := sha256.Sum256(input)
	var v, p, s bytes.Buffer
	header(&v, "verbs.tsv: every verb of the dictionary with its inflected forms and its code, by synonym block.", sum, true,
		"block\tblock code\tlemma\thead (index of the verb word when not 0)\town code (empty: the block's)\tinflected forms, |-separated")
	header(&p, "patterns.tsv: every verb pattern; PETRARCH2 applies a block's patterns to all its verbs.", sum, false,
		"block\tcode (active[:passive], --- = no event)\torigin verb (from the pattern's comment)\tpattern: words before * (the verb) and after it; (..) prepositional phrase, {..} noun phrase, &name synset, + target, $ source, ^ skipped phrase, % compound actor, a_b consecutive words")
	header(&s, "synsets.tsv: the synonym sets (&name) the patterns use, with regular plurals added.", sum, false,
		"name\tmembers, |-separated (multi-word members match consecutive words)")
	for _, b := range d.Blocks {
		for _, x := range b.Verbs {
			head := ""
			if x.Head != 0 {
				head = strconv.Itoa(x.Head)
			}
			fmt.Fprintf(&v, "%s\t%s\t%s\t%s\t%s\t%s\n", b.Name, b.Code, x.Lemma, head, x.Code, strings.Join(x.Forms, "|"))
		}
		for _, x := range b.Patterns {
			fmt.Fprintf(&p, "%s\t%s\t%s\t%s\n", b.Name, x.Code, x.Origin, strings.Join(x.Tokens, " "))
		}
	}
	for _, x := range d.Synsets {
		fmt.Fprintf(&s, "%s\t%s\n", x.Name, strings.Join(x.Members, "|"))
	}
	return map[string][]byte{"verbs.tsv": v.Bytes(), "patterns.tsv": p.Bytes(), "synsets.tsv": s.Bytes()}
}
