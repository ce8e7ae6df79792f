package core

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTalks checks the state of the talks on the invented sentences of
// testdata/talks.tsv: the signal, or no talk state at all.
func TestTalks(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "talks.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		text, want := cols[0], ""
		if len(cols) > 1 {
			want = cols[1]
		}
		n++
		t.Run(text, func(t *testing.T) {
			res, err := Analyze(text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Talks == nil {
				t.Fatal("Talks is nil")
			}
			if want == "" {
				if len(res.Talks) != 0 {
					t.Errorf("want no talk state, got %+v", res.Talks)
				}
				return
			}
			if len(res.Talks) != 1 {
				t.Fatalf("want one talk state %q, got %+v", want, res.Talks)
			}
			ts := res.Talks[0]
			if string(ts.Signal) != want {
				t.Errorf("signal %q, want %q", ts.Signal, want)
			}
			if ts.Evidence.Text != text[ts.Evidence.Start:ts.Evidence.End] || ts.Evidence.End <= ts.Evidence.Start {
				t.Errorf("evidence %+v is not a span of the text", ts.Evidence)
			}
			if ts.Summary == "" {
				t.Error("empty summary")
			}
			known := false
			for _, s := range TalkSignals {
				known = known || s == ts.Signal
			}
			if !known {
				t.Errorf("signal %q is not in TalkSignals", ts.Signal)
			}
		})
	}
	if n < 20 {
		t.Fatalf("only %d sentences", n)
	}
}

// TestTalksOnePerSentence: a sentence with several signals gives one talk
// state, in text order, and an empty report gives "talks": [].
func TestTalksOnePerSentence(t *testing.T) {
	text := "The first session ended this afternoon, and the second round will resume after a short break. " +
		"The talks collapsed without a breakthrough. The union rejected the offer."
	res, err := Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Talks) != 2 || res.Talks[0].Signal != TalksResumed || res.Talks[1].Signal != TalksEnded ||
		res.Talks[0].Evidence.Start >= res.Talks[1].Evidence.Start {
		t.Fatalf("got %+v", res.Talks)
	}
	res, err = Analyze("Nothing here but weather.")
	if err != nil {
		t.Fatal(err)
	}
	if res.Talks == nil || len(res.Talks) != 0 {
		t.Fatalf("want an empty non-nil list, got %#v", res.Talks)
	}
}
