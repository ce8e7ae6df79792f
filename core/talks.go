package core

import "strings"

// The state of the talks: a sentence that says what is happening to the
// negotiations ("the talks ended without a breakthrough", "no significant
// progress was made", "the second round will resume after a short break")
// gives one TalkState, whoever says it. A party's reading of the talks is
// also its assessment stance, as before; a TalkState needs no speaker.
//
// Rules, general news English, one sentence at a time (headlines excluded):
//
//   - a talks noun: talks, negotiations, negotiators, dialogue,
//     consultations, discussions, summit; meeting(s), round(s), session(s)
//     after a determiner, an ordinal or a possessive ("the second round");
//   - a signal cue at most 12 tokens after or 8 before a talks noun:
//     verbs and nouns of what happens to talks (resumed, adjourned,
//     broke down, stalled, deadlock, will be held, ...) and outcome nouns
//     (progress, headway, breakthrough, agreement, deal, accord);
//   - an outcome noun after a negation in the 4 tokens before it ("no
//     significant progress", "without a breakthrough", "failed to reach a
//     deal") says the talks are stalled; after a word of hope or aim ("hopes
//     for a breakthrough") or a modal it says nothing; agreement, deal and
//     accord count only negated (see below);
//   - a verb cue after a modal, "to", a negation or a word of threat or
//     fear in the 3 tokens before it says nothing ("could collapse",
//     "threatened to collapse", "have not resumed"); resumption and
//     scheduling may be announced ("will resume", "are set to resume") but
//     not wished for ("ready to resume talks" is a party's stance);
//   - nothing inside an if/unless/whether clause; a capitalised outcome
//     noun inside a sentence is a name ("the Alliance for Progress");
//     "scheduled to" needs a verb of meeting after it;
//   - "the third round of the tournament" is no talks noun: a meeting,
//     round or session "of" something needs a talks noun after "of";
//   - agreement, deal and accord count only after "without" or with a verb
//     of concluding ("no deal was reached");
//   - several signals in one sentence: the first of breakthrough, resumed,
//     suspended, ended, progress, stalled, scheduled.

// talkCue is a cue phrase of a signal.
type talkCue struct {
	words   []string
	sig     TalkSignal
	outcome bool // an outcome noun (negation-sensitive), else a verb or noun of events
}

var talkCues = func() map[string][]talkCue {
	m := map[string][]talkCue{}
	add := func(sig TalkSignal, outcome bool, phrases ...string) {
		for _, p := range phrases {
			w := strings.Fields(p)
			m[w[0]] = append(m[w[0]], talkCue{words: w, sig: sig, outcome: outcome})
		}
	}
	add(TalksResumed, false, "resumed", "resume", "resumes", "resuming", "resumption", "reconvene", "reconvened",
		"reconvenes", "restarted", "reopened")
	add(TalksSuspended, false, "suspended", "suspension", "adjourned", "postponed", "postponement", "paused",
		"halted", "put on hold", "on hold", "called off")
	add(TalksEnded, false, "ended", "concluded", "broke down", "broken down", "break down", "breakdown",
		"collapsed", "collapse", "broke off", "broken off", "wrapped up", "fell apart", "came to an end", "failed", "broke up", "walked out", "walked away")
	add(TalksStalled, false, "stalled", "stalling", "deadlock", "deadlocked", "impasse", "stalemate", "stuck",
		"bogged down", "failed to")
	add(TalksProgress, false, "narrowed")
	add(TalksScheduled, false, "scheduled", "slated", "will be held", "to be held", "will take place",
		"to take place", "next round", "next session", "next meeting", "due to begin", "due to start",
		"due to open", "due to be held", "due to meet")
	add(TalksProgress, true, "progress", "headway")
	add(TalksBreakthrough, true, "breakthrough")
	add("", true, "agreement", "deal", "accord", "consensus") // only negated: stalled
	return m
}()

// talkOrder ranks the signals when a sentence has several.
var talkOrder = []TalkSignal{TalksBreakthrough, TalksResumed, TalksSuspended, TalksEnded, TalksProgress,
	TalksStalled, TalksScheduled}

