// Package wordset is a fixed set of words, each with an index, built once
// and then probed for every token of every text: an open-addressing hash
// table behind a blocked Bloom filter. Most tokens are in no set, and the
// filter, small enough to stay in cache, answers them with one memory
// access (two bits of one 64-bit word); a word that passes is looked up in
// a table at most half full, with 8-byte slots that hold a part of the
// hash, so that a probe rarely compares words.
//
// A Set is immutable once built and safe for concurrent use. It holds the
// words in one string; the values that go with them are the caller's, in a
// slice indexed by Index.
package wordset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math/bits"
)

// Set is a fixed set of distinct words; the i-th word given to New has
// index i.
type Set struct {
	// filter is a blocked Bloom filter: each word sets two bits of the
	// filter word its hash selects.
	filter []uint64
	// slots hold, for a word, hash>>tagShift<<tagShift | n<<32 | start,
	// with its bytes at words[start:start+n] (n is maxSlotLen for a word
	// of maxSlotLen bytes or more, whose length ends gives); 0 is empty.
	// A probe compares the word where the slot says, without reading
	// ends, and reads the word's index from the 4 bytes before it.
	slots []uint64
	mask  uint64
	// word i is words[starts[i]:ends[i]], after its index (4 bytes,
	// little-endian).
	words  string
	starts []uint32
	ends   []uint32
	// seed makes the hash of one process's sets differ from another's.
	seed uint64
}

// tagShift is where a slot's part of the hash starts: the bits above it
// are the hash's, the 8 bits below it the word's length.
const tagShift = 40

// maxSlotLen is the slot's length of a word of that many bytes or more.
const maxSlotLen = 0xFF

// ErrDuplicate is returned by New for a word given twice.
var ErrDuplicate = errors.New("wordset: duplicate word")

// ErrTooLarge is returned by New when the words do not fit in the set's
// 32-bit offsets.
var ErrTooLarge = errors.New("wordset: words too large")

// New builds the set of words, word i with index i. filterBitsPerWord
// sizes the Bloom filter (at least that many bits per word, rounded up to
// a power of two; at least 1,024 bits): 12 to 16 keep false positives
// around 2% to 5%.
func New(words []string, filterBitsPerWord int) (*Set, error) {
	total := 0
	for _, w := range words {
		total += len(w)
	}
	if total > 1<<31 || len(words) > 1<<29 {
		return nil, fmt.Errorf("%w: %d words, %d bytes", ErrTooLarge, len(words), total)
	}
	size := 64
	for size < 2*len(words) {
		size *= 2
	}
	filterBits := 1 << 10
	for filterBits < max(1, filterBitsPerWord)*len(words) {
		filterBits <<= 1
	}
	s := &Set{
		filter: make([]uint64, filterBits/64),
		slots:  make([]uint64, size),
		mask:   uint64(size - 1),
		starts: make([]uint32, 0, len(words)),
		ends:   make([]uint32, 0, len(words)),
		seed:   maphash.Comparable(maphash.MakeSeed(), 0),
	}
	// Each word is stored after its index, so that a probe that finds it
	// reads the index from the same cache line.
	b := make([]byte, 0, total+4*len(words))
	for i, w := range words {
		b = binary.LittleEndian.AppendUint32(b, uint32(i))
		s.starts = append(s.starts, uint32(len(b)))
		b = append(b, w...)
		s.ends = append(s.ends, uint32(len(b)))
	}
	s.words = string(b)
	for i, w := range words {
		h := s.hash(w)
		if s.probe(w, h) >= 0 {
			return nil, fmt.Errorf("%w: %q", ErrDuplicate, w)
		}
		j := h & s.mask
		for s.slots[j] != 0 {
			j = (j + 1) & s.mask
		}
		s.slots[j] = h>>tagShift<<tagShift | uint64(min(len(w), maxSlotLen))<<32 | uint64(s.starts[i])
		wi, bb := s.filterBits(h)
		s.filter[wi] |= bb
	}
	return s, nil
}

