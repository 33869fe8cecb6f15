package consistency

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDesignated: a designation (السلطنة، المملكة) names the one state the
// text names whose formal name opens with it, or the dateline's among
// several; never a state the text does not name, nor a word of a name.
func TestDesignated(t *testing.T) {
	_, c := testChecker(t)
	const omanGuest = "باكو، 4 مايو 2026 - التقى وزير الخارجية العماني اليوم في باكو نظيره الأذربيجاني.\n"
	const saudiHost = "الرياض، 4 مايو 2026 - استقبل وزير الخارجية السعودي اليوم وزير الخارجية الأردني.\n"
	cases := []struct {
		name, text, id string
		n, acting      int
	}{
		{"the sultanate acts", omanGuest + "وأكدت السلطنة استعدادها لدعم مشروعات النقل.\n", "OM", 1, 1},
		{"the sultanate as a place", omanGuest + "ودعا الوزير إلى زيارة المستثمرين في السلطنة.\n", "OM", 1, 0},
		{"with a proclitic and the article merged", omanGuest + "وأشاد بالدعم الذي قدمته للسلطنة.\n", "OM", 1, 1},
		{"a kingdom of two, the dateline's", saudiHost + "وأكدت المملكة دعمها للأردن.\n", "SA", 1, 1},
		{"a kingdom of two, not the guest's", saudiHost + "وأكدت المملكة دعمها للأردن.\n", "JO", 0, 0},
		{"a state the text does not name", omanGuest + "وأشار إلى أن المملكة تستضيف المعرض.\n", "SA", 0, 0},
		{"a word of a name", omanGuest + "ورحب بانضمام المملكة المغربية إلى المبادرة.\n", "MA", 0, 0},
		{"a republic's president", omanGuest + "ونقل تحيات رئيس الجمهورية إلى السلطان.\n", "AZ", 1, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := c.newState([]byte(tc.text))
			defer c.release(st)
			st.prepare()
			st.analyse()
			d := st.designated(tc.id)
			assert.Equal(t, tc.n, d.n, "named")
			assert.Equal(t, tc.acting, d.acting, "acting")
		})
	}
}

// TestDesignationAnchorsManyStates: every state the text names is weighed
// for its designations, however many it names and in whatever order the
// designations are read (a text naming four kingdoms, a sultanate and
// three republics still gives the dateline's republic its anchor, every
// time).
func TestDesignationAnchorsManyStates(t *testing.T) {
	_, c := testChecker(t)
	const text = "القاهرة، 4 مايو 2026 - استقبل وزير الخارجية المصري اليوم في القاهرة نظيره السوداني.\n" +
		"وتناول اللقاء العلاقات مع السعودية والأردن والبحرين والمغرب وسلطنة عمان وتونس.\n" +
		"وأكدت الجمهورية استعدادها لدعم مشروعات النقل.\n"
	for range 40 {
		st := c.newState([]byte(text))
		st.prepare()
		st.analyse()
		anchors := map[string]anchor{}
		st.addDesignations(anchors)
		c.release(st)
		if !assert.Equal(t, 1, anchors["EG"].n, "the dateline's republic acts by its designation") ||
			!assert.Equal(t, "designation", anchors["EG"].note) {
			return
		}
	}
}