var talkNouns = set("talks", "negotiations", "negotiators", "dialogue", "consultations", "discussions", "summit")

// Nouns of talks that need a determiner, an ordinal or a possessive before
// them ("the second round", "Monday's meeting").
var talkEventNouns = set("meeting", "meetings", "round", "rounds", "session", "sessions")

var talkDets = set("the", "a", "an", "this", "that", "its", "their", "next", "new", "first", "second", "third",
	"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "final", "another",
	"previous", "earlier", "same", "later", "further", "fresh", "two-day", "three-day")

var talkNegations = set("no", "without", "little", "lack", "not", "failed", "nor", "never", "few", "scant",
	"hardly", "barely", "cannot")

var talkHopes = set("hope", "hopes", "hoped", "hoping", "hopeful", "seek", "seeks", "seeking", "sought",
	"expect", "expects", "expected", "expecting", "chance", "chances", "possible", "possibility", "need",
	"needs", "needed", "aim", "aims", "aimed", "aiming", "push", "pushing", "pushed", "bid", "want", "wants",
	"wanted", "urge", "urged", "urging", "call", "called", "calls", "toward", "towards", "if", "unless",
	"could", "may", "might", "would", "should", "prospect", "prospects", "whether", "pursue", "pursuing")

var talkBlocks = set("could", "may", "might", "should", "would", "if", "unless", "whether", "threatens",
	"threatened", "threaten", "threatening", "risk", "risks", "risked", "risking", "not", "never", "to",
	"avoid", "prevent", "fear", "fears", "feared", "warned", "warn", "warns", "cannot", "unlikely", "likely")

// findTalks finds the state-of-talks sentences.
func (d *doc) findTalks() {
	var found [8]int // token index of each signal's cue + 1, by talkOrder position
	for si, s := range d.sents {
		if s.headline || !d.anyBit(s.t0, s.t1, bTalkNoun) || !d.anyBit(s.t0, s.t1, bTalkCue) {
			continue
		}
		found = [8]int{}
		any := false
		for c := s.t0; c < s.t1; c++ {
			if !d.is(c, bTalkCue) {
				continue
			}
			cue, n := d.talkCueAt(c, s.t1)
			if cue == nil || !d.nearTalkNoun(s, c, c+n) {
				continue
			}
			sig, ok := d.talkSignal(s, c, cue)
			if !ok {
				continue
			}
			for k, o := range talkOrder {
				if o == sig && found[k] == 0 {
					found[k] = c + 1
					any = true
				}
			}
			c += n - 1
		}
		if !any {
			continue
		}
		for k, o := range talkOrder {
			if found[k] > 0 {
				d.addTalk(si, o)
				break
			}
		}
	}
}

// talkCueAt returns the longest talk cue at token c and its length.
func (d *doc) talkCueAt(c, end int) (*talkCue, int) {
	var best *talkCue
	bn := 0
	cands := talkCues[d.lw(c)]
	for k := range cands {
		t := &cands[k]
		n := len(t.words)
		if n <= bn || c+n > end {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if d.lw(c+j) != t.words[j] {
				ok = false
				break
			}
		}
		if ok {
			best, bn = t, n
		}
	}
	return best, bn
}

// talkSignal reads the cue at c in the light of the words before it.
func (d *doc) talkSignal(s sent, c int, cue *talkCue) (TalkSignal, bool) {
	if d.talkHypothesis(s, c) {
		return "", false
	}
	if cue.outcome && d.cap(c) && c > s.t0 {
		return "", false // a name: "the Alliance for Progress"
	}
	if (cue.sig == TalksScheduled && len(cue.words) == 1) && d.lw(c+1) == "to" && !talkStarts[d.lw(c+2)] &&
		!(d.lw(c+2) == "be" && d.lw(c+3) == "held") {
		return "", false // "the document scheduled to be adopted at this meeting"
	}
	if cue.outcome {
		n := 0
		for p := c - 1; p >= s.t0 && n < 4; p-- {
			if d.isQuote(p) {
				continue
			}
			if !d.word(p) {
				break // (a clause boundary: "..., progress")
			}
			n++
			w := d.lw(p)
			if talkNegations[w] || negated(w) {
				if cue.sig == "" && w != "without" && !d.talkReached(s, c) {
					return "", false // "no deal was offered": not the talks' outcome
				}
				return TalksStalled, true
			}
			if talkHopes[w] {
				return "", false
			}
		}
		if cue.sig == "" {
			return "", false // an agreement reached is a stance's or a proposal's business
		}
		return cue.sig, true
	}
	future := cue.sig == TalksResumed || cue.sig == TalksScheduled
	for p := c - 1; p >= s.t0 && p >= c-3; p-- {
		if !d.word(p) {
			break
		}
		w := d.lw(p)
		if future && w == "to" && (talkHopes[d.lw(p-1)] || talkReady[d.lw(p-1)]) {
			return "", false // "ready to resume talks": a party's stance
		}
		if future && (w == "would" || w == "to") {
			continue // "talks would resume", "are set to resume"
		}
		if talkBlocks[w] || negated(w) {
			return "", false
		}
	}
	return cue.sig, true
}

