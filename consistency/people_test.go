package consistency_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
)

// findingsOf returns the findings of one kind, by the shared test checker.
func findingsOf(t *testing.T, text string, kind finding.Kind) []consistency.Finding {
	t.Helper()
	return kindsOf(t, mustChecker(t), text, kind)
}

// mentionTexts is the text of each of a finding's mentions, in order.
func mentionTexts(f consistency.Finding) []string {
	var texts []string
	for _, m := range f.Mentions {
		texts = append(texts, m.Text)
	}
	return texts
}

// requireOneFix requires exactly one finding of kind in text, on span,
// with suggestion as its fix.
func requireOneFix(t *testing.T, text string, kind finding.Kind, span, suggestion string) {
	t.Helper()
	fs := findingsOf(t, text, kind)
	require.Len(t, fs, 1)
	assert.Equal(t, span, fs[0].Text)
	require.NotNil(t, fs[0].Suggestion)
	assert.Equal(t, suggestion, *fs[0].Suggestion)
}

const ledeRU = "موسكو 3 مارس 2026 (تاس) أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو محادثات مع نظيره الأردني أيمن الصفدي.\n"

// TestWrongGivenName: another person's given name before a known
// official's surname is reported, and the fix covers a misspelt surname
// too; a word that is no given name there is left alone.
func TestWrongGivenName(t *testing.T) {
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"another official's given name", ledeRU + "وقال فلاديمير لافروف إن المحادثات كانت مثمرة.\n", "فلاديمير", "سيرغي"},
		{"and the surname respelt: one fix for both", ledeRU + "وقال فلاديمير لفروف إن المحادثات كانت مثمرة.\n", "فلاديمير لفروف", "سيرغي لافروف"},
		{"a foreign given name spelled another way", ledeRU + "وأكد الوزير الأردني أيضا أن بلاده تقدر دور روسيا، وقال سيرجي الصفدي إن الحوار مستمر.\n", "سيرجي", "أيمن"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.WrongGivenName, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"a month before the surname", ledeRU + "وكان الطرفان قد اتفقا في الشهر الماضي على اللقاء، وقال لافروف إن المحادثات كانت مثمرة.\n"},
		{"a preposition on a given name", ledeRU + "وأشاد لافروف بالعلاقات، واتصل الصفدي هاتفيا بجون كيري الأسبوع الماضي.\n"},
		{"a name that is a common word (a port)", ledeRU + "وناقش الوزيران الملاحة في مضيق هرمز وميناء بندر عباس، وقال الرئيس محمود عباس إن الوضع صعب.\n"},
		{"another person with a surname spelled alike", "بغداد 3 مارس 2026 (واع) استقبل رئيس الوزراء العراقي حيدر العبادي اليوم وفدا برلمانيا برئاسة النائب خالد العبيدي.\n"},
		{"a family name with the article is not a father's name", "المنامة 3 مارس 2026 (بنا) استقبل عاهل البحرين الملك حمد بن عيسى آل خليفة اليوم السفير خالد العيسى.\n"},
		{"a name no known person has (another person, not a slip)", ledeRU + "وقال الباحث ديلان لافروف إن المحادثات كانت مثمرة.\n"},
		{"a title word with a clitic", ledeRU + "وأبلغ لافروف نظيره تحيات الرئيس بوتين للملك عبد الله الثاني.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.WrongGivenName))
		})
	}
}

