package annotation

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return string(b)
}

// span returns the byte span of the n-th (1-based) occurrence of sub.
func span(t *testing.T, text, sub string, n int) (int, int) {
	t.Helper()
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], sub)
		require.GreaterOrEqual(t, i, 0, "%q occurrence %d not in text", sub, k)
		if k == n {
			return from + i, from + i + len(sub)
		}
		from += i + len(sub)
	}
}

func TestNewTarget(t *testing.T) {
	text := fixture(t, "multilingual.txt")
	tests := []struct {
		name  string
		quote string
		n     int
	}{
		{"curly quotes", "“the ceasefire comes first”", 1},
		{"flag emoji after quote", "first” 🇱🇧 before", 1},
		{"arabic with guillemets", "«وقف إطلاق النار أولاً»", 1},
		{"emoji inside arabic", "🤝 وفق", 1},
		{"second of two occurrences", "“gradual withdrawal”", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := span(t, text, tt.quote, tt.n)
			tg, err := NewTarget(text, "r1", s, e)
			require.NoError(t, err)
			assert.Equal(t, "r1", tg.Source)
			assert.Equal(t, tt.quote, tg.Quote.Exact)
			assert.True(t, strings.HasSuffix(text[:s], tg.Quote.Prefix))
			assert.True(t, strings.HasPrefix(text[e:], tg.Quote.Suffix))
			assert.LessOrEqual(t, utf8.RuneCountInString(tg.Quote.Prefix), ContextLen)
			assert.LessOrEqual(t, utf8.RuneCountInString(tg.Quote.Suffix), ContextLen)
			// positions are code points: slicing the runes gives the quote
			runes := []rune(text)
			assert.Equal(t, tt.quote, string(runes[tg.Position.Start:tg.Position.End]))
			assert.Equal(t, ByteToCodePoint(text, s), tg.Position.Start)
			// and the target is found where it was made
			m, ok := Locate(text, tg)
			require.True(t, ok)
			assert.Equal(t, Match{Start: s, End: e}, m)
		})
	}
}

func TestNewTargetErrors(t *testing.T) {
	text := "a😊b"
	for _, tt := range []struct {
		name       string
		start, end int
	}{
		{"empty", 1, 1},
		{"reversed", 2, 1},
		{"past end", 0, 99},
		{"negative", -1, 2},
		{"cuts emoji", 2, 6},
		{"ends inside emoji", 0, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewTarget(text, "r", tt.start, tt.end)
			assert.Error(t, err)
		})
	}
}

func TestNewTargetUTF16(t *testing.T) {
	text := "😊 “hi” 🇱🇧 there"
	// DOM selection of "“hi”": after the emoji (2 units) and a space.
	tg, err := NewTargetUTF16(text, "r", 3, 7)
	require.NoError(t, err)
	assert.Equal(t, "“hi”", tg.Quote.Exact)
	assert.Equal(t, TextPositionSelector{Start: 2, End: 6}, tg.Position)
	m, ok := Locate(text, tg)
	require.True(t, ok)
	s, e := m.UTF16(text)
	assert.Equal(t, [2]int{3, 7}, [2]int{s, e}, "back to the DOM range")
}

func TestNewID(t *testing.T) {
	tg := Target{Source: "r", Quote: TextQuoteSelector{Exact: "x"}}
	a, b := NewID(tg, 1000, 1), NewID(tg, 1000, 2)
	assert.Len(t, a, 16)
	assert.NotEqual(t, a, b)
	assert.Equal(t, a, NewID(tg, 1000, 1))
}

func TestLocatePicksAmongOccurrences(t *testing.T) {
	text := "He said no. She said no. They said no."
	tests := []struct {
		name   string
		target Target
		want   int // byte start
	}{
		{"context picks the second", Target{Quote: TextQuoteSelector{Exact: "no", Prefix: "She said ", Suffix: ". They"}}, 21},
		{"context beats a wrong position hint", Target{Quote: TextQuoteSelector{Exact: "no", Prefix: "They said ", Suffix: "."}, Position: TextPositionSelector{Start: 8, End: 10}}, 35},
		{"position picks when context is silent", Target{Quote: TextQuoteSelector{Exact: "said no"}, Position: TextPositionSelector{Start: 16, End: 23}}, 16},
		{"no hint: first", Target{Quote: TextQuoteSelector{Exact: "said no"}}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := Locate(text, tt.target)
			require.True(t, ok)
			assert.Equal(t, tt.want, m.Start)
			assert.Equal(t, tt.target.Quote.Exact, text[m.Start:m.End])
			assert.False(t, m.Loose)
		})
	}
}

