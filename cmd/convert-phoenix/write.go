package main

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const (
	sourceRepo   = "openeventdata/petrarch2"
	sourceCommit = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
	command      = "go run ./cmd/convert-phoenix -in ../shared/external/petrarch2 -out core/phoenix/data"
)

// mitNotice is the repository's LICENSE (the actor and agent files repeat
// it with "Copyright (c) 2014 Open Event Data Alliance").
const mitNotice = `The MIT License (MIT)

Copyright (c) 2014 Open Event Data

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`

// Inputs names the source files and a short digest of each, for the headers.
type Inputs struct {
	Names   []string
	Digests []string
}

func header(b *bytes.Buffer, what, from string, in Inputs, fullNotice bool, columns ...string) {
	fmt.Fprintf(b, "# %s\n", what)
	fmt.Fprintf(b, "# Derived from %s of %s @ %s (petrarch2/data/dictionaries/),\n", from, sourceRepo, sourceCommit)
	b.WriteString("# the Phoenix dictionaries of PETRARCH2, under the MIT licence of the Open Event Data Alliance.\n")
	for i, n := range in.Names {
		fmt.Fprintf(b, "# input %s sha256 %s\n", n, in.Digests[i])
	}
	fmt.Fprintf(b, "# Written by: %s\n", command)
	b.WriteString("# Do not edit: change the converter and run it again (same input, same bytes).\n")
	if fullNotice {
		b.WriteString("#\n")
		for _, l := range strings.Split(mitNotice, "\n") {
			b.WriteString(strings.TrimRight("# "+l, " ") + "\n")
		}
	} else {
		b.WriteString("# The MIT notice of the source is in the header of states.tsv.\n")
	}
	b.WriteString("#\n")
	for _, c := range columns {
		b.WriteString("# " + c + "\n")
	}
}

const codesDoc = "codes: space-separated CODE or CODE@from-to, dates yyyymmdd, an empty side open"

// Files renders the tables as data files, by name.
func Files(t *Tables, in Inputs) map[string][]byte {
	var st, org, grp, mem, ag bytes.Buffer
	header(&st, "states.tsv: states and territories, with their names and aliases (demonyms, capitals, cities, misspellings as the source lists them).",
		"Phoenix.Countries.actors.txt", in, true,
		"code\tname\taliases (|-separated, lower case; an acronym in capitals)\tcodes", codesDoc)
	header(&org, "organizations.tsv: intergovernmental organisations (codes IGO...).",
		"Phoenix.International.actors.txt", in, false,
		"code\tname\taliases\tcodes (records sharing a code are parts or names of one organisation)", codesDoc)
	header(&grp, "groups.tsv: armed and other non-state groups.",
		"Phoenix.MilNonState.actors.txt", in, false,
		"code\tname\taliases\tcodes", codesDoc)
	header(&mem, "members.tsv: people (and a few bodies) who speak for a party while in office: a state's government, defence, economy and trade ministers and military commanders; an organisation's or a group's dated leaders.",
		"Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt", in, false,
		"kind (state, organization, group)\tparty code\tname\taliases\troles: the codes of the kept roles, with dates", codesDoc)
	header(&ag, "agents.tsv: role nouns and their agent codes (GOV government, MIL military, LAB labour, BUS business, REB rebels, ...); their kinds are in agentkinds.tsv.",
		"Phoenix.agents.txt", in, false,
		"noun (lower case; … where other words may stand, and such a noun again with its words together), sorted by noun (byte order) for a binary search\tcode")
	for _, p := range t.States {
		partyRow(&st, p)
		memberRows(&mem, "state", p)
	}
	for _, p := range t.Orgs {
		partyRow(&org, p)
		memberRows(&mem, "organization", p)
	}
	for _, p := range t.Groups {
		partyRow(&grp, p)
		memberRows(&mem, "group", p)
	}
	for _, a := range agentRows(t.Agents) {
		fmt.Fprintf(&ag, "%s\t%s\n", a.Noun, a.Code)
	}
	return map[string][]byte{"states.tsv": st.Bytes(), "organizations.tsv": org.Bytes(),
		"groups.tsv": grp.Bytes(), "members.tsv": mem.Bytes(), "agents.tsv": ag.Bytes()}
}

func partyRow(b *bytes.Buffer, p *Party) {
	fmt.Fprintf(b, "%s\t%s\t%s\t%s\n", p.Code, p.Name, strings.Join(p.Aliases, "|"), codes(p.Codes))
}

func memberRows(b *bytes.Buffer, kind string, p *Party) {
	for _, m := range p.Members {
		fmt.Fprintf(b, "%s\t%s\t%s\t%s\t%s\n", kind, p.Code, m.Name, strings.Join(m.Aliases, "|"), codes(m.Codes))
	}
}

func codes(cs []Code) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		if c.From == 0 && c.To == 0 {
			parts[i] = c.Code
			continue
		}
		parts[i] = c.Code + "@" + dateStr(c.From) + "-" + dateStr(c.To)
	}
	return strings.Join(parts, " ")
}

func dateStr(d int) string {
	if d == 0 {
		return ""
	}
	return strconv.Itoa(d)
}

// agentRows are the rows of agents.tsv: each noun, and a noun with a gap
// ("minister … for trade") also with its words together ("minister for
// trade"), once each, with the code of the first agent that gives it;
// sorted by noun, so that core/phoenix looks a noun up in the text in
// place instead of building a table.
func agentRows(agents []Agent) []Agent {
	seen := make(map[string]bool, len(agents)*6/5)
	out := make([]Agent, 0, len(agents)*6/5)
	for _, a := range agents {
		for _, n := range []string{a.Noun, strings.ReplaceAll(a.Noun, " … ", " ")} {
			if !seen[n] {
				seen[n] = true
				out = append(out, Agent{Noun: n, Code: a.Code})
			}
		}
	}
	slices.SortFunc(out, func(a, b Agent) int { return strings.Compare(a.Noun, b.Noun) })
	return out
}
