package ui

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/core"
)

// Palette is the Okabe–Ito palette, told apart by readers with the common
// forms of colour blindness; each party also gets a letter and a line style
// so that colour is never the only cue.
var Palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D00", "#6A3D9A"}

// PartyLetter is the letter badge of the i-th party: A to Z, then AA, AB,
// … as spreadsheet columns go, so that no two parties share one.
func PartyLetter(i int) string {
	if i < 0 {
		return ""
	}
	s := ""
	for ; i >= 0; i = i/26 - 1 {
		s = string(rune('A'+i%26)) + s
	}
	return s
}

// PartyClass is the CSS class carrying the i-th party's colour and line.
func PartyClass(i int) string {
	if i < 0 {
		return "party-none"
	}
	return "party-" + string(rune('0'+i%len(Palette)))
}

// Title is the first line (the headline) of a report, shortened for a list.
func Title(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line != "" {
			return Shorten(line, 90)
		}
	}
	return "Untitled report"
}

// Shorten cuts s to at most n runes at a word boundary, adding an ellipsis.
func Shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, runes := 0, 0
	for i := range s {
		if runes > n-1 {
			break
		}
		cut = i
		runes++
	}
	if sp := strings.LastIndexFunc(s[:cut], unicode.IsSpace); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// PartyView is a party with the index that picks its colour.
type PartyView struct {
	core.Actor
	Index int
}

// StanceGroup is one party's stances.
type StanceGroup struct {
	Party   PartyView
	Stances []core.Stance
}

// Grid is the "Where they stand" table: parties × issues, each cell the
// stance types the party holds on that issue.
type Grid struct {
	Issues []core.Issue
	Rows   []GridRow
	More   int // issues left out (see GridMaxIssues)
}

// GridRow is one party's row.
type GridRow struct {
	Party PartyView
	Cells [][]core.StanceType
}

// Map is what the side panel shows for one analysis.
type Map struct {
	Parties    []PartyView
	Groups     []StanceGroup
	Proposals  []core.Proposal
	Grid       Grid
	ActorIndex map[string]int
}

// GridMaxIssues is how many issues the "Where they stand" grid shows at
// most: those the most stances are about (a long report can raise
// hundreds of issues; each stance still lists all of its own).
const GridMaxIssues = 12

// BuildMap arranges an analysis for display, in time linear in its size.
func BuildMap(a *core.Analysis) Map {
	m := Map{ActorIndex: map[string]int{}}
	if a == nil {
		return m
	}
	for i, act := range a.Actors {
		m.ActorIndex[act.ID] = i
		m.Parties = append(m.Parties, PartyView{act, i})
	}
	byActor := map[string][]core.Stance{}
	uses := map[string]int{} // stances per issue
	for _, s := range a.Stances {
		byActor[s.Actor] = append(byActor[s.Actor], s)
		for i, is := range s.Issues {
			if !contains(s.Issues[:i], is) {
				uses[is]++
			}
		}
	}
	for _, p := range m.Parties {
		if st := byActor[p.ID]; len(st) > 0 {
			m.Groups = append(m.Groups, StanceGroup{Party: p, Stances: st})
		}
	}
	m.Proposals = a.Proposals

	var issues []core.Issue
	for _, is := range a.Issues {
		if uses[is.ID] > 0 {
			issues = append(issues, is)
		}
	}
	if len(issues) > GridMaxIssues {
		top := slices.Clone(issues)
		slices.SortStableFunc(top, func(x, y core.Issue) int { return uses[y.ID] - uses[x.ID] })
		keep := map[string]bool{}
		for _, is := range top[:GridMaxIssues] {
			keep[is.ID] = true
		}
		m.Grid.More = len(issues) - GridMaxIssues
		issues = slices.DeleteFunc(issues, func(is core.Issue) bool { return !keep[is.ID] })
	}
	m.Grid.Issues = issues
	col := map[string]int{}
	for j, is := range issues {
		col[is.ID] = j
	}
	for _, g := range m.Groups {
		row := GridRow{Party: g.Party, Cells: make([][]core.StanceType, len(issues))}
		any := false
		for _, s := range g.Stances {
			for _, is := range s.Issues {
				if j, ok := col[is]; ok && !slices.Contains(row.Cells[j], s.Type) {
					row.Cells[j] = append(row.Cells[j], s.Type)
					any = true
				}
			}
		}
		for _, c := range row.Cells {
			slices.Sort(c)
		}
		if any {
			m.Grid.Rows = append(m.Grid.Rows, row)
		}
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// StatusLabel is how a proposal status reads.
func StatusLabel(s core.ProposalStatus) string {
	switch s {
	case core.StatusUnderDiscussion:
		return "under discussion"
	case "":
		return "proposed"
	}
	return string(s)
}

// ActorName names an actor id for display.
func (m Map) ActorName(id string) string {
	if i, ok := m.ActorIndex[id]; ok {
		return m.Parties[i].Name
	}
	if id == "" {
		return "unnamed party"
	}
	return id
}

// Index is the colour index of an actor id, or -1.
func (m Map) Index(id string) int {
	if i, ok := m.ActorIndex[id]; ok {
		return i
	}
	return -1
}
