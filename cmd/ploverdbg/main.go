package main

import (
	"fmt"
	"os"

	"parley/core"
	"parley/score"
)

func main() {
	recs, err := score.LoadPlover("../shared/external/plover/PLOVER_GSR_CAMEO.json")
	if err != nil {
		panic(err)
	}
	only := ""
	if len(os.Args) > 1 {
		only = os.Args[1]
	}
	for _, r := range recs {
		want, stance := score.PloverStanceEvents[r.Event]
		a, err := core.Analyze(r.Text)
		if err != nil {
			fmt.Println("ERROR", err, r.Text)
			continue
		}
		hit := false
		var types []string
		for _, s := range a.Stances {
			types = append(types, string(s.Type))
			for _, t := range want {
				hit = hit || s.Type == t
			}
		}
		if !stance {
			bad := false
			for _, s := range a.Stances {
				switch s.Type {
				case core.Demand, core.Rejection, core.Threat, core.Accusation, core.Acceptance, core.Commitment:
					bad = true
				}
			}
			if !bad || only != "" && only != "ACT" {
				continue
			}
		} else if hit || only != "" && only != r.Event {
			continue
		}
		fmt.Printf("== %s %v: %s\n", r.Event, types, r.Text)
		for _, at := range a.Attributions {
			src := "-"
			if at.Source != nil {
				src = at.Source.Text
			}
			fmt.Printf("   [%s] cue=%q src=%q actor=%s content=%.70q\n", at.Kind, at.Cue.Text, src, at.Actor, at.Content.Text)
		}
		for _, s := range a.Stances {
			fmt.Printf("   STANCE %s %s %s\n", s.Actor, s.Type, s.Cameo)
		}
	}
}
