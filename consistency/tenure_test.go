package consistency_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/finding"
)

// datedChecker is a checker that judges every release on day d.
func datedChecker(t *testing.T, d time.Time) *consistency.Checker {
	t.Helper()
	g, err := entities.LoadFile(filepath.Join("..", "gazetteer.yaml"))
	require.NoError(t, err)
	rules, err := consistency.DefaultRules()
	require.NoError(t, err)
	c, err := consistency.New(g, rules, consistency.Options{Date: d})
	require.NoError(t, err)
	return c
}

// kindsOf returns the findings of one kind that checker c reports on text.
func kindsOf(t *testing.T, c *consistency.Checker, text string, kind finding.Kind) []consistency.Finding {
	t.Helper()
	rep, err := c.Check([]byte(text))
	require.NoError(t, err)
	return ofKind(rep, kind)
}

// ofKind returns the findings of one kind in report rep, in its order.
func ofKind(rep *consistency.Report, kind finding.Kind) []consistency.Finding {
	var out []consistency.Finding
	for _, f := range rep.Findings {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// TestOfficialsOnTheReleaseDate: a known official is judged against the
// office held on the release's date, read from its dateline (or given by
// Options.Date, which wins); a release without a date is judged as
// before.
func TestOfficialsOnTheReleaseDate(t *testing.T) {
	// Ayman Safadi has been Jordan's foreign minister since January 2017.
	body := " (أ ش أ) -- استقبل وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة وزير الخارجية الإماراتي أيمن الصفدي.\n"
	// Denis Moncada has been Nicaragua's foreign minister since January
	// 2017; Samuel Moncada was Venezuela's from June to August 2017.
	moncada := " (شينخوا) -- أجرى وزير الخارجية الصيني وانغ يي محادثات في بكين مع وزير الخارجية الفنزويلي مونكادا.\n"
	// Sergey Lavrov has been Russia's foreign minister since March 2004.
	lavrov := " (تاس) -- أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الأردني أيمن الصفدي.\nوقال فلاديمير لافروف إن المحادثات كانت مثمرة.\n"
	c := mustChecker(t)
	catches := []struct {
		name, text, span, suggestion string
		kind                         finding.Kind
	}{
		{"in office on the dateline's day", "القاهرة 3 مارس 2026" + body, "الإماراتي", "الأردني", consistency.CountryConflict},
		{"no date: judged as before", "القاهرة" + body, "الإماراتي", "الأردني", consistency.CountryConflict},
		{"a Levantine month", "القاهرة 3 آذار / مارس 2018" + body, "الإماراتي", "الأردني", consistency.CountryConflict},
		{"a numeric dateline", "القاهرة 2026/03/03" + body, "الإماراتي", "الأردني", consistency.CountryConflict},
		{"a date beside اليوم", "القاهرة" + body + "وجرى اللقاء اليوم الثلاثاء 3 مارس 2026 بمقر الوزارة.\n", "الإماراتي", "الأردني", consistency.CountryConflict},
		{"a name two states' officials carry: the one in office", "بكين 5 مايو 2020" + moncada, "الفنزويلي", "النيكاراغوي", consistency.CountryConflict},
		{"another's given name, in office", "موسكو 3 مارس 2026" + lavrov, "فلاديمير", "سيرغي", consistency.WrongGivenName},
		{"another's given name, no date", "موسكو" + lavrov, "فلاديمير", "سيرغي", consistency.WrongGivenName},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			fs := kindsOf(t, c, tc.text, tc.kind)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.span, fs[0].Text)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.suggestion, *fs[0].Suggestion)
		})
	}
	clean := []struct {
		name, text string
		kind       finding.Kind
	}{
		// before his tenure the title names Egypt's foreign minister,
		// someone else
		{"before the official's tenure", "القاهرة 3 مارس 2010" + body, consistency.CountryConflict},
		{"before the tenure, a date beside أمس", "القاهرة" + body + "وكان الوزيران قد التقيا أمس الاثنين 2 مارس 2015.\n", consistency.CountryConflict},
		{"while both Moncadas held office", "بكين 1 يوليو 2017" + moncada, consistency.CountryConflict},
		{"another given name before the official's tenure", "موسكو 3 مارس 2003" + lavrov, consistency.WrongGivenName},
		// a former minister named with his past title of his own state
		{"a former official under his own state's title", "عمان 3 مارس 2026 (بترا) -- استقبل رئيس الوزراء الأسترالي الأسبق كيفن رود اليوم في عمان وفدا.\n", consistency.CountryConflict},
		{"an official of his own state on a day he held another office", "كانبرا 5 مايو 2011 -- قال وزير الخارجية الأسترالي كيفن رود إن بلاده ترحب بالاتفاق.\n", consistency.CountryConflict},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, kindsOf(t, c, tc.text, tc.kind))
		})
	}
	// A historical date in the body is not the release's: judged as
	// without a date.
	assert.Len(t, kindsOf(t, c, "القاهرة"+body+"وأشار إلى الاتفاق الموقع بين البلدين في 5 يونيو 1998.\n", consistency.CountryConflict), 1)

	// Options.Date wins over the text's date.
	in2010 := datedChecker(t, time.Date(2010, 3, 3, 15, 4, 5, 0, time.FixedZone("", 3*3600)))
	assert.Empty(t, kindsOf(t, in2010, "القاهرة 3 مارس 2026"+body, consistency.CountryConflict))
	in2026 := datedChecker(t, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC))
	assert.Len(t, kindsOf(t, in2026, "القاهرة 3 مارس 2010"+body, consistency.CountryConflict), 1)
	assert.Len(t, kindsOf(t, in2026, "القاهرة"+body, consistency.CountryConflict), 1)
}

