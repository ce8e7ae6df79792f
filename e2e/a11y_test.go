//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// axeVersion is the axe-core release vendored in testdata/axe-core.
const axeVersion = "4.14.1"

// axeSource is axe.min.js, loaded once.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "axe-core", "axe.min.js"))
	require.NoError(t, err)
	require.Contains(t, string(b[:200]), "axe v"+axeVersion)
	return string(b)
}

// axeViolation is one rule axe-core found broken, with where.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// runAxe injects axe-core into the page of run (a page or a frame target)
// and returns its serious and critical violations.
func runAxe(t *testing.T, run func(js string) string, src string) []axeViolation {
	t.Helper()
	// The page's Content-Security-Policy allows no inline script; the test
	// evaluates axe over DevTools, which the policy does not govern.
	run(src + "\n;true")
	out := run(`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify({v: r.violations, passes: r.passes.length}))`)
	var res struct {
		V      []axeViolation `json:"v"`
		Passes int            `json:"passes"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Greater(t, res.Passes, 10, "axe-core ran its rules")
	all := res.V
	for _, v := range all {
		t.Logf("axe: %s (%s, %d elements)", v.ID, v.Impact, len(v.Nodes))
	}
	var bad []axeViolation
	for _, v := range all {
		if v.Impact == "serious" || v.Impact == "critical" {
			bad = append(bad, v)
		}
	}
	return bad
}

func describe(vs []axeViolation) string {
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, "%s (%s): %s\n", v.ID, v.Impact, v.Help)
		for i, n := range v.Nodes {
			if i == 3 {
				break
			}
			fmt.Fprintf(&b, "    %v %s\n", n.Target, n.HTML[:min(len(n.HTML), 160)])
		}
	}
	return b.String()
}

// TestAccessibility: axe-core finds no serious or critical problem on the
// map (light, desktop; dark, phone), the Library, Settings and /embed.
func TestAccessibility(t *testing.T) {
	src := axeSource(t)
	parley, partner, _ := partnerSetup(t)
	evalIn := func(ctx context.Context) func(string) string {
		return func(js string) string {
			v, err := chromedp.Run(ctx, chromedp.Evaluate[any](js, chromedp.EvalAwaitPromise))
			require.NoError(t, err)
			s, _ := v.(string)
			return s
		}
	}
	views := []struct {
		name  string
		phone bool
		dark  bool
		open  func(b *browser)
	}{
		{"map, light, desktop", false, false, func(b *browser) {
			b.open(parley.URL)
			b.do(chromedp.Click(chromedp.ID("example")))
			b.waitFor(`document.querySelectorAll("#parties li.party").length > 0 && !document.getElementById("progress")`, 20*time.Second)
		}},
		{"map, dark, phone", true, true, func(b *browser) {
			b.open(parley.URL)
			b.do(chromedp.Click(chromedp.ID("example")))
			b.waitFor(`document.querySelectorAll("#parties li.party").length > 0 && !document.getElementById("progress")`, 20*time.Second)
		}},
		{"empty page", false, false, func(b *browser) { b.open(parley.URL) }},
		{"Library", false, false, func(b *browser) {
			b.open(parley.URL)
			b.do(chromedp.Click(chromedp.ID("example")))
			b.waitFor(`document.getElementById("nav-library").innerText.includes("(1)")`, 20*time.Second)
			b.do(chromedp.Click(chromedp.ID("nav-library")))
			b.waitFor(`!!document.getElementById("library")`, 10*time.Second)
		}},
		{"Settings, dark", false, true, func(b *browser) {
			b.open(parley.URL + "/settings")
			b.waitFor(`!!document.getElementById("aliases")`, 10*time.Second)
		}},
	}
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			b := newBrowser(t)
			b.do(chromedp.Navigate("about:blank"))
			if v.phone {
				b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(3), chromedp.EmulateMobile))
			}
			if v.dark {
				_, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
					Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
				require.NoError(t, err)
			}
			v.open(b)
			bad := runAxe(t, evalIn(b.ctx), src)
			assert.Empty(t, bad, describe(bad))
		})
	}
	t.Run("/embed on a partner page", func(t *testing.T) {
		b := newBrowser(t)
		b.do(chromedp.Navigate(partner.URL + "/partner.html"))
		pressButton(t, b)
		f := attachFrame(t, b, parley.URL)
		f.waitFor(`document.querySelectorAll(".e-party").length > 0`, 10*time.Second)
		bad := runAxe(t, evalIn(f.ctx), src)
		assert.Empty(t, bad, describe(bad))
	})
}
