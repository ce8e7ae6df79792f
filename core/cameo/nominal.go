package cameo

import "strings"

// nominalisations are English's regular ways of making a noun of a verb,
// as suffix rewrites (noun ending → verb ending), tried in order. A
// candidate counts only when the CAMEO dictionary knows the verb, so
// "station" gives nothing.
var nominalisations = [...][2]string{
	{"", ""},         // demand, offer, promise, call, plan
	{"ication", "y"}, // justification → justify
	{"ration", "re"}, // declaration → declare
	{"ation", "e"},   // accusation → accuse
	{"ation", "ate"}, // negotiation → negotiate
	{"ation", ""},    // condemnation → condemn
	{"ition", "ose"}, // opposition → oppose
	{"ssion", "t"},   // admission → admit
	{"sion", "de"},   // persuasion → persuade
	{"ption", "be"},  // description → describe
	{"ion", ""},      // rejection → reject
	{"ial", "y"},     // denial → deny
	{"ssal", "ss"},   // dismissal → dismiss
	{"al", "e"},      // proposal → propose, refusal → refuse
	{"al", ""},       // withdrawal → withdraw
	{"ism", "ize"},   // criticism → criticize
	{"ism", "ise"},   // criticism → criticise
	{"iance", "y"},   // reliance → rely
	{"ance", ""},     // acceptance → accept
	{"ence", ""},     // insistence → insist
	{"ment", ""},     // agreement → agree
	{"ing", ""},      // warning → warn
	{"ure", "e"},     // closure → close
	{"", "en"},       // threat → threaten
}

// VerbOf returns the verb a noun is made from ("denial" → "deny",
// "proposal" → "propose", "threat" → "threaten"), when the CAMEO
// dictionary knows it.
func VerbOf(noun string) (string, bool) { return get().verbOf(noun) }

func (d *dict) verbOf(noun string) (string, bool) {
	var buf [64]byte // the candidate verb, spelled without allocating
	for _, r := range nominalisations {
		if !strings.HasSuffix(noun, r[0]) || len(noun)-len(r[0]) < 3 {
			continue
		}
		stem := noun[:len(noun)-len(r[0])]
		var i int32
		var ok bool
		if n := len(stem) + len(r[1]); n <= len(buf) {
			copy(buf[copy(buf[:], stem):], r[1])
			if !d.lemmaSet.hasBytes(buf[:n]) {
				continue
			}
			i, ok = d.byLemma[string(buf[:n])]
		} else {
			i, ok = d.byLemma[stem+r[1]]
		}
		if ok {
			return d.verbs[i].lemma, true
		}
	}
	return "", false
}