// TestOfficialsInAnEarlierOffice: a person of the hand-written gazetteer
// is judged in office on a day they held another office (Putin as prime
// minister 2008–2012, Erdoğan as prime minister 2003–2014: the generated
// entries of their other offices), and out of office on a day they held
// none; the other office gives no state of its own to a person whose
// office now is international.
func TestOfficialsInAnEarlierOffice(t *testing.T) {
	c := mustChecker(t)
	putin := " (أ ش أ) -- استقبل وزير الخارجية المصري اليوم في القاهرة رئيس الوزراء البيلاروسي فلاديمير بوتين.\n"
	erdogan := " -- استقبل الرئيس اليوناني اليوم رئيس الوزراء القبرصي رجب طيب أردوغان في أثينا.\n"
	given := " (تاس) -- أجرى رئيس الوزراء الروسي فلاديمير بوتين محادثات مع نظيره الأردني.\nوقال دميتري بوتين إن المحادثات كانت مثمرة.\n"
	catches := []struct {
		name, text, span, suggestion string
		kind                         finding.Kind
	}{
		{"prime minister, under another state's title", "القاهرة 10 مارس 2010" + putin, "البيلاروسي", "الروسي", consistency.CountryConflict},
		{"prime minister before his presidency", "أثينا 10 مارس 2005" + erdogan, "القبرصي", "التركي", consistency.CountryConflict},
		{"another's given name while prime minister", "موسكو 10 مارس 2010" + given, "دميتري", "فلاديمير", consistency.WrongGivenName},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			fs := kindsOf(t, c, tc.text, tc.kind)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.span, fs[0].Text)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.suggestion, *fs[0].Suggestion)
		})
	}
	clean := []struct {
		name, text string
		kind       finding.Kind
	}{
		{"before any of his offices", "القاهرة 10 مارس 1998" + putin, consistency.CountryConflict},
		{"another given name before any of his offices", "موسكو 10 مارس 1998" + given, consistency.WrongGivenName},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, kindsOf(t, c, tc.text, tc.kind))
		})
	}
	// António Guterres, Secretary-General of the United Nations, was
	// Portugal's prime minister 1995–2002: in 2026 he speaks for no
	// state, so a meeting with him is no meeting with Portugal.
	rep, err := c.Check([]byte("نيويورك 10 مارس 2026 -- استقبل الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم وزير الخارجية الأردني أيمن الصفدي.\n"))
	require.NoError(t, err)
	for _, p := range rep.Participants {
		assert.NotEqual(t, "PT", p.ID)
	}
}

// TestOfficialsThenOffice: a dated release is judged against the office
// each official held on its day. A man named with the office he held then
// (Egypt's foreign minister in 2009, the Arab League's secretary-general
// since 2016) is no conflict, nor is a former minister called former; the
// title of another state on a man who held his own state's office that day
// is one, whichever office he holds now.
func TestOfficialsThenOffice(t *testing.T) {
	c := mustChecker(t)
	host := "عمان 10 مارس %s (بترا) -- استقبل وزير الخارجية الأردني %s اليوم في عمان %s، وبحث الجانبان العلاقات الثنائية.\n"
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a then-minister under another state's title", fmt.Sprintf(host, "2009", "ناصر جودة", "وزير الخارجية السوري أحمد أبو الغيط"), "السوري", "المصري"},
		{"a current minister under another state's title", fmt.Sprintf(host, "2020", "أيمن الصفدي", "وزير الخارجية العماني سامح شكري"), "العماني", "المصري"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			fs := kindsOf(t, c, tc.text, consistency.CountryConflict)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.span, fs[0].Text)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.suggestion, *fs[0].Suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"a minister then, the League's secretary-general now", fmt.Sprintf(host, "2009", "ناصر جودة", "وزير الخارجية المصري أحمد أبو الغيط")},
		{"the same man in his later office", fmt.Sprintf(host, "2026", "أيمن الصفدي", "الأمين العام لجامعة الدول العربية أحمد أبو الغيط")},
		{"a former minister called former", fmt.Sprintf(host, "2026", "أيمن الصفدي", "وزير الخارجية المصري السابق سامح شكري")},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			assert.Empty(t, rep.Findings)
		})
	}
}

