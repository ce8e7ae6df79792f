package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

const (
	metaKey        = Prefix + "meta"
	indexKey       = Prefix + "index"
	aliasesKey     = Prefix + "aliases"
	settingsKey    = Prefix + "settings"
	reportPrefix   = Prefix + "report:"
	annPrefix      = Prefix + "annotations:"
	corrPrefix     = Prefix + "corrections:"
	quarantinePref = Prefix + "quarantine:"
)

func reportKey(id string, rev int) string { return reportPrefix + id + ":" + strconv.Itoa(rev) }
func annKey(id string) string             { return annPrefix + id }
func corrKey(id string) string            { return corrPrefix + id }

// parseReportKey splits "parley:report:<id>:<rev>".
func parseReportKey(key string) (id string, rev int, ok bool) {
	rest, found := strings.CutPrefix(key, reportPrefix)
	if !found {
		return "", 0, false
	}
	i := strings.LastIndexByte(rest, ':')
	if i < 0 {
		return "", 0, false
	}
	id = rest[:i]
	rev, err := strconv.Atoi(rest[i+1:])
	if err != nil || rev < 1 || !validID(id) {
		return "", 0, false
	}
	return id, rev, true
}

// validID accepts the ids ReportID makes and other short [a-z0-9_-] ids.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// ReportID is the id of a report text: a hash of the text with whitespace
// folded, so pasting the same report again with different spacing finds it.
func ReportID(text string) string {
	idMemo.Lock()
	defer idMemo.Unlock()
	if text == idMemo.text && idMemo.id != "" {
		return idMemo.id // the page asks for the open report's id often
	}
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	idMemo.text, idMemo.id = text, hex.EncodeToString(sum[:8])
	return idMemo.id
}

// idMemo remembers the last id ReportID computed (hashing a long report
// takes milliseconds in the browser).
var idMemo struct {
	sync.Mutex
	text, id string
}

// TitleMax is the longest title TitleOf makes, in characters.
const TitleMax = 90

// TitleOf returns a title for a report text: its first non-empty line,
// whitespace folded, cut at a word boundary to at most TitleMax characters
// (with an ellipsis when cut).
func TitleOf(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if t := strings.Join(strings.Fields(line), " "); t != "" {
			return cutTitle(t)
		}
	}
	return "Untitled report"
}

func cutTitle(t string) string {
	t = strings.Join(strings.Fields(t), " ")
	if utf8.RuneCountInString(t) <= TitleMax {
		return t
	}
	// keep TitleMax-1 runes, then back up to a space if there is one late enough
	end, n := 0, 0
	for i := range t {
		if n == TitleMax-1 {
			end = i
			break
		}
		n++
	}
	cut := t[:end]
	if sp := strings.LastIndexByte(cut, ' '); sp > len(cut)/2 {
		cut = cut[:sp]
	}
	return strings.TrimRight(cut, " ,;:.-–—") + "…"
}
