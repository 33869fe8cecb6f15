package consistency_test

import "testing"

// TestSelfRelation: a state easily mistaken for a participant, on one side
// of a relation whose other side is that participant, is a third party the
// participant deals with (the fix would make the participant its own
// partner); on one side of a relation whose other side is the other
// participant, or with no other side named, it is still judged a slip.
func TestSelfRelation(t *testing.T) {
	const lede = "بكين في 8 مايو 2025 - التقى وزير الخارجية الصيني وانغ يي اليوم نظيره النيجري بكاري ياو سانغاري، وبحث الجانبان العلاقات الثنائية.\n"
	runCases(t, []checkCase{
		{name: "partner of relations the speaker calls ours", text: lede +
			"وقال سانغاري: \"علاقاتنا مع نيجيريا تاريخية\".\n"},
		{name: "partner of an office named by the participant's nisba", text: lede +
			"وأكد الوزير النيجري أن التعاون مع نيجيريا في مكافحة الإرهاب ضروري.\n"},
		{name: "subject whose predicate names the participant", text: lede +
			"وذكرت الوكالة أن نيجيريا جارة كبرى للنيجر.\n"},
		{name: "slip: partner of the other participant", text: lede +
			"وقال وانغ إن الصين مستعدة لتعزيز التعاون مع نيجيريا.\n",
			want: []wantConflict{{"نيجيريا", "NG", "NE", "النيجر", "relations-with"}}},
		{name: "slip: subject whose predicate names the other participant", text: lede +
			"وأكد وانغ أن نيجيريا شريك مهم للصين.\n",
			want: []wantConflict{{"نيجيريا", "NG", "NE", "النيجر", "confusable-agent"}}},
		{name: "slip: the predicate's state is named beyond a relative clause", text: lede +
			"وذكرت الوكالة أن نيجيريا تتطلع إلى مشاركة الصين في المشروع الذي يربط النيجر بالبحر.\n",
			want: []wantConflict{{"نيجيريا", "NG", "NE", "النيجر", "confusable-agent"}}},
	})
}

// TestQuotedSpeaker: a quotation's speaker named before the speech verb
// (الوزير الفرنسي … قد قال: «…») places the quotation: a slip inside a
// participant's words is judged as reported speech is, and inside a third
// state's speaker's words it is lowered below the default. Inside the
// words of a speaker the text does not place, a look-alike of a
// participant is lowered by its confusability only (quotedGraded: ×0.99
// for Mauritius/Mauritania) and stays a slip.
func TestQuotedSpeaker(t *testing.T) {
	const lede = "نواكشوط في 12 مارس 2025 - استقبل وزير الشؤون الخارجية الموريتاني محمد سالم ولد مرزوك اليوم نظيره المصري بدر عبد العاطي، وبحث الجانبان العلاقات الثنائية.\n"
	slip := []wantConflict{{"موريشيوس", "MU", "MR", "موريتانيا", "confusable-agent"}}
	runCases(t, []checkCase{
		{name: "slip: a participant's speaker", text: lede +
			"وقال عبد العاطي: «إن موريشيوس تعتبر مصر شريكا أساسيا».\n", want: slip},
		{name: "slip: a participant's speaker before the speech verb", text: lede +
			"وكان الوزير المصري بدر عبد العاطي قد قال أمس: «إن موريشيوس تعتبر مصر شريكا أساسيا».\n", want: slip},
		{name: "a third state's speaker before the speech verb", text: lede +
			"وكان وزير الخارجية الفرنسي جان نويل بارو قد قال الأسبوع الماضي: «إن موريشيوس تعتبر فرنسا شريكا أساسيا».\n"},
		{name: "slip: a speaker the text does not place", text: lede +
			"وقال الوزير: «إن موريشيوس تعتبر مصر شريكا أساسيا».\n", want: slip},
	})
}
