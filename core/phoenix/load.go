package phoenix

import (
	"embed"
	"strconv"
	"strings"
	"sync"

	"parley/core/tsv"
	"parley/core/vocab"
)

// The agent tables are what the engine reads at run time (Agent). They are
// embedded as strings, so reading them copies nothing: the map keys and
// codes are substrings of the embedded text.
var (
	//go:embed data/agents.tsv
	agentsData string
	//go:embed data/agentkinds.tsv
	agentKindsData string
)

// actorFS holds the actor tables. Only States, Organizations and Groups
// (and ActorFile) read it, and the app calls none of them (the gazetteer's
// Phoenix forms are precomputed by cmd/gazetteer-forms), so the linker
// leaves these files out of app.wasm: keep it apart from the agent data.
//
//go:embed data/states.tsv data/organizations.tsv data/groups.tsv data/members.tsv
var actorFS embed.FS

// actorFiles are the files of actorFS, in the order they are read.
var actorFiles = []string{"states.tsv", "organizations.tsv", "groups.tsv", "members.tsv"}

type agent struct {
	code string
	kind vocab.ActorKind
}

// actors are the parties of the actor tables.
type actors struct {
	states, orgs, groups []Party
}

var (
	actorsOnce sync.Once
	actorsDef  *actors
	agentsOnce sync.Once
	agentsDef  map[string]agent
)

func getActors() *actors {
	actorsOnce.Do(func() { actorsDef = loadActors(ActorFile) })
	return actorsDef
}

func getAgents() map[string]agent {
	agentsOnce.Do(func() { agentsDef = loadAgents(agentsData, agentKindsData) })
	return agentsDef
}

// ActorFile returns the bytes of an embedded actor table ("states.tsv",
// "organizations.tsv", "groups.tsv", "members.tsv"), or nil: for the
// headers of the files derived from them.
func ActorFile(name string) []byte {
	b, err := actorFS.ReadFile("data/" + name)
	if err != nil {
		return nil
	}
	return b
}

// loadActors builds the party tables from the data files that read returns
// (a missing file reads as empty).
func loadActors(read func(string) []byte) *actors {
	a := &actors{}
	a.states = parties(read("states.tsv"), vocab.KindState)
	a.orgs = parties(read("organizations.tsv"), vocab.KindOrganization)
	a.groups = parties(read("groups.tsv"), vocab.KindGroup)
	a.members(read("members.tsv"))
	return a
}

// loadAgents builds the agent table from agents.tsv and agentkinds.tsv.
// It allocates little: one map, presized, whose keys and codes are
// substrings of the data (only the gap-free key of a noun with a gap is
// new). The rows are read last to first and assigned without a look-up,
// so that the first row of a noun is the one left, as if read forwards
// keeping the first.
func loadAgents(agents, kinds string) map[string]agent {
	codeKinds := make(map[string]vocab.ActorKind, 32)
	var nouns []string // the noun rows of agentkinds.tsv, applied last
	eachLine(kinds, false, func(l string) {
		typ, rest, _ := cutTab(l)
		key, rest, ok := cutTab(rest)
		if !ok {
			return
		}
		switch {
		case typ == "code":
			kind, _, _ := cutTab(rest)
			codeKinds[key] = kindOf(kind)
		case typ == "noun" && key != "" && strings.IndexByte(rest, '\t') >= 0:
			nouns = append(nouns, l)
		}
	})
	// one key a row, and a second for the nouns with a gap
	m := make(map[string]agent, tsv.Count(agents, '\n')*6/5+len(nouns)+16)
	var last agent // the previous row's: rows of one code come together
	eachLine(agents, true, func(l string) {
		noun, rest, ok := cutTab(l)
		if !ok || noun == "" {
			return
		}
		code, _, _ := cutTab(rest)
		a := last
		if code != last.code || last == (agent{}) {
			a = agent{code: code, kind: agentKind(codeKinds, code)}
			last = a
		}
		// a noun with gaps ("minister … for trade") is also found with
		// its words consecutive, after the noun itself
		if strings.IndexByte(noun, 0xE2) >= 0 && strings.Contains(noun, " … ") {
			m[strings.ReplaceAll(noun, " … ", " ")] = a
		}
		m[noun] = a
	})
	for _, l := range nouns {
		_, rest, _ := cutTab(l)
		noun, rest, _ := cutTab(rest)
		code, rest, _ := cutTab(rest)
		kind, _, _ := cutTab(rest)
		m[noun] = agent{code: code, kind: kindOf(kind)}
	}
	return m
}

