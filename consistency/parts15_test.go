package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
)

// TestNoContactParticipants15 reads testdata/parts15: readouts whose
// format gives no word of contact where a readout has one, clean and
// slipped: a ministry's statement translated from English, a
// broadcaster's readout that opens with its topic and names the meeting
// late or not at all, a press conference's transcript translated from
// Chinese (questions and answers), wires in the old spelling, a speech
// whose venue is named without a dateline, a ministry's briefing, a
// statement on hosting a guest; and three clean texts with no contact
// at all (a condemnation, a broadcaster's topic story, a welcome of a
// foreign president's announcement). The
// checker does not read all of them right: the test logs each readout it
// gets wrong and holds the totals at their floors.
func TestNoContactParticipants15(t *testing.T) {
	tot := readSetTotals(t, "../testdata/parts15")
	assert.Equal(t, 12, tot.clean, "clean readouts")
	assert.GreaterOrEqual(t, tot.parts, parts15MinParts, "participants read right")
	assert.GreaterOrEqual(t, tot.cleanQuiet, parts15MinQuiet, "clean readouts without a conflict")
	assert.GreaterOrEqual(t, tot.found, parts15MinFound, "slips found")
	assert.LessOrEqual(t, tot.falseOnSlipped, parts15MaxFalse, "false conflicts on the slipped readouts")
}

// The floors of TestNoContactParticipants15: the checker's figures on
// testdata/parts15 with a visit read by its place, raised as it improves
// (before: participants 13/21, slips found 3/13).
const (
	parts15MinParts = 19
	parts15MinQuiet = 12
	parts15MinFound = 6
	parts15MaxFalse = 2
)

// TestVisitByPlace: a lede with no word of contact that puts the event in
// the dateline's state (في + its capital or city, في العاصمة + its nisba)
// and names one other state's official by title in its own clause (the
// subject, or after مع or a proclitic ب/ل) reports a contact between the
// two; the same lede where the other state's official is only what the
// clause is about (إعلان الرئيس …), in the words reported, or named at
// another place than the dateline's reports none. Without a dateline, a
// speech's place in the lede names the state it is given in.
func TestVisitByPlace(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	cases := []participantCase{
		{"a guest welcomed in the capital", "فيينا، 7 يوليو 2026 - رحبت وزيرة الخارجية النمساوية صباح اليوم في فيينا بوزير الخارجية التشيلي، وتناولت معه العلاقات الاقتصادية وتعاون البلدين في الطاقة المتجددة.\n" +
			"وقالت الوزيرة إن النمسا تنظر إلى تشيلي شريكا مهما في أمريكا اللاتينية.\n", []string{"AT", "CL"}},
		{"a guest as the subject, the capital by its nisba", "وارسو (الإذاعة البولندية) - الحبوب والطاقة وأمن البحر الأسود ملفات ناقشها وزير الخارجية المولدوفي في العاصمة البولندية اليوم.\n" +
			"وجلس الوزير الضيف مع نظيره البولندي ساعة كاملة.\n", []string{"MD", "PL"}},
		{"thanked, after a proclitic lam", "أوتاوا، 3 مايو 2026 - عبرت وزيرة الخارجية الكندية عن شكرها لوزير الخارجية الغاني على النقاش المثمر الذي دار بينهما اليوم في أوتاوا حول التجارة والهجرة.\n", []string{"CA", "GH"}},
		{"a foreign president's announcement welcomed", "فيينا، 7 يوليو 2026 - رحبت وزيرة الخارجية النمساوية اليوم في فيينا بإعلان الرئيس التشيلي عن خطة وطنية للمناخ، ووصفته بأنه خطوة جريئة.\n", nil},
		{"the other official in the words reported", "فيينا، 7 يوليو 2026 - قالت وزيرة الخارجية النمساوية اليوم في فيينا إن وزير الخارجية التشيلي سيعرض خطة بلاده للمناخ على الاتحاد الأوروبي.\n", nil},
		{"the place is another state's", "فيينا، 7 يوليو 2026 - رحبت وزيرة الخارجية النمساوية اليوم في سانتياغو بوزير الخارجية التشيلي.\n", nil},
		{"a speech placed by its city, no dateline", "ألقى وزير الخارجية الياباني كلمة أمام غرفة التجارة في هانوي صباح اليوم، عرض فيها خطط الاستثمار الياباني في البنية التحتية.\n" +
			"وقال الوزير إن اليابان وفيتنام شريكان في أمن المنطقة.\n", []string{"JP", "VN"}},
		{"a speech at home, no dateline", "ألقى وزير الخارجية الياباني كلمة أمام غرفة التجارة في طوكيو صباح اليوم، عرض فيها خطط الاستثمار الياباني في فيتنام.\n", nil},
	}
	checkParticipantCases(t, c, cases)
}

