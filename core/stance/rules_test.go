package stance

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"parley/core/attrib"
	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

// names is a Parties for the tests: a noun phrase headed by a name (or
// by "union", "company", "ministry", "government") is a party, one per
// head word; "it", "they", "we" stand for the speaker.
type names struct {
	d    *nlp.Doc
	p    *syntax.Parse
	ids  map[string]int
	self int
}

func (n *names) Of(np int) int {
	if np < 0 {
		return -1
	}
	h := int(n.p.NPs[np].Head)
	w := n.d.Low(h)
	switch w {
	case "it", "they", "we", "i":
		return n.self
	}
	if n.d.Tag(h) != pos.PROPN && w != "union" && w != "company" && w != "ministry" && w != "government" && w != "creditors" {
		return -1
	}
	if id, ok := n.ids[w]; ok {
		return id
	}
	n.ids[w] = len(n.ids)
	return n.ids[w]
}

// classify types the attribution whose cue head is the first token of
// text that is word (the cue model is not asked: the rules are tested).
func classify(t *testing.T, text, word string) Result {
	f := gatherFor(t, text, word)
	return Decide(&f)
}

// Invented sentences, one or more per rule of the table.
func TestRules(t *testing.T) {
	for _, c := range []struct {
		text, cue string
		want      vocab.StanceType
		rule      string
	}{
		{"Oslo said it would keep funding the monitors.", "said", vocab.Commitment, "own-future"},
		{"Kenya warned it would quit the talks.", "warned", vocab.Threat, "threat-verb"},
		{"Peru issued an ultimatum to Chile to halt the raids.", "issued", vocab.Threat, "threat-verb"},
		{"Kenya said it may quit the talks.", "said", vocab.Threat, "own-future-harm"},
		{"Kenya said it would leave the talks.", "said", vocab.Threat, "own-future-harm"},
		{"The union warned it would strike unless the company improved its offer.", "warned", vocab.Threat, "conditional-threat"},
		{"Peru said it would sign only if Chile lifted the tariffs first.", "said", vocab.Condition, "condition"},
		{"The union said it would call off the strike only if the company raised its offer.", "said", vocab.Condition, "condition"},
		{"Iran said it would not accept the offer.", "said", vocab.Rejection, "own-future-refusal"},
		{"Iran did not reject the offer.", "reject", vocab.Position, "negated-stance-verb"},
		{"Iran would not accept the offer.", "accept", vocab.Rejection, "negated-acceptance"},
		{"The two sides agreed that the meeting was useful.", "agreed", vocab.Assessment, "agree-that"},
		{"The two sides agreed to meet again in March.", "agreed", vocab.Commitment, "agree-to-act"},
		{"The ministry said no second summit was planned.", "said", vocab.Denial, "existence-denied"},
		{"Chile accused Peru of stalling the talks.", "accused", vocab.Accusation, "stance-verb"},
		{"Chile demanded that Peru withdraw its troops.", "demanded", vocab.Demand, "stance-verb"},
		{"The union rejected the offer.", "rejected", vocab.Rejection, "stance-verb"},
		{"Egypt proposed a three-stage truce.", "proposed", vocab.Proposed, "stance-verb"},
		{"Norway pledged to fund the monitors.", "pledged", vocab.Commitment, "commitment-verb"},
		// "insist" with a claim in the indicative, and with a demand
		{"Peru insisted the violence reflected old feuds.", "insisted", vocab.Position, "statement"},
		{"Peru insists the offer is fair.", "insists", vocab.Assessment, "evaluation"},
		{"Peru insisted that Chile withdraw its troops.", "insisted", vocab.Demand, "stance-verb"},
		// a negated judgement of the other side's offer turns it down
		{"The union said Metroline's offer was not fair.", "said", vocab.Rejection, "judged-unacceptable"},
		{"The union said Metroline's proposal was neither fair nor affordable.", "said", vocab.Rejection, "judged-unacceptable"},
		// a quoted judgement; "terms" is a noun of its own (its lemma "term" names nothing offered)
		{"The lenders said Quito's terms were \"neither fair nor workable.\"", "said", vocab.Rejection, "judged-unacceptable"},
		// rejecting a charge denies it
		{"The ministry rejected the charge, saying all data had been shared.", "rejected", vocab.Denial, "stance-verb"},
		{"The ministry rejected the offer.", "rejected", vocab.Rejection, "stance-verb"},
		// one's own stance denied
		{"Hamas said it had never asked for posts in the government.", "said", vocab.Denial, "own-stance-denied"},
		{"Peru said it did not offer a prisoner swap.", "said", vocab.Denial, "own-stance-denied"},
		// negotiating is the talks, not yielding
		{"The union said it had negotiated for weeks in good faith.", "said", "", "past-report"},
		// what would be said, and the talks themselves
		{"Chile would appoint a mediator if both sides asked for one.", "asked", "", "hypothetical"},
		{"Peru and Chile resumed the talks on Monday.", "resumed", "", "material-act"},
		// what a deal must hold
		{"Peru said any agreement must include a ceasefire.", "said", vocab.Condition, "deal-requirement"},
		{"Peru said Chile must withdraw its troops.", "said", vocab.Demand, "deontic-demand"},
		// a refusal to take a hostile act is a promise
		{"Hamas said it would not take legal action.", "said", vocab.Commitment, "own-restraint"},
		// a warning of what was done threatens nothing
		{"Officials cautioned that no date had been fixed for the pullout.", "cautioned", vocab.Position, "warning-statement"},
		{"Peru warned that it would close the border.", "warned", vocab.Threat, "threat-verb"},
		// readying a fight is the act under way
		{"The army prepared to renew its shelling of the valley.", "prepared", "", "material-act"},
		{"The rebels are preparing an attack on the capital.", "preparing", "", "material-act"},
		{"Peru is preparing to sign the accord.", "preparing", vocab.Commitment, "commitment-verb"},
		// what a protest is for
		{"Hundreds of nurses marched through the city demanding a pay rise.", "demanding", vocab.Position, "protest-aim"},
		{"The farmers staged a sit-in at the ministry to demand higher prices.", "demand", vocab.Position, "protest-aim"},
		{"The union met the minister demanding a pay rise.", "demanding", vocab.Demand, "stance-verb"},
		// an order of an act done by command, and an order to a side
		{"The junta ordered the newspaper to suspend publication.", "ordered", "", "material-act"},
		// a measure announced is the measure; with its condition, a threat
		{"Peru announced it would cut off all aid to the rebels.", "announced", "", "material-act"},
		{"Peru announced it would cut off all aid to the rebels unless they disarmed.", "announced", vocab.Threat, "conditional-threat"},
		{"Chile said Peru must withdraw its troops.", "said", vocab.Demand, "deontic-demand"},
		{"The envoy said the draft was a good starting point.", "said", vocab.Assessment, "evaluation"},
		{"The president expressed hope that the talks would succeed.", "expressed", vocab.Hope, "hope"},
		{"Washington wants to see the army extend its authority.", "wants", vocab.Position, "demand-own-wish"},
		{"The minister said the economy was growing.", "said", vocab.Position, "statement"},
		// minimal pairs: blame by an evaluation and by a verb of obstruction
		{"The envoy said Chile was a spoiler in the talks.", "said", vocab.Accusation, "other-party-judged"},
		{"The envoy said Chile was blocking the talks.", "said", vocab.Accusation, "other-party-blamed"},
		{"The envoy said Chile was ignoring the progress made so far.", "said", vocab.Accusation, "other-party-blamed"},
		{"The minister said Peru was dragging its feet.", "said", vocab.Accusation, "other-party-blamed"},
		// minimal pair: a past block of the talks, and of a road (what happened)
		{"The envoy said Chile had blocked the talks.", "said", vocab.Accusation, "other-party-blamed"},
		{"The envoy said Chile had blocked the main road for three hours.", "said", "", "past-report"},
		// minimal pair: displeasure with what is on the table, and at how
		// the talks went
		{"The union said it was unhappy with the offer.", "said", vocab.Rejection, "unhappy-with-proposal"},
		{"The union said it was disappointed that the company walked away from the deal.", "said", vocab.Assessment, "evaluation"},
		{"Chile asked Peru to return to the table.", "asked", vocab.Demand, "stance-verb"},
		{"Chile urged Peru to return to the table.", "urged", vocab.Demand, "stance-verb"},
		{"Ghana plans to impose tariffs on steel.", "plans", vocab.Threat, "intent-to-harm"},
		{"The mediator said the Community may halt its mediation if the fighting goes on.", "said", vocab.Threat, "reported-conditional-threat"},
		{"The envoy said Kenya remains committed to a settlement.", "said", vocab.Commitment, "reported-readiness"},
		{"The company said its offer was fair.", "said", vocab.Position, "own-proposal-defended"},
		{"The union called the offer an insult.", "called", vocab.Rejection, "judged-unacceptable"},
		{"The nurses called the offer \"an insult\" to their members.", "called", vocab.Rejection, "judged-unacceptable"},
		// a label in quotation marks for what is on the table, with no word of praise, dismisses it
		{"The miners called the plan \"a licence to pay nothing\".", "called", vocab.Rejection, "judged-unacceptable"},
		{"Quito rejected the condition, calling it \"an attack on our rights\".", "calling", vocab.Rejection, "judged-unacceptable"},
		// "only after" sets a condition on what the speaker's side will do, not on what was done
		{"India said it would discuss the dispute only after the maps were signed.", "said", vocab.Condition, "condition"},
		{"India said the talks began only after the maps were signed.", "said", vocab.Assessment, "talks-assessed"},
		// an act of another party expected or wanted of it is asked of it; "even if" concedes
		{"Egypt expects Ethiopia to release more water before the summer.", "expects", vocab.Demand, "stance-verb"},
		{"Egypt said it wants Ethiopia to release more water.", "said", vocab.Demand, "asked-of-other"},
		{"Egypt said it wants a fair deal.", "said", vocab.Position, "statement"},
		{"Bolivia said the treaty still held, even if the river had moved.", "said", vocab.Assessment, "talks-assessed"},
		// a phrasal verb of refusing the dictionary lacks (fallback.tsv)
		{"Zambia turned down the offer.", "turned", vocab.Rejection, "stance-verb"},
		// a rejected claim is denied: a noun of saying with its that-clause
		{"Chile dismissed reports that its navy had crossed the line.", "dismissed", vocab.Denial, "stance-verb"},
		{"Chile dismissed the offer that Peru had made.", "dismissed", vocab.Rejection, "stance-verb"},
		// an offer to act on a hostile measure is an offer
		{"Chile said Peru had offered to cut the levy to 4 percent.", "said", vocab.Proposed, "reported-stance"},
		// a refusal before an infinitive is what is reported, whatever the act refused
		{"Chile said Peru had refused to sign the accord.", "said", vocab.Rejection, "reported-stance"},
		// a meeting held "for talks" is the talks, not an offer to meet (PETRARCH's 036); one promised is
		{"Japan and China met for a fourth round of talks in Osaka.", "met", "", "material-act"},
		{"Japan said it would meet China for talks in May.", "said", vocab.Proposed, "own-future-offer"},
		// a thing that cannot be done, in the passive, is refused; "met" in the passive is no talking
		{"Chile's minister said the quota could not be met.", "said", vocab.Rejection, "will-not-be-given"},
		{"Chile said the union's demand could not be met.", "said", vocab.Rejection, "will-not-be-given"},
		// a hostile act of the speaker's own side, denied
		{"\"We have never shelled a clinic,\" the army said.", "said", vocab.Denial, "own-stance-denied"},
		{"\"We did not fire on the convoy,\" the rebels said.", "said", vocab.Denial, "own-stance-denied"},
		// a proposal named by a participle of putting forward, in the speaker's words, is the speaker's
		{"\"The plan presented to the rebels includes an amnesty for fighters,\" the minister said.", "said", vocab.Proposed, "own-tabled-thing"},
		{"\"The plan made by the rebels includes an amnesty for fighters,\" the minister said.", "said", vocab.Assessment, "talks-assessed"},
		// another party's offer after a verb of saying is what is spoken of, not the act
		{"Chile said Peru's new offer on Friday ending the dispute over fishing removed an obstacle to a deal.", "said", vocab.Assessment, "talks-assessed"},
		{"Chile reiterated its demand for a vote.", "reiterated", vocab.Demand, "stance-verb"},
		{"The envoy mentioned the agreements of last year.", "mentioned", "", "topic-only"},
		{"The ministry declined to comment.", "declined", "", "material-act"},
		{"The police prevented the demonstration.", "prevented", "", "material-act"},
		{"Chile sent a stern reminder that Peru must withdraw its troops.", "sent", vocab.Demand, "deontic-demand"},
		{"The union called for a pay rise.", "called", vocab.Demand, "stance-verb"},
		{"The envoy said Seoul had offered to share data.", "said", vocab.Proposed, "reported-stance"},
		{"Chile said it would put forward a draft accord.", "said", vocab.Proposed, "own-future-offer"},
		{"The envoy said Washington had offered to delay the tariffs.", "said", vocab.Proposed, "reported-stance"},
		{"Peru insisted it would never yield to the pressure.", "insisted", vocab.Rejection, "insisted-refusal"},
		{"Peru insisted that Chile withdraw its troops.", "insisted", vocab.Demand, "stance-verb"},
		// minimal pair: a plain "if" on what is to be done, and on a judgement
		{"The envoy said talks would resume if the shelling stopped.", "said", vocab.Condition, "condition"},
		{"The envoy said the militia were wrong if they believed the navy was weak.", "said", vocab.Position, "statement"},
		// an adverb between the copula and the adjective of readiness
		{"Oslo said it remained firmly committed to the talks.", "said", vocab.Commitment, "own-future"},
		// a fronted phrase that the comma closing the quotation ends
		{"“For now the two sides are still meeting,” the mediator said.", "said", vocab.Assessment, "talks-ongoing"},
		// the speaker's belief inside what it says (an example of the issue)
		{"“I suspect we will need another round,” the union said.", "said", vocab.Assessment, "belief"},
		// a gerund clause as the subject of a judgement
		{"The ministry said lifting the sanctions was out of the question.", "said", vocab.Rejection, "judged-unacceptable"},
		// minimal pair with "the economy was growing" above: an act done,
		// reported, is no stance
		{"The envoy said Chile had freed ten prisoners.", "said", "", "past-report"},
		// refusals without a verb of refusing, and a silence that is none
		{"The union said it cannot accept the offer.", "said", vocab.Rejection, "cannot-accept"},
		{"“The port will not be surrendered,” the union said.", "said", vocab.Rejection, "will-not-be-given"},
		{"The ministry said it would not comment on the talks.", "said", "", "no-comment"},
		// minimal pair: an act the speaker reports of itself, and a duty
		{"The union said it had rejected the offer.", "said", vocab.Rejection, "own-act"},
		{"The union said it must reject the offer.", "said", vocab.Position, "statement"},
		// minimal pair: a duty before the talks (what must come first), and a duty
		{"The envoy said the rebels must disarm before any talks could start.", "said", vocab.Condition, "condition"},
		{"The envoy said the rebels must disarm.", "said", vocab.Demand, "deontic-demand"},
		// minimal pair: an offer on a plain "if" (its terms), and a refusal to act unless
		{"The EU offered to cut tariffs if Washington dropped its duties.", "offered", vocab.Proposed, "stance-verb"},
		{"The EU said it would cut tariffs only if Washington dropped its duties.", "said", vocab.Condition, "condition"},
		// a source keeping its name back refuses nothing; approving a deal accepts it
		{"A Hamas official, who declined to be named, said the talks were over.", "declined", "", "material-act"},
		{"Peru said it had approved the deal.", "said", vocab.Acceptance, "own-act"},
		// going on with a hostile act; a negated intent
		{"The rebels vowed to keep fighting until the army withdrew.", "vowed", vocab.Threat, "intent-to-harm"},
		{"Chile said it had no plans to raise its offer.", "said", vocab.Rejection, "own-future-refusal"},
		// minimal pair: praise of an offer accepts it; of a concluded deal, it does not
		{"Unite welcomed the new offer.", "welcomed", vocab.Acceptance, "stance-verb"},
		// minimal pair: a refusal until something is done (a condition), and a plain refusal
		{"Turkey said it would not ratify the deal until Sweden changed its laws.", "said", vocab.Condition, "condition"},
		{"Turkey said it would not ratify the deal.", "said", vocab.Rejection, "own-future-refusal"},
		// a refusal while something lasts is a condition too
		{"The union said it would not negotiate while its members were detained.", "said", vocab.Condition, "condition"},
		// readiness for a thing (the talks, an exchange) states where the
		// party stands; readiness to act, or a participle of intent, commits it
		{"The union said the door remained open to further talks.", "said", vocab.Position, "open-to"},
		{"Boeing said it remained open to talks.", "said", vocab.Position, "open-to"},
		{"Chile said it was ready for a prisoner exchange.", "said", vocab.Position, "open-to"},
		{"Chile said it was ready to resume talks with Peru.", "said", vocab.Commitment, "own-future"},
		{"Chile said it remained committed to a settlement.", "said", vocab.Commitment, "own-future"},
		// a particle verb of refusing whose first word alone is material
		{"Kenya ruled out any territorial concessions.", "ruled", vocab.Rejection, "stance-verb"},
		// a plan put forward is proposed, not an intent
		{"Egypt's plan calls for a six-week truce.", "plan", vocab.Proposed, "stance-verb"},
		// a light verb with something put on the table, and with a statement
		{"Oslo unveiled a peace plan on Monday.", "unveiled", vocab.Proposed, "stance-verb"},
		{"Chile tabled a draft resolution.", "tabled", vocab.Proposed, "stance-verb"},
		// minimal pair: the speaker's own past yielding act (what was done),
		// and its own rejection reported
		{"Chile said it had lifted the blockade.", "said", "", "past-report"},
		// minimal pair: another party agreed to act, and agreed to a thing
		{"The envoy said Chile had agreed to allow aid convoys.", "said", vocab.Commitment, "agreed-act"},
		{"The envoy said Chile had agreed to the truce.", "said", vocab.Acceptance, "reported-stance"},
		// minimal pair: leaving the talks, and going to them (one CAMEO block)
		{"Oslo said it would pull out of the deal.", "said", vocab.Threat, "own-future-harm"},
		{"Oslo said it would go to the talks.", "said", vocab.Commitment, "own-future"},
		// an intent (CAMEO's INTEND block) before an infinitive is a future act
		{"Quito said it planned to resume the talks in June.", "said", vocab.Commitment, "own-future"},
		{"The union said it intends to sign the deal next week.", "said", vocab.Commitment, "own-future"},
		// minimal pair: the speaker's side offers, and is offered
		{"The union said it had offered a small rise.", "said", vocab.Proposed, "own-act"},
		{"The union said it had been offered a small rise.", "said", vocab.Position, "statement"},
	} {
		t.Run(c.text, func(t *testing.T) {
			r := classify(t, c.text, c.cue)
			assert.Equal(t, c.want, r.Type, "rule %s", r.Rule)
			assert.Equal(t, c.rule, r.Rule)
			if typ, ok := (map[vocab.StanceType]bool{vocab.Condition: true, vocab.Hope: true, "": true})[r.Type]; !ok || !typ {
				assert.NotEmpty(t, r.Code)
			}
		})
	}
}

func TestAccusationTarget(t *testing.T) {
	r := classify(t, "Chile accused Peru of stalling the talks.", "accused")
	assert.GreaterOrEqual(t, r.Target, 0, "Peru is the target")
}

// gatherFor returns the facts of the attribution of text whose cue head
// is the first token that is word.
func gatherFor(t *testing.T, text, word string) Facts {
	d := &nlp.Doc{}
	d.Prepare(text, pos.Default())
	p := &syntax.Parse{}
	p.Build(d)
	for i := range d.Toks {
		if d.Low(i) != word {
			continue
		}
		a := attrib.At(d, p, i)
		n := &names{d: d, p: p, ids: map[string]int{}, self: -1}
		if a.SourceNP >= 0 {
			n.self = n.Of(a.SourceNP)
		}
		kind := vocab.Speech
		if word == "wants" || word == "hope" {
			kind = vocab.Thought
		}
		return Gather(Input{D: d, P: p, Cue: a.Cue, Head: a.Head, Content: a.Content, Self: n.self, Parties: n}, kind)
	}
	t.Fatalf("%q: no token %q", text, word)
	return Facts{}
}
