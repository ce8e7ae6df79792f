package stance

import (
	"strings"

	"parley/core/cameo"
	"parley/core/vocab"
)

// Rule is one row of the typing table: when When holds for an
// attribution's facts, it has type Type and CAMEO code Code ("" for the
// code of the cue's dictionary entry, "content" for that of the content's
// verb). Conf is the confidence it gives.
type Rule struct {
	Name string
	Type vocab.StanceType
	Code string
	Conf float64
	When func(f *Facts) bool
}

// ownFuture: the content is the speaker's own act to come ("said it would
// keep funding", "agreed to meet", "vowed to …").
func ownFuture(f *Facts) bool {
	return f.SubjSelf && (f.Future || f.ToInf) && !f.Neg
}

// contentHarm: the content's verb is a hostile act in CAMEO (quit the
// talks 160, boycott 163, strike 143, block 170, …), or its object names
// one ("tighten the blockade").
func contentHarm(f *Facts) bool {
	// (a verb of calling off said of the talks: "halt the mediation",
	// which CAMEO codes 16x only for some objects)
	// (or leaving them: "pull out of the deal", "walk away from the talks")
	return f.VerbKnown && harmful(f.VerbEntry.Code) || f.HarmObject || (f.VerbEntry.Block == "CANCEL" && !easing(f.VerbEntry.Code) || f.Leave) && f.Talk
}

// easing: a CAMEO code of easing or yielding (08x: "call off the strike"
// 087), which a verb of calling off has with some objects.
func easing(code string) bool { return strings.HasPrefix(cameo.Active(code), "08") }

