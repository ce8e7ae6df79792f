package cameo

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/vocab"
)

// invented is a tiny dictionary in the embedded format (made up for the
// tests, not taken from the real files).
var invented = map[string]string{
	"synsets.tsv": "# name\tmembers\n" +
		"deal\tdeal|deals|peace accord\n" +
		"talk\ttalk|talks\n",
	"verbs.tsv": "# block\tblock code\tlemma\thead\town\tforms\n" +
		"SPURN\t---\tbrush off\t\t\tbrushed off|brushes off\n" +
		"SPURN\t---\tsnub\t\t129\tsnubbed|snubs\n" +
		"SPURN\t---\tpre stall\t1\t\tpre stalled\n" +
		"PRAISE\t051\tapplaud\t\t\tapplauded\n" +
		"PRAISE\t051\tapplaud\t\t999\t\n" + // a repeat: the first row wins
		"BROKEN\n", // too few columns: skipped
	"patterns.tsv": "# block\tcode\torigin\tpattern\n" +
		"SPURN\t127\tsnub\t* &deal\n" +
		"SPURN\t125\t\t* (with {direct &talk})\n" +
		"SPURN\t128\tbrush off\t* &deal (from +)\n" +
		"SPURN\t127\tbrush off\t* &deal\n" + // same length as the first: brush off prefers its own
		"SPURN\t:173\t\tcourt * appeal\n" +
		"SPURN\t---\t\t* market\n" +
		"SPURN\t042:043\tsnub\t*\n" +
		"SPURN\t120\t\t* by/with_force\n" +
		"SPURN\t120\t\t* &undefined\n" + // unknown synset: skipped
		"SPURN\t120\t\tno verb here\n" + // no '*': skipped
		"NOBLOCK\t120\t\t* x\n" + // unknown block: skipped
		"PRAISE\t051\t\t* effort\n",
	"fallback.tsv": "# lemma\tcode\tblock\tforms\n" +
		"brush off\t120\n" +
		"scorn\t110\tSPURN\tscorned|scorns\n" +
		"ghost\t110\tNOBLOCK\t\n",
	"types.tsv": "# kind\tkey\ttype\n" +
		"code\t12\trejection\n" +
		"code\t05\tassessment\n" +
		"block\tPRAISE\tposition\n" +
		"verb\tsnub\tdenial\n" +
		"code\t13\tnot-a-type\n",
}

func loadInvented() *dict {
	return load(func(name string) string { return invented[name] })
}

func TestLoadRows(t *testing.T) {
	d := loadInvented()
	assert.Len(t, d.verbs, 5, "4 dictionary verbs (one repeat dropped) + 1 added")
	assert.Len(t, d.patterns(d.blockIdx["SPURN"]).pats, 8, "2 malformed rows skipped")
	assert.Len(t, d.patterns(d.blockIdx["PRAISE"]).pats, 1, "the row of an unknown block is skipped")
	assert.Equal(t, "applaud", d.forms["applauded"])
	assert.Equal(t, "brush off", d.forms["brushed off"])
	assert.Equal(t, "brush", d.forms["brushed"], "the verb word of a multi-word verb alone")
	assert.Equal(t, "scorn", d.forms["scorned"], "forms of an added verb")
	assert.Equal(t, 1, d.verbs[d.byLemma["pre stall"]].head)
	assert.Equal(t, "120", d.verbs[d.byLemma["brush off"]].fallback)
	assert.True(t, d.verbs[d.byLemma["scorn"]].added)
	_, ok := d.byLemma["ghost"]
	assert.False(t, ok, "an added verb needs a known block")
	_, ok = d.types["13"]
	assert.False(t, ok, "an unknown stance type is ignored")
}

