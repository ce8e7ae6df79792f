package syntax

import (
	"parley/core/nlp"
	"parley/core/phoenix"
	"parley/core/pos"
)

// modals is the closed class of English modal auxiliaries (by lemma; the
// tagger's lemmatiser gives "will" for "wo" and "'ll"). Hand-made: UD
// tags them AUX like "be" and "have", and the distinction matters here.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "shall": true, "should": true, "must": true, "ought": true}

// negation is the closed class of negators inside a verb group.
func negation(d *nlp.Doc, i int) bool {
	l := d.Lemma(i)
	return l == "not" || l == "never" || d.Low(i) == "n't"
}

// premodParticiple reports whether a participle at i modifies a noun
// rather than heading a verb group ("the proposed deal", "a leading
// negotiator", "the union's revised offer").
func premodParticiple(d *nlp.Doc, s nlp.Sent, i int) bool {
	t := d.Tag(i)
	if t != pos.VBN && t != pos.VBG {
		return false
	}
	if i+1 >= s.T1 {
		return false
	}
	next := d.Tag(i + 1)
	if next != pos.NOUN && next != pos.PROPN && next != pos.ADJ {
		return false
	}
	if i == s.T0 {
		// "Informed sources said", "Leading negotiators met": a participle
		// opening the sentence before a noun and a verb
		return next == pos.NOUN && i+2 < s.T1 && p0VerbAfter(d, i+1, s)
	}
	switch d.Tag(i - 1) {
	case pos.DET, pos.ADJ, pos.NUM:
		return true
	case pos.PRON:
		return d.Tag(i+1) == pos.NOUN // "their revised offer"
	case pos.PART:
		return d.Toks[i-1].Kind == 3 // after a possessive 's
	}
	return false
}

// verbGroups finds the verb groups of sentence s.
func (p *Parse) verbGroups(d *nlp.Doc, s nlp.Sent) {
	for i := s.T0; i < s.T1; {
		t := d.Tag(i)
		if t != pos.AUX && !t.IsVerb() || premodParticiple(d, s, i) {
			i++
			continue
		}
		v := VG{T0: int32(i), Head: -1}
		j := i
		for j < s.T1 {
			tj := d.Tag(j)
			if tj == pos.AUX || tj.IsVerb() {
				if v.Head >= 0 && d.Tag(int(v.Head)).IsVerb() {
					break // a second main verb starts a group of its own
				}
				v.Head = int32(j)
				j++
				continue
			}
			// adverbs and negation inside the group: "has also said",
			// "did not reject"; only when a verb or auxiliary follows and
			// the group has no main verb yet
			if (tj == pos.ADV || tj == pos.PART && negation(d, j)) && (v.Head < 0 || d.Tag(int(v.Head)) == pos.AUX) {
				k := j
				for k < s.T1 && k < j+3 && (d.Tag(k) == pos.ADV || d.Tag(k) == pos.PART && negation(d, k)) {
					k++
				}
				if k < s.T1 && (d.Tag(k) == pos.AUX || d.Tag(k).IsVerb()) && v.Head >= 0 {
					j = k
					continue
				}
			}
			// a phrase between the perfect's auxiliary and its participle:
			// "has on several occasions proposed"
			if tj == pos.ADP && v.Head >= 0 && d.Lemma(int(v.Head)) == "have" && int(v.Head) == j-1 {
				if k := insertedPhrase(d, s, j); k > j {
					j = k
					continue
				}
			}
			break
		}
		v.T1 = int32(j)
		p.flags(d, &v)
		for k := i; k < j; k++ {
			p.VGAt[k] = int32(len(p.VGs))
		}
		p.VGs = append(p.VGs, v)
		i = j
	}
}

// insertedPhrase returns the participle after a short prepositional phrase
// at j (a preposition, then at most five words of a noun phrase), or j.
func insertedPhrase(d *nlp.Doc, s nlp.Sent, j int) int {
	for k := j + 1; k < s.T1 && k <= j+6; k++ {
		switch d.Tag(k) {
		case pos.DET, pos.ADJ, pos.NUM, pos.NOUN, pos.PROPN, pos.ADP:
			continue
		case pos.VBN:
			if k > j+1 {
				return k
			}
		}
		return j
	}
	return j
}

