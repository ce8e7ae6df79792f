package core

import (
	"parley/core/attrib"
)

// findAttributions runs the attribution stage over the syntax of the
// text and keeps every attribution as the contract's Attribution, with the
// party its source stands for when a mention of one lies in the source.
func (d *doc) findAttributions() {
	sc := d.scr
	sc.parse.Build(d.nd)
	sc.find.M = d.a.cues
	found := sc.find.Find(d.nd, &sc.parse)
	d.attrs = make([]attrRec, 0, len(found))
	for _, at := range found {
		d.attrs = append(d.attrs, d.attribution(at))
	}
}

// attrRec is an attribution with the index of its party (-1 when none).
type attrRec struct {
	Attribution
	actor int
}

// actorInTokens returns the actor of the last resolved mention that
// overlaps tokens [t0, t1), or -1.
func (d *doc) actorInTokens(t0, t1 int) int {
	best := -1
	for _, m := range d.ments {
		if m.t0 < t1 && m.t1 > t0 && m.actor >= 0 {
			best = m.actor
		}
	}
	if best >= 0 && best < len(d.actors) {
		for k := 0; k < 8 && d.actors[best].merged; k++ {
			best = d.actors[best].into
		}
	}
	return best
}

// span returns the evidence of tokens [t0, t1).
func (d *doc) span(t0, t1 int) Evidence {
	if t0 < 0 || t1 > len(d.toks) || t0 >= t1 {
		return Evidence{}
	}
	s, e := d.toks[t0].S(), d.toks[t1-1].E()
	return Evidence{Start: s, End: e, Text: d.text[s:e]}
}

// attribution converts one attribution of the stage.
func (d *doc) attribution(at attrib.Attribution) attrRec {
	a := attrRec{Attribution: Attribution{Cue: d.span(at.Cue[0], at.Cue[1]), Content: d.span(at.Content[0], at.Content[1]), Kind: at.Kind}, actor: -1}
	if at.Source[0] >= 0 && at.Source[1] > at.Source[0] {
		src := d.span(at.Source[0], at.Source[1])
		a.Source = &src
		a.actor = d.actorInTokens(at.Source[0], at.Source[1])
	}
	return a
}
