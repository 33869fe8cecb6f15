package consistency_test

import (
	"fmt"
	"testing"
)

// TestDestinationEvidence checks both ways the evidence a visit's
// destination is judged by besides the dateline and the lede's place:
// the visitor named in the sentence (a dateline filed in the visitor's
// own capital then names the host too), the headline's visitor, the
// visitor's known name or the host's officials met during the visit, a
// visit verb whose subject stands before its object, and a meeting at the
// visit's start (التقى في مستهلها). Each slip is beside the same text with
// the right destination, and beside a text where the other state is
// legitimately the destination of another trip. The texts are our own.
func TestDestinationEvidence(t *testing.T) {
	const rabat = "الرباط 3 مايو 2026 -- وصل وزير الخارجية ناصر بوريطة اليوم إلى %s، في المحطة الثانية من جولته الآسيوية التي بدأها بماليزيا.\n" +
		"والتقى بوريطة في جاكرتا الرئيس الإندونيسي برابوو سوبيانتو، وبحث معه التعاون في مجالي الأسمدة والطاقة.\n" +
		"كما عقد جلسة مباحثات مع نظيره الإندونيسي تناولت تسهيل التأشيرات بين البلدين.\n"
	const amman = "%s\n\n" +
		"عمان 4 مايو 2026 (بترا) -- وصل أيمن الصفدي اليوم إلى %s في زيارة رسمية يجري خلالها مباحثات مع كبار المسؤولين البولنديين.\n" +
		"وأكد الصفدي أهمية تعزيز التعاون الاقتصادي بين الأردن وبولندا، ولا سيما في قطاعي الزراعة والسياحة.\n"
	const hanoi = "هانوي 5 مايو 2026 -- يزور رئيس الوزراء التايلاندي اليوم وغدا %s، في زيارة رسمية هي الأولى له منذ توليه منصبه.\n" +
		"وعقد رئيس الوزراء التايلاندي في هانوي محادثات مع رئيس الوزراء الفيتنامي تناولت تجارة الأرز وأمن نهر ميكونغ.\n" +
		"واتفق الجانبان على رفع التبادل التجاري بين تايلاند وفيتنام.\n"
	const seoul = "بدأ وزير الخارجية الكويتي اليوم زيارة رسمية إلى %s تستمر يومين، التقى في مستهلها رئيس الوزراء الكوري الجنوبي.\n" +
		"وبحث الجانبان مشروعات الطاقة والبنية التحتية التي تنفذها شركات كورية في الكويت.\n" +
		"وأكد الوزير الكويتي حرص بلاده على تعزيز الشراكة مع كوريا الجنوبية.\n"
	runCases(t, []checkCase{
		{
			name: "slip: the dateline is the visitor's capital, the destination a third state",
			text: fmt.Sprintf(rabat, "الفلبين"),
			want: []wantConflict{{"الفلبين", "PH", "ID", "إندونيسيا", "visit-destination"}},
		},
		{name: "the same visit to the host", text: fmt.Sprintf(rabat, "إندونيسيا")},
		{name: "the host's capital as the destination", text: fmt.Sprintf(rabat, "جاكرتا")},
		{
			name: "slip: the headline's visitor and the lede's known visitor, the host's officials met",
			text: fmt.Sprintf(amman, "وزير الخارجية الأردني يصل إلى هنغاريا", "هنغاريا"),
			want: []wantConflict{
				{"هنغاريا", "HU", "PL", "بولندا", "visit-destination"},
				{"هنغاريا", "HU", "PL", "بولندا", "visit-destination"},
			},
		},
		{name: "the same visit to the host", text: fmt.Sprintf(amman, "وزير الخارجية الأردني يصل إلى بولندا", "بولندا")},
		{
			name: "a headline for a summit elsewhere is no visit to the host",
			text: "وزير الخارجية الأردني يصل إلى بروكسل للمشاركة في مؤتمر المانحين\n\n" +
				"بروكسل 4 مايو 2026 (بترا) -- التقى أيمن الصفدي على هامش مؤتمر المانحين نظيره البولندي، وبحثا التعاون الاقتصادي بين الأردن وبولندا.\n",
		},
		{
			name: "a headline whose destination the lede gives as a tour's first stop",
			text: "وزير الخارجية الأردني يصل إلى هنغاريا\n\n" +
				"عمان 4 مايو 2026 (بترا) -- بدأ أيمن الصفدي اليوم في هنغاريا جولة أوروبية يلتقي في محطتها الثانية نظيره البولندي.\n" +
				"وأكد الصفدي أهمية تعزيز التعاون الاقتصادي بين الأردن وبولندا.\n",
		},
		{
			name: "slip: a visit verb before its subject and its object",
			text: fmt.Sprintf(hanoi, "كمبوديا"),
			want: []wantConflict{{"كمبوديا", "KH", "VN", "فيتنام", "visit-destination"}},
		},
		{name: "the same verb's object the host", text: fmt.Sprintf(hanoi, "فيتنام")},
		{
			name: "a state after a preposition in the verb's clause is no object",
			text: "هانوي 5 مايو 2026 -- يزور رئيس الوزراء التايلاندي اليوم معرضا للصناعات القادمة من كمبوديا.\n" +
				"وعقد رئيس الوزراء التايلاندي في هانوي محادثات مع رئيس الوزراء الفيتنامي تناولت تجارة الأرز.\n" +
				"واتفق الجانبان على رفع التبادل التجاري بين تايلاند وفيتنام.\n",
		},
		{
			name: "slip: a meeting at the visit's start with the host's official",
			text: fmt.Sprintf(seoul, "اليابان"),
			want: []wantConflict{{"اليابان", "JP", "KR", "كوريا الجنوبية", "visit-destination"}},
		},
		{name: "the same visit to the host", text: fmt.Sprintf(seoul, "كوريا الجنوبية")},
		{
			name: "slip: a tour's list names a look-alike of the host once, and not the host",
			text: fmt.Sprintf(accra, "زامبيا وأنغولا", ""),
			want: []wantConflict{{"زامبيا", "ZM", "GM", "غامبيا", "visit-destination"}},
		},
		{
			name: "slip: a guest of a third state",
			text: "نيروبي 7 مايو 2026 -- يحل الرئيس الصومالي اليوم ضيفا على إريتريا في زيارة تستغرق يومين.\n" +
				"وأجرى الرئيس الصومالي في نيروبي مباحثات مع الرئيس الكيني تناولت أمن الحدود.\n" +
				"وأكد الجانبان حرصهما على تعزيز العلاقات بين الصومال وكينيا.\n",
			want: []wantConflict{{"إريتريا", "ER", "KE", "كينيا", "visit-destination"}},
		},
		{
			name: "a guest of the host",
			text: "نيروبي 7 مايو 2026 -- يحل الرئيس الصومالي اليوم ضيفا على كينيا في زيارة تستغرق يومين.\n" +
				"وأجرى الرئيس الصومالي في نيروبي مباحثات مع الرئيس الكيني تناولت أمن الحدود.\n" +
				"وأكد الجانبان حرصهما على تعزيز العلاقات بين الصومال وكينيا.\n",
		},
		{name: "the list names the host", text: fmt.Sprintf(accra, "غامبيا وأنغولا", "")},
		{name: "the list names the host beside its look-alike", text: fmt.Sprintf(accra, "غامبيا وزامبيا", "")},
		{name: "a stop not easily mistaken for the host", text: fmt.Sprintf(accra, "السنغال وأنغولا", "")},
		{
			name: "the look-alike's stop told again",
			text: fmt.Sprintf(accra, "زامبيا وأنغولا", "ويتوجه الوزير غدا إلى زامبيا لبحث مشروعات النحاس.\n"),
		},
	})
}

// accra is a Brazilian minister's tour whose meeting is in Banjul; its
// list of stops and a last line are filled in.
const accra = "وزير الخارجية البرازيلي يبدأ جولة تشمل %s\n\n" +
	"بانجول 6 مايو 2026 -- وصل وزير الخارجية البرازيلي إلى بانجول اليوم في المحطة الأولى من جولة إفريقية تستمر أسبوعا.\n" +
	"وأجرى الوزير مباحثات مع الرئيس الغامبي آداما بارو تناولت التعاون الزراعي وتدريب الكوادر.\n" +
	"وأكد الجانبان عزمهما على تعزيز العلاقات بين البرازيل وغامبيا.\n%s"