func TestReanchor(t *testing.T) {
	before := fixture(t, "reanchor_before.txt")
	after := fixture(t, "reanchor_after.txt")
	mk := func(id, quote string) Annotation {
		s, e := span(t, before, quote, 1)
		tg, err := NewTarget(before, "r", s, e)
		require.NoError(t, err)
		return Annotation{ID: id, ReportID: "r", Kind: KindNote, Body: "n", Target: tg}
	}
	anns := []Annotation{
		mk("same", "The mediators said talks would resume next week."),
		mk("spaces", "Negotiators met in Cairo on Monday."),
		mk("quotes-and-linebreak", `"will not accept" any deal that leaves troops in Gaza`),
		mk("changed", "Israel rejected the proposal, calling it unrealistic."),
	}
	tests := []struct {
		id       string
		orphaned bool
		want     string // exact in the new text
	}{
		{"same", false, "The mediators said talks would resume next week."},
		{"spaces", false, "Negotiators   met in Cairo on\nMonday."},
		{"quotes-and-linebreak", false, "“will not accept” any deal that leaves\ntroops in Gaza"},
		{"changed", true, "Israel rejected the proposal, calling it unrealistic."},
	}
	out, orphans := Reanchor(after, anns)
	require.Len(t, out, len(anns), "orphans are flagged, not dropped")
	assert.Equal(t, 1, orphans)
	for i, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			a := out[i]
			require.Equal(t, tt.id, a.ID)
			assert.Equal(t, tt.orphaned, a.Target.Orphaned)
			assert.Equal(t, tt.want, a.Target.Quote.Exact)
			if !tt.orphaned {
				s := CodePointToByte(after, a.Target.Position.Start)
				e := CodePointToByte(after, a.Target.Position.End)
				assert.Equal(t, tt.want, after[s:e], "position re-computed on the new text")
			} else {
				assert.Equal(t, anns[i].Target.Position, a.Target.Position, "orphan keeps its old selectors")
			}
		})
	}
	// the input is not modified
	assert.False(t, anns[3].Target.Orphaned)

	// pasting the old text again re-attaches the orphan and clears the flag
	back, orphans := Reanchor(before, out)
	assert.Equal(t, 0, orphans)
	for i := range back {
		assert.False(t, back[i].Target.Orphaned)
		assert.Equal(t, anns[i].Target, back[i].Target, "round trip gives the original selectors")
	}
}

func TestReanchorLinearish(t *testing.T) {
	para := "The Lebanese delegation said “the ceasefire comes first” before any other file. "
	text := strings.Repeat(para, 5000) // ~400 KB, 5000 occurrences of every quote
	s, e := span(t, text, "“the ceasefire comes first”", 4000)
	tg, err := NewTarget(text, "r", s, e)
	require.NoError(t, err)
	anns := make([]Annotation, 50)
	for i := range anns {
		anns[i] = Annotation{ID: "a", Target: tg}
	}
	// a heading pasted in front: same quotes, every position shifted by 8
	out, orphans := Reanchor("Heading\n"+text, anns)
	assert.Equal(t, 0, orphans)
	assert.Equal(t, tg.Quote.Exact, out[0].Target.Quote.Exact)
	assert.Equal(t, tg.Position.Start+8, out[0].Target.Position.Start,
		"the position hint picks the nearest of 5000 identical occurrences")
	// whitespace changed everywhere: found loosely, all of them
	out, orphans = Reanchor(strings.ReplaceAll(text, "ceasefire comes", "ceasefire\n comes"), anns)
	assert.Equal(t, 0, orphans)
	assert.Equal(t, "“the ceasefire\n comes first”", out[0].Target.Quote.Exact)
}

func TestLocateOrphan(t *testing.T) {
	_, ok := Locate("something else entirely", Target{Quote: TextQuoteSelector{Exact: "the ceasefire"}})
	assert.False(t, ok)
	_, ok = Locate("text", Target{})
	assert.False(t, ok, "an empty quote matches nothing")
	_, ok = Locate("text", Target{Quote: TextQuoteSelector{Exact: " \n "}})
	assert.False(t, ok, "a blank quote matches nothing")
}
