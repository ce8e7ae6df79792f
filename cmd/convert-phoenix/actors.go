package main

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Record is one entry of a Phoenix actor file: a name line, its "+"
// synonym lines and its "[CODE dates]" lines.
type Record struct {
	Name    string   // lower case, words joined by one space
	Aliases []string // the same shape; acronyms in upper case (see acronyms.go)
	Codes   []Code
	Line    int
}

// Code is an actor code with the dates it applies between.
type Code struct {
	Code     string
	From, To int // yyyymmdd; 0 = open
}

// ParseStats counts what the actor reader mended or skipped.
type ParseStats struct {
	Records, Aliases, Codes, OddDates int
}

// ParseActors reads a PETRARCH actor dictionary. It never fails on a
// malformed line: the line is read as far as it goes.
func ParseActors(r io.Reader, st *ParseStats) ([]*Record, error) {
	var out []*Record
	var cur *Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		text, codes := splitCodes(t, st)
		switch {
		case strings.HasPrefix(t, "["):
			if cur != nil {
				cur.Codes = append(cur.Codes, codes...)
			}
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				continue
			}
			if a := phrase(text[1:]); a != "" {
				cur.Aliases = append(cur.Aliases, a)
				st.Aliases++
			}
			cur.Codes = append(cur.Codes, codes...)
		default:
			name := phrase(text)
			if name == "" {
				continue
			}
			cur = &Record{Name: name, Codes: codes, Line: n}
			out = append(out, cur)
			st.Records++
		}
	}
	for _, r := range out {
		st.Codes += len(r.Codes)
		splitBracketed(r)
	}
	return out, sc.Err()
}

// splitCodes cuts the "[CODE dates]" groups off a line.
func splitCodes(t string, st *ParseStats) (string, []Code) {
	i := strings.IndexByte(t, '[')
	if i < 0 {
		return t, nil
	}
	text := t[:i]
	var codes []Code
	for rest := t[i:]; ; {
		open := strings.IndexByte(rest, '[')
		if open < 0 {
			break
		}
		end := strings.IndexByte(rest[open:], ']')
		if end < 0 {
			end = len(rest) - open
		}
		if c, ok := parseCode(rest[open+1:open+end], st); ok {
			codes = append(codes, c)
		}
		if open+end >= len(rest) {
			break
		}
		rest = rest[open+end+1:]
	}
	return text, codes
}

// parseCode reads "LBNGOV 981124-071123", "ARM >911221", "USRARM <900823",
// "IGOUNO". The null code "---" is dropped.
func parseCode(s string, st *ParseStats) (Code, bool) {
	f := strings.Fields(s)
	if len(f) == 0 || strings.Trim(f[0], "-~") == "" {
		return Code{}, false
	}
	c := Code{Code: f[0]}
	d := strings.Join(f[1:], "")
	switch {
	case d == "":
	case d[0] == '>':
		c.From = date(d[1:], st)
	case d[0] == '<':
		c.To = date(d[1:], st)
	case strings.Contains(d, "-"):
		a, b, _ := strings.Cut(d, "-")
		c.From, c.To = date(a, st), date(b, st)
	default: // a lone date: from then on
		c.From = date(d, st)
	}
	return c, true
}

// date reads YYMMDD or YYYYMMDD as PETRARCH2 does: more than 7 characters
// is YYYYMMDD (extra characters ignored), else YYMMDD with YY up to 30 in
// the 2000s. A date that cannot be read, or has an impossible month or day,
// is counted; an unreadable one is open (0).
func date(s string, st *ParseStats) int {
	var y, m, d int
	var err1, err2, err3 error
	if len(s) > 7 {
		y, err1 = strconv.Atoi(s[:4])
		m, err2 = strconv.Atoi(s[4:6])
		d, err3 = strconv.Atoi(s[6:8])
	} else if len(s) >= 6 {
		y, err1 = strconv.Atoi(s[:2])
		m, err2 = strconv.Atoi(s[2:4])
		d, err3 = strconv.Atoi(s[4:6])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	} else {
		st.OddDates++
		return 0
	}
	if err1 != nil || err2 != nil || err3 != nil {
		st.OddDates++
		return 0
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || len(s) == 7 || len(s) > 8 {
		st.OddDates++
	}
	return y*10000 + m*100 + d
}

// phrase normalises a name: '_' and blanks separate words, lower case.
func phrase(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "_", " "))
	return strings.Join(strings.Fields(s), " ")
}

// splitBracketed reads a bracketed word inside a name. An acronym ("basque
// fatherland and freedom (eta)": two to four letters, or the initials of
// the rest) leaves the name and becomes an alias in capitals ("ETA");
// anything else ("korea (north)", "georgia (country)") stays in the name
// without its brackets, so that it does not leave a bare "korea" behind.
func splitBracketed(r *Record) {
	var extra []string
	fix := func(s string) string {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			return s
		}
		inner := strings.TrimSpace(s[i+1 : j])
		outer := strings.Join(strings.Fields(s[:i]+" "+s[j+1:]), " ")
		if outer == "" || !isAcronym(inner, outer) {
			return strings.Join(strings.Fields(s[:i]+" "+inner+" "+s[j+1:]), " ")
		}
		extra = append(extra, strings.ToUpper(inner))
		return outer
	}
	r.Name = fix(r.Name)
	for i, al := range r.Aliases {
		r.Aliases[i] = fix(al)
	}
	r.Aliases = append(r.Aliases, extra...)
}

// isAcronym reports a bracketed word that abbreviates the name beside it.
func isAcronym(inner, outer string) bool {
	if inner == "" || strings.ContainsAny(inner, " '") {
		return false
	}
	for _, c := range inner {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if len(inner) >= 2 && len(inner) <= 4 {
		return true
	}
	return initialsOf(outer)[inner]
}
