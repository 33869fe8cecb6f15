package arabic

import (
	"bytes"
	"os"
	"testing"
)

const releasePath = "../testdata/releases/azerbaijan-2026-01-28.txt"

// benchInputs returns the example release and a 1 MB text built from it.
func benchInputs(b *testing.B) map[string][]byte {
	b.Helper()
	rel, err := os.ReadFile(releasePath)
	if err != nil {
		b.Fatalf("read %s: %v", releasePath, err)
	}
	big := bytes.Repeat(rel, (1<<20)/len(rel)+1)[:1<<20]
	// Cut back to a rune boundary.
	for len(big) > 0 && big[len(big)-1]&0xC0 == 0x80 {
		big = big[:len(big)-1]
	}
	if len(big) > 0 && big[len(big)-1] >= 0xC0 {
		big = big[:len(big)-1]
	}
	return map[string][]byte{"release": rel, "1MB": big}
}

var sink int

func BenchmarkDecodeRunesBaseline(b *testing.B) {
	for name, in := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			s := string(in)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for _, r := range s {
					n += int(r)
				}
				sink += n
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	for name, in := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				sink += len(Normalize(in).Norm)
			}
		})
	}
}

func BenchmarkFoldString(b *testing.B) {
	n := Default()
	for name, in := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			s := string(in)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				sink += len(n.FoldString(s))
			}
		})
	}
}

// BenchmarkNormalizeTokens is Normalize followed by the first call of
// Text.Tokens: what the tagger pays.
func BenchmarkNormalizeTokens(b *testing.B) {
	for name, in := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				sink += len(Normalize(in).Tokens())
			}
		})
	}
}

// BenchmarkNormalizeTokenList is BenchmarkNormalizeTokens with the
// compact tokens the tagger and the checker read.
func BenchmarkNormalizeTokenList(b *testing.B) {
	for name, in := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				sink += Normalize(in).TokenList().Len()
			}
		})
	}
}

// BenchmarkNameKeys keys every given name of the lexicon and 5,000 surname
// tokens: PhoneticKey, NameKey, NameSkeleton (into a buffer, as the
// checker calls them) and SameName of neighbours.
func BenchmarkNameKeys(b *testing.B) {
	words := listWords(b, "../entities/givennames.tsv")
	words = append(words, listWords(b, "../entities/nametokens.txt")[:5000]...)
	n := 0
	for _, w := range words {
		n += len(w)
	}
	var buf [64]byte
	for _, c := range []struct {
		name string
		key  func(w string) int
	}{
		{"phonetic", func(w string) int { return len(AppendPhoneticKey(buf[:0], w)) }},
		{"name", func(w string) int { return len(appendNameKey(buf[:0], w, false)) }},
		{"skeleton", func(w string) int { return len(appendNameKey(buf[:0], w, true)) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range words {
					sink += c.key(w)
				}
			}
		})
	}
	b.Run("same", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for i := 1; i < len(words); i++ {
				if SameName(words[i-1], words[i]) {
					sink++
				}
			}
		}
	})
}
