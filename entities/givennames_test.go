package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGivenNamesFilter: names are in the lexicon; titles, months,
// honorifics, name particles and words with a proclitic are not.
func TestGivenNamesFilter(t *testing.T) {
	l := DefaultGivenNames()
	require.Greater(t, l.Len(), 2000)
	names := []string{"محمد", "علي", "أحمد", "جون", "بسام", "وليد", "لويس", "فلاديمير", "سيرجي", "أنطونيو", "إيمانويل", "فاطمة"}
	for _, w := range names {
		_, ok := l.Lookup(w)
		assert.True(t, ok, "%s is a given name", w)
	}
	never := []string{
		"الشهر", "شهر", // the month
		"والملك", "للملك", "الملك", "ملك", "أمير", "الأمير", "رئيس", "وزير", "شيخ", "سلطان", "إمام", "أمين", // titles
		"السيد", "سيد", "معالي", "فخامة", "سمو", "جلالة", // honorifics
		"يناير", "أيار", "حزيران", "مايو", "أغسطس", // months
		"عبد", "أبو", "بن", "آل", // name particles
		"بجون", "لجون", "وجون", // a name with a proclitic
		"في", "الذي", "هذا", // function words (على folds to the name علي)
	}
	for _, w := range never {
		_, ok := l.Lookup(w)
		assert.False(t, ok, "%s is not a given name", w)
	}
}

// TestGivenNamesLookupNormalized: on a token of normalised text,
// LookupNormalized answers as Lookup does, for names written with the
// letters the fold changes (أ, ى, ة, harakat) and for words that are no
// names; on raw text it is no substitute (أحمد is only found folded).
func TestGivenNamesLookupNormalized(t *testing.T) {
	l := DefaultGivenNames()
	n := defaultNormalizer()
	text := "أحمد، إيمانويل ومصطفى فاطمة عَلِيّ جون الشهر والملك في بجون سيرغي"
	norm := n.Normalize([]byte(text))
	found := 0
	for i := range norm.Tokens() {
		w := norm.TokenText(i)
		want, wantOK := l.Lookup(w)
		got, ok := l.LookupNormalized(w)
		assert.Equal(t, wantOK, ok, w)
		assert.Equal(t, want, got, w)
		if ok {
			found++
		}
	}
	assert.GreaterOrEqual(t, found, 5, "names found in %q", norm.Norm)
	_, ok := l.LookupNormalized("أحمد")
	assert.False(t, ok, "raw text must be folded first")
}

func TestGivenNamesCommonWord(t *testing.T) {
	l := DefaultGivenNames()
	for _, w := range []string{"جمال", "بندر", "نور"} {
		info, ok := l.Lookup(w)
		require.True(t, ok, w)
		assert.True(t, info.CommonWord, "%s is also a common word", w)
	}
	for _, w := range []string{"لويس", "فلاديمير"} {
		info, ok := l.Lookup(w)
		require.True(t, ok, w)
		assert.False(t, info.CommonWord, "%s is only a name", w)
	}
	info, _ := l.Lookup("جون")
	assert.True(t, info.Foreign)
	assert.Greater(t, info.People, 100)
}

func TestLoadGivenNamesErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"fields", "محمد\tar\t0\n", "x.tsv:1"},
		{"origin", "محمد\tlatin\t0\t\n", "origin"},
		{"people", "# c\nمحمد\tar\tmany\t\n", "x.tsv:2"},
		{"flag", "محمد\tar\t0\tname\n", "flag"},
		{"two words", "عبد الله\tar\t0\t\n", "one word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadGivenNames(strings.NewReader(tt.in), "x.tsv")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	l, err := LoadGivenNames(strings.NewReader("# names\nمُحمّد\tar\t0\tword\n"), "x.tsv")
	require.NoError(t, err)
	info, ok := l.Lookup("محمد")
	assert.True(t, ok, "names are folded")
	assert.Equal(t, NameInfo{Arabic: true, CommonWord: true}, info)
}

func FuzzGivenNamesLookup(f *testing.F) {
	f.Add("محمد")
	f.Add("\xff\xfe")
	f.Add("والملك")
	l := DefaultGivenNames()
	f.Fuzz(func(t *testing.T, w string) {
		info, ok := l.Lookup(w)
		if !ok && info != (NameInfo{}) {
			t.Fatalf("%q: info without a name", w)
		}
	})
}

// TestGivenNamesVariant: a foreign given name spelled another way is found
// by its key; an Arabic name is not matched to another by key.
func TestGivenNamesVariant(t *testing.T) {
	l := DefaultGivenNames()
	w, info, ok := l.Variant("سيرغي")
	require.True(t, ok)
	assert.Equal(t, "سيرجي", w)
	assert.True(t, info.Foreign)
	w, _, ok = l.Variant("فلاديمر")
	assert.True(t, ok)
	assert.Equal(t, "فلاديمير", w)
	_, _, ok = l.Variant("محمود محمد")
	assert.False(t, ok, "two words are not a given name")
	_, _, ok = l.Variant("الملك")
	assert.False(t, ok)
}

// TestGivenNamesSetAgreesWithMap: LookupNormalized (the lexicon's set)
// answers as the lexicon's map does, for every name of the lexicon, for
// every word of a release and for near misses (a letter dropped); the zero
// GivenNames finds no name.
func TestGivenNamesSetAgreesWithMap(t *testing.T) {
	l := DefaultGivenNames()
	for w, want := range l.m {
		got, ok := l.LookupNormalized(w)
		require.True(t, ok, w)
		require.Equal(t, want, got, w)
		if r := []rune(w); len(r) > 1 {
			shorter := string(r[1:])
			want, wantOK := l.m[shorter]
			got, ok := l.LookupNormalized(shorter)
			require.Equal(t, wantOK, ok, shorter)
			require.Equal(t, want, got, shorter)
		}
	}
	src, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	norm := defaultNormalizer().Normalize(src)
	for i := range norm.Tokens() {
		w := norm.TokenText(i)
		want, wantOK := l.m[w]
		got, ok := l.LookupNormalized(w)
		require.Equal(t, wantOK, ok, w)
		require.Equal(t, want, got, w)
	}
	var zero GivenNames
	_, ok := zero.LookupNormalized("محمد")
	require.False(t, ok)
}

// BenchmarkGivenLookupNormalized looks up every token of the example
// release in the lexicon, as the name stages do for the words of a text.
func BenchmarkGivenLookupNormalized(b *testing.B) {
	l := DefaultGivenNames()
	src, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(b, err)
	norm := defaultNormalizer().Normalize(src)
	var words []string
	for i := range norm.Tokens() {
		words = append(words, norm.TokenText(i))
	}
	b.ReportMetric(float64(len(words)), "words/op")
	found := 0
	for b.Loop() {
		found = 0
		for _, w := range words {
			if _, ok := l.LookupNormalized(w); ok {
				found++
			}
		}
	}
	b.ReportMetric(float64(found), "names/op")
}