// filterBits returns the filter word of a hash and its two bits there.
func (s *Set) filterBits(h uint64) (int, uint64) {
	return int((h >> 32) & uint64(len(s.filter)-1)), 1<<(h&63) | 1<<((h>>6)&63)
}

// probe returns the index of w (h is its hash), or -1, without the filter.
func (s *Set) probe(w string, h uint64) int {
	tag := h >> tagShift
	n := uint64(min(len(w), maxSlotLen))
	for j := h & s.mask; ; j = (j + 1) & s.mask {
		slot := s.slots[j]
		if slot == 0 {
			return -1
		}
		if slot>>tagShift != tag || (slot>>32)&maxSlotLen != n {
			continue
		}
		start := uint32(slot)
		i := int(load32(s.words, int(start)-4))
		if n < maxSlotLen {
			if s.words[start:start+uint32(n)] == w {
				return i
			}
		} else if s.word(i) == w {
			return i
		}
	}
}

// Index returns the index of w in the set, or -1 when w is not in it.
func (s *Set) Index(w string) int {
	h := s.hash(w)
	if wi, bb := s.filterBits(h); s.filter[wi]&bb != bb {
		return -1
	}
	return s.probe(w, h)
}

// The multipliers of wyhash (public domain), whose mixing hash uses.
const (
	wyp0 = 0xa0761d6478bd642f
	wyp1 = 0xe7037ed1a0b428db
)

// hash is the set's hash of w: wyhash's reading of the bytes and final
// mix, written out so that a word of a text (a few bytes, most often 8 to
// 16) is hashed without the calls of hash/maphash. Every bit of it is
// used: the low bits choose the slot, the high bits are kept in the slot
// and choose the filter word, six bits each choose the filter's two bits.
func (s *Set) hash(w string) uint64 {
	n := len(w)
	seed := s.seed ^ wyp0
	var a, b uint64
	switch {
	case n == 0:
	case n < 4:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	case n <= 8:
		a, b = load32(w, 0), load32(w, n-4)
	case n <= 16:
		a, b = load64(w, 0), load64(w, n-8)
	default:
		for i := 0; n-i > 16; i += 16 {
			seed = mix(load64(w, i)^wyp1, load64(w, i+8)^seed)
		}
		a, b = load64(w, n-16), load64(w, n-8)
	}
	return mix(wyp1^uint64(n), mix(a^wyp1, b^seed))
}

// mix is wyhash's multiply-and-fold.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// load64 reads the 8 bytes of s at i, little-endian.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the 4 bytes of s at i, little-endian.
func load32(s string, i int) uint64 {
	s = s[i : i+4]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// Len is the number of words.
func (s *Set) Len() int { return len(s.starts) }

// Word returns the word of index i (0 <= i < Len).
func (s *Set) Word(i int) string { return s.word(i) }

func (s *Set) word(i int) string { return s.words[s.starts[i]:s.ends[i]] }

// Stats describes a set's memory: the filter's and the table's sizes in
// bytes, the share of filter bits set, and the longest probe sequence.
type Stats struct {
	FilterBytes, TableBytes int
	FilterFill              float64
	MaxProbe                int
}

// Stats measures the set (for tests and benchmarks).
func (s *Set) Stats() Stats {
	set := 0
	for _, w := range s.filter {
		set += bits.OnesCount64(w)
	}
	maxProbe := 0
	for i := range s.ends {
		h := s.hash(s.word(i))
		n := 1
		for j := h & s.mask; s.slots[j]&0xFFFFFFFF != uint64(s.starts[i]); j = (j + 1) & s.mask {
			n++
		}
		maxProbe = max(maxProbe, n)
	}
	return Stats{FilterBytes: 8 * len(s.filter), TableBytes: 8 * len(s.slots),
		FilterFill: float64(set) / float64(64*len(s.filter)), MaxProbe: maxProbe}
}
