package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/finding"
)

// findingsOf returns the findings of one kind.
func findingsOf(t *testing.T, text string, kind finding.Kind) []consistency.Finding {
	t.Helper()
	rep, err := mustChecker(t).Check([]byte(text))
	require.NoError(t, err)
	var out []consistency.Finding
	for _, f := range rep.Findings {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
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
			fs := findingsOf(t, tc.text, consistency.WrongGivenName)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.span, fs[0].Text)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.suggestion, *fs[0].Suggestion)
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.span, fs[0].Text)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.suggestion, *fs[0].Suggestion)
		})
	}
}
