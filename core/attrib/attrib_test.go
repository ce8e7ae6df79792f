package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/nlp"
	"parley/core/pos"
	"parley/core/syntax"
	"parley/core/vocab"
)

// find runs the attribution stage over text with the embedded cue model.
func find(t *testing.T, text string) (*nlp.Doc, []Attribution) {
	t.Helper()
	m, err := Default()
	require.NoError(t, err)
	d := &nlp.Doc{}
	d.Prepare(text, pos.Default())
	p := &syntax.Parse{}
	p.Build(d)
	fd := Finder{M: m}
	return d, append([]Attribution(nil), fd.Find(d, p)...)
}

// span is the text of tokens [s[0], s[1]), "" for none.
func span(d *nlp.Doc, s [2]int) string {
	if s[0] < 0 || s[1] <= s[0] {
		return ""
	}
	return d.Text[d.Toks[s[0]].Start:d.Toks[s[1]-1].End]
}

// Invented sentences, one or more per construction of the attribution
// stage: the cue, its source and its content.
func TestConstructions(t *testing.T) {
	for _, c := range []struct {
		name, text, cue, source, content string
		kind                             vocab.AttributionKind
	}{
		{"subject and that-clause", "The Chilean minister said that the talks had failed.",
			"said", "The Chilean minister", "that the talks had failed", vocab.Speech},
		{"source after the cue", "The talks will resume on Monday, said a spokesman for the union.",
			"said", "a spokesman for the union", "The talks will resume on Monday", vocab.Speech},
		{"quotation before its speaker", "“We will not sign this deal,” the Bolivian envoy told reporters.",
			"told", "the Bolivian envoy", "We will not sign this deal,", vocab.Speech},
		{"told journalists, as told reporters", "“We will not sign this deal,” the Bolivian envoy told journalists.",
			"told", "the Bolivian envoy", "We will not sign this deal,", vocab.Speech},
		{"speaker with an appositive after a quotation", "“The offer is final,” the airline's director, Ann Lee, told staff.",
			"told", "the airline's director", "The offer is final,", vocab.Speech},
		{"straight quotes over several sentences", "\"We want a deal. We are ready to sign. But not at any price,\" the envoy said.",
			"said", "the envoy", "We want a deal. We are ready to sign. But not at any price,", vocab.Speech},
		// a speaker after the clause, with a postmodifier, and a clause
		// opened by "as" (its subject is no preposition's object)
		// an adverb made of "at" and an adjective between the subject and its verb
		{"at first before the verb", "Lima at first said Quito would study the plan.",
			"said", "Lima", "Quito would study the plan", vocab.Speech},
		// a quotation that ends a clause of the speaker's: the clause is attributed
		{"partial quotation", "Unite would end the stoppage only if Aerolux offered \"something real\", its leader said.",
			"said", "its leader", "Unite would end the stoppage only if Aerolux offered \"something real\"", vocab.Speech},
		// the content goes on past the speaker after a comma and a conjunction
		{"speaker in the middle, the clause goes on", "Peru is ready to sign the plan, its deputy minister told a Lima daily, but only on one condition.",
			"told", "its deputy minister", "Peru is ready to sign the plan", vocab.Speech},
		// an object ends where a second verb of the subject's begins
		{"second verb phrase after the object", "Unison rejected the ministry's offer and balloted its members for a strike.",
			"rejected", "Unison", "the ministry's offer", vocab.Speech},
		{"a clause of the object's own goes on", "Chile said the offer was fair and would be signed.",
			"said", "Chile", "the offer was fair and would be signed", vocab.Speech},
		// a speaker set off by commas inside the clause: the clause from its subject
		{"speaker inside the clause", "Quito, he added, would not accept the scheme.",
			"added", "he", "Quito, he added, would not accept the scheme", vocab.Speech},
		// a dateline is no part of what is attributed
		{"dateline before the content", "QUITO, March 3 (Reuters) - The talks have failed, officials from both sides said.",
			"said", "officials from both sides", "The talks have failed", vocab.Speech},
		// quoted as saying: the subject speaks
		{"quoted as saying", "The port authority's chief, Ana Ruiz, was quoted on Monday as saying that the strike was illegal.",
			"was quoted on Monday as saying", "The port authority's chief", "that the strike was illegal", vocab.Speech},
		{"speaker with an adjective phrase", "Oslo will send two envoys next week, a source familiar with the talks said.",
			"said", "a source", "Oslo will send two envoys next week", vocab.Speech},
		{"speaker with a participle phrase", "Oslo will send two envoys next week, three officials briefed on the plan said.",
			"said", "three officials", "Oslo will send two envoys next week", vocab.Speech},
		{"subject of a clause opened by as", "The vote came after the envoys said the text was fair.",
			"said", "the envoys", "the text was fair", vocab.Speech},
		// a subject with a participle phrase ending in a list of names,
		// and a fronted phrase ending in a name (no list)
		{"subject with a participle and a list", "The union representing 9,000 dockers at the ports of Tema, Lome and Cotonou said on Sunday that the strike would go ahead.",
			"said", "The union", "that the strike would go ahead", vocab.Speech},
		{"fronted phrase ending in a name", "At a rally in Lima, Garcia said the talks were over.",
			"said", "Garcia", "the talks were over", vocab.Speech},
		// a time between the person told and the clause; a noun that
		// takes the clause itself
		{"told someone on a day that", "The minister told parliament on Tuesday that the debt would be paid.",
			"told", "The minister", "that the debt would be paid", vocab.Speech},
		// a gerund after a subordinator: the main clause's subject acts
		{"gerund adjunct", "The union voted to strike after rejecting the company's offer.",
			"rejecting", "The union", "the company's offer", vocab.Other},
		// a time clause set off by a comma belongs to the saying
		{"time clause after the content", "Lima proposed that the ships be inspected jointly, a day after Chile said it would leave the talks.",
			"proposed", "Lima", "that the ships be inspected jointly", vocab.Speech},
		{"according to", "According to the ministry, no meeting has been planned.",
			"According to", "the ministry", "no meeting has been planned", vocab.Speech},
		{"passive with a by-agent", "The plan was rejected by the rebels on Tuesday.",
			"was rejected", "the rebels", "", vocab.Speech},
		{"a verb of thinking", "The mediators believe the truce will hold.",
			"believe", "The mediators", "the truce will hold", vocab.Thought},
		{"participle after the main clause", "The union rejected the offer on Monday, saying it was too low.",
			"saying", "The union", "it was too low", vocab.Speech},
		{"relative clause inside the subject", "Banks that lend to the airline have urged both sides to settle.",
			"have urged", "Banks", "both sides to settle", vocab.Speech},
		{"adding after a speaker", "Talks will go on, the Belgian minister said, adding that Brussels would not accept any delay.",
			"adding", "the Belgian minister", "that Brussels would not accept any delay", vocab.Speech},
		{"second verb of a subject with an appositive", "Ann Lee, the former trade minister, praised the mediators at a long forum in the capital and said the deal would hold.",
			"said", "Ann Lee", "the deal would hold", vocab.Speech},
		{"subject before a long relative clause", "Tom Hale, who as a young officer served as chief negotiator for a former government and later retired from the army as a general, said that the truce was fragile.",
			"said", "Tom Hale", "that the truce was fragile", vocab.Speech},
		{"an active verb of a learned no-source lemma with an object", "Analysts in the capital expect the truce to hold.",
			"expect", "Analysts in the capital", "the truce to hold", vocab.Thought},
		{"a relative clause with no 'that': the noun is what is rejected", "Peru accepted the terms the union rejected on Monday.",
			"rejected", "the union", "the terms", vocab.Speech},
		{"a proposing verb in a relative clause with no 'that'", "The union rejected the 3 percent rise the company proposed last week.",
			"proposed", "the company", "the 3 percent rise", vocab.Other},
		{"a subject with a name in apposition is no clause before the cue", "A spokeswoman for the ministry, Ann Lee, rejected that charge on Monday.",
			"rejected", "A spokeswoman for the ministry", "that charge on Monday", vocab.Speech},
		{"object control", "The envoy urged the rebel commander to explain why the convoy was stopped.",
			"explain", "the rebel commander", "why the convoy was stopped", vocab.Speech},
		{"an adjective's copula", "The union leader was quick to remind members that the strike was legal.",
			"remind", "The union leader", "", vocab.Speech},
		{"a participle opening the sentence", "Citing security concerns, the rebel delegation left the talks.",
			"Citing", "the rebel delegation", "security concerns", vocab.Speech},
		{"a participle inside commas", "The rebel delegation, citing the shelling, left the talks.",
			"citing", "The rebel delegation", "the shelling", vocab.Speech},
		{"a subject with a reduced relative and a time phrase", "A study published last spring found that the quotas were too high.",
			"found", "A study", "that the quotas were too high", vocab.Speech},
		{"a pull quote signed after a dash", "Readers wrote in.\n\n“Nobody asked us.” ― Tom Berg\n“The talks must go on. Both sides owe us that.” ― Ana Ruiz",
			"―", "Ana Ruiz", "The talks must go on. Both sides owe us that.", vocab.Speech},
		// a speaker's label before a colon: a name before a quotation
		// that opens after the colon, and a name opening a quoted
		// paragraph of a transcript
		{"a speaker's label before a quotation", "The talks stalled again.\n\nMinister Ruiz: “We will not give up the quota.”",
			":", "Minister Ruiz", "We will not give up the quota.", vocab.Speech},
		{"a transcript's speaker label", "The interview went on.\n\n\"OKAFOR: Let us turn to the fishing quotas now.\"",
			":", "OKAFOR", "", vocab.Speech},
		{"a sentence-final speaker with a prepositional phrase", "The talks will fail, an economist at a Lima bank said.",
			"said", "an economist at a Lima bank", "The talks will fail", vocab.Speech},
		{"quoted as saying, with a time phrase", "The Peruvian envoy was quoted on Monday as saying she would join the meeting.",
			"saying", "The Peruvian envoy", "she would join the meeting", vocab.Speech},
		{"a statement and a time before that-clause", "The committee said in a statement on Friday that it had proposed a smaller cut.",
			"said", "The committee", "that it had proposed a smaller cut", vocab.Speech},
		{"adverbials before a that-clause", "The two mediators announced late on Saturday, after two weeks of talks in Jeddah, that a truce had been agreed.",
			"announced", "The two mediators", "that a truce had been agreed", vocab.Speech},
		// a stance named by a noun the cue model does not know as a cue:
		// kind other, with its possessor as source
		{"a noun of stance as a light verb's object", "Norway has tabled a demand for larger quotas in return.",
			"demand", "Norway", "", vocab.Other},
		{"nominal stance with a possessor", "The union's demand that the company pay more was turned down.",
			"demand", "The union", "", vocab.Other},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, found := find(t, c.text)
			var got *Attribution
			for i := range found {
				if span(d, found[i].Cue) == c.cue {
					got = &found[i]
				}
			}
			if !assert.NotNil(t, got, "cue %q among %d attributions", c.cue, len(found)) {
				return
			}
			assert.Equal(t, c.source, span(d, got.Source), "source")
			if c.content != "" {
				assert.Equal(t, c.content, span(d, got.Content), "content")
			}
			assert.Equal(t, c.kind, got.Kind, "kind")
		})
	}
}

