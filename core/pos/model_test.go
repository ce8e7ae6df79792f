package pos

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxModelBrotli is the budget of the embedded model files, compressed as
// the wasm binary is served (brotli, quality 11).
const maxModelBrotli = 220_000

func TestModelSize(t *testing.T) {
	total := 0
	for name, data := range map[string][]byte{"tagger.bin": taggerBin, "tagdict.tsv": []byte(tagDictTSV), "lemmas.tsv": []byte(lemmasTSV)} {
		var buf bytes.Buffer
		w := brotli.NewWriterLevel(&buf, 11)
		_, err := w.Write(data)
		require.NoError(t, err)
		require.NoError(t, w.Close())
		t.Logf("%s: %d bytes, %d brotli", name, len(data), buf.Len())
		total += buf.Len()
	}
	t.Logf("model: %d bytes brotli", total)
	assert.LessOrEqual(t, total, maxModelBrotli)
}

func TestWeightsRoundTrip(t *testing.T) {
	w := &Weights{Bits: 10, Buckets: []Bucket{
		{Bucket: 3, Tags: []Tag{NOUN, VB}, Weights: []int16{5, -7}},
		{Bucket: 900, Tags: []Tag{ADJ, ADP, ADV, AUX, CCONJ, DET}, Weights: []int16{1, 2, 3, 4, 5, 2000}},
		{Bucket: 901, Tags: []Tag{ADJ, ADP, ADV, AUX, CCONJ, DET, NOUN, VBZ, PUNCT, X}, Weights: []int16{-1023, 2, 3, 4, 5, 6, 7, 1023, -9, -10}},
	}}
	var m model
	require.NoError(t, m.decodeWeights(w.MarshalBinary()))
	require.Len(t, m.dense, 1)
	require.Len(t, m.over, 6)
	sc := m.sum([]uint32{3, 900, 4, 1 << 20})
	assert.Equal(t, int32(5), sc[NOUN])
	assert.Equal(t, int32(-7), sc[VB])
	assert.Equal(t, int32(maxWeight), sc[DET], "clamped")
	assert.Equal(t, int32(4), sc[AUX])
	// As many dense rows of extreme weights as add takes: the lanes do
	// not overflow.
	const rows = maxStatic + maxWordTagged + 1
	var feats []uint32
	for range rows {
		feats = append(feats, 901)
	}
	sc = m.sum(feats)
	assert.Equal(t, int32(-1023*rows), sc[ADJ])
	assert.Equal(t, int32(1023*rows), sc[VBZ])
	assert.Equal(t, int32(-10*rows), sc[X])
	assert.Equal(t, int32(0), sc[VB])
	l := zeroLanes
	l.addWeight(uint16(NOUN), -3)
	assert.Equal(t, VB, l.best(1<<NOUN|1<<VB))
	assert.Equal(t, ADJ, l.best(0), "the first of equal scores")
	l.addWeight(uint16(VBZ), 5)
	assert.Equal(t, VBZ, l.best(0))
}

// FuzzTag tags any words with the embedded model: it must not panic and
// must give every word a tag.
func FuzzTag(f *testing.F) {
	f.Add("The talks collapsed , officials said .", uint8(0))
	f.Add("“ We do n’t want war , ” she said", uint8(3))
	f.Add("UNION REJECTS PAY OFFER", uint8(0))
	f.Add("\x00 \xff ǅ 日本語 💥", uint8(2))
	f.Fuzz(func(t *testing.T, text string, cut uint8) {
		// The words are the text split at spaces when cut is 0, else cut
		// every cut bytes (odd pieces of UTF-8 included).
		var words []string
		if cut == 0 {
			words = strings.Split(text, " ")
		} else {
			for len(text) > int(cut) {
				words, text = append(words, text[:cut]), text[cut:]
			}
			words = append(words, text)
		}
		got := Default().Tag(words, nil)
		if len(got) != len(words) {
			t.Fatalf("%d tags for %d words", len(got), len(words))
		}
		for i, g := range got {
			if g < ADJ || g > VBZ {
				t.Fatalf("word %d %q: tag %d", i, words[i], g)
			}
			_ = Lemma(Normalize(words[i], true), g)
		}
	})
}

