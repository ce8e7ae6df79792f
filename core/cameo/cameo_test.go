package cameo

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core/vocab"
)

// words splits an invented clause fragment into lemmas.
func words(s string) []string { return strings.Fields(s) }

func TestMatchStanceVerbs(t *testing.T) {
	tests := []struct {
		name          string
		lemma, after  string
		wantLemma     string
		wantPrefix    string // the code starts with it
		wantType      vocab.StanceType
		wantFrom      From
		wantUsedAfter int
	}{
		{"accuse bare", "accuse", "", "accuse", "112", vocab.Accusation, FromVerb, 0},
		{"accuse of an attack", "accuse", "militia of attack", "accuse", "112", vocab.Accusation, FromPattern, 0},
		{"condemn", "condemn", "", "condemn", "111", vocab.Accusation, FromVerb, 0},
		{"demand", "demand", "", "demand", "10", vocab.Demand, FromBlock, 0},
		{"insist", "insist", "", "insist", "10", vocab.Demand, FromBlock, 0},
		{"urge (added verb)", "urge", "", "urge", "02", vocab.Demand, FromVerb, 0},
		{"threaten", "threaten", "", "threaten", "13", vocab.Threat, FromBlock, 0},
		{"warn", "warn", "", "warn", "13", vocab.Threat, FromBlock, 0},
		{"warn of consequences", "warn", "of grave consequence", "warn", "13", vocab.Threat, FromPattern, 0},
		{"reject bare: fallback", "reject", "", "reject", "12", vocab.Rejection, FromFallback, 0},
		{"refuse bare: fallback", "refuse", "", "refuse", "12", vocab.Rejection, FromFallback, 0},
		{"reject a proposal (synset)", "reject", "the new proposal", "reject", "12", vocab.Rejection, FromPattern, 0},
		{"reject talks", "reject", "direct talk", "reject", "125", vocab.Rejection, FromPattern, 0},
		{"rule out talks", "rule", "out any talk", "rule out", "125", vocab.Rejection, FromPattern, 1},
		{"deny accusations", "deny", "the accusations", "deny", "016", vocab.Denial, FromPattern, 0},
		{"deny a charge (lemma)", "deny", "every charge", "deny", "016", vocab.Denial, FromPattern, 0},
		{"deny bare: fallback", "deny", "", "deny", "016", vocab.Denial, FromFallback, 0},
		{"deny a request", "deny", "their request", "deny", "12", vocab.Rejection, FromPattern, 0},
		{"promise", "promise", "", "promise", "03", vocab.Commitment, FromBlock, 0},
		{"pledge", "pledge", "", "pledge", "03", vocab.Commitment, FromBlock, 0},
		{"vow: fallback", "vow", "", "vow", "03", vocab.Commitment, FromFallback, 0},
		{"propose", "propose", "", "propose", "02", vocab.Proposed, FromBlock, 0},
		{"suggest a meeting", "suggest", "a meeting", "suggest", "026", vocab.Proposed, FromPattern, 0},
		{"propose a truce (synset)", "propose", "a truce", "propose", "0256", vocab.Proposed, FromPattern, 0},
		{"agree", "agree", "", "agree", "05", vocab.Acceptance, FromBlock, 0},
		{"agree to a ceasefire", "agree", "to a ceasefire", "agree", "035", vocab.Acceptance, FromPattern, 0},
		{"accept a proposal", "accept", "the proposal", "accept", "03", vocab.Acceptance, FromPattern, 0},
		{"accept bare: fallback", "accept", "", "accept", "08", vocab.Acceptance, FromFallback, 0},
		{"hope", "hope", "", "hope", "02", vocab.Hope, FromBlock, 0},
		{"hope for peace", "hope", "for lasting peace", "hope", "013", vocab.Hope, FromPattern, 0},
		{"say", "say", "", "say", "010", vocab.Position, FromBlock, 0},
		{"ask for help", "ask", "for help", "ask for", "02", vocab.Demand, FromPattern, 1},
		{"ask for aid, particle in the pattern", "ask", "for financial aid", "ask for", "0231", vocab.Demand, FromPattern, 1},
		{"an inflected form is accepted", "accused", "", "accuse", "112", vocab.Accusation, FromVerb, 0},
		// 110 (disapprove) is blame, as PLOVER reads it, save the verbs
		// of turning down and of dismay that types.tsv names
		{"lodge a protest", "lodge", "an official protest", "lodge", "110", vocab.Accusation, FromPattern, 0},
		{"decry", "decry", "", "decry", "110", vocab.Accusation, FromBlock, 0},
		{"spurn", "spurn", "", "spurn", "110", vocab.Rejection, FromVerb, 0},
		{"dispute", "dispute", "", "dispute", "110", vocab.Rejection, FromBlock, 0},
		{"regret", "regret", "", "regret", "110", vocab.Assessment, FromBlock, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := MatchEntry(tt.lemma, words(tt.after), nil)
			require.True(t, ok, "%+v", e)
			assert.Equal(t, tt.wantLemma, e.Lemma)
			assert.True(t, strings.HasPrefix(e.Code, tt.wantPrefix), "code %s", e.Code)
			assert.Equal(t, tt.wantFrom, e.From)
			assert.Equal(t, tt.wantUsedAfter, e.Used)
			typ, ok := e.Type()
			assert.True(t, ok)
			assert.Equal(t, tt.wantType, typ)
			code, ok := Match(tt.lemma, words(tt.after), nil)
			assert.True(t, ok)
			assert.Equal(t, e.Code, code)
		})
	}
}

