package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSwappedPartyThirdState: a guest named once by the lede's title keeps
// its slot beside a state easily mistaken for it that the body names
// twice or more as a third state: only as a topic or a place (no party's
// place), or with its own official introduced by its own title in a
// sentence telling another story (an earlier event). A lede title swapped for a look-alike the
// body names as the guest is still read as the slip.
func TestSwappedPartyThirdState(t *testing.T) {
	const host = "الكويت 14 أبريل 2026 (كونا) -- استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم "
	// the look-alike only as a topic and a place
	assert.ElementsMatch(t, []string{"KW", "NE"}, partsOf(t, host+"وزير خارجية النيجر، وبحث معه التعاون في مجالات التعليم والطاقة.\n"+
		"كما تناول اللقاء الأوضاع الأمنية في نيجيريا والتطورات في منطقة غرب أفريقيا، ومنها الفيضانات في نيجيريا.\n"))
	// the look-alike's own official, introduced by its own title in an
	// earlier event
	assert.ElementsMatch(t, []string{"KW", "NE"}, partsOf(t, host+"وزير خارجية النيجر، وبحث معه التعاون في مجالات التعليم والطاقة.\n"+
		"وأكد اليحيا أن الكويت تتابع جهود نيجيريا في المنطقة.\n"+
		"وكان الرئيس النيجيري بولا تينوبو قد دعا الأسبوع الماضي إلى حوار إقليمي.\n"))
	// the look-alike named as the guest: the lede's title is the slip
	runCases(t, []checkCase{{
		name: "the guest's title swapped in the lede, the body names the guest",
		text: host + "وزير خارجية النيجر.\n" +
			"وأكد اليحيا عمق العلاقات بين الكويت ونيجيريا، فيما أشاد الوزير النيجيري بدعم الكويت.\n",
		want: []wantConflict{{"النيجر", "NE", "NG", "نيجيريا", "swapped-party"}},
	}})
}
