package stance

import (
	"slices"
	"strings"

	"parley/core/attrib"
	"parley/core/cameo"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

// nounClause reports whether the content is a noun with a that-clause of
// its own ("issued a stern reminder to Iraq that it must cooperate",
// "sent word that …"): a material verb carrying words, which the clause
// says.
func nounClause(d *nlp.Doc, c [2]int) bool {
	for k := c[0]; k < c[1] && k < c[0]+10; k++ {
		if d.Low(k) == "that" && d.Tag(k) == pos.SCONJ {
			return k > c[0]
		}
		if d.Tag(k).IsVerb() || d.Tag(k) == pos.AUX {
			return false
		}
	}
	return false
}

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

// Gather reads the facts of one attribution.
func Gather(in Input, kind vocab.AttributionKind) Facts {
	d, p := in.D, in.P
	f := Facts{ObjParty: -1, Subj: -1, AskedOf: -1, Thought: kind == vocab.Thought, SourceThing: in.SourceThing}
	h := in.Head
	if h < 0 || h >= len(d.Toks) {
		return f
	}
	f.Lemma = d.Lemma(h)
	proposalCue := false // "Egypt's plan": a noun of something put on the table
	switch d.Tag(h) {
	case pos.NOUN, pos.ADJ:
		f.Nominal = true
		proposalCue = cameo.ProposalNoun(f.Lemma)
		if v, ok := cameo.VerbOf(f.Lemma); ok {
			f.Lemma = v
		}
	}
	if g := p.VGAt[h]; g >= 0 {
		f.CueNeg = p.VGs[g].Has(syntax.Negated)
	}
	f.Material = !f.Nominal && cameo.Material(f.Lemma) && !nounClause(d, in.Content)
	f.cueEntry(in, h, proposalCue)
	f.comp(in)
	f.afterComp(in)
	f.content(in)
	f.afterContent(in)
	return f
}

// cueEntry reads the cue's entry in the CAMEO dictionary, with the words
// around it: its type, and whether it is material, a verb of saying, of
// hoping, an appeal.
func (f *Facts) cueEntry(in Input, h int, proposalCue bool) {
	d := in.D
	var after, before [12]string
	aft := lemmas(d, in.Cue[1], min(len(d.Toks), in.Cue[1]+10), after[:0])
	bef := lemmas(d, max(0, in.Cue[0]-4), in.Cue[0], before[:0])
	f.Entry, f.Known = cameo.MatchEntry(f.Lemma, aft, bef)
	if f.Known && f.Material && f.Entry.Lemma != f.Lemma && !cameo.Material(f.Entry.Lemma) {
		f.Material = false // a particle verb: "ruled out" is no ruling
	}
	if bare, ok := cameo.MatchEntry(f.Lemma, nil, nil); ok && f.Known {
		// the REFUSE block (reject, refuse, deny) has no code of its own:
		// a pattern refines the code of the verb's own sense, it does not
		// change the sense: "denied … the possibility of a meeting" is a
		// denial, whatever "deny * meeting" codes
		bt, _ := bare.Type()
		pt, _ := f.Entry.Type()
		switch bt {
		case vocab.Rejection, vocab.Denial, vocab.Accusation, vocab.Threat:
			if cameo.Active(f.Entry.Code) == "011" {
				break // "declined to comment" (011) says nothing
			}
			if pt != bt && !(bt == vocab.Rejection && pt == vocab.Denial) {
				f.Entry = bare // "dismissed an appeal" is no appeal
			}
			// (but rejecting a charge denies it: REJECT * CHARGE 016)
		}
	}
	if bare, ok := cameo.MatchEntry(f.Lemma, nil, nil); ok && f.Known && strings.HasPrefix(cameo.Active(bare.Code), "04") &&
		cameo.Active(f.Entry.Code) == "036" && in.P.VGAt[h] >= 0 && pastGroup(d, in.P.VGs[in.P.VGAt[h]]) {
		// "met for a fourth round of talks": PETRARCH codes meeting "for
		// talks" as an intent to meet (036); a meeting held is the talks
		// (the verb's own code, 04x), an act and no stance
		f.Material = true
	}
	if f.Lemma == "accord" && d.Is(h+1, "to") {
		f.Known, f.Speech, f.Material = false, true, false // "according to X": X says
	}
	if f.Known {
		f.CueType, _ = f.Entry.Type()
		switch f.CueType {
		case vocab.Rejection, vocab.Demand, vocab.Accusation, vocab.Threat, vocab.Denial:
			f.Material = false // "vetoed the resolution" (129): a material verb used for a stance
		}
		if c := cameo.Active(f.Entry.Code); c == "011" {
			f.Material = true // "declined to comment": no stance taken
		}
		if cameo.Active(f.Entry.Code) == "057" {
			f.Material = true // signing an agreement is an act; the accord is a proposal accepted
		}
		f.Hope = hopeBlock(f.Entry.Block)
		if f.Entry.Block == "CALL" && (d.Is(in.Cue[1], "for") || d.Is(in.Cue[1], "on") || d.Is(in.Cue[1], "upon")) {
			// "called for sanctions", "called on X to": an appeal, whatever
			// its pattern codes the thing called for as (1312 sanctions)
			f.CueType = vocab.Demand
		}
		if f.Entry.Block == "DEMAND" || f.Entry.Block == "INSIST" {
			f.CueType = vocab.Demand // the block's sense, whatever its verbs' own codes ("want" 030)
		}
		if v, ok := cameo.Verb(f.Entry.Lemma); ok && statement(v) {
			// a verb of saying: its patterns code what is said, which
			// the content rules read themselves
			f.CueType, f.Speech = "", true
		}
	}
	if proposalCue && f.CueType == vocab.Commitment {
		// "Egypt's plan": a plan put forward, not an intent ("plan" as a
		// verb is CAMEO's intent)
		if e, ok := cameo.MatchEntry("propose", nil, nil); ok {
			f.Entry, f.CueType = e, vocab.Proposed
		}
	}
}

// afterComp corrects the cue's reading once its complement is known: a
// source keeping its name back, a judgement by naming, a topic only, an
// act that holds something up, talking, praise, support, disapproval
// that reports a claim.
func (f *Facts) afterComp(in Input) {
	d := in.D
	if k := in.Cue[1]; f.CueType == vocab.Rejection && k+2 < len(d.Toks) && d.Is(k, "to") && d.Lemma(k+1) == "be" && d.Tag(k+2) == pos.VBN {
		// "declined to be named", "refused to be identified": a source
		// keeping its name back, not a refusal of anything on the table
		f.CueType, f.Material = "", true
	}
	f.namedAs(in)
	if f.Comp == "np" && in.Content[0] >= in.Cue[1] {
		// the content after the cue is one noun phrase and its modifiers
		if n := in.P.NPStartingAt(skipTime(d, in.P, in.Cue[1])); n >= 0 {
			f.TopicOnly = true
			for k := int(in.P.NPs[n].Ext); k < in.Content[1] && k < len(d.Toks); k++ {
				if in.P.VGAt[k] >= 0 {
					f.TopicOnly = false // a clause follows: "said the deal, which …, was dead"
					break
				}
			}
		}
	}
	if f.CueType == vocab.Rejection && obstruction(f.Entry.Block) && !f.ObjTalk && f.Comp != "that" {
		// "prevented the demonstration", "delayed the convoy": an act;
		// "postponed the talks", "blocked the resolution" turn down
		// what is on the table
		f.CueType, f.Material = "", true
	}
	if v, ok := cameo.Verb(f.Lemma); ok && f.Known && strings.HasPrefix(v.Code, "04") && f.CueType == "" && f.Comp != "that" && f.Comp != "quote" && f.Comp != "clause" {
		f.Material = true // "are discussing an exchange", "met the envoy": talking is the talks, not a stance
	}
	if f.Entry.Block == "ACCLAIM" && f.Comp == "np" && f.ObjOffer && !f.CueNeg {
		// "welcomed the new offer", "hailed the plan": praise of what is
		// on the table accepts it, as the SUPPORT block's verbs do (of a
		// deal concluded, it is a reading: "hailed the deal")
		if e, ok := cameo.MatchEntry("accept", nil, nil); ok {
			f.Entry, f.CueType = e, vocab.Acceptance
		}
	}
	if attrib.ThoughtVerb(f.Lemma) && f.Comp == "np-to" && f.ObjParty >= 0 && f.ObjParty != in.Self && !slices.Contains(in.Joint, f.ObjParty) && !f.CueNeg {
		// "Egypt expects Ethiopia to release more water": an act asked of
		// another party
		if e, ok := cameo.MatchEntry("demand", nil, nil); ok {
			f.Entry, f.CueType, f.Speech, f.Thought = e, vocab.Demand, false, false
		}
	}
	if f.CueType == vocab.Rejection && f.Comp == "np" {
		// "dismissed reports that its navy had crossed the line": a
		// rejected claim, a denial (as CAMEO codes REJECT * CHARGE, 016)
		if n := in.P.NPStartingAt(skipTime(d, in.P, in.Cue[1])); n >= 0 && d.Is(int(in.P.NPs[n].T1), "that") {
			if v, ok := cameo.VerbOf(d.Lemma(int(in.P.NPs[n].Head))); ok {
				if vi, ok := cameo.Verb(v); ok && statement(vi) {
					if e, ok := cameo.MatchEntry("deny", nil, nil); ok {
						f.Entry, f.CueType = e, vocab.Denial
					}
				}
			}
		}
	}
	if f.Entry.Block == "SUPPORT" && f.ObjParty >= 0 {
		f.CueType = "" // "backed the rebels": siding with a party, not accepting an offer
	}
	if f.CueType == vocab.Rejection && (f.Comp == "that" || f.Comp == "clause" || f.Comp == "to") && strings.HasPrefix(cameo.Active(f.Entry.Code), "11") {
		// "argued that wages had fallen": a verb of disapproving that
		// reports a claim is a verb of saying; what is said is typed
		f.CueType, f.Speech = "", true
	}
}

// afterContent reads what the cue and its content say together, once the
// content is read: a claim insisted on, an act done by command, a
// measure announced, the talks resumed, a hypothesis, an amount named,
// what a protest is for, a fight readied.
func (f *Facts) afterContent(in Input) {
	d, p, h := in.D, in.P, in.Head
	if f.Entry.Block == "INSIST" && (f.Comp == "that" || f.Comp == "clause") && (f.Past || f.Copula && !f.Deontic && !f.Future && !f.Hedge) {
		// "insisted the unrest reflected old feuds", "insists the offer is
		// fair": a claim held to, in the indicative, is a statement; a
		// demand takes the subjunctive or a modal ("insisted that the
		// troops withdraw", "… must withdraw")
		f.CueType, f.Speech = "", true
	}
	if f.Entry.Block == "OVERSEE_MANAGE" && f.CueType == vocab.Demand && f.VerbKnown && materialEvent(cameo.Active(f.VerbEntry.Code)) {
		// an order of an act done by command: the dictionary's patterns
		// for "order" code the act ordered (a search 090, aid 070, an
		// expulsion 161, a crackdown 170), not a demand put to a side
		f.CueType, f.Material = "", true
	}
	if f.Lemma == "announce" && f.SubjSelf && (f.Future || f.ToInf) && !f.Neg && !f.Cond && !f.BareIf && f.VerbKnown && strings.HasPrefix(cameo.Active(f.VerbEntry.Code), "16") {
		// "announced it would cut off aid": a measure made public is the
		// measure, as the dictionary's patterns for "announce" code it
		// (sanctions 163, restrictions 160, a closing 161); a threat of
		// one is "threatened" or "warned" (131x, 132), or comes with its
		// condition ("will withdraw its troops unless …")
		f.CueType, f.Material = "", true
	}
	if aspectual(f.Lemma) && f.ObjTalk && f.CueType == "" {
		// "resumed the talks", "continued negotiations": the talks
		// themselves, a state of the talks, not a stance
		f.Material = true
	}
	f.Hypothetical = hypothetical(d, p, h)
	for k := in.Content[0]; k < in.Content[1] && k < len(d.Toks) && !f.Concrete; k++ {
		f.Concrete = d.Tag(k) == pos.NUM
	}
	f.ProtestAim = (f.CueType == vocab.Demand || f.Speech) && protestAim(d, p, h)
	if f.Entry.Block == "PREPARE" && !f.CueNeg && (contentHarm(f) || f.ObjHarm) {
		// readying a fight or a strike is the act under way, not a stance:
		// the dictionary's patterns for the PREPARE verbs code it as the
		// act (154 mobilise, 143 strike, 183)
		f.CueType, f.Material = "", true
	}
}

// protestAim reports whether the cue h is a participle or purpose adjunct of an act
// of protest: the clause's last verb group before it is one that CAMEO
// codes 14x (demonstrate 141, strike 143, block the way 144), and
// nothing between says anything. CAMEO codes such a sentence as the
// protest, with what it is for ("1411 demonstrate for a change of
// leaders"): what the marchers want, not a demand put to a side.
func protestAim(d *nlp.Doc, p *syntax.Parse, h int) bool {
	if d.Tag(h) != pos.VBG && !(d.Tag(h) == pos.VB && h > 0 && d.Is(h-1, "to")) || p.VGAt[h] < 0 || p.VGs[p.VGAt[h]].Has(syntax.Finite) {
		return false // (a participle, or an infinitive of purpose: "began a hunger strike to demand …")
	}
	for g := int(p.VGAt[h]) - 1; g >= 0; g-- {
		v := p.VGs[g]
		k := int(v.Head)
		if d.SentOf[k] != d.SentOf[h] {
			return false
		}
		if !v.Has(syntax.Finite) && d.Tag(k) != pos.VBN {
			continue // (a past tense the tagger read as a participle: "Kurds demonstrated in …")
		}
		var after [12]string
		e, ok := cameo.MatchEntry(d.Lemma(k), lemmas(d, k+1, min(h, k+6), after[:0]), nil)
		return ok && strings.HasPrefix(cameo.Active(e.Code), "14")
	}
	return false
}

// hypothetical reports whether the cue at h is the verb of a clause that
// "if", "unless" or "whether" opens ("ready to appoint a mediator if both
// sides asked for one"): what would be said, not what was.
func hypothetical(d *nlp.Doc, p *syntax.Parse, h int) bool {
	g := p.VGAt[h]
	if g < 0 {
		return false
	}
	k := int(p.VGs[g].T0) - 1
	if n := p.NPEndingAt(k + 1); n >= 0 {
		k = int(p.NPs[n].T0) - 1
		if q := p.NPs[n].Poss; q >= 0 {
			k = p.Start(int(q)) - 1
		}
	}
	if k < 0 {
		return false
	}
	switch d.Low(k) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// hopeBlock: the dictionary's blocks of hoping and wishing.
func hopeBlock(b string) bool { return b == "HOPE" || b == "WISH" }

// statement reports whether a verb is a verb of saying: its own code, or
// its block's, is a public statement (01x).
func statement(v cameo.VerbInfo) bool {
	switch v.Block {
	case "ALLEGE", "DISTRUST":
		// claim, allege, aver; doubt, suspect: CAMEO codes them 110
		// (disapprove), but they report what is said or thought
		return true
	}
	c := v.Code
	if c == "" || len(v.BlockCode) >= 2 && v.BlockCode[:2] == "01" {
		c = v.BlockCode // "express" (110) in a block of statements
	}
	return len(c) >= 2 && c[:2] == "01"
}

// comp reads what follows the cue: "that", a to-infinitive, a noun phrase
// (and its party), a quotation.
func (f *Facts) comp(in Input) {
	d, p := in.D, in.P
	e := skipTime(d, p, in.Cue[1])
	if e >= len(d.Toks) {
		return
	}
	if l := d.Lemma(e); d.Tag(e) != pos.DET && d.Tag(e) != pos.ADP {
		// "expressed hope that …" (however the tagger read "hope")
		if vi, ok := cameo.Verb(l); ok && hopeBlock(vi.Block) && (d.Tag(e) == pos.NOUN || d.Tag(e).IsVerb()) {
			f.Hope = true
		}
	}
	switch w := d.Low(e); {
	case w == "that" && d.Tag(e) != pos.DET:
		f.Comp = "that"
	case w == "to" && d.Tag(e+1).IsVerb():
		f.Comp = "to"
	case d.Tag(e) == pos.PUNCT:
		f.Comp = "quote"
	default:
		if n := p.NPStartingAt(e); n >= 0 {
			f.Comp = "np"
			f.ObjParty = in.Parties.Of(n)
			f.ObjTalk = talkNoun(d.Lemma(int(p.NPs[n].Head))) || cameo.ProposalNoun(d.Lemma(int(p.NPs[n].Head)))
			f.ObjHarm = harmNoun(d.Lemma(int(p.NPs[n].Head)))
			f.ObjOffer = proposalNP(d, p, n) && !concluded(d, p, n)
			if attrib.LightVerb(f.Lemma) && !f.CueNeg && proposalNP(d, p, n) && !concluded(d, p, n) {
				// "tabled a draft resolution", "unveiled a peace plan":
				// putting a proposal on the table is proposing it
				if e, ok := cameo.MatchEntry("propose", nil, nil); ok {
					f.Entry, f.CueType, f.Speech = e, vocab.Proposed, false
				}
				return
			}
			if x := int(p.NPs[n].Ext); x < len(d.Toks) && p.VGAt[x] >= 0 && p.VGs[p.VGAt[x]].Has(syntax.Finite) {
				f.Comp = "clause" // "said the offer was …": the subject of what is said
				return
			}
			// "expressed hope that …", "reiterated its demand that …",
			// "issued a denial": the noun is the act the verb performs
			// (not after a verb of naming: "called the offer “an insult”"
			// judges the offer)
			// (nor when the noun is another's: "said Moscow's offer, made on
			// Friday, removed an obstacle" says something of the offer)
			others := false
			if ps := int(p.NPs[n].Poss); ps >= 0 {
				who := in.Parties.Of(ps)
				others = who < 0 || who != in.Self
				if d.Low(int(p.NPs[ps].Head)) == "its" || d.Low(int(p.NPs[ps].Head)) == "their" || d.Low(int(p.NPs[ps].Head)) == "our" {
					others = false // "reiterated its demand"
				}
			}
			if h := int(p.NPs[n].Head); d.Tag(h) == pos.NOUN && !others && !(has("naming", f.Lemma) && (namedEval(d, p, n) != "" || nameFollows(d, p, n))) {
				if v, ok := cameo.VerbOf(d.Lemma(h)); ok {
					if vi, ok := cameo.Verb(v); ok && hopeBlock(vi.Block) {
						f.Hope = true
					} else if e, ok := cameo.MatchEntry(v, nil, nil); ok && (f.Speech || f.CueType == "") {
						switch t, _ := e.Type(); t {
						case vocab.Demand, vocab.Rejection, vocab.Denial, vocab.Accusation, vocab.Threat, vocab.Proposed, vocab.Commitment:
							f.Entry, f.CueType, f.Speech, f.Lemma = e, t, false, v
						}
					}
				}
			}
			x := int(p.NPs[n].Ext)
			if d.Is(x, "to") && d.Tag(x+1).IsVerb() {
				f.Comp = "np-to"
			}
		}
	}
}

// content reads the content's first clause: its subject, its verb group
// and the words that make it conditional, negative or about the talks.
func (f *Facts) content(in Input) {
	d, p := in.D, in.P
	t0, t1 := in.Content[0], min(in.Content[1], len(d.Toks))
	if t0 < 0 || t1 <= t0 {
		return
	}
	for i := t0; i < t1; i++ {
		if in.Skip[0] <= i && i < in.Skip[1] {
			i = in.Skip[1] - 1
			continue
		}
		l := d.Low(i)
		switch {
		case phraseAt(d, "conditional", i, t1):
			f.Exchange = f.Exchange || d.Low(i) == "in" && (d.Is(i+1, "exchange") || d.Is(i+1, "return"))
			// "if" only after "only", or opening a clause; "even if" concedes
			// ("our claim stands, even if the river has moved")
			if l == "if" && d.Low(i-1) == "even" {
				continue
			}
			if l != "if" || i == t0 || d.Low(i-1) == "only" || d.Word(i-1) == "," || i+1 < t1 && d.Tag(i+1) != pos.ADV {
				f.Cond = true
				f.BareIf = f.BareIf || l == "if" && d.Low(i-1) != "only"
			}
		case (l == "until" || l == "while") && i > t0 && i+1 < t1 && (d.Tag(i+1) == pos.PROPN || d.Tag(i+1) == pos.DET || d.Tag(i+1) == pos.PRON || d.Tag(i+1) == pos.NOUN):
			f.Until = true // "would not halt operations while civilians remained captive"
		case l == "before" && i > t0:
			for k := i + 1; k < t1 && k <= i+4; k++ {
				if d.Tag(k) == pos.NOUN && talkNoun(d.Lemma(k)) {
					f.BeforeTalks = true
				}
			}
		case l == "first" && (i == t0 || d.Tag(i-1) != pos.DET && d.Tag(i-1) != pos.PRON && d.Tag(i-1) != pos.PART):
			for k := i + 1; k < t1; k++ {
				if d.Low(k) == "before" {
					f.FirstBefore = true
				}
			}
		}
		if d.Tag(i) == pos.NOUN && talkNoun(d.Lemma(i)) {
			f.Talk = true
		}
		if f.EventCode == "" && d.Tag(i) == pos.NOUN {
			f.EventCode = declaredEvent(d.Lemma(i))
		}
	}
	// the first clause: skip "that", quotation marks, time adverbials
	i := t0
	for i < t1 {
		if d.Low(i) == "that" || d.Tag(i) == pos.PUNCT {
			i++
			continue
		}
		if j := skipTime(d, p, i); j > i {
			i = j
			continue
		}
		if d.Tag(i) == pos.ADP && i == t0 {
			// "Under the plan, Israel will …": a fronted phrase
			k := i
			for k < t1 && k < i+12 && d.Word(k) != "," {
				k++
			}
			if k+1 < t1 && d.Word(k) == "," && d.Tag(k+1) != pos.PUNCT {
				i = k + 1 // (not "For now the sides keep meeting,”": its comma ends it)
				continue
			}
		}
		break
	}
	if i < t1 && (d.Low(i) == "to" && (d.Tag(i+1) == pos.VB || d.Tag(i+1) == pos.ADV && d.Tag(i+2) == pos.VB) || d.Tag(i) == pos.VB && imperative(d, i)) {
		// "to meet", "to quickly meet"; not "to Brazil for …"
		f.ToInf = true
		f.SubjSelf = true
		if d.Low(i) == "to" {
			i++
		}
	} else if d.Low(i) == "there" && i+1 < t1 && (d.Tag(i+1) == pos.AUX || d.Lemma(i+1) == "be") {
		// "there is no X", "there has been no X"
		k := i + 1
		for k < t1 && (d.Tag(k) == pos.AUX || d.Tag(k) == pos.ADV || d.Lemma(k) == "be") {
			k++
		}
		if d.Low(k) == "no" {
			f.NoExist = true
			if n := p.NPStartingAt(k); n >= 0 {
				f.SubjOut = has("outcome", d.Lemma(int(p.NPs[n].Head)))
				f.SubjTalk = talkNoun(d.Lemma(int(p.NPs[n].Head)))
			}
		}
		i = k
	} else if j := gerundSubject(d, p, i, t1); j > i {
		i = j // "removing the sanctions is out of the question": no party is the subject
	} else if n := p.NPStartingAt(i); n >= 0 {
		f.subject(in, n)
		i = int(p.NPs[n].Ext)
		if d.Low(p.Start(n)) == "no" || d.Low(p.Start(n)) == "nothing" {
			f.NoExist = true
		}
	}

	if in.Skip[1] > in.Skip[0] && i <= in.Skip[1] {
		i = in.Skip[1] // the second verb phrase, with the subject read
	}
	for ; i < t1; i++ {
		g := p.VGAt[i]
		if g < 0 {
			continue
		}
		f.verb(in, p.VGs[g], t1)
		return
	}
}

// subject reads the content's subject NP n.
func (f *Facts) subject(in Input, n int) {
	d, p := in.D, in.P
	h := int(p.NPs[n].Head)
	switch d.Low(h) {
	case "i", "we", "us":
		f.SubjSelf = true
	case "it", "this", "that":
		f.SubjIt = true
	}
	if who := in.Parties.Of(n); who >= 0 {
		f.Subj = who
		if who == in.Self || slices.Contains(in.Joint, who) {
			f.SubjSelf = true
		} else {
			f.SubjOther = true
		}
	}
	if d.Tag(h) == pos.NOUN && talkNoun(d.Lemma(h)) {
		f.SubjTalk = true
	}
	// ("terms" is its own noun: the lemma "term" is not)
	f.SubjProposal = d.Tag(h) == pos.NOUN && (cameo.ProposalNoun(d.Lemma(h)) || cameo.ProposalNoun(d.Low(h)) || demandNoun(d.Lemma(h)))
	// "its offer", "our plan", "the company's offer" after "the company said"
	switch d.Low(p.Start(n)) {
	case "our", "my", "its", "their":
		f.SubjOwn = true
	}
	if ps := p.NPs[n].Poss; ps >= 0 && in.Parties.Of(int(ps)) == in.Self {
		f.SubjOwn = true
	}
	f.SubjOut = has("outcome", d.Lemma(h))
	// "one of the ideas proposed", "the plan put forward": a proposal
	// named by its participle, whose proposer the text gave before
	for k := p.Start(n); k < int(p.NPs[n].Ext)+6 && k < len(d.Toks); k++ {
		if k == int(p.NPs[n].T1) && (d.Tag(k) == pos.VBN || d.Tag(k) == pos.VBD) && f.SubjProposal && attrib.LightVerb(d.Lemma(k)) &&
			(d.Is(k+1, "to") || d.Is(k+1, "on") || d.Is(k+1, "last") || d.Is(k+1, "this")) && !concluded(d, p, n) {
			f.Tabled = true // ("presented to the union", "tabled on Monday"; not "made by X")
		}
		if g := p.VGAt[k]; g >= 0 && p.VGs[g].Has(syntax.Finite) && !f.Tabled {
			break
		}
		if d.Tag(k) == pos.VBN || d.Tag(k) == pos.VBD {
			if e, ok := cameo.MatchEntry(d.Lemma(k), nil, nil); ok {
				if t, _ := e.Type(); t == vocab.Proposed {
					f.ProposedThing = true
				}
			}
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

// proposalNP reports whether a noun of noun phrase n names something put
// on the table ("a peace plan", "a draft resolution").
func proposalNP(d *nlp.Doc, p *syntax.Parse, n int) bool {
	for k := int(p.NPs[n].T0); k <= int(p.NPs[n].Head); k++ {
		if d.Tag(k) == pos.NOUN && cameo.ProposalNoun(d.Lemma(k)) {
			return true
		}
	}
	return false
}

// concluded reports whether noun phrase n names an accord as concluded: a
// deal, agreement or accord with no "draft" or "proposed" before it.
func concluded(d *nlp.Doc, p *syntax.Parse, n int) bool {
	switch d.Lemma(int(p.NPs[n].Head)) {
	case "deal", "agreement", "accord":
	default:
		return false
	}
	for k := int(p.NPs[n].T0); k < int(p.NPs[n].Head); k++ {
		if l := d.Lemma(k); l == "draft" || l == "propose" || l == "proposed" {
			return false
		}
	}
	return true
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

// imperative reports whether a bare verb opening the content is one: in
// lower case, or capitalised right after an opening quotation mark ("“Stop
// the shelling,” she said"); a capitalised word opening a report is more
// likely an adjective the tagger misread ("Recent attacks have …").
func imperative(d *nlp.Doc, i int) bool {
	return !capital(d.Word(i)) || i > 0 && isQuoteMark(d.Word(i-1))
}

// capital reports whether w starts with an upper-case ASCII letter.
func capital(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// gerundSubject returns the start of the finite verb group after a
// gerund clause that opens the content as its subject ("removing the
// sanctions is …"), or i.
func gerundSubject(d *nlp.Doc, p *syntax.Parse, i, t1 int) int {
	if d.Tag(i) != pos.VBG {
		return i
	}
	for k := i + 1; k < t1 && k < i+12; k++ {
		if d.Word(k) == "," {
			return i
		}
		if g := p.VGAt[k]; g >= 0 && k > i+1 && p.VGs[g].Has(syntax.Finite) {
			return int(p.VGs[g].T0)
		}
	}
	return i
}

// skipTime: see syntax.Parse.SkipTime.
func skipTime(d *nlp.Doc, p *syntax.Parse, i int) int { return p.SkipTime(d, i) }

// reversive reports whether a verb undoes what its object names ("lift
// sanctions", "ease the blockade", "end the strike"): its CAMEO code is a
// yielding or a cooperation (03–08).
func reversive(verb string, after []string) bool {
	e, ok := cameo.MatchEntry(verb, after, nil)
	c := cameo.Active(e.Code)
	return ok && len(c) >= 2 && c[0] == '0' && c[1] >= '3' && c[1] <= '8'
}

// isQuoteMark: a straight or curly quotation mark.
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "‘", "’", "'", "``", "''":
		return true
	}
	return false
}

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
