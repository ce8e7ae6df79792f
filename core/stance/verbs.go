package stance

import (
	"parley/core/attrib"
	"parley/core/cameo"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
	"slices"
)

// The content's verb group: its modality and tense, the copula and its
// adjective, catenative verbs and the verb of the act, and that verb's
// entry in the CAMEO dictionary.

// pastGroup reports whether verb group v is in a past tense: its first
// word a past form ("released", "were killed", "had been holding", "has
// idled").
func pastGroup(d *nlp.Doc, v syntax.VG) bool {
	k := int(v.T0)
	switch d.Low(k) {
	case "was", "were", "had", "did", "has", "have":
		return true
	}
	return d.Tag(k) == pos.VBD
}

// modality reads the auxiliaries of verb group v: future, deontic,
// hedge.
func (f *Facts) modality(d *nlp.Doc, v syntax.VG) {
	for k := int(v.T0); k < int(v.T1); k++ {
		if d.Tag(k) != pos.AUX {
			continue
		}
		l := d.Lemma(k)
		f.Able = f.Able || l == "can" || l == "could" || d.Low(k) == "cannot"
		switch {
		case has("future", l):
			f.Future = true
		case has("deontic", l):
			f.Deontic = true
		case has("hedge", l):
			f.Hedge = true
		case l == "have" && k == int(v.Head) && d.Is(k+1, "to"):
			f.Deontic = true // "have to" ("has tried to" is no duty)
		}
	}
}

// verb reads the content's verb group v.
func (f *Facts) verb(in Input, v syntax.VG, t1 int) {
	d := in.D
	f.Neg = v.Has(syntax.Negated)
	f.Copula = v.Has(syntax.NoVerb) && d.Lemma(int(v.Head)) == "be"
	f.modality(d, v)
	f.Past = !f.Future && !f.Deontic && !f.Hedge && pastGroup(d, v)
	f.Passive = v.Has(syntax.Passive)
	h := int(v.Head)
	f.Verb = d.Lemma(h)
	h, done := f.predicate(d, v, h, t1)
	if done {
		return
	}
	h, cat := f.catenative(d, h, t1)
	var objs [12]string
	rev := reversive(d.Lemma(h), lemmas(d, h+1, min(t1, h+8), objs[:0]))
	for k := h + 1; k < t1 && k <= h+6 && !f.HarmObject && !rev; k++ {
		if d.Tag(k) == pos.NOUN && harmNoun(d.Lemma(k)) {
			f.HarmObject = true
		}
	}
	if !f.HarmObject && !rev && len(objs) > 1 {
		// a hostile act named by several words: "pursue legal action"
		// (what CAMEO codes planning or launching it as: 173)
		f.HarmObject = harmPhrase(objs[:min(len(objs), 4)])
	}
	if h < t1 && h < len(d.Toks) && f.SubjSelf && !f.Neg && attrib.ThoughtVerb(d.Lemma(h)) {
		// "I suspect we will need another round": the speaker's belief,
		// read by the modality of the clause it believes ("we want to
		// sign", "we want a deal" take no clause)
		for k := h + 1; k < t1 && k < h+8; k++ {
			if g := in.P.VGAt[k]; g >= 0 && int(in.P.VGs[g].T0) == k {
				if in.P.VGs[g].Has(syntax.Finite) {
					f.Thought = true
					f.modality(d, in.P.VGs[g])
				}
				break
			}
		}
	}
	f.contentVerb(in, h, t1, cat)
}

