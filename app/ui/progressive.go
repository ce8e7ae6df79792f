package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/core"
)

// A long report's page is large: a 20,000-word report has some 130 KB of
// highlighted text and a thousand stances. Drawing all of it, or all that
// changed, in one go blocks the page for hundreds of milliseconds, so the
// page is brought up to date in steps. What the page should show (the
// target: chunks of the report, batches of the map's items) is computed at
// once; what it shows (the visible list) catches up with it a few pieces
// per step, one step per frame or so.
//
// A piece whose content did not change keeps its pointer, and go-app does
// not draw a component again while its fields are equal: an edit near the
// end of a long report, a note, a correction or the edit form redraw only
// the pieces they touch.

// Step budgets: how much one step adopts, in bytes of the report's text
// and in items of the map (a piece is taken whole: the budget only says
// when to stop), at scale 1. A short report is drawn in one step. The
// scale follows how long the last drawing took (see kick), so that a slow
// phone takes smaller steps than a desktop.
const (
	stepBytes = 2 * ChunkSize
	stepItems = 4 * BatchSize

	stepSlow = 32 * time.Millisecond // a drawing this long halves the scale
	stepFast = 16 * time.Millisecond // one this short grows it
)

// staged is the visible state of the reader's page: the pieces on screen,
// which may lag behind the target (reader.chunks, reader.stanceSets,
// reader.proposalSet) by a few steps.
type staged struct {
	chunks    []*chunk
	stances   map[string][]*batchData // by party id
	proposals []*batchData
	pumping   bool      // a step is scheduled
	drawn     bool      // a step drew the view since the analysis (see kick)
	scale     float64   // of the step budgets (0 means startScale)
	adopted   bool      // the last step adopted pieces (its drawing times the scale)
	renderAt  time.Time // when go-app last drew the page
}

// startScale is the scale before any drawing was timed: a page's first
// map is its costliest drawing (its code is compiled as it runs).
const startScale = 0.5

// budget returns the step budgets at the current scale.
func (v *staged) budget() (bytes, items int) {
	s := v.scale
	if s == 0 {
		s = startScale
	}
	return max(1, int(stepBytes*s)), max(1, int(stepItems*s))
}

// adapt sets the scale from how long the last drawing took.
func (v *staged) adapt(took time.Duration) {
	if v.scale == 0 {
		v.scale = startScale
	}
	switch {
	case took > stepSlow:
		v.scale = max(v.scale/2, 1.0/16)
	case took < stepFast:
		v.scale = min(v.scale*1.5, 4)
	}
}

// syncStep adopts one step's worth of pieces.
func (p *AnalyseView) syncStep() {
	bytes, items := p.vis.budget()
	p.sync(bytes, items)
}

// rendering reports whether a progressive render is still under way.
func (p *AnalyseView) rendering() bool { return p.lagging() }

func (p *AnalyseView) lagging() bool {
	if !samePieces(p.vis.chunks, p.chunks) || !samePieces(p.vis.proposals, p.proposalSet) {
		return true
	}
	if len(p.vis.stances) != len(p.stanceSets) {
		return true
	}
	for id, want := range p.stanceSets {
		if !samePieces(p.vis.stances[id], want) {
			return true
		}
	}
	return false
}

func samePieces[T any](have, want []*T) bool {
	if len(have) != len(want) {
		return false
	}
	for i := range want {
		if have[i] != want[i] {
			return false
		}
	}
	return true
}

// adopt brings have closer to want: pieces beyond want's length go at once
// (removing is cheap), then changed or new pieces are taken from want, in
// order, while budget lasts; each costs cost(piece). It returns the new
// list and the budget left.
func adopt[T any](have, want []*T, budget int, cost func(*T) int) ([]*T, int) {
	if len(have) > len(want) {
		have = have[:len(want)]
	}
	for i := 0; i < len(want) && budget > 0; i++ {
		switch {
		case i == len(have):
			have = append(have, want[i])
			budget -= cost(want[i])
		case have[i] != want[i]:
			have[i] = want[i]
			budget -= cost(want[i])
		}
	}
	return have, budget
}