// TestNameVariantFix: a name written two ways is reported with the
// canonical spelling as the fix: the gazetteer's for a known official, the
// majority's for anyone else.
func TestNameVariantFix(t *testing.T) {
	tests := []struct{ name, text, span, suggestion string }{
		{"known official", ledeRU + "وقال لافروف إن روسيا تدعم الحوار. وأضاف لافرووف أن اللقاء المقبل في عمان.\n", "لافرووف", "لافروف"},
		// the given name is written one way, unlike the gazetteer; the
		// surname two ways: the fix is the surname's
		{"the word the text writes two ways first", "موسكو 3 مارس 2026 (قنا) - استقبل رئيس الوزراء الروسي ميخايل ميشوستين اليوم في موسكو وزير الخارجية القطري.\nوقال ميشوستن إن روسيا ترحب بتوسيع الاستثمارات القطرية.\n", "ميشوستن", "ميشوستين"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
}

// TestVariantsOfAnyone: people the gazetteer does not know, written two
// ways as transliterations differ, are one person reported as a variant;
// two people who only share a surname, or whose Arabic given names differ,
// are not.
func TestVariantsOfAnyone(t *testing.T) {
	const lede = "مدريد 3 مارس 2026 (إفي) أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في مدريد محادثات مع نظيره الإسباني.\n"
	catches := []struct{ name, text, fix string }{
		{"ز and ث", lede + "وقال المستشار خوسيه بيريز إن اللقاء مهم. وأضاف المستشار خوسيه بيريث أن الحوار مستمر. ورأى خوسيه بيريز أن الأمر يتطلب وقتا.\n", "بيريز"},
		{"تش and ش", lede + "وقال الباحث ونستون تشرشل إن اللقاء مهم. وأضاف الباحث ونستون شرشل أن الحوار مستمر. ورأى ونستون تشرشل أن الأمر يتطلب وقتا.\n", "تشرشل"},
		{"a nisba with and without its ي", lede + "وقال الدكتور كريم القاسمي إن اللقاء مهم. وأضاف الدكتور كريم القاسم أن الحوار مستمر. ورأى كريم القاسمي أن الأمر يتطلب وقتا.\n", "القاسمي"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			require.Len(t, fs, 1)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.fix, *fs[0].Suggestion, "the majority's spelling")
		})
	}
	clean := []struct{ name, text string }{
		{"two people with one surname", lede + "وقال الباحث وانغ يي إن اللقاء مهم. وأضاف الباحث وانغ وين تاو أن الحوار مستمر.\n"},
		{"two Arabic given names with one key", lede + "وقال الدكتور محمد صالح إن اللقاء مهم. وأضاف الدكتور محمود صالح أن الحوار مستمر.\n"},
		{"a name and a compound given name", lede + "وقال الدكتور عبد الله إن اللقاء مهم. وأضاف الدكتور محمد العبد الله أن الحوار مستمر.\n"},
		{"one spelling throughout", lede + "وقال المستشار خوسيه بيريز إن اللقاء مهم. وأضاف بيريز أن الحوار مستمر.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}

// TestRecurringNames: a given name followed by a name the text writes
// again is a person, found without a title before it; a common word after
// a given name that is also a word is none.
func TestRecurringNames(t *testing.T) {
	const lede = "مدريد 3 مارس 2026 (إفي) أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في مدريد محادثات مع نظيره الإسباني.\n"
	found := lede + "وكان خوسيه بيريز قد زار موسكو العام الماضي. ونقلت الصحف عن بيريز تأييده للحوار. ورحب بيريث بالنتائج.\n"
	fs := findingsOf(t, found, consistency.NameVariant)
	require.Len(t, fs, 1)
	assert.Equal(t, "بيريث", fs[0].Text)
	clean := []string{
		lede + "ووضع كامل الرسوم على الطاولة، ثم خفضت الرسوم، وبقيت الرسوم الأخرى كما هي.\n",
		lede + "ورفعت صورة كبيرة في القاعة، وعلقت صورة أخرى عند المدخل.\n",
	}
	for _, text := range clean {
		assert.Empty(t, findingsOf(t, text, consistency.NameVariant))
	}
}

// TestOfficialStateInLists: in a list of titled people each title goes
// with its own name: the title after one name that goes on to another name
// is that name's, so a list of correct titles raises nothing, while an
// official under another state's title in the list is still a conflict.
func TestOfficialStateInLists(t *testing.T) {
	const lede = "القاهرة 3 مارس 2026 (أ ش أ) شارك في القمة "
	clean := lede + "العاهل الأردني الملك عبد الله الثاني، والرئيس المصري عبد الفتاح السيسي، والعاهل البحريني الملك حمد بن عيسى آل خليفة، والرئيس الفلسطيني محمود عباس.\n"
	assert.Empty(t, findingsOf(t, clean, consistency.CountryConflict))
	slip := lede + "الرئيس المصري عبد الفتاح السيسي، والعاهل الأردني حمد بن عيسى آل خليفة، والرئيس الفلسطيني محمود عباس.\n"
	fs := findingsOf(t, slip, consistency.CountryConflict)
	require.Len(t, fs, 1)
	assert.Equal(t, "الأردني", fs[0].Text)
	require.NotNil(t, fs[0].Suggestion)
	assert.Equal(t, "البحريني", *fs[0].Suggestion)
	// a king named with his honorific under another state's title
	king := lede + "الرئيس المصري عبد الفتاح السيسي، والعاهل الأردني الملك حمد بن عيسى آل خليفة، والرئيس الفلسطيني محمود عباس.\n"
	fs = findingsOf(t, king, consistency.CountryConflict)
	require.Len(t, fs, 1)
	assert.Equal(t, "الأردني", fs[0].Text)
	// the title after السيسي's name belongs to the next name, not to him
	after := lede + "العاهل الأردني الملك عبد الله الثاني، والرئيس المصري عبد الفتاح السيسي.\n"
	assert.Empty(t, findingsOf(t, after, consistency.CountryConflict))
}

// TestVariantMessagesKept: a Checker renders a name variant's message once
// and keeps it; the kept message is the one a fresh render gives (the
// English format with the finding's arguments), each finding has its own
// arguments, and texts with other spellings get messages of their own.
func TestVariantMessagesKept(t *testing.T) {
	const lede = "مدريد 3 مارس 2026 (إفي) أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في مدريد محادثات مع نظيره الإسباني.\n"
	texts := []string{
		lede + "وقال المستشار خوسيه بيريز إن اللقاء مهم. وأضاف المستشار خوسيه بيريث أن الحوار مستمر. ورأى خوسيه بيريز أن الأمر يتطلب وقتا.\n",
		lede + "وقال الباحث ونستون تشرشل إن اللقاء مهم. وأضاف الباحث ونستون شرشل أن الحوار مستمر. ورأى ونستون تشرشل أن الأمر يتطلب وقتا.\n",
		ledeRU + "وقال لافروف إن روسيا تدعم الحوار. وأضاف لافرووف أن اللقاء المقبل في عمان.\n",
	}
	info, ok := finding.Info(finding.NameVariant)
	require.True(t, ok)
	for _, lang := range []string{"ar", "en"} {
		c, err := nazir.NewChecker(nazir.WithOptions(consistency.Options{Language: lang}))
		require.NoError(t, err)
		seen := map[string]bool{}
		for _, text := range texts {
			var first consistency.Finding
			for round := range 2 {
				rep, err := c.Check([]byte(text))
				require.NoError(t, err)
				var fs []consistency.Finding
				for _, f := range rep.Findings {
					if f.Kind == consistency.NameVariant {
						fs = append(fs, f)
					}
				}
				require.Len(t, fs, 1, lang)
				if lang == "en" {
					assert.Equal(t, fmt.Sprintf(info.Message, fs[0].Args...), fs[0].Message)
				}
				if round == 0 {
					first = fs[0]
					assert.False(t, seen[first.Message], "%s: a message of its own: %s", lang, first.Message)
					seen[first.Message] = true
					continue
				}
				assert.Equal(t, first, fs[0], "%s: kept message", lang)
				fs[0].Args[0] = "changed"
				assert.NotEqual(t, "changed", first.Args[0], "arguments are the finding's own")
			}
		}
	}
}
