package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What a source that is no party reports of a party's stance is that
// party's stance; a commentator's reading is not (invented sentences).
func TestReportedStances(t *testing.T) {
	for _, c := range []struct {
		text, actor string
		want        StanceType // "" for no stance of actor
	}{
		{"The Gambian president will visit Senegal next week to mediate in the border dispute, diplomatic sources said.", "Gambia", Commitment},
		{"Chile will quit the talks next week, officials said.", "Chile", Threat},
		// a reduced passive relative: the noun before it orders nothing
		{"Ghana sent aid on Monday to Togolese families ordered out of the border town.", "Togo", ""},
		// a pronoun after a speaker that is no party is that speaker
		{"Chile met Peru on Monday. The union said it rejected the offer.", "Chile", ""},
		// minimal pair: analysts read, they do not report
		{"Chile will quit the talks next week, analysts said.", "Chile", ""},
		{"Chile will quit the talks next week, an economist at a Lima bank said.", "Chile", ""},
		// a news agency reports; what it reports of a party is the party's
		{"Chile will quit the talks next week, the state news agency reported.", "Chile", Threat},
		// both delegations, spoken of by a third party, are the two sides
		{"Chile and Peru met in Quito. Ecuador's foreign minister told reporters that both delegations had accepted a plan.", "Peru", Acceptance},
		{"Chile and Peru met in Quito. Ecuador's foreign minister told reporters that both delegations had accepted a plan.", "Ecuador", ""},
		// a participle opening the sentence is the main subject's
		{"Peru and Chile met in Lima. Accusing Chile of breaking the truce, Peru walked out of the meeting.", "Peru", Accusation},
		// "it" after a plural speaker is not the speaker: no threat of theirs
		{"Chile and the Andean rebels met. The rebels rejected the truce, saying it would only help the army.", "Andean rebels", Rejection}, // (the grounds go with the rejection)
		// a short form of a name, and a family name written first, name the
		// party of the longer name before them
		{"Osprey Shipping offered a 3% raise on Monday. Osprey said it would not pay more.", "Osprey Shipping", Rejection},
		{"Vietnam's trade ministry spokesperson Le Thi Hoa said the tariffs were unfair. Le said Hanoi would respond.", "Vietnam", Commitment},
		// "she" after a role that names one person, past the quotation's own names
		{"Vietnam's trade minister was more cautious. \"We will cut tariffs only if Manila does the same,\" she told reporters.", "Vietnam", Condition},
		{"Vietnam's trade minister was more cautious. \"We will cut tariffs only if Manila does the same,\" she told reporters.", "Philippines", ""},
		// "the company" after the one body of no known trade named before;
		// "Company" capitalised to open a sentence is no name
		{"Sasol offered a 4% raise. The company said it could pay no more.", "Sasol", Position},
		{"Sasol offered a 4% raise. Company spokesperson Lerato Dube said the firm could pay no more.", "Company", ""},
		// a national body with no country is the one state named before
		{"Kenya met its creditors. The National Treasury said it would not pay more than 80 cents.", "Kenya", Rejection},
		// a body of a state named with the state's possessive is the state's
		{"Russia's Federal Security Service said the Japanese boat had entered its waters illegally.", "Russia", Position},
		// a titled minister with no country speaks for the state in view
		{"Foreign Minister Anna Berg said Oslo would not sign the deal.", "Norway", Rejection},
		{"Norway walked out on Monday. Foreign Minister Anna Berg said the talks had failed.", "Norway", Assessment},
		{"Norway walked out on Monday. Former Foreign Minister Anna Berg said the talks had failed.", "Norway", ""},
		// what a speaker's sentence goes on to say after a quotation is no part of it
		{"Chile met Peru. \"No deal has been reached,\" Peru's envoy said when asked about reports that Chile had offered a swap. \"We will sign only if Chile withdraws.\"", "Peru", Condition},
	} {
		t.Run(c.text, func(t *testing.T) {
			res, err := Analyze(c.text)
			require.NoError(t, err)
			var got StanceType
			for _, st := range res.Stances {
				if actorName(res, st.Actor) == c.actor {
					got = st.Type
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestQuotationGoesOn: the later sentences of one quotation are one
// stance with the first unless they state another kind of stance.
func TestQuotationGoesOn(t *testing.T) {
	for _, c := range []struct {
		text string
		want []StanceType // the types of the party's stances, in order
	}{
		{"The union Unite met the bus operator Metroline on Monday. \"We will not sign this deal. Our members deserve better,\" the union's leader said.", []StanceType{Rejection}},
		{"The union Unite met the bus operator Metroline on Monday. \"Our members deserve better. We will not sign this deal,\" the union's leader said.", []StanceType{Position, Rejection}},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, stanceTypes(t, c.text, "Unite"))
		})
	}
}

// TestSidesAndHosts: those who negotiate or host the talks are parties
// even when they state nothing; those named in a headline are not made
// so by it.
func TestSidesAndHosts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // actor names
	}{
		{"The talks were hosted by Norway, which confirmed only that the sides had met.", []string{"Norway"}},
		{"Egypt and Sudan held talks in Khartoum on Monday.", []string{"Egypt", "Sudan"}},
		{"Chile rejected the plan. The talks, hosted by Spain, will continue next month.", []string{"Chile", "Spain"}},
		{"Egypt and Sudan negotiated in Khartoum on Monday.", []string{"Egypt", "Sudan"}},
		{"Egypt and Sudan did not hold talks in Khartoum on Monday.", nil},
		// a short form first (a headline's), the full name later: one party
		{"AMWU REJECTS OSPREY PAY OFFER\nOsprey Mining offered a 4% raise on Monday. The Australian Mine Workers Union (AMWU) rejected the offer.",
			[]string{"Australian Mine Workers Union", "Osprey Mining"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			res, err := Analyze(c.text)
			require.NoError(t, err)
			var got []string
			for _, a := range res.Actors {
				got = append(got, a.Name)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestSecondVerbPhrase: a second verb phrase of the content's subject
// after "but", or after "and" when it is modal and the first is not, is
// a stance of its own type.
func TestSecondVerbPhrase(t *testing.T) {
	for _, c := range []struct {
		text string
		want []StanceType
	}{
		{"Japan said the ban had no scientific basis and should be lifted at once.", []StanceType{Position, Demand}},
		{"Japan said the ban had no basis and had hurt its fishermen.", []StanceType{Position}},
		// the grounds a participle of saying gives are no stance of their own
		{"Tanzania and Kenya met in Arusha. Tanzania denied the charge, saying officials had held 40 meetings with fishers since January.", []StanceType{Denial}},
		// a speaker set off by commas inside the clause: typing passes over it
		{"Japan met China on Monday. Japan, its envoy added, would not accept any scheme that singled out its fishermen.", []StanceType{Rejection}},
		// "the paramilitary group" is the group named before, not one named later with that head
		{"Sudan's army and the Rapid Support Forces agreed to a truce. An army spokesman said the paramilitary group had violated every ceasefire. \"It will not hold,\" said an analyst of the International Crisis Group.", []StanceType{Acceptance, Acceptance, Accusation}},
		// a clause with its own pronoun subject after ", and" in a quotation
		{"\"We are disappointed that Peru walked away, and we remain ready to resume talks,\" Chile's envoy said.", []StanceType{Assessment, Commitment}},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, stanceTypes(t, c.text, ""))
		})
	}
}

// stanceTypes analyses text and returns the types of its stances, of the
// actor named so ("" for every actor), in order.
func stanceTypes(t *testing.T, text, actor string) []StanceType {
	t.Helper()
	res, err := Analyze(text)
	require.NoError(t, err)
	var got []StanceType
	for _, s := range res.Stances {
		if actor == "" || actorName(res, s.Actor) == actor {
			got = append(got, s.Type)
		}
	}
	return got
}

// TestTargetNamedBefore: a description resolves to a party named before
// it, not to one named later with the same head noun.
func TestTargetNamedBefore(t *testing.T) {
	res, err := Analyze("Sudan's army and the Rapid Support Forces agreed to a truce. An army spokesman said the paramilitary group had violated every ceasefire. The Norwegian Refugee Group said aid was stuck.")
	require.NoError(t, err)
	found := false
	for _, s := range res.Stances {
		if s.Type == Accusation {
			found = true
			assert.Equal(t, "Rapid Support Forces", actorName(res, s.Target))
		}
	}
	assert.True(t, found, "the army's accusation")
}
