package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestRelease(t *testing.T) {
	cases := []struct {
		name, text string
		want       time.Time // zero: no date
		span       string
		dateline   bool
	}{
		{"dateline Egyptian month", "بكين 5 ديسمبر 2026 (شينخوا) -- أجرى وزير الخارجية", day(2026, 12, 5), "5 ديسمبر 2026", true},
		{"dateline with في", "القاهرة في 8 يوليو 2026 -- استقبل الدكتور", day(2026, 7, 8), "8 يوليو 2026", true},
		{"Levantine month", "بيروت 3 كانون الأول 2025 - التقى", day(2025, 12, 3), "3 كانون الأول 2025", true},
		{"both month forms", "في 28 كانون الثاني / يناير 2026 ، أجرى", day(2026, 1, 28), "28 كانون الثاني / يناير 2026", true},
		{"both forms, parenthesised", "دمشق 14 تموز (يوليو) 2024 - قال", day(2024, 7, 14), "14 تموز (يوليو) 2024", true},
		{"Iraqi مايس", "بغداد 2 مايس 2024 - استقبل", day(2024, 5, 2), "2 مايس 2024", true},
		{"Levantine hamza month", "عمان 9 آذار 2025 (بترا) -", day(2025, 3, 9), "9 آذار 2025", true},
		{"Maghrebi month", "الجزائر 3 جويلية 2025 (واج) - استقبل", day(2025, 7, 3), "3 جويلية 2025", true},
		{"Moroccan month", "الرباط 12 دجنبر 2025 (ومع) - أجرى", day(2025, 12, 12), "12 دجنبر 2025", true},
		{"Arabic-Indic digits", "الرياض ١٢ فبراير ٢٠٢٦ (واس) استقبل", day(2026, 2, 12), "١٢ فبراير ٢٠٢٦", true},
		{"Persian digits", "طهران ۱۲ أبريل ۲۰۲۵ - قال", day(2025, 4, 12), "۱۲ أبريل ۲۰۲۵", true},
		{"alef without hamza", "الكويت 7 ابريل 2025 (كونا) --", day(2025, 4, 7), "7 ابريل 2025", true},
		{"weekday and م", "مسقط يوم الأحد 2 ديسمبر 2026م - أعلنت", day(2026, 12, 2), "2 ديسمبر 2026", true},
		{"من عام", "الرباط 4 من شهر مارس من عام 2025 - قال", day(2025, 3, 4), "4 من شهر مارس من عام 2025", true},
		{"after a headline", "وزير الخارجية يزور طوكيو\n\nمسقط 2 ديسمبر 2026 -- أعلنت", day(2026, 12, 2), "2 ديسمبر 2026", true},
		{"Hijri then Gregorian", "الرياض 15 جمادى الآخرة 1447 هـ الموافق 6 ديسمبر 2026 م واس - استقبل", day(2026, 12, 6), "6 ديسمبر 2026", true},
		{"numeric year first", "الدوحة 2026/12/05 (قنا) - استقبل", day(2026, 12, 5), "2026/12/05", true},
		{"numeric day first", "عمان 05-12-2026 (بترا) - التقى", day(2026, 12, 5), "05-12-2026", true},
		{"numeric with dots", "تونس 5.12.2026 - استقبل", day(2026, 12, 5), "5.12.2026", true},
		{"numeric Arabic-Indic", "الكويت ٢٠٢٦/١٢/٠٥ (كونا)", day(2026, 12, 5), "٢٠٢٦/١٢/٠٥", true},
		{"today in the body", "استقبل وزير الخارجية نظيره.\nوجرى اللقاء اليوم الأحد 6 ديسمبر 2026 في الرياض.", day(2026, 12, 6), "6 ديسمبر 2026", false},
		{"yesterday in the body", "استقبل وزير الخارجية نظيره.\nوكان الوزيران قد التقيا أمس الخميس الموافق 3 ديسمبر 2026 في الرياض.", day(2026, 12, 4), "3 ديسمبر 2026", false},
		{"diacritics and tatweel", "بكين 5 ديسمـبر 2026 - قال", day(2026, 12, 5), "5 ديسمـبر 2026", true},

		// what it leaves alone
		{"no date", "استقبل وزير الخارجية اليوم نظيره الياباني.", time.Time{}, "", false},
		{"today without a date", "بكين (شينخوا) اليوم - أجرى وزير الخارجية أمس محادثات", time.Time{}, "", false},
		{"historical date in the body", "بكين (شينخوا) - أجرى وانغ يي محادثات.\nوأشار إلى الاتفاق الموقع في 5 يونيو 1998 بين البلدين.", time.Time{}, "", false},
		{"Hijri only", "الرياض 15 جمادى الآخرة 1447 هـ (واس) - استقبل", time.Time{}, "", false},
		{"Hijri numeric", "الرياض 1447/06/15هـ - استقبل", time.Time{}, "", false},
		{"no year", "بكين 5 ديسمبر (شينخوا) - أجرى", time.Time{}, "", false},
		{"no such day", "بكين 31 نوفمبر 2026 - أجرى", time.Time{}, "", false},
		{"month forms disagree", "بيروت 3 كانون الأول / يناير 2026 -", time.Time{}, "", false},
		{"كانون alone", "بيروت 3 كانون 2026 -", time.Time{}, "", false},
		{"numeric in the body", "استقبل الوزير نظيره.\nوقال مكتبه.\nوأضاف.\nوفي 2026/12/05 وقع البلدان.", time.Time{}, "", false},
		{"numeric with spaces is a range", "بكين 5 - 12 - 2026 أجرى", time.Time{}, "", false},
		{"mixed separators", "بكين 05-12/2026 أجرى", time.Time{}, "", false},
		{"a year out of range", "بكين 5 ديسمبر 1850 - أجرى", time.Time{}, "", false},
		{"a figure and a word", "قال إن 5 مارس الرياضة 2026 -", time.Time{}, "", false},
		{"date after the opening words", "أعلن المتحدث باسم وزارة الخارجية في بيان صدر عن الوزارة أن الاتفاق الموقع في 5 يونيو 1998 ما زال ساريا", time.Time{}, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, ok := Release([]byte(c.text))
			if c.want.IsZero() {
				assert.False(t, ok, "found %q", d.Text)
				return
			}
			require.True(t, ok)
			assert.Equal(t, c.want, d.Time)
			assert.Equal(t, c.span, d.Text)
			assert.Equal(t, c.span, c.text[d.Start:d.End])
			assert.Equal(t, c.dateline, d.Dateline)
		})
	}
}

