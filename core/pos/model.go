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

// maskTag is maskOrder in a table of 32: the tag of each bit of a tag set.
var maskTag = func() (t [32]Tag) {
	copy(t[:], maskOrder[:])
	return t
}()

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
// moves an index (not the slice), and a one-byte varint takes an inlined
// path: the decoder reads about 160,000 of them at start-up.
type reader struct {
	b   []byte
	i   int
	err bool
}

func (r *reader) uvarint() uint64 {
	if r.i < len(r.b) && r.b[r.i] < 0x80 {
		r.i++
		return uint64(r.b[r.i-1])
	}
	return r.longUvarint()
}

func (r *reader) longUvarint() uint64 {
	if i := r.i; i+1 < len(r.b) && r.b[i+1] < 0x80 { // two bytes
		r.i = i + 2
		return uint64(r.b[i]&0x7f) | uint64(r.b[i+1])<<7
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.err = true
		return 0
	}
	r.i += n
	return v
}

// uvarints reads len(dst) varints into dst; a value too large for a
// uint32 is an error.
func (r *reader) uvarints(dst []uint32) {
	b, i := r.b, r.i
	for k := range dst {
		if i < len(b) && b[i] < 0x80 {
			dst[k] = uint32(b[i])
			i++
			continue
		}
		r.i = i
		v := r.longUvarint()
		if v > 1<<32-1 {
			r.err = true
		}
		dst[k], i = uint32(v), r.i
	}
	r.i = i
}

// rest is the number of bytes not read.
func (r *reader) rest() int { return len(r.b) - r.i }

// decodeWeights reads a weights file into m.
func (m *model) decodeWeights(data []byte) error {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return errModel
	}
	r := reader{b: data, i: len(magic)}
	nbits, used, n := r.uvarint(), r.uvarint(), r.uvarint()
	if r.err || nbits < minBits || nbits > maxBits || used > 1<<nbits || n > uint64(len(data)) || used > n {
		return errModel
	}
	m.shift = uint(64 - nbits)
	m.index = make([]block, (1<<nbits+63)/64)
	masks := make([]uint32, used) // the buckets' steps first, then their tag sets
	r.uvarints(masks)
	bucket := uint64(0)
	for j, d32 := range masks {
		d := uint64(d32)
		if j > 0 && d == 0 || r.err {
			return errModel
		}
		bucket += d
		if bucket >= 1<<nbits {
			return errModel
		}
		m.index[bucket>>6].set |= 1 << (bucket & 63)
	}
	r.uvarints(masks)
	k := uint64(0)
	nDense, nOver := 0, 0 // rows and entries of buckets that take them
	for _, mask := range masks {
		if mask == 0 || mask >= 1<<NumTags {
			return errModel
		}
		c := bits.OnesCount32(mask)
		if k += uint64(c); k > n {
			return errModel
		}
		switch {
		case c >= minDense:
			nDense++
		case c > 4:
			nOver += c
		}
	}
	if r.err || k != n {
		return errModel
	}
	m.slots = make([]uint64, used)
	m.dense = make([]lanes, 0, nDense)
	m.over = make([]uint16, 0, nOver)
	// The loop below runs once per weight (160,000 times), at start-up:
	// under js/wasm, in the browser's baseline tier, which compiles each
	// operation as it stands. So it does little per weight: tables of 32
	// (no bounds checks), a bucket of up to four weights packed as it is
	// read (no call), a varint of one byte read inline.
	var e [32]uint16 // a bucket's entries
	b, i := r.b, r.i // in locals: under js/wasm, fields of r are memory loads and stores
	for j, mask := range masks {
		c := uint(0)
		var x uint64 // the entries packed, while they fit a slot
		for ; mask != 0; mask &= mask - 1 {
			var ux uint64 // r.uvarint(), its one-byte path inlined by hand
			if i < len(b) && b[i] < 0x80 {
				ux, i = uint64(b[i]), i+1
			} else {
				r.i = i
				ux = r.longUvarint()
				i = r.i
			}
			v := int64(ux >> 1) // zig-zag, as varint
			if ux&1 != 0 {
				v = ^v
			}
			if uint64(v+maxWeight) > 2*maxWeight || v == 0 {
				return errModel
			}
			en := uint16(maskTag[bits.TrailingZeros32(mask)&31]) | uint16(int16(v)<<entryShift)
			e[c&31] = en
			x |= uint64(en) << (16 * (c & 3))
			c++
		}
		if c <= 4 {
			m.slots[j] = x
		} else {
			m.slots[j] = m.slot(e[:c])
		}
	}
	r.i = i
	if r.err || r.rest() != 0 {
		return errModel
	}
	rank := uint64(0)
	for k := range m.index {
		m.index[k].rank = uint32(rank)
		rank += uint64(bits.OnesCount64(m.index[k].set))
	}
	return nil
}

// slot is the slot of a bucket's entries (see model), filling m.dense or
// m.over when they do not fit in it.
func (m *model) slot(e []uint16) uint64 {
	switch {
	case len(e) <= 4:
		var x uint64
		for i, v := range e {
			x |= uint64(v) << (16 * i)
		}
		return x
	case len(e) >= minDense:
		var w [32]int32
		for _, v := range e {
			w[v&31] = int32(int16(v) >> entryShift)
		}
		m.dense = append(m.dense, row(&w))
		return uint64(len(m.dense)-1)<<16 | slotDense
	}
	m.over = append(m.over, e...)
	return uint64(len(m.over)-len(e))<<16 | uint64(len(e))<<48
}