// predicate reads a copula's adjective or a passive participle from the
// verb group's head h: evaluation, readiness, going to, need to; it
// returns where the act's verb stands, and done when nothing more is to
// be read.
func (f *Facts) predicate(d *nlp.Doc, v syntax.VG, h, t1 int) (int, bool) {
	adj := h + 1 // the adjective after a copula, past adverbs and quotation marks ("remain firmly committed")
	for adj < t1 && adj < h+3 && (d.Tag(adj) == pos.ADV || isQuoteMark(d.Word(adj))) {
		adj++
	}
	if adj >= t1 || d.Tag(adj) != pos.ADJ && d.Tag(adj) != pos.VBN && d.Tag(adj) != pos.VBD {
		adj = h + 1
	}
	if l := d.Lemma(h); (l == "remain" || l == "stay") && adj < t1 && (d.Tag(adj) == pos.ADJ || d.Tag(adj) == pos.VBN || d.Tag(adj) == pos.VBD) {
		f.Copula = true // "remains willing to", "remained committed to"
	}
	if v.Has(syntax.Passive) {
		// "we are disappointed": a participle of evaluation
		switch w := d.Low(h); {
		case has("negative", w):
			f.Eval = "negative"
		case has("positive", w):
			f.Eval = "positive"
		}
	}
	if f.Copula {
		f.copulaEval(d, h, t1)
		h = adj - 1                            // the readings below look at h+1 for the adjective
		f.Ready = syntax.Readiness(d.Low(adj)) // "is ready for a new exchange"
	}
	switch {
	case f.Verb == "go" && d.Is(h+1, "to") && d.Tag(h) == pos.VBG:
		f.Future = true // "are going to strike"
		h += 2
	case (f.Verb == "need" || f.Verb == "have") && d.Is(h+1, "to"):
		f.Deontic = true
		h += 2
	}
	// a catenative verb's infinitive says what is done: "is working to
	// put forward", "plans to quit"; "is ready to sign", "is prepared to
	// impose": readiness is intent
	if (f.Copula || v.Has(syntax.Passive)) && h+3 < t1 && d.Is(h+2, "to") && (d.Tag(h+1) == pos.ADJ || d.Tag(h+1) == pos.VBN) &&
		(d.Tag(h+3) == pos.VB || d.Tag(h+3) == pos.VBG) {
		f.Ready = syntax.Readiness(d.Low(h + 1))
		h += 3 // "is ready to sign", "is committed to opening"
		f.Copula, f.Future = false, true
	} else if v.Has(syntax.Passive) && d.Is(h+1, "to") && h+2 < t1 && (d.Tag(h+2) == pos.VB || d.Tag(h+2) == pos.VBG) {
		f.Ready = syntax.Readiness(d.Low(h))
		h += 2 // "is committed to opening up"
		f.Future = true
	} else if f.Copula && h+2 < t1 && (d.Is(h+2, "to") || d.Is(h+2, "for")) && syntax.Readiness(d.Low(h+1)) {
		// "remained committed to a settlement", "is ready for talks"
		f.Copula, f.Future, f.ToInf, f.Ready = false, true, f.SubjSelf, true
		// (for a thing, with an adjective: a participle of a verb of
		// intent keeps its sense, "committed to a settlement")
		l, ok := cameo.Lemma(d.Low(h + 1))
		f.ReadyFor = h+3 < t1 && !d.Tag(h+3).IsVerb() && !(ok && l != d.Low(h+1))
		f.Verb, f.VerbKnown = d.Low(h+1), false
		return h, true
	} else if f.Copula && h+2 < t1 && d.Is(h+2, "to") && (d.Tag(h+1) == pos.ADJ || d.Tag(h+1) == pos.VBN || d.Tag(h+1) == pos.VBD) {
		// "remained committed to a settlement": the participle's verb
		if l, ok := cameo.Lemma(d.Low(h + 1)); ok && l != d.Low(h+1) { // a participle, not "open to talks"
			h++
			f.Copula = false
			f.Verb = l
			var after [12]string
			f.VerbTok = h
			f.VerbEntry, f.VerbKnown = cameo.MatchEntry(l, lemmas(d, h+1, min(t1, h+10), after[:0]), nil)
			return h, true
		}
	}
	return h, false
}

