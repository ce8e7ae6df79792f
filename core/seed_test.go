package core

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readSeed(t testing.TB) string {
	b, err := os.ReadFile("testdata/seed-report.txt")
	require.NoError(t, err)
	return string(b)
}

// findStance returns the first stance of actor name and type whose
// evidence contains want, or nil.
func findStance(a *Analysis, name string, typ StanceType, want string) *Stance {
	for i := range a.Stances {
		s := &a.Stances[i]
		if actorName(a, s.Actor) == name && s.Type == typ && strings.Contains(s.Evidence.Text, want) {
			return s
		}
	}
	return nil
}

// TestSeedAcceptance checks every acceptance item of the seed report.
func TestSeedAcceptance(t *testing.T) {
	text := readSeed(t)
	res, err := Analyze(text)
	require.NoError(t, err)

	var names []string
	for _, a := range res.Actors {
		names = append(names, a.Name)
		for _, al := range a.Aliases {
			assert.NotContains(t, al, "RED TV", "RED TV is a news outlet, not a party")
			assert.NotContains(t, al, "Kiryat Shmona", "Kiryat Shmona is a place, not a party")
		}
		for _, m := range a.Mentions {
			require.Equal(t, text[m.Start:m.End], m.Text)
		}
	}
	assert.ElementsMatch(t, []string{"Lebanon", "Israel", "United States", "Hezbollah"}, names)

	aliases := map[string][]string{}
	for _, a := range res.Actors {
		aliases[a.Name] = a.Aliases
	}
	assert.Contains(t, aliases["Lebanon"], "Lebanese delegation")
	assert.Contains(t, aliases["Lebanon"], "Informed sources in Baabda")
	assert.Contains(t, aliases["United States"], "American side")
	assert.Contains(t, aliases["United States"], "Washington")
	assert.Contains(t, aliases["United States"], "US Secretary of State Marco Rubio")
	assert.Contains(t, aliases["Israel"], "Israeli ambassador in Washington")
	assert.Contains(t, aliases["Hezbollah"], "Hezbollah")

	cond := findStance(res, "Lebanon", Condition, "first reaching a clear and sustainable ceasefire before")
	if assert.NotNil(t, cond, "Lebanon's condition: ceasefire first") {
		assert.Contains(t, cond.Issues, "ceasefire")
		assert.Equal(t, "0871", cond.Cameo)
	}
	assert.NotNil(t, findStance(res, "Lebanon", Assessment, "no significant progress"), "Lebanon's assessment")
	assert.NotNil(t, findStance(res, "United States", Proposed, "gradual implementation of Israeli withdrawal"), "US proposal: gradual withdrawal")
	assert.NotNil(t, findStance(res, "United States", Proposed, "pilot model"), "US proposal: pilot area")
	assert.NotNil(t, findStance(res, "Lebanon", Denial, "declaration of intent"), "denied declaration of intent")
	hedged := findStance(res, "Lebanon", Assessment, "road map")
	if assert.NotNil(t, hedged, "hedged assessment of a later joint statement") {
		assert.Less(t, hedged.Confidence, 0.8)
	}
	hope := findStance(res, "United States", Hope, "joint statement and an action plan")
	if assert.NotNil(t, hope, "Rubio's hope") {
		assert.Equal(t, "013", hope.Cameo)
	}
	assert.NotNil(t, findStance(res, "United States", Position, "extend its authority over all Lebanese territory"), "US position on the army")
	acc := findStance(res, "Israel", Accusation, "Kiryat Shmona")
	if assert.NotNil(t, acc, "Israel accuses Hezbollah") {
		assert.Equal(t, "hezbollah", acc.Target)
		assert.Equal(t, "112", acc.Cameo)
	}

	require.Len(t, res.Proposals, 2)
	contents := res.Proposals[0].Content + " | " + res.Proposals[1].Content
	assert.Contains(t, contents, "gradual implementation of Israeli withdrawal from specific areas")
	assert.Contains(t, contents, "ceasefire within a specific area")
	for _, p := range res.Proposals {
		assert.Equal(t, "united-states", p.Proposer)
		assert.Equal(t, StatusUnderDiscussion, p.Status)
		assert.NotContains(t, p.Evidence.Text, "declaration of intent")
	}
	for _, s := range res.Stances {
		assert.NotContains(t, strings.ToLower(s.Actor), "red", "nothing is attributed to RED TV")
		require.Equal(t, text[s.Evidence.Start:s.Evidence.End], s.Evidence.Text)
		if s.Type == Proposed {
			matched := false
			for _, p := range res.Proposals {
				if p.Proposer == s.Actor && p.Evidence.Start < s.Evidence.End && s.Evidence.Start < p.Evidence.End {
					matched = true
				}
			}
			assert.True(t, matched, "proposal stance %s has a proposal", s.ID)
		}
	}
}

