package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPartyWordsSwaps checks both ways a reading of a party's own words: a
// capital named once as the subject of a party's stance (أن بريتوريا
// مستعدة) stands for the speaker's state, as a state's name does
// (intruder-speaker-ready), whether the speaker is named or only given an
// office; a capital the text keeps naming and the speaker's own capital
// are left alone. A state coordinated with the speaker's own as the
// subject of what the speaker says is a known gap. The texts are our own.
func TestPartyWordsSwaps(t *testing.T) {
	const amman = "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم نظيره الياباني، وبحث معه العلاقات الثنائية.\n"
	const ammanTail = "وأكد الجانبان أهمية توسيع التعاون الاقتصادي بين الأردن واليابان.\n"
	const moscow = "أجرى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو محادثات مع نظيره السوداني تناولت العلاقات الثنائية.\n"
	const moscowTail = "وقال الوزير السوداني إن بلاده تقدر موقف روسيا.\n"
	runCases(t, []checkCase{
		{
			name: "slip: the guest pairs his own state with a third one",
			text: amman + "وقال الوزير الياباني: «إن اليابان والبرازيل تعملان معا لدعم التنمية في المنطقة».\n" + ammanTail,
			want: []wantConflict{{"البرازيل", "BR", "JO", "الأردن", "intruder-speech-pair-reversed"}},
			gap: "a speaker pairs their own state with a neighbour or partner as often as with the other party " +
				"(إن إسبانيا والمغرب تربطهما علاقات جوار): the pattern cost 1 to 6 false findings per 200 slips on seeds 1, 2, 3, 7",
		},
		{
			name: "the host pairs the guest with a third state",
			text: amman + "وقال الصفدي: «إن اليابان والبرازيل تعملان معا لدعم التنمية في المنطقة».\n" + ammanTail,
		},
		{
			name: "the host pairs its own state with a neighbour named once",
			text: amman + "وقال الصفدي: «إن الأردن والعراق يرتبطان بمشروعات ربط كهربائي وتجاري، ونرحب بمشاركة الشركات اليابانية فيها».\n" + ammanTail,
			gap: "participant-and-x reads a state coordinated with the host's name as the other party swapped " +
				"(«إن الأردن وكوريا الجنوبية يعملان» when the guest is Japan); a neighbour paired the same way is not told apart",
		},
		{
			name: "slip: a capital as the subject of the host's stance, the speaker given an office",
			text: moscow + "وأضاف الوزير الروسي: «أن بريتوريا مستعدة لمواصلة تقديم المساعدات الإنسانية للشعب السوداني».\n" + moscowTail,
			want: []wantConflict{{"بريتوريا", "ZA", "RU", "موسكو", "intruder-speaker-ready"}},
		},
		{
			name: "the speaker's own capital",
			text: moscow + "وأضاف الوزير الروسي: «أن موسكو مستعدة لمواصلة تقديم المساعدات الإنسانية للشعب السوداني».\n" + moscowTail,
		},
		{
			name: "a third capital the text keeps naming",
			text: moscow + "وأضاف الوزير الروسي: «أن واشنطن مستعدة لرفع العقوبات عن السودان»، مشيرا إلى أن روسيا تتابع تصريحات واشنطن بهذا الشأن.\n" + moscowTail,
		},
	})
}

// TestStatementQuoted checks both ways that a quotation opened by the
// release's own statement or ministry (وأضاف البيان: «…»، وقالت الوزارة:
// «…») is a party's words, judged at full confidence, while one opened by
// another body's statement (وقال بيان للاتحاد الإفريقي: «…») or a third
// state's ministry keeps the lower confidence of a quotation.
func TestStatementQuoted(t *testing.T) {
	const lede = "الكويت - 4 - 3 (كونا) -- بحث وزير الخارجية الكويتي اليوم الأربعاء مع نظيره النمساوي الذي يزور البلاد حاليا سبل تعزيز العلاقات الثنائية.\n"
	const tail = "وأوضح أن الجانبين وقعا مذكرة تفاهم للتشاور السياسي بين وزارتي خارجية البلدين.\n"
	slip := lede + "وأضاف البيان: «أن الوزير الكندي أشاد بالدور الإنساني لدولة الكويت».\n" + tail
	fs := reported(t, slip)
	require.Len(t, fs, 1)
	assert.Equal(t, "الكندي", fs[0].Text)
	assert.NotContains(t, evidenceNotes(fs[0]), "quoted")
	other := lede + "وقال بيان للاتحاد الإفريقي: «أن الوزير الكندي أشاد بالدور الإنساني لدولة الكويت».\n" + tail
	assert.Empty(t, reported(t, other))
	ministry := lede + "وقالت الوزارة: «إن الوزير الكندي أشاد بالدور الإنساني لدولة الكويت».\n" + tail
	fs = reported(t, ministry)
	require.Len(t, fs, 1)
	assert.Equal(t, "الكندي", fs[0].Text)
	third := lede + "وقالت وزارة الخارجية الأمريكية: «إن الوزير الكندي أشاد بالدور الإنساني لدولة الكويت».\n" + tail
	assert.Empty(t, reported(t, third))
}
