package sentence

import (
	_ "embed"
	"strings"
)

// abbreviations.txt holds every word list of the splitter, as data.
//
//go:embed abbreviations.txt
var listData string

type abbrClass uint8

const (
	aNone  abbrClass = iota
	aTitle           // [title]
	aAbbr            // [abbr]
	aNum             // [num]
	aTime            // [time]
)

type wordClass uint8

const (
	wStarter      wordClass = 1 << iota // [starter]
	wAux                                // [aux]
	wTimeFollower                       // [timefollower]
	wSpeech                             // [speech]
)

// lists are the parsed word lists: abbreviations lower-cased, without their
// final full stop; other words as written.
var lists = parseLists(listData)

type wordLists struct {
	abbr  map[string]abbrClass
	words map[string]wordClass
}

func parseLists(data string) wordLists {
	l := wordLists{abbr: map[string]abbrClass{}, words: map[string]wordClass{}}
	section := ""
	for _, line := range strings.Split(data, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		for _, w := range strings.Fields(line) {
			switch section {
			case "title":
				l.abbr[strings.ToLower(w)] = aTitle
			case "abbr":
				l.abbr[strings.ToLower(w)] = aAbbr
			case "num":
				l.abbr[strings.ToLower(w)] = aNum
			case "time":
				l.abbr[strings.ToLower(w)] = aTime
			case "starter":
				l.words[w] |= wStarter
			case "aux":
				l.words[w] |= wAux
			case "timefollower":
				l.words[w] |= wTimeFollower
			case "speech":
				l.words[w] |= wSpeech
			default:
				panic("sentence: abbreviations.txt: word outside a known section: " + w)
			}
		}
	}
	return l
}

// Abbreviation reports whether a lower-cased word (without its full stop)
// is one of the splitter's abbreviations ("mr", "sen", "corp", "p.m"), so
// that a tokeniser can keep its full stop with it as UD EWT does ("Mr.").
func Abbreviation(lower string) bool {
	return lists.abbr[lower] != aNone
}
