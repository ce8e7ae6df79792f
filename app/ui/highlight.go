package ui

import (
	"sort"
	"strconv"
	"strings"

	"parley/core"
)

// Segment is a run of the report text with the same highlights: the party
// mentioned there (if any), the stances and proposals whose evidence covers
// it. Offsets are bytes into the report text.
type Segment struct {
	Start, End int
	Actor      int      // index of the party mentioned here, or -1
	EvActor    int      // index of the party whose stance evidence covers this run, or -1
	Stances    []string // stance ids whose evidence covers this run
	Proposals  []string // proposal ids whose evidence covers this run
	Notes      []string // reader annotation ids covering this run
	Talks      []string // ids (TalkID) of state-of-the-talks sentences covering this run
}

// Plain reports whether the segment carries no highlight at all.
func (s Segment) Plain() bool {
	return s.Actor < 0 && len(s.Stances) == 0 && len(s.Proposals) == 0 && len(s.Notes) == 0 && len(s.Talks) == 0
}

// TalkID names the i-th state-of-the-talks sentence of an analysis.
func TalkID(i int) string { return "t" + strconv.Itoa(i+1) }

type mark struct {
	start, end int
	kind       byte // 'm' mention, 's' stance, 'p' proposal, 'n' note
	actor      int
	id         string
}

// NoteSpan is a reader's annotation range in the report, in bytes.
type NoteSpan struct {
	ID         string
	Start, End int
}

// Segments cuts text [0, limit) into runs of equal highlighting. Spans that
// are out of range are ignored, so a stale analysis can never break the view.
func Segments(text string, a *core.Analysis, notes []NoteSpan, limit int) []Segment {
	if limit > len(text) || limit <= 0 {
		limit = len(text)
	}
	var marks []mark
	actorIdx := map[string]int{}
	if a != nil {
		for i, act := range a.Actors {
			actorIdx[act.ID] = i
			for _, m := range act.Mentions {
				marks = append(marks, mark{m.Start, m.End, 'm', i, act.ID})
			}
		}
		for _, s := range a.Stances {
			ai, ok := actorIdx[s.Actor]
			if !ok {
				ai = -1
			}
			marks = append(marks, mark{s.Evidence.Start, s.Evidence.End, 's', ai, s.ID})
		}
		for _, p := range a.Proposals {
			marks = append(marks, mark{p.Evidence.Start, p.Evidence.End, 'p', -1, p.ID})
		}
		for i, ts := range a.Talks {
			marks = append(marks, mark{ts.Evidence.Start, ts.Evidence.End, 't', -1, TalkID(i)})
		}
	}
	for _, n := range notes {
		marks = append(marks, mark{n.Start, n.End, 'n', -1, n.ID})
	}
	cuts := []int{0, limit}
	valid := marks[:0]
	for _, m := range marks {
		if m.start < 0 || m.end > len(text) || m.start >= m.end || m.start >= limit {
			continue
		}
		if m.end > limit {
			m.end = limit
		}
		valid = append(valid, m)
		cuts = append(cuts, m.start, m.end)
	}
	marks = valid
	sort.Ints(cuts)
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	var out []Segment
	var active []mark
	next := 0
	for ci := 0; ci+1 < len(cuts); ci++ {
		lo, hi := cuts[ci], cuts[ci+1]
		if lo == hi {
			continue
		}
		for next < len(marks) && marks[next].start <= lo {
			active = append(active, marks[next])
			next++
		}
		keep := active[:0]
		for _, m := range active {
			if m.end > lo {
				keep = append(keep, m)
			}
		}
		active = keep
		seg := Segment{Start: lo, End: hi, Actor: -1, EvActor: -1}
		for _, m := range active {
			switch m.kind {
			case 'm':
				seg.Actor = m.actor
			case 's':
				seg.Stances = append(seg.Stances, m.id)
				if seg.EvActor < 0 {
					seg.EvActor = m.actor
				}
			case 'p':
				seg.Proposals = append(seg.Proposals, m.id)
			case 'n':
				seg.Notes = append(seg.Notes, m.id)
			case 't':
				seg.Talks = append(seg.Talks, m.id)
			}
		}
		if n := len(out); n > 0 && sameMarks(out[n-1], seg) {
			out[n-1].End = hi
			continue
		}
		out = append(out, seg)
	}
	return out
}

func sameMarks(a, b Segment) bool {
	return a.Actor == b.Actor && a.EvActor == b.EvActor &&
		strings.Join(a.Stances, " ") == strings.Join(b.Stances, " ") &&
		strings.Join(a.Proposals, " ") == strings.Join(b.Proposals, " ") &&
		strings.Join(a.Notes, " ") == strings.Join(b.Notes, " ") &&
		strings.Join(a.Talks, " ") == strings.Join(b.Talks, " ")
}
