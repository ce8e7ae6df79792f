//go:build !js

package e2e

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"parley/core"
	"parley/wasm/site"
)

// deployServer serves one site folder at a time on a fixed address, so a
// test can deploy a new build under a reader's open page.
type deployServer struct {
	URL     string
	current atomic.Value // http.Handler
}

func startDeployServer(t *testing.T, dir string) *deployServer {
	t.Helper()
	d := &deployServer{}
	d.Deploy(dir)
	d.URL = startOn(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d.current.Load().(http.Handler).ServeHTTP(w, r)
	}), "127.0.0.1").URL
	return d
}

func (d *deployServer) Deploy(dir string) { d.current.Store(site.SiteHandler(dir)) }

// secondBuild writes another build of the site (same app, one more asset,
// so a new version) with the real generator.
func secondBuild(t *testing.T, dist string) string {
	t.Helper()
	web := filepath.Join(t.TempDir(), "web")
	require.NoError(t, exec.Command("cp", "-r", filepath.Join("..", "web"), web).Run())
	require.NoError(t, os.WriteFile(filepath.Join(web, "release.txt"), []byte("build B\n"), 0o644))
	out := filepath.Join(t.TempDir(), "site")
	cmd := exec.Command("go", "run", "./wasm", "-out", out, "-web", web, "-wasm", filepath.Join(dist, "web", "app.wasm"))
	cmd.Dir = ".."
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, string(msg))
	return out
}

// TestUpdateKeepsWork deploys a new build while a reader has the app open
// with text in the box: the app says a new version is ready, and reloading
// keeps the Library and the text.
func TestUpdateKeepsWork(t *testing.T) {
	dist := distDir(t)
	next := secondBuild(t, dist)
	oldWorker, err := os.ReadFile(filepath.Join(dist, "app-worker.js"))
	require.NoError(t, err)
	newWorker, err := os.ReadFile(filepath.Join(next, "app-worker.js"))
	require.NoError(t, err)
	require.NotEqual(t, string(oldWorker), string(newWorker), "the second build is a new version")

	srv := startDeployServer(t, dist)
	b := newBrowser(t)
	b.open(srv.URL)
	eval[bool](b, `navigator.serviceWorker.ready.then(() => true)`)
	b.reload()
	b.waitFor(`!!navigator.serviceWorker.controller`, 20*time.Second)

	b.do(chromedp.Click(chromedp.ID("example")))
	b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 20*time.Second)
	draft := "Unsaved draft: the union said on Monday it would strike unless the offer improved."
	b.typeReport(draft)
	b.waitFor(`document.getElementById("report-view") && document.getElementById("report-view").textContent.startsWith("Unsaved draft")`, 10*time.Second)

	srv.Deploy(next)
	eval[bool](b, `navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`)
	b.waitFor(`!!document.getElementById("reload-app")`, 30*time.Second)
	assert.Contains(t, eval[string](b, `document.querySelector(".banner").innerText`), "new version")

	b.do(chromedp.Click(chromedp.ID("reload-app")))
	time.Sleep(500 * time.Millisecond)
	b.waitReady()
	assert.True(t, eval[bool](b, `fetch("/web/release.txt").then(r => r.ok)`), "the new build is served")
	assert.Equal(t, draft, eval[string](b, `document.getElementById("report-input").value`), "the text in the box is kept")
	// The draft is in the Library too if Parley saves it unasked (it finds
	// parties, stances or proposals in it): see app/ui save.go.
	want := 1
	if res, err := core.Analyze(draft); err == nil && len(res.Actors)+len(res.Stances)+len(res.Proposals) > 0 {
		want = 2
	}
	b.do(chromedp.Click(chromedp.ID("nav-library")))
	b.waitFor(fmt.Sprintf(`document.querySelectorAll("#library li.report").length === %d`, want), 10*time.Second)
	recordFigure(t, "update_reload", 1)
}