// Minimal pairs: a word that is no cue is not made one.
func TestNotCues(t *testing.T) {
	for _, text := range []string{
		"The talks resumed in Geneva on Monday.",
		"The delegations met in Oslo for three hours.",
	} {
		d, found := find(t, text)
		for _, a := range found {
			assert.NotEqual(t, vocab.Speech, a.Kind, "%q: %q is no verb of saying", text, span(d, a.Cue))
		}
	}
}

// Minimal pair: "by" + a party after a noun of stance names its agent;
// "by" + a time does not.
func TestNominalAgent(t *testing.T) {
	for _, c := range []struct{ text, source string }{
		{"The union rejected the proposal by Metroline.", "Metroline"},
		{"The company must improve its proposal by Friday.", ""},
	} {
		d, found := find(t, c.text)
		got := ""
		for _, a := range found {
			if span(d, a.Cue) == "proposal" {
				got = span(d, a.Source)
			}
		}
		assert.Equal(t, c.source, got, c.text)
	}
}

// Stance verbs without a verb of saying (kind other), and their minimal
// pairs (invented sentences):
//   - after a preposition, a stance verb with no object is a reduced
//     passive relative (no one there orders anything); with an object it
//     is a clause of its own;
//   - a party's act of yielding is a stance when it is announced to come,
//     with what it yields; done, or with nothing yielded, it is an act.
func TestStanceActs(t *testing.T) {
	for _, c := range []struct {
		text, cue string
		found     bool
	}{
		{"The ministry sent aid to families ordered out of the border town.", "ordered", false},
		{"The talks broke down after Portugal demanded larger quotas.", "demanded", true},
		{"Ghana will allow the refugees to return home.", "will allow", true},
		{"Ghana allowed the refugees to return home.", "allowed", false},
		{"The minister will resign.", "will resign", false},
	} {
		d, found := find(t, c.text)
		got := false
		for _, a := range found {
			got = got || span(d, a.Cue) == c.cue && a.Kind == vocab.Other
		}
		assert.Equal(t, c.found, got, c.text)
	}
}

