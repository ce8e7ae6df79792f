package core

import (
	"strings"
	"unicode/utf8"
)

// Analyze turns a report into an Analysis. (Placeholder: the engine issues
// replace the body; the checks on input are the contract's.)
func Analyze(text string) (*Analysis, error) {
	if err := CheckInput(text); err != nil {
		return nil, err
	}
	return &Analysis{Version: Version, Sentences: []Span{}, Actors: []Actor{},
		Stances: []Stance{}, Proposals: []Proposal{}, Issues: []Issue{}}, nil
}

// CheckInput returns an *InputError for text that cannot be analysed at all.
func CheckInput(text string) error {
	if len(text) > MaxInputBytes {
		return &InputError{Kind: ErrTooLong, Message: "This text is too long to analyse: Parley reads reports up to 10 MB."}
	}
	if strings.TrimSpace(text) == "" {
		return &InputError{Kind: ErrEmpty, Message: "There is nothing to analyse yet: paste a news report."}
	}
	bad, ctl, n := 0, 0, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' {
			ctl++
		}
		n++
		i += size
	}
	if n > 0 && (bad+ctl)*10 > n {
		return &InputError{Kind: ErrNotText, Message: "This does not look like text: it may be a binary file. Paste the words of a report."}
	}
	return nil
}
