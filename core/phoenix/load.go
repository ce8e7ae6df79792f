package phoenix

import (
	"embed"
	"strconv"
	"strings"
	"sync"

	"parley/core/tsv"
	"parley/core/vocab"
)

//go:embed data/*.tsv
var dataFS embed.FS

type agent struct {
	code string
	kind vocab.ActorKind
}

type dict struct {
	states, orgs, groups []Party
	agents               map[string]agent
	codeKinds            map[string]vocab.ActorKind
}

var (
	once sync.Once
	def  *dict
)

func get() *dict {
	once.Do(func() { def = load(readData) })
	return def
}

func readData(name string) []byte {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil
	}
	return b
}

// load builds the tables from the data files that read returns (a missing
// file reads as empty).
func load(read func(string) []byte) *dict {
	d := &dict{agents: map[string]agent{}, codeKinds: map[string]vocab.ActorKind{}}
	d.states = parties(read("states.tsv"), vocab.KindState)
	d.orgs = parties(read("organizations.tsv"), vocab.KindOrganization)
	d.groups = parties(read("groups.tsv"), vocab.KindGroup)
	d.members(read("members.tsv"))
	var nouns [][]string
	tsv.Rows(read("agentkinds.tsv"), func(c []string) {
		switch {
		case len(c) >= 3 && c[0] == "code":
			d.codeKinds[c[1]] = kindOf(c[2])
		case len(c) >= 4 && c[0] == "noun" && c[1] != "":
			nouns = append(nouns, c)
		}
	})
	tsv.Rows(read("agents.tsv"), func(c []string) {
		if len(c) >= 2 && c[0] != "" {
			d.addAgent(c[0], agent{code: c[1], kind: d.agentKind(c[1])})
		}
	})
	for _, c := range nouns {
		d.agents[c[1]] = agent{code: c[2], kind: kindOf(c[3])}
	}
	return d
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
func (d *dict) agentKind(code string) vocab.ActorKind {
	for n := len(code); n >= 1; n-- {
		if k, ok := d.codeKinds[code[:n]]; ok {
			return k
		}
	}
	return ""
}

// addAgent indexes a noun; a noun with gaps ("minister … for trade") is
// also found with its words consecutive. The first row of a noun wins.
func (d *dict) addAgent(noun string, a agent) {
	for _, key := range []string{noun, strings.ReplaceAll(noun, " … ", " ")} {
		if _, ok := d.agents[key]; !ok {
			d.agents[key] = a
		}
	}
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
func (d *dict) members(data []byte) {
	index := map[string]*Party{}
	for _, ps := range [][]Party{d.states, d.orgs, d.groups} {
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
