package pos

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"parley/core/tsv"
)

// Lemmas come from a table of exceptions (data/lemmas.tsv, "form TAB class
// TAB lemma" lines, derived from EWT's LEMMA column by cmd/train-tagger:
// the forms whose lemma the suffix rules below get wrong), then from the
// rules. A form's class is its UPOS ("VERB" for VB..VBZ).

//go:embed data/lemmas.tsv
var lemmasTSV string

// lemmaTable is an open-addressing table of (class, form) hashes.
type lemmaTable struct {
	keys   []uint64 // 0 is an empty slot
	forms  []string
	lemmas []string
	mask   uint64
}

// Lemmatizer gives lemmas by a table of exceptions and suffix rules. It
// is safe for concurrent use.
type Lemmatizer struct {
	once sync.Once
	tsv  string
	tab  lemmaTable
}

var defaultLemmatizer = &Lemmatizer{tsv: lemmasTSV}

// NewLemmatizer returns a Lemmatizer of an exceptions table in the format
// of data/lemmas.tsv (cmd/train-tagger writes it). Malformed lines are
// skipped.
func NewLemmatizer(tsv string) *Lemmatizer { return &Lemmatizer{tsv: tsv} }

// lemmaClass is the class of t in the exceptions table.
func lemmaClass(t Tag) Tag {
	if t.IsVerb() {
		return VB
	}
	return t
}

// lemmaKey hashes a normalised lower-case form with its class.
func lemmaKey(form string, class Tag) uint64 {
	h := hashWord(form, true) ^ uint64(class)*0x9E3779B97F4A7C15
	h = (h ^ h>>31) * 0xBF58476D1CE4E5B9
	if h == 0 {
		h = 1
	}
	return h ^ h>>29
}

// decode reads the exceptions table; a malformed line is skipped.
func (lt *lemmaTable) decode(text string) {
	n := tsv.Count(text, '\n') + 1
	size := 16
	for size < 2*n {
		size *= 2
	}
	lt.keys = make([]uint64, size)
	lt.forms = make([]string, size)
	lt.lemmas = make([]string, size)
	lt.mask = uint64(size - 1)
	for s, more := text, true; more; { // cut by IndexByte: see dict.decode
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			more = false
		}
		form, rest, ok1 := strings.Cut(line, "\t")
		class, lemma, ok2 := strings.Cut(rest, "\t")
		c := ParseTag(class)
		if class == "VERB" {
			c = VB
		}
		if !ok1 || !ok2 || form == "" || lemma == "" || c == 0 {
			continue
		}
		key := lemmaKey(form, c)
		i := key & lt.mask
		for lt.keys[i] != 0 && lt.keys[i] != key {
			i = (i + 1) & lt.mask
		}
		lt.keys[i], lt.forms[i], lt.lemmas[i] = key, form, lemma
	}
}

// get returns the exception for form in class, if there is one.
func (lt *lemmaTable) get(form string, class Tag) (string, bool) {
	if len(lt.keys) == 0 {
		return "", false
	}
	key := lemmaKey(form, class)
	for i := key & lt.mask; ; i = (i + 1) & lt.mask {
		switch lt.keys[i] {
		case key:
			if sameNorm(lt.forms[i], form) {
				return lt.lemmas[i], true
			}
			return "", false
		case 0:
			return "", false
		}
	}
}

// sameNorm tells whether the normalised lower-case forms of a and b are equal.
func sameNorm(a, b string) bool {
	if a == b {
		return true
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if normRune(ra, true) != normRune(rb, true) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// Lemma returns the lemma of a lower-cased word tagged t: ("said", VBD) →
// "say", ("talks", NOUN) → "talk", ("was", AUX) → "be", ("n't", PART) →
// "not". It returns lower itself when the lemma is the word. The table of
// exceptions is the embedded one, decoded on first use.
func Lemma(lower string, t Tag) string { return defaultLemmatizer.Lemma(lower, t) }

// Lemma is the lemma of a lower-cased word tagged t (see the function Lemma).
func (lz *Lemmatizer) Lemma(lower string, t Tag) string {
	if lower == "" {
		return lower
	}
	lz.once.Do(func() { lz.tab.decode(lz.tsv) })
	if l, ok := lz.tab.get(lower, lemmaClass(t)); ok {
		if l == lower {
			return lower
		}
		return l
	}
	return RuleLemma(lower, t)
}

// RuleLemma is the lemma of a lower-cased word by the suffix rules alone,
// without the exceptions table (cmd/train-tagger derives the table from
// where they fail).
func RuleLemma(w string, t Tag) string {
	switch t {
	case NOUN:
		return plural(w, false)
	case VBZ:
		return plural(w, true)
	case VBD, VBN:
		return pastForm(w)
	case VBG:
		if len(w) > 4 && strings.HasSuffix(w, "ing") {
			return restoreE(w[:len(w)-3])
		}
	}
	return w
}

// plural strips the -s of a plural noun or of a verb's third person.
func plural(w string, verb bool) string {
	n := len(w)
	switch {
	case n < 3 || w[n-1] != 's' || w[n-2] < 'a' || w[n-2] > 'z' || w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i':
		return w
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "zzes") || (strings.HasSuffix(w, "oes") && (verb || n > 5)):
		return w[:n-2]
	}
	return w[:n-1]
}

// pastForm strips the -ed of a past tense or participle.
func pastForm(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "eed") || (n <= 4 && strings.HasSuffix(w, "ied")):
		return w[:n-1]
	case n > 3 && strings.HasSuffix(w, "ed"):
		return restoreE(w[:n-2])
	}
	return w
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// syllables counts the vowel groups of s (y counts as a vowel).
func syllables(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) || s[i] == 'y'
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// restoreE mends the stem left by -ed or -ing: "stopp" → "stop", "mak" →
// "make", "open" → "open".
func restoreE(s string) string {
	n := len(s)
	if n < 2 {
		return s
	}
	c, p := s[n-1], s[n-2]
	if n >= 3 && c == p && strings.IndexByte("bdgmnprt", c) >= 0 {
		return s[:n-1]
	}
	if needsE(s) {
		return s + "e"
	}
	return s
}

// needsE tells whether a verb stem (two bytes or more) lost a final e.
func needsE(s string) bool {
	n := len(s)
	c, p := s[n-1], s[n-2]
	pp := byte(0)
	if n >= 3 {
		pp = s[n-3]
	}
	single := isVowel(p) && !isVowel(pp) // one vowel before c
	switch c {
	case 'v', 'c', 'u':
		return true
	case 'z':
		return p != 'z'
	case 's':
		return isVowel(p) || strings.IndexByte("nprl", p) >= 0
	case 'g':
		return (p == 'n' && (pp == 'a' || pp == 'e')) || p == 'r' || p == 'd' || p == 'l' || single
	case 'l':
		return (!isVowel(p) && strings.IndexByte("lrw", p) < 0) || (single && (p == 'i' || p == 'u'))
	case 't':
		// "creat", "vot", "execut", "cit"; "negotiat", "evaluat"; not "defeat", "visit"
		return (single && (p == 'a' || p == 'o' || p == 'u' || (p == 'i' && syllables(s) == 1))) ||
			(p == 'a' && (pp == 'i' || pp == 'u'))
	case 'd', 'm', 'k', 'b':
		return single
	case 'r':
		return single && (p == 'a' || p == 'i' || p == 'u')
	case 'n':
		return single && (p == 'i' || syllables(s) == 1)
	case 'p':
		return single && (p == 'a' || syllables(s) == 1)
	}
	return false
}
