package cameo

// Most words the engine asks about are no verb of the dictionary. A
// keySet answers "surely not a key" from a word's length and three of its
// bytes, before any map is hashed (hashing strings is slow under
// js/wasm); a word it lets through is looked up as before.

// keySetBits is log2 of a keySet's bits.
const keySetBits = 16

// keySet is a set of bits, one per key's bucket: a key sets its bit, and
// a word whose bit is clear is no key.
type keySet [1 << keySetBits / 64]uint64

// keyBucket is the bit of a word: its length and its first, second and
// last bytes, mixed.
func keyBucket(n int, first, second, last byte) uint32 {
	h := uint32(n)
	if n > 0 {
		h = h*0x01000193 ^ uint32(first)
		h = h*0x01000193 ^ uint32(last)
	}
	if n > 1 {
		h = h*0x01000193 ^ uint32(second)
	}
	return h * 0x9E3779B1 >> (32 - keySetBits)
}

// bucketOf is the bucket of s.
func bucketOf(s string) uint32 {
	switch len(s) {
	case 0:
		return keyBucket(0, 0, 0, 0)
	case 1:
		return keyBucket(1, s[0], 0, s[0])
	}
	return keyBucket(len(s), s[0], s[1], s[len(s)-1])
}

func (k *keySet) add(s string) {
	b := bucketOf(s)
	k[b/64] |= 1 << (b % 64)
}

// has is false when s is surely not a key.
func (k *keySet) has(s string) bool {
	b := bucketOf(s)
	return k[b/64]&(1<<(b%64)) != 0
}

// hasBytes is has for a word spelled in bytes.
func (k *keySet) hasBytes(s []byte) bool {
	var b uint32
	switch len(s) {
	case 0:
		b = keyBucket(0, 0, 0, 0)
	case 1:
		b = keyBucket(1, s[0], 0, s[0])
	default:
		b = keyBucket(len(s), s[0], s[1], s[len(s)-1])
	}
	return k[b/64]&(1<<(b%64)) != 0
}

// synOf is the word's place in the synonym sets (zero when it has none).
func (d *dict) synOf(word string) synWord {
	if !d.synSet.has(word) {
		return synWord{}
	}
	return d.syn[word]
}
