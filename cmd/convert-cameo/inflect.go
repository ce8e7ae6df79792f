package main

import "strings"

// inflect returns the regular forms of a verb whose line lists none: the
// third person, the past and the -ing form of its head word, the other
// words of a multi-word verb kept in place. The rules are plain English
// spelling (consonant + y, sibilants, silent e, a doubled final consonant
// after a single short vowel in a one-syllable verb: "ban" → "banned");
// irregular verbs are listed in the dictionary itself.
func inflect(lemma string, head int) []string {
	words := strings.Split(lemma, " ")
	if head >= len(words) {
		return nil
	}
	w := words[head]
	var out []string
	for _, f := range []string{thirdPerson(w), past(w), gerund(w)} {
		c := append([]string(nil), words...)
		c[head] = f
		out = appendNew(out, strings.Join(c, " "))
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// consonantY reports a word ending in a consonant and 'y' ("deny").
func consonantY(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2])
}

func sibilant(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

func thirdPerson(w string) string {
	switch {
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	case sibilant(w):
		return w + "es"
	case len(w) >= 2 && w[len(w)-1] == 'o' && !isVowel(w[len(w)-2]):
		return w + "es" // veto, echo
	}
	return w + "s"
}

func past(w string) string {
	switch {
	case consonantY(w):
		return w[:len(w)-1] + "ied"
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case doubles(w):
		return w + w[len(w)-1:] + "ed"
	}
	return w + "ed"
}

// doubles reports a one-syllable verb ending in consonant, vowel,
// consonant (not w, x or y): its final consonant doubles before -ed, -ing.
func doubles(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[n-1]) || strings.IndexByte("wxy", w[n-1]) >= 0 || !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			groups++
		}
	}
	return groups == 1
}

func gerund(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case n >= 2 && w[n-1] == 'e' && !isVowel(w[n-2]):
		return w[:n-1] + "ing"
	case doubles(w):
		return w + w[n-1:] + "ing"
	}
	return w + "ing"
}

// plural is the regular plural of a noun (synset members).
func plural(w string) string {
	switch {
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	case sibilant(w):
		return w + "es"
	}
	return w + "s"
}

// pluralLike reports a noun that already looks plural or uncountable
// ("headquarters", "talks", "lats"): it gets no plural of its own.
func pluralLike(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}
