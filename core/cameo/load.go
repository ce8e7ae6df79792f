package cameo

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"parley/core/tsv"
	"parley/core/vocab"
)

// The data files, as strings: the tables keep substrings of them, with no
// copy.
var (
	//go:embed data/synsets.tsv
	synsetsTSV string
	//go:embed data/verbs.tsv
	verbsTSV string
	//go:embed data/patterns.tsv
	patternsTSV string
	//go:embed data/fallback.tsv
	fallbackTSV string
	//go:embed data/types.tsv
	typesTSV string
)

// dataFiles are the embedded data files by name.
var dataFiles = map[string]*string{"synsets.tsv": &synsetsTSV, "verbs.tsv": &verbsTSV,
	"patterns.tsv": &patternsTSV, "fallback.tsv": &fallbackTSV, "types.tsv": &typesTSV}

// maxSynsets is the number of synonym sets a uint64 bit set can hold;
// further sets are ignored (the dictionary has 40).
const maxSynsets = 64

type verb struct {
	lemma    string
	words    []string
	head     int
	code     string
	fallback string
	block    int32
	forms    []string
	added    bool
}

type block struct {
	name, code string
	// raw is the block's rows of patterns.tsv, parsed into pats on first
	// use (most reports use a few dozen of the ~390 blocks: parsing all
	// ~4,700 patterns at start-up would cost more than every analysis)
	raw         string
	pats        []Pattern
	scan        []patScan // the patterns with words, longest first
	zeroByVerb  map[string]int32
	zeroGeneral int32 // a pattern with no words and no origin verb, or -1
}

// patScan is what Match tests of a pattern before reading its words,
// packed close together: a block's scan list is sorted by length, longest
// first, the file's order kept among patterns of one length.
type patScan struct {
	sigBefore, sigAfter uint64 // Pattern.sigBefore, sigAfter
	synBefore, synAfter uint64 // the synsets the pattern's elements name
	pat                 int32  // index in the block's pats
	words               int32  // Pattern.words
	origin              int32  // the origin verb's index; -1 when none or not in the dictionary
	related             bool   // no origin, or a code of the block's root (see sameRoot)
}

type multiMember struct {
	rest []string // the words after the first
	mask uint64
}

// synWord is a word's place in the synonym sets: the sets it is a
// one-word member of, and the multi-word members starting with it.
type synWord struct {
	one, multi uint64 // multi: the sets of members
	members    []multiMember
}

type dict struct {
	verbs    []verb
	byLemma  map[string]int32
	byHead   map[string]int32 // verb word → its first verb (most words first); the next in nextHead
	nextHead []int32          // by verb: the next verb of the same verb word, or -1
	parsed   []sync.Once      // by block: its patterns parsed
	forms    map[string]string
	blocks   []block
	blockIdx map[string]int32
	strs     []string       // the verbs' words and forms
	lemmaSet keySet         // the keys of byLemma
	wordSet  keySet         // the keys of byLemma, byHead and forms
	synSet   keySet         // the keys of syn
	typeSet  keySet         // the keys of types, blockTypes and verbTypes
	synIdx   map[string]int // name → bit index
	syn      map[string]synWord
	// proposalSyns are the bits of the sets "proposal" and "treaty"
	proposalSyns uint64

	types      map[string]vocab.StanceType
	blockTypes map[string]vocab.StanceType
	verbTypes  map[string]vocab.StanceType
}

var (
	once sync.Once
	def  *dict
)

func get() *dict {
	once.Do(func() { def = load(readData) })
	return def
}

func readData(name string) string {
	if f, ok := dataFiles[name]; ok {
		return *f
	}
	return ""
}

// load builds the dictionary from the data files that read returns (a
// missing file reads as empty).
func load(read func(string) string) *dict {
	verbs, fallback := read("verbs.tsv"), read("fallback.tsv")
	// room for every row and form, so that no table grows: a row of
	// verbs.tsv takes 50 bytes, and a form (a lemma, an inflection, a
	// verb word) one for every 13 (counting the rows' rows or bars
	// instead costs more under js/wasm than what it saves)
	size := len(verbs) + len(fallback)
	nVerbs, nForms := size/40+16, size/12+16
	d := &dict{
		verbs:      make([]verb, 0, nVerbs),
		strs:       make([]string, 0, nForms),
		byLemma:    make(map[string]int32, nVerbs),
		byHead:     make(map[string]int32, nVerbs),
		forms:      make(map[string]string, nForms),
		blockIdx:   map[string]int32{},
		synIdx:     map[string]int{},
		syn:        map[string]synWord{},
		types:      map[string]vocab.StanceType{},
		blockTypes: map[string]vocab.StanceType{},
		verbTypes:  map[string]vocab.StanceType{},
	}
	tsv.Each(read("synsets.tsv"), d.synsetRow)
	tsv.Each(verbs, d.verbRow)
	d.patternRuns(read("patterns.tsv"))
	tsv.Each(fallback, d.fallbackRow)
	tsv.Each(read("types.tsv"), d.typeRow)
	d.index()
	d.parsed = make([]sync.Once, len(d.blocks))
	d.proposalSyns = d.synBit("proposal") | d.synBit("treaty")
	return d
}

