package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestWrittenSurnameAlone: a known official's surname as the text writes
// it (the last word of a compound surname the gazetteer lists with its
// space, a name in an order the gazetteer's surname field does not
// follow) is compared with a word written alone where a name stands; a
// word written like it elsewhere, or spelt as the text spells it, is left
// alone.
func TestWrittenSurnameAlone(t *testing.T) {
	const lede = ledeJO + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم في عمان "
	catches := []struct {
		name, text, lone string
	}{
		{"the second part of a compound surname, a long vowel dropped after a verb a name follows",
			lede + "وزير الخارجية الهندي سوبراهمانيام جاي شانكار، وبحث الجانبان الأوضاع في المنطقة.\nوأشاد شنكار بدور الأردن في المنطقة.\n",
			"شنكار"},
		{"the same with the long vowel moved",
			lede + "وزير الخارجية الهندي سوبراهمانيام جاي شانكار، وبحث الجانبان الأوضاع في المنطقة.\nوثمن شانكر جهود الأردن.\n",
			"شانكر"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			require.Len(t, fs, 1)
			texts := mentionTexts(fs[0])
			assert.Contains(t, texts, tc.lone)
			assert.Contains(t, texts, "سوبراهمانيام جاي شانكار")
		})
	}
	clean := []struct{ name, text string }{
		{"the compound's second part written as the text writes it",
			lede + "وزير الخارجية الهندي سوبراهمانيام جاي شانكار، وبحث الجانبان الأوضاع في المنطقة.\nوأشاد شانكار بدور الأردن في المنطقة.\n"},
		{"a word like it where no name stands",
			lede + "وزير الخارجية الهندي سوبراهمانيام جاي شانكار، وبحث الجانبان الأوضاع في المنطقة.\nوأكد الصفدي أن مشروع شنكار للري يخدم المزارعين.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			assert.Empty(t, fs)
		})
	}
}

// TestNameJoinedApart: a double surname or a double given name written as
// one word in one place and as two in another is one person written two
// ways; two people who share a surname, and a name word that is also a
// word of another name, are not.
func TestNameJoinedApart(t *testing.T) {
	const lede = ledeJO + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم في عمان "
	catches := []struct {
		name, text, a, b string
	}{
		{"a double surname apart, then joined after a speech verb",
			lede + "وزير الخارجية الهندي سوبراهمانيام جاي شانكار، وبحث الجانبان الأوضاع في المنطقة.\nوقال جايشانكار إن الهند تقدر دور الأردن.\n",
			"سوبراهمانيام جاي شانكار", "جايشانكار"},
		{"a double surname joined, then apart",
			lede + "السيد كارلوس مارتينلوبيز، ممثل المنظمة، وبحث الجانبان الأوضاع.\nوأكد السيد كارلوس مارتين لوبيز أن المنظمة تقدر دور الأردن.\n",
			"كارلوس مارتينلوبيز", "كارلوس مارتين لوبيز"},
		{"a double given name apart, then joined",
			lede + "السيد جان بيير لاكروا، ممثل المنظمة، وبحث الجانبان الأوضاع.\nوأكد السيد جانبيير لاكروا أن المنظمة تقدر دور الأردن.\n",
			"جان بيير لاكروا", "جانبيير لاكروا"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			require.Len(t, fs, 1)
			texts := mentionTexts(fs[0])
			assert.Contains(t, texts, tc.a)
			assert.Contains(t, texts, tc.b)
		})
	}
	clean := []struct{ name, text string }{
		{"two people of one surname, each given name one word",
			lede + "السيد جان لاكروا، ممثل المنظمة، والسيد بيير لاكروا، مستشارها، وبحث الجانبان الأوضاع.\nوأكد السيد جان لاكروا أن المنظمة تقدر دور الأردن.\n"},
		{"a double surname written the same way twice",
			lede + "وزير الخارجية الهندي سوبراهمانيام جاي شانكار، وبحث الجانبان الأوضاع في المنطقة.\nوقال جاي شانكار إن الهند تقدر دور الأردن.\n"},
		{"two Wangs: the foreign minister and another official of that surname",
			lede + "وزير الخارجية الصيني وانغ يي، ونائب وزير التجارة الصيني وانغ شو ون، وبحث الجانبان التعاون.\nوقال وانغ يي إن الصين تقدر دور الأردن.\n"},
		{"a father and his son, one name inside the other's",
			lede + "الشيخ محمد بن زايد آل نهيان، ونجله الشيخ خالد بن محمد بن زايد آل نهيان، وبحث الجانبان التعاون.\n"},
		{"a person whose surname is a city's name, and the city",
			lede + "السفير الأمريكي ستيفن واشنطن، وبحث الجانبان التعاون.\nوكان الصفدي قد زار واشنطن الشهر الماضي.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}

// FuzzNameWrittenTwice: a full name and a word written again where a name
// stands, both any text, keep Check's invariants (FuzzCheck's): the paths
// that compare a word alone with the surnames the text writes and a name
// joined with one written apart read them.
func FuzzNameWrittenTwice(f *testing.F) {
	f.Add("سوبراهمانيام جاي شانكار", "شنكار")
	f.Add("كارلوس مارتين لوبيز", "مارتينلوبيز")
	f.Add("جان بيير لاكروا", "جانبيير")
	f.Add("لي تشيانغ", "تشيانج")
	f.Add("", "\xff")
	c := checker(f)
	f.Fuzz(func(t *testing.T, name, again string) {
		src := ledeJO + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم في عمان السيد " + name +
			"، وبحث الجانبان الأوضاع.\nوأشاد " + again + " بدور الأردن، وقال " + again + " إن الزيارة مهمة.\n"
		checkInvariants(t, c, []byte(src))
	})
}
