package main

import (
	"fmt"
	"os"
	"strings"

	"parley/core"
)

func main() {
	text := strings.Join(os.Args[1:], " ")
	if len(os.Args) == 2 {
		if b, err := os.ReadFile(os.Args[1]); err == nil {
			text = string(b)
		}
	}
	a, err := core.Analyze(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, at := range a.Attributions {
		src := "-"
		if at.Source != nil {
			src = at.Source.Text
		}
		fmt.Printf("[%s] cue=%q src=%q actor=%s content=%.90q\n", at.Kind, at.Cue.Text, src, at.Actor, at.Content.Text)
	}
	for _, s := range a.Stances {
		fmt.Printf("STANCE %s %s %s tgt=%s conf=%.2f: %.110q\n", s.Actor, s.Type, s.Cameo, s.Target, s.Confidence, s.Evidence.Text)
	}
	for _, p := range a.Proposals {
		fmt.Printf("PROPOSAL %s %s: %.100q\n", p.Proposer, p.Status, p.Content)
	}
	var names []string
	for _, ac := range a.Actors {
		names = append(names, ac.Name+"("+string(ac.Kind)+")")
	}
	fmt.Println("ACTORS", names)
}
