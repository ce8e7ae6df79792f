package main

import (
	"bufio"
	"io"
	"strings"
)

// Agent is one noun form of Phoenix.agents.txt with its code.
type Agent struct {
	Noun string // lower case; "…" marks a place where other words may stand
	Code string // "GOV", "GOVMIL", "NGO" ('~' dropped)
}

// AgentStats counts what the agent reader did.
type AgentStats struct {
	Lines, NoCode, Substituted, Stems, Plurals, Duplicates int
}

// minist is the substitution set that a bare "MINIST" stem stands for.
const minist = "MINIST"

// ParseAgents reads a PETRARCH agents dictionary:
//
//	!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      substitution set
//	FOREIGN_MINISTER [~GOVFRM]                     regular plural added
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]  listed plural
//	POLICE {} [~COP]                               no plural
//	CONGRESS!PERSON! [~LEG]                        one entry per set member
//
// A last word "MINIST" without '!' is read as !MINIST! (the file's stems
// "FINANCE_MINIST" mean the minister or the ministry). Underscores join
// consecutive words; a blank between words lets other words stand there
// (kept as "…"). The first code of a noun wins.
func ParseAgents(r io.Reader, st *AgentStats) ([]Agent, error) {
	// The file defines !MINIST! itself; this default serves a file that
	// uses the bare stem without defining the set.
	subst := map[string][]string{minist: {"MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"}}
	seen := map[string]bool{}
	var out []Agent
	add := func(noun, code string) {
		if noun == "" || seen[noun] {
			if noun != "" {
				st.Duplicates++
			}
			return
		}
		seen[noun] = true
		out = append(out, Agent{Noun: noun, Code: code})
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "<!") {
			continue
		}
		st.Lines++
		if strings.Contains(line, "!") && strings.Contains(line, "=") {
			defineSubst(subst, line)
			continue
		}
		phr, code, ok := agentLine(line)
		if !ok {
			st.NoCode++
			continue
		}
		if p, ok := stemToMarker(phr.sing); ok {
			st.Stems++
			phr = agentPhrase{sing: p, plural: "{}"}
		}
		if strings.Contains(phr.sing, "!") {
			for _, s := range expand(subst, phr.sing) {
				st.Substituted++
				add(agentNoun(s), code)
			}
			continue
		}
		add(agentNoun(phr.sing), code)
		if pl := pluralOf(phr); pl != "" {
			st.Plurals++
			add(agentNoun(pl), code)
		}
	}
	return out, sc.Err()
}

type agentPhrase struct {
	sing   string // as written
	plural string // "" regular, "{}" none, else the listed plural as written
}

// agentLine splits "PHRASE {PLURAL} [CODE]".
func agentLine(line string) (agentPhrase, string, bool) {
	i := strings.IndexByte(line, '[')
	if i < 0 {
		return agentPhrase{}, "", false
	}
	j := strings.IndexByte(line[i:], ']')
	if j < 0 {
		return agentPhrase{}, "", false
	}
	code := strings.Trim(strings.TrimSpace(line[i+1:i+j]), "~")
	if code == "" {
		return agentPhrase{}, "", false
	}
	head := line[:i]
	p := agentPhrase{sing: strings.TrimSpace(head)}
	if k := strings.IndexByte(head, '{'); k >= 0 {
		p.sing = strings.TrimSpace(head[:k])
		inner := head[k+1:]
		if e := strings.IndexByte(inner, '}'); e >= 0 {
			inner = inner[:e]
		}
		p.plural = strings.TrimSpace(inner)
		if p.plural == "" {
			p.plural = "{}"
		}
	}
	return p, code, p.sing != ""
}

// stemToMarker turns "FINANCE_MINIST" into "FINANCE_!MINIST!".
func stemToMarker(s string) (string, bool) {
	if strings.Contains(s, "!") {
		return s, false
	}
	base := strings.TrimRight(s, "_ ")
	if base == minist || strings.HasSuffix(base, "_"+minist) || strings.HasSuffix(base, " "+minist) {
		return base[:len(base)-len(minist)] + "!" + minist + "!", true
	}
	return s, false
}

func defineSubst(subst map[string][]string, line string) {
	a := strings.IndexByte(line, '!')
	b := strings.IndexByte(line[a+1:], '!')
	eq := strings.IndexByte(line, '=')
	if b < 0 || eq < a {
		return
	}
	var items []string
	for _, it := range strings.Split(line[eq+1:], ",") {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	subst[line[a+1:a+1+b]] = items
}

// expand replaces the first !MARKER! of s by every member of its set.
func expand(subst map[string][]string, s string) []string {
	a := strings.IndexByte(s, '!')
	b := strings.IndexByte(s[a+1:], '!')
	if b < 0 {
		return nil
	}
	var out []string
	for _, it := range subst[s[a+1:a+1+b]] {
		out = append(out, s[:a]+it+s[a+2+b:])
	}
	return out
}

// pluralOf is the plural form of an agent phrase, "" for none.
func pluralOf(p agentPhrase) string {
	switch p.plural {
	case "{}":
		return ""
	case "":
		s := strings.TrimRight(p.sing, "_ ")
		if s == "" {
			return ""
		}
		i := strings.LastIndexAny(s, "_ ") + 1
		return s[:i] + nounPlural(s[i:])
	}
	return p.plural
}

// nounPlural is the regular plural of an upper-case noun.
func nounPlural(w string) string {
	n := len(w)
	switch {
	case n >= 2 && w[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		return w[:n-1] + "IES"
	case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "X") || strings.HasSuffix(w, "Z") ||
		strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		return w + "ES"
	}
	return w + "S"
}

// agentNoun lower-cases a phrase: '_' joins words, a blank is a gap "…".
func agentNoun(s string) string {
	var parts []string
	for _, gap := range strings.Fields(s) {
		if w := phrase(gap); w != "" {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " … ")
}
