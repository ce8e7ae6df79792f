package phoenix

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/tsv"
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
	"agents.tsv": "# noun\tcode\n" + // sorted by noun, a noun with a gap again without it
		"minister of zeds\tGOVZZZ\n" +
		"minister … of zeds\tGOVZZZ\n" +
		"zed minister\tGOV\n" +
		"zed ministers\tGOV\n" +
		"zed priest\tREL\n" +
		"zed striker\tLABX\n",
	"agentkinds.tsv": "# kind\tkey\tkind\n" +
		"code\tGOV\trole\n" +
		"code\tLAB\tgroup\n" +
		"code\tREL\t-\n" +
		"noun\tzed priest\tGOV\trole\n",
}

func loadInvented() (*actors, *agentTable) {
	return loadActors(func(name string) []byte { return []byte(invented[name]) }),
		loadAgents(invented["agents.tsv"], invented["agentkinds.tsv"])
}

func TestLoadParties(t *testing.T) {
	d, _ := loadInvented()
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
	_, agents := loadInvented()
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
			a, ok := agents.get(tt.noun)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.code, a.code)
			assert.Equal(t, tt.kind, a.kind)
		})
	}
	kinds := map[string]vocab.ActorKind{"REL": "", "GOV": Role}
	assert.Equal(t, vocab.ActorKind(""), agentKind(kinds, "REL"))
	assert.Equal(t, vocab.ActorKind(""), agentKind(kinds, "XYZ"))
	assert.Equal(t, Role, agentKind(kinds, "GOVMIL"))
}

// TestLoadAgentsLines: the agent tables read as tsv.Rows reads them
// (comments, CRLF, short rows, extra columns), rows sorted by noun.
func TestLoadAgentsLines(t *testing.T) {
	kinds := "# c\r\ncode\tGOV\trole\textra\r\n\n  \ncode\tLAB\nnoun\tsolo\tGOV\nnoun\t\tGOV\trole\nnoun\tboss\tBUS\tgroup\r\n"
	agents := "#x\tGOV\n\tGOV\nboss\tGOV\nchief of staff\tGOVX\nchief … of staff\tGOVX\nloner\nminister\tGOV\tmore\r\nzed\tLAB"
	tab := loadAgents(agents, kinds)
	tests := []struct {
		noun string
		want agent
		ok   bool
	}{
		{"minister", agent{code: "GOV", kind: Role}, true},
		{"boss", agent{code: "BUS", kind: vocab.KindGroup}, true}, // a noun row of agentkinds.tsv wins
		{"chief … of staff", agent{code: "GOVX", kind: Role}, true},
		{"chief of staff", agent{code: "GOVX", kind: Role}, true},
		{"zed", agent{code: "LAB"}, true}, // the last row, without a line end
		{"loner", agent{}, false},         // no code column: no row
		{"solo", agent{}, false},          // a noun row without a kind
		{"", agent{}, false},
		{"#x", agent{}, false}, // the header
		{"aaa", agent{}, false},
		{"zzz", agent{}, false},
	}
	for _, tt := range tests {
		a, ok := tab.get(tt.noun)
		assert.Equal(t, tt.ok, ok, tt.noun)
		assert.Equal(t, tt.want, a, tt.noun)
	}
	empty := loadAgents("", "")
	_, ok := empty.get("minister")
	assert.False(t, ok)
	empty.each(func(string) { t.Error("an empty table has no codes") })
}

func TestLoadEmptyNeverPanics(t *testing.T) {
	d := loadActors(func(string) []byte { return nil })
	assert.Empty(t, d.states)
	d = loadActors(func(string) []byte { return []byte("\t\t\t\t\n|\t@\t-\n") })
	assert.Empty(t, d.orgs)
	tab := loadAgents("\t\t\t\t\n|\t@\t-\n", "\t\t\t\t\n|\t@\t-\n")
	a, ok := tab.get("|")
	assert.True(t, ok)
	assert.Equal(t, agent{code: "@"}, a)
	for _, rows := range []string{"#only\n", "\n\n\n", "z\tA\na\tB\nm\tC\n", "\r\n\t\n\n", "a\n\n\nb\tX"} {
		tab := loadAgents(rows, "")
		assert.NotPanics(t, func() {
			for _, n := range []string{"", "a", "b", "m", "z", "\t", "zz"} {
				tab.get(n)
			}
			tab.each(func(string) {})
		}, "%q", rows)
	}
	assert.Empty(t, spans(" @- @x @1-2 "))
}

func TestActorFile(t *testing.T) {
	for _, n := range actorFiles {
		assert.NotEmpty(t, ActorFile(n), n)
	}
	assert.Nil(t, ActorFile("agents.tsv"), "not an actor table")
	assert.Nil(t, ActorFile("nope.tsv"))
}

// BenchmarkLoadAgents is the cost of the agent table, the only table the
// engine builds at run time (on its first Agent call).
func BenchmarkLoadAgents(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadAgents(agentsData, agentKindsData)
	}
}

// BenchmarkLoadActors is the cost of the actor tables (read by the
// gazetteer's generator and by tests, not by the app).
func BenchmarkLoadActors(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadActors(ActorFile)
	}
}

// agentsByRows builds the agent table as the package did before
// loadAgents: tsv.Rows, one map insert after another.
func agentsByRows(agents, kinds string) map[string]agent {
	codeKinds := map[string]vocab.ActorKind{}
	m := map[string]agent{}
	var nouns [][]string
	tsv.Rows([]byte(kinds), func(c []string) {
		switch {
		case len(c) >= 3 && c[0] == "code":
			codeKinds[c[1]] = kindOf(c[2])
		case len(c) >= 4 && c[0] == "noun" && c[1] != "":
			nouns = append(nouns, c)
		}
	})
	tsv.Rows([]byte(agents), func(c []string) {
		if len(c) < 2 || c[0] == "" {
			return
		}
		a := agent{code: c[1], kind: agentKind(codeKinds, c[1])}
		for _, key := range []string{c[0], strings.ReplaceAll(c[0], " … ", " ")} {
			if _, ok := m[key]; !ok {
				m[key] = a
			}
		}
	})
	for _, c := range nouns {
		m[c[1]] = agent{code: c[2], kind: kindOf(c[3])}
	}
	return m
}

// TestLoadAgentsAsRows: the embedded agent table answers as a
// row-by-row reading into a map, for every noun, and its rows are sorted
// for the binary search.
func TestLoadAgentsAsRows(t *testing.T) {
	for name, in := range map[string]string{"embedded": agentsData, "invented": invented["agents.tsv"]} {
		kinds := agentKindsData
		if name == "invented" {
			kinds = invented["agentkinds.tsv"]
		}
		want := agentsByRows(in, kinds)
		tab := loadAgents(in, kinds)
		prev := ""
		eachLine(tab.rows, false, func(l string) {
			noun, _, _ := cutTab(l)
			require.Less(t, prev, noun, name)
			prev = noun
		})
		for noun, a := range want {
			got, ok := tab.get(noun)
			require.True(t, ok, noun)
			require.Equal(t, a, got, noun)
		}
		codes := map[string]bool{}
		for _, a := range want {
			codes[a.code] = true
		}
		got := map[string]bool{}
		tab.each(func(c string) { got[c] = true })
		assert.Equal(t, codes, got, name)
	}
	assert.Greater(t, len(agentsByRows(agentsData, agentKindsData)), 5000)
}