func (c *chunk) cost() int {
	n := 0
	for _, s := range c.Segs {
		n += len(s.Text)
	}
	return n
}

func (d *batchData) cost() int { return len(d.stances) + len(d.proposals) }

// sync adopts about bytes of the report's text and items of the map.
func (p *AnalyseView) sync(bytes, items int) {
	p.vis.chunks, _ = adopt(p.vis.chunks, p.chunks, bytes, (*chunk).cost)
	if p.vis.stances == nil {
		p.vis.stances = map[string][]*batchData{}
	}
	for id := range p.vis.stances {
		if _, ok := p.stanceSets[id]; !ok {
			delete(p.vis.stances, id)
		}
	}
	for _, g := range p.m.Groups { // in the page's order
		id := g.Party.ID
		have, left := adopt(p.vis.stances[id], p.stanceSets[id], items, (*batchData).cost)
		p.vis.stances[id], items = have, left
	}
	p.vis.proposals, _ = adopt(p.vis.proposals, p.proposalSet, items, (*batchData).cost)
}

// adoptItem adopts at once the batches that hold item id (the reader acted
// on it: the page must answer now, whatever else is still to come).
func (p *AnalyseView) adoptItem(id string) {
	if id == "" {
		return
	}
	has := func(d *batchData) bool {
		for _, s := range d.stances {
			if s.ID == id {
				return true
			}
		}
		for _, pr := range d.proposals {
			if pr.ID == id {
				return true
			}
		}
		return false
	}
	take := func(have, want []*batchData) []*batchData {
		for i, d := range want {
			if has(d) {
				for len(have) <= i {
					have = append(have, nil) // filled below or by later steps
				}
				have[i] = d
			}
		}
		// a gap left by a list that grew is filled from the target
		for i := range have {
			if have[i] == nil {
				have[i] = want[i]
			}
		}
		return have
	}
	for pid, want := range p.stanceSets {
		p.vis.stances[pid] = take(p.vis.stances[pid], want)
	}
	p.vis.proposals = take(p.vis.proposals, p.proposalSet)
}

// kick schedules the next step if the page is behind. The analysed report
// is saved in a step of its own, after the first step that drew it, which
// adopts nothing: writing a long report to storage takes a frame.
func (p *AnalyseView) kick(ctx app.Context) {
	if p.vis.pumping || ctx == nil {
		return
	}
	save := p.pendingSave != nil && p.vis.drawn
	if !save && p.vis.drawn && !p.lagging() {
		return
	}
	p.vis.pumping = true
	step := func(ctx app.Context) {
		p.vis.pumping = false
		if !save {
			if p.vis.drawn { // else this step draws what refreshView took
				p.syncStep()
			}
			p.vis.drawn, p.vis.adopted = true, true
		} else if s := p.pendingSave; s != nil {
			p.pendingSave = nil
			s(ctx)
		}
		p.kick(ctx)
	}
	// The step starts a frame gap after the page was drawn (a deferred
	// dispatch runs after go-app's next frame): timers that fall due during
	// a long task must not run two steps before one drawing.
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: p, Function: func(ctx app.Context) {
		if p.vis.adopted && !p.vis.renderAt.IsZero() {
			p.vis.adapt(time.Since(p.vis.renderAt)) // the drawing of what the last step adopted
		}
		p.vis.adopted = false
		ctx.Async(func() {
			time.Sleep(FrameGap)
			ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: step})
		})
	}})
}

// batchData is a run of the reader's stances or proposals, drawn by one
// itemBatch. sig says everything that its drawing depends on: a batch with
// the same sig as the one on screen is that one (same pointer).
type batchData struct {
	stances   []core.Stance
	proposals []core.Proposal
	m         *Map                 // the map the items are drawn with
	extra     map[string]itemExtra // by item id
	sig       string
}

