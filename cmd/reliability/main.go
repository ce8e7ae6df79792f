// Command reliability gathers the figures the tests measured (fuzz
// executions, hostile inputs tried, faults injected) from test-output/ into
// test-output/reliability.md; `make test` runs it. It never touches a
// tracked file then, so a test run leaves a checkout clean.
//
// With -readme it instead copies test-output/reliability.md into the
// "Reliability" section of that README, between the markers
// <!-- reliability:begin --> and <!-- reliability:end --> (`make
// readme-figures`).
//
//	go run ./cmd/reliability [-out test-output]
//	go run ./cmd/reliability [-out test-output] -readme README.md
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

const (
	begin = "<!-- reliability:begin -->"
	end   = "<!-- reliability:end -->"
)

// labels say in words what each recorded figure counts.
var labels = map[string]string{
	"xss_payloads":         "known XSS payloads pasted as HTML and typed as text (none ran)",
	"hostile_pastes":       "hostile pastes (binary, blank, HTML with scripts, 2 MB) with the Library intact",
	"storage_quota":        "writes refused with the browser's storage full, nothing half-written or lost",
	"storage_corrupt":      "corrupt or foreign values planted under Parley's keys, kept aside, app working",
	"storage_future":       "libraries from a newer Parley opened read-only, nothing changed",
	"storage_conflict":     "writes from a second tab over a newer change, refused and nothing overwritten",
	"update_reload":        "site updates picked up while a reader had unsaved text, nothing lost",
	"sentence_adversarial": "adversarial 10 MB inputs to the sentence splitter",
}

type figure struct {
	Name  string `json:"name"`
	Value int    `json:"value"`
	Test  string `json:"test"`
}

// sectionFile is where the figures go, inside the -out folder.
const sectionFile = "reliability.md"

func main() {
	out := flag.String("out", "test-output", "folder the tests wrote their figures into")
	readme := flag.String("readme", "", "copy the figures of the last run into this README (and gather nothing)")
	flag.Parse()
	if err := run(*out, *readme); err != nil {
		fmt.Fprintln(os.Stderr, "reliability:", err)
		os.Exit(1)
	}
}

// run gathers the figures into out/reliability.md and prints them, or with
// readme set copies that file into the README.
func run(out, readme string) error {
	path := filepath.Join(out, sectionFile)
	if readme != "" {
		section, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("no figures to copy (%v): run make test first", err)
		}
		return splice(readme, string(section))
	}
	section, err := build(out)
	if err != nil {
		return err
	}
	fmt.Print(section)
	return os.WriteFile(path, []byte(section), 0o644)
}

func build(dir string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "Figures from the `make test` run of %s (copied here by `make readme-figures`):\n\n", time.Now().UTC().Format("2006-01-02"))
	fmt.Fprintln(&b, "| what | count |")
	fmt.Fprintln(&b, "|---|---:|")
	logs, _ := filepath.Glob(filepath.Join(dir, "fuzz-*.log"))
	sort.Strings(logs)
	rows := 0
	for _, l := range logs {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(l), "fuzz-"), ".log")
		execs, elapsed, err := fuzzExecs(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "| fuzz executions of %s in %s, no failure | %d |\n", name, elapsed, execs)
		rows++
	}
	files, _ := filepath.Glob(filepath.Join(dir, "reliability", "*.json"))
	sort.Strings(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		var fig figure
		if err := json.Unmarshal(raw, &fig); err != nil {
			return "", fmt.Errorf("%s: %w", f, err)
		}
		label := labels[fig.Name]
		if label == "" {
			label = fig.Name
		}
		fmt.Fprintf(&b, "| %s (`%s`) | %d |\n", label, fig.Test, fig.Value)
		rows++
	}
	if rows == 0 {
		return "", fmt.Errorf("no figures in %s: run make test first", dir)
	}
	return b.String(), nil
}

// fuzzExecs reads the last "fuzz: elapsed: 30s, execs: 123 (...)" line of
// a go test -fuzz log. A log that reports a failure is an error.
func fuzzExecs(path string) (int, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	var execs int
	var elapsed string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "--- FAIL") || strings.HasPrefix(line, "FAIL") {
			return 0, "", fmt.Errorf("%s reports a failure", path)
		}
		i := strings.Index(line, "execs: ")
		if !strings.HasPrefix(line, "fuzz: elapsed: ") || i < 0 {
			continue
		}
		rest := line[i+len("execs: "):]
		if sp := strings.IndexByte(rest, ' '); sp > 0 {
			rest = rest[:sp]
		}
		n, err := strconv.Atoi(strings.TrimSuffix(rest, ","))
		if err == nil {
			execs = n
			e := strings.TrimPrefix(line, "fuzz: elapsed: ")
			elapsed = e[:strings.IndexByte(e, ',')]
		}
	}
	if execs == 0 {
		return 0, "", fmt.Errorf("%s has no execution count", path)
	}
	return execs, elapsed, sc.Err()
}

func splice(readme, section string) error {
	raw, err := os.ReadFile(readme)
	if err != nil {
		return err
	}
	s := string(raw)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		return fmt.Errorf("%s has no %s … %s markers", readme, begin, end)
	}
	s = s[:i+len(begin)] + "\n" + section + s[j:]
	return os.WriteFile(readme, []byte(s), 0o644)
}