// flags sets the flags of a verb group.
func (p *Parse) flags(d *nlp.Doc, v *VG) {
	h := int(v.Head)
	ht := d.Tag(h)
	if ht == pos.AUX {
		v.Flags |= NoVerb
	}
	for k := int(v.T0); k < int(v.T1); k++ {
		t := d.Tag(k)
		switch {
		case t == pos.PART && negation(d, k) || t == pos.ADV && d.Lemma(k) == "never":
			v.Flags |= Negated
		case t == pos.AUX && d.Low(k) == "cannot":
			v.Flags |= Negated | Modal | Finite // one token here; EWT splits it "can not"
		case t == pos.AUX && k < h:
			switch l := d.Lemma(k); {
			case modals[l]:
				v.Flags |= Modal | Finite
			case (l == "be" || l == "get") && (ht == pos.VBN || ht == pos.VBD && k == h-1):
				v.Flags |= Passive // (a participle right after "was" may be tagged as a past tense)
			case l == "have" && (ht == pos.VBN || ht == pos.VBD):
				v.Flags |= Perfect
			}
			if k == int(v.T0) {
				switch d.Low(k) {
				case "be", "been", "being", "having":
				default:
					v.Flags |= Finite
				}
			}
		}
	}
	if ht == pos.VBD || ht == pos.VBZ || ht == pos.VBP {
		v.Flags |= Finite
	}
	if ht == pos.VBN && v.T0 == v.Head && p.subjectBefore(d, int(v.T0)) {
		// "Albania denounced …": a past tense read as a participle, after
		// the subject that opens the sentence
		v.Flags |= Finite
	}
	if ht == pos.AUX && v.T0 == v.Head {
		switch d.Low(h) {
		case "be", "been", "being", "having":
		default:
			v.Flags |= Finite
		}
	}
}

// nominal tags can head a noun phrase.
func nominal(t pos.Tag) bool {
	return t == pos.NOUN || t == pos.PROPN || t == pos.NUM
}

// premod tags can stand before a head inside a noun phrase.
func premod(t pos.Tag) bool {
	return t == pos.ADJ || t == pos.NOUN || t == pos.PROPN || t == pos.NUM || t == pos.SYM
}

// possAt reports whether token i is a possessive marker ('s, or ' after a
// plural).
func possAt(d *nlp.Doc, i int) bool {
	if i < 0 || i >= len(d.Toks) {
		return false
	}
	if d.Toks[i].Kind == 3 { // tokens.Poss
		return d.Tag(i) != pos.AUX
	}
	w := d.Word(i)
	return (w == "'" || w == "’") && i > 0 && d.Toks[i-1].End == d.Toks[i].Start
}

