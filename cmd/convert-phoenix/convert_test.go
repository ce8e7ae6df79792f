package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Invented dictionary fragments in the Phoenix formats.
const (
	countriesIn = `# header
ZEDLAND_  [ZZA]
+ZEDLANDER_
+ZED_CITY  # the capital
+SECURITY_FORCE_
ANNA_EXAMPLE_  # a minister
+A._EXAMPLE
	[ZZAGOV 100101-121231]
	[ZZAGOVAGR 050101-091231]
	[ZZAELI]
OLD_TIMER_
	[ZZAGOV 19700101-19801231]
CABINET_BODY
	[ZZAGOVMIL]
ZEDLAND_EAST [ZZA >120101] # a region coded as the state
+EAST_ZED
BEELAND_
	[OLDBEE <911231]
	[ZZB >920101]
KOREA_(NORTH)_ [ZZK]
+KN
`
	intlIn = `ORGANIZATION_OF_ZEDS_	[IGOZZO]
+OZ
BO_SAMPLE_	[IGOZZO 110101-151231] [ELI]
OLD_CHIEF_	[IGOZZO 900101-991231]
ZED_CORP_	[MNCZZA]
ZED_AID_	[NGOZZA]
`
	milIn = `ZED_LIBERATION_FRONT_(ZLF)_ [ZZAREB]
+FRONT_FOR_ZED
+ORGANIZATION_
ZED_FRONT_(NORTH)_ [ZZAREB]
`
	agentsIn = `# header
!PERSON! = MAN, WOMAN
ZED_MINISTER [~GOV]
ZED_POLICY {} [~GOV]
ZED_CHIEF {ZED_CHIEVES} [~MIL]
ZEDDY [~CVL]
ZED_BOSS [~BUS]
STRIKE!PERSON! [~LAB]
TRADE_MINIST [~GOVBUS]
ZED_MINISTER [~ELI]
HEAD OF_ZEDS [~GOV]
ORGANIZATION [NGO~]
NO_CODE_HERE
`
)

func parseAll(t *testing.T) *Tables {
	t.Helper()
	var ps ParseStats
	c, err := ParseActors(strings.NewReader(countriesIn), &ps)
	require.NoError(t, err)
	i, err := ParseActors(strings.NewReader(intlIn), &ps)
	require.NoError(t, err)
	m, err := ParseActors(strings.NewReader(milIn), &ps)
	require.NoError(t, err)
	var as AgentStats
	a, err := ParseAgents(strings.NewReader(agentsIn), &as)
	require.NoError(t, err)
	assert.Equal(t, 1, as.NoCode)
	assert.Equal(t, 2, as.Duplicates, "zed minister and its plural again")
	return Build(c, i, m, a, 20100101)
}

func TestParseActorRecord(t *testing.T) {
	var ps ParseStats
	recs, err := ParseActors(strings.NewReader(countriesIn), &ps)
	require.NoError(t, err)
	require.Len(t, recs, 7)
	assert.Equal(t, &Record{Name: "anna example", Aliases: []string{"a. example"}, Line: 6,
		Codes: []Code{{"ZZAGOV", 20100101, 20121231}, {"ZZAGOVAGR", 20050101, 20091231}, {"ZZAELI", 0, 0}}}, recs[1])
	assert.Equal(t, []Code{{"ZZAGOV", 19700101, 19801231}}, recs[2].Codes)
	assert.Equal(t, []Code{{"OLDBEE", 0, 19911231}, {"ZZB", 19920101, 0}}, recs[5].Codes)
	assert.Equal(t, "korea north", recs[6].Name, "a bracketed word that is no acronym stays")
}

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		want int
		odd  bool
	}{
		{"100101", 20100101, false},
		{"300101", 20300101, false},
		{"310101", 19310101, false},
		{"19991231", 19991231, false},
		{"9008223", 19900822, true},
		{"991399", 19991399, true},
		{"12", 0, true},
		{"abcdef", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var st ParseStats
			assert.Equal(t, tt.want, date(tt.in, &st))
			assert.Equal(t, tt.odd, st.OddDates == 1)
		})
	}
}

