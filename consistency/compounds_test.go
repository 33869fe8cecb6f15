package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestCompoundWrittenTwoWays: a compound given name or surname (عبد …،
// … الدين، … الله) written joined in one place and apart in another is one
// person written two ways: the finding points at the compound, and its
// fix is the gazetteer's spelling for a known person, else the spelling
// most occurrences use (the first on a tie). The canonical form is the
// longest occurrence with the compound so spelt.
func TestCompoundWrittenTwoWays(t *testing.T) {
	cases := []struct {
		name, text, span, suggestion, canonical string
	}{
		{"a given name ending in الدين, joined the second time",
			"الرباط 4 فبراير 2026 - ترأس المهندس نور الدين الحمادي، مدير هيئة الموانئ، اجتماعا مع وفد إسباني.\n" +
				"وقال نورالدين الحمادي إن الميناء سيستقبل سفنا أكبر.\n",
			"نورالدين", "نور الدين", "نور الدين الحمادي"},
		{"joined first, apart twice after: the majority is the fix",
			"الرباط 4 فبراير 2026 - ترأس المهندس نورالدين الحمادي، مدير هيئة الموانئ، اجتماعا مع وفد إسباني.\n" +
				"وقال نور الدين الحمادي إن الميناء سيستقبل سفنا أكبر.\nوأضاف نور الدين الحمادي أن الأشغال تنتهي في الصيف.\n",
			"نورالدين", "نور الدين", "نور الدين الحمادي"},
		{"a surname with عبد, alone and joined after the full name",
			"جنيف 9 مارس 2026 - عقد السفير خالد عبد الرحيم، مندوب الجامعة العربية، لقاء مع ممثلي وكالات الإغاثة.\n" +
				"وشدد السفير عبدالرحيم على فتح المعابر دون شروط.\n",
			"عبدالرحيم", "عبد الرحيم", "خالد عبد الرحيم"},
		{"a known minister's surname joined: the gazetteer's spelling",
			"القاهرة 2 أبريل 2026 - بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره الأردني أيمن الصفدي تطورات الأوضاع.\n" +
				"وأكد عبدالعاطي أن التنسيق بين البلدين مستمر.\n",
			"عبدالعاطي", "عبد العاطي", "بدر عبد العاطي"},
		{"a name written again where no title or verb stands",
			"عمان 5 مايو 2026 - استقبل الدكتور صلاح الدين العمري، رئيس جامعة المشرق، وفدا من جامعات تونسية.\n" +
				"وتناول اللقاء الذي حضره صلاحالدين العمري برامج التبادل.\n",
			"صلاحالدين", "صلاح الدين", "صلاح الدين العمري"},
		{"a king's compound apart, then joined without his ordinal: the gazetteer writes it joined",
			"عمان 3 مارس 2026 - استقبل الملك عبد الله الثاني في قصر الحسينية وفدا من مجلس الشيوخ الإيطالي.\n" +
				"وأكد الملك عبدالله دعم الأردن لجهود التهدئة في المنطقة.\n",
			"عبد الله", "عبدالله", "عبدالله الثاني بن الحسين"},
		{"ابن once, بن twice: the majority is the fix",
			"مسقط 6 مارس 2026 - افتتح الدكتور سعيد ابن عمر الفارسي، مدير المستشفى، جناحا جديدا للأطفال.\n" +
				"وأكد سعيد بن عمر الفارسي أن الجناح يخدم المحافظات كلها.\nوأضاف سعيد بن عمر الفارسي أن الكوادر جاهزة.\n",
			"ابن", "بن", "سعيد بن عمر الفارسي"},
		{"a given name ending in الله, joined",
			"صنعاء 8 يناير 2026 - التقت السيدة أمة الله الزبيدي، رئيسة جمعية خيرية، فريقا من المتطوعين.\n" +
				"وأشادت أمةالله الزبيدي بجهود الفريق في توزيع المساعدات.\n",
			"أمةالله", "أمة الله", "أمة الله الزبيدي"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.span, fs[0].Text)
			require.NotNil(t, fs[0].Suggestion)
			assert.Equal(t, tc.suggestion, *fs[0].Suggestion)
			assert.Equal(t, tc.canonical, fs[0].Canonical)
		})
	}
}

// TestCompoundPeopleApart: names that share a compound or a surname but
// are two people stay apart: two compounds before one surname, a compound
// that is a father's name after بن, and one spelling throughout.
func TestCompoundPeopleApart(t *testing.T) {
	clean := []struct{ name, text string }{
		{"two compounds, one surname",
			"الكويت 6 يونيو 2026 - التقى السيد عبد الكريم الشمري، وكيل الوزارة، السيد عبدالرحمن الشمري، مدير الصندوق.\n" +
				"وقال عبد الكريم الشمري إن التنسيق قائم، فيما أكد عبدالرحمن الشمري أن الصندوق جاهز.\n"},
		{"two given names before الدين, one surname",
			"عمان 7 يونيو 2026 - شارك المهندس نور الدين الحمادي، مدير الهيئة، في الاجتماع إلى جانب الدكتور صلاحالدين الحمادي، نائب رئيس الجامعة.\n" +
				"وقال نور الدين الحمادي إن المشروع يسير وفق الخطة، فيما أوضح صلاحالدين الحمادي أن الجامعة ستوفر الكوادر.\n"},
		{"a father's name after بن is not the son's given name",
			"جدة 1 يوليو 2026 - استقبل السيد محمد بن عبد الكريم الزهراني، رئيس الغرفة التجارية، الدكتور عبدالكريم الزهراني، رئيس اللجنة المنظمة، في مقر الغرفة.\n" +
				"وقال عبدالكريم الزهراني إن المعرض يضم مئتي جناح.\n"},
		{"a king and his father",
			"الرياض 2 يوليو 2026 - استقبل الملك سلمان بن عبدالعزيز وفدا رسميا من الكويت.\n" +
				"وجرى خلال اللقاء استعراض تاريخ العلاقات منذ عهد الملك عبد العزيز.\n"},
		{"a king and a minister who share a compound given name",
			"عمان 3 مارس 2026 - استقبل الملك عبد الله الثاني في قصر الحسينية وزير الخارجية الإماراتي الشيخ عبدالله بن زايد.\n" +
				"وبحث الملك عبد الله الثاني والشيخ عبدالله بن زايد العلاقات الثنائية.\n"},
		{"بن throughout",
			"مسقط 6 مارس 2026 - افتتح الدكتور سعيد بن عمر الفارسي، مدير المستشفى، جناحا جديدا للأطفال.\n" +
				"وأكد سعيد بن عمر الفارسي أن الجناح يخدم المحافظات كلها.\n"},
		{"one spelling throughout",
			"الرباط 4 فبراير 2026 - ترأس المهندس نور الدين الحمادي، مدير هيئة الموانئ، اجتماعا مع وفد إسباني.\n" +
				"وقال نور الدين الحمادي إن الميناء سيستقبل سفنا أكبر.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, findingsOf(t, tc.text, consistency.NameVariant))
		})
	}
}
