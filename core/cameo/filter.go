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
func keyBucket[T string | []byte](s T) uint32 {
	h := uint32(len(s))
	if len(s) > 0 {
		h = h*0x01000193 ^ uint32(s[0])
		h = h*0x01000193 ^ uint32(s[len(s)-1])
	}
	if len(s) > 1 {
		h = h*0x01000193 ^ uint32(s[1])
	}
	return h * 0x9E3779B1 >> (32 - keySetBits)
}

func (k *keySet) add(s string) {
	b := keyBucket(s)
	k[b/64] |= 1 << (b % 64)
}

// mayHave is false when s is surely not a key.
func mayHave[T string | []byte](k *keySet, s T) bool {
	b := keyBucket(s)
	return k[b/64]&(1<<(b%64)) != 0
}

// synOf is the word's place in the synonym sets (zero when it has none).
func (d *dict) synOf(word string) synWord {
	if !mayHave(&d.synSet, word) {
		return synWord{}
	}
	return d.syn[word]
}