// TestOrganisationOfficials: the Secretary-General of the United Nations,
// of the Arab League or of the GCC, and the EU's presidents and High
// Representative, speak for their organisation on the days they hold its
// office: their nationality is no party to a meeting and no conflict.
// On a day they held their own state's office, another state's title on
// them is a conflict, as it is on any state's official.
func TestOrganisationOfficials(t *testing.T) {
	c := mustChecker(t)
	host := "عمان 10 %s (بترا) -- استقبل وزير الخارجية الأردني اليوم في عمان %s، وبحث الجانبان الأوضاع في المنطقة.\n"
	clean := []struct {
		name, text string
		parties    []string
	}{
		{"the UN's secretary-general on a day of his term", fmt.Sprintf(host, "مارس 2012", "الأمين العام للأمم المتحدة بان كي مون"), nil},
		{"the European Council's first president", fmt.Sprintf(host, "مارس 2012", "رئيس المجلس الأوروبي هيرمان فان رومبوي"), nil},
		{"the GCC's secretary-general", fmt.Sprintf(host, "مارس 2008", "الأمين العام لمجلس التعاون لدول الخليج العربية عبد الرحمن بن حمد العطية"), nil},
		{"the Arab League's secretary-general, a former Egyptian minister", fmt.Sprintf(host, "مارس 2005", "الأمين العام لجامعة الدول العربية عمرو موسى"), nil},
		{"the OIC's secretary-general", fmt.Sprintf(host, "مارس 2018", "الأمين العام لمنظمة التعاون الإسلامي يوسف العثيمين"), nil},
		{"a head of state under his own state's nisba", fmt.Sprintf(host, "مارس 2024", "الرئيس السلفادوري نجيب بوكيلة"), []string{"JO", "SV"}},
		{"a prime minister of his own state, later the Council's president", fmt.Sprintf(host, "يونيو 2009", "رئيس الوزراء البلجيكي هيرمان فان رومبوي"), []string{"JO", "BE"}},
		{"five officials of organisations beside a bilateral meeting",
			"عمان 10 مارس 2026 (بترا) -- استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان نظيره المصري بدر عبد العاطي، وبحث الجانبان العلاقات الثنائية. وأطلع الصفدي الأمين العام للأمم المتحدة أنطونيو غوتيريش ورئيسة المفوضية الأوروبية أورسولا فون دير لاين ورئيس المجلس الأوروبي أنطونيو كوستا والممثلة العليا للاتحاد الأوروبي كايا كالاس والأمين العام لمجلس التعاون الخليجي جاسم البديوي على نتائج اللقاء.\n",
			[]string{"JO", "EG"}},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			assert.Empty(t, rep.Findings)
			assert.ElementsMatch(t, tc.parties, participantIDs(rep))
		})
	}
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a minister of his state, later the UN's secretary-general", fmt.Sprintf(host, "مارس 2005", "وزير الخارجية الياباني بان كي مون"), "الياباني", "الكوري الجنوبي"},
		{"a prime minister, later the European Council's president", fmt.Sprintf(host, "يونيو 2009", "رئيس الوزراء الهولندي هيرمان فان رومبوي"), "الهولندي", "البلجيكي"},
		{"a head of state under another state's nisba", fmt.Sprintf(host, "مارس 2024", "الرئيس الهندوراسي نجيب بوكيلة"), "الهندوراسي", "السلفادوري"},
		{"a state's official beside an organisation's",
			"عمان 10 مارس 2016 (بترا) -- استقبل وزير الخارجية الأردني ناصر جودة اليوم في عمان رئيس المفوضية الأوروبية جان كلود يونكر، ثم التقى وزير الخارجية المصري سامح شكري. وقال وزير الخارجية العماني سامح شكري إن مصر تدعم الأردن.\n",
			"العماني", "المصري"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			fs := kindsOf(t, c, tc.text, consistency.CountryConflict)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.span, fs[0].Text)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.suggestion, *fs[0].Suggestion)
		})
	}
}
