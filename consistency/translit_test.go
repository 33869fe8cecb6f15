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

// TestNameShapes: an unknown person's name written again another way in
// the shapes other writers use is one person: the surname alone after a
// person noun and the state's nisba (المسؤول الروسي جاربوزوف), first in its
// clause before a speech verb (شيرنيشوفا أشارت), a name no title opens that
// the text writes again another way (مع ميكا كورهونن، المدير العام … وقال
// كورهونين), and a father's name respelt between the same given name and
// surname. The same shapes with one spelling, or a word that is no name of
// the text, are left alone.
func TestNameShapes(t *testing.T) {
	const ledeRU = "القاهرة 5 مايو 2026 (أ ش أ) - استقبل مساعد وزير الخارجية المصري اليوم نائب رئيس الوكالة الروسية للتعاون الدولي السيد دميتري غاربوزوف.\n"
	const ledeUA = "عمان 26 يناير 2026 (بترا) - أجرى أمين عام وزارة الخارجية الأردنية اليوم مباحثات مع نائبة وزير الخارجية الأوكراني ناتاليا تشيرنيشوفا.\n"
	const ledeFI = "مسقط 14 يناير 2026 (العمانية) - بحث وكيل وزارة الخارجية العماني اليوم مع ميكا كورهونن، المدير العام لإدارة أفريقيا في وزارة الخارجية الفنلندية، مسار المشاورات السياسية بين سلطنة عمان وفنلندا.\n"
	const ledeAE = "أبوظبي 23 فبراير 2026 (وام) - استقبل وزير الدولة الإماراتي اليوم رئيس لجنة الشؤون الدولية في مجلس الاتحاد الروسي، السيد أليكسي سيرغييفيتش ماكاروف.\n"
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"after a person noun and the nisba", ledeRU + "وأكد المسؤول الروسي جاربوزوف أن موسكو ستزيد عدد المنح.\n", "جاربوزوف", "غاربوزوف"},
		{"first in the sentence before a speech verb", ledeUA + "شيرنيشوفا أشارت إلى أن صادرات الحبوب ستستمر.\n", "شيرنيشوفا", "تشيرنيشوفا"},
		{"a name no title opens, written again after a speech verb", ledeFI + "وقال كورهونين إن بلاده ترى في السلطنة شريكا موثوقا.\n", "كورهونين", "كورهونن"},
		{"a father's name respelt", ledeAE + "وفي ختام اللقاء، وجه أليكسي ثيرغييفيتش ماكاروف الدعوة إلى وفد برلماني.\n", "ثيرغييفيتش", "سيرغييفيتش"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"the surname after a person noun as written", ledeRU + "وأكد المسؤول الروسي غاربوزوف أن موسكو ستزيد عدد المنح.\n"},
		{"another word before a speech verb", ledeUA + "الحكومة أشارت إلى أن صادرات الحبوب ستستمر.\n"},
		{"a name no title opens, written again as it stands", ledeFI + "وقال كورهونن إن بلاده ترى في السلطنة شريكا موثوقا.\n"},
		{"a word that is no name after a speech verb", ledeFI + "وقال مسؤولون إن بلادهم ترى في السلطنة شريكا موثوقا.\n"},
		{"another father's name after another given name", ledeAE + "وفي ختام اللقاء، وجه إيفان ثيرغييفيتش ماكاروف الدعوة إلى وفد برلماني.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}

// TestSurnameBesideCloseNames: a surname alone, respelt, that can be two
// people's joins the one whose surname it is written closest to; written
// as one of them, it is that person and no variant; as far from both, it
// joins neither.
func TestSurnameBesideCloseNames(t *testing.T) {
	const lede = "مسقط 22 مارس 2026 (العمانية) - استقبل وزير الخارجية العماني اليوم وزيرة التنمية الدولية النرويجية السيدة إنغريد هانسون، يرافقها سفير النرويج لدى السلطنة السيد بير هانسن.\n"
	requireOneFix(t, lede+"وأشارت هانسون إلى تقدير أوسلو لجهود السلطنة، فيما استعرض هانزن المشروعات النرويجية.\n", consistency.NameVariant, "هانزن", "هانسن")
	clean := []struct{ name, text string }{
		{"each surname as written", lede + "وأشارت هانسون إلى تقدير أوسلو لجهود السلطنة، فيما استعرض هانسن المشروعات النرويجية.\n"},
		{"a spelling as far from both", "مسقط 22 مارس 2026 (العمانية) - استقبل وزير الخارجية العماني اليوم السيدة إنغريد هانسن، يرافقها السيد بير هانزن.\nفيما استعرض هانثن المشروعات النرويجية.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}

// TestNamesakeNamedAgain: a known official's namesake, under another
// state's title and after an honorific, named again without the title,
// the given name respelt, is the namesake still: the two spellings are a
// variant of that person, not the official's. The namesake named again as
// written, or the official named by his own given name, is no variant.
func TestNamesakeNamedAgain(t *testing.T) {
	const lede = "أبوظبي 14 فبراير 2026 (وام) - تلقى وزير الدولة الإماراتي اتصالا هاتفيا اليوم من نائب وزير الخارجية المكسيكي السيد خيراردو أورتيغا، بحثا خلاله العلاقات الثنائية.\n"
	requireOneFix(t, lede+"وأعرب غيراردو أورتيغا عن تطلع بلاده إلى استضافة المنتدى الاقتصادي.\n", consistency.NameVariant, "غيراردو", "خيراردو")
	clean := []struct{ name, text string }{
		{"the namesake named again as written", lede + "وأعرب خيراردو أورتيغا عن تطلع بلاده إلى استضافة المنتدى الاقتصادي.\n"},
		{"the official by his own given name", lede + "وتطرق الاتصال إلى زيارة الرئيس النيكاراغوي دانيال أورتيغا إلى الدولة.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}
