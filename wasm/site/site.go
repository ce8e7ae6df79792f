//go:build !wasm

// Package site writes Parley's static site (the pages go-app prerenders, the
// assets of web/, app.wasm and Go's wasm_exec.js) and serves it as a static
// host would. It is server-side only: it never enters app.wasm.
package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Site says where the static site is written and what it is made of.
type Site struct {
	Out  string // output folder, e.g. dist
	Web  string // the project's web/ folder of static assets
	Wasm string // the built app.wasm
}

// Generate writes the whole static site into s.Out.
func (s Site) Generate() error {
	if _, err := os.Stat(s.Wasm); err != nil {
		return fmt.Errorf("app.wasm is missing (%v): build it first with GOOS=js GOARCH=wasm go build -o %s ./wasm", err, s.Wasm)
	}
	version, err := s.Version()
	if err != nil {
		return err
	}
	if err := copyTree(s.Web, filepath.Join(s.Out, "web")); err != nil {
		return fmt.Errorf("copying %s: %w", s.Web, err)
	}
	wasmDst := filepath.Join(s.Out, "web", "app.wasm")
	if abs(s.Wasm) != abs(wasmDst) {
		if err := copyFile(s.Wasm, wasmDst); err != nil {
			return err
		}
	}
	samples, err := filepath.Glob(filepath.Join(s.Web, "samples", "*.txt"))
	if err != nil {
		return err
	}
	h := Handler(version, samples)
	if err := app.GenerateStaticWebsite(s.Out, h, Pages...); err != nil {
		return fmt.Errorf("generating the site: %w", err)
	}
	if err := StreamWasm(filepath.Join(s.Out, "app.js")); err != nil {
		return err
	}
	// The script partners were promised at the root (/web/embed.js stays).
	if err := copyFile(filepath.Join(s.Web, "embed.js"), filepath.Join(s.Out, "embed.js")); err != nil {
		return err
	}
	// go-app embeds an older wasm_exec.js: use the one of the Go that built app.wasm.
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("finding Go's wasm_exec.js: go env GOROOT: %w", err)
	}
	if err := copyFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"), filepath.Join(s.Out, "wasm_exec.js")); err != nil {
		return err
	}
	if err := hardenPages(s.Out); err != nil {
		return err
	}
	return Precompress(s.Out)
}

// Pages are the routes written as pages besides "/": the Library and
// Settings (so that a reload or a visit offline finds them) and the
// partner-page panel.
var Pages = []string{"/library", "/settings", "/embed"}

// wasmFetch is how go-app's app.js fetches app.wasm: through a stream it
// copies chunk by chunk to report progress. StreamWasm replaces it with a
// plain fetch, which the browser compiles as it downloads (streaming
// compilation) and which the <link rel=preload> of the page's head (see
// HardenPage) has already started.
const wasmFetch = `fetchWithProgress("/web/app.wasm", showProgress)`

// StreamWasm makes app.js instantiate app.wasm straight from the network.
func StreamWasm(appJS string) error {
	b, err := os.ReadFile(appJS)
	if err != nil {
		return err
	}
	if !bytes.Contains(b, []byte(wasmFetch)) {
		return fmt.Errorf("%s: go-app's fetch of app.wasm was not found (go-app changed?)", appJS)
	}
	b = bytes.Replace(b, []byte(wasmFetch), []byte(`fetch("/web/app.wasm")`), 1)
	return os.WriteFile(appJS, b, 0o644)
}

// Handler is the app's description: name, icons, styles and what the
// service worker caches for offline use.
func Handler(version string, samples []string) *app.Handler {
	cache := []string{"/web/icon.svg", "/web/icon-192.png", "/web/icon-512.png", "/web/early.js",
		"/library", "/settings", // every view works offline
		"/embed", "/embed.js", "/web/embed.js", "/web/embed.css"} // the partner-page panel (docs/embed.md) works offline too
	for _, s := range samples {
		cache = append(cache, "/web/samples/"+filepath.Base(s))
	}
	sort.Strings(cache)
	return &app.Handler{
		Name:            "Parley",
		ShortName:       "Parley",
		Title:           "Parley — who stands where in negotiation news",
		Description:     "Paste a news report about negotiations and see the parties, their stances and the proposals on the table, with the evidence highlighted. Runs entirely in your browser.",
		Lang:            "en",
		LoadingLabel:    "Loading Parley…",
		ThemeColor:      "#1f3a5f",
		BackgroundColor: "#fbfaf7",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		Styles:             []string{"/web/parley.css"},
		Scripts:            []string{"/web/early.js"}, // keeps a page pasted before the app runs (app/ui/early.go)
		CacheableResources: cache,
		Version:            version,
	}
}

// Version is a hash of the build inputs (app.wasm and every static asset),
// so the offline cache changes exactly when the site does.
func (s Site) Version() (string, error) {
	h := sha256.New()
	add := func(path string) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		io.WriteString(h, filepath.ToSlash(path)+"\x00")
		_, err = io.Copy(h, f)
		return err
	}
	if err := add(s.Wasm); err != nil {
		return "", err
	}
	var files []string
	err := filepath.WalkDir(s.Web, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && filepath.Base(p) != "app.wasm" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	for _, f := range files {
		rel, _ := filepath.Rel(s.Web, f)
		h.Write([]byte(rel))
		if err := add(f); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(p, ".wasm") {
			return nil
		}
		return copyFile(p, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// ErrNoSite is returned by Serve when the folder holds no site.
var ErrNoSite = errors.New("no site to serve")
