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
// embedded as strings, so reading them copies nothing: agents.tsv is
// searched in place (agentTable), and the small maps of agentkinds.tsv
// keep substrings of its text.
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
	agentsDef  *agentTable
)

func getActors() *actors {
	actorsOnce.Do(func() { actorsDef = loadActors(ActorFile) })
	return actorsDef
}

func getAgents() *agentTable {
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

// agentTable answers Agent from the text of agents.tsv in place: its
// rows are sorted by noun (cmd/convert-phoenix writes them so, with a
// noun with a gap also listed with its words together), so a look-up is
// a binary search over the text and start-up builds nothing for them.
// The nouns of agentkinds.tsv, which win, and the kinds of the codes are
// two small maps.
type agentTable struct {
	rows      string // the rows of agents.tsv, after its header
	codeKinds map[string]vocab.ActorKind
	nouns     map[string]agent // the noun rows of agentkinds.tsv
}

// loadAgents builds the agent table from agents.tsv and agentkinds.tsv.
func loadAgents(agents, kinds string) *agentTable {
	t := &agentTable{codeKinds: make(map[string]vocab.ActorKind, 32), nouns: make(map[string]agent, 32)}
	eachLine(kinds, false, func(l string) {
		typ, rest, _ := cutTab(l)
		key, rest, ok := cutTab(rest)
		if !ok {
			return
		}
		switch {
		case typ == "code":
			kind, _, _ := cutTab(rest)
			t.codeKinds[key] = kindOf(kind)
		case typ == "noun" && key != "" && strings.IndexByte(rest, '\t') >= 0:
			code, rest, _ := cutTab(rest)
			kind, _, _ := cutTab(rest)
			t.nouns[key] = agent{code: code, kind: kindOf(kind)}
		}
	})
	// the header: comment and blank lines before the first row
	for agents != "" && (agents[0] == '#' || agents[0] == '\n' || agents[0] == '\r') {
		i := strings.IndexByte(agents, '\n')
		if i < 0 {
			agents = ""
			break
		}
		agents = agents[i+1:]
	}
	t.rows = agents
	return t
}

// get returns the agent of a noun.
func (t *agentTable) get(noun string) (agent, bool) {
	if a, ok := t.nouns[noun]; ok {
		return a, true
	}
	code, ok := t.find(noun)
	if !ok {
		return agent{}, false
	}
	return agent{code: code, kind: agentKind(t.codeKinds, code)}, true
}

// find returns the code of the row of noun by binary search over the
// rows' bytes: each step reads the row around the middle of the range. A
// row out of order can hide others; it cannot make the search fail to end.
func (t *agentTable) find(noun string) (string, bool) {
	if noun == "" {
		return "", false
	}
	s := t.rows
	lo, hi := 0, len(s) // both at the start of a row (or the end)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(s[lo:mid], '\n') + 1
		end := strings.IndexByte(s[start:hi], '\n')
		if end < 0 {
			end = hi
		} else {
			end += start
		}
		n, rest, row := cutTab(strings.TrimSuffix(s[start:end], "\r"))
		switch c := strings.Compare(n, noun); {
		case c == 0:
			code, _, _ := cutTab(rest)
			return code, row // a line without a tab is no row
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return "", false
}

// each calls fn with the code that get gives each noun of the table, in
// no order (a noun of agentkinds.tsv once, with its code there).
func (t *agentTable) each(fn func(code string)) {
	for _, a := range t.nouns {
		fn(a.code)
	}
	eachLine(t.rows, false, func(l string) {
		noun, rest, ok := cutTab(l)
		if _, over := t.nouns[noun]; ok && noun != "" && !over {
			code, _, _ := cutTab(rest)
			fn(code)
		}
	})
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
