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
