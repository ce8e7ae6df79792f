package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Dict is the verb dictionary as read from CAMEO.2.0.txt.
type Dict struct {
	Synsets []*Synset
	Blocks  []*Block
	Stats   Stats
}

// Synset is a named set of words or phrases (&NAME in the file).
type Synset struct {
	Name     string   // lower case, without '&' and the trailing '_'
	Members  []string // lower case, words joined by one space, plurals added
	NoPlural bool     // the label ended with '_': no plurals for any member
}

// Block is a verb synonym block: "--- NAME [code] ---", its verbs and its
// patterns. PETRARCH2 applies every pattern of a block to every verb of it.
type Block struct {
	Name     string // as written, upper case
	Code     string // the block's code; "---" when it has none
	Verbs    []*Verb
	Patterns []*Pattern
}

// Verb is one verb line.
type Verb struct {
	Lemma string   // lower case, words joined by one space
	Head  int      // index of the verb word in Lemma ('+' in the file)
	Code  string   // its own code, "" when it takes the block's
	Forms []string // inflected forms, the same shape as Lemma, Lemma excluded
}

// Pattern is one pattern line "- before * after [code] # origin".
type Pattern struct {
	Code   string   // "120", "042:043" (active:passive), ":173", "---"
	Tokens []string // lower case; "*" is the verb; brackets kept on their words
	Origin string   // the verb lemma named in the comment, "" if none
	line   int
}

// Stats counts what the parser kept and dropped.
type Stats struct {
	Lines, Synsets, SynsetMembers, Blocks, BlocksWithCode  int
	Verbs, Forms, VerbsNoCode, DuplicateVerbs, FormClashes int
	Patterns, PatternsNullCode, PatternsWithOrigin         int
	DroppedUndefinedSynset, DroppedBadPattern              int
	Transformations, CodesMended                           int
	Undefined                                              []string // undefined synset names
}

type section int

const (
	secSynsets section = iota
	secVerbs
	secTransforms
)

// Parse reads a PETRARCH2 verb dictionary. It never fails on a malformed
// line: the line is counted and skipped.
func Parse(r io.Reader) (*Dict, error) {
	d := &Dict{}
	syn := map[string]*Synset{}
	var cur *Synset
	var blk *Block
	sec := secSynsets
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		raw := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case strings.HasPrefix(raw, "####### VERB PATTERNS"):
			sec = secVerbs
			continue
		case strings.HasPrefix(raw, "######## TRANSFORMATIONS"):
			sec = secTransforms
			continue
		}
		text, comment := splitComment(raw)
		if strings.TrimSpace(text) == "" {
			continue
		}
		switch sec {
		case secSynsets:
			cur = d.synsetLine(syn, cur, strings.TrimSpace(text))
		case secTransforms:
			if strings.HasPrefix(text, "~") {
				d.Stats.Transformations++
			}
		case secVerbs:
			blk = d.verbSectionLine(blk, text, comment, n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	d.Stats.Lines = n
	d.resolve(syn)
	return d, nil
}

// splitComment cuts a line at its first '#'.
func splitComment(line string) (text, comment string) {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		return line[:i], strings.TrimSpace(line[i+1:])
	}
	return line, ""
}

func (d *Dict) synsetLine(syn map[string]*Synset, cur *Synset, line string) *Synset {
	switch line[0] {
	case '&':
		name := synsetName(line)
		if s, ok := syn[name]; ok {
			return s // a label defined twice: its members are merged
		}
		s := &Synset{Name: name, NoPlural: strings.HasSuffix(line, "_")}
		syn[name] = s
		d.Synsets = append(d.Synsets, s)
		return s
	case '+':
		if cur == nil {
			return nil
		}
		addMember(cur, line[1:])
	}
	return cur
}

// synsetName normalises "&NAME_" and "&name" to "name".
func synsetName(tok string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(tok, "&"), "_"))
}

// addMember adds a phrase and, for a single noun, its regular plural.
// A phrase ending in '_', a multi-word phrase or a member of a set whose
// label ends in '_' gets no plural (PETRARCH2's rule).
func addMember(s *Synset, spec string) {
	spec = strings.TrimSpace(spec)
	noPlural := s.NoPlural || strings.HasSuffix(spec, "_")
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(spec, "_", " ")))
	if len(words) == 0 {
		return
	}
	s.Members = appendNew(s.Members, strings.Join(words, " "))
	if !noPlural && len(words) == 1 && !pluralLike(words[0]) {
		s.Members = appendNew(s.Members, plural(words[0]))
	}
}

func appendNew(list []string, w string) []string {
	for _, x := range list {
		if x == w {
			return list
		}
	}
	return append(list, w)
}

