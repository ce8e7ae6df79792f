package nlp

import (
	"strings"

	"parley/core/cameo"
	"parley/core/pos"
	"parley/core/tokens"
)

// properNames corrects the tagger where news copy's capitals say more than
// the tagger's training text could. UD EWT is web text (reviews, e-mail,
// forums) with loose capitals, so its tagger reads an unknown capitalised
// word as a common noun or an adjective; in edited news a capitalised word
// inside a sentence is a name ("the union Unite", "bus operator
// Metroline"). Two passes:
//   - inside a sentence (not its first word, not after an opening quote or
//     a colon, not in a headline), a capitalised word tagged NOUN is PROPN,
//     and so is a capitalised adjective or verb before such a name (the
//     words of a foreign or invented name);
//   - a sentence's first word that the same report also writes as such a
//     name elsewhere is PROPN too ("Unite is demanding …").
//
// Both are linear in the tokens.
func (d *Doc) properNames() {
	if d.names == nil {
		d.names = map[string]bool{}
	}
	clear(d.names)
	names := d.names
	for _, s := range d.Sents {
		if s.Headline {
			continue
		}
		for i := s.T1 - 1; i > s.T0; i-- {
			switch t := d.Tags[i]; {
			case t == pos.NOUN && d.midName(i):
				d.Tags[i] = pos.PROPN
			case (t == pos.VB || t == pos.VBP || t == pos.ADJ) && d.midName(i) && (d.Tags[i-1] == pos.NOUN || d.Tags[i-1] == pos.PROPN) &&
				(i+1 >= s.T1 || d.Tags[i+1] != pos.NOUN && d.Tags[i+1] != pos.ADJ):
				// "the union Unite broke down": after a noun and before no
				// noun, a capitalised verb or adjective is a name
				d.Tags[i] = pos.PROPN
			case (t == pos.ADJ || t == pos.X || t.IsVerb()) && d.midName(i) && i+1 < s.T1 &&
				d.Tags[i+1] == pos.PROPN && capitalised(d.Word(i+1)):
				d.Tags[i] = pos.PROPN // "the Vereinigung Cockpit union": a word of a name
			}
			if d.Tags[i] == pos.PROPN && d.midName(i) {
				names[d.Low(i)] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for _, s := range d.Sents {
		for i := s.T0; i < s.T1 && i < s.T0+2; i++ {
			switch t := d.Tags[i]; {
			case t == pos.NOUN, t == pos.ADJ, t == pos.ADV, t == pos.X, t == pos.INTJ, t.IsVerb():
				if capitalised(d.Word(i)) && names[d.Low(i)] {
					d.Tags[i] = pos.PROPN
				}
			}
			if d.Toks[i].Kind == tokens.Word {
				break // the first word only (after an opening quote)
			}
		}
	}
}

// midName reports whether token i is a capitalised word with lower-case
// letters, preceded by a word, a comma or a parenthesis: not a sentence's
// or a quotation's first word.
func (d *Doc) midName(i int) bool {
	if !capitalised(d.Word(i)) || i == 0 {
		return false
	}
	p := d.Toks[i-1]
	if p.Kind == tokens.Word || p.Kind == tokens.Number {
		return true
	}
	w := d.Word(i - 1)
	return w == "," || w == "(" || w == "and"
}

// capitalised: an upper-case first letter and some lower case after it
// (not an acronym, which the tagger reads well).
func capitalised(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// NameSeen reports whether the report writes the lower-case word w, with a
// capital, inside a sentence as a name.
func (d *Doc) NameSeen(w string) bool { return d.names[w] }

// LowerSeen reports whether the report writes word w (lower case) in lower
// case somewhere: a capitalised w that opens a sentence is then a common
// word. The set is built on first use.
func (d *Doc) LowerSeen(w string) bool {
	if !d.lowerBuilt {
		d.lowerBuilt = true
		if d.lower == nil {
			d.lower = map[string]bool{}
		}
		clear(d.lower)
		for i, t := range d.Toks {
			if t.Kind == tokens.Word && d.Text[t.Start] >= 'a' && d.Text[t.Start] <= 'z' {
				d.lower[d.Low(i)] = true
			}
		}
	}
	return d.lower[w]
}

// complementizers retags "that" read as a determiner before a name or a
// personal pronoun ("adding that Brussels would …", "said that he …"): a
// determiner does not stand before either, a complementiser does.
//
// Conversely a "that" read as a complementiser before a noun that no verb
// follows ("rejected that proposal on Monday") is a determiner.
func (d *Doc) complementizers() {
	for i := 0; i+1 < len(d.Toks); i++ {
		if d.Low(i) != "that" {
			continue
		}
		switch d.Tags[i] {
		case pos.DET:
			if t := d.Tags[i+1]; t == pos.PROPN || t == pos.PRON && d.Low(i+1) != "one" {
				d.Tags[i] = pos.SCONJ
			}
		case pos.SCONJ:
			k := i + 1
			for k < len(d.Toks) && d.Tags[k] == pos.ADJ {
				k++
			}
			if k < len(d.Toks) && d.Tags[k] == pos.NOUN && !strings.HasSuffix(d.Low(k), "s") {
				if n := d.Tag(k + 1); n == pos.ADP || n == pos.PUNCT || k+1 >= len(d.Toks) {
					d.Tags[i] = pos.DET
				}
			}
		}
	}
}

// cannots tags "cannot" an auxiliary: UD EWT splits it ("can" + "not"),
// so the tagger never saw it whole and may read it as a noun.
func (d *Doc) cannots() {
	for i := range d.Toks {
		if d.Low(i) == "cannot" {
			d.Tags[i] = pos.AUX
		}
	}
}

// perfects retags a form of "have" read as a main verb before a past
// tense or participle ("has refused", "had already agreed"): it is the
// perfect's auxiliary, the verb after it a participle, as UD EWT tags
// them.
func (d *Doc) perfects() {
	for i := 0; i+1 < len(d.Toks); i++ {
		switch d.Low(i) {
		case "has", "have", "had":
		default:
			continue
		}
		if t := d.Tags[i]; t != pos.VBZ && t != pos.VBP && t != pos.VBD && t != pos.VB {
			continue
		}
		k := i + 1
		for k < len(d.Toks) && k < i+3 && d.Tags[k] == pos.ADV {
			k++
		}
		if k < len(d.Toks) && d.Tags[k] == pos.ADP {
			// "has on several occasions proposed": a short phrase between
			j := k + 1
			for j < len(d.Toks) && j <= k+5 && nominalTag(d.Tags[j]) {
				j++
			}
			if j > k+1 && j < len(d.Toks) && (d.Tags[j] == pos.VBD || d.Tags[j] == pos.VBN) {
				k = j
			}
		}
		if k < len(d.Toks) && (d.Tags[k] == pos.VBD || d.Tags[k] == pos.VBN) {
			d.Tags[i], d.Tags[k] = pos.AUX, pos.VBN
		}
	}
}

// unknownClosed retags a capitalised word that the tagger read as an
// auxiliary but is none ("Boeing said …": EWT has too few such company
// names to tell), and an adverb that opens a sentence before its verb
// and that the tag dictionary does not have ("Ukraine ruled out …"; not
// "However", "Today", or a word in -ly): names both.
func (d *Doc) unknownClosed(tg *pos.Tagger) {
	for i := range d.Toks {
		w := d.Word(i)
		if !capitalised(w) || d.Toks[i].Kind != tokens.Word {
			continue
		}
		switch d.Tags[i] {
		case pos.AUX:
			if !auxiliaryWord(strings.ToLower(w)) {
				d.Tags[i] = pos.PROPN
			}
		case pos.ADV:
			if i+1 < len(d.Toks) && verbTag(d.Tags[i+1]) && !strings.HasSuffix(w, "ly") && !tg.Known(w) && !tg.Known(strings.ToLower(w)) {
				d.Tags[i] = pos.PROPN
			}
		}
	}
}

// auxiliaryWord: the forms of the English auxiliaries (a closed class:
// be, have, do, get and the modals, with their contractions).
func auxiliaryWord(w string) bool {
	switch w {
	case "be", "am", "is", "are", "was", "were", "been", "being", "'m", "'re", "'s",
		"have", "has", "had", "having", "'ve", "'d",
		"do", "does", "did", "done", "doing",
		"get", "gets", "got", "gotten", "getting",
		"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "need", "dare",
		"wo", "ca", "sha", "'ll", "cannot", "to":
		return true
	}
	return false
}

// presentAfterPlural retags a singular common noun right after a plural
// subject that opens its sentence ("The Palestinians reject proposed
// changes", "Ministers urge calm") as a present-tense verb when the CAMEO
// verb dictionary has it as a verb and an object follows: a plural noun
// seldom modifies another noun, and a clause needs its verb. A past form
// read as the clause's verb after it is then a participle.
func (d *Doc) presentAfterPlural() {
	for _, s := range d.Sents {
		i := s.T0
		if i < s.T1 && d.Tags[i] == pos.DET {
			i++
		}
		for i+1 < s.T1 && (d.Tags[i+1] == pos.PROPN || d.Tags[i+1] == pos.NOUN) && d.Tags[i] == pos.ADJ {
			i++ // "Angry workers"
		}
		k := i + 1
		if k+1 >= s.T1 || d.Tags[k] != pos.NOUN || !pluralWord(d.Low(i)) || d.Tags[i] != pos.PROPN && d.Tags[i] != pos.NOUN {
			continue
		}
		w := d.Low(k)
		if strings.HasSuffix(w, "s") || capitalised(d.Word(k)) {
			continue
		}
		if l, ok := cameo.Lemma(w); !ok || l != w {
			continue
		}
		switch d.Tags[k+1] {
		case pos.DET, pos.ADJ, pos.PRON, pos.NUM, pos.PROPN, pos.VBD, pos.VBN:
			d.Tags[k] = pos.VBP
			if d.Tags[k+1] == pos.VBD {
				d.Tags[k+1] = pos.VBN
			}
		}
	}
}

// pluralWord: a word with the plural ending -s (not -ss, -us, -is).
func pluralWord(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// bareAfterModal retags an adjective or a noun right after a modal (and
// "not" or adverbs) as a bare verb: English modals take one ("would not
// free anyone", "will double the tariffs"), and EWT has such words mostly
// as adjectives or nouns. Words in -ly stay adverbs' kin ("will likely").
func (d *Doc) bareAfterModal() {
	for i := 0; i+1 < len(d.Toks); i++ {
		if d.Tags[i] != pos.AUX || !modalWord(d.Low(i)) {
			continue
		}
		k := i + 1
		for k < len(d.Toks) && k < i+3 && (d.Tags[k] == pos.PART || d.Tags[k] == pos.ADV) {
			k++
		}
		if k+1 >= len(d.Toks) || d.Tags[k] != pos.ADJ && d.Tags[k] != pos.NOUN || strings.HasSuffix(d.Low(k), "ly") {
			continue
		}
		if t := d.Tags[k+1]; t == pos.DET || t == pos.PRON || t == pos.NUM || t == pos.PROPN {
			d.Tags[k] = pos.VB // a bare verb with its object after it
		}
	}
}

// modalWord: the English modal auxiliaries (a closed class).
func modalWord(w string) bool {
	switch w {
	case "will", "would", "can", "could", "may", "might", "shall", "should", "must", "wo", "ca":
		return true
	}
	return false
}

// nounHeads retags an adjective that ends a determiner's noun phrase
// before a name in apposition or a finite verb ("the chief executive, Ann
// Lee, said"; "the vice president said"): a phrase "the N A" ends in its
// head noun when a comma and a name or a verb follow. UD EWT tags some
// such words only as adjectives ("executive"), so the tagger cannot.
func (d *Doc) nounHeads() {
	for i := 2; i+1 < len(d.Toks); i++ {
		if d.Tags[i] != pos.ADJ || d.Tags[i-1] != pos.NOUN || d.Tags[i-2] != pos.DET && d.Tags[i-2] != pos.PRON {
			continue
		}
		next := d.Tags[i+1]
		if next == pos.VBD || next == pos.VBZ || d.Word(i+1) == "," && i+2 < len(d.Toks) && d.Tags[i+2] == pos.PROPN {
			d.Tags[i] = pos.NOUN
		}
	}
}

// nounsAfterArticles retags a base or present verb right after an article
// or a possessive determiner as a noun: "the offer \"an insult\"", "their
// call". In UD EWT a VB or VBP follows such a word 25 times in 19,871
// (most of them nouns by any reading: "a walk", "the search"); the tagger
// still guesses a verb when quotation marks or a rare context follow.
func (d *Doc) nounsAfterArticles() {
	for i := 1; i < len(d.Toks); i++ {
		if t := d.Tags[i]; t != pos.VB && t != pos.VBP {
			continue
		}
		switch d.Low(i - 1) {
		case "the", "a", "an", "its", "their", "our", "my", "your", "his":
			d.Tags[i] = pos.NOUN
		}
	}
}

// nominalTag reports whether t can stand inside a short noun phrase.
func nominalTag(t pos.Tag) bool {
	return t == pos.DET || t == pos.ADJ || t == pos.NUM || t == pos.NOUN || t == pos.PROPN || t == pos.ADP
}

// finiteBefore reports whether the sentence of token i has a finite verb
// or an auxiliary before i.
func (d *Doc) finiteBefore(i int) bool {
	for k := d.Sents[d.SentOf[i]].T0; k < i; k++ {
		switch d.Tags[k] {
		case pos.VBD, pos.VBZ, pos.VBP, pos.AUX:
			return true
		}
	}
	return false
}

// pastTenses retags a participle that follows its sentence's opening
// noun phrase with no auxiliary anywhere before it, and no "by" after
// ("A French minister threatened today to …"): the tagger, unsure before
// a time word, reads a participle, but the phrase has no other verb to be
// the subject of; a reduced relative ("the plan agreed in May was …") has
// a finite verb after it in the same clause, and then it stays.
func (d *Doc) pastTenses() {
	for _, s := range d.Sents {
		i := s.T0
		for i < s.T1 {
			t := d.Tags[i]
			if t != pos.DET && t != pos.ADJ && t != pos.NOUN && t != pos.PROPN && t != pos.NUM {
				break
			}
			i++
		}
		if i == s.T0 || i >= s.T1 || d.Tags[i] != pos.VBN || d.Low(i+1) == "by" {
			continue
		}
		later := false
		for k := i + 1; k < s.T1 && !later && !clauseOpener(d, k); k++ {
			switch d.Tags[k] {
			case pos.VBD, pos.VBZ, pos.VBP, pos.AUX:
				later = true
			}
		}
		if !later {
			d.Tags[i] = pos.VBD
		}
	}
}

// participlesWithObject retags as a past tense a participle right after
// a noun or pronoun, with no auxiliary before it, that takes a determined
// object ("insisted the violence reflected old feuds"): a reduced passive
// relative has no direct object, so the noun is the subject of a past
// tense (the tagger, unsure after a noun, reads a participle).
func (d *Doc) participlesWithObject() {
	for i := 1; i+1 < len(d.Toks); i++ {
		if d.Tags[i] != pos.VBN || d.SentOf[i-1] != d.SentOf[i] {
			continue
		}
		b := i - 1
		if d.Tags[b] == pos.ADV && b > 0 && d.SentOf[b-1] == d.SentOf[i] {
			b-- // "the violence there reflected …"
		}
		switch d.Tags[b] {
		case pos.NOUN, pos.PROPN, pos.PRON:
		default:
			continue
		}
		if !d.determinedObject(i + 1) {
			continue
		}
		aux := false
		for k := i - 1; k >= 0 && k >= i-4 && d.SentOf[k] == d.SentOf[i]; k-- {
			aux = aux || d.Tags[k] == pos.AUX
		}
		if !aux {
			d.Tags[i] = pos.VBD
		}
	}
}

// determinedObject reports whether a noun phrase with a determiner, a
// possessive or an adjective (not one of time: "last week") starts at k.
func (d *Doc) determinedObject(k int) bool {
	switch d.Tags[k] {
	case pos.DET:
		return true
	case pos.PRON:
		switch d.Low(k) {
		case "its", "their", "his", "her", "our":
			return true
		}
	case pos.ADJ:
		return k+1 < len(d.Toks) && d.Tags[k+1] == pos.NOUN && !timeAdjective(d.Low(k))
	}
	return false
}

// codeNames retags as a proper noun a word of capitals and then digits
// ("M23", "G7", "P5"): such codes name groups, forums and things; the
// tagger, which has seen few, reads a number or a noun.
func (d *Doc) codeNames() {
	for i := range d.Toks {
		if d.Tags[i] != pos.PROPN && d.Toks[i].Kind == tokens.Word && codeName(d.Word(i)) {
			d.Tags[i] = pos.PROPN
		}
	}
}

// codeName: one or more capital letters, then digits, then nothing or
// more capitals and digits.
func codeName(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i == len(w) || w[i] < '0' || w[i] > '9' {
		return false
	}
	for ; i < len(w); i++ {
		if !(w[i] >= 'A' && w[i] <= 'Z' || w[i] >= '0' && w[i] <= '9') {
			return false
		}
	}
	return true
}

// numberHeads retags as a noun a base verb that heads a determiner's
// phrase after a number ("the 3 percent rise", "a 5% cut"): no verb
// follows a determiner and a number.
func (d *Doc) numberHeads() {
	for i := 2; i < len(d.Toks); i++ {
		if d.Tags[i] != pos.VB && d.Tags[i] != pos.VBP {
			continue
		}
		k := i - 1
		if d.Tags[k] == pos.NOUN || d.Tags[k] == pos.SYM {
			k-- // a unit: "percent", "%"
		}
		if k >= 1 && d.Tags[k] == pos.NUM && d.Tags[k-1] == pos.DET && d.SentOf[k-1] == d.SentOf[i] {
			d.Tags[i] = pos.NOUN
		}
	}
}

// timeAdjective: the adjectives that make a noun phrase a time ("last
// week", "next month"). Hand-made: a closed class of English that the
// tagger tags as any adjective.
func timeAdjective(w string) bool {
	switch w {
	case "last", "next", "previous", "following", "same", "early", "late", "past", "coming":
		return true
	}
	return false
}

// clauseOpener reports whether token k opens a clause of its own (a
// subordinator, a relative pronoun, a comma), whose verb is not the main
// clause's.
func clauseOpener(d *Doc, k int) bool {
	if d.Tags[k] == pos.SCONJ || d.Word(k) == "," {
		return true
	}
	switch d.Low(k) {
	case "as", "while", "when", "because", "after", "before", "since", "until", "which", "who", "that", "if", "unless":
		return true
	}
	return false
}

// infinitives retags "to" + a word read as a noun + a determiner or an
// object pronoun ("pledged to fund the monitors", "agreed to release
// them"): a noun is not followed by "the", an infinitive's verb is.
func (d *Doc) infinitives() {
	for i := 1; i+2 < len(d.Toks); i++ {
		// "Greece plans to impose": a plural noun after a name and before
		// an infinitive is the name's verb
		if d.Tags[i] == pos.NOUN && (d.Tags[i-1] == pos.PROPN || d.Word(i-1) == "," && !d.finiteBefore(i)) &&
			d.Low(i+1) == "to" && d.Tags[i+2] == pos.VB &&
			strings.HasSuffix(d.Low(i), "s") && (i < 2 || d.Toks[i-2].Kind != tokens.Poss) {
			// (after a parenthetical too: "Greece, like other members,
			// plans to …", when no verb came before)
			d.Tags[i], d.Tags[i+1] = pos.VBZ, pos.PART
		}
	}
	for i := 1; i+1 < len(d.Toks); i++ {
		if d.Tags[i] != pos.NOUN && d.Tags[i] != pos.ADJ || d.Low(i-1) != "to" {
			continue
		}
		switch d.Low(i + 1) {
		case "the", "a", "an", "its", "their", "his", "her", "our", "them", "him", "us", "it", "all", "any":
			if d.Tags[i] == pos.NOUN {
				d.Tags[i-1], d.Tags[i] = pos.PART, pos.VB
			}
			continue
		}
		// "agreed to free prisoners": after a verb and "to", a word the
		// CAMEO dictionary has as a verb, with a noun after it
		if i >= 2 && verbTag(d.Tags[i-2]) && (d.Tags[i+1] == pos.NOUN || d.Tags[i+1] == pos.NUM) {
			if l, ok := cameo.Lemma(d.Low(i)); ok && l == d.Low(i) {
				d.Tags[i-1], d.Tags[i] = pos.PART, pos.VB
			}
		}
	}
}

// verbTag: a verb form of the tagger (not an auxiliary).
func verbTag(t pos.Tag) bool {
	return t == pos.VB || t == pos.VBD || t == pos.VBN || t == pos.VBZ || t == pos.VBP || t == pos.VBG
}