// eachLine calls fn with every record of a data file: lines that are
// neither blank nor comments ('#'), without the line end; last to first
// when backwards is set.
func eachLine(s string, backwards bool, fn func(line string)) {
	for s != "" {
		var l string
		if backwards {
			s = strings.TrimSuffix(s, "\n")
			i := strings.LastIndexByte(s, '\n')
			l, s = s[i+1:], s[:max(i, 0)]
			if i < 0 {
				s = ""
			}
		} else if i := strings.IndexByte(s, '\n'); i >= 0 {
			l, s = s[:i], s[i+1:]
		} else {
			l, s = s, ""
		}
		l = strings.TrimRight(l, "\r")
		if l == "" || l[0] == '#' || (l[0] <= ' ' || l[0] >= 0x80) && strings.TrimSpace(l) == "" {
			continue
		}
		fn(l)
	}
}

// cutTab is strings.Cut(s, "\t"), by the faster IndexByte.
func cutTab(s string) (before, after string, found bool) {
	if i := strings.IndexByte(s, '\t'); i >= 0 {
		return s[:i], s[i+1:], true
	}
	return s, "", false
}

// kindOf reads a kind column: "-" is no party.
func kindOf(s string) vocab.ActorKind {
	switch s {
	case "role":
		return Role
	case "-", "":
		return ""
	}
	return vocab.ActorKind(s)
}

// agentKind is the kind of the longest listed prefix of an agent code.
func agentKind(codeKinds map[string]vocab.ActorKind, code string) vocab.ActorKind {
	for n := len(code); n >= 1; n-- {
		if k, ok := codeKinds[code[:n]]; ok {
			return k
		}
	}
	return ""
}

// parties reads "code, name, aliases, codes" rows.
func parties(data []byte, kind vocab.ActorKind) []Party {
	var out []Party
	tsv.Rows(data, func(c []string) {
		if len(c) < 4 || c[0] == "" || c[1] == "" {
			return
		}
		out = append(out, Party{Kind: kind, Code: c[0], Name: c[1], Aliases: list(c[2]), Codes: spans(c[3])})
	})
	return out
}

// members reads "kind, party code, name, aliases, roles" rows and files
// each under the first party of that kind and code.
func (a *actors) members(data []byte) {
	index := map[string]*Party{}
	for _, ps := range [][]Party{a.states, a.orgs, a.groups} {
		for i := range ps {
			key := string(ps[i].Kind) + "\t" + ps[i].Code
			if _, ok := index[key]; !ok {
				index[key] = &ps[i]
			}
		}
	}
	tsv.Rows(data, func(c []string) {
		if len(c) < 5 || c[2] == "" {
			return
		}
		p, ok := index[c[0]+"\t"+c[1]]
		if !ok {
			return
		}
		p.Members = append(p.Members, Member{Name: c[2], Aliases: list(c[3]), Roles: spans(c[4])})
	})
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// spans reads "CODE CODE@from-to ...": dates yyyymmdd, an empty side open.
// A date that does not read is open.
func spans(s string) []Span {
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil
	}
	out := make([]Span, 0, len(f))
	for _, x := range f {
		code, dates, _ := strings.Cut(x, "@")
		if code == "" {
			continue
		}
		from, to, _ := strings.Cut(dates, "-")
		out = append(out, Span{Code: code, From: atoi(from), To: atoi(to)})
	}
	return out
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
