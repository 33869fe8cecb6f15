package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
)

// TestDesignationAnchors: a participant named once by its title and then
// by its designation (وأكدت السلطنة) keeps its slot against a state
// easily mistaken for it named twice, which takes it when the text calls
// the participant nothing but its name.
func TestDesignationAnchors(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	const lede = "باكو، 8 مايو 2026 - بحث وزير الخارجية العماني اليوم في باكو مع نظيره جيهون بيراموف سبل تعزيز التعاون في مجالات النقل والطاقة.\n"
	cases := []struct {
		name, text string
		want       []string
		slips      int
	}{
		{"the look-alike is the participant's swapped name, the designation stays", lede +
			"وأعرب الوزير الأفغاني عن تطلعه إلى زيادة الرحلات المباشرة، فيما أكدت السلطنة دعمها لمشروعات الربط.\n" +
			"واتفق الجانبان على عقد اجتماع اللجنة الأفغانية الأذربيجانية المشتركة.\n", []string{"AZ", "OM"}, 2},
		{"the look-alike is a third state, the designation stays", lede +
			"وأشار الجانبان إلى أن أفغانستان تعمل على ربط شبكتها الحديدية بموانئ المنطقة، وأن أفغانستان طلبت دعما فنيا.\n" +
			"وأكدت السلطنة دعمها لمشروعات الربط الإقليمي.\n", []string{"AZ", "OM"}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			got, want := sortedParts(rep, tc.want)
			assert.Equal(t, want, got)
			if tc.slips > 0 {
				assert.Len(t, ofKind(rep, "country-conflict"), tc.slips)
			}
		})
	}
}

// TestSpeechAbroad: a speech an official delivers in another state than
// his own is his contact with it; a speech at home, at a gathering of
// several states or before an organisation, or one announced, reports
// none.
func TestSpeechAbroad(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	cases := []participantCase{
		{"before a parliament abroad", "نيروبي، 2 مارس 2026 - ألقى وزير الخارجية المصري بدر عبد العاطي اليوم كلمة أمام البرلمان الكيني، تناول فيها التعاون بين البلدين.\n" +
			"وقال عبد العاطي إن مصر وكينيا تجمعهما علاقات تاريخية.\n", []string{"EG", "KE"}},
		{"a lecture at a university abroad", "جاكرتا، 18 أغسطس 2026 - ألقى رئيس الوزراء الماليزي أنور إبراهيم اليوم محاضرة في جامعة إندونيسيا، تناول فيها مستقبل التعاون الإقليمي.\n", []string{"ID", "MY"}},
		{"at home", "القاهرة، 2 مارس 2026 - ألقى وزير الخارجية بدر عبد العاطي اليوم كلمة أمام مجلس النواب، استعرض فيها علاقات مصر مع كينيا.\n", nil},
		{"at a summit", "نيروبي، 2 مارس 2026 - ألقى وزير الخارجية المصري بدر عبد العاطي اليوم كلمة في القمة الأفريقية للمناخ، دعا فيها إلى تمويل مشروعات التكيف.\n", nil},
		{"announced", "نيروبي، 2 مارس 2026 - من المقرر أن يلقي وزير الخارجية المصري بدر عبد العاطي غدا كلمة أمام البرلمان الكيني.\n", nil},
	}
	checkParticipantCases(t, c, cases)
}
