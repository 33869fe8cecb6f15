package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// digestTail is a digest's meeting story, after other items.
const digestTail = "وعلى الصعيد الدبلوماسي، استقبل وزير الخارجية السنغالي في داكار اليوم نظيره الموريتاني محمد سالم ولد مرزوك، الذي يزور السنغال على رأس وفد رفيع.\n" +
	"وبحث الوزيران سبل تنفيذ اتفاق تقاسم حقل الغاز المشترك على الحدود البحرية بين السنغال وموريتانيا، وتنظيم الصيد التقليدي في المياه الإقليمية للبلدين.\n"

// TestScopesOfDigests: a digest whose meeting is a later story judges its
// earlier stories with no pair, and the meeting with its own parties; a
// text whose earlier lines name a party is one meeting from the start.
// The texts are our own.
func TestScopesOfDigests(t *testing.T) {
	const head = "نشرة أخبار المساء - 20 فبراير 2026\n" +
		"أعلنت الهيئة الوطنية للإحصاء أن نسبة التضخم تراجعت خلال الشهر الماضي إلى 2.1 في المئة، مدفوعة بانخفاض أسعار المواد الغذائية المستوردة من فرنسا والبرازيل.\n"
	runCases(t, []checkCase{
		{
			name: "a team's counterpart in an earlier story",
			text: head + "وفي الشأن الرياضي، تأهل المنتخب الوطني إلى الدور نصف النهائي من البطولة بعد فوزه على نظيره المغربي بهدفين دون رد.\n" + digestTail +
				"وأكد الوزير الموريتاني أن نواكشوط تعتبر داكار شريكا لا غنى عنه، فيما شدد الجانب السنغالي على أهمية تسهيل عبور الشاحنات عبر معبر روصو.\n",
		},
		{
			name: "a team's counterpart before the meeting does not make a party",
			text: head + "وفي الشأن الرياضي، تعادل فريق العاصمة مع نظيره الزامبي في ذهاب الدور التمهيدي.\n" + digestTail +
				"وثمن الجانب السنغالي مبادرة الجانب الكاميروني لتنظيم مواسم الصيد.\n",
			want: []wantConflict{{"الكاميروني", "CM", "MR", "الموريتاني", "side-of"}},
		},
		{
			name: "slip: earlier lines that name a party are the meeting's too",
			text: "نشرة أخبار المساء - 20 فبراير 2026\n" +
				"أعلنت موريتانيا أن نسبة التضخم تراجعت خلال الشهر الماضي، وأشاد الجانب الكاميروني بذلك.\n" + digestTail,
			want: []wantConflict{{"الكاميروني", "CM", "MR", "الموريتاني", "side-of"}},
		},
	})
	scopes := func(text string) (kinds []string, parts []string) {
		rep, err := mustChecker(t).Check([]byte(text))
		require.NoError(t, err)
		for _, sc := range rep.Scopes {
			kinds = append(kinds, sc.Kind)
		}
		return kinds, participantIDs(rep)
	}
	kinds, parts := scopes(head + "وفي الشأن الرياضي، تعادل فريق العاصمة مع نظيره الزامبي في ذهاب الدور التمهيدي.\n" + digestTail)
	assert.Equal(t, []string{"none", "bilateral"}, kinds)
	assert.ElementsMatch(t, []string{"SN", "MR"}, parts)
	kinds, _ = scopes("نشرة أخبار المساء - 20 فبراير 2026\nأعلنت موريتانيا أن نسبة التضخم تراجعت خلال الشهر الماضي.\n" + digestTail)
	assert.Equal(t, []string{"bilateral"}, kinds)
}

// TestScopesTurningAside: inside the contact window, a line that turns to
// another story (وفي سياق آخر) with a meeting of other parties opens a
// scope of its own, where the other meeting's parties are no slips; the
// same line without the turn stays in the lede's meeting and is judged
// with its pair.
func TestScopesTurningAside(t *testing.T) {
	const lede = "الرباط 9 يونيو 2027 (ومع) - استقبل وزير الخارجية المغربي ناصر بوريطة اليوم في الرباط نظيره السنغالي ياسين فال.\n" +
		"وبحث الوزيران تنفيذ اتفاقات النقل البحري بين المغرب والسنغال.\n"
	const meeting = "شارك بوريطة في اجتماع وزاري ضم وزراء خارجية موريتانيا ومالي والنيجر وتشاد، لبحث مشروع الواجهة الأطلسية.\n" +
		"وقال وزير الخارجية الموريتاني إن بلاده تدعم المشروع.\n"
	runCases(t, []checkCase{
		{name: "a second meeting after a turn", text: lede + "وفي سياق آخر، " + meeting},
		{
			name: "slip: without the turn the title is judged with the pair",
			text: lede + "وقال وزير الخارجية الموريتاني إن بلاده تدعم المشروع.\n",
			want: []wantConflict{{"الموريتاني", "MR", "MA", "المغربي", "intruder-title-nisba"}},
		},
	})
}
