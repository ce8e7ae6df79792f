package main

import "strings"

// smallWords are skipped when a name's initials are taken ("Organization
// of the Petroleum Exporting Countries" → OPEC).
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true,
	"in": true, "at": true, "to": true, "de": true, "&": true}

// markAcronyms writes in upper case every one-word name or alias of a
// record that spells the initials of another of its names ("who" beside
// "world health organization" → "WHO"), so that a reader can require the
// capitals and not take the pronoun for the organisation. The source
// files are all in capitals, so nothing else tells an acronym from a word.
func markAcronyms(r *Record) int {
	names := append([]string{r.Name}, r.Aliases...)
	initials := map[string]bool{}
	for _, n := range names {
		for k := range initialsOf(n) {
			initials[k] = true
		}
	}
	n := 0
	mark := func(s string) string {
		if len(s) >= 2 && !strings.Contains(s, " ") && initials[s] {
			n++
			return strings.ToUpper(s)
		}
		return s
	}
	r.Name = mark(r.Name)
	for i := range r.Aliases {
		r.Aliases[i] = mark(r.Aliases[i])
	}
	return n
}

// initialsOf returns the initials of a name of two words or more, with
// and without its small words ("otpec", "opec").
func initialsOf(name string) map[string]bool {
	w := strings.Fields(strings.ReplaceAll(name, "-", " "))
	if len(w) < 2 {
		return nil
	}
	var all, content strings.Builder
	for _, x := range w {
		all.WriteByte(x[0])
		if !smallWords[x] {
			content.WriteByte(x[0])
		}
	}
	return map[string]bool{all.String(): true, content.String(): true}
}