func TestMatchNoEvent(t *testing.T) {
	tests := []struct {
		name, lemma, after string
		known              bool
	}{
		{"unknown verb", "frobnicate", "", false},
		{"empty lemma", "", "", false},
		{"null pattern: prices decline", "decline", "in price", true},
		{"verb of a [---] block with no fallback", "accelerate", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := MatchEntry(tt.lemma, words(tt.after), nil)
			assert.False(t, ok)
			assert.Equal(t, tt.known, e.Lemma != "")
			_, typed := e.Type()
			assert.False(t, typed)
		})
	}
}

func TestMatchBeforeWords(t *testing.T) {
	// "- COURT * APPEAL [1241]" in the REFUSE block: a court rejecting an appeal.
	e, ok := MatchEntry("reject", words("an appeal"), words("the high court"))
	require.True(t, ok)
	assert.Equal(t, "1241", e.Code)
	e, ok = MatchEntry("reject", words("an appeal"), words("the minister"))
	require.True(t, ok)
	assert.NotEqual(t, "1241", e.Code)
}

func TestLemma(t *testing.T) {
	tests := []struct{ form, want string }{
		{"accused", "accuse"},
		{"accuses", "accuse"},
		{"threatening", "threaten"},
		{"threatened", "threaten"},
		{"denied", "deny"},
		{"denies", "deny"},
		{"said", "say"},
		{"ruled out", "rule out"},
		{"urged", "urge"},
		{"accuse", "accuse"},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			got, ok := Lemma(tt.form)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	_, ok := Lemma("frobnicated")
	assert.False(t, ok)
}

func TestVerb(t *testing.T) {
	v, ok := Verb("deny")
	require.True(t, ok)
	assert.Equal(t, "REFUSE", v.Block)
	assert.Equal(t, "---", v.BlockCode)
	assert.Equal(t, "", v.Code)
	assert.Equal(t, "016", v.Fallback)
	assert.Contains(t, v.Forms, "denied")
	assert.NotEmpty(t, v.Patterns)

	v, ok = Verb("accuse")
	require.True(t, ok)
	assert.Equal(t, "112", v.Code)

	v, ok = Verb("rule out")
	require.True(t, ok)
	assert.Equal(t, 0, v.Head)

	v, ok = Verb("urge")
	require.True(t, ok)
	assert.True(t, v.Added)

	_, ok = Verb("iron")
	assert.False(t, ok, "only the multi-word verb exists")
	_, ok = Verb("iron out")
	assert.True(t, ok)
}

func TestType(t *testing.T) {
	tests := []struct {
		code string
		want vocab.StanceType
	}{
		{"010", vocab.Position}, {"019", vocab.Position},
		{"012", vocab.Assessment}, {"013", vocab.Assessment},
		{"016", vocab.Denial},
		{"020", vocab.Demand}, {"0256", vocab.Demand}, {"026", vocab.Demand},
		{"027", vocab.Proposed}, {"028", vocab.Proposed},
		{"030", vocab.Commitment}, {"0356", vocab.Commitment}, {"039", vocab.Proposed},
		{"036", vocab.Proposed}, {"037", vocab.Proposed},
		{"057", vocab.Acceptance}, {"0871", vocab.Acceptance}, {"081", vocab.Acceptance},
		{"100", vocab.Demand}, {"1056", vocab.Demand},
		{"111", vocab.Accusation}, {"1123", vocab.Accusation}, {"114", vocab.Accusation},
		{"110", vocab.Accusation}, {"120", vocab.Rejection}, {"1246", vocab.Rejection},
		{"130", vocab.Threat}, {"139", vocab.Threat},
		{"057:057", vocab.Acceptance},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			got, ok := Type(tt.code)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, code := range []string{"", "---", "0", "011", "040", "051", "113", "190", ":173"} {
		_, ok := Type(code)
		assert.False(t, ok, code)
	}
}

func TestGoldstein(t *testing.T) {
	tests := []struct {
		code string
		want float64
		ok   bool
	}{
		{"112", -2.0, true},
		{"013", 0.4, true},
		{"042:043", 1.9, true},
		{"0871", 9.0, true},
		{"999", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			got, ok := Goldstein(tt.code)
			assert.Equal(t, tt.ok, ok)
			assert.InDelta(t, tt.want, got, 1e-9)
		})
	}
}

func TestMatchAllocatesNothing(t *testing.T) {
	after, before := words("out any direct talk with the rebel"), words("the government")
	Match("rule", after, before) // load first
	n := testing.AllocsPerRun(200, func() {
		Match("rule", after, before)
		Match("deny", after, before)
		Match("propose", after, nil)
	})
	assert.Zero(t, n)
}

func TestEmbeddedFigures(t *testing.T) {
	d := get()
	assert.Greater(t, len(d.verbs), 1700)
	n := 0
	for bi := range d.blocks {
		n += len(d.patterns(int32(bi)).pats)
	}
	assert.Greater(t, n, 4600, "every block's rows parse")
	assert.Equal(t, 40, len(d.synIdx))
	n = 0
	EachVerb(func(VerbInfo) { n++ })
	assert.Equal(t, len(d.verbs), n)
}

func BenchmarkMatch(b *testing.B) {
	after, before := words("out any direct talk with the rebel over the ceasefire"), words("the government")
	Match("rule", after, before)
	b.ReportAllocs()
	for b.Loop() {
		Match("rule", after, before)
		Match("reject", after, before)
		Match("say", after, before)
	}
}

// BenchmarkLoad is the cost of the dictionary at start-up (the blocks'
// patterns are parsed on first use, so this is without them).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		load(readData)
	}
}

// findLiteral skips tokens by their first byte only where wordEq would
// refuse them anyway.
func TestFindLiteral(t *testing.T) {
	lit := func(words string, alt bool) *PatternWord {
		return &PatternWord{Kind: Literal, words: strings.Split(words, "_"), alt: alt}
	}
	tests := []struct {
		name      string
		w         *PatternWord
		toks      string
		wantAt    int
		wantWords int
	}{
		{"a plural token", lit("charge", false), "deny the charges", 2, 1},
		{"a plural pattern word", lit("talks", false), "hold talk", 1, 1},
		{"consecutive words", lit("air_strike", false), "an air raid and air strikes", 4, 2},
		{"consecutive words cut by the end", lit("air_strike", false), "an air", 2, 0},
		{"alternatives with other first letters", lit("by/with", true), "met with them", 1, 1},
		{"none", lit("force", false), "by hand", 2, 0},
		{"an empty word matches an empty token only", lit("_x", false), "a  x", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := strings.Split(tt.toks, " ")
			at, n := findLiteral(tt.w, toks, 0)
			assert.Equal(t, tt.wantWords, n)
			if n > 0 {
				assert.Equal(t, tt.wantAt, at)
			}
		})
	}
}
