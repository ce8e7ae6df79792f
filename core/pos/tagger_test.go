package pos

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTagNews tags invented news sentences (tokens separated by spaces)
// and checks the tags of some of their words: "word=TAG", "word#2=TAG" for
// the second "word" of the sentence, "word=A|B" for either tag; "VERB" is
// any of VB..VBZ.
func TestTagNews(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, want string
	}{
		{"said, VBD", "The foreign minister said on Tuesday that the talks would resume next week .",
			"said=VBD that=SCONJ talks=NOUN would=AUX resume=VB Tuesday=PROPN"},
		{"has said, AUX VBN", "The union has said it will not accept the offer .",
			"has=AUX said=VBN will=AUX not=PART accept=VB offer=NOUN"},
		{"saying, VBG", "Union leaders rejected the pay offer , saying it fell short of inflation .",
			"rejected=VBD saying=VBG fell=VBD offer=NOUN"},
		{"participle clause", "Saying the deal was unfair , the negotiators walked out .",
			"Saying=VBG deal=NOUN was=AUX walked=VBD"},
		{"that SCONJ after a speech verb", "He told reporters that the agreement was close .",
			"told=VBD that=SCONJ agreement=NOUN"},
		{"that DET before a noun", "That proposal was rejected by the government .",
			"That=DET proposal=NOUN was=AUX rejected=VBN by=ADP"},
		// (the model reads "rejected that proposal on Monday" with a
		// complementiser: package nlp corrects it, see its TestTagCorrections)
		{"that SCONJ before a noun", "The rebels said that talks are pointless .",
			"said=VBD that=SCONJ talks=NOUN are=AUX"},
		{"to PART before a verb", "The ministers agreed to resume talks on Monday .",
			"agreed=VBD to=PART resume=VB talks=NOUN Monday=PROPN"},
		{"to ADP before a noun", "The delegation travelled to Geneva for the talks .",
			"travelled=VBD to=ADP Geneva=PROPN for=ADP"},
		{"possessive 's", "The minister 's spokesman said the plan was dead .",
			"'s=PART spokesman=NOUN said=VBD was=AUX"},
		{"'s is", "He 's confident that a deal can be reached .",
			"He=PRON 's=AUX that=SCONJ can=AUX be=AUX reached=VBN"},
		{"curly possessive", "Yemen ’s foreign minister , Abdulmalik al-Mekhlafi , said talks would continue .",
			"Yemen=PROPN ’s=PART minister=NOUN Abdulmalik=PROPN al-Mekhlafi=PROPN said=VBD"},
		{"curly 's is", "“ It ’s not over , ” she said .",
			"“=PUNCT It=PRON ’s=AUX not=PART ”=PUNCT she=PRON said=VBD"},
		{"hyphenated compounds", "Both sides agreed to a cease-fire on Sunday .",
			"agreed=VBD to=ADP cease-fire=NOUN Sunday=PROPN"},
		{"hyphenated adjective", "Israeli-Palestinian talks collapsed last year .",
			"Israeli-Palestinian=ADJ talks=NOUN collapsed=VERB"},
		{"two-thirds", "Two-thirds of the members voted to accept the agreement .",
			"Two-thirds=NOUN of=ADP voted=VBD to=PART accept=VB"},
		{"acronym and numbers", "U.S. officials said 1,200 troops would leave by 2027 .",
			"U.S.=PROPN officials=NOUN said=VBD 1,200=NUM troops=NOUN 2027=NUM"},
		{"money", "A strike would cost the economy $ 40 million a day .",
			"strike=NOUN would=AUX cost=VB $=SYM 40=NUM million=NUM"},
		{"straight quotes, contraction", "\" We do n't want war , \" she said .",
			"\"=PUNCT We=PRON do=AUX n't=PART want=VB war=NOUN said=VBD"},
		{"curly quotes", "“ We will not negotiate under threat , ” the spokesman said .",
			"“=PUNCT will=AUX negotiate=VB under=ADP threat=NOUN ”=PUNCT said=VBD"},
		{"contractions 'm 'll", "I 'm sure they 'll sign .",
			"I=PRON 'm=AUX they=PRON 'll=AUX sign=VB"},
		{"curly contraction", "The union did n’t respond .",
			"did=AUX n’t=PART respond=VB"},
		{"sentence-initial capital", "Negotiators are meeting again on Monday .",
			"Negotiators=NOUN are=AUX meeting=VBG Monday=PROPN"},
		{"proper names", "President Joseph Aoun met the American envoy in Beirut .",
			"President=PROPN Joseph=PROPN Aoun=PROPN met=VBD American=ADJ envoy=NOUN Beirut=PROPN"},
		{"organisation", "The International Monetary Fund approved the loan .",
			"International=PROPN|ADJ Monetary=PROPN Fund=PROPN approved=VBD loan=NOUN"},
		{"passive perfect", "The vote had been postponed indefinitely .",
			"had=AUX been=AUX postponed=VBN indefinitely=ADV"},
		{"whether", "It remains unclear whether the ceasefire will hold .",
			"remains=VBZ unclear=ADJ whether=SCONJ ceasefire=NOUN hold=VB"},
		// In ALL CAPS, common and proper nouns look alike.
		{"ALL-CAPS headline", "UNION REJECTS FINAL PAY OFFER",
			"UNION=NOUN|PROPN REJECTS=VBZ FINAL=ADJ OFFER=NOUN|PROPN"},
		{"ALL-CAPS headline, present", "MINISTERS MEET TO DISCUSS BUDGET CUTS",
			"MINISTERS=NOUN MEET=VBP TO=PART DISCUSS=VB CUTS=NOUN"},
		{"ALL-CAPS headline with a name", "ISRAEL AND LEBANON AGREE TO RESUME TALKS",
			"ISRAEL=PROPN AND=CCONJ LEBANON=PROPN AGREE=VBP TO=PART RESUME=VB TALKS=NOUN"},
		{"Title Case headline", "Lebanon and Israel Agree to Resume Border Talks",
			"Lebanon=PROPN Israel=PROPN Agree=VBP to=PART Resume=VB Talks=NOUN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := strings.Fields(tc.sentence)
			got := Default().Tag(words, nil)
			require.Len(t, got, len(words))
			for _, w := range strings.Fields(tc.want) {
				word, tag, _ := strings.Cut(w, "=")
				word, nth, _ := strings.Cut(word, "#")
				i := index(words, word, nth)
				require.GreaterOrEqual(t, i, 0, "%q not in the sentence", word)
				ok := false
				for alt := range strings.SplitSeq(tag, "|") {
					ok = ok || alt == got[i].String() || (alt == "VERB" && got[i].IsVerb())
				}
				assert.True(t, ok, "%s in %q: want %s, got %s", word, tc.sentence, tag, tagged(words, got))
			}
		})
	}
}