// synBit is the bit of the synonym set name, 0 when there is none.
func (d *dict) synBit(name string) uint64 {
	bit, ok := d.synIdx[name]
	if !ok {
		return 0
	}
	return uint64(1) << uint(bit)
}

func (d *dict) synsetRow(c []string) {
	if len(c) < 2 || c[0] == "" {
		return
	}
	bit, ok := d.synIdx[c[0]]
	if !ok {
		if len(d.synIdx) >= maxSynsets {
			return
		}
		bit = len(d.synIdx)
		d.synIdx[c[0]] = bit
	}
	mask := uint64(1) << uint(bit)
	for _, m := range strings.Split(c[1], "|") {
		w := strings.Fields(m)
		if len(w) == 0 {
			continue
		}
		e := d.syn[w[0]]
		if len(w) == 1 {
			e.one |= mask
		} else {
			e.multi |= mask
			e.members = append(e.members, multiMember{rest: w[1:], mask: mask})
		}
		d.syn[w[0]] = e
		d.synSet.add(w[0])
	}
}

func (d *dict) blockOf(name, code string) int32 {
	if n := len(d.blocks); n > 0 && d.blocks[n-1].name == name {
		return int32(n - 1) // a block's rows come together
	}
	if i, ok := d.blockIdx[name]; ok {
		return i
	}
	i := int32(len(d.blocks))
	d.blocks = append(d.blocks, block{name: name, code: code, zeroGeneral: -1})
	d.blockIdx[name] = i
	return i
}

// verbRow reads "block, block code, lemma, head, own code, forms".
func (d *dict) verbRow(c []string) {
	if len(c) < 6 || c[0] == "" || c[2] == "" {
		return
	}
	if _, dup := d.byLemma[c[2]]; dup {
		return
	}
	words := d.fields(c[2])
	if len(words) == 0 {
		return
	}
	v := verb{lemma: c[2], words: words, code: c[4], block: d.blockOf(c[0], c[1])}
	if c[3] != "" { // else the head is the first word
		if h, err := strconv.Atoi(c[3]); err == nil && h >= 0 && h < len(v.words) {
			v.head = h
		}
	}
	if c[5] != "" {
		v.forms = d.split(c[5])
	}
	d.byLemma[v.lemma] = int32(len(d.verbs))
	d.verbs = append(d.verbs, v)
}

// fields is strings.Fields(s) and split strings.Split(s, "|"), cut from
// one backing array for all the verbs' words and forms (a slice's capacity
// ends with it: appending to one never writes over the next). Both cut
// by IndexByte rather than a loop over the bytes or an iterator: under
// js/wasm the start-up runs them ~10,000 times in the browser's baseline
// tier, where each instruction counts.
func (d *dict) fields(s string) []string {
	start := len(d.strs)
	if !plainASCII(s) {
		d.strs = append(d.strs, strings.Fields(s)...)
		return d.strs[start:len(d.strs):len(d.strs)]
	}
	for s != "" {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			d.strs = append(d.strs, s)
			break
		}
		if i > 0 {
			d.strs = append(d.strs, s[:i])
		}
		s = s[i+1:]
	}
	return d.strs[start:len(d.strs):len(d.strs)]
}

// plainASCII reports whether s is ASCII whose only white space is the
// space: strings.Fields(s) splits it at spaces alone.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c < ' ' {
			return false
		}
	}
	return true
}

func (d *dict) split(s string) []string {
	start := len(d.strs)
	for {
		i := strings.IndexByte(s, '|')
		if i < 0 {
			d.strs = append(d.strs, s)
			break
		}
		d.strs = append(d.strs, s[:i])
		s = s[i+1:]
	}
	return d.strs[start:len(d.strs):len(d.strs)]
}

// patternRuns files the rows of patterns.tsv ("block, code, origin,
// pattern", grouped by block) under their blocks, unparsed; a block split
// in two runs keeps the first.
func (d *dict) patternRuns(text string) {
	runStart, runBlock := 0, int32(-1)
	runName, named := "", false // the block name looked up last, in this run
	flush := func(end int) {
		if runBlock >= 0 && d.blocks[runBlock].raw == "" {
			d.blocks[runBlock].raw = text[runStart:end]
		}
	}
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		next := end + 1
		if line == "" || line[0] == '#' {
			flush(pos)
			runBlock, named = -1, false
			pos = next
			continue
		}
		name := line
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			name = line[:i]
		}
		bi := runBlock
		if !named || name != runName {
			var ok bool
			if bi, ok = d.blockIdx[name]; !ok {
				bi = -1
			}
			runName, named = name, true
		}
		if bi != runBlock {
			flush(pos)
			runStart, runBlock = pos, bi
		}
		pos = next
	}
	flush(len(text))
}

