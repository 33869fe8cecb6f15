package confusable_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/confusable/zhnames"
)

func derived(t testing.TB) []byte {
	t.Helper()
	g, err := entities.LoadFile("../../gazetteer.yaml")
	require.NoError(t, err)
	return confusable.Format(confusable.Derive(confusable.States(g, zhnames.Simplified(g)), arabic.Default()))
}

// The committed table is what the generator derives from the gazetteer
// today: edit the gazetteer, then run go generate ./internal/confusable.
func TestTableMatchesGenerator(t *testing.T) {
	committed, err := os.ReadFile("confusable.tsv")
	require.NoError(t, err)
	if !bytes.Equal(committed, derived(t)) {
		t.Fatal("confusable.tsv is stale: run `go generate ./internal/confusable`")
	}
}

func TestDefaultPairs(t *testing.T) {
	tab, err := confusable.Default()
	require.NoError(t, err)
	tests := []struct {
		a, b  string
		kind  string // a reason the pair must carry; "" when the pair must be absent
		least float64
	}{
		// swapped in translations from Chinese: 阿塞拜疆 / 阿富汗 (阿方)
		{"AZ", "AF", confusable.KindZh1, 0.5},
		{"AZ", "AL", confusable.KindZh1, 0.5},
		{"SI", "SK", confusable.KindZh2, 0.9},
		{"NE", "NG", confusable.KindZh2, 0.9},
		// Arabic names a letter apart
		{"GM", "ZM", confusable.KindArabic, 0.8},
		// the same consonants: غينيا / غانا, مالي / ملاوي
		{"GN", "GH", confusable.KindSkeleton, 0.6},
		{"ML", "MW", confusable.KindSkeleton, 0.9},
		// a shared distinctive word, an English name inside another
		{"GN", "GW", confusable.KindArabicWord, 0.9},
		{"SD", "SS", confusable.KindEnglishWord, 0.9},
		{"IQ", "IR", confusable.KindEnglish, 0.7},
		// neighbours whose names no derivation relates without relating
		// dozens of unrelated pairs (a consonant apart: لتف/لتن also
		// joins تشيلي/تشاد; a shared four-letter ending joins فنلندا/بولندا):
		// the rules' hand list carries them
		{"LV", "LT", "", 0},
		{"PY", "UY", "", 0},
		// clean: anagrams, unrelated names, a state and itself
		{"SY", "RU", "", 0},
		{"CN", "US", "", 0},
		{"EG", "SA", "", 0},
		{"JO", "JO", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			p, ok := tab.Pair(tt.a, tt.b)
			if tt.kind == "" {
				assert.False(t, ok, "%+v", p)
				assert.Zero(t, tab.Score(tt.a, tt.b))
				return
			}
			require.True(t, ok)
			assert.GreaterOrEqual(t, p.Score, tt.least)
			assert.Equal(t, p.Score, tab.Score(tt.b, tt.a), "symmetric")
			var kinds []string
			for _, r := range p.Reasons {
				kinds = append(kinds, r.Kind)
			}
			assert.Contains(t, kinds, tt.kind)
		})
	}
}

func TestDeriveEvidence(t *testing.T) {
	n := arabic.Default()
	st := []confusable.State{
		{ID: "AA", Chinese: "阿甲", English: []string{"Alpha"}, Arabic: []string{"ألفا"}, Nisba: []string{"ألفي"}},
		{ID: "BB", Chinese: "阿乙", English: []string{"Bravo"}, Arabic: []string{"برافو"}, Nisba: []string{"برافي"}},
		{ID: "CC", Chinese: "丙", English: []string{"South Alpha"}, Arabic: []string{"جنوب ألفا"}},
		{ID: "DD", Chinese: "丁", English: []string{"Delta"}, Arabic: []string{"دلتا"}, Nisba: []string{"دلتي"}},
		{ID: "EE", Chinese: "戊", English: []string{"Delte"}, Arabic: []string{"دلتو"}},
	}
	got := map[string]confusable.Pair{}
	for _, p := range confusable.Derive(st, n) {
		got[p.A+p.B] = p
	}
	assert.Equal(t, confusable.KindZh1, got["AABB"].Reasons[0].Kind)
	assert.Equal(t, 0.55, got["AABB"].Score)
	assert.Contains(t, got, "AACC", "a generic word (جنوب) dropped, the rest shared")
	assert.Contains(t, got, "DDEE", "a letter apart in both scripts")
	assert.NotContains(t, got, "BBDD")
	assert.NotContains(t, got, "AADD")
}

func TestSimilarityAndSkeleton(t *testing.T) {
	assert.InDelta(t, 5.0/6, confusable.Similarity("زامبيا", "غامبيا"), 1e-9)
	assert.Zero(t, confusable.Similarity("سوريا", "روسيا"), "two edits and another first letter")
	assert.Zero(t, confusable.Similarity("مصر", "مصري"), "under four letters")
	assert.Equal(t, "غن", confusable.Skeleton("غينيا"))
	assert.Equal(t, confusable.Skeleton("غانا"), confusable.Skeleton("غينيا"))
	assert.NotEqual(t, confusable.Skeleton("ليبيا"), confusable.Skeleton("لبنان"))
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "no header"},
		{"x\ty\n", "header"},
		{"a\tb\tscore\treasons\nAZ\tAF\t0.5\t\n", "in order"},
		{"a\tb\tscore\treasons\nAF\tAZ\t2\t\n", "score"},
		{"a\tb\tscore\treasons\nAF\tAZ\t0.5\n", "fields"},
		{"a\tb\tscore\treasons\nAF\tAZ\t0.5\tzh1\n", "kind:score:detail"},
		{"a\tb\tscore\treasons\nAF\tAZ\t0.5\t\nAF\tAZ\t0.6\t\n", "twice"},
	}
	for _, tt := range tests {
		_, err := confusable.Parse(strings.NewReader(tt.in), "t.tsv")
		require.Error(t, err, tt.in)
		assert.Contains(t, err.Error(), tt.want)
		assert.Contains(t, err.Error(), "t.tsv")
	}
	tab, err := confusable.Parse(strings.NewReader("a\tb\tscore\treasons\nAF\tAZ\t0.55\tzh1:0.55:阿\n"), "t.tsv")
	require.NoError(t, err)
	assert.Equal(t, 0.55, tab.Score("AZ", "AF"))
	assert.Len(t, tab.Pairs(), 1)
}

func FuzzParse(f *testing.F) {
	f.Add("a\tb\tscore\treasons\nAF\tAZ\t0.55\tzh1:0.55:阿\n")
	f.Add("# c\na\tb\tscore\treasons\n")
	f.Fuzz(func(t *testing.T, s string) {
		tab, err := confusable.Parse(strings.NewReader(s), "f")
		if err != nil {
			return
		}
		again, err := confusable.Parse(bytes.NewReader(confusable.Format(tab.Pairs())), "f")
		require.NoError(t, err)
		assert.Equal(t, len(tab.Pairs()), len(again.Pairs()))
	})
}

func FuzzSimilarity(f *testing.F) {
	f.Add("زامبيا", "غامبيا")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		s := confusable.Similarity(a, b)
		assert.True(t, s == 0 || (s >= 0.6 && s <= 1), s)
		assert.Equal(t, s, confusable.Similarity(b, a))
		_ = confusable.Skeleton(a)
	})
}
