package wordset

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIndex(t *testing.T) {
	words := []string{"الجانب", "والجانب", "للجانب", "نظيره", "", "a", "الصين الشعبية"}
	s, err := New(words, 16)
	require.NoError(t, err)
	require.Equal(t, len(words), s.Len())
	for i, w := range words {
		assert.Equal(t, i, s.Index(w), "%q is in the set", w)
		assert.Equal(t, w, s.Word(i))
	}
	for _, w := range []string{"جانب", "الجانبين", "لالجانب", "A", " ", "الصين", "نظير", "نظيرهه", "\x00"} {
		assert.Equal(t, -1, s.Index(w), "%q is not in the set", w)
	}
}

// TestLongWords: words of 255 bytes and more (whose slots do not hold
// their length) are found, and words of their lengths that differ are not.
func TestLongWords(t *testing.T) {
	long := func(n int, c byte) string { return strings.Repeat(string(c), n) }
	words := []string{long(254, 'a'), long(255, 'a'), long(256, 'a'), long(300, 'b'), "x"}
	s, err := New(words, 16)
	require.NoError(t, err)
	for i, w := range words {
		assert.Equal(t, i, s.Index(w), "%d bytes", len(w))
		assert.Equal(t, w, s.Word(i))
	}
	for _, w := range []string{long(257, 'a'), long(255, 'b'), long(300, 'a'), long(299, 'b') + "c", long(1000, 'a')} {
		assert.Equal(t, -1, s.Index(w), "%d bytes", len(w))
	}
}

func TestEmpty(t *testing.T) {
	s, err := New(nil, 16)
	require.NoError(t, err)
	require.Zero(t, s.Len())
	require.Equal(t, -1, s.Index(""))
	require.Equal(t, -1, s.Index("x"))
}

func TestDuplicate(t *testing.T) {
	_, err := New([]string{"أ", "ب", "أ"}, 16)
	require.ErrorIs(t, err, ErrDuplicate)
	require.Contains(t, err.Error(), `"أ"`)
	_, err = New([]string{"", ""}, 16)
	require.ErrorIs(t, err, ErrDuplicate)
}

// TestAgainstMap: a large random set answers as a map does, for members and
// for near misses (one byte changed, one dropped), and keeps its table at
// most half full and its filter sparse.
func TestAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[string]int{}
	var words []string
	for len(words) < 20000 {
		w := randomWord(rng)
		if _, dup := want[w]; !dup {
			want[w] = len(words)
			words = append(words, w)
		}
	}
	s, err := New(words, 16)
	require.NoError(t, err)
	for w, i := range want {
		require.Equal(t, i, s.Index(w))
		b := []byte(w)
		b[rng.IntN(len(b))] ^= 1
		if j, ok := want[string(b)]; ok {
			require.Equal(t, j, s.Index(string(b)))
		} else {
			require.Equal(t, -1, s.Index(string(b)))
		}
		if _, ok := want[w[1:]]; !ok {
			require.Equal(t, -1, s.Index(w[1:]))
		}
	}
	st := s.Stats()
	require.LessOrEqual(t, 2*len(words), st.TableBytes/8, "table at most half full")
	require.GreaterOrEqual(t, st.FilterBytes*8, 16*len(words))
	require.Less(t, st.FilterFill, 0.15)
	require.Less(t, st.MaxProbe, 64)
}

// TestFalsePositives: the filter lets few absent words through to the
// table.
func TestFalsePositives(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var words []string
	seen := map[string]bool{}
	for len(words) < 10000 {
		if w := randomWord(rng); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	s, err := New(words, 12)
	require.NoError(t, err)
	pass, n := 0, 0
	for n < 100000 {
		w := randomWord(rng)
		if seen[w] {
			continue
		}
		n++
		h := hashOf(s, w)
		if wi, bb := s.filterBits(h); s.filter[wi]&bb == bb {
			pass++
		}
	}
	require.Less(t, float64(pass)/float64(n), 0.05, "%d of %d absent words pass the filter", pass, n)
}

func randomWord(rng *rand.Rand) string {
	const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
	rs := []rune(letters)
	var b strings.Builder
	for range 2 + rng.IntN(9) {
		b.WriteRune(rs[rng.IntN(len(rs))])
	}
	return b.String()
}

func FuzzIndex(f *testing.F) {
	f.Add("الجانب والجانب للجانب", "لالجانب")
	f.Add("a b c", "")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, list, probe string) {
		seen := map[string]int{}
		var words []string
		for _, w := range strings.Split(list, " ") {
			if _, dup := seen[w]; !dup {
				seen[w] = len(words)
				words = append(words, w)
			}
		}
		s, err := New(words, 16)
		if err != nil {
			t.Fatal(err)
		}
		for w, i := range seen {
			if got := s.Index(w); got != i {
				t.Fatalf("Index(%q) = %d, want %d", w, got, i)
			}
		}
		want, ok := seen[probe]
		if !ok {
			want = -1
		}
		if got := s.Index(probe); got != want {
			t.Fatalf("Index(%q) = %d, want %d", probe, got, want)
		}
	})
}

// BenchmarkIndex probes a set of 9,000 words (the size of the checker's
// class words) with a stream in which one word in eight is a member, as in
// running text.
func BenchmarkIndex(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	seen := map[string]bool{}
	var words []string
	for len(words) < 9000 {
		if w := randomWord(rng); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	s, err := New(words, 12)
	require.NoError(b, err)
	probes := make([]string, 4096)
	size := 0
	for i := range probes {
		if i%8 == 0 {
			probes[i] = words[rng.IntN(len(words))]
		} else {
			probes[i] = randomWord(rng)
		}
		size += len(probes[i])
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		for _, p := range probes {
			if s.Index(p) >= 0 {
				found++
			}
		}
	}
	if found == 0 {
		b.Fatal("no member found")
	}
}

func hashOf(s *Set, w string) uint64 { return s.hash(w) }
