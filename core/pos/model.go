package pos

import (
	"encoding/binary"
	"errors"
	"math/bits"
)

// The weights file (data/tagger.bin) is, after the magic "PPOS2":
//
//	uvarint bits     the weight table has 1<<bits buckets
//	uvarint used     buckets with at least one weight
//	uvarint entries  weights
//	used × uvarint   bucket numbers, each less the previous one (the first as is)
//	used × uvarint   the set of tags of each bucket's weights: bit k is tag maskOrder[k]
//	entries × varint the weights (zig-zag), bucket by bucket, in the order of the bits
//
// Streams of like values compress well, and the tags most often weighed
// take the low bits of the sets. The tag dictionary (data/tagdict.tsv) is
// "word TAB tag" lines.

const magic = "PPOS2"

// Limits of what a weights file may hold.
const (
	minBits    = 8
	maxBits    = 26
	maxWeight  = 1<<10 - 1
	entryShift = 5 // an entry is tag | weight<<entryShift
)

// maskOrder is the order of the tags in the tag sets of the weights file:
// the tags of most weights first.
var maskOrder = [NumTags]Tag{NOUN, ADJ, PROPN, ADV, ADP, VB, SCONJ, VBN, VBP, VBD, PRON, VBG, AUX, DET, VBZ,
	PART, NUM, X, INTJ, PUNCT, SYM, CCONJ}

// maskBit is the bit of each tag in a tag set.
var maskBit = func() (b [NumTags + 1]uint8) {
	for k, t := range maskOrder {
		b[t] = uint8(k)
	}
	return b
}()

// block is what the index knows of 64 buckets: which are used, and how
// many used buckets come before them.
type block struct {
	set  uint64
	rank uint32
}

// model is a decoded model: flat arrays only. A weight is an entry, tag |
// weight<<entryShift (never 0). The weights of the j-th used bucket are in
// slots[j]: up to four entries, from the low bits, when its low bits are
// not 0; else, with slotDense set, the slot is r<<16|slotDense and the
// weights are in dense[r]; else it is offset<<16 | count<<48 and the
// entries are over[offset:offset+count]. Most buckets need one memory
// access.
type model struct {
	shift uint    // 64 - bits: a feature's bucket is its hash >> shift
	index []block // per 64 buckets
	slots []uint64
	over  []uint16
	dense []lanes
	dict  dict
	bias  lanes            // zeroLanes with the weights of the bias feature
	tabs  [numTabs][]lanes // weights of the features that read tags alone (tagTables)
}

// Weights are the weights of a model, for cmd/train-tagger: Buckets
// ascending, each with its weights, Tags ascending.
type Weights struct {
	Bits    uint
	Buckets []Bucket
}

// Bucket is one bucket of the weight table with its non-zero weights.
type Bucket struct {
	Bucket  uint32
	Tags    []Tag
	Weights []int16
}

// MarshalBinary returns w in the format of data/tagger.bin. Tags out of
// range and weights beyond ±1023 are dropped or clamped.
func (w *Weights) MarshalBinary() []byte {
	type bucket struct {
		b    uint32
		mask uint32
		ws   [NumTags]int16 // by bit
	}
	var bs []bucket
	n := 0
	for _, b := range w.Buckets {
		x := bucket{b: b.Bucket}
		for k, t := range b.Tags {
			if t == 0 || t > NumTags || k >= len(b.Weights) || b.Weights[k] == 0 {
				continue
			}
			if x.mask&(1<<maskBit[t]) == 0 {
				n++
			}
			x.mask |= 1 << maskBit[t]
			x.ws[maskBit[t]] = min(max(b.Weights[k], -maxWeight), maxWeight)
		}
		if x.mask != 0 && (len(bs) == 0 || x.b > bs[len(bs)-1].b) {
			bs = append(bs, x)
		}
	}
	out := []byte(magic)
	out = binary.AppendUvarint(out, uint64(w.Bits))
	out = binary.AppendUvarint(out, uint64(len(bs)))
	out = binary.AppendUvarint(out, uint64(n))
	prev := uint32(0)
	for _, b := range bs {
		out = binary.AppendUvarint(out, uint64(b.b-prev))
		prev = b.b
	}
	for _, b := range bs {
		out = binary.AppendUvarint(out, uint64(b.mask))
	}
	for _, b := range bs {
		for k := range NumTags {
			if b.mask&(1<<k) != 0 {
				out = binary.AppendVarint(out, int64(b.ws[k]))
			}
		}
	}
	return out
}

