package core

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNotAParty: news outlets are never parties, and a description such as
// "the union" goes to a party that can be one, or to nobody.
func TestNotAParty(t *testing.T) {
	tests := []struct {
		name, text string
		absent     []string // names no actor may have
		speaker    string   // the actor of the "union" stance ("" for none)
		nobody     bool     // no party holds the rejection
	}{
		{
			name:   "an outlet named in capitals",
			text:   "Officials confirmed to RED TV that the talks had stalled. Egypt said it rejected the plan.",
			absent: []string{"RED", "RED TV"},
		},
		{
			name:   "a commentator titled before the name, then a pronoun",
			text:   "Egypt said it rejected the plan. Energy analyst Omar Haddad said the sides were close. \"A deal will come,\" he said.",
			absent: []string{"Omar Haddad", "Haddad"},
		},
		{
			name:   "a dateline's city is no party, and officials of both sides speak for the two",
			text:   "BRUSSELS, March 3 (Reuters) - Chile and Peru failed to agree on quotas, officials from both sides said. Egypt said it rejected the plan.",
			absent: []string{"Belgium", "BRUSSELS"},
		},
		{
			name:   "a venue in an opening clause is no minister's state",
			text:   "After presenting the plan to investors in London, Finance Minister Kofi Mensah said the Treasury would not pay more. Egypt said it rejected the plan.",
			absent: []string{"United Kingdom", "London"},
		},
		{
			name:   "a base is no minister's state",
			text:   "Kenya met its creditors. A committee led by the London-based fund Northgate asked for more. Treasury Secretary James Kiprono dismissed the counter-offer.",
			absent: []string{"United Kingdom", "London"},
		},
		{
			name:   "an opening capitalised word with no dash is no dateline",
			text:   "After talks in Geneva, Egypt said it rejected the plan.",
			absent: []string{"Switzerland", "Geneva"},
		},
		{
			name:   "an outlet named in quotes",
			text:   "The sources denied to “NOVA Radio” that a deal was near. Egypt said it rejected the plan.",
			absent: []string{"NOVA", "NOVA Radio"},
		},
		{
			name:   "a lawyer's client (the issue's example)",
			text:   "Peru and Chile resumed talks. A lawyer for an NGO said the deal was unfair.",
			absent: []string{"NGO"},
		},
		{
			name:   "an outlet named after its kind",
			text:   "Chad rejected the offer, the official news agency CNA reported. It quoted the minister as saying talks were over.",
			absent: []string{"CNA"},
		},
		{
			name:   "the union is not any organisation",
			text:   "Hezbollah fired rockets, Israel said. The union said it rejected the offer.",
			absent: []string{"RED"}, speaker: "",
		},
		{
			name:    "the union is a body named for its workers",
			text:    "Boeing and the International Association of Machinists and Aerospace Workers are close to a deal. The union said it rejected the offer.",
			speaker: "International Association of Machinists and Aerospace Workers",
		},
		{
			name:    "the union is a body known by its initials",
			text:    "Video game performers represented by SAG-AFTRA went on strike on Friday. The union said it rejected the offer.",
			speaker: "SAG-AFTRA",
		},
		{
			name:    "a country's union is not the country",
			text:    "Britain's biggest union, Amicus, said it rejected the offer.",
			speaker: "Amicus",
		},
		{
			name:    "a description by the head of a name",
			text:    "The Royal College of Nursing said the talks had failed. The college said it rejected the offer.",
			speaker: "Royal College of Nursing",
		},
		{
			name:    "a group noun before a name describes it",
			text:    "The government and the opposition Unitary Front resumed talks. Opposition negotiator Ana Ruiz said it rejected the offer.",
			speaker: "Unitary Front",
		},
		{
			name:    "a name with a possessive inside, and its head noun",
			text:    "The Royal Porter's Guild said the talks had failed. A spokesman for the guild said it rejected the offer.",
			speaker: "Royal Porter's Guild",
		},
		{
			name:    "a person in apposition to an office of a body",
			text:    "The Royal Porter's Union said the talks had failed. Ann Cole, the union's president, said it rejected the offer.",
			speaker: "Royal Porter's Union",
		},
		{
			name:    "a government office with no state named: the state of the report",
			text:    "Ghana and its creditors met in Paris. Ghana wants a deal by June. Finance Minister Ama Owusu said it rejected the offer.",
			speaker: "Ghana",
		},
		{
			name:    "the rebels are the one armed group named",
			text:    "Peru and the Andean Liberation Front met in Lima. The Andean Liberation Front said the talks had failed. The rebels said they rejected the offer.",
			speaker: "Andean Liberation Front",
		},
		{
			name:    "a name before a noun of a party's kind",
			text:    "The talks failed. The Unite union said it rejected the offer.",
			speaker: "Unite",
		},
		{
			name:    "a country's adjective before a union is not the country",
			text:    "The talks failed. The British union said it rejected the offer.",
			absent:  []string{"United Kingdom"},
			speaker: "",
		},
		{
			name:    "the state where the story was filed counts for no office",
			text:    "CARACAS, Venezuela (Reuters) - Colombia's rebels freed two soldiers. Defence Minister Ana Ruiz said it rejected the offer.",
			speaker: "Colombia",
		},
		{
			name:    "an office named by a noun of the party's kind",
			text:    "The Riverside Teachers Association said the talks had failed. Union president Maria Lopez said it rejected the offer.",
			speaker: "Riverside Teachers Association",
		},
		{
			name:    "an office in apposition names whom a known name speaks for",
			text:    "Valdis Dombrovskis, the EU trade commissioner, said it rejected the offer.",
			speaker: "European Union",
		},
		{
			name:    "a church named as guarantor is a party, and 'the church' is it",
			text:    "The rebels freed two soldiers, the Catholic Church said. The church said it rejected the offer.",
			speaker: "Catholic Church",
		},
		{
			name:    "a possessive pronoun's office holder",
			text:    "NHS Employers met the nurses. Its chief executive, Dan Mora, said it rejected the offer.",
			speaker: "NHS Employers",
		},
		{
			name:    "a people named after a state's adjective is the people, not the state",
			text:    "Turkey and Iraq met in Ankara. Thousands of Iraqi Kurds said they rejected the offer.",
			speaker: "Kurds",
		},
		{
			name:   "'they' after a plural subject that is no party is no party",
			text:   "Chile refused the visas. Hundreds of migrant workers began a sit-in at the port, where they say they rejected the offer.",
			nobody: true,
		},
		{
			name:    "a body's name goes on over 'of' and whose body it is",
			text:    "Talks failed in Lima. The National Union of Shipowners said it rejected the offer.",
			speaker: "National Union of Shipowners",
		},
		{
			name:    "a union's committee is the union",
			text:    "Talks between the union Unite and Metroline failed. The union's bargaining committee said it rejected the offer.",
			speaker: "Unite",
		},
		{
			name:   "a news agency named before its noun is no party",
			text:   "Talks failed in Lima. According to the dpa news agency, Chile rejected the offer.",
			absent: []string{"dpa", "Dpa"},
		},
		{
			name:    "a former office holder speaks for no state",
			text:    "Chile and Peru met in Lima. The mediator, former Chilean foreign minister Ana Ruiz, said she rejected the offer.",
			speaker: "Ana Ruiz",
		},
		{
			name:    "a name given with 'known as' is the group described, and its rebels",
			text:    "Congo rebels and the army met in Doha. The Andean Liberation rebel group, known as ALR, freed two soldiers. The rebels said they rejected the offer.",
			speaker: "ALR",
		},
		{
			name:    "a party named with 'identified as'",
			text:    "The bank committee met in Lima. One bank, identified as Banco Andino, said it rejected the offer.",
			speaker: "Banco Andino",
		},
		{
			name:   "a spokesman for a newspaper speaks for no party",
			text:   "Peru and Chile resumed talks in Lima. A spokeswoman for the magazine said it rejected the offer.",
			nobody: true,
		},
		{
			name:    "a spokesman for the ministry speaks for the state in view",
			text:    "Chile and Peru resumed talks in Lima. Peru wants a deal by June. A spokesman for the ministry said it rejected the offer.",
			speaker: "Peru",
		},
		{
			name:   "an indefinite description is someone new",
			text:   "The Andean Liberation Front freed two soldiers. An association said it rejected the offer.",
			nobody: true,
		},
		{
			name:   "a lawyer for an association is not the group named before",
			text:   "The Andean Liberation Front freed two soldiers. A lawyer for a families' association said it rejected the offer.",
			nobody: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Analyze(tt.text)
			require.NoError(t, err)
			for _, a := range res.Actors {
				assert.NotContains(t, tt.absent, a.Name)
			}
			var got []string
			for _, s := range res.Stances {
				if s.Type == Rejection && strings.Contains(s.Evidence.Text, "rejected the offer") {
					got = append(got, nameOf(res, s.Actor))
				}
			}
			if tt.nobody {
				assert.Empty(t, got)
			} else if tt.speaker == "" {
				for _, g := range got {
					assert.NotContains(t, []string{"Hezbollah", "Israel"}, g, "the union is neither")
				}
			} else {
				assert.Equal(t, []string{tt.speaker}, got)
			}
		})
	}
}

func nameOf(res *Analysis, id string) string {
	for _, a := range res.Actors {
		if a.ID == id {
			return a.Name
		}
	}
	return ""
}