func TestParsePattern(t *testing.T) {
	d := loadInvented()
	p, ok := d.parsePattern("$ court * (with {direct &talk}) +")
	require.True(t, ok)
	require.Len(t, p.Before, 2)
	assert.Equal(t, Source, p.Before[0].Kind)
	assert.Equal(t, PatternWord{Kind: Literal, Text: "court", words: []string{"court"}}, p.Before[1])
	require.Len(t, p.After, 4)
	assert.Equal(t, "with", p.After[0].Text)
	assert.True(t, p.After[0].Prep)
	assert.False(t, p.After[0].Noun)
	assert.True(t, p.After[1].Prep && p.After[1].Noun)
	assert.Equal(t, Synset, p.After[2].Kind)
	assert.Equal(t, "talk", p.After[2].Text)
	assert.Equal(t, Target, p.After[3].Kind)
	assert.False(t, p.After[3].Prep, "the brackets are closed")
	assert.Equal(t, 4, p.words)

	p, ok = d.parsePattern("* air_strike ^ %")
	require.True(t, ok)
	assert.Equal(t, []string{"air", "strike"}, p.After[0].words)
	assert.Equal(t, "air strike", p.After[0].Text)
	assert.Equal(t, Skip, p.After[1].Kind)
	assert.Equal(t, Compound, p.After[2].Kind)

	for _, bad := range []string{"", "no verb", "* * twice", "* &nosuch"} {
		_, ok := d.parsePattern(bad)
		assert.False(t, ok, bad)
	}
}

func TestMatchInvented(t *testing.T) {
	d := loadInvented()

	tests := []struct {
		name                 string
		lemma, after, before string
		wantLemma, wantCode  string
		wantOK               bool
		wantFrom             From
	}{
		{"synset member", "snub", "their deal", "", "snub", "127", true, FromPattern},
		{"multi-word synset member", "snub", "the peace accord", "", "snub", "127", true, FromPattern},
		{"plural of a literal", "snub", "with direct talks", "", "snub", "125", true, FromPattern},
		{"longest pattern wins", "snub", "deal with direct talk", "", "snub", "125", true, FromPattern},
		{"tie: the pattern written for the verb", "brush", "off the deal", "", "brush off", "127", true, FromPattern},
		{"markers match nothing, the preposition counts", "brush", "off a deal from them", "", "brush off", "128", true, FromPattern},
		{"passive-only pattern: no active event", "snub", "an appeal", "the court", "snub", "", false, FromPattern},
		{"null pattern", "snub", "the market", "", "snub", "---", false, FromPattern},
		{"alternatives and consecutive words", "snub", "with force", "", "snub", "120", true, FromPattern},
		{"own code", "snub", "", "", "snub", "129", true, FromVerb},
		{"fallback", "brush", "off", "", "brush off", "120", true, FromFallback},
		{"block code", "applaud", "", "", "applaud", "051", true, FromBlock},
		{"verb word before the head", "stall", "", "the pre", "pre stall", "---", false, 0},
		{"added verb takes its block's patterns", "scorn", "a deal", "", "scorn", "127", true, FromPattern},
		{"multi-word head without its particle", "brush", "", "", "", "", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := d.matchEntry(tt.lemma, words(tt.after), words(tt.before))
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantLemma, e.Lemma)
			assert.Equal(t, tt.wantCode, e.Code)
			assert.Equal(t, tt.wantFrom, e.From)
		})
	}

	e, _ := d.matchEntry("snub", words("an appeal"), words("court"))
	assert.Equal(t, "173", e.CodeFor(true))
	assert.Equal(t, "", e.CodeFor(false))

	e, _ = d.matchEntry("snub", words("a deal"), nil)
	typ, ok := d.entryType(e)
	require.True(t, ok)
	assert.Equal(t, vocab.Denial, typ, "verb type wins over the code family")
	e, _ = d.matchEntry("applaud", nil, nil)
	typ, _ = d.entryType(e)
	assert.Equal(t, vocab.Position, typ, "block type wins over the code family")
}

func TestLoadEmptyNeverPanics(t *testing.T) {
	d := load(func(string) string { return "" })
	assert.Empty(t, d.verbs)
	d = load(func(string) string { return "\t\t\t\t\t\n\n#\n|||\t\n" })
	assert.Empty(t, d.verbs)
}

