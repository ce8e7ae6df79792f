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