// nounPhrases finds the base noun phrases of sentence s.
func (p *Parse) nounPhrases(d *nlp.Doc, s nlp.Sent) {
	first := len(p.NPs)
	poss := int32(-1) // the possessor of the phrase being read
	for i := s.T0; i < s.T1; {
		if p.VGAt[i] >= 0 {
			poss = -1
			i++
			continue
		}
		t := d.Tag(i)
		if t == pos.PRON && !(i+1 < s.T1 && p.VGAt[i+1] < 0 && (premod(d.Tag(i+1)) || premodParticiple(d, s, i+1))) {
			// a pronoun on its own ("he", "they", "who")
			p.addNP(NP{T0: int32(i), T1: int32(i + 1), Head: int32(i), Ext: int32(i + 1), Poss: -1, Coord: -1})
			poss = -1
			i++
			continue
		}
		if !(t == pos.DET || t == pos.PRON || premod(t) || t == pos.ADV && i+1 < s.T1 && d.Tag(i+1) == pos.ADJ ||
			premodParticiple(d, s, i) || poss >= 0 && t == pos.ADV) {
			poss = -1
			i++
			continue
		}
		j, head := i, -1
		for j < s.T1 && p.VGAt[j] < 0 {
			tj := d.Tag(j)
			if j > i && head >= 0 && timeNouns[d.Lemma(j)] && (tj == pos.NOUN || tj == pos.PROPN) {
				break // "Arafat Wednesday rejected": a time adverbial after a name
			}
			if tj == pos.PROPN && head >= 0 && reducedRelative(d, p, s, i, j) {
				break // "the deal Oman brokered": a name opens a clause
			}
			if c := innerName(d, s, j); c > j && head >= 0 {
				j = c + 1 // "the Umma (Nation) party", "the (APEC) forum": a name in brackets inside the phrase
				continue
			}
			switch {
			case j == i && (tj == pos.DET || tj == pos.PRON):
			case nominal(tj) || tj == pos.SYM:
				head = j
			case premod(tj) || premodParticiple(d, s, j) || tj == pos.ADV && j+1 < s.T1 && d.Tag(j+1) == pos.ADJ:
			case tj == pos.CCONJ && j > i && (d.Tag(j-1) == pos.ADJ || d.Tag(j-1) == pos.NUM || d.Tag(j-1) == pos.PROPN && j-1 == i) &&
				j+1 < s.T1 && (d.Tag(j+1) == pos.ADJ || d.Tag(j+1) == pos.NUM) && j+2 < s.T1 && nominal(d.Tag(j+2)):
				// "Chilean and Peruvian negotiators"
			default:
				goto done
			}
			j++
		}
	done:
		if head < 0 {
			// a determiner or adjective with no noun after it
			if t == pos.DET && j == i+1 {
				p.addNP(NP{T0: int32(i), T1: int32(i + 1), Head: int32(i), Ext: int32(i + 1), Poss: -1, Coord: -1})
			}
			poss = -1
			i = max(j, i+1)
			continue
		}
		end := head + 1
		p.addNP(NP{T0: int32(i), T1: int32(end), Head: int32(head), Ext: int32(end), Poss: poss, Coord: -1})
		poss = -1
		if possAt(d, end) {
			poss = int32(len(p.NPs) - 1)
			end++
		}
		i = end
	}
	p.coordinate(d, first)
	p.extend(d, first)
}

// innerName returns the closing bracket of a bracketed name at j that
// stands inside a noun phrase — only names within, and a noun after it
// ("the Umma (Nation) party") — or -1. Brackets before a verb ("Sen. Ann
// Lee (D-Ore.) said") close the phrase instead.
func innerName(d *nlp.Doc, s nlp.Sent, j int) int {
	if d.Word(j) != "(" {
		return -1
	}
	for k := j + 1; k < s.T1 && k <= j+4; k++ {
		switch {
		case d.Word(k) == ")":
			if k == j+1 || k+1 >= s.T1 || d.Tag(k+1) != pos.NOUN && d.Tag(k+1) != pos.PROPN {
				return -1
			}
			return k
		case d.Tag(k) != pos.PROPN && d.Tag(k) != pos.NOUN:
			return -1
		}
	}
	return -1
}

func (p *Parse) addNP(np NP) {
	for k := np.T0; k < np.T1; k++ {
		p.NPAt[k] = int32(len(p.NPs))
	}
	p.NPs = append(p.NPs, np)
}

// coordinate links noun phrases joined by "and"/"or" (and commas before a
// final "and": "Iran, Iraq and Syria"), from NP index first on.
func (p *Parse) coordinate(d *nlp.Doc, first int) {
	for k := first; k+1 < len(p.NPs); k++ {
		a, b := &p.NPs[k], &p.NPs[k+1]
		if b.Poss == int32(k) || p.Temporal(d, k) || p.Temporal(d, k+1) {
			continue // "in recent days and the rebels said": no coordination of a time
		}
		gap := int(b.T0) - int(a.T1)
		c := int(a.T1)
		switch {
		case gap == 1 && d.Tag(c) == pos.CCONJ:
		case gap == 2 && d.Word(c) == "," && d.Tag(c+1) == pos.CCONJ:
		case gap == 1 && d.Word(c) == "," && p.listGoesOn(d, k+1):
		default:
			continue
		}
		a.Coord = int32(k + 1)
		if b.Coord < 0 {
			b.Coord = int32(k)
		}
	}
}