// The scan list of a block holds its patterns with words, longest first,
// in the file's order among patterns of one length, with what Match needs
// to know before reading their words.
func TestScanList(t *testing.T) {
	d := loadInvented()
	b := d.patterns(d.blockIdx["SPURN"])
	require.Len(t, b.scan, 7, "the pattern with no words is left out")
	for k := 1; k < len(b.scan); k++ {
		prev, cur := b.scan[k-1], b.scan[k]
		assert.True(t, prev.words > cur.words || prev.words == cur.words && prev.pat < cur.pat, "order at %d", k)
	}
	tests := []struct {
		name    string
		pattern int32
		origin  string // "" when the pattern has no known origin
		related bool
		synAft  []string
	}{
		{"origin a verb, the block has no code", 0, "snub", true, []string{"deal"}},
		{"no origin", 1, "", true, []string{"talk"}},
		{"origin a multi-word verb", 2, "brush off", true, []string{"deal"}},
		{"literal only", 7, "", true, nil},
	}
	praise := d.patterns(d.blockIdx["PRAISE"])
	require.Len(t, praise.scan, 1)
	assert.True(t, praise.scan[0].related, "a pattern with no origin is of the block")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s patScan
			for _, x := range b.scan {
				if x.pat == tt.pattern {
					s = x
				}
			}
			require.Equal(t, tt.pattern, s.pat)
			want := int32(-1)
			if tt.origin != "" {
				want = d.byLemma[tt.origin]
			}
			assert.Equal(t, want, s.origin)
			assert.Equal(t, tt.related, s.related)
			var syns uint64
			for _, n := range tt.synAft {
				syns |= d.synBit(n)
			}
			assert.Equal(t, syns, s.synAfter)
		})
	}
}

// formsInOrder builds the form table as the rule says, in its order,
// keeping the first entry of a form: lemmas, then the verbs' forms, then
// the verb words of multi-word verbs and those words in their forms.
func formsInOrder(d *dict) map[string]string {
	m := map[string]string{}
	first := func(f, l string) {
		if _, ok := m[f]; !ok {
			m[f] = l
		}
	}
	for _, v := range d.verbs {
		first(v.lemma, v.lemma)
	}
	for _, v := range d.verbs {
		for _, f := range v.forms {
			first(f, v.lemma)
		}
	}
	for _, v := range d.verbs {
		if len(v.words) < 2 {
			continue
		}
		first(v.words[v.head], v.words[v.head])
		for _, f := range v.forms {
			if fw := strings.Fields(f); len(fw) == len(v.words) {
				first(fw[v.head], v.words[v.head])
			}
		}
	}
	return m
}

// The form table, written last to first, keeps the first entry of each
// form, as building it in order would.
func TestFormsFirstWins(t *testing.T) {
	tests := []struct {
		name string
		d    *dict
	}{
		{"invented", loadInvented()},
		{"embedded", get()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, formsInOrder(tt.d), tt.d.forms)
			for w := range tt.d.forms {
				assert.True(t, tt.d.wordSet.has(w), w)
			}
		})
	}
	d := load(func(name string) string {
		return map[string]string{"verbs.tsv": "B\t---\tgive up\t\t\tgave up|given up|gives\n" +
			"B\t---\tgive\t\t\tgave|gives|given\n" +
			"B\t---\tlet go\t\t\tgave up\n"}[name]
	})
	assert.Equal(t, "give", d.forms["give"], "a lemma is its own form")
	assert.Equal(t, "give up", d.forms["gave up"], "the first verb to list a form")
	assert.Equal(t, "give up", d.forms["gives"], "a verb's forms come before the verb words of multi-word verbs")
	assert.Equal(t, "give", d.forms["gave"])
	assert.Equal(t, "let", d.forms["let"], "the verb word alone")
	assert.Equal(t, formsInOrder(d), d.forms)
}