// The verb of the clause a cue takes is part of what that cue attributes,
// not a second cue (invented sentences); a verb after the clause, with a
// subject of its own after a comma, is one.
func TestComplementHead(t *testing.T) {
	for _, c := range []struct {
		text, cue string
		found     bool
	}{
		{"The mayor said she thinks the bridge will reopen in May.", "thinks", false},
		{"The envoy told reporters that the rebels had warned of new attacks.", "had warned", false},
		{"The mayor said the bridge will reopen, and the governor believes it too.", "believes", true},
		{"The minister called the court's ruling a victory for farmers.", "ruling", false},
		{"The union pointed to the board's refusal to negotiate.", "refusal", false},
	} {
		d, found := find(t, c.text)
		got := false
		for _, a := range found {
			got = got || span(d, a.Cue) == c.cue
		}
		assert.Equal(t, c.found, got, c.text)
	}
}

// A noun that is the subject of the verb right after it names who acts,
// not what is said (invented sentences); with its complement it is a cue.
func TestSubjectNoun(t *testing.T) {
	for _, c := range []struct {
		text, cue string
		found     bool
	}{
		{"The senator's campaign has asked the network to drop the advert.", "campaign", false},
		{"The union's demand has angered the board.", "demand", false},
		{"The union's demand that the company pay more was turned down.", "demand", true},
	} {
		d, found := find(t, c.text)
		got := false
		for _, a := range found {
			got = got || span(d, a.Cue) == c.cue
		}
		assert.Equal(t, c.found, got, c.text)
	}
}