// listGoesOn reports whether NP k is followed, after more comma-separated
// NPs, by "and"/"or" and a last NP: "Iran, Iraq and Syria".
func (p *Parse) listGoesOn(d *nlp.Doc, k int) bool {
	for ; k+1 < len(p.NPs); k++ {
		a, b := p.NPs[k], p.NPs[k+1]
		gap := int(b.T0) - int(a.T1)
		c := int(a.T1)
		switch {
		case gap == 1 && d.Tag(c) == pos.CCONJ, gap == 2 && d.Word(c) == "," && d.Tag(c+1) == pos.CCONJ:
			return true
		case gap == 1 && d.Word(c) == ",":
			continue
		}
		return false
	}
	return false
}

// extend sets Ext: a phrase takes up to two prepositional modifiers that
// follow it directly ("a spokesman for the union in Brussels").
func (p *Parse) extend(d *nlp.Doc, first int) {
	for k := len(p.NPs) - 1; k >= first; k-- {
		np := &p.NPs[k]
		e := int(np.T1)
		if possAt(d, e) || d.Tag(e) != pos.ADP {
			continue
		}
		m := p.NPStartingAt(e + 1)
		if m < 0 || m <= k || p.Temporal(d, m) {
			continue // "X on Tuesday": a time adverbial, not a modifier
		}
		np.Ext = p.NPs[m].T1
		if m2 := int(p.NPs[m].Ext); m2 > int(np.Ext) && m2-int(np.T1) <= 12 {
			np.Ext = int32(m2)
		}
	}
}

// subjectBefore reports whether a noun phrase that opens its sentence
// ends right before token t (time adverbials and adverbs between).
func (p *Parse) subjectBefore(d *nlp.Doc, t int) bool {
	if t <= 0 || t >= len(d.SentOf) {
		return false
	}
	s0 := d.Sents[d.SentOf[t]].T0
	k := t - 1
	for k >= s0 && d.Tag(k) == pos.ADV {
		k--
	}
	if k < s0 {
		return false
	}
	n := p.NPAt[k]
	if n < 0 || int(p.NPs[n].T1) != k+1 {
		// "Albania on Friday denounced": over a time adverbial
		for j := k; j >= s0 && j > k-4; j-- {
			if m := p.NPAt[j]; m >= 0 && p.Temporal(d, int(m)) {
				continue
			}
			if d.Tag(j) == pos.ADP {
				continue
			}
			if m := p.NPAt[j]; m >= 0 {
				n = m
			}
			break
		}
		if n < 0 {
			return false
		}
	}
	return p.Start(int(n)) == s0
}

// p0VerbAfter reports whether a verb or auxiliary follows the nouns from
// token i on (within a few tokens).
func p0VerbAfter(d *nlp.Doc, i int, s nlp.Sent) bool {
	for k := i; k < s.T1 && k < i+6; k++ {
		switch t := d.Tag(k); {
		case t == pos.AUX || t.IsVerb():
			return true
		case t == pos.PUNCT:
			return false
		}
	}
	return false
}

// reducedRelative reports whether the name at token j, after the common
// noun of a noun phrase that opened at i, is the subject of a relative
// clause without "that" ("discussing the deal Oman brokered in May",
// "rejected the plan Kenya drafted"): the phrase is an object (a verb or a
// preposition before it), the name is followed by a finite verb, and the
// noun before it is no noun of an agent that takes a name in apposition
// ("talks with the union Unite broke down", "the minister Ann Lee").
func reducedRelative(d *nlp.Doc, p *Parse, s nlp.Sent, i, j int) bool {
	if d.Tag(j-1) != pos.NOUN || i == s.T0 {
		return false
	}
	if b := d.Tag(i - 1); !b.IsVerb() && b != pos.ADP {
		return false
	}
	e := j
	for e < s.T1 && d.Tag(e) == pos.PROPN {
		e++
	}
	if e >= s.T1 || p.VGAt[e] < 0 {
		return false
	}
	if t := d.Tag(e); t != pos.VBD && t != pos.VBZ && t != pos.VBP && t != pos.AUX {
		return false
	}
	_, _, agent := phoenix.Agent(d.Low(j - 1))
	return !agent
}
