package pos

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ownThenNear adds up word i's scores as the tagger does, its own
// features through the cache; allAtOnce as the trainer reads them.
func ownThenNear(m *model, s *sentence, i int) lanes {
	l := m.bias
	m.addOwn(s, i, &l)
	var feats [maxStatic]uint32
	m.add(&l, feats[:s.static(i, false, partNear, m.shift, &feats)])
	return l
}

func allAtOnce(m *model, s *sentence, i int) lanes {
	l := m.bias
	var feats [maxStatic]uint32
	m.add(&l, feats[:s.static(i, false, partAll, m.shift, &feats)])
	return l
}

// The cache changes no score: a word's scores are the same from the
// cache, filled or not, as when all its features are added at once.
func TestWordCacheSameScores(t *testing.T) {
	m := Default().load()
	require.NoError(t, Default().Err())
	tests := []struct {
		name  string
		sents []string
	}{
		{"ordinary text", []string{"The talks in Geneva stalled on Monday .", "Talks resumed ; the talks were long ."}},
		{"headlines reuse words in other modes", []string{"REBELS REJECT TALKS IN GENEVA", "Rebels Reject Talks In Geneva Again", "rebels reject talks"}},
		{"first words and odd shapes", []string{"U.S. envoy , 1,200 al-Mekhlafi ’s “ deal ”", "envoy U.S. deal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := new(sentence)
			for round := range 2 { // the second round reads the cache filled by the first
				for _, text := range tt.sents {
					words := strings.Fields(text)
					s.reset(words)
					for i := range words {
						assert.Equal(t, allAtOnce(m, s, i), ownThenNear(m, s, i), "%q word %d round %d", text, i, round)
					}
				}
			}
		})
	}
}

// Every sentence of EWT is tagged the same with a cache that holds the
// words of all the sentences before it as with an empty one.
func TestWordCacheSameTagsEWT(t *testing.T) {
	tg := Default()
	for _, name := range []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"} {
		words, _ := readEWT(t, name)
		var warm, cold []Tag
		for _, w := range words {
			warm = tg.Tag(w, warm)
			s := new(sentence)
			s.reset(w)
			cold = append(cold[:0], make([]Tag, len(w))...)
			tg.load().tag(s, cold)
			require.Equal(t, cold, warm, "%v", w)
		}
	}
}
