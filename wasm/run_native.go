//go:build !wasm

package main

import (
	"flag"
	"log"
	"path/filepath"

	"parley/wasm/site"
)

// run writes the static site and, with -serve, serves it.
func run() {
	out := flag.String("out", "dist", "folder to write the static site into")
	web := flag.String("web", "web", "folder of static assets to copy into the site")
	wasm := flag.String("wasm", "", "built app.wasm (default: <out>/web/app.wasm)")
	serve := flag.String("serve", "", "after writing the site, serve it on this address (e.g. 127.0.0.1:8000)")
	flag.Parse()
	s := site.Site{Out: *out, Web: *web, Wasm: *wasm}
	if s.Wasm == "" {
		s.Wasm = filepath.Join(s.Out, "web", "app.wasm")
	}
	if err := s.Generate(); err != nil {
		log.Fatal(err)
	}
	if *serve != "" {
		if err := site.Serve(*serve, s.Out); err != nil {
			log.Fatal(err)
		}
	}
}