func TestAnalyzerAliases(t *testing.T) {
	text := "Officials at Fort Glen said the offer was unacceptable."
	res, err := Analyze(text)
	require.NoError(t, err)
	assert.Empty(t, res.Actors)

	a := NewAnalyzer(Alias{Surface: "Fort Glen", Actor: "Ruritania", Kind: KindState})
	res, err = a.Analyze(text)
	require.NoError(t, err)
	require.Len(t, res.Actors, 1)
	assert.Equal(t, "Ruritania", res.Actors[0].Name)
	require.NotEmpty(t, res.Stances)
	assert.Equal(t, Rejection, res.Stances[0].Type)

	// the default analyzer is untouched
	res, err = Analyze(text)
	require.NoError(t, err)
	assert.Empty(t, res.Actors)
}

func TestInputErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		kind InputErrorKind
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t ", ErrEmpty},
		{"too long", strings.Repeat("a", MaxInputBytes+1), ErrTooLong},
		{"binary", string([]byte{0, 1, 2, 3, 0xff, 0xfe, 5, 6}), ErrNotText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Analyze(tc.text)
			assert.Nil(t, res)
			var ie *InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tc.kind, ie.Kind)
		})
	}
	res, err := Analyze("1, 2, 3, 4")
	require.NoError(t, err)
	assert.NotNil(t, res.Actors)
	assert.NotNil(t, res.Stances)
	assert.NotNil(t, res.Proposals)
	assert.NotNil(t, res.Issues)
}