// TestLaterContactNamed: a broadcaster's story that opens with what a
// minister said and names the meeting it was said at in a later sentence
// that opens with an occasion verb and a word that puts words at a
// contact (وجاءت تصريحات الوزير عقب لقائه …) reports that contact; a
// sentence that says what a visit is part of (ويأتي اللقاء في إطار جولة
// تشمل …) does not bring the tour's stops into the window.
func TestLaterContactNamed(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	long := "وأشار الوزير إلى أن الدنمارك خصصت خلال السنوات الخمس الماضية أكثر من مئتي مليون كرونة لبناء المدارس وتجهيز المختبرات وتدريب المعلمين في المقاطعات الكينية، وأن نتائج هذه البرامج شجعت الحكومة على توسيعها.\n" +
		"وأوضح الوزير أن البرنامج الجديد يشمل منحا لطلبة الهندسة والطب وتدريبا للموظفين في الإدارة المحلية، وأن الحكومة ستعرضه على البرلمان خلال الأسابيع المقبلة بعد أن تستكمل دراسة كلفته وآثاره على الموازنة العامة للدولة في السنوات الثلاث المقبلة.\n"
	cases := []participantCase{
		{"the meeting named by the occasion sentence", "كوبنهاغن (الإذاعة الدنماركية) - قال وزير الخارجية الدنماركي إن بلاده ستضاعف برامج التعاون التعليمي مع كينيا في العام المقبل، مع تركيز خاص على التدريب المهني وتعليم الفتيات في المناطق الريفية والمدن الصغيرة.\n" +
			long + "وجاءت تصريحات الوزير عقب لقائه نظيره الكيني في كوبنهاغن صباح اليوم.\n", []string{"DK", "KE"}},
		{"the occasion sentence names no contact", "كوبنهاغن (الإذاعة الدنماركية) - قال وزير الخارجية الدنماركي إن بلاده ستضاعف برامج التعاون التعليمي مع كينيا في العام المقبل، مع تركيز خاص على التدريب المهني وتعليم الفتيات في المناطق الريفية والمدن الصغيرة.\n" +
			long + "وجاءت تصريحات الوزير في إطار خطة حكومية لتعزيز الشراكة مع الدول الأفريقية.\n", nil},
	}
	checkParticipantCases(t, c, cases)
}

// TestContactVerbForms: the dual and other forms of contact verbs
// (التقيا، تباحث، تحادثا، استضاف) and a phone call's noun (مكالمة) report a
// contact; the same lede with a verb of opinion reports none.
func TestContactVerbForms(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	cases := []participantCase{
		{"a dual verb", "روما، 9 مارس 2026 - التقيا وزير الخارجية الإيطالي ووزير الخارجية الألباني على مائدة غداء عمل، وتناولا ملف الهجرة.\n", []string{"AL", "IT"}},
		{"tabahatha", "الرباط - تباحث وزير الشؤون الخارجية المغربي اليوم مع وزير الخارجية البيروفي في سبل تطوير التعاون الفلاحي.\n", []string{"MA", "PE"}},
		{"a call's noun", "هانوي، 4 أبريل 2026 - تناولت مكالمة بين وزير الخارجية الفيتنامي ووزيرة الخارجية الأسترالية التعاون في بحر الصين الجنوبي.\n", []string{"AU", "VN"}},
		{"hosting", "الكويت - استضاف وزير الخارجية الكويتي في ديوان الوزارة وزير خارجية سريلانكا وتناول معه أوضاع العمالة.\n", []string{"KW", "LK"}},
		{"an opinion", "روما، 9 مارس 2026 - انتقد وزير الخارجية الإيطالي تصريحات وزير الخارجية الألباني حول ملف الهجرة.\n", nil},
	}
	checkParticipantCases(t, c, cases)
}