// index returns the index of the nth ("" for the first, "2" for the
// second) occurrence of word in words, or -1.
func index(words []string, word, nth string) int {
	skip := 0
	if nth == "2" {
		skip = 1
	}
	for i, w := range words {
		if w == word {
			if skip == 0 {
				return i
			}
			skip--
		}
	}
	return -1
}

// tagged writes words with their tags, for messages.
func tagged(words []string, tags []Tag) string {
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w + "/" + tags[i].String() + " ")
	}
	return b.String()
}

func TestTagEdgeCases(t *testing.T) {
	tg := Default()
	assert.Empty(t, tg.Tag(nil, nil))
	assert.Empty(t, tg.Tag([]string{}, make([]Tag, 0, 4)))

	// out is reused when its capacity suffices, and grown when not.
	out := make([]Tag, 2, 10)
	got := tg.Tag([]string{"Talks", "resumed", "."}, out)
	assert.Len(t, got, 3)
	assert.Same(t, &out[:1][0], &got[0])
	got = tg.Tag([]string{"Talks", "resumed", "on", "Monday", "."}, make([]Tag, 0, 1))
	assert.Len(t, got, 5)

	long := make([]string, 10000)
	for i := range long {
		long[i] = [...]string{"The", "talks", "collapsed", ",", "officials", "said", "."}[i%7]
	}
	got = tg.Tag(long, nil)
	require.Len(t, got, len(long))
	assert.True(t, got[2].IsVerb())

	odd := []string{"", " ", "\x00", "\x1b[31m", "\t\n", "\xff\xfe", "💥", "Ünïcödé", "ǅ", "‑", "日本語", "A\u0300", strings.Repeat("x", 5000), "a\u200bb", "\uFEFF"}
	got = tg.Tag(odd, nil)
	require.Len(t, got, len(odd))
	for i, g := range got {
		assert.True(t, g >= ADJ && g <= VBZ, "word %d %q tagged %d", i, odd[i], g)
	}
}

func TestTagZeroAllocs(t *testing.T) {
	words := strings.Fields("Union leaders rejected the latest pay offer , saying it fell far short of inflation .")
	tg := Default()
	out := tg.Tag(words, nil)
	allocs := testing.AllocsPerRun(100, func() { out = tg.Tag(words, out) })
	assert.Zero(t, allocs)
}

func TestTagConcurrent(t *testing.T) {
	sents := newsSentences(t)
	want := make([][]Tag, len(sents))
	for i, s := range sents {
		want[i] = Default().Tag(s, nil)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			var out []Tag
			for k := range 50 {
				i := (g + k) % len(sents)
				out = Default().Tag(sents[i], out)
				assert.Equal(t, want[i], out)
			}
		})
	}
	wg.Wait()
}

func TestMalformedModel(t *testing.T) {
	for _, bin := range [][]byte{nil, []byte("PPOS2"), []byte("garbage"), taggerBin[:len(taggerBin)/2], append(append([]byte{}, taggerBin...), 0)} {
		tg := NewTagger(bin, tagDictTSV)
		assert.Error(t, tg.Err())
		assert.Equal(t, []Tag{0, 0}, tg.Tag([]string{"Talks", "resumed"}, nil))
	}
	assert.Error(t, NewTagger(taggerBin, "word\tNOTATAG\n").Err())
	assert.NoError(t, Default().Err())
}

func TestTagNames(t *testing.T) {
	assert.Equal(t, "VERB", VBD.UPOS())
	assert.Equal(t, "VBD", VBD.String())
	assert.Equal(t, "NOUN", NOUN.UPOS())
	assert.True(t, VBZ.IsVerb())
	assert.False(t, AUX.IsVerb())
	assert.Equal(t, "", Tag(0).String())
	assert.Equal(t, "", Tag(200).String())
	for tag := ADJ; tag <= VBZ; tag++ {
		assert.Equal(t, tag, ParseTag(tag.String()))
	}
	for _, s := range []string{"VERB", "", "adj", "NOUNS", "ADJ "} {
		assert.Equal(t, Tag(0), ParseTag(s), s)
	}
	assert.Equal(t, VBN, FromUD("VERB", "VBN"))
	assert.Equal(t, VB, FromUD("VERB", "NNP"))
	assert.Equal(t, AUX, FromUD("AUX", "VBZ"))
	assert.Equal(t, Tag(0), FromUD("VB", "VB"))
}
