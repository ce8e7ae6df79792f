package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/app/store"
	"parley/core"
	"parley/core/annotation"
)

// Session is what the views of one page share: the reader's Library (the
// store and its list), the problems reading it raised, the engine with the
// reader's taught names, and which report is open. It is a model, not a
// component: each view keeps its own state and draws from the session;
// views that follow its changes subscribe in OnMount and cancel in
// OnDismount.
type Session struct {
	st       *store.Store
	problems []string
	reports  []store.ReportMeta
	update   bool // a new version of the app is ready
	analyze  func(string) (*core.Analysis, error)
	aliasSig string // the custom aliases analyze was built with
	openID   string // the report the reading view shows, "" if none
	pending  string // a report the reading view is to open (from the Library)

	subs   map[int]subscriber
	nextID int
}

type subscriber struct {
	c  app.Composer
	fn func(app.Context)
}

// NewSession opens the browser's store (an in-memory one natively).
func NewSession() *Session {
	s := &Session{subs: map[int]subscriber{}}
	kv, warn := browserKV()
	s.open(kv, warn)
	return s
}

// newSessionKV is NewSession over a given KV (tests).
func newSessionKV(kv store.KV) *Session {
	if kv == nil {
		kv = store.NewMemKV(0)
	}
	s := &Session{subs: map[int]subscriber{}}
	s.open(kv, "")
	return s
}

func (s *Session) open(kv store.KV, warn string) {
	st, problems := store.Open(kv)
	s.st = st
	s.problems = nil
	if warn != "" {
		s.problems = append(s.problems, warn)
	}
	for _, pr := range problems {
		s.problems = append(s.problems, pr.Message)
	}
	s.refreshLibrary()
	s.analyze = analyzeInPage
	s.aliasSig = ""
	s.setAnalyzer()
}

// Subscribe calls fn, as an update of c, after every change of the
// session (see Changed); the returned func cancels it.
func (s *Session) Subscribe(c app.Composer, fn func(app.Context)) (cancel func()) {
	id := s.nextID
	s.nextID++
	s.subs[id] = subscriber{c, fn}
	return func() { delete(s.subs, id) }
}

// Subscribers is how many views follow the session (tests: views cancel
// on dismount).
func (s *Session) Subscribers() int { return len(s.subs) }

// Changed tells the subscribed views that the session changed, except
// from, the view that changed it (it knows; nil tells them all).
func (s *Session) Changed(ctx app.Context, from app.Composer) {
	for _, sub := range s.subs {
		if sub.c != from {
			ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: sub.c, Function: sub.fn})
		}
	}
}

func (s *Session) refreshLibrary() {
	if s.st != nil {
		s.reports = s.st.Reports()
	}
}

// reload re-reads the Library (another tab changed it).
func (s *Session) reload() {
	if s.st != nil {
		for _, pr := range s.st.Reload() {
			if !contains(s.problems, pr.Message) {
				s.problems = append(s.problems, pr.Message)
			}
		}
	}
	s.refreshLibrary()
	s.setAnalyzer()
}

// setAnalyzer builds the engine with the reader's custom aliases ("Baabda
// means Lebanon"); it reports whether they changed since the last build.
func (s *Session) setAnalyzer() bool {
	if s.st == nil {
		return false
	}
	aliases := s.st.Aliases()
	var b strings.Builder
	for _, a := range aliases {
		b.WriteString(a.Surface + "\x1f" + a.Actor + "\x1f" + string(a.Kind) + "\x1e")
	}
	sig := b.String()
	if sig == s.aliasSig && s.analyze != nil {
		return false
	}
	s.aliasSig = sig
	if len(aliases) == 0 {
		s.analyze = analyzeInPage
	} else {
		a := core.NewAnalyzer(annotation.CoreAliases(aliases)...)
		s.analyze = func(text string) (*core.Analysis, error) { return a.AnalyzeYielding(text, pageYield) }
	}
	return true
}

// openTitle is the title of the open report, "" if none is open.
func (s *Session) openTitle() string {
	if s.openID == "" || s.st == nil {
		return ""
	}
	if r, ok := s.st.Report(s.openID); ok {
		return r.Title
	}
	return ""
}

// libraryCounts are a report's counts as the reader sees them: the
// engine's, less what the reader rejected, plus what the reader added, and
// the reader's notes and tags.
func (s *Session) libraryCounts(r store.ReportMeta) (stances, proposals, notes int) {
	stances, proposals = r.Counts.Stances, r.Counts.Proposals
	if s.st == nil {
		return stances, proposals, 0
	}
	for _, c := range s.st.Corrections(r.ID) {
		if c.Action != annotation.Reject {
			continue
		}
		if c.Item == annotation.ItemStance {
			stances--
		} else {
			proposals--
		}
	}
	for _, a := range s.st.Annotations(r.ID) {
		switch {
		case a.Target.Orphaned:
		case a.Kind == annotation.KindStance:
			stances++
		case a.Kind == annotation.KindProposal:
			proposals++
		default:
			notes++
		}
	}
	return max(stances, 0), max(proposals, 0), notes
}