// patterns returns block bi's patterns, parsing them on first use.
func (d *dict) patterns(bi int32) *block {
	b := &d.blocks[bi]
	d.parsed[bi].Do(func() { d.parseBlock(b) })
	return b
}

// parseBlock parses a block's rows and finds its patterns with no words.
func (d *dict) parseBlock(b *block) {
	tsv.Each(b.raw, func(c []string) {
		if len(c) < 4 {
			return
		}
		p, ok := d.parsePattern(c[3])
		if !ok {
			return
		}
		p.Code, p.Passive = splitCode(c[1])
		p.Origin = c[2]
		b.pats = append(b.pats, p)
	})
	for pi := range b.pats {
		p := &b.pats[pi]
		if p.words > 0 {
			continue
		}
		if p.Origin == "" {
			if b.zeroGeneral < 0 {
				b.zeroGeneral = int32(pi)
			}
			continue
		}
		if b.zeroByVerb == nil {
			b.zeroByVerb = map[string]int32{}
		}
		if _, ok := b.zeroByVerb[p.Origin]; !ok {
			b.zeroByVerb[p.Origin] = int32(pi)
		}
	}
	d.scanList(b)
}

// scanList lists the block's patterns with words for Match, longest first.
func (d *dict) scanList(b *block) {
	for pi := range b.pats {
		p := &b.pats[pi]
		if p.words == 0 {
			continue
		}
		s := patScan{sigBefore: p.sigBefore, sigAfter: p.sigAfter,
			synBefore: synsOf(p.Before), synAfter: synsOf(p.After),
			pat: int32(pi), words: int32(p.words), origin: -1,
			related: p.Origin == "" || sameRoot(p.Code, b.code)}
		if i, ok := d.byLemma[p.Origin]; ok && p.Origin != "" {
			s.origin = i
		}
		b.scan = append(b.scan, s)
	}
	sort.SliceStable(b.scan, func(i, j int) bool { return b.scan[i].words > b.scan[j].words })
}

// synsOf is the union of the synsets that elements name.
func synsOf(ws []PatternWord) uint64 {
	var m uint64
	for k := range ws {
		if ws[k].Kind == Synset {
			m |= ws[k].syn
		}
	}
	return m
}

