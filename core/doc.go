package core

import (
	"strings"
	"sync"
	"time"

	"parley/core/attrib"
	"parley/core/nlp"
	"parley/core/syntax"
	"parley/core/tokens"
)

// sent is one sentence: byte span and token range [t0, t1).
type sent struct {
	start, end int
	t0, t1     int
	headline   bool // ALL-CAPS line
}

// mkind says how a mention names its actor.
type mkind uint8

const (
	mName   mkind = iota + 1 // a party's name, capital, seat or acronym
	mAdj                     // demonym used as a modifier ("Israeli withdrawal")
	mRole                    // role NP ("the Lebanese delegation", "sources in Baabda")
	mPerson                  // a person ("Marco Rubio", "Mr Prescott")
	mPron                    // he / she / they / we / it
	mDesc                    // unresolved description ("the sources", "the union")
	mNon                     // never a party (outlet, forum)
)

// mention is a span of text that refers to an actor.
type mention struct {
	t0, t1 int // token range
	bs, be int // byte span (may be inside one hyphenated token)
	actor  int // index into d.actors, -1 when unresolved
	kind   mkind
	head   string // role or description head ("sources", "union")
	person bool   // names a person (for he/she)
}

type actorRec struct {
	name     string
	kind     ActorKind
	aliases  []string
	aliasSet map[string]bool
	mentions []Evidence
	party    bool // a negotiating side or holder/target of a stance
	count    int
	person   bool     // a person actor with no known affiliation
	nonParty bool     // a commentator: never holds a stance
	merged   bool     // joined into another actor
	into     int      // the actor it was joined into
	heads    []string // role heads it was named with ("union" in "the X union")
	lname    string   // strings.ToLower(name), once asked for
	nhead    string   // nameHead(lname), once asked for ("-" when none)
	aff      int      // affiliation's answer + 2, once asked (0: not yet; 1: none)
}

// nameHeadOf is the head word of the actor's name (see nameHead), once
// computed.
func (a *actorRec) nameHeadOf() string {
	if a.nhead == "" {
		a.nhead = nameHead(a.lowerName())
		if a.nhead == "" {
			a.nhead = "-"
		}
	}
	return a.nhead
}

// lowerName is the actor's name in lower case (names never change).
func (a *actorRec) lowerName() string {
	if a.lname == "" {
		a.lname = strings.ToLower(a.name)
	}
	return a.lname
}

type doc struct {
	yield     func()    // see AnalyzeYielding; nil: never
	yieldAt   time.Time // when pause last yielded
	ticks     int
	a         *Analyzer
	text      string
	lower     string
	toks      []tokens.Token
	cls       []uint64 // word class bits per token
	issueMemo map[string]int
	sents     []sent

	actors      []*actorRec
	byName      map[string]int
	ments       []mention
	sentOf      []int32        // token -> sentence index
	surname     map[string]int // lower surname -> actor
	local       map[string]int // names defined in this text: "(Syndarma)"
	sment       [][]int        // sentence -> mention indexes, by position
	groupByHead map[string]int
	acronyms    map[string][2]int // acronym -> {actor by initials or -1, len(actors) then}
	nd          *nlp.Doc
	attrs       []attrRec
	roleHeads   map[string][]int // last word of a role's head -> its mentions
	dateline    int              // actor of the dateline place, or -1

	stances     []stanceRec
	stancePhase bool             // mentions are final
	headMemo    map[string]int   // byHead answers in the stance phase
	agentCodes  map[int][]string // actor -> agent codes of the nouns it is named with (built on demand)
	stateMents  []int            // mentions of states, by position
	initials    map[string]int   // acronym initials -> most recent organisation
	merges      int              // actors merged so far
	proposals   []proposalRec
	scr         *scratch // reusable slices (see release)
	talks       []TalkState
}

