package consistency_test

import "testing"

// TestOfficialOutweighsNisba: an official the gazetteer knows in office,
// standing where a party stands, names his state whatever the nisba of his
// title says, and a title whose known official agrees with it is not
// displaced by a pair of states a later sentence coordinates. Both ways:
// the slips these readings catch, and the clean texts (a nisba with no
// known official, an official owning a topic) they leave as they were. The
// texts are our own.
func TestOfficialOutweighsNisba(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		parts []string
		// flagged are the texts of the conflicts the check must report;
		// none when empty
		flagged []string
	}{
		{
			name: "a look-alike's nisba before a known minister: the minister's state",
			text: "بكين 11 مارس 2027 (شينخوا) -- أجرى وزير الخارجية الصيني وانغ يي محادثات في بكين اليوم مع وزير الخارجية السلوفيني يوراي بلانار.\n" +
				"وقال وانغ إن الصين وسلوفاكيا شريكان يثق كل منهما بالآخر، وإن بكين ترحب بمشاركة الشركات السلوفينية في معارضها، وبزيادة صادرات الأجبان السلوفينية.\n" +
				"من جانبه، أكد بلانار أن بلاده تلتزم بمبدأ الصين الواحدة.\n",
			parts:   []string{"CN", "SK"},
			flagged: []string{"السلوفيني", "السلوفينية"},
		},
		{
			name: "the same minister under his own nisba: clean",
			text: "بكين 11 مارس 2027 (شينخوا) -- أجرى وزير الخارجية الصيني وانغ يي محادثات في بكين اليوم مع وزير الخارجية السلوفاكي يوراي بلانار.\n" +
				"وقال وانغ إن الصين وسلوفاكيا شريكان يثق كل منهما بالآخر، وإن بكين ترحب بمشاركة الشركات السلوفاكية في معارضها.\n" +
				"من جانبه، أكد بلانار أن بلاده تلتزم بمبدأ الصين الواحدة.\n",
			parts: []string{"CN", "SK"},
		},
		{
			name: "a nisba before a minister nobody knows: the body still decides",
			text: "القاهرة 12 نوفمبر 2027 (أ ش أ) - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزير الخارجية الألباني خوسيه مانويل ألباريس.\n" +
				"وأكد عبد العاطي أن مصر تقدر الموقف الإسباني من القضية الفلسطينية، مشيدا بقرار إسبانيا الاعتراف بدولة فلسطين.\n",
			parts:   []string{"EG", "ES"},
			flagged: []string{"الألباني"},
		},
		{
			name: "title and known minister agree in the lede; a later pair names a look-alike",
			text: "الدوحة 5 مايو 2026 (قنا) - استقبل معالي الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية القطري في الدوحة اليوم وزير الخارجية التركي هاكان فيدان.\n" +
				"وجرى خلال اللقاء بحث آفاق الشراكة القطرية التركمانستانية في مجالات الطاقة والنقل، وأعمال اللجنة الاستراتيجية العليا بين قطر وتركمانستان.\n" +
				"وأكد فيدان تطلع بلاده إلى توسيع الاستثمارات المشتركة.\n",
			parts:   []string{"QA", "TR"},
			flagged: []string{"التركمانستانية"},
		},
		{
			name: "a known president after a title naming no state; a later pair names a look-alike",
			text: "الجزائر، 6 أبريل 2026 (واج) - استقبل رئيس الجمهورية عبد المجيد تبون، اليوم الأحد، وزير الخارجية الصيني وانغ يي الذي يقوم بزيارة رسمية إلى الجزائر.\n" +
				"وتناول اللقاء العلاقات الصينية الألبانية وسبل تعزيزها في إطار الشراكة الاستراتيجية الشاملة.\n" +
				"وأكد وانغ يي أن الصين تقدر دور ألبانيا في إفريقيا.\n",
			parts:   []string{"DZ", "CN"},
			flagged: []string{"الألبانية", "ألبانيا"},
		},
		{
			name: "the same president and the pair agreeing: clean",
			text: "الجزائر، 6 أبريل 2026 (واج) - استقبل رئيس الجمهورية عبد المجيد تبون، اليوم الأحد، وزير الخارجية الصيني وانغ يي الذي يقوم بزيارة رسمية إلى الجزائر.\n" +
				"وتناول اللقاء العلاقات الصينية الجزائرية وسبل تعزيزها في إطار الشراكة الاستراتيجية الشاملة.\n" +
				"وأكد وانغ يي أن الصين تقدر دور الجزائر في إفريقيا.\n",
			parts: []string{"DZ", "CN"},
		},
		{
			name: "a known president owning a topic in the lede does not displace the pair",
			text: "برلين 3 مارس 2026 (د ب أ) - أجرى المستشار الألماني فريدريش ميرتس اليوم في برلين محادثات بشأن مبادرة الرئيس الأوكراني فولوديمير زيلينسكي للسلام.\n" +
				"وأوضح متحدث باسم الحكومة أن ألمانيا وبولندا اتفقتا خلال المحادثات على تنسيق مواقفهما قبل القمة.\n",
			parts: []string{"DE", "PL"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertPartsFlagged(t, tt.text, tt.parts, tt.flagged)
		})
	}
}