// splitCode turns "042:043" into ("042", "043") and ":173" into ("", "173").
func splitCode(s string) (act, pas string) {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// parsePattern reads "before * after" with its brackets and markers.
func (d *dict) parsePattern(s string) (Pattern, bool) {
	var p Pattern
	prep, noun := 0, 0
	after, stars := false, 0
	for _, tok := range strings.Fields(s) {
		openP := strings.Count(tok, "(")
		openN := strings.Count(tok, "{")
		closeP := strings.Count(tok, ")")
		closeN := strings.Count(tok, "}")
		word := strings.Trim(tok, "(){}")
		prep += openP
		noun += openN
		w := PatternWord{Text: word, Prep: prep > 0, Noun: noun > 0}
		prep = max(prep-closeP, 0)
		noun = max(noun-closeN, 0)
		switch {
		case word == "":
			continue
		case word == "*":
			after = true
			stars++
			continue
		case word == "+":
			w.Kind = Target
		case word == "$":
			w.Kind = Source
		case word == "^":
			w.Kind = Skip
		case word == "%":
			w.Kind = Compound
		case strings.HasPrefix(word, "&"):
			bit, ok := d.synIdx[word[1:]]
			if !ok {
				return Pattern{}, false
			}
			w.Kind, w.Text, w.syn = Synset, word[1:], uint64(1)<<uint(bit)
		default:
			w.Kind = Literal
			w.words = strings.Split(word, "_")
			w.alt = strings.Contains(word, "/")
			w.Text = strings.Join(w.words, " ")
		}
		if w.Kind == Literal || w.Kind == Synset {
			p.words++
		}
		var bits uint64
		if w.Kind == Literal && !w.alt {
			for _, x := range w.words {
				bits |= wordBit(x)
			}
		}
		if after {
			p.After = append(p.After, w)
			p.sigAfter |= bits
		} else {
			p.Before = append(p.Before, w)
			p.sigBefore |= bits
		}
	}
	return p, stars == 1
}

// fallbackRow reads "lemma, code, block, forms": the code of a known verb
// that has none, or a verb the dictionary lacks, added to a block with the
// code as its own.
func (d *dict) fallbackRow(c []string) {
	if len(c) < 2 || c[0] == "" || c[1] == "" {
		return
	}
	if i, ok := d.byLemma[c[0]]; ok {
		d.verbs[i].fallback = c[1]
		return
	}
	if len(c) < 4 || c[2] == "" {
		return
	}
	bi, ok := d.blockIdx[c[2]]
	if !ok {
		return
	}
	v := verb{lemma: c[0], words: d.fields(c[0]), code: c[1], block: bi, added: true}
	if len(v.words) == 0 {
		return
	}
	if c[3] != "" {
		v.forms = d.split(c[3])
	}
	d.byLemma[v.lemma] = int32(len(d.verbs))
	d.verbs = append(d.verbs, v)
}

// typeRow reads "kind, key, type": kind is code, block or verb.
func (d *dict) typeRow(c []string) {
	if len(c) < 3 {
		return
	}
	t := vocab.StanceType(c[2])
	if !t.Valid() {
		return
	}
	d.typeSet.add(c[1])
	switch c[0] {
	case "code":
		d.types[c[1]] = t
	case "block":
		d.blockTypes[c[1]] = t
	case "verb":
		d.verbTypes[c[1]] = t
	}
}

// index builds the look-ups by verb word and by form, and each block's
// patterns that have no words.
func (d *dict) index() {
	d.indexHeads()
	// A form's lemma is the first of: the form itself when it is a verb's
	// lemma; the verb that lists it first, in dictionary order; the verb
	// word of a multi-word verb alone, and that word in the verb's forms.
	// Written from the last of these to the first, each key once per
	// source: the write that stands is the first.
	for i := len(d.verbs) - 1; i >= 0; i-- { // the verb word of a multi-word verb alone
		v := &d.verbs[i]
		if len(v.words) < 2 {
			continue
		}
		head := v.words[v.head]
		for k := len(v.forms) - 1; k >= 0; k-- {
			if w, ok := wordAt(v.forms[k], v.head, len(v.words)); ok {
				d.setForm(w, head)
			}
		}
		d.setForm(head, head)
	}
	for i := len(d.verbs) - 1; i >= 0; i-- {
		v := &d.verbs[i]
		for k := len(v.forms) - 1; k >= 0; k-- {
			d.setForm(v.forms[k], v.lemma)
		}
	}
	for i := range d.verbs {
		v := &d.verbs[i]
		d.setForm(v.lemma, v.lemma)
		d.lemmaSet.add(v.lemma)
	}
}

// indexHeads files each verb under its verb word: byHead gives the
// first, nextHead the next, most words first, in dictionary order among
// as many words.
func (d *dict) indexHeads() {
	d.nextHead = make([]int32, len(d.verbs))
	last := make([]int32, len(d.verbs)) // for a verb first of its word, the last so far
	var shared []int32                  // the first verbs of words of more than one verb
	for i := range d.verbs {
		v := &d.verbs[i]
		h := v.words[v.head]
		d.nextHead[i] = -1
		first, ok := d.byHead[h]
		if !ok {
			d.byHead[h], last[i] = int32(i), int32(i)
			d.wordSet.add(h)
			continue
		}
		if d.nextHead[first] < 0 {
			shared = append(shared, first)
		}
		d.nextHead[last[first]], last[first] = int32(i), int32(i)
	}
	var list []int32
	for _, first := range shared {
		list = list[:0]
		for i := first; i >= 0; i = d.nextHead[i] {
			list = append(list, i)
		}
		slices.SortStableFunc(list, func(a, b int32) int { // no reflection, unlike sort.SliceStable
			return len(d.verbs[b].words) - len(d.verbs[a].words)
		})
		for k, i := range list {
			d.nextHead[i] = -1
			if k > 0 {
				d.nextHead[list[k-1]] = i
			}
		}
		d.byHead[d.verbs[first].words[d.verbs[first].head]] = list[0]
	}
}

func (d *dict) setForm(form, lemma string) {
	d.forms[form] = lemma
	d.wordSet.add(form)
}

// wordAt returns word k of s, when s has n words.
func wordAt(s string, k, n int) (string, bool) {
	if !plainASCII(s) {
		f := strings.Fields(s)
		if len(f) != n || k < 0 || k >= n {
			return "", len(f) == n
		}
		return f[k], true
	}
	var w string
	j := 0
	for s != "" {
		i := strings.IndexByte(s, ' ')
		f := s
		if i >= 0 {
			f, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if f == "" {
			continue
		}
		if j == k {
			w = f
		}
		j++
	}
	return w, j == n
}

func (d *dict) info(i int32) VerbInfo {
	v := &d.verbs[i]
	b := d.patterns(v.block)
	return VerbInfo{Lemma: v.lemma, Head: v.head, Forms: v.forms, Code: v.code,
		Block: b.name, BlockCode: b.code, Fallback: v.fallback, Added: v.added,
		Patterns: b.pats}
}
