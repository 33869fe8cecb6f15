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
		// one name begins with most of the other (مالي/ماليزيا,
		// هندوراس/الهند), or two end in letters no third state's name
		// ends in (مقدونيا/كاليدونيا)
		{"ML", "MY", confusable.KindArabicStart, 0.9},
		{"HN", "IN", confusable.KindArabicStart, 0.8},
		{"MK", "NC", confusable.KindArabicEnd, 0.8},
		// nisbas whose letters differ by dots alone (بوتاني/يوناني: ب and
		// ي are one tooth), names a dotted letter and a letter apart
		// (استونيا/اسبانيا)
		{"BT", "GR", confusable.KindArabic, 0.6},
		{"EE", "ES", confusable.KindArabic, 0.55},
		// a common ending many states have says nothing (كستان: Pakistan,
		// Uzbekistan, Tajikistan), nor does a start of three letters of
		// longer names (بوتان/بوتسوانا)
		{"PK", "UZ", "", 0},
		{"BT", "BW", "", 0},
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
			assert.InDelta(t, p.Score, 1-(1-p.Zh)*(1-p.Ar)*(1-p.En), 0.002, "the noisy-or of the sources")
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
	assert.Equal(t, 0.55, got["AABB"].Zh)
	assert.Zero(t, got["AABB"].Ar+got["AABB"].En)
}

func TestDeriveLetters(t *testing.T) {
	n := arabic.Default()
	st := []confusable.State{
		// one begins with the other: a common start
		{ID: "AA", Arabic: []string{"كارونيا"}, Nisba: []string{"كاروني"}},
		{ID: "BB", Arabic: []string{"كارونيستان"}, Nisba: []string{"كارونيستاني"}},
		// a common ending of six letters only these two have
		{ID: "CC", Arabic: []string{"فينتوراس"}},
		{ID: "DD", Arabic: []string{"بانتوراس"}},
		// an ending three states share
		{ID: "EE", Arabic: []string{"زمبالنيا"}},
		{ID: "FF", Arabic: []string{"قرطالنيا"}},
		{ID: "GG", Arabic: []string{"سدهالنيا"}},
		// a common start of three letters
		{ID: "HH", Arabic: []string{"موسطينا"}},
		{ID: "II", Arabic: []string{"موسركاد"}},
	}
	got := map[string]confusable.Pair{}
	for _, p := range confusable.Derive(st, n) {
		got[p.A+p.B] = p
	}
	require.Contains(t, got, "AABB")
	assert.Equal(t, confusable.KindArabicStart, got["AABB"].Reasons[0].Kind)
	assert.Equal(t, 0.8, got["AABB"].Ar, "the whole shorter nisba")
	require.Contains(t, got, "CCDD")
	assert.Equal(t, confusable.KindArabicEnd, got["CCDD"].Reasons[0].Kind)
	assert.NotContains(t, got, "EEFF", "an ending three states share")
	assert.NotContains(t, got, "EEGG")
	assert.NotContains(t, got, "HHII", "three letters of seven")
	for k, p := range got {
		assert.Zero(t, p.Zh+p.En, k)
		assert.Equal(t, p.Score, p.Ar, k)
	}
}

func TestSimilarityAndSkeleton(t *testing.T) {
	assert.InDelta(t, 5.0/6, confusable.Similarity("زامبيا", "غامبيا"), 1e-9)
	assert.Zero(t, confusable.Similarity("سوريا", "روسيا"), "two edits and another first letter")
	assert.Zero(t, confusable.Similarity("مصر", "مصري"), "under four letters")
	assert.Equal(t, "غن", confusable.Skeleton("غينيا"))
	assert.Equal(t, confusable.Skeleton("غانا"), confusable.Skeleton("غينيا"))
	assert.NotEqual(t, confusable.Skeleton("ليبيا"), confusable.Skeleton("لبنان"))
}

func TestShapeDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"بوتاني", "يوناني", 1}, // ب/ي and ت/ن: two teeth, dots only
		{"زامبيا", "غامبيا", 1}, // ز/غ: two shapes, a whole letter
		{"ريا", "زيا", 0.5},     // ر/ز
		{"عمان", "غمان", 0.5},   // ع/غ
		{"فطر", "قظر", 1},       // ف/ق and ط/ظ
		{"حجخ", "خحج", 1.5},     // one cup, three dots apart
		{"صدس", "ضذش", 1.5},     // ص/ض، د/ذ، س/ش
		{"مصر", "مصري", 1},      // an added letter costs a letter
		{"سوريا", "روسيا", 2},   // ر and س differ in shape
		{"iran", "iraq", 1},     // no Arabic letter: the edit distance
		{"", "ب", 1},
		{"", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.a+"~"+tt.b, func(t *testing.T) {
			ra, rb := []rune(tt.a), []rune(tt.b)
			assert.InDelta(t, tt.want, confusable.ShapeDistance(ra, rb), 1e-9)
			assert.InDelta(t, tt.want, confusable.ShapeDistance(rb, ra), 1e-9, "symmetric")
			assert.LessOrEqual(t, confusable.ShapeDistance(ra, rb), float64(confusable.EditDistance(ra, rb)))
		})
	}
	assert.Equal(t, confusable.Shape('ن'), confusable.Shape('ب'))
	assert.Equal(t, confusable.Shape('غ'), confusable.Shape('ع'))
	assert.NotEqual(t, confusable.Shape('ر'), confusable.Shape('د'), "ر and د are two shapes")
	assert.Equal(t, 'م', confusable.Shape('م'), "a letter no other shares")
}

func TestDeriveShapes(t *testing.T) {
	n := arabic.Default()
	st := []confusable.State{
		// nisbas apart by dots alone in two letters (بوتاني/يوناني
		// in invented names): kept; two whole letters apart: not
		{ID: "AA", Nisba: []string{"تيرامي"}},
		{ID: "BB", Nisba: []string{"نيزامي"}},
		{ID: "CC", Nisba: []string{"لوكامي"}},
	}
	got := map[string]confusable.Pair{}
	for _, p := range confusable.Derive(st, n) {
		got[p.A+p.B] = p
	}
	require.Contains(t, got, "AABB", "ت/ن and ر/ز: dots only")
	assert.Equal(t, confusable.KindArabic, got["AABB"].Reasons[0].Kind)
	assert.InDelta(t, 0.667, got["AABB"].Ar, 0.001, "one letter's cost over six")
	assert.NotContains(t, got, "AACC", "two letters of other shapes")
	assert.NotContains(t, got, "BBCC")
}

func TestParseErrors(t *testing.T) {
	const hdr = "a\tb\tscore\tzh\tar\ten\treasons\n"
	tests := []struct{ in, want string }{
		{"", "no header"},
		{"x\ty\n", "header"},
		{hdr + "AZ\tAF\t0.5\t0.5\t0\t0\t\n", "in order"},
		{hdr + "AF\tAZ\t2\t0.5\t0\t0\t\n", "score"},
		{hdr + "AF\tAZ\t0.5\t0.5\t-1\t0\t\n", "ar score"},
		{hdr + "AF\tAZ\t0.5\t\n", "fields"},
		{hdr + "AF\tAZ\t0.5\t0.5\t0\t0\tzh1\n", "kind:score:detail"},
		{hdr + "AF\tAZ\t0.5\t0.5\t0\t0\t\nAF\tAZ\t0.6\t0.6\t0\t0\t\n", "twice"},
	}
	for _, tt := range tests {
		_, err := confusable.Parse(strings.NewReader(tt.in), "t.tsv")
		require.Error(t, err, tt.in)
		assert.Contains(t, err.Error(), tt.want)
		assert.Contains(t, err.Error(), "t.tsv")
	}
	tab, err := confusable.Parse(strings.NewReader(hdr+"AF\tAZ\t0.55\t0.55\t0\t0\tzh1:0.55:阿\n"), "t.tsv")
	require.NoError(t, err)
	assert.Equal(t, 0.55, tab.Score("AZ", "AF"))
	assert.Len(t, tab.Pairs(), 1)
}

func FuzzParse(f *testing.F) {
	f.Add("a\tb\tscore\tzh\tar\ten\treasons\nAF\tAZ\t0.55\t0.55\t0\t0\tzh1:0.55:阿\n")
	f.Add("# c\na\tb\tscore\tzh\tar\ten\treasons\n")
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

func FuzzShapeDistance(f *testing.F) {
	f.Add("بوتاني", "يوناني")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		ra, rb := []rune(a), []rune(b)
		d := confusable.ShapeDistance(ra, rb)
		e := float64(confusable.EditDistance(ra, rb))
		assert.True(t, d <= e && d >= e/2, "%v %v", d, e)
		assert.Equal(t, d, confusable.ShapeDistance(rb, ra))
	})
}
