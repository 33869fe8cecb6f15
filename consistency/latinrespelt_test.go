package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestLatinRespeltKnown: a known minister's surname written again where a
// name stands, one letter from the gazetteer's spelling and still a
// spelling of the minister's Latin surname, is that minister written
// another way (w read as و; a silent final t written); a word that is
// another person's surname as the text writes it, a word one letter away
// that the Latin name does not fit, and the surname after a proclitic are
// not.
func TestLatinRespeltKnown(t *testing.T) {
	const berlin = "برلين 10 يونيو 2025 (د ب أ) - استقبل وزير الخارجية الألماني يوهان فاديفول اليوم في برلين نظيره الأردني أيمن الصفدي.\n"
	const paris = "باريس 4 مارس 2025 (أ ف ب) - استقبل وزير أوروبا والشؤون الخارجية الفرنسي جان نويل بارو اليوم في باريس وزير الدولة البرتغالي باولو رانجيل.\n"
	for _, c := range []struct {
		name, text, word string // word: the respelt surname, "" for no finding
	}{
		{"w read as in English", berlin + "وقال وادفول إن بلاده تدعم الحوار.\n", "وادفول"},
		{"a silent final letter written", paris + "وأكد باروت أن باريس تدعم الربط الكهربائي.\n", "باروت"},
		{"another person's surname as written", paris + "وحضر وزير الاقتصاد جواو باروس، وأوضح باروس أن التمويل أوروبي.\n", ""},
		{"a letter the Latin name does not have", berlin + "وقال فاديمول إن بلاده تدعم الحوار.\n", ""},
		{"the surname as the gazetteer writes it", berlin + "وقال فاديفول إن بلاده تدعم الحوار.\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs := findingsOf(t, c.text, consistency.NameVariant)
			if c.word == "" {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Contains(t, mentionTexts(fs[0]), c.word)
		})
	}
}

// TestOneArabicGivenApart: two people the gazetteer does not know, one
// family name, given names of as many letters a key class apart, one an
// Arabic given name of the lexicon (سامر; ثامر is a name of its own), are
// two people; a Spanish given name written with ث and س (لوثيا، لوسيا) is
// one name written two ways.
func TestOneArabicGivenApart(t *testing.T) {
	const kw = "الكويت 8 ديسمبر 2025 (كونا) - استقبل نائب وزير الخارجية السفير ثامر العنزي اليوم سفير مملكة البحرين لدى البلاد، بحضور مدير إدارة مجلس التعاون السفير سامر العنزي.\n" +
		"وأكد ثامر العنزي متانة العلاقات، فيما عرض سامر العنزي جدول الأعمال.\n"
	assert.Empty(t, findingsOf(t, kw, consistency.NameVariant))
	const es = "الكويت 20 يناير 2026 (كونا) - استقبلت مساعدة وزير الخارجية السفيرة هند المطيري اليوم المديرة العامة في وزارة الخارجية الإسبانية السيدة لوثيا أرانغورين.\n" +
		"وأعربت لوسيا أرانغورين عن تقدير مدريد لدور الكويت.\n"
	fs := findingsOf(t, es, consistency.NameVariant)
	require.Len(t, fs, 1)
	assert.Contains(t, mentionTexts(fs[0]), "لوسيا أرانغورين")
}
