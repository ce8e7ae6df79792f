package pos

import "math/bits"

// Scoring: the weights of a word's features are added up into the
// scores of its tags, kept as 16-bit lanes, four to a uint64: lane t holds
// tag t's score plus zeroLane. A weight is at most maxWeight in magnitude
// and a word sums at most maxSummed weights per tag, so no lane ever
// leaves [0, 1<<16): adding a row of signed lanes as one integer is then
// exact, lane by lane, and lanes compare as the scores do.
//
// Most buckets hold a few sparse weights in their slot; buckets with many
// weights, and the tables of the features that read tags alone, are dense
// rows, added four tags at a time.

// lanes are the scores of the tags of a word (or a row of weights).
// (Lanes for tags 0 and 23..31 are never set; eight words make a cache
// line and take indexes without bounds checks.)
type lanes [8]uint64

const (
	zeroLane  = 1 << 15
	minDense  = 8 // buckets with this many weights or more are dense rows
	slotDense = 1 << 5
	// maxSummed bounds the weights added up for one tag of one word: the
	// bias, the features that read words alone, five of tags alone (in
	// the tables) and two of tags and the word.
	maxSummed = 1 + maxStatic + 5 + maxWordTagged
)

// Lanes must not overflow.
var _ = [1]struct{}{}[maxSummed*maxWeight/zeroLane]

// zeroLanes is every score 0.
var zeroLanes = func() (l lanes) {
	for k := range l {
		l[k] = zeroLane * 0x0001_0001_0001_0001
	}
	return l
}()

// addWeight adds w to the score of tag t (t < 32).
func (l *lanes) addWeight(t uint16, w int16) {
	l[(t>>2)&7] += uint64(int64(w) << (16 * (t & 3)))
}

// addRow adds a row of weights made by row.
func (l *lanes) addRow(r *lanes) {
	l[0] += r[0]
	l[1] += r[1]
	l[2] += r[2]
	l[3] += r[3]
	l[4] += r[4]
	l[5] += r[5]
}

// row makes a row of weights (w[t] for tag t) to add with addRow.
func row(w *[32]int32) lanes {
	var r lanes
	for t := range NumTags + 1 {
		r[t/4] += uint64(int64(w[t]) << (16 * (t % 4)))
	}
	return r
}

// weightRow is the row of the weights of one bucket, as row makes it
// (the scores less zeroLanes, lane by lane, as one integer per word).
func (m *model) weightRow(b uint32) lanes {
	l := zeroLanes
	m.add(&l, []uint32{b})
	for k := range l {
		l[k] -= zeroLanes[k]
	}
	return l
}

// plus is l with the row r added.
func (l lanes) plus(r lanes) lanes {
	l.addRow(&r)
	return l
}

// score returns the score of tag t.
func (l *lanes) score(t Tag) int32 {
	return int32(l[(t>>2)&7]>>(16*(t&3))&0xffff) - zeroLane
}

// best returns the tag of highest score (the first of equal ones) among
// the tags of set (all when set is 0).
func (l *lanes) best(set uint32) Tag {
	if set != 0 && set != allTags {
		best := Tag(0)
		for t := Tag(1); t <= NumTags; t++ {
			if set&(1<<t) != 0 && (best == 0 || l.score(t) > l.score(best)) {
				best = t
			}
		}
		if best == 0 {
			best = NOUN
		}
		return best
	}
	x := l[0]
	best, max := uint(1), x>>16&0xffff
	if v := x >> 32 & 0xffff; v > max {
		best, max = 2, v
	}
	if v := x >> 48; v > max {
		best, max = 3, v
	}
	for w := 1; w < 5; w++ {
		x, t := l[w], uint(4*w)
		if v := x & 0xffff; v > max {
			best, max = t, v
		}
		if v := x >> 16 & 0xffff; v > max {
			best, max = t+1, v
		}
		if v := x >> 32 & 0xffff; v > max {
			best, max = t+2, v
		}
		if v := x >> 48; v > max {
			best, max = t+3, v
		}
	}
	x = l[5]
	if v := x & 0xffff; v > max {
		best, max = 20, v
	}
	if v := x >> 16 & 0xffff; v > max {
		best, max = 21, v
	}
	if v := x >> 32 & 0xffff; v > max {
		best = 22
	}
	return Tag(best)
}

// add adds the weights of the features' buckets to l. It reads the index
// for every bucket, then the slots: memory accesses that do not wait for
// one another.
func (m *model) add(l *lanes, feats []uint32) {
	var js [maxStatic + maxWordTagged + 1]uint32
	if len(feats) > len(js) {
		feats = feats[:len(js)]
	}
	n := 0
	for _, b := range feats {
		if int(b>>6) >= len(m.index) {
			continue
		}
		blk := &m.index[b>>6]
		bit := uint64(1) << (b & 63)
		js[n] = blk.rank + uint32(bits.OnesCount64(blk.set&(bit-1)))
		if blk.set&bit != 0 {
			n++
		}
	}
	for _, j := range js[:n] {
		if int(j) >= len(m.slots) {
			continue
		}
		x := m.slots[j]
		switch {
		case x&31 != 0:
			for ; x != 0; x >>= 16 {
				l.addWeight(uint16(x&31), int16(x)>>entryShift)
			}
		case x&slotDense != 0:
			if r := int(x >> 16); r < len(m.dense) {
				l.addRow(&m.dense[r])
			}
		default:
			lo, hi := int(x>>16&0xffffffff), int(x>>16&0xffffffff)+int(x>>48)
			if hi <= len(m.over) {
				for _, e := range m.over[lo:hi] {
					l.addWeight(e&31, int16(e)>>entryShift)
				}
			}
		}
	}
}

// sum returns the sums of the weights of the features' buckets (w[t] for
// tag t).
func (m *model) sum(feats []uint32) (w [32]int32) {
	l := zeroLanes
	m.add(&l, feats)
	for t := Tag(1); t <= NumTags; t++ {
		w[t] = l.score(t)
	}
	return w
}

// Best returns the tag of highest score (the first of equal ones) among
// the tags of set (all when set is 0): scores[t] is the score of tag t.
func Best[S int32 | float64](scores *[32]S, set uint32) Tag {
	best := Tag(0)
	for t := Tag(1); t <= NumTags; t++ {
		if (set == 0 || set&(1<<t) != 0) && (best == 0 || scores[t] > scores[best]) {
			best = t
		}
	}
	if best == 0 {
		best = NOUN
	}
	return best
}

// allTags is the set of every tag.
const allTags = (1<<(NumTags+1) - 1) &^ 1

// Only returns the tag of a set of one tag, or 0.
func Only(set uint32) Tag {
	if set == 0 || set&(set-1) != 0 {
		return 0
	}
	return Tag(bits.TrailingZeros32(set))
}