func (d *Dict) verbSectionLine(blk *Block, text, comment string, line int) *Block {
	t := strings.TrimSpace(text)
	switch {
	case strings.HasPrefix(t, "---"):
		return d.blockLine(t)
	case strings.HasPrefix(t, "-"):
		if blk != nil {
			d.patternLine(blk, t[1:], comment, line)
		}
	case strings.HasPrefix(t, "~"):
		d.Stats.Transformations++
	default:
		if blk != nil {
			if v := parseVerb(t); v != nil {
				blk.Verbs = append(blk.Verbs, v)
			}
		}
	}
	return blk
}

// blockLine reads "---  NAME   [code]  ---".
func (d *Dict) blockLine(t string) *Block {
	f := strings.Fields(strings.Trim(t, "- "))
	b := &Block{Code: "---"}
	for _, w := range f {
		if strings.HasPrefix(w, "[") {
			b.Code = d.code(w)
		} else if b.Name == "" {
			b.Name = w
		}
	}
	d.Blocks = append(d.Blocks, b)
	return b
}

// code normalises "[042:043]" to "042:043"; stray characters ("[080!]")
// are dropped and counted.
func (d *Dict) code(tok string) string {
	c := strings.Trim(tok, "[]")
	clean := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == ':' || r == '-' {
			return r
		}
		return -1
	}, c)
	if clean != c {
		d.Stats.CodesMended++
	}
	if clean == "" {
		return "---"
	}
	return clean
}

// parseVerb reads "VERB {FORMS} [code]", "+MULTI_WORD {+FORM_X ...} [code]".
func parseVerb(t string) *Verb {
	v := &Verb{}
	// The code, if any, is the last [..] group.
	if i := strings.LastIndexByte(t, '['); i >= 0 && strings.HasSuffix(t, "]") {
		v.Code = strings.Trim(t[i:], "[] ")
		if v.Code == "" {
			v.Code = "---"
		}
		t = strings.TrimSpace(t[:i])
	}
	braces := -1
	var listed []string
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			j = len(t) - i
		}
		listed = strings.Fields(t[i+1 : i+j])
		braces = len(listed)
		t = strings.TrimSpace(t[:i])
	}
	f := strings.Fields(t)
	if len(f) == 0 {
		return nil
	}
	v.Lemma, v.Head = phrase(f[0])
	if braces < 0 {
		v.Forms = inflect(v.Lemma, v.Head)
	} else {
		for _, s := range listed {
			p, _ := phrase(s)
			if p != "" && p != v.Lemma {
				v.Forms = appendNew(v.Forms, p)
			}
		}
	}
	return v
}