func TestAll(t *testing.T) {
	text := "بكين 5 ديسمبر 2026 - أشار الوزير إلى الاتفاق الموقع في 5 يونيو 1998 وإلى قمة 3 آب / أغسطس 2024، وإلى 2026/12/05."
	ds := All([]byte(text))
	require.Len(t, ds, 3)
	assert.Equal(t, day(2026, 12, 5), ds[0].Time)
	assert.Equal(t, day(1998, 6, 5), ds[1].Time)
	assert.Equal(t, day(2024, 8, 3), ds[2].Time)
	assert.Equal(t, "3 آب / أغسطس 2024", ds[2].Text)
	assert.Empty(t, All([]byte("لا تاريخ هنا 2026")))
}

func TestReleaseInvalidUTF8(t *testing.T) {
	text := []byte("بكين \xff5 ديسمبر 2026\xfe - أجرى")
	d, ok := Release(text)
	require.True(t, ok)
	assert.Equal(t, day(2026, 12, 5), d.Time)
	assert.Equal(t, string(text[d.Start:d.End]), d.Text)
}

func FuzzRelease(f *testing.F) {
	for _, s := range []string{
		"بكين 5 ديسمبر 2026 (شينخوا) -- أجرى",
		"في 28 كانون الثاني / يناير 2026 ،",
		"الدوحة 2026/12/05 (قنا)",
		"وجرى اللقاء أمس الخميس 3 ديسمبر 2026",
		"الرياض ١٢ فبراير ٢٠٢٦",
		"\xff9\xfe/12/2026",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		check := func(d Date) {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End {
				t.Fatalf("span %d:%d out of %d bytes", d.Start, d.End, len(text))
			}
			if d.Text != string(text[d.Start:d.End]) {
				t.Fatalf("text %q is not the span %q", d.Text, text[d.Start:d.End])
			}
			if utf8.Valid(text) && (!utf8.RuneStart(text[d.Start]) || d.End < len(text) && !utf8.RuneStart(text[d.End])) {
				t.Fatalf("span %d:%d cuts a character", d.Start, d.End)
			}
			if y := d.Time.Year(); y < 1900 || y > 2101 {
				t.Fatalf("year %d", y)
			}
		}
		if d, ok := Release(text); ok {
			check(d)
		}
		for _, d := range All(text) {
			check(d)
		}
	})
}