var errModel = errors.New("pos: malformed model")

// reader reads varints from a byte slice, remembering the first error. It
// moves an index (not the slice) and reads a one-byte varint inline: the
// decoder reads about 300,000 of them at start-up.
type reader struct {
	b   []byte
	i   int
	err bool
}

func (r *reader) uvarint() uint64 {
	if r.i < len(r.b) && r.b[r.i] < 0x80 {
		v := r.b[r.i]
		r.i++
		return uint64(v)
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.err = true
		return 0
	}
	r.i += n
	return v
}

// varint reads a zig-zag varint, as binary.Varint does.
func (r *reader) varint() int64 {
	ux := r.uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// rest is the number of bytes not read.
func (r *reader) rest() int { return len(r.b) - r.i }

// decodeWeights reads a weights file into m.
func (m *model) decodeWeights(data []byte) error {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return errModel
	}
	r := reader{b: data[len(magic):]}
	nbits, used, n := r.uvarint(), r.uvarint(), r.uvarint()
	if r.err || nbits < minBits || nbits > maxBits || used > 1<<nbits || n > uint64(len(data)) || used > n {
		return errModel
	}
	m.shift = uint(64 - nbits)
	m.index = make([]block, (1<<nbits+63)/64)
	off := make([]uint32, used+1)
	ent := make([]uint16, n)
	bucket := uint64(0)
	for j := uint64(0); j < used; j++ {
		d := r.uvarint()
		if j > 0 && d == 0 {
			return errModel
		}
		bucket += d
		if bucket >= 1<<nbits {
			return errModel
		}
		m.index[bucket>>6].set |= 1 << (bucket & 63)
	}
	k := uint64(0)
	nDense, nOver := 0, 0 // rows and entries of buckets that take them
	for j := uint64(0); j < used; j++ {
		mask := r.uvarint()
		if mask == 0 || mask >= 1<<NumTags {
			return errModel
		}
		switch c := bits.OnesCount64(mask); {
		case c >= minDense:
			nDense++
		case c > 4:
			nOver += c
		}
		for ; mask != 0; mask &= mask - 1 {
			if k >= n {
				return errModel
			}
			ent[k] = uint16(maskOrder[bits.TrailingZeros64(mask)])
			k++
		}
		off[j+1] = uint32(k)
	}
	if r.err || k != n {
		return errModel
	}
	for k := range ent {
		v := r.varint()
		if v == 0 || v < -maxWeight || v > maxWeight {
			return errModel
		}
		ent[k] |= uint16(int16(v) << entryShift)
	}
	if r.err || r.rest() != 0 {
		return errModel
	}
	m.slots = make([]uint64, used)
	m.dense = make([]lanes, 0, nDense)
	m.over = make([]uint16, 0, nOver)
	for j := range m.slots {
		e := ent[off[j]:off[j+1]]
		if len(e) <= 4 {
			for i, x := range e {
				m.slots[j] |= uint64(x) << (16 * i)
			}
			continue
		}
		if len(e) >= minDense {
			m.slots[j] = uint64(len(m.dense))<<16 | slotDense
			var w [32]int32
			for _, x := range e {
				w[x&31] = int32(int16(x) >> entryShift)
			}
			m.dense = append(m.dense, row(&w))
			continue
		}
		m.slots[j] = uint64(len(m.over))<<16 | uint64(len(e))<<48
		m.over = append(m.over, e...)
	}
	rank := uint64(0)
	for k := range m.index {
		m.index[k].rank = uint32(rank)
		rank += uint64(bits.OnesCount64(m.index[k].set))
	}
	return nil
}