// catenative moves from h past aspectual verbs and verbs before an
// infinitive to the verb of the act ("keep fighting", "offered to share",
// "planned to resume"); cat is a verb of stance passed on the way, -1.
func (f *Facts) catenative(d *nlp.Doc, h, t1 int) (int, int) {
	if l := d.Lemma(h); aspectual(l) && h+1 < t1 && d.Tag(h+1) == pos.VBG {
		h++ // "keep fighting", "continue shelling": the act is the gerund's
	} else if l == "have" && d.Is(h+1, "no") && h+4 < t1 && d.Is(h+3, "to") && d.Tag(h+4) == pos.VB && intentNoun(d.Lemma(h+2)) {
		// "had no plans to raise its offer": a negated intent
		f.Neg, f.Future, f.Past = true, true, false
		h += 4
	}
	cat := -1 // a verb of stance before an infinitive: "offered to share"
	for steps := 0; steps < 2 && h+2 < t1 && d.Is(h+1, "to") && d.Tag(h+2) == pos.VB; steps++ {
		if e, ok := cameo.MatchEntry(d.Lemma(h), nil, nil); ok {
			switch t, _ := e.Type(); t {
			case vocab.Proposed, vocab.Demand, vocab.Rejection, vocab.Threat:
				cat = h
			case vocab.Commitment:
				// "planned to resume the talks", "intends to sign": an
				// intent (CAMEO's INTEND block, 030) is what the party will
				// do ("wants to" is a wish: CAMEO codes it alone)
				if e.Block == "INTEND" {
					f.Future, f.Past = true, false
				}
			}
			f.AgreedTo = f.AgreedTo || e.Block == "AGREE"
		}
		h += 2
	}
	return h, cat
}

// contentVerb reads the content's verb at h: its dictionary entry with
// the words after it, an act ordered, going away, an offer to act.
func (f *Facts) contentVerb(in Input, h, t1, cat int) {
	d := in.D
	if h < t1 && h < len(d.Toks) {
		f.Verb = d.Lemma(h)
		f.VerbTok = h
		f.Obstruct = lemmaPhraseAt(d, "obstruction-idiom", h, t1)
		var after [12]string
		f.VerbEntry, f.VerbKnown = cameo.MatchEntry(f.Verb, lemmas(d, h+1, min(t1, h+10), after[:0]), nil)
		if b := f.VerbEntry.Block; (b == "ALLOW" || b == "ACCLAIM") && f.VerbKnown {
			// "approved the deal", "welcomed the offer": what is on the
			// table, approved or praised by a party, is accepted
			if n := in.P.NPStartingAt(h + 1); n >= 0 && proposalNP(d, in.P, n) && (b == "ALLOW" || !concluded(d, in.P, n)) {
				if e, ok := cameo.MatchEntry("accept", nil, nil); ok {
					f.VerbEntry = e
				}
			}
		}
		if t, _ := f.VerbEntry.Type(); f.VerbKnown && f.VerbEntry.Block == "OVERSEE_MANAGE" && t == vocab.Demand {
			if k, e, ok := orderedAct(d, h, t1); ok && materialEvent(cameo.Active(e.Code)) {
				// "the government ordered the paper to close": the act
				// done by command, as for the cue itself (see Gather)
				f.Verb, f.VerbTok, f.VerbEntry = d.Lemma(k), k, e
			}
		}
		if attrib.ThoughtVerb(f.Verb) && !f.Neg {
			// "Egypt expects Ethiopia to release more water": what another
			// party is to do, expected or wanted of it, is asked of it
			if n := in.P.NPStartingAt(h + 1); n >= 0 {
				if e := int(in.P.NPs[n].Ext); e+1 < t1 && d.Is(e, "to") && d.Tag(e+1) == pos.VB {
					if who := in.Parties.Of(n); who >= 0 && who != in.Self && !slices.Contains(in.Joint, who) {
						f.AskedOf = who
					}
				}
			}
		}
		// ("leave the talks": the verb of the block that means going away
		// by itself; "walk out of", "pull out of" say it with a particle)
		f.Leave = f.VerbKnown && f.VerbEntry.Block == "GO_SOMEWHERE" && (leaving(d, h+1, min(t1, h+3)) || f.Verb == "leave")
		// (an offer to act on a hostile measure is still an offer: "offered
		// to cut the levy"; not one to do harm itself)
		if t, _ := f.VerbEntry.Type(); cat >= 0 && (!f.VerbKnown || t == "" || catOffer(d.Lemma(cat)) || catRefusal(d.Lemma(cat))) &&
			(!contentHarm(f) || catOffer(d.Lemma(cat)) && !(f.VerbKnown && harmful(f.VerbEntry.Code))) {
			// "offered to share data", "offered to delay the tariffs": the
			// offer is what is reported
			f.Verb, f.VerbTok = d.Lemma(cat), cat
			f.VerbEntry, f.VerbKnown = cameo.MatchEntry(f.Verb, nil, nil)
		}
	}
}

