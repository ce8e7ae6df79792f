package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/core"
)

// ChunkSize is about how many bytes of the report one chunk renders. The
// first chunk is shown at once, the others one per frame.
const ChunkSize = 8 << 10

// segView is a segment ready to render: its text and, for a highlight, its
// classes, tooltip and the ids it belongs to (data-ev).
type segView struct {
	Text, Class, Title, Ev string
}

// chunk is a run of consecutive segments of the report. Chunks are
// immutable once built; a chunk whose segments did not change is reused,
// so its component is not rendered again.
type chunk struct {
	Segs []segView
}

func (c *chunk) equal(o *chunk) bool {
	return o != nil && slices.Equal(c.Segs, o.Segs)
}

// reportChunk renders one chunk. go-app compares its fields before
// rendering it again: the pointer is equal while the chunk is unchanged,
// so typing, opening a form or adding a note elsewhere costs nothing here.
type reportChunk struct {
	app.Compo
	Data *chunk
}

// Render draws the chunk's text: text nodes and spans of text only.
func (c *reportChunk) Render() app.UI {
	d := c.Data
	if d == nil {
		return app.Span().Class("chunk")
	}
	return app.Span().Class("chunk").Body(app.Range(d.Segs).Slice(func(i int) app.UI {
		return d.Segs[i].render()
	}))
}

func (v segView) render() app.UI {
	if v.Class == "" {
		return app.Text(v.Text)
	}
	s := app.Span().Class(v.Class).DataSet("ev", v.Ev)
	if v.Title != "" {
		s = s.Title("%s", v.Title)
	}
	return s.Text(v.Text)
}

// segViewOf describes how a segment is highlighted.
func segViewOf(text string, s Segment, m Map, stances map[string]core.Stance) segView {
	t := text[s.Start:s.End]
	if s.Plain() {
		return segView{Text: t}
	}
	classes := []string{"hl"}
	var tips []string
	if s.Actor >= 0 && s.Actor < len(m.Parties) {
		classes = append(classes, "mention", PartyClass(s.Actor))
		tips = append(tips, m.Parties[s.Actor].Name)
	}
	if len(s.Stances) > 0 {
		classes = append(classes, "ev", "ev-"+PartyClass(s.EvActor))
		for _, id := range s.Stances {
			st := stances[id]
			tips = append(tips, m.ActorName(st.Actor)+" — "+string(st.Type)+": "+st.Summary)
		}
	}
	if len(s.Proposals) > 0 {
		classes = append(classes, "prop")
		tips = append(tips, "Proposal")
	}
	if len(s.Notes) > 0 {
		classes = append(classes, "note")
		tips = append(tips, "Your note")
	}
	if len(s.Talks) > 0 {
		classes = append(classes, "talk")
		tips = append(tips, "State of the talks")
	}
	ids := append(append(append(append([]string{}, s.Stances...), s.Proposals...), s.Notes...), s.Talks...)
	if s.Actor >= 0 && s.Actor < len(m.Parties) {
		ids = append(ids, "a-"+m.Parties[s.Actor].ID)
	}
	return segView{Text: t, Class: strings.Join(classes, " "), Title: strings.Join(tips, "\n"), Ev: strings.Join(ids, " ")}
}

// chunkSlack is how far past ChunkSize a chunk may run to end at a line.
const chunkSlack = 4 << 10

// buildChunks cuts segments into chunks of about size bytes. A chunk ends
// at the first line end after size bytes, so that where chunks end depends
// on the text near the cut, not on everything before it: after an edit,
// the chunks after the edited one are the same as before (and are not
// drawn again). A line longer than chunkSlack is cut (on a character
// boundary) into pieces with the same highlight.
func buildChunks(text string, segs []Segment, m Map, stances map[string]core.Stance, size int) []*chunk {
	var out []*chunk
	cur := &chunk{}
	n := 0
	for _, s := range segs {
		for s.Start < s.End {
			piece, cut := s, false
			if n+piece.End-piece.Start >= size {
				from := piece.Start + max(0, size-n)
				if i := strings.IndexByte(text[from:piece.End], '\n'); i >= 0 {
					piece.End, cut = from+i+1, true
				} else if room := size + chunkSlack - n; piece.End-piece.Start > room {
					end := piece.Start + max(room, 1)
					for end < piece.End && !utf8.RuneStart(text[end]) {
						end++
					}
					piece.End, cut = end, true
				}
			}
			cur.Segs = append(cur.Segs, segViewOf(text, piece, m, stances))
			n += piece.End - piece.Start
			s.Start = piece.End
			if cut {
				out = append(out, cur)
				cur, n = &chunk{}, 0
			}
		}
	}
	if len(cur.Segs) > 0 {
		out = append(out, cur)
	}
	return out
}