func negated(w string) bool { return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") }

// talkHypothesis: the cue is inside an if/unless/whether clause ("if the
// talks produced progress").
func (d *doc) talkHypothesis(s sent, c int) bool {
	for p := c - 1; p >= s.t0 && p >= c-8; p-- {
		if d.isPunct(p, ",") || d.isPunct(p, ";") || d.isPunct(p, ":") {
			return false
		}
		if w := d.lw(p); w == "if" || w == "unless" || w == "whether" {
			return true
		}
	}
	return false
}

// talkReached: a verb of concluding an agreement within 3 tokens of the
// outcome noun at c ("no deal was reached", "failed to reach agreement").
func (d *doc) talkReached(s sent, c int) bool {
	for p := max(s.t0, c-3); p < s.t1 && p <= c+3; p++ {
		if p != c && talkReach[d.lw(p)] {
			return true
		}
	}
	return false
}

var talkStarts = set("begin", "start", "open", "resume", "meet", "take", "hold", "reconvene", "continue", "convene")

var talkReady = set("ready", "prepared", "willing", "eager", "keen", "open", "offered", "offer", "offers", "able")

var talkReach = set("reach", "reached", "reaching", "strike", "struck", "clinch", "clinched", "agree", "agreed",
	"conclude", "concluded", "sign", "signed", "seal", "sealed", "achieve", "achieved", "secure", "secured", "emerged")

// nearTalkNoun: a talks noun at most 12 tokens before the cue [c, e) or 8
// after it, in the same sentence.
func (d *doc) nearTalkNoun(s sent, c, e int) bool {
	for q := max(s.t0, c-12); q < s.t1 && q < e+8; q++ {
		if q >= c && q < e || !d.is(q, bTalkNoun) {
			continue
		}
		if talkEventNouns[d.lw(q)] {
			if p := q - 1; p < s.t0 || !(d.is(p, bTalkDet) || d.isPoss(p)) {
				continue
			}
			if d.lw(q+1) == "of" && !d.anyTalkNoun(q+2, min(q+7, s.t1)) {
				continue // "the third round of the tournament"
			}
		}
		return true
	}
	return false
}

// anyTalkNoun: a plain talks noun in [a, b).
func (d *doc) anyTalkNoun(a, b int) bool {
	for q := a; q < b; q++ {
		if d.is(q, bTalkNoun) && talkNouns[d.lw(q)] {
			return true
		}
	}
	return false
}

// addTalk records the state of the talks said by sentence si.
func (d *doc) addTalk(si int, sig TalkSignal) {
	s := d.sents[si]
	bs, be := s.start, s.end
	if be-bs > maxEvidence {
		// a run-on sentence: its first words, cut at a token end
		be = bs
		for i := s.t0; i < s.t1 && d.toks[i].E()-bs <= maxEvidence; i++ {
			be = d.toks[i].E()
		}
		if be <= bs {
			return
		}
	}
	d.talks = append(d.talks, TalkState{Summary: d.summaryOf(s.t0, s.t1), Signal: sig,
		Evidence: Evidence{Start: bs, End: be, Text: d.text[bs:be]}})
}

// maxEvidence is the longest evidence span the contract's scoring accepts.
const maxEvidence = 600
