package core

import (
	"math"
	"parley/core/pos"
	"parley/core/vocab"
	"sort"
	"strconv"
	"strings"
)

// issuesIn returns the issue ids signalled in tokens [cs, ce), in order of
// appearance (at most three); with none, a key noun of the content.
func (d *doc) issuesIn(cs, ce int) []string {
	var out []string
	for i := cs; i < ce && i < len(d.toks) && len(out) < 3; i++ {
		if !d.word(i) {
			continue
		}
		idx, n := d.issueAt(i, ce)
		if idx < 0 {
			continue
		}
		id := d.a.lex.Issues[idx].ID
		dup := false
		for _, x := range out {
			if x == id {
				dup = true
			}
		}
		if !dup {
			out = append(out, id)
		}
		i += n - 1
	}
	if len(out) == 0 {
		// the first substantial lower-case noun-like word
		for i := cs; i < ce && i < len(d.toks); i++ {
			w := d.lw(i)
			if d.word(i) && !d.cap(i) && len(w) >= 5 && !d.is(i, bStop) && !strings.HasSuffix(w, "ing") &&
				!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") && !d.isCue(i, ce) && isASCIIWord(w) &&
				!genericNouns[w] && !d.is(i, bRole|bGroup|bTime) {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// summaryOf is the content's own words on one line, at most 24 words.
func (d *doc) summaryOf(cs, ce int) string {
	if ce <= cs || cs < 0 || ce > len(d.toks) {
		return ""
	}
	// drop outer quotes and punctuation
	for cs < ce && d.toks[cs].Kind == 4 && !d.isPunct(cs, "(") && !d.isPunct(cs, "$") {
		cs++
	}
	for ce > cs && d.toks[ce-1].Kind == 4 && !d.isPunct(ce-1, ")") && !d.isPunct(ce-1, "%") {
		ce--
	}
	// and the complementiser of a reported clause: its words are the stance
	if ce-cs > 3 && d.lw(cs) == "that" && d.nd.Tag(cs) == pos.SCONJ {
		cs++
		for cs < ce && d.toks[cs].Kind == 4 {
			cs++
		}
	}
	if ce <= cs {
		return ""
	}
	words := 0
	end := ce
	for i := cs; i < ce; i++ {
		if d.word(i) || d.toks[i].Kind == 2 {
			words++
			if words > 24 {
				end = i
				break
			}
		}
	}
	for end > cs+1 && d.toks[end-1].Kind == 4 {
		end--
	}
	s := foldSpace(d.text[d.toks[cs].S():d.toks[end-1].E()])
	if strings.ContainsAny(s, "“”\"") {
		s = quoteStrip.Replace(s)
	}
	return strings.TrimSpace(s)
}

func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if r > 127 {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// result assembles the Analysis in a stable order.
func (d *doc) result() *Analysis {
	res := &Analysis{Version: Version, Sentences: make([]Span, 0, len(d.sents)), Actors: []Actor{},
		Stances: []Stance{}, Proposals: []Proposal{}, Issues: []Issue{}, Talks: []TalkState{},
		Attributions: []Attribution{}}
	for _, s := range d.sents {
		res.Sentences = append(res.Sentences, Span{Start: s.start, End: s.end})
	}
	// actors that are parties, by first mention
	var idx []int
	for ai, a := range d.actors {
		if a.party && len(a.mentions) > 0 {
			idx = append(idx, ai)
		}
	}
	firstAt := make(map[int]int, len(idx))
	for _, ai := range idx {
		m := d.actors[ai].mentions
		best := m[0].Start
		for _, x := range m {
			if x.Start < best {
				best = x.Start
			}
		}
		firstAt[ai] = best
	}
	sort.SliceStable(idx, func(a, b int) bool { return firstAt[idx[a]] < firstAt[idx[b]] })
	ids := make(map[int]string, len(idx))
	used := map[string]bool{}
	for _, ai := range idx {
		a := d.actors[ai]
		id := slug(a.name)
		if id == "" {
			id = "actor"
		}
		base := id
		for n := 2; used[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		used[id] = true
		ids[ai] = id
		ms := a.mentions // the document is discarded after this: sort in place
		if !sort.SliceIsSorted(ms, func(x, y int) bool { return ms[x].Start < ms[y].Start }) {
			sort.SliceStable(ms, func(x, y int) bool { return ms[x].Start < ms[y].Start })
		}
		aliases := append([]string{}, a.aliases...)
		res.Actors = append(res.Actors, Actor{ID: id, Name: a.name, Kind: a.kind, Aliases: aliases, Mentions: ms})
	}
	issueSeen := map[string]bool{}
	addIssues := func(list []string) []string {
		out := []string{}
		for _, id := range list {
			out = append(out, id)
			if !issueSeen[id] {
				issueSeen[id] = true
				label := ""
				for _, is := range d.a.lex.Issues {
					if is.ID == id {
						label = is.Label
					}
				}
				if label == "" && len(id) > 0 {
					// a key noun of the statement: "Court", "Flexibility"
					label = strings.ToUpper(id[:1]) + id[1:]
				}
				res.Issues = append(res.Issues, Issue{ID: id, Label: label})
			}
		}
		return out
	}
	// stances in reading order
	sort.SliceStable(d.stances, func(a, b int) bool { return d.stances[a].evS < d.stances[b].evS })
	n := 0
	for _, st := range d.stances {
		aid, ok := ids[st.actor]
		if !ok {
			continue
		}
		n++
		tid := ""
		if st.target >= 0 {
			tid = ids[st.target]
		}
		g := 0.0
		if c, ok := d.a.lex.Cameo(st.cameo); ok {
			g = c.Goldstein
		}
		src := st.source
		if src == d.actors[st.actor].name {
			src = ""
		}
		res.Stances = append(res.Stances, Stance{ID: "s" + strconv.Itoa(n), Actor: aid, Type: st.typ,
			Summary: d.summaryOf(st.cS, st.cE), Issues: addIssues(st.issues), Target: tid, Source: src,
			Cameo: st.cameo, Goldstein: g, Confidence: math.Round(st.conf*100) / 100,
			Evidence: Evidence{Start: st.evS, End: st.evE, Text: d.text[st.evS:st.evE]}})
	}
	n = 0
	for _, p := range d.proposals {
		pid, ok := ids[p.proposer]
		if !ok {
			continue
		}
		n++
		res.Proposals = append(res.Proposals, Proposal{ID: "p" + strconv.Itoa(n), Proposer: pid,
			Content: d.summaryOf(p.cS, p.cE), Status: p.status, Issues: addIssues(p.issues),
			Evidence: Evidence{Start: p.evS, End: p.evE, Text: d.text[p.evS:p.evE]}})
	}
	res.Talks = append(res.Talks, d.talks...)
	res.Attributions = d.attributionsOut(ids, res.Attributions)
	return res
}

// attributionsOut appends the attributions to out with the ids of their
// parties; a stance verb that speaks for no party (a state, an
// organisation, a group) is no attribution.
func (d *doc) attributionsOut(ids map[int]string, out []Attribution) []Attribution {
	held := make([]bool, len(d.attrs))
	for _, st := range d.stances {
		if st.attr >= 0 && st.attr < len(held) {
			held[st.attr] = true
		}
	}
	for k, at := range d.attrs {
		a := at.Attribution
		for _, ai := range at.actors {
			if id, ok := ids[ai]; ok {
				a.Actor = id
				break
			}
		}
		if a.Kind == vocab.Other && (a.Actor == "" || !held[k] || len(at.actors) > 0 && d.actors[at.actors[0]].kind == KindPerson) {
			continue // (a stance verb is an attribution only of the stance it states)
		}
		out = append(out, a)
	}
	return out
}

var quoteStrip = strings.NewReplacer("“", "", "”", "", "\"", "")

// issueAt memoises the issue lexicon's prefix triggers per word.
func (d *doc) issueAt(i, ce int) (int, int) {
	w := d.lw(i)
	if d.is(i, bIssue) {
		return d.a.lex.IssueAt(d.lower, d.toks[:ce], i)
	}
	if !d.a.lex.MayStartPrefix(w) {
		return -1, 0
	}
	if d.issueMemo == nil {
		d.issueMemo = map[string]int{}
	}
	if v, ok := d.issueMemo[w]; ok {
		if v < 0 {
			return -1, 0
		}
		return v, 1
	}
	v := d.a.lex.IssuePrefixAt(w)
	d.issueMemo[w] = v
	if v < 0 {
		return -1, 0
	}
	return v, 1
}

// Nouns too general to name what a statement is about.
var genericNouns = set("sides", "proposal", "proposals", "offer", "offers", "group", "terms", "comments", "statement",
	"people", "things", "thing", "fact", "issue", "issues", "question", "matter", "point", "position", "situation",
	"countries", "country", "parties", "party", "meeting", "round", "stage", "process", "result", "results", "moment",
	"there", "their", "these", "those", "other", "every", "while", "where", "which", "would", "could", "should",
	"about", "after", "before", "again", "still", "never", "always", "already", "being", "because", "since", "first",
	"continue", "essential", "important", "possible", "necessary", "ready", "likely", "serious", "clear", "major",
	"final", "further", "whole", "entire", "significant", "several", "various", "include", "includes", "remain")