func TestBuildStates(t *testing.T) {
	tb := parseAll(t)
	require.Len(t, tb.States, 3)
	z := tb.States[0]
	assert.Equal(t, "ZZA", z.Code)
	assert.Equal(t, "zedland", z.Name)
	assert.Equal(t, []string{"zedlander", "zed city", "security force", "zedland east", "east zed"}, z.Aliases,
		"a region record merged; agent nouns are dropped only when the agents file has them")
	require.Len(t, z.Members, 2, "the old timer left office before 2010")
	assert.Equal(t, "anna example", z.Members[0].Name)
	assert.Equal(t, []Code{{"ZZAGOV", 20100101, 20121231}}, z.Members[0].Codes, "agriculture and elite roles dropped")
	assert.Equal(t, "cabinet body", z.Members[1].Name)
	assert.Equal(t, "ZZB", tb.States[1].Code, "the current code of a state that changed codes")
	assert.Equal(t, []string{"KN"}, tb.States[2].Aliases, "a two-letter alias matching the initials")
	assert.Equal(t, 2, tb.Stats.DroppedBefore, "the old timer and the old chief of TestBuildOrgsAndGroups")
	assert.Equal(t, 1, tb.Stats.MergedStates)
}

func TestBuildOrgsAndGroups(t *testing.T) {
	tb := parseAll(t)
	require.Len(t, tb.Orgs, 1, "MNC and NGO records dropped")
	o := tb.Orgs[0]
	assert.Equal(t, "IGOZZO", o.Code)
	assert.Equal(t, []string{"OZ"}, o.Aliases)
	require.Len(t, o.Members, 1, "the dated chief before 2010 is dropped")
	assert.Equal(t, "bo sample", o.Members[0].Name)
	assert.Equal(t, []Code{{"IGOZZO", 20110101, 20151231}}, o.Members[0].Codes)
	assert.Equal(t, map[string]int{"MNC": 1, "NGO": 1}, tb.Stats.DroppedIntlByKind)

	require.Len(t, tb.Groups, 2)
	g := tb.Groups[0]
	assert.Equal(t, "zed liberation front", g.Name)
	assert.Equal(t, []string{"front for zed", "ZLF"}, g.Aliases, "an agent noun alias dropped, the acronym kept")
	assert.Equal(t, "zed front north", tb.Groups[1].Name)
}

func TestAgents(t *testing.T) {
	tb := parseAll(t)
	got := map[string]string{}
	for _, a := range tb.Agents {
		got[a.Noun] = a.Code
	}
	assert.Equal(t, map[string]string{
		"zed minister": "GOV", "zed ministers": "GOV",
		"zed policy": "GOV",
		"zed chief":  "MIL", "zed chieves": "MIL",
		"zeddy": "CVL", "zeddies": "CVL",
		"zed boss": "BUS", "zed bosses": "BUS",
		"strikeman": "LAB", "strikewoman": "LAB",
		"trade minister": "GOVBUS", "trade ministers": "GOVBUS", "trade ministry": "GOVBUS", "trade ministries": "GOVBUS",
		"head … of zeds": "GOV", "head … of zedses": "GOV",
		"organization": "NGO", "organizations": "NGO",
	}, got)
}

func TestFiles(t *testing.T) {
	tb := parseAll(t)
	files := Files(tb, Inputs{Names: []string{"x.txt"}, Digests: []string{"00"}})
	require.Len(t, files, 5)
	rows := func(name string) []string {
		var out []string
		for _, l := range strings.Split(strings.TrimRight(string(files[name]), "\n"), "\n") {
			if !strings.HasPrefix(l, "#") {
				out = append(out, l)
			}
		}
		return out
	}
	assert.Equal(t, "ZZA\tzedland\tzedlander|zed city|security force|zedland east|east zed\tZZA ZZA@20120101-", rows("states.tsv")[0])
	assert.Equal(t, []string{
		"state\tZZA\tanna example\ta. example\tZZAGOV@20100101-20121231",
		"state\tZZA\tcabinet body\t\tZZAGOVMIL",
		"organization\tIGOZZO\tbo sample\t\tIGOZZO@20110101-20151231",
	}, rows("members.tsv"))
	assert.Equal(t, "head of zeds\tGOV", rows("agents.tsv")[0], "sorted by noun")
	for name, b := range files {
		assert.Contains(t, string(b), sourceCommit, name)
		assert.Contains(t, string(b), command, name)
	}
	assert.Contains(t, string(files["states.tsv"]), "Permission is hereby granted")
}

func TestAgentRows(t *testing.T) {
	tests := []struct {
		name string
		in   []Agent
		want []Agent
	}{
		{"sorted by noun", []Agent{{"zed", "A"}, {"bee", "B"}}, []Agent{{"bee", "B"}, {"zed", "A"}}},
		{"a gap also without it", []Agent{{"chief … of staff", "GOV"}},
			[]Agent{{"chief of staff", "GOV"}, {"chief … of staff", "GOV"}}},
		{"the first agent of a noun wins", []Agent{{"chief … of staff", "GOV"}, {"chief of staff", "MIL"}, {"chief … of staff", "BUS"}},
			[]Agent{{"chief of staff", "GOV"}, {"chief … of staff", "GOV"}}},
		{"none", nil, []Agent{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, agentRows(tt.in))
		})
	}
}
