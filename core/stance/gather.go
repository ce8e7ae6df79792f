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

// modalBefore reports whether a modal auxiliary stands in [t0, i) ("would
// sign only after …").
func modalBefore(d *nlp.Doc, t0, i int) bool {
	for k := t0; k < i; k++ {
		if d.Tag(k) == pos.AUX {
			switch d.Lemma(k) {
			case "will", "would", "shall", "must", "can", "could", "should":
				return true
			}
		}
	}
	return false
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
			if l == "only" && d.Is(i+1, "after") && !modalBefore(d, t0, i) {
				continue // "the talks began only after …": what happened, no condition
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

// isQuoteMark: a straight or curly quotation mark.
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "‘", "’", "'", "``", "''":
		return true
	}
	return false
}