// rebatch cuts the map's lists into batches, reusing the batches on screen
// (or in the target) whose drawing would not change.
func (p *AnalyseView) rebatch() {
	old := map[string]*batchData{}
	keep := func(ds ...[]*batchData) {
		for _, list := range ds {
			for _, d := range list {
				if d != nil {
					old[d.sig] = d
				}
			}
		}
	}
	for _, list := range p.vis.stances {
		keep(list)
	}
	for _, list := range p.stanceSets {
		keep(list)
	}
	keep(p.vis.proposals, p.proposalSet)
	reuse := func(d *batchData) *batchData {
		if o, ok := old[d.sig]; ok {
			return o
		}
		return d
	}
	p.stanceSets = map[string][]*batchData{}
	for _, g := range p.m.Groups {
		var set []*batchData
		for i := 0; i < len(g.Stances); i += BatchSize {
			part := g.Stances[i:min(len(g.Stances), i+BatchSize)]
			x := map[string]itemExtra{}
			for _, s := range part {
				x[s.ID] = p.extraOf(s.ID, s.Actor)
			}
			set = append(set, reuse(&batchData{stances: part, m: p.mref, extra: x, sig: p.stancesSig(part)}))
		}
		p.stanceSets[g.Party.ID] = set
	}
	p.proposalSet = nil
	for i := 0; i < len(p.m.Proposals); i += BatchSize {
		part := p.m.Proposals[i:min(len(p.m.Proposals), i+BatchSize)]
		x := map[string]itemExtra{}
		for _, pr := range part {
			x[pr.ID] = p.extraOf(pr.ID, pr.Proposer)
		}
		p.proposalSet = append(p.proposalSet, reuse(&batchData{proposals: part, m: p.mref, extra: x, sig: p.proposalsSig(part)}))
	}
	p.batchEdit = p.ui.editID
}

// stancesSig lists what stanceItem and stanceExtras draw of each stance.
func (p *AnalyseView) stancesSig(list []core.Stance) string {
	var b strings.Builder
	b.WriteByte('s')
	for _, s := range list {
		sigFields(&b, s.ID, s.Actor, string(s.Type), s.Summary, p.m.ActorName(s.Target), s.Source,
			strings.Join(s.Issues, ","), s.Cameo, strconv.FormatFloat(s.Goldstein, 'f', 1, 64), s.Evidence.Text, p.m.ActorName(s.Actor))
		p.flagSig(&b, s.ID)
		if orig := p.origStance[s.ID]; orig != nil {
			sigFields(&b, p.m.ActorName(orig.Actor), string(orig.Type), orig.Summary)
		}
	}
	return b.String()
}

// proposalsSig is stancesSig for proposals.
func (p *AnalyseView) proposalsSig(list []core.Proposal) string {
	var b strings.Builder
	b.WriteByte('p')
	for _, pr := range list {
		sigFields(&b, pr.ID, pr.Proposer, p.m.ActorName(pr.Proposer), pr.Content, string(pr.Status))
		if i := p.m.Index(pr.Proposer); i >= 0 {
			b.WriteString(strconv.Itoa(i))
		}
		p.flagSig(&b, pr.ID)
		if orig := p.origProposal[pr.ID]; orig != nil {
			sigFields(&b, p.m.ActorName(orig.Proposer), string(orig.Status), orig.Content)
		}
	}
	return b.String()
}

func (p *AnalyseView) flagSig(b *strings.Builder, id string) {
	fl := p.flags[id]
	sigFields(b, fl.Key, fl.AnnotationID, strconv.FormatBool(fl.Confirmed), strconv.FormatBool(fl.Edited),
		strconv.FormatBool(fl.Added), strconv.FormatBool(p.ui.editID == id))
}

func sigFields(b *strings.Builder, fields ...string) {
	for _, f := range fields {
		b.WriteString(strconv.Itoa(len(f)))
		b.WriteByte(':')
		b.WriteString(f)
	}
	b.WriteByte(';')
}