// catRefusal reports whether a verb before an infinitive refuses the act
// ("refused to sign", "failed to agree"): the refusal is what is reported.
func catRefusal(l string) bool {
	e, ok := cameo.MatchEntry(l, nil, nil)
	t, _ := e.Type()
	return ok && t == vocab.Rejection
}

// orderedAct returns the token and dictionary entry of the act an order
// at h commands: the infinitive after its object, within [h, t1)
// ("ordered the paper to close").
func orderedAct(d *nlp.Doc, h, t1 int) (int, cameo.Entry, bool) {
	for k := h + 1; k+1 < t1 && k <= h+10; k++ {
		if d.Is(k, "to") && d.Tag(k+1) == pos.VB {
			var after [12]string
			e, ok := cameo.MatchEntry(d.Lemma(k+1), lemmas(d, k+2, min(t1, k+10), after[:0]), nil)
			return k + 1, e, ok
		}
	}
	return -1, cameo.Entry{}, false
}

// leaving reports whether a particle or preposition of movement away
// stands among tokens [k, e): "out", "away", "of", "from". Hand-made: a
// closed class of English (CAMEO files "pull out" and "go to" in one
// block; only these words tell leaving from going).
func leaving(d *nlp.Doc, k, e int) bool {
	for ; k < e && k < len(d.Toks); k++ {
		switch d.Low(k) {
		case "out", "away", "of", "from":
			return true
		}
	}
	return false
}

// aspectual: the verbs of going on with an act, which take it as a
// gerund ("keep fighting"). Hand-made: a closed class of English verbs
// (CAMEO codes none of them on its own).
func aspectual(l string) bool { return l == "keep" || l == "continue" || l == "resume" }

// intentNoun reports whether a noun names an intent: its verb in the
// CAMEO dictionary is one of intent to act ("plan", "intention").
func intentNoun(l string) bool {
	v, ok := cameo.VerbOf(l)
	if !ok {
		v = l
	}
	e, ok := cameo.MatchEntry(v, nil, nil)
	t, _ := e.Type()
	return ok && t == vocab.Commitment
}

// catOffer reports whether a catenative verb is one of offering: what it
// offers to do, whatever that is, is put on the table.
func catOffer(l string) bool {
	e, ok := cameo.MatchEntry(l, nil, nil)
	t, _ := e.Type()
	return ok && t == vocab.Proposed
}

// reversive reports whether a verb undoes what its object names ("lift
// sanctions", "ease the blockade", "end the strike"): its CAMEO code is a
// yielding or a cooperation (03–08).
func reversive(verb string, after []string) bool {
	e, ok := cameo.MatchEntry(verb, after, nil)
	c := cameo.Active(e.Code)
	return ok && len(c) >= 2 && c[0] == '0' && c[1] >= '3' && c[1] <= '8'
}
