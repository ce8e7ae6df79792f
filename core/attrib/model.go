package attrib

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
)

// Model scores cue candidates: a linear model over hashed features (the
// hashing trick: a feature's weight is the weight of its bucket, and the
// model was trained with the same buckets), quantised to int8. Nouns are
// the lemmas of nouns and adjectives that are candidates (a verb of any
// lemma is one).
type Model struct {
	w         []int8
	mask      uint64
	scale     float32 // weight = w * scale
	Threshold float32 // a candidate scoring above it is a cue
	Nouns     map[string]bool
	// NoSource are the lemmas of cues that name no source in most of
	// their train attributions: the subject is part of what is attributed
	// ("the talks seem to have stalled").
	NoSource map[string]bool
}

// Bucket returns the bucket of a feature hash in a table of 1<<bits.
func Bucket(h uint64, bits uint) uint64 { return (h * 0x9E3779B97F4A7C15) >> (64 - bits) }

// Score returns the candidate's score.
func (m *Model) Score(f *Features) float32 {
	var s int32
	if len(m.w) == 0 {
		return 0
	}
	bits := uint(64 - leadingZeros(m.mask))
	for _, h := range f.H {
		s += int32(m.w[Bucket(h, bits)])
	}
	return float32(s) * m.scale
}

func leadingZeros(x uint64) int {
	n := 0
	for b := uint64(1) << 63; b != 0 && x&b == 0; b >>= 1 {
		n++
	}
	return n
}

// model file layout (little endian):
//
//	"PCUE" version(2) bits(1) scale(f32) threshold(f32)
//	nouns: count(uvarint) then each: len(uvarint) bytes
//	no-source lemmas: the same
//	the 1<<bits int8 weights
const modelMagic = "PCUE"

// Encode writes a model: weights by bucket (a table of 1<<bits), the
// nominal cue lemmas and the threshold, deterministically.
func Encode(weights []float64, bits uint, nouns, noSource []string, threshold float64) []byte {
	maxAbs := 0.0
	for _, w := range weights {
		maxAbs = math.Max(maxAbs, math.Abs(w))
	}
	scale := maxAbs / 127
	if scale == 0 {
		scale = 1
	}
	out := []byte(modelMagic)
	out = append(out, 3, byte(bits))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(scale)))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(threshold)))
	for _, list := range [][]string{nouns, noSource} {
		ns := append([]string(nil), list...)
		sort.Strings(ns)
		out = binary.AppendUvarint(out, uint64(len(ns)))
		for _, n := range ns {
			out = binary.AppendUvarint(out, uint64(len(n)))
			out = append(out, n...)
		}
	}
	for i := 0; i < 1<<bits; i++ {
		v := 0.0
		if i < len(weights) {
			v = math.Round(weights[i] / scale)
		}
		out = append(out, byte(int8(max(-127, min(127, v)))))
	}
	return out
}

var errModel = errors.New("attrib: bad cue model")

// Decode reads a model file.
func Decode(b []byte) (*Model, error) {
	if len(b) < 14 || string(b[:4]) != modelMagic || b[4] != 3 || b[5] < 8 || b[5] > 24 {
		return nil, errModel
	}
	bits := uint(b[5])
	m := &Model{Nouns: map[string]bool{}, NoSource: map[string]bool{}, mask: 1<<bits - 1}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(b[6:]))
	m.Threshold = math.Float32frombits(binary.LittleEndian.Uint32(b[10:]))
	b = b[14:]
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	for _, set := range []map[string]bool{m.Nouns, m.NoSource} {
		nn, ok := next()
		if !ok || nn > uint64(len(b)) {
			return nil, errModel
		}
		for ; nn > 0; nn-- {
			l, ok := next()
			if !ok || l > uint64(len(b)) {
				return nil, errModel
			}
			set[string(b[:l])] = true
			b = b[l:]
		}
	}
	if len(b) != 1<<bits {
		return nil, errModel
	}
	m.w = make([]int8, 1<<bits)
	for i, c := range b {
		m.w[i] = int8(c)
	}
	return m, nil
}
