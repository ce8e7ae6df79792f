package main

import (
	"fmt"
	"os"
	"strings"

	"parley/core/nlp"
	"parley/core/pos"
)

func main() {
	d := &nlp.Doc{}
	d.Prepare(strings.Join(os.Args[1:], " "), pos.Default())
	for i := range d.Toks {
		fmt.Printf("%s/%s/%s ", d.Word(i), d.Tags[i], d.Lemmas[i])
	}
	fmt.Println()
}