func BenchmarkRelease(b *testing.B) {
	body := strings.Repeat("وقال الوزير إن البلدين يعملان معا على تعزيز التعاون في مجالات الطاقة والتجارة. ", 200)
	for _, c := range []struct{ name, text string }{
		{"dateline", "بكين 5 ديسمبر 2026 (شينخوا) -- أجرى وزير الخارجية محادثات.\n" + body},
		{"none", "بكين (شينخوا) -- أجرى وزير الخارجية محادثات اليوم.\n" + body + "اليوم"},
	} {
		b.Run(c.name, func(b *testing.B) {
			text := []byte(c.text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Release(text)
			}
		})
	}
}

// TestRuneFastPaths: isWordRune and normRune with their fast paths for
// ASCII and the Arabic letters answer as the Unicode definitions do, for
// every rune.
func TestRuneFastPaths(t *testing.T) {
	slowWord := func(r rune) bool {
		return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == 'ـ')
	}
	slowNorm := func(r rune) rune {
		switch {
		case r == 'ـ' || unicode.Is(unicode.Mn, r):
			return 0
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			return 'ا'
		case r == 'ى':
			return 'ي'
		}
		return r
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isWordRune(r) != slowWord(r) {
			t.Fatalf("isWordRune(%U) = %v", r, isWordRune(r))
		}
		if normRune(r) != slowNorm(r) {
			t.Fatalf("normRune(%U) = %U, want %U", r, normRune(r), slowNorm(r))
		}
	}
}

// TestDecodeRune: decodeRune, with its inline ASCII and two-byte paths,
// answers as utf8.DecodeRune on every one- and two-byte input and on
// every lead byte followed by a short or long tail.
func TestDecodeRune(t *testing.T) {
	check := func(b []byte) {
		r, n := decodeRune(b)
		wr, wn := utf8.DecodeRune(b)
		if r != wr || n != wn {
			t.Fatalf("decodeRune(% x) = %U, %d; want %U, %d", b, r, n, wr, wn)
		}
	}
	for a := 0; a < 256; a++ {
		check([]byte{byte(a)})
		for b := 0; b < 256; b++ {
			check([]byte{byte(a), byte(b)})
			check([]byte{byte(a), byte(b), 0x80, 0x80})
			check([]byte{byte(a), byte(b), 'x'})
		}
	}
}

// TestAppendTokensResume: tokens read in two parts, the second from the end
// of the first part's last token, are the tokens one read gives, on lines
// of the repository's releases and on lines of digits, punctuation, marks
// and invalid UTF-8.
func TestAppendTokensResume(t *testing.T) {
	lines := []string{"5/12/2026 ،بكين (شينخوا) ", "أمسِ الأحدَ ٤ ديسمبر\xff٢٠٢٦..؟", "a-b 12ab ـــ x\u200fy", ""}
	files, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, l := range lines {
		text := []byte(l)
		for _, n := range []int{1, 5, dateWords, 40} {
			want := tokenize(text, 0, len(text), n+7)
			got := appendTokens(nil, text, 0, len(text), n)
			if len(got) > 0 {
				got = appendTokens(got, text, got[len(got)-1].end, len(text), n+7)
			}
			require.Equal(t, stripOffsets(want), stripOffsets(got), "%q, %d then %d", l, n, n+7)
		}
	}
}

// stripOffsets drops the tokens' offsets into tokenize's word buffer,
// which differ between reads.
func stripOffsets(toks []token) []token {
	out := make([]token, len(toks))
	for i, tk := range toks {
		tk.ws, tk.we = 0, 0
		out[i] = tk
	}
	return out
}
