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

// TestDesignationHead: a designation's word is its head after the article
// with or without a proclitic (السلطنة، والمملكة، للجمهورية); a head
// without the article, another article-like opening, a longer word or a
// word that only ends like a head is none.
func TestDesignationHead(t *testing.T) {
	_, c := testChecker(t)
	cases := []struct{ word, head string }{
		{"السلطنة", "سلطنة"},
		{"والمملكة", "مملكة"},
		{"للجمهورية", "جمهورية"},
		{"فللإمارة", "إمارة"},
		{"بالسلطنة", "سلطنة"},
		{"سلطنة", ""},      // no article: a word of a name (سلطنة عمان)
		{"وسلطنة", ""},     // a proclitic without the article
		{"الجمهوريات", ""}, // another word
		{"المملكتين", ""},  // another word
		{"الدولة", ""},     // any state: no designation
		{"", ""},
	}
	for _, tc := range cases {
		got := ""
		if i := c.designationHeadIndex(c.normWord(tc.word)); i >= 0 {
			got = c.designationKeys[i]
		}
		want := ""
		if tc.head != "" {
			want = c.normWord(tc.head)
		}
		assert.Equal(t, want, got, tc.word)
	}
}

// TestDesignatedAfterAnotherText: a pooled state reads the designations of
// the text it checks, not of the text checked before it.
func TestDesignatedAfterAnotherText(t *testing.T) {
	_, c := testChecker(t)
	const omanGuest = "باكو، 4 مايو 2026 - التقى وزير الخارجية العماني اليوم في باكو نظيره الأذربيجاني.\n"
	with := omanGuest + "وأكدت السلطنة استعدادها لدعم مشروعات النقل.\n"
	without := omanGuest + "وأكد الوزير استعداده لدعم مشروعات النقل.\n"
	for i, text := range []string{with, without, with, without} {
		st := c.newState([]byte(text))
		st.prepare()
		st.analyse()
		d := st.designated("OM")
		c.release(st)
		assert.Equal(t, 1-i%2, d.n, "text %d", i)
	}
}
