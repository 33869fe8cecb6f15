package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestForeignLetterVariant: a foreign name written with one letter of a
// foreign sound two ways that the name keys keep apart (ج/ي for "j", خ/ج
// or خ/غ for the Spanish "j" and "g") is one person, alone after a verb
// or in full; a short name whose final vowel differs (تشن هوي، تشن هوا)
// and two such letters in different names are two people.
func TestForeignLetterVariant(t *testing.T) {
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"ج for ي, the surname alone",
			"عمان 12 فبراير 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم المبعوثة الهولندية السيدة ماريكه يانسن.\nمن جانبها، أشارت جانسن إلى أن بلادها ستمول دراسة جديدة.\n",
			"جانسن", "يانسن"},
		{"ج for خ, in full",
			"الرباط 3 مارس 2026 - أجرى وزير الخارجية المغربي اليوم مباحثات مع كاتب الدولة الإسباني السيد لويس خيمينو.\nوقال لويس جيمينو في تصريح للصحافة إن مدريد ترى في المملكة شريكا موثوقا.\n",
			"جيمينو", "خيمينو"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"two officials whose short given names differ in the final vowel",
			"القاهرة 16 أبريل 2026 (أ ش أ) - استقبل وزير الخارجية المصري اليوم نائب وزير التجارة الصيني السيد تشن هوي، بحضور السفير الصيني السيد تشن هوا.\nوأكد تشن هوي أن بكين تعتبر مصر شريكا، بينما أشار تشن هوا إلى تزايد أعداد الطلاب.\n"},
		{"the surname alone written as the name",
			"عمان 12 فبراير 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم المبعوثة الهولندية السيدة ماريكه يانسن.\nمن جانبها، أشارت يانسن إلى أن بلادها ستمول دراسة جديدة.\n"},
		{"a word a letter apart that is no name of the text",
			"الرباط 3 مارس 2026 - أجرى وزير الخارجية المغربي اليوم مباحثات مع كاتب الدولة الإسباني السيد لويس خيمينو.\nوقال جيمي لوبيز في تصريح للصحافة إن مدريد ترى في المملكة شريكا موثوقا.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}

// TestGivenNameNotClitic: a foreign given name that reads as proclitics
// and a state's word (كارمن: ك + أرمن) is a name when a name word follows
// it, so the person is found and her surname's variant too (the states
// after proclitics: TestDropGivenClitics).
func TestGivenNameNotClitic(t *testing.T) {
	const lede = "الكويت 8 أبريل 2026 (كونا) - استقبل نائب وزير الخارجية الكويتي اليوم سفيرة إسبانيا لدى البلاد السيدة كارمن رودريغيث.\n"
	requireOneFix(t, lede+"ونقلت كارمن رودريغيز تحيات وزير الخارجية الإسباني.\n", consistency.NameVariant, "رودريغيز", "رودريغيث")
	assert.Empty(t, findingsOf(t, lede+"ونقلت كارمن رودريغيث تحيات وزير الخارجية الإسباني.\n", consistency.NameVariant))
}