// scratch holds the per-token and per-sentence slices of a doc, which hold
// nothing the Analysis keeps, so that the next call can reuse their arrays:
// re-analysing as the reader types then allocates far less (under js/wasm
// the heap grows rather than waiting for the collector).
type scratch struct {
	nd    nlp.Doc      // tokens, sentences, tags, lemmas
	parse syntax.Parse // chunks, verb groups, quotations
	find  attrib.Finder
	cls   []uint64
	sents []sent
	ments []mention
	sment [][]int // (d.sment, and the array its slices share)
	sall  []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledText bounds the texts whose slices are kept for reuse.
const maxPooledText = 4 << 20

func newDoc(a *Analyzer, text string) *doc {
	sc := scratchPool.Get().(*scratch)
	sc.nd.Prepare(text, a.tagger)
	d := &doc{a: a, dateline: -1, text: text, lower: sc.nd.Lower, byName: map[string]int{}, surname: map[string]int{}}
	d.scr = sc
	d.nd = &sc.nd
	d.toks = sc.nd.Toks
	d.sentOf = sc.nd.SentOf
	if n := len(d.toks)/10 + 4; cap(sc.ments) >= n {
		d.ments = sc.ments[:0]
	} else {
		d.ments = make([]mention, 0, n)
	}
	if cap(sc.cls) >= len(d.toks) {
		d.cls = sc.cls[:len(d.toks)]
	} else {
		d.cls = make([]uint64, len(d.toks))
	}
	for i := range d.toks {
		if d.toks[i].Kind == tokens.Word {
			d.cls[i] = a.bits.get(d.lw(i))
		} else {
			d.cls[i] = 0
		}
	}
	return d
}

// release gives the doc's slices back for the next call; d is not used
// after it.
func (d *doc) release() {
	sc := d.scr
	d.scr = nil
	if sc == nil || len(d.text) > maxPooledText {
		return
	}
	m := d.ments[:cap(d.ments)]
	clear(m) // (mentions hold strings of this text)
	sc.cls, sc.sents, sc.ments = d.cls[:0], d.sents[:0], m[:0]
	sc.nd.Release()
	scratchPool.Put(sc)
}

func (d *doc) run() {
	d.splitSentences()
	d.findDateline()
	d.pause(true)
	for si := range d.sents {
		d.findMentions(si)
		d.pause(false)
	}
	d.indexMentions()
	d.mergeNamed()
	d.mergeDescribed()
	d.mergeStrikers()
	d.mergeTitledOfficials()
	d.pause(true)
	d.findAttributions()
	d.pause(true)
	d.findStances() // pauses between attributions
	d.pause(true)
	d.findProposals()
	if d.mergeShortForms() {
		d.remapMerged()
	}
	d.markSides()
	d.findTalks()
}

// pause calls the caller's yield when yieldEvery has passed since the last
// one (see AnalyzeYielding); between stages (stage) it looks at the clock
// each time, inside a loop every 16th call.
func (d *doc) pause(stage bool) {
	if d.yield == nil {
		return
	}
	d.ticks++
	if !stage && d.ticks&15 != 0 {
		return
	}
	if time.Since(d.yieldAt) >= yieldEvery {
		d.yield()
		d.yieldAt = time.Now()
	}
}

// splitSentences takes the sentences of the nlp stage.
func (d *doc) splitSentences() {
	if sc := d.scr; sc != nil && cap(sc.sents) >= len(d.nd.Sents) {
		d.sents = sc.sents[:0]
	} else {
		d.sents = make([]sent, 0, len(d.nd.Sents))
	}
	for _, s := range d.nd.Sents {
		d.sents = append(d.sents, sent{start: s.Start, end: s.End, t0: s.T0, t1: s.T1, headline: s.Headline})
	}
}

// actorFor returns the index of the actor with canonical name, creating it.
func (d *doc) actorFor(name string, kind ActorKind) int {
	if i, ok := d.byName[name]; ok {
		return i
	}
	d.actors = append(d.actors, &actorRec{name: name, kind: kind, aliasSet: map[string]bool{}})
	ai := len(d.actors) - 1
	d.byName[name] = ai
	if kind != KindState && kind != KindPerson {
		// "Government Development Bank" answers to GDB (and GDB-without-last)
		if d.initials == nil {
			d.initials = map[string]int{}
		}
		var ini []byte
		ws := strings.Fields(name)
		for _, w := range ws {
			if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				ini = append(ini, w[0])
			}
		}
		if len(ini) >= 2 {
			d.initials[string(ini)] = ai
			if last := ws[len(ws)-1]; len(ini) >= 3 && last != "" && last[0] >= 'A' && last[0] <= 'Z' {
				d.initials[string(ini[:len(ini)-1])] = ai
			}
		}
	}
	return ai
}

// addMention records a mention and, when resolved, the actor's alias.
func (d *doc) addMention(m mention) {
	if m.be <= m.bs {
		return
	}
	d.ments = append(d.ments, m)
	if m.actor >= 0 {
		d.attach(m.actor, m.bs, m.be)
		if m.kind == mRole && m.head != "" {
			a := d.actors[m.actor]
			if len(a.heads) < 8 && !contains(a.heads, m.head) {
				a.heads = append(a.heads, m.head)
			}
		}
	}
}

// attach adds text[bs:be] as an alias and mention of actor ai.
func (d *doc) attach(ai, bs, be int) {
	if ai < 0 || ai >= len(d.actors) || bs < 0 || be > len(d.text) || bs >= be {
		return
	}
	a := d.actors[ai]
	for k := len(a.mentions) - 1; k >= 0 && k >= len(a.mentions)-4; k-- {
		if m := a.mentions[k]; m.Start == bs && m.End == be {
			return
		}
	}
	a.count++
	a.mentions = append(a.mentions, Evidence{Start: bs, End: be, Text: d.text[bs:be]})
	al := foldSpace(d.text[bs:be])
	if !a.aliasSet[al] {
		a.aliasSet[al] = true
		a.aliases = append(a.aliases, al)
	}
}

// foldSpace collapses runs of white space (including newlines and no-break
// spaces) to one space and trims the ends.
func foldSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' || c == '\r' || c == '\t' || c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 ||
			c == ' ' && (i == 0 || i+1 == len(s) || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	sp := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			sp = true
			continue
		}
		if c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 {
			sp = true
			i++
			continue
		}
		if sp && len(b) > 0 {
			b = append(b, ' ')
		}
		sp = false
		b = append(b, c)
	}
	return string(b)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