func TestWordAt(t *testing.T) {
	tests := []struct {
		s     string
		k, n  int
		want  string
		wantN bool
	}{
		{"ruled out", 0, 2, "ruled", true},
		{"ruled  out", 1, 2, "out", true},
		{"ruled", 0, 2, "ruled", false},
		{"", 0, 1, "", false},
	}
	for _, tt := range tests {
		w, ok := wordAt(tt.s, tt.k, tt.n)
		assert.Equal(t, tt.wantN, ok, tt.s)
		if ok {
			assert.Equal(t, tt.want, w, tt.s)
		}
	}
}

// patternRuns files each block's first run of rows: a run ends at a row of
// another block, known or not, and at a comment or blank line.
func TestPatternRuns(t *testing.T) {
	verbs := "A\t---\tx\t\t\t\nB\t---\ty\t\t\t\n"
	tests := []struct {
		name     string
		patterns string
		a, b     string // the rows filed under A and B
	}{
		{"two runs", "A\t1\t\t* a\nA\t2\t\t* b\nB\t3\t\t* c\n", "A\t1\t\t* a\nA\t2\t\t* b\n", "B\t3\t\t* c\n"},
		{"a block split in two keeps its first run", "A\t1\t\t* a\nB\t3\t\t* c\nA\t2\t\t* b\n", "A\t1\t\t* a\n", "B\t3\t\t* c\n"},
		{"an unknown block ends a run", "A\t1\t\t* a\nZ\t9\t\t* z\nA\t2\t\t* b\n", "A\t1\t\t* a\n", ""},
		{"a comment ends a run", "A\t1\t\t* a\n# note\nA\t2\t\t* b\n", "A\t1\t\t* a\n", ""},
		{"no final line end", "B\t3\t\t* c", "", "B\t3\t\t* c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := load(func(name string) string {
				return map[string]string{"verbs.tsv": verbs, "patterns.tsv": tt.patterns}[name]
			})
			assert.Equal(t, tt.a, d.blocks[d.blockIdx["A"]].raw)
			assert.Equal(t, tt.b, d.blocks[d.blockIdx["B"]].raw)
		})
	}
}

// TestIndexHeads: each verb word lists its verbs most words first, in
// dictionary order among as many words, as sorting each word's verbs
// does.
func TestIndexHeads(t *testing.T) {
	for name, d := range map[string]*dict{"embedded": get(), "invented": loadInvented()} {
		want := map[string][]int32{}
		for i := range d.verbs {
			h := d.verbs[i].words[d.verbs[i].head]
			want[h] = append(want[h], int32(i))
		}
		shared := 0
		for h, list := range want {
			sort.SliceStable(list, func(a, b int) bool { return len(d.verbs[list[a]].words) > len(d.verbs[list[b]].words) })
			var got []int32
			for i := d.byHead[h]; i >= 0 && len(got) <= len(d.verbs); i = d.nextHead[i] {
				got = append(got, i)
			}
			require.Equal(t, list, got, "%s: %s", name, h)
			if len(list) > 1 {
				shared++
			}
		}
		assert.Len(t, d.byHead, len(want), name)
		if name == "embedded" {
			assert.Greater(t, shared, 10, "words of several verbs")
		}
	}
}

// TestFieldsSplitWordAt: the start-up's cutting answers as strings.Fields
// and strings.Split do.
func TestFieldsSplitWordAt(t *testing.T) {
	for _, s := range []string{"", "rule", "rule out", " rule  out ", "a\tb", "a\u00a0b", "caf\u00e9 out", "x|y", "|", "a||b|", " ", "a\vb c"} {
		d := &dict{}
		assert.Equal(t, strings.Fields(s), nilIfEmpty(d.fields(s)), "fields %q", s)
		assert.Equal(t, strings.Split(s, "|"), d.split(s), "split %q", s)
		f := strings.Fields(s)
		for n := 0; n <= 3; n++ {
			for k := 0; k < 3; k++ {
				w, ok := wordAt(s, k, n)
				want := ""
				if k < len(f) {
					want = f[k]
				}
				assert.Equal(t, len(f) == n, ok, "wordAt(%q, %d, %d)", s, k, n)
				if ok {
					assert.Equal(t, want, w, "wordAt(%q, %d, %d)", s, k, n)
				}
			}
		}
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return []string{}
	}
	return s
}
