package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/core"
)

// warmUp runs the engine twice on a short invented report soon after the
// page is up, then builds the reading page's view of it once (off the
// page), each a task of its own. The browser compiles a wasm function when
// it is first called and optimises it once it is hot: in Chromium the
// first analysis took 100 ms more than the next ones, whatever the length
// of the text, and the first drawing of a map about as much. Paid here,
// while the reader reads the page, that is not a frozen paste.
func warmUp(ctx app.Context) {
	ctx.Async(func() {
		var res *core.Analysis
		for i := 0; i < 2; i++ {
			time.Sleep(FrameGap)
			res, _ = core.Analyze(warmText)
		}
		time.Sleep(FrameGap)
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
	"The union said it wanted a 5% pay rise and accused the employers of stalling. Canada offered to host the next round if both sides agreed to freeze new duties.\n", 4)