// TestProposalStatus checks each proposal status on invented sentences.
func TestProposalStatus(t *testing.T) {
	for _, tc := range []struct {
		text     string
		proposer string
		status   ProposalStatus
	}{
		{"Egypt proposed a three-stage truce in the north.", "Egypt", StatusProposed},
		{"Sudan's counter-offer of a joint monitoring committee is still being studied, a Sudanese diplomat said.", "Sudan", StatusUnderDiscussion},
		{"Hamas said it had accepted a ceasefire proposal from Qatari mediators.", "Qatar", StatusAccepted},
		{"The strikers rejected offers of a 10 pct raise from the state airline Aerolux.", "Aerolux", StatusRejected},
		{"Egypt had earlier withdrawn its proposal for binding arbitration.", "Egypt", StatusWithdrawn},
		{"Moscow denied that it had offered a prisoner swap to Kyiv.", "Russia", StatusDenied},
		// accords, brokering, proposals inside a rejection, a verdict in a relative clause
		{"A US official said Washington had reached a deal with both sides under which patrols would resume.", "United States", StatusAccepted},
		{"Iran and the United States are discussing an exchange modelled on the swap deal Oman brokered in May.", "Oman", StatusAccepted},
		{"Management at Skylark Air rejected the pilots' proposal for a four-day week.", "pilots", StatusRejected},
		{"The union Unite said the transit firm Nordline had proposed a one-off payment of $500, which drivers rejected in a ballot.", "Nordline", StatusRejected},
		{"Fishing talks resumed in Brussels. Oslo has tabled a demand for larger quotas in return.", "Norway", StatusProposed},
		{"Ghana, which is hosting the talks, published a draft agreement on Tuesday.", "Ghana", StatusProposed},
		{"The strikers rejected an 80 pct increase from the shipping companies.", "Shipping companies", StatusRejected},
		// a proposal named by the trade of its maker: a government's is the
		// state last called the government
		{"Mali's government said it would not negotiate. Talks were held in Algiers. The rebels rejected a government proposal for a 30-day truce.", "Mali", StatusRejected},
		// a light verb of putting forward: its subject proposes ("tabled" is
		// not the American shelving here), past a time phrase before the verb
		{"Sasol made an offer of a 4% raise.", "Sasol", StatusProposed},
		{"Sasol tabled an offer of a 4% raise.", "Sasol", StatusProposed},
		{"Qatari mediators on Tuesday presented a new proposal for the release of the hostages.", "Qatar", StatusProposed},
		// "Under the proposal, …, X would …": the clause it governs is what is proposed
		{"Kenya met its creditors. Under the proposal, which the National Treasury presented in May, Kenya would buy back its bonds at 82 cents.", "Kenya", StatusProposed},
		// what a relative clause says of the thing proposed, past a verb of saying
		{"Montevideo proposed a joint river commission, which Buenos Aires said it would study.", "Uruguay", StatusUnderDiscussion},
		// "our draft …" in a speaker's own words: the speaker's proposal
		{"Chile and Peru met in Lima. \"We will present our draft fisheries treaty text in Quito tomorrow,\" the Chilean president said.", "Chile", StatusProposed},
		// the object's possessive is the verb's subject: a raised offer is an offer
		{"Eurotunnel raised its offer to 5% on Friday.", "Eurotunnel", StatusProposed},
		{"The RMT rejected Eurotunnel's pay offer. Eurotunnel on Friday raised its offer to 5% over two years.", "Eurotunnel", StatusRejected},
		// a rejection that names the proposal by its noun later
		{"Kabul tabled a plan for a joint water commission. Tehran called the plan \"a licence to give nothing\".", "Afghanistan", StatusRejected},
		// a verdict on "it": the last offer of another party, just before
		{"\"The package presented to the pilots includes a pension guarantee,\" said Anna Berg, a spokeswoman for Lufthansa. The pilots union Vereinigung Cockpit rejected it on Monday.", "Lufthansa", StatusRejected},
		// the second of two offers judged by one verb, each with its maker
		{"Dockers have refused offers of a 5 pct raise from the port authority and a 7 pct increase from the National Association of Harbour Operators.", "National Association of Harbour Operators", StatusRejected},
		// a proposal put on the table by a light verb; a verdict past an
		// appositive; a "by" of a participle inside the proposal
		{"Oslo unveiled a peace plan on Monday.", "Norway", StatusProposed},
		{"Chile tabled a draft resolution calling for a ceasefire.", "Chile", StatusProposed},
		{"Metroline's latest offer, a 4% rise over two years, was rejected by the union.", "Metroline", StatusRejected},
		{"Qatar presented a plan for the release of hostages held by the Andean Front.", "Qatar", StatusProposed},
		// the proposer in a participle or a relative clause set off by commas
		{"Under the proposal, put forward by Egypt, Hamas would free 20 hostages.", "Egypt", StatusProposed},
		{"Chile and Peru met in Lima. The proposal, which Norway drafted, was accepted by both Chile and Peru.", "Norway", StatusAccepted},
		// minimal pair: an accord reached, and a draft of one offered
		{"Chile said it had signed a treaty with Peru on fishing rights.", "Chile", StatusAccepted},
		{"Chile said it would offer Peru a draft treaty on fishing rights.", "Chile", StatusProposed},
		// the speaker's own act of cooperation on terms, and readiness to
		// give something named: offers too
		{"Ottawa would lift its tariff only if Seoul agreed to cap its exports, the minister said.", "Canada", StatusProposed},
		{"Talks resumed in Bogota. The ELN said it would free the remaining hostages if the army halted its operations.", "ELN", StatusProposed},
		{"Lisbon was now ready to pay a levy of 12 percent, officials said.", "Portugal", StatusProposed},
		// an earlier offer the new one is measured against is withdrawn;
		// "it" in a relative clause is the reported clause's subject
		{"Officials said Lisbon was ready to pay a levy of 12 percent, up from the 8 percent it first offered.", "Portugal", StatusWithdrawn},
		// "its" continuing the phrase before a comma is that phrase's owner's
		{"Chile criticised the Peruvian ministry's draft law, notably its plan to cap imports.", "Peru", StatusProposed},
	} {
		t.Run(tc.text, func(t *testing.T) {
			res, err := Analyze(tc.text)
			require.NoError(t, err)
			var got []string
			found := false
			for _, p := range res.Proposals {
				name := actorName(res, p.Proposer)
				got = append(got, name+":"+string(p.Status))
				if name == tc.proposer && p.Status == tc.status {
					found = true
				}
			}
			assert.True(t, found, "want %s %s, got %v", tc.proposer, tc.status, got)
		})
	}
}

// TestProposalEndsAtSecondAct: what is proposed ends where a second verb
// phrase of the clause's subject begins.
func TestProposalEndsAtSecondAct(t *testing.T) {
	res, err := Analyze("Unison rejected the NHS offer of a 3% rise and balloted its members for a strike.")
	require.NoError(t, err)
	require.NotEmpty(t, res.Proposals)
	for _, p := range res.Proposals {
		assert.NotContains(t, p.Content, "balloted")
		assert.Equal(t, StatusRejected, p.Status)
	}
}
