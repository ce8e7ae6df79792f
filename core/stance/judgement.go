package stance

import (
	"parley/core/cameo"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

// Judgements: a thing named by a verb of naming ("called the offer “an
// insult”"), and the adjective after a copula ("is unacceptable").

// namedAs reads a judgement made by naming: "called the counter-offer “an
// insult”", "described the plan as unworkable": a verb of naming, its
// object, then (after "as" or a quotation mark) a phrase whose head is an
// evaluation word.
func (f *Facts) namedAs(in Input) {
	d, p := in.D, in.P
	if f.Comp != "np" || !has("naming", f.Lemma) {
		return
	}
	n := p.NPStartingAt(skipTime(d, p, in.Cue[1]))
	if n < 0 {
		return
	}
	f.Eval = namedEval(d, p, n)
	if k := int(p.NPs[n].Ext); f.Eval == "" && k < len(d.Toks) && isQuoteMark(d.Word(k)) && (proposalNP(d, p, n) || thingPronoun(d.Low(int(p.NPs[n].Head)))) {
		// "called the offer “an invitation to surrender”": a label of
		// the speaker's own words, set off in quotation marks, for what
		// is on the table, with no word of praise, dismisses it
		f.Eval = "refusal"
	}
	if f.Eval != "" {
		f.SubjIt = true // the named thing is what is judged
		f.CueType = ""  // (naming it so is no appeal: CAMEO's CALL block is one)
	}
}

// thingPronoun: a pronoun that names what was just spoken of, not a
// party ("calling it “an attack on our rights”").
func thingPronoun(w string) bool { return w == "it" || w == "this" || w == "that" }

// demandNoun reports whether a noun lemma names a demand, which is on the
// table as a proposal is: its verb in the dictionary is one of demanding
// ("demand", "request").
func demandNoun(l string) bool {
	v, ok := cameo.VerbOf(l)
	if !ok {
		return false
	}
	e, ok := cameo.MatchEntry(v, nil, nil)
	t, _ := e.Type()
	return ok && t == vocab.Demand
}

// nameFollows reports whether a name for noun phrase n follows it after
// a verb of naming: a quotation or "as" ("called the plan “a licence to
// give nothing”", "described the offer as a first step").
func nameFollows(d *nlp.Doc, p *syntax.Parse, n int) bool {
	k := int(p.NPs[n].Ext)
	return k < len(d.Toks) && (d.Low(k) == "as" || d.Tag(k) == pos.PUNCT && isQuoteMark(d.Word(k)))
}

// namedEval is the evaluation of the phrase that names noun phrase n
// after a verb of naming: "the offer “an insult”", "the plan as
// unworkable"; "" when none.
func namedEval(d *nlp.Doc, p *syntax.Parse, n int) string {
	k := int(p.NPs[n].Ext)
	for q := 0; q < 3 && k < len(d.Toks) && (d.Low(k) == "as" || d.Tag(k) == pos.PUNCT && isQuoteMark(d.Word(k)) || d.Tag(k) == pos.DET); q++ {
		k++
	}
	for q := k; q < len(d.Toks) && q < k+3; q++ {
		if e := evalOf(d.Lemma(q)); e != "" {
			return e
		}
	}
	return ""
}

// obstruction: the dictionary's blocks of verbs that hold something up
// (delay, prevent, block, veto, override), rejections only when what they
// hold up is on the negotiating table.
func obstruction(block string) bool {
	switch block {
	case "DELAY", "EXCLUDE", "PROHIBIT", "OVERRULE":
		return true
	}
	return false
}

// copulaEval reads the judgement after a copula at h: "is unacceptable",
// "are not happy with", "is a spoiler", "is not on the table".
func (f *Facts) copulaEval(d *nlp.Doc, h, t1 int) {
	// "is unacceptable", "are still talking"; "not totally happy"
	for k, quotes := h+1, 0; k < t1 && k <= h+3+quotes; k++ {
		if d.Tag(k) == pos.PUNCT && isQuoteMark(d.Word(k)) {
			quotes++ // "was “fair and affordable”": a quoted judgement
			continue
		}
		if f.Neg && phraseAt(d, "offered", k, t1) {
			f.Eval = "refusal" // "is not on the table"
			break
		}
		if phraseAt(d, "refusal", k, t1) {
			f.Eval = "refusal" // "is out of the question"
			break
		}
		if d.Tag(k) == pos.PART && d.Lemma(k) == "not" || d.Low(k) == "neither" {
			f.Neg = true // "is not happy", "were neither fair nor …"
			continue
		}
		if d.Tag(k) == pos.DET && k+1 < t1 && (d.Tag(k+1) == pos.NOUN || d.Tag(k+1) == pos.ADJ) {
			continue // "is a spoiler", "is an obstacle"
		}
		if d.Tag(k) != pos.ADJ && d.Tag(k) != pos.ADV && d.Tag(k) != pos.NOUN {
			break
		}
		f.Eval = evalOf(d.Lemma(k))
		if f.Eval == "positive" && (f.Neg || k > h+1 && (d.Low(k-1) == "not" || d.Low(k-2) == "not" || d.Low(k-1) == "neither")) {
			f.Eval = "negative" // "not happy", "not good", "neither fair nor …"
			if f.SubjProposal {
				f.Eval = "refusal" // "the offer was not fair": what is on the table, turned down
			}
		}
		if f.Eval != "" {
			f.EvalWith = d.Is(k+1, "with") || d.Is(k+1, "about")
			break
		}
	}
}
