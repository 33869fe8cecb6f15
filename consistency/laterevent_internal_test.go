package consistency

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLaterActor reads a state that hosts or attends an event to come as a
// state with a role of its own, and leaves alone a state at an event of
// today, one whose clause names a participant, one that hosts nothing and
// one at an event the text does not date.
func TestLaterActor(t *testing.T) {
	_, c := testChecker(t)
	const lede = "القاهرة 6 أكتوبر 2026 (أ ش أ) - بحث وزير الخارجية بدر عبد العاطي اليوم مع نظيره السلوفيني العلاقات الثنائية وسبل تطويرها.\n"
	cases := []struct {
		name, text, state string
		later             bool
	}{
		{"a forum it hosts next month", "وأوضح الوزير السلوفيني أنه سيتوجه الشهر المقبل إلى المنتدى الذي تستضيفه سلوفاكيا.\n", "سلوفاكيا", true},
		{"its capital will host", "وأشار إلى أن براتيسلافا ستستضيف الدورة القادمة لمنتدى الطاقة الأوروبي.\n", "براتيسلافا", true},
		{"its leader will attend", "وذكر أن رئيس سلوفاكيا سيشارك في القمة المرتقبة للدول المطلة على الدانوب.\n", "سلوفاكيا", true},
		{"an event of today", "وأضاف أن سلوفاكيا تستضيف اليوم اجتماعا لوزراء الطاقة في المنطقة المقبلة على الشتاء.\n", "سلوفاكيا", false},
		{"a participant in the clause", "وقال إن سلوفاكيا تستضيف مع مصر الشهر المقبل منتدى للاستثمار.\n", "سلوفاكيا", false},
		{"no hosting verb", "وأكد أن سلوفاكيا تدعم المنتدى المقبل للطاقة.\n", "سلوفاكيا", false},
		{"an event named before", "وأعلن الجانبان أن الدورة المقبلة للجنة المشتركة ستعقد في ليوبليانا، وأن سلوفاكيا ستشارك فيها بوفد رفيع.\n", "سلوفاكيا", false},
		{"not dated", "وأشار إلى أن سلوفاكيا تستضيف منتدى الطاقة الأوروبي.\n", "سلوفاكيا", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := lede + tc.text
			st := c.newState([]byte(src))
			defer c.release(st)
			st.prepare()
			st.analyse()
			require.Len(t, st.episodes[0].parts, 2)
			at := len(lede) + strings.Index(tc.text, tc.state)
			found := false
			for mi := range st.ms {
				if st.ms[mi].Start() == at {
					found = true
					assert.Equal(t, tc.later, st.laterActor(st.episodes[0], mi))
				}
			}
			require.True(t, found, "no mention at %q", tc.state)
		})
	}
}
