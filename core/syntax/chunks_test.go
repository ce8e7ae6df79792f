package syntax

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"parley/core/nlp"
	"parley/core/pos"
)

func parse(text string) (*nlp.Doc, *Parse) {
	d := &nlp.Doc{}
	d.Prepare(text, pos.Default())
	p := &Parse{}
	p.Build(d)
	return d, p
}

func words(d *nlp.Doc, t0, t1 int) string {
	var w []string
	for i := t0; i < t1; i++ {
		w = append(w, d.Word(i))
	}
	return strings.Join(w, " ")
}

// Invented sentences; each want lists the base noun phrases (with their
// possessor) in order.
func TestNounPhrases(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The union rejected the company's revised offer.", "The union | the company | the company 's revised offer"},
		{"Chilean and Peruvian negotiators met in Lima.", "Chilean and Peruvian negotiators | Lima"},
		{"Siemens and Alstom said they would appeal.", "Siemens | Alstom | they"},
		{"A spokesman for the ministry said talks would resume.", "A spokesman | the ministry | talks"},
		{"She told reporters that a 9 % rise was fair.", "She | reporters | a 9 % rise"},
		// a plural possessive, as EWT splits it
		{"Management rejected the pilots' proposal.", "Management | the pilots | the pilots ' proposal"},
		// a name after a proposal noun opens a reduced relative clause; after
		// an agent noun it is the noun's name
		{"They discussed the deal Oman brokered in May.", "They | the deal | Oman | May"},
		{"Talks with the union Unite broke down.", "Talks | the union Unite"},
		// a bracketed name inside a phrase, and brackets before a verb
		{"The Umma (Nation) party said it would boycott the vote.", "The Umma ( Nation ) party | it | the vote"},
		{"Sen. Ann Lee (D-Ore.) said it would fail.", "Sen. Ann Lee | it"},
		// a time is not coordinated with a subject
		{"In recent days and the rebels said so.", "recent days | the rebels"},
	} {
		d, p := parse(c.text)
		var got []string
		for k := range p.NPs {
			got = append(got, words(d, p.Start(k), int(p.NPs[k].T1)))
		}
		assert.Equal(t, c.want, strings.Join(got, " | "), c.text)
	}
}

func TestCoordinationAndModifiers(t *testing.T) {
	_, p := parse("Siemens and Alstom said they would appeal.")
	a, b := p.NPStartingAt(0), p.NPStartingAt(2)
	if assert.GreaterOrEqual(t, a, 0) && assert.GreaterOrEqual(t, b, 0) {
		assert.Equal(t, int32(b), p.NPs[a].Coord)
		assert.Equal(t, int32(a), p.NPs[b].Coord)
	}
	d, p := parse("A spokesman for the ministry in Lima said so.")
	n := p.NPStartingAt(0)
	if assert.GreaterOrEqual(t, n, 0) {
		assert.Equal(t, "A spokesman for the ministry in Lima", words(d, 0, int(p.NPs[n].Ext)))
	}
}

func TestVerbGroups(t *testing.T) {
	for _, c := range []struct {
		text, group string
		flags       VGFlag
	}{
		{"The minister has also said the talks failed.", "has also said", Perfect | Finite},
		{"Iran did not reject the plan.", "did not reject", Negated | Finite},
		{"The offer was rejected by the union.", "was rejected", Passive | Finite},
		{"Kenya may quit the talks.", "may quit", Modal | Finite},
		{"Kenya cannot accept the plan.", "cannot accept", Negated | Modal | Finite},
		{"China has on several occasions proposed a hotline.", "has on several occasions proposed", Perfect | Finite},
		{"The talks, he said, were useful.", "said", Finite},
	} {
		d, p := parse(c.text)
		found := false
		for _, v := range p.VGs {
			if words(d, int(v.T0), int(v.T1)) == c.group {
				found = true
				assert.Equal(t, c.flags, v.Flags&^NoVerb, c.text)
			}
		}
		assert.True(t, found, "%s: no group %q", c.text, c.group)
	}
	d, p := parse("The union rejected the proposed deal.")
	for _, v := range p.VGs {
		assert.NotEqual(t, "proposed", words(d, int(v.T0), int(v.T1)), "a participle before a noun modifies it")
	}
}
