package core

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"parley/core/attrib"
	"parley/core/cameo"
	"parley/core/gazetteer"
	"parley/core/lexicon"
	"parley/core/phoenix"
	"parley/core/pos"
)

// Alias is a surface form a reader adds at run time ("Baabda means
// Lebanon"): Surface is matched as a name of Actor (a canonical name; a new
// actor of Kind is created when it is not known yet).
type Alias struct {
	Surface string
	Actor   string
	Kind    ActorKind
}

// Analyzer holds the gazetteer and lexicons the engine reads. It is safe for
// concurrent use; build one with NewAnalyzer.
type Analyzer struct {
	gaz    *gazetteer.Gazetteer
	lex    *lexicon.Lexicon
	bits   *wordTab // word classes (see wordbits.go); read-only
	tagger *pos.Tagger
	cues   *attrib.Model
}

// NewAnalyzer returns an analyzer with the embedded gazetteer plus extra
// aliases. Later aliases win over earlier ones and over the embedded data.
func NewAnalyzer(extra ...Alias) *Analyzer {
	g := gazetteer.Default()
	if len(extra) > 0 {
		g = g.Clone()
		for _, a := range extra {
			kind := string(a.Kind)
			if kind == "" {
				kind = g.Kind(strings.TrimSpace(a.Actor))
			}
			g.AddOverride(a.Surface, a.Actor, kind, gazetteer.Name)
		}
	}
	a := &Analyzer{gaz: g, lex: lexicon.Default(), tagger: pos.Default()}
	a.cues, _ = attrib.Default() // a bad embedded model is caught by the tests; without one, no attributions
	a.buildBits()
	return a
}

var (
	defaultOnce     sync.Once
	defaultAnalyzer *Analyzer
)

// Default returns the analyzer with only the embedded data (built once).
func Default() *Analyzer {
	defaultOnce.Do(func() { defaultAnalyzer = NewAnalyzer() })
	return defaultAnalyzer
}

// Analyze turns a report into an Analysis with the default analyzer.
func Analyze(text string) (*Analysis, error) {
	return Default().Analyze(text)
}

// Analyze turns a report into an Analysis. The error is an *InputError for
// text that cannot be analysed at all (empty, too long, not text).
func (a *Analyzer) Analyze(text string) (*Analysis, error) {
	return a.AnalyzeYielding(text, nil)
}

// yieldEvery is about how much work AnalyzeYielding does between yields
// (a variable for tests).
var yieldEvery = 8 * time.Millisecond

// AnalyzeYielding is Analyze for a caller that shares one thread with other
// work, as a browser page does: between steps of the analysis, once about
// yieldEvery of work has been done since the last call, it calls yield,
// which may block while other work runs (the page sleeps a millisecond,
// which lets the browser draw and take input). A nil yield is never
// called. The result is the same as Analyze's.
func (a *Analyzer) AnalyzeYielding(text string, yield func()) (res *Analysis, err error) {
	if err := CheckInput(text); err != nil {
		return nil, err
	}
	defer func() {
		// Defensive only: the engine is written not to panic; if it ever
		// does, the reader gets an error instead of a crashed page.
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("parley: internal error while analysing: %v", r)
		}
	}()
	d := newDoc(a, text)
	d.yield, d.yieldAt = yield, time.Now()
	d.run()
	res = d.result()
	d.release()
	return res, nil
}

// CheckInput returns an *InputError for text that cannot be analysed at all.
func CheckInput(text string) error {
	if len(text) > MaxInputBytes {
		return &InputError{Kind: ErrTooLong, Message: "This text is too long to analyse: Parley reads reports up to 10 MB."}
	}
	if strings.TrimSpace(text) == "" {
		return &InputError{Kind: ErrEmpty, Message: "There is nothing to analyse yet: paste a news report."}
	}
	bad, ctl, n := 0, 0, 0
	for i := 0; i < len(text); {
		if c := text[i]; c >= 0x20 && c < 0x80 || c == '\n' || c == '\r' || c == '\t' {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' {
			ctl++
		}
		n++
		i += size
	}
	if n > 0 && (bad+ctl)*10 > n {
		return &InputError{Kind: ErrNotText, Message: "This does not look like text: it may be a binary file. Paste the words of a report."}
	}
	return nil
}

// Warm builds every table the engine reads — the gazetteer and its
// Phoenix tier, the lexicon, the word classes, the cue model, the tagger's
// weights and lemma exceptions, the CAMEO verb dictionary and the Phoenix
// agents — so that the reader's first analysis does not pay for them; it
// returns the default analyzer. (A CAMEO verb block's patterns are still
// parsed on the block's first use.)
func Warm() *Analyzer {
	a := Default()
	a.tagger.Tag([]string{"Talks", "resumed"}, nil)
	pos.Lemma("talks", pos.NOUN)
	cameo.Verb("say")
	phoenix.Agent("minister")
	return a
}