// phrase turns "+RULE_OUT" into ("rule out", 0) and "WIRE_+TAP" into
// ("wire tap", 1).
func phrase(spec string) (string, int) {
	words := strings.Split(strings.Trim(spec, "_"), "_")
	head := 0
	out := words[:0]
	for _, w := range words {
		if strings.HasPrefix(w, "+") {
			head = len(out)
			w = w[1:]
		}
		if w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	if head >= len(out) {
		head = 0
	}
	return strings.Join(out, " "), head
}

// patternLine reads " before * after [code]" with its comment.
func (d *Dict) patternLine(b *Block, t, comment string, line int) {
	f := patternTokens(t)
	if len(f) == 0 || !strings.HasPrefix(f[len(f)-1], "[") {
		d.Stats.DroppedBadPattern++
		return
	}
	p := &Pattern{Code: d.code(f[len(f)-1]), line: line}
	stars := 0
	for _, w := range f[:len(f)-1] {
		w = strings.ToLower(w)
		if strings.Contains(w, "&") {
			w = normSynsetRef(w)
		}
		if w == "*" {
			stars++
		}
		p.Tokens = append(p.Tokens, w)
	}
	if stars != 1 {
		d.Stats.DroppedBadPattern++
		return
	}
	if comment != "" {
		p.Origin = strings.Fields(comment)[0]
	}
	b.Patterns = append(b.Patterns, p)
}

// patternTokens splits a pattern into tokens, mending two slips of the
// file: a code glued to the last word ("VISIT)[042:043]") and the verb
// glued to a word ("*SCEPTICAL", "SPY_*_DEAL").
func patternTokens(t string) []string {
	var out []string
	for _, w := range strings.Fields(t) {
		if i := strings.IndexByte(w, '['); i > 0 {
			out = append(out, w[:i], w[i:])
			continue
		}
		if w != "*" && strings.Contains(w, "*") && !strings.HasPrefix(w, "[") {
			for k, part := range strings.Split(w, "*") {
				if k > 0 {
					out = append(out, "*")
				}
				if part = strings.Trim(part, "_"); part != "" {
					out = append(out, part)
				}
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// normSynsetRef lower-cases a token holding "&NAME_" and drops the
// trailing '_' of the name, keeping any brackets around it.
func normSynsetRef(w string) string {
	i := strings.IndexByte(w, '&')
	j := i + 1
	for j < len(w) && (w[j] >= 'a' && w[j] <= 'z' || w[j] >= '0' && w[j] <= '9' || w[j] == '_') {
		j++
	}
	return w[:i] + "&" + strings.TrimSuffix(w[i+1:j], "_") + w[j:]
}

// resolve drops duplicate verbs and clashing forms (the first wins, as in
// PETRARCH2), names each pattern's origin verb, drops patterns that use an
// undefined synset and fills the statistics.
func (d *Dict) resolve(syn map[string]*Synset) {
	lemmas := map[string]bool{}
	forms := map[string]string{}
	undefined := map[string]bool{}
	for _, b := range d.Blocks {
		kept := b.Verbs[:0]
		for _, v := range b.Verbs {
			if lemmas[v.Lemma] {
				d.Stats.DuplicateVerbs++
				continue
			}
			lemmas[v.Lemma] = true
			kept = append(kept, v)
		}
		b.Verbs = kept
	}
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			forms[v.Lemma] = v.Lemma
		}
	}
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			fs := v.Forms[:0]
			for _, f := range v.Forms {
				if l, ok := forms[f]; ok && l != v.Lemma {
					d.Stats.FormClashes++
					continue
				}
				forms[f] = v.Lemma
				fs = append(fs, f)
			}
			v.Forms = fs
		}
	}
	for _, b := range d.Blocks {
		kept := b.Patterns[:0]
		for _, p := range b.Patterns {
			if name, ok := undefinedRef(p, syn); !ok {
				undefined[name] = true
				d.Stats.DroppedUndefinedSynset++
				continue
			}
			p.Origin = forms[strings.ToLower(strings.ReplaceAll(p.Origin, "_", " "))]
			kept = append(kept, p)
		}
		b.Patterns = kept
	}
	for name := range undefined {
		d.Stats.Undefined = append(d.Stats.Undefined, name)
	}
	sort.Strings(d.Stats.Undefined)
	d.count()
}

// undefinedRef reports the first synset a pattern uses that is not defined.
func undefinedRef(p *Pattern, syn map[string]*Synset) (string, bool) {
	for _, w := range p.Tokens {
		if i := strings.IndexByte(w, '&'); i >= 0 {
			name := strings.TrimRight(w[i+1:], ")}")
			if _, ok := syn[name]; !ok {
				return name, false
			}
		}
	}
	return "", true
}

func (d *Dict) count() {
	s := &d.Stats
	s.Synsets = len(d.Synsets)
	for _, x := range d.Synsets {
		s.SynsetMembers += len(x.Members)
	}
	s.Blocks = len(d.Blocks)
	for _, b := range d.Blocks {
		if b.Code != "---" {
			s.BlocksWithCode++
		}
		for _, v := range b.Verbs {
			s.Verbs++
			s.Forms += len(v.Forms)
			if (v.Code == "" || v.Code == "---") && b.Code == "---" {
				s.VerbsNoCode++
			}
		}
		for _, p := range b.Patterns {
			s.Patterns++
			if p.Code == "---" {
				s.PatternsNullCode++
			}
			if p.Origin != "" {
				s.PatternsWithOrigin++
			}
		}
	}
}

// Report prints the coverage figures.
func (s *Stats) Report(w io.Writer) {
	fmt.Fprintf(w, "lines %d; synsets %d (%d members with plurals); blocks %d (%d with a code)\n",
		s.Lines, s.Synsets, s.SynsetMembers, s.Blocks, s.BlocksWithCode)
	fmt.Fprintf(w, "verbs %d (%d inflected forms); verbs with no code of their own or of their block %d\n",
		s.Verbs, s.Forms, s.VerbsNoCode)
	fmt.Fprintf(w, "duplicate verbs dropped %d; forms dropped for naming another verb %d\n",
		s.DuplicateVerbs, s.FormClashes)
	fmt.Fprintf(w, "patterns %d (%d with null code ---, %d naming their origin verb)\n",
		s.Patterns, s.PatternsNullCode, s.PatternsWithOrigin)
	fmt.Fprintf(w, "patterns dropped: undefined synset %d %v, malformed %d; codes mended %d; transformations skipped %d\n",
		s.DroppedUndefinedSynset, s.Undefined, s.DroppedBadPattern, s.CodesMended, s.Transformations)
}
