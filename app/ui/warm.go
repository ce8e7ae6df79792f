package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/core"
)

// warmed is set once the warm-up is scheduled: once a page.
var warmed bool

// WarmDelay is how long the page must have been up, with the reader not
// yet at work, before the warm-up runs.
const WarmDelay = 2 * time.Second

// warmUp runs the engine on a short invented report once the page has
// been up for WarmDelay and the reader has not started (their own first
// analysis warms the engine as well), then builds the reading page's view
// of it (off the page). The browser compiles a wasm function when it is
// first called and optimises it once it is hot: in Chromium the first
// analysis took 100 ms more than the next ones, whatever the length of the
// text, and the first drawing of a map about as much. The analysis runs in
// slices of about 8 ms (AnalyzeYielding), so that the warm-up never holds
// the page: it does not run while the page starts (it used to, 20 ms after
// mount, and kept the report box from taking input for half a second).
func warmUp(ctx app.Context, started func() bool) {
	if warmed {
		return
	}
	warmed = true
	ctx.Async(func() {
		time.Sleep(WarmDelay)
		if started() {
			return
		}
		res, _ := engine().AnalyzeYielding(warmText, pageYield)
		time.Sleep(FrameGap)
		if started() {
			return
		}
		warmView(res, warmText)
	})
}

// warmView builds the reader's view of res and the element trees of its
// pieces, as a page would, but mounts nothing: a Parley that is not on
// the page draws nothing.
func warmView(res *core.Analysis, text string) int {
	if res == nil {
		return 0
	}
	w := &AnalyseView{sess: &Session{}, res: res, resFor: text}
	w.refreshView()
	w.sync(len(text)+1, 1<<30) // all of it
	n := 0
	if w.renderResult() != nil {
		n++
	}
	for _, c := range w.vis.chunks {
		if (&reportChunk{Data: c}).Render() != nil {
			n++
		}
	}
	for _, list := range w.vis.stances {
		for _, d := range list {
			if (&itemBatch{Data: d}).Render() != nil {
				n++
			}
		}
	}
	for _, d := range w.vis.proposals {
		if (&itemBatch{Data: d}).Render() != nil {
			n++
		}
	}
	return n
}

var warmText = strings.Repeat("WASHINGTON, May 4 (Reuters) - The United States and Mexico ended a second round of talks on Tuesday without a deal, officials said. "+
	"Mexico rejected the American proposal to raise tariffs, saying it would hurt its farmers. \"We will not accept these terms,\" the Mexican economy minister told reporters. "+
	"The union said it wanted a 5% pay rise and accused the employers of stalling. Canada offered to host the next round if both sides agreed to freeze new duties.\n", 2)
