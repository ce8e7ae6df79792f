package pos

import (
	"strings"

	"parley/core/tsv"
)

// dict is the tag dictionary: for words seen often in training, the tags
// they may have (bit t of a set is tag t). A word with one tag is given
// it without scoring; a word with more is given the best of its tags. It
// is an open-addressing table of the words' hashes (hashWord, case kept).
type dict struct {
	keys []uint64 // 0 is an empty slot
	sets []uint32
	mask uint64
}

// decode reads "word TAB tag,tag..." lines, cut by IndexByte (under
// js/wasm, cheaper at start-up than an iterator: see decodeWeights).
func (d *dict) decode(text string) error {
	n := tsv.Count(text, '\n') + 1
	size := 16
	for size < 2*n {
		size *= 2
	}
	d.keys = make([]uint64, size)
	d.sets = make([]uint32, size)
	d.mask = uint64(size - 1)
	for s, more := text, true; more; {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			more = false
		}
		if line == "" || line[0] == '#' {
			continue
		}
		word, names, ok := strings.Cut(line, "\t")
		set := uint32(0)
		for {
			name := names
			i := strings.IndexByte(names, ',')
			if i >= 0 {
				name, names = names[:i], names[i+1:]
			}
			tag := ParseTag(name)
			if tag == 0 {
				return errModel
			}
			set |= 1 << tag
			if i < 0 {
				break
			}
		}
		if !ok || word == "" {
			return errModel
		}
		d.put(hashWord(word, false), set)
	}
	return nil
}

func (d *dict) put(key uint64, set uint32) {
	if key == 0 {
		key = 1
	}
	for i := key & d.mask; ; i = (i + 1) & d.mask {
		if d.keys[i] == 0 || d.keys[i] == key {
			d.keys[i], d.sets[i] = key, set
			return
		}
	}
}

// get returns the tag set of the word whose hash is key, or 0.
func (d *dict) get(key uint64) uint32 {
	if len(d.keys) == 0 {
		return 0
	}
	if key == 0 {
		key = 1
	}
	for i := key & d.mask; ; i = (i + 1) & d.mask {
		switch d.keys[i] {
		case key:
			return d.sets[i]
		case 0:
			return 0
		}
	}
}
