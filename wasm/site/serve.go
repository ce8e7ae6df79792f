//go:build !wasm

package site

import (
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Serve serves the static site in dir on addr, as any static host would:
// files as they are, "/" as index.html, and a precompressed .br or .gz
// beside a file when the browser accepts it.
func Serve(addr, dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("%w: %s has no index.html", ErrNoSite, dir)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("Parley is running at http://%s/ (Ctrl+C stops it)\n", ln.Addr())
	return http.Serve(ln, SiteHandler(dir))
}

// SiteHandler serves the static site in dir.
func SiteHandler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
	mime.AddExtensionType(".wasm", "application/wasm")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := filepath.Join(dir, filepath.FromSlash(filepath.Clean("/"+r.URL.Path)))
		if r.URL.Path == "/" || strings.HasSuffix(r.URL.Path, "/") {
			p = filepath.Join(p, "index.html")
		}
		page := false
		if _, err := os.Stat(p); err != nil && filepath.Ext(p) == "" {
			p, page = p+".html", true // "/embed" is embed.html, as static hosts serve it
		}
		if ct := mime.TypeByExtension(filepath.Ext(p)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Header().Set("Cache-Control", "no-cache")
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !strings.Contains(accept, enc.name) {
				continue
			}
			if _, err := os.Stat(p + enc.ext); err == nil {
				w.Header().Set("Content-Encoding", enc.name)
				w.Header().Add("Vary", "Accept-Encoding")
				http.ServeFile(w, r, p+enc.ext)
				return
			}
		}
		if page {
			http.ServeFile(w, r, p)
			return
		}
		files.ServeHTTP(w, r)
	})
}
