//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible are the file types worth shipping precompressed.
var compressible = map[string]bool{".wasm": true, ".js": true, ".css": true, ".html": true,
	".webmanifest": true, ".txt": true, ".svg": true, ".json": true}

// MinCompressSize is the smallest file that gets .br and .gz siblings.
const MinCompressSize = 1024

// Precompress writes name.br (brotli, quality 11) and name.gz (gzip -9)
// beside every large text or wasm file under dir, for static hosts that
// serve precompressed files (and for Serve).
func Precompress(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[strings.ToLower(filepath.Ext(p))] {
			return err
		}
		info, err := d.Info()
		if err != nil || info.Size() < MinCompressSize {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		br, err := Brotli(raw)
		if err != nil {
			return err
		}
		gz, err := Gzip(raw)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p+".br", br, 0o644); err != nil {
			return err
		}
		return os.WriteFile(p+".gz", gz, 0o644)
	})
}

// Brotli compresses b as `brotli -q 11` does: the best quality (11) and the
// command's default window of 2^24 bytes (the library's default is smaller,
// which costs app.wasm about 30 KB).
func Brotli(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Gzip compresses b at the best level (9).
func Gzip(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
