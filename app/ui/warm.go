package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"parley/core"
)

// warmUp runs the engine twice on a short invented report soon after the
// page is up, each run a task of its own. The browser compiles a wasm
// function when it is first called and optimises it once it is hot: in
// Chromium the first analysis took 100 ms more than the next ones,
// whatever the length of the text. Paid here, while the reader reads the
// page, that is not a frozen paste.
func warmUp(ctx app.Context) {
	ctx.Async(func() {
		for i := 0; i < 2; i++ {
			time.Sleep(FrameGap)
			_, _ = core.Analyze(warmText)
		}
	})
}

var warmText = strings.Repeat("WASHINGTON, May 4 (Reuters) - The United States and Mexico ended a second round of talks on Tuesday without a deal, officials said. "+
	"Mexico rejected the American proposal to raise tariffs, saying it would hurt its farmers. \"We will not accept these terms,\" the Mexican economy minister told reporters. "+
	"The union said it wanted a 5% pay rise and accused the employers of stalling. Canada offered to host the next round if both sides agreed to freeze new duties.\n", 4)
