package consistency_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// formatCase is a text of a format other than the ordinary readout, with
// the participants the checker should read and the conflicts it should
// raise at the default threshold (text, rule), in text order.
type formatCase struct {
	name, text string
	parts      []string
	want       []string
}

// checkFormats runs the cases: participants (sorted ids) and the texts of
// the conflicts raised.
func checkFormats(t *testing.T, cases []formatCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tc.text))
			require.NoError(t, err)
			var parts []string
			for _, p := range rep.Participants {
				parts = append(parts, p.ID)
			}
			slices.Sort(parts)
			want := slices.Clone(tc.parts)
			slices.Sort(want)
			assert.Equal(t, want, parts, "participants")
			var got []string
			for _, f := range conflicts(t, tc.text) {
				if f.Confidence >= consistency.DefaultMinConfidence {
					got = append(got, f.Text)
				}
			}
			assert.Equal(t, tc.want, got, "conflicts")
		})
	}
}

// TestDigestItemMarks checks both ways that a digest whose items open with
// a mark (an ordinal adverb, a number, a bullet) turns to its meeting
// story at the item that reports it, so that a sports item's counterpart
// before it is no party; and that a number ending with a full stop opens
// its item rather than ending a sentence of its own.
func TestDigestItemMarks(t *testing.T) {
	const (
		head   = "نشرة المساء\n\n"
		money  = "أولا: ارتفع مؤشر البورصة بنسبة نصف في المئة في ختام تعاملات الأسبوع، مدفوعا بأسهم المصارف.\n\n"
		sports = "ثانيا: في الشأن الرياضي، فاز منتخب الشباب على نظيره التونسي بهدفين دون رد في البطولة العربية.\n\n"
		close_ = "رابعا: تتوقع الأرصاد أمطارا متفرقة على المرتفعات الجبلية خلال عطلة نهاية الأسبوع.\n"
	)
	meeting := func(guestState string) string {
		return "ثالثا: وعلى الصعيد السياسي، استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم وزير خارجية جمهورية إستونيا، وبحث الجانبان التعاون في الأمن السيبراني. وأكد الوزير " + guestState + " دعم بلاده لحل الدولتين.\n\n"
	}
	numbered := func(guestState string) string {
		return "موجز الظهيرة\n\n1. أقرت الحكومة خطة لدعم المزارعين في وادي الأردن.\n2. على الصعيد الدبلوماسي، التقى وزير الخارجية الأردني أيمن الصفدي في عمان اليوم وزير خارجية جمهورية إستونيا، وبحثا التعاون في التعليم الرقمي. وأكد الوزير " + guestState + " أن بلاده ستفتح قنصلية فخرية في عمان.\n3. رياضة: يلتقي منتخب الناشئين نظيره السعودي يوم السبت.\n"
	}
	checkFormats(t, []formatCase{
		{"clean: the meeting is the third item, a sports item's counterpart before it",
			head + money + sports + meeting("الإستوني") + close_, []string{"EE", "JO"}, nil},
		{"slip: a look-alike for the guest in the meeting item",
			head + money + sports + meeting("الإيرلندي") + close_, []string{"EE", "JO"}, []string{"الإيرلندي"}},
		{"clean: numbered items, the meeting second",
			numbered("الإستوني"), []string{"EE", "JO"}, nil},
		{"slip: numbered items, the guest's state swapped in the meeting item",
			numbered("اللاتفي"), []string{"EE", "JO"}, []string{"اللاتفي"}},
	})
}

// TestHonourOccasion checks both ways that a speech or a banquet held in
// honour of a guest (على شرف) reports a contact with the guest, whose host
// is the state the speaker names as an actor beside the guest's (a slip
// for the guest's state is then judged against the right pair), and that
// an occasion only announced, or a state as a fair's guest of honour,
// reports none.
func TestHonourOccasion(t *testing.T) {
	speech := func(pair string) string {
		return "كلمة رئيس الجمهورية في مأدبة العشاء الرسمية على شرف رئيس جمهورية النمسا\n\n" +
			"حضرة الرئيسة الضيفة، السيدات والسادة،\n\n" +
			"يسرني أن أرحب بكم في بلدكم الثاني، فبين شعبينا روابط من الثقافة والموسيقى والتجارة منذ عقود.\n\n" +
			"لقد تحدثنا اليوم عن الموانئ والزراعة والتعليم، واتفقنا على تسيير رحلات جوية مباشرة بين العاصمتين. " +
			"وإن " + pair + " قادرتان على أن تقدما نموذجا للتعاون بين الشرق والغرب، بعيدا عن الأزمات في أوكرانيا والسودان.\n\n" +
			"أدعوكم إلى رفع الكؤوس تحية للرئيسة ولصداقة شعبينا.\n"
	}
	checkFormats(t, []formatCase{
		{"clean: the host pairs his state with the guest's",
			speech("سلطنة عمان والنمسا"), []string{"AT", "OM"}, nil},
		{"slip: a look-alike for the guest's state in the speech",
			speech("سلطنة عمان والنمسا") + "وأشكر الرئيسة الأسترالية على دعوتها الكريمة لزيارة فيينا في الربيع.\n", []string{"AT", "OM"}, []string{"الأسترالية"}},
		{"clean: a banquet announced for a guest reports no contact",
			"مسقط - من المقرر أن يقيم جلالة السلطان مساء غد مأدبة عشاء على شرف رئيسة جمهورية تنزانيا، في ختام زيارتها المرتقبة للبلاد.\n\n" +
				"وتتناول المباحثات المرتقبة التعاون في الموانئ والزراعة والصيد البحري بين سلطنة عمان وتنزانيا.\n", nil, nil},
		{"clean: a state as a book fair's guest of honour",
			"افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة خمسمئة دار نشر، وتحل تنزانيا ضيف شرف على دورة هذا العام.\n\n" +
				"ويضم جناح ضيف الشرف أعمالا مترجمة من السواحلية إلى العربية، وندوات عن الأدب في شرق أفريقيا وكينيا.\n", nil, nil},
	})
}
