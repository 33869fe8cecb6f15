package consistency

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWeakCapitalActs: a capital that is also an ordinary word (مسقط،
// سيول) is a strict anchor of its state where it is a clause's subject,
// right after أن/إن and before a verb in the imperfect; as a word of a
// construct (مسقط رأسه), before an adjective (سيول جارفة) or with a
// proclitic (بمسقط) it is none.
func TestWeakCapitalActs(t *testing.T) {
	_, c := testChecker(t)
	const lede = "عمان 3 مارس 2026 (بترا) - بحث وزير الخارجية أيمن الصفدي اليوم مع نظيره الإماراتي العلاقات الثنائية.\n"
	cases := []struct {
		name, text, id string
		strict         bool
	}{
		{"Muscat supports", "وأكد الصفدي أن مسقط تدعم الحوار الإقليمي.\n", "OM", true},
		{"Muscat will go on", "وقال إن مسقط ستواصل وساطتها.\n", "OM", true},
		{"Seoul looks forward", "وأضاف أن سيول تتطلع إلى توسيع التعاون.\n", "KR", true},
		{"a birthplace", "وذكر أن مسقط رأسه قرية في الشمال.\n", "OM", false},
		{"torrential floods", "وأشار إلى أن سيول جارفة ضربت المنطقة.\n", "KR", false},
		{"with a proclitic", "وأشار إلى أن بمسقط تدعم الحوار.\n", "OM", false},
		{"no clause", "وتحدث عن مسقط تدعم الحوار.\n", "OM", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := c.newState([]byte(lede + tc.text))
			defer c.release(st)
			st.prepare()
			st.analyse()
			a := st.stateAnchors()[tc.id]
			assert.Equal(t, tc.strict, a.n > 0, "%+v", a)
		})
	}
	for w, want := range map[string]bool{"تدعم": true, "يتطلع": true, "ستواصل": true, "رأسه": false, "جارفة": false, "تم": false, "سيول": false} {
		assert.Equal(t, want, imperfectVerb(w), w)
	}
}