// materialEvent reports whether a CAMEO code is an event done rather than
// said: material cooperation, aid, yielding, investigating (06–09) and
// the hostile acts (14–20).
func materialEvent(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// Rules is the typing table, tried in order; the first row whose When
// holds decides.
var Rules = []Rule{
	// a report of a material act is no stance ("the rebels shelled the
	// town", "opened its borders")
	{"material-act", "", "", 0, func(f *Facts) bool { return f.Material }},
	// "ready to appoint a mediator if both sides asked for one": what
	// would be said is no stance
	{"hypothetical", "", "", 0, func(f *Facts) bool { return f.Hypothetical }},
	// "marched on the ministry demanding a rise": what a protest is for
	// is what the protesters hold (CAMEO codes the protest, 14x)
	{"protest-aim", vocab.Position, "010", 0.6, func(f *Facts) bool { return f.ProtestAim && !f.CueNeg }},
	// "Egypt's plan calls for a truce", "the draft envisages …": what a
	// proposal says is what its maker proposes
	{"proposal-says", vocab.Proposed, "020", 0.6, func(f *Facts) bool { return f.SourceThing && !f.CueNeg }},
	// negation of the cue: "would not accept" is a rejection; "did not
	// reject" is no rejection
	{"negated-acceptance", vocab.Rejection, "120", 0.7, func(f *Facts) bool {
		return f.CueNeg && (f.CueType == vocab.Acceptance || f.CueType == vocab.Commitment)
	}},
	{"negated-stance-verb", vocab.Position, "010", 0.5, func(f *Facts) bool {
		return f.CueNeg && f.CueType != "" && f.CueType != vocab.Position
	}},
	// verbs of hoping and wishing, "expressed hope that"
	{"hope", vocab.Hope, "013", 0.8, func(f *Facts) bool { return f.Hope }},
	// "agreed that the meeting was useful" is a reading of the talks;
	// "agreed to meet in March" an undertaking
	{"agree-that", vocab.Assessment, "013", 0.7, func(f *Facts) bool {
		return f.Entry.Block == "AGREE" && f.Comp == "that" && !f.Deontic && !f.Future
	}},
	// "agreed that their countries should cooperate": a course agreed on
	{"agree-on-course", vocab.Commitment, "030", 0.7, func(f *Facts) bool {
		return f.Entry.Block == "AGREE" && f.Comp == "that"
	}},
	{"agree-to-act", vocab.Commitment, "030", 0.8, func(f *Facts) bool {
		return f.Entry.Block == "AGREE" && f.Comp == "to"
	}},
	// a threat with its condition: "warned it would walk out unless …"
	{"conditional-threat", vocab.Threat, "138", 0.8, func(f *Facts) bool {
		return f.Cond && (f.CueType == vocab.Threat || ownFuture(f) && contentHarm(f))
	}},
	// another party's hostile act on a condition, reported: "the Community
	// may halt its mediation if …" (its threat, not a condition)
	{"reported-conditional-threat", vocab.Threat, "138", 0.6, func(f *Facts) bool {
		return f.Cond && f.SubjOther && (f.Future || f.Hedge) && !f.Neg && contentHarm(f) && f.CueType == ""
	}},
	// "will not accept refugees if war starts": a refusal for a
	// contingency, not a condition put to the other side
	{"contingent-refusal", vocab.Rejection, "120", 0.7, func(f *Facts) bool {
		return f.BareIf && f.SubjSelf && f.Future && f.Neg && !contentHarm(f)
	}},
	// "would meet the mediator if he …": an offer for a contingency
	{"contingent-offer", vocab.Commitment, "content", 0.7, func(f *Facts) bool {
		return f.BareIf && ownFuture(f) && !contentHarm(f) && f.CueType == ""
	}},
	// "only if", "unless", "provided", "first … before"; a plain "if" on
	// what is done or to be done ("talks will resume if …"), not on a
	// judgement ("they are mistaken if they think …")
	{"condition", vocab.Condition, "content", 0.75, func(f *Facts) bool {
		if f.CueType == vocab.Proposed && (f.Exchange || f.BareIf && !f.Ready && !f.Nominal) {
			// "offered to release the envoy in return for …", "offered to cut
			// tariffs if …": the offer, with its terms
			return false
		}
		if f.BareIf && f.Copula && !f.Future && !f.Deontic && !f.Hedge && !f.Ready {
			return f.FirstBefore
		}
		// ("must hand over its weapons before any talks": what must come
		// first; "would not sign until X withdrew": not before X does)
		return f.Cond || f.FirstBefore || f.Deontic && f.BeforeTalks || f.Until && f.Neg && (f.Future || f.Able)
	}},
	// "insisted it would never yield to pressure": a demand verb whose content
	// is the speaker's own refusal to come
	{"insisted-refusal", vocab.Rejection, "120", 0.7, func(f *Facts) bool {
		return f.CueType == vocab.Demand && f.SubjSelf && f.Future && f.Neg
	}},
	// threatening and warning verbs threaten only with an act to come
	{"threat-verb", vocab.Threat, "", 0.8, func(f *Facts) bool {
		if f.CueType == vocab.Threat && f.Comp == "that" && f.Past && !f.Cond && !(f.VerbKnown && harmful(f.VerbEntry.Code)) {
			// a warning of what has been or was done, not of a hostile act,
			// threatens nothing ("cautioned that no date had been fixed for
			// the pullout")
			return false
		}
		// (or a pattern of the dictionary names the threat: "issued an
		// ultimatum to X to …")
		return f.CueType == vocab.Threat && (ownFuture(f) || f.SubjSelf && f.Future || contentHarm(f) || f.Nominal || f.Comp == "to" || f.Comp == "np" ||
			f.Entry.From == cameo.FromPattern)
	}},
	{"warning-statement", vocab.Position, "010", 0.6, func(f *Facts) bool {
		return f.CueType == vocab.Threat
	}},
	// "plans to impose restrictions", "vowed to quit the talks": an
	// intent to harm is a threat
	{"intent-to-harm", vocab.Threat, "138", 0.7, func(f *Facts) bool {
		return f.CueType == vocab.Commitment && (f.Comp == "to" || ownFuture(f)) && !f.Neg && contentHarm(f)
	}},
	// commitment verbs commit the speaker only to its own acts
	{"commitment-verb", vocab.Commitment, "", 0.8, func(f *Facts) bool {
		return f.CueType == vocab.Commitment && (f.Comp == "to" || ownFuture(f) || f.Nominal || f.Comp == "np")
	}},
	// "want to see …": a wish of one's own; "want X to …", "want a rise":
	// a demand
	{"demand-own-wish", vocab.Position, "010", 0.7, func(f *Facts) bool {
		return f.CueType == vocab.Demand && f.Comp == "to" && !f.Nominal
	}},
	// a proposal the speaker reports by its participle: whoever proposed
	// it proposed this ("According to the sources, one of the ideas
	// proposed is to …"); the holder is the last proposer
	{"proposed-thing", vocab.Proposed, "020", 0.6, func(f *Facts) bool {
		return f.ProposedThing && !f.Nominal && f.CueType == ""
	}},
	// "the package presented to the union includes a pension guarantee",
	// in the words of a party: what it put on the table
	{"own-tabled-thing", vocab.Proposed, "020", 0.6, func(f *Facts) bool {
		return f.Tabled && f.Speech && !f.Nominal && f.CueType == "" && !f.Neg
	}},
	// "insisted on linking X to Y": a demand that ties one thing to
	// another is a condition
	{"linked-demand", vocab.Condition, "", 0.75, func(f *Facts) bool {
		return f.CueType == vocab.Demand && f.VerbKnown && f.VerbEntry.Block == "LINK"
	}},
	{"stance-verb", "", "", 0.8, func(f *Facts) bool {
		switch f.CueType {
		case vocab.Demand, vocab.Rejection, vocab.Denial, vocab.Accusation, vocab.Proposed, vocab.Acceptance:
			return true
		}
		return false
	}},
	// "referred to the agreements", "discussed the budget": a verb of
	// saying with only a topic says no stance
	{"topic-only", "", "", 0, func(f *Facts) bool {
		return f.CueType == "" && f.TopicOnly && f.Eval == "" && !f.Nominal && f.Lemma != "accord"
	}},
	// "said no second summit was planned", "there is no deal"
	{"existence-denied", vocab.Denial, "016", 0.7, func(f *Facts) bool {
		return f.NoExist && !f.SubjOut
	}},
	// "any agreement must be verifiable", "the accord must include a
	// ceasefire": what a deal must hold is a condition of it
	{"deal-requirement", vocab.Condition, "100", 0.7, func(f *Facts) bool {
		return f.Deontic && f.SubjTalk && !f.Neg
	}},
	// "X must …", "should …" of another side
	{"deontic-demand", vocab.Demand, "100", 0.7, func(f *Facts) bool {
		return f.Deontic && !f.SubjSelf
	}},
	// another party's hostile act to come, reported: "the Community may
	// halt its mediation if …"
	{"reported-threat", vocab.Threat, "138", 0.6, func(f *Facts) bool {
		return f.SubjOther && (f.Future || f.Hedge) && !f.Neg && contentHarm(f) && f.CueType == ""
	}},
	// "X had agreed to allow aid convoys": an undertaking, its own or
	// another party's
	{"agreed-act", vocab.Commitment, "030", 0.7, func(f *Facts) bool {
		return f.AgreedTo && !f.Neg && (f.SubjOther || f.SubjSelf)
	}},
	// another party's stance, reported: "revealed that the American side
	// is working to put forward new ideas" (the Americans propose)
	{"reported-stance", "", "content", 0.7, func(f *Facts) bool {
		if !f.SubjOther || !f.VerbKnown || f.Neg || f.CueType != "" {
			return false
		}
		switch t, _ := f.VerbEntry.Type(); t {
		case vocab.Proposed, vocab.Demand, vocab.Rejection:
			return true
		case vocab.Acceptance:
			// "X has agreed to", "accepted the plan"; signing, releasing,
			// lifting a blockade are acts ("agreed to allow …": the
			// agreed-act rule below)
			return (f.VerbEntry.Block == "AGREE" || f.VerbEntry.Lemma == "accept") && !f.AgreedTo
		case vocab.Commitment:
			return f.Future || f.ToInf // "has pledged to"; "has trained troops" is an act
		}
		return false
	}},
	// another party's act of cooperation to come, reported: "Finland will
	// give Tanzania a grant", "the minister will visit Albania" (CAMEO
	// 03–08: intent, consult, cooperate, aid, yield)
	{"reported-commitment", vocab.Commitment, "content", 0.6, func(f *Facts) bool {
		if !f.SubjOther || !f.Future || f.Neg || f.CueType != "" || !f.VerbKnown {
			return false
		}
		c := cameo.Active(f.VerbEntry.Code)
		return len(c) >= 2 && c[0] == '0' && c[1] >= '3' && c[1] <= '8'
	}},
	// "said its door was open to talks", "is ready for an exchange":
	// readiness for a thing states where the party stands; what it will
	// do is readiness to act ("ready to resume the talks", below)
	{"open-to", vocab.Position, "010", 0.6, func(f *Facts) bool {
		return f.ReadyFor && !f.Neg && !f.Cond && !f.BareIf && !contentHarm(f)
	}},
	// another party's readiness, reported: "Vietnam is committed to
	// opening its economy", "the rebels are ready to talk"
	{"reported-readiness", vocab.Commitment, "030", 0.6, func(f *Facts) bool {
		return f.Ready && f.SubjOther && !f.Neg && !contentHarm(f)
	}},
	// "the door remained open to further talks": readiness for the talks
	// said of no party is the speaker's own
	{"open-door", vocab.Commitment, "030", 0.6, func(f *Facts) bool {
		return f.Ready && f.Subj < 0 && !f.SubjOther && !f.SubjSelf && f.Talk && !f.Neg
	}},
	// what the speaker's side will do
	{"own-future-harm", vocab.Threat, "138", 0.75, func(f *Facts) bool {
		return (f.SubjSelf || f.SubjOwn) && (f.Future || f.ToInf || f.Hedge) && !f.Neg && contentHarm(f)
	}},
	// "would not take legal action": a promise to hold back
	{"own-restraint", vocab.Commitment, "030", 0.7, func(f *Facts) bool {
		return f.SubjSelf && f.Future && f.Neg && contentHarm(f)
	}},
	// "said it had never asked for posts", "did not offer a swap": a
	// stance of its own side's, denied
	{"own-stance-denied", vocab.Denial, "016", 0.7, func(f *Facts) bool {
		if !f.SubjSelf || !f.Neg || !f.Past || !f.VerbKnown {
			return false
		}
		switch t, _ := f.VerbEntry.Type(); t {
		case vocab.Demand, vocab.Proposed, vocab.Accusation, vocab.Threat:
			return true
		}
		// "we have never shelled a hospital": a hostile act of its own
		// side, denied (CAMEO 14-20)
		return f.VerbKnown && harmful(f.VerbEntry.Code)
	}},
	// "would not comment": declining to speak says nothing
	{"no-comment", "", "", 0, func(f *Facts) bool {
		return f.Neg && f.VerbKnown && strings.HasPrefix(cameo.Active(f.VerbEntry.Code), "01") && !f.Copula
	}},
	{"own-future-refusal", vocab.Rejection, "120", 0.75, func(f *Facts) bool {
		return f.SubjSelf && f.Future && f.Neg
	}},
	// "(his country) cannot accept the cuts", "could not agree to it": a
	// refusal of what is on the table, unless said of another party
	{"cannot-accept", vocab.Rejection, "120", 0.7, func(f *Facts) bool {
		t, _ := f.VerbEntry.Type()
		return f.Neg && f.Able && !f.SubjOther && f.VerbKnown && t == vocab.Acceptance
	}},
	// "Manbij will not be surrendered": a thing the speaker's side will not
	// give up
	{"will-not-be-given", vocab.Rejection, "120", 0.65, func(f *Facts) bool {
		// ("the quota cannot be met": what the speaker's side cannot do)
		// ("Peru's demand could not be met": another's thing on the table)
		return f.Neg && (f.Future || f.Able) && f.Passive && (f.Subj < 0 || f.SubjProposal && !f.SubjOwn) && (!f.SubjTalk || f.SubjProposal) && !contentHarm(f)
	}},
	// "said it would put forward a draft accord": what it will put on the table
	{"own-future-offer", vocab.Proposed, "content", 0.7, func(f *Facts) bool {
		t, _ := f.VerbEntry.Type()
		return ownFuture(f) && !f.Thought && f.VerbKnown && t == vocab.Proposed
	}},
	{"own-future", vocab.Commitment, "content", 0.7, func(f *Facts) bool {
		return ownFuture(f) && !f.Thought
	}},
	// another party's hostile act or refusal, reported by the speaker
	// "it condemns us", "a government that lectures everyone": a verb of
	// blame said of another; a report of another's violence is no
	// accusation of the speaker's ("the rebels shelled the town, officials
	// said")
	{"other-party-blamed", vocab.Accusation, "112", 0.7, func(f *Facts) bool {
		t, _ := f.VerbEntry.Type()
		if f.SubjOther && !f.Neg && f.Obstruct {
			return true // "the creditors are dragging their feet"
		}
		if f.SubjOther && !f.Neg && f.Verb == f.VerbEntry.Lemma && has("blame", f.VerbEntry.Block) &&
			!(f.Past && !f.Talk && materialEvent(cameo.Active(f.VerbEntry.Code))) {
			// (not a past act done to no talks, reported: "workers blocked
			// the bridge, police said" is what happened)
			// (the block decides even where CAMEO gives the verb alone no
			// event: "ignore" is coded only with some objects)
			return true // "the union was stalling", "Israel ignored the plan"
		}
		return t == vocab.Accusation && !f.SubjSelf && !f.Neg && !cameo.Material(f.Verb)
	}},
	// another party judged: "X was a spoiler", "X is unreasonable"
	{"other-party-judged", vocab.Accusation, "112", 0.65, func(f *Facts) bool {
		return f.SubjOther && (f.Eval == "negative" || f.Eval == "refusal") && !f.Neg
	}},
	// the speaker's own reported act: "said it had rejected the offer"
	// "we expect Ethiopia to release more water", "wants Kyiv to sign":
	// an act asked of another party
	{"asked-of-other", vocab.Demand, "100", 0.65, func(f *Facts) bool {
		return f.AskedOf >= 0 && (f.SubjSelf || f.Subj < 0 && !f.SubjOther)
	}},
	{"own-act", "", "content", 0.7, func(f *Facts) bool {
		if !f.SubjSelf || !f.VerbKnown || f.Neg || f.Deontic || cameo.Material(f.Verb) {
			return false // "he must resign": a duty, not an act reported
		}
		if f.VerbEntry.Block == "DEMAND" {
			return false // "we want a fair settlement": what the speaker holds (the contract's position)
		}
		if talkVerb(f.Verb) {
			return false // "we have negotiated in good faith": the talks, not an act of yielding (CAMEO files "negotiate" with "compromise")
		}
		t, _ := f.VerbEntry.Type()
		if c := cameo.Active(f.VerbEntry.Code); f.Past && t == vocab.Acceptance && materialEvent(c) && c != "080" {
			// (080, accepting as such, is a stance)
			return false // "the army lifted the blockade, officials said": what was done
		}
		if f.Passive && (t == vocab.Proposed || t == vocab.Demand) {
			// "its members were offered a rise", "we were asked to wait":
			// done to the speaker's side ("is opposed to" is its own)
			return false
		}
		switch t {
		case vocab.Rejection, vocab.Acceptance, vocab.Denial, vocab.Demand, vocab.Proposed, vocab.Commitment:
			return true
		}
		return false
	}},
	// "the offer is unacceptable": said of what is on the table, or of
	// "it" / "this", a refusal
	{"judged-unacceptable", vocab.Rejection, "120", 0.7, func(f *Facts) bool {
		return f.Eval == "refusal" && (f.SubjIt || f.SubjProposal && !f.SubjSelf && !f.SubjOwn || !f.SubjSelf && !f.SubjOther)
	}},
	// "we are not happy with the bill": displeasure at what is on the
	// table turns it down
	{"unhappy-with-proposal", vocab.Rejection, "120", 0.6, func(f *Facts) bool {
		return f.Eval == "negative" && f.SubjSelf && f.EvalWith
	}},
	// "our offer is fair": the speaker stands by what it put forward
	{"own-proposal-defended", vocab.Position, "010", 0.6, func(f *Facts) bool {
		return f.Eval == "positive" && (f.SubjSelf || f.SubjOwn) && f.SubjProposal
	}},
	// "we are disappointed", "the talks were constructive": a reading of
	// how things stand
	{"evaluation", vocab.Assessment, "013", 0.7, func(f *Facts) bool {
		return f.Eval == "negative" || f.Eval == "positive"
	}},
	// "we are still talking", "the sides have been meeting": a reading of
	// the talks (CAMEO 04x: consult)
	{"talks-ongoing", vocab.Assessment, "013", 0.6, func(f *Facts) bool {
		// ("talk" itself CAMEO codes 010; its noun names the talks)
		// (not a verb whose noun is a thing on the table: "offer")
		// (nor a passive: a thing "met" or "discussed" is done, not talking)
		return f.VerbKnown && (strings.HasPrefix(cameo.Active(f.VerbEntry.Code), "04") || talkNoun(f.Verb) && !cameo.ProposalNoun(f.Verb)) && !f.Future && !f.ToInf && !f.Passive
	}},
	// a reading of the talks or of what is on the table
	{"talks-assessed", vocab.Assessment, "013", 0.7, func(f *Facts) bool {
		return f.SubjTalk || f.Talk && (f.Copula || f.Hedge || f.Neg)
	}},
	// "the ideas may open the door later": a reading of what may come
	{"hedged-prediction", vocab.Assessment, "013", 0.5, func(f *Facts) bool {
		return f.Hedge && !f.SubjSelf && !f.Deontic
	}},
	// "I suspect we will need another round": a belief about how things go
	{"belief", vocab.Assessment, "013", 0.6, func(f *Facts) bool {
		return f.Thought && (f.Future || f.Hedge || f.Talk)
	}},
	// "Saudi Arabia released 40 prisoners, the rebels said", "the walkout
	// has idled 160 ships": what happened, reported, holds nothing
	// (a state said in the past is the reported speech's tense: "said the
	// economy was growing" says it is; an act CAMEO codes as a material
	// event is what happened)
	{"past-report", "", "", 0, func(f *Facts) bool {
		material := cameo.Material(f.Verb) || f.VerbKnown && materialEvent(cameo.Active(f.VerbEntry.Code))
		return f.Past && !f.Copula && !f.Neg && f.Eval == "" && !f.Talk && (!f.SubjSelf || material) && !f.SubjTalk && f.Speech && material
	}},
	{"statement", vocab.Position, "010", 0.6, func(f *Facts) bool { return true }},
}

// Result is the type of one attribution.
type Result struct {
	Type      vocab.StanceType
	Code      string
	Goldstein float64
	Target    int // the party blamed or asked, -1
	// Holder is who holds the stance when it is not the source: the
	// content's subject for a reported stance, HolderLastProposer for a
	// proposal named by its participle; -1 for the source.
	Holder int
	Conf   float64
	Rule   string
	// Offer: the stance also puts an offer on the table, the speaker's own
	// act of cooperation on terms or stated as readiness ("would lift the
	// tariff only if …", "would hand over the hostages if …", "is willing
	// to pay a 7% rise"): a proposal as well as its type
	Offer bool
}

// Classify types an attribution with the first rule that holds.
func Classify(in Input, kind vocab.AttributionKind) Result {
	f := Gather(in, kind)
	return Decide(&f)
}

// Decide applies the rule table to gathered facts.
func Decide(f *Facts) Result {
	r := Result{Target: -1, Holder: -1}
	for _, rule := range Rules {
		if !rule.When(f) {
			continue
		}
		r.Rule, r.Type, r.Conf = rule.Name, rule.Type, rule.Conf
		cueCode := f.Entry.CodeFor(false)
		switch rule.Code {
		case "":
			r.Code = cueCode
		case "content":
			if f.VerbKnown && cameo.Active(f.VerbEntry.Code) != "" {
				r.Code = cameo.Active(f.VerbEntry.Code)
			}
			if r.Type == vocab.Condition && f.EventCode != "" {
				r.Code = f.EventCode
			}
		default:
			r.Code = rule.Code
		}
		if rule.Name == "material-act" || rule.Name == "hypothetical" {
			return Result{Target: -1, Holder: -1, Rule: rule.Name}
		}
		if r.Type == "" {
			r.Type = f.CueType
			if rule.Code == "content" {
				r.Type, _ = f.VerbEntry.Type()
			}
		}
		if r.Code == "" || r.Code == "---" {
			r.Code = defaultCode[r.Type]
		}
		r.Code = cameo.Active(r.Code)
		if c, ok := cameo.Type(r.Code); r.Type != vocab.Condition && r.Type != vocab.Hope && (!ok || c != r.Type) {
			// the code must say what the type says
			if rule.Code != "" && rule.Code != "content" {
				break
			}
			r.Code = defaultCode[r.Type]
		}
		break
	}
	r.Offer = offerOnTerms(f, r.Rule)
	switch r.Rule {
	case "reported-stance", "reported-threat", "reported-commitment", "reported-readiness", "reported-conditional-threat":
		r.Holder = f.Subj
	case "proposed-thing":
		r.Holder = HolderLastProposer
	}
	if f.Hedge && r.Conf > 0.6 {
		r.Conf -= 0.2
	}
	switch r.Type {
	case vocab.Accusation, vocab.Demand:
		if f.AskedOf >= 0 && r.Rule == "asked-of-other" {
			r.Target = f.AskedOf
		} else if f.ObjParty >= 0 {
			r.Target = f.ObjParty
		} else if f.SubjOther {
			r.Target = f.Subj
		}
	}
	r.Goldstein, _ = cameo.Goldstein(r.Code)
	return r
}

// offerOnTerms reports whether a stance typed by rule puts the speaker's
// own act of cooperation on the table: on a condition, or as readiness
// with something concrete (a number, a thing proposed). CAMEO codes the
// act 03–08 (intent, consult, cooperate, aid, yield: release, lift, pay).
func offerOnTerms(f *Facts, rule string) bool {
	reported := (rule == "reported-readiness" || rule == "reported-commitment") && f.SubjOther // "officials said Manila was willing to pay …": Manila's offer
	if !f.SubjSelf && !reported || f.Neg || f.Copula || contentHarm(f) {
		return false
	}
	c := cameo.Active(f.VerbEntry.Code)
	switch rule {
	case "contingent-offer", "condition":
		// (CAMEO leaves some such verbs without a code of their own: "lift"
		// is coded only with its objects; not a verb of saying, 01x)
		return (f.Future || f.ToInf) && (!f.VerbKnown || len(c) >= 2 && c[0] == '0' && c[1] >= '2' && c[1] <= '8')
	}
	if !f.VerbKnown || len(c) < 2 || c[0] != '0' || c[1] < '3' || c[1] > '8' {
		return false
	}
	switch rule {
	case "commitment-verb", "own-future", "reported-readiness", "reported-commitment":
		return f.Ready && f.Concrete
	}
	return false
}

// HolderLastProposer says that a stance is held by the party that last
// proposed something before it.
const HolderLastProposer = -2

// defaultCode is the CAMEO code of a type when nothing more specific is
// known: the family's root code.
var defaultCode = map[vocab.StanceType]string{
	vocab.Position: "010", vocab.Demand: "100", vocab.Condition: "100", vocab.Proposed: "020",
	vocab.Acceptance: "080", vocab.Rejection: "120", vocab.Accusation: "112", vocab.Denial: "016",
	vocab.Hope: "013", vocab.Assessment: "013", vocab.Threat: "130", vocab.Commitment: "030",
}
