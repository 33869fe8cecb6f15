package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestProseNameShapes: names as news prose writes them again, with no
// title before them. A speaker's name right before إن with a pronoun
// (وقال كرتر إنه), and a surname that is also a foreign given name
// (كارتر: Carter is a given name too) written with a long vowel added
// anywhere, are that person; the text's other people and words stay
// apart.
func TestProseNameShapes(t *testing.T) {
	const lede = "بغداد 9 مارس 2026 - وصل وزير الدفاع الأميركي آشتون كارتر اليوم إلى العاصمة العراقية في زيارة لم يعلن عنها مسبقا، والتقى نظيره العراقي.\n"
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a speaker before إنه", lede + "وقال كرتر إنه سيبحث دعم القوات المحلية.\n", "كرتر", "كارتر"},
		{"a speaker before أنها", lede + "وذكر كارتير أنها زيارته الثالثة.\n", "كارتير", "كارتر"},
		{"a foreign given name as the surname, respelt anywhere", lede + "وجاءت زيارة كاروتر بعد أسابيع من المعارك.\n", "كاروتر", "كارتر"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"the speaker as written", lede + "وقال كارتر إنه سيبحث دعم القوات المحلية.\n"},
		{"another speaker before إنه", lede + "وقال كوبر إنه سيتابع القضية.\n"},
		{"a long phrase before أنها is no speaker", lede + "وأعلنت عائلة الجندي المفقود في الشمال أنها تنتظر أخبارا.\n"},
		{"a word a letter from the surname is no name", lede + "وقال مسؤولون إنهم ناقشوا إرسال قوات إضافية.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}

// TestArabNameShapes: an Arab's name is written one way but for the
// article and a nisba's ي: a known person's surname without its article
// right after that person's given name (one word or عبد + one), a
// surname's article dropped right after a speech verb, and a nisba's ي
// added where a name stands, are that person; another given name before
// the bare surname, another full name after the speech verb, and the word
// elsewhere stay apart.
func TestArabNameShapes(t *testing.T) {
	const ledeSD = "الخرطوم 3 مايو 2026 - استقبل الرئيس السوداني عمر البشير اليوم وزير الخارجية المصري، وبحث معه العلاقات الثنائية.\n"
	const ledeEG = "القاهرة 3 مايو 2026 - استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية السوداني، وبحث معه العلاقات الثنائية.\n"
	const ledeKW = "الكويت 3 مايو 2026 - أكد رئيس الغرفة التجارية الكويتية الدكتور سامي الصالح أن زيارة الوفد البحريني تفتح آفاقا جديدة.\n"
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a known surname's article dropped after the given name", ledeSD + "وكان عمر بشير قد زار القاهرة الشهر الماضي.\n", "بشير", "البشير"},
		{"the same after a compound given name", ledeEG + "وكان عبد الفتاح سيسي قد زار الخرطوم الشهر الماضي.\n", "سيسي", "السيسي"},
		{"the same inside a name read past its end", ledeEG + "وكان الوزير قد وصل تلبية لدعوة من فخامة السيد الرئيس عبد الفتاح سيسي الأسبوع الماضي.\n", "سيسي", "السيسي"},
		{"a nisba's ي added after a speech verb", ledeKW + "وقال الصالحي في بيان صحفي إن الجانبين اتفقا على لجنة مشتركة.\n", "الصالحي", "الصالح"},
		{"the article dropped after a speech verb", ledeKW + "وقال صالح في بيان صحفي إن الجانبين اتفقا على لجنة مشتركة.\n", "صالح", "الصالح"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"another given name before the bare surname", ledeSD + "وحضر اللقاء السفير محمد بشير مدير إدارة الشؤون العربية.\n"},
		{"the known name as written", ledeEG + "وكان عبد الفتاح السيسي قد زار الخرطوم الشهر الماضي.\n"},
		{"another full name after the speech verb", ledeKW + "وقال صالح الخالدي إن الجانبين اتفقا على لجنة مشتركة.\n"},
		{"the given name as a word elsewhere", ledeKW + "وأشار إلى أن المشروع صالح للتنفيذ خلال العام الجاري.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}
