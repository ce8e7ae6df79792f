package phoenix

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/vocab"
)

// invented holds made-up rows in the embedded format, one of each kind.
var invented = map[string]string{
	"states.tsv": "# code\tname\taliases\tcodes\n" +
		"ZZA\tzedland\tzedlander|zed city|ZDL\tOLDZZA@-19911231 ZZA@19920101-\n" +
		"ZZB\tbeeland\t\tZZB\n" +
		"\tnameless\t\tZZC\n" + // no code: skipped
		"ZZD\n", // too few columns: skipped
	"organizations.tsv": "# code\tname\taliases\tcodes\n" +
		"IGOZZO\tZO\torganisation of zeds\tIGOZZO\n",
	"groups.tsv": "# code\tname\taliases\tcodes\n" +
		"ZZAREB\tzed front\tfront for zed\tZZAREB\n",
	"members.tsv": "# kind\tparty\tname\taliases\troles\n" +
		"state\tZZA\tanna example\texample\tZZAGOV@20100101- ZZAGOVMIL@20050301-20091231\n" +
		"organization\tIGOZZO\tbo sample\t\tIGOZZO@20110101-20150101\n" +
		"state\tNOPE\tlost person\t\tNOPEGOV\n" + // unknown party: skipped
		"group\tZZA\twrong kind\t\tZZAGOV\n" + // no group ZZA: skipped
		"state\tZZB\tbad dates\t\tZZBGOV@x-y\n",
	"agents.tsv": "# noun\tcode\n" +
		"zed minister\tGOV\n" +
		"zed ministers\tGOV\n" +
		"minister … of zeds\tGOVZZZ\n" +
		"zed striker\tLABX\n" +
		"zed priest\tREL\n" +
		"zed minister\tBUS\n", // a repeat: the first wins
	"agentkinds.tsv": "# kind\tkey\tkind\n" +
		"code\tGOV\trole\n" +
		"code\tLAB\tgroup\n" +
		"code\tREL\t-\n" +
		"noun\tzed priest\tGOV\trole\n",
}

func loadInvented() *dict {
	return load(func(name string) []byte { return []byte(invented[name]) })
}

func TestLoadParties(t *testing.T) {
	d := loadInvented()
	require.Len(t, d.states, 2)
	z := d.states[0]
	assert.Equal(t, Party{Kind: vocab.KindState, Code: "ZZA", Name: "zedland",
		Aliases: []string{"zedlander", "zed city", "ZDL"},
		Codes:   []Span{{Code: "OLDZZA", To: 19911231}, {Code: "ZZA", From: 19920101}},
		Members: []Member{{Name: "anna example", Aliases: []string{"example"},
			Roles: []Span{{Code: "ZZAGOV", From: 20100101}, {Code: "ZZAGOVMIL", From: 20050301, To: 20091231}}}},
	}, z)
	assert.True(t, z.Members[0].InOffice(20070101))
	assert.Equal(t, []Member{{Name: "bad dates", Roles: []Span{{Code: "ZZBGOV"}}}}, d.states[1].Members)

	require.Len(t, d.orgs, 1)
	assert.Equal(t, vocab.KindOrganization, d.orgs[0].Kind)
	assert.Equal(t, "ZO", d.orgs[0].Display())
	require.Len(t, d.orgs[0].Members, 1)
	assert.Equal(t, "bo sample", d.orgs[0].Members[0].Name)

	require.Len(t, d.groups, 1)
	assert.Equal(t, vocab.KindGroup, d.groups[0].Kind)
	assert.Empty(t, d.groups[0].Members)
}

func TestLoadAgents(t *testing.T) {
	d := loadInvented()
	tests := []struct {
		noun, code string
		kind       vocab.ActorKind
		ok         bool
	}{
		{"zed minister", "GOV", Role, true},
		{"zed ministers", "GOV", Role, true},
		{"minister … of zeds", "GOVZZZ", Role, true},
		{"minister of zeds", "GOVZZZ", Role, true},
		{"zed striker", "LABX", vocab.KindGroup, true},
		{"zed priest", "GOV", Role, true},
		{"nothing", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.noun, func(t *testing.T) {
			a, ok := d.agents[tt.noun]
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.code, a.code)
			assert.Equal(t, tt.kind, a.kind)
		})
	}
	assert.Equal(t, vocab.ActorKind(""), d.agentKind("REL"))
	assert.Equal(t, vocab.ActorKind(""), d.agentKind("XYZ"))
}

func TestLoadEmptyNeverPanics(t *testing.T) {
	d := load(func(string) []byte { return nil })
	assert.Empty(t, d.states)
	d = load(func(string) []byte { return []byte("\t\t\t\t\n|\t@\t-\n") })
	assert.Empty(t, d.orgs)
	assert.Empty(t, spans(" @- @x @1-2 "))
}