// FuzzDecode decodes any weights file: it must not panic.
func FuzzDecode(f *testing.F) {
	f.Add(taggerBin[:200])
	f.Add((&Weights{Bits: 8, Buckets: []Bucket{{Bucket: 1, Tags: []Tag{NOUN}, Weights: []int16{3}}}}).MarshalBinary())
	f.Fuzz(func(t *testing.T, data []byte) {
		tg := NewTagger(data, "")
		if tg.Err() == nil {
			tg.Tag([]string{"Talks", "resumed", "."}, nil)
		}
	})
}

// Every malformed weights file is refused, whichever section breaks: the
// decoder reads the sections in bulk now, and still checks each value.
func TestDecodeRefusesMalformed(t *testing.T) {
	head := func(bits, used, n uint64) []byte {
		b := []byte(magic)
		for _, v := range []uint64{bits, used, n} {
			b = binary.AppendUvarint(b, v)
		}
		return b
	}
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	good := cat(head(8, 2, 3), []byte{3, 1}, []byte{1, 3}, []byte{2, 4, 6})
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"well formed", good, true},
		{"a two-byte weight", cat(head(8, 2, 3), []byte{3, 1}, []byte{1, 3}, []byte{0x80, 0x01, 4, 6}), true},
		{"bucket step 0", cat(head(8, 2, 3), []byte{3, 0}, []byte{1, 3}, []byte{2, 4, 6}), false},
		{"bucket beyond the table", cat(head(8, 2, 3), []byte{0xff, 0x01, 1}, []byte{1, 3}, []byte{2, 4, 6}), false},
		{"a two-byte step and tag set", cat(head(8, 2, 3), []byte{0x83, 0x00, 1}, []byte{0x81, 0x00, 3}, []byte{2, 4, 6}), true},
		{"a step that wraps around", cat(head(8, 2, 3), []byte{3}, binary.AppendUvarint(nil, 1<<64-1), []byte{1, 3}, []byte{2, 4, 6}), false},
		{"step beyond a uint32", cat(head(8, 2, 3), binary.AppendUvarint(nil, 1<<40), []byte{1}, []byte{1, 3}, []byte{2, 4, 6}), false},
		{"empty tag set", cat(head(8, 2, 3), []byte{3, 1}, []byte{0, 3}, []byte{2, 4, 6}), false},
		{"tag set beyond the tags", cat(head(8, 2, 3), []byte{3, 1}, binary.AppendUvarint([]byte{1}, 1<<NumTags), []byte{2, 4, 6}), false},
		{"more weights than said", cat(head(8, 2, 2), []byte{3, 1}, []byte{1, 3}, []byte{2, 4, 6}), false},
		{"fewer weights than said", cat(head(8, 2, 4), []byte{3, 1}, []byte{1, 3}, []byte{2, 4, 6}), false},
		{"weight 0", cat(head(8, 2, 3), []byte{3, 1}, []byte{1, 3}, []byte{2, 0, 6}), false},
		{"weight too large", cat(head(8, 2, 3), []byte{3, 1}, []byte{1, 3}, []byte{2, 4}, binary.AppendVarint(nil, maxWeight+1)), false},
		{"truncated weight", cat(head(8, 2, 3), []byte{3, 1}, []byte{1, 3}, []byte{2, 4, 0x80}), false},
		{"trailing byte", cat(good, []byte{0}), false},
		{"truncated tag sets", cat(head(8, 2, 3), []byte{3, 1}, []byte{1}), false},
		{"truncated steps", cat(head(8, 2, 3), []byte{3}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m model
			err := m.decodeWeights(tt.data)
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, errModel)
		})
	}
	for cut := len(magic); cut < 4000; cut += 97 {
		var m model
		assert.Error(t, m.decodeWeights(taggerBin[:cut]), "cut at %d", cut)
	}
}
