package consistency_test

import "testing"

// TestPartyNamedByOfficeIn: a party the lede names by no nisba still acts
// when its name follows a title that names no state of its own and في
// (وزير الخارجية في جمهورية مالي): the title is that state's office. Both
// ways: the slip this reading lets the check see, and texts it leaves
// alone (an ambassador posted abroad, the release without the slip). The
// texts are our own.
func TestPartyNamedByOfficeIn(t *testing.T) {
	const rabatMali = "الرباط، 4 يونيو 2026 - أجرى وزير الشؤون الخارجية والتعاون الإفريقي ناصر بوريطة اليوم الخميس بالرباط محادثات مع وزير الخارجية في جمهورية مالي، تناولت سبل تعزيز التعاون بين البلدين.\n"
	tests := []struct {
		name    string
		text    string
		parts   []string
		flagged []string
	}{
		{
			name:    "a guest's state after its minister's title and في; the body swaps it for a look-alike",
			text:    rabatMali + "وأكد الضيف أن مالطا تقدر الدعم المغربي لجهود الاستقرار في منطقة الساحل.\n",
			parts:   []string{"MA", "ML"},
			flagged: []string{"مالطا"},
		},
		{
			name:  "the same release with the guest's own state: clean",
			text:  rabatMali + "وأكد الوزيران أهمية تنفيذ مشاريع الطاقة والنقل المشتركة بين المغرب ومالي، والتنسيق لتأمين منطقة الساحل.\n",
			parts: []string{"MA", "ML"},
		},
		{
			name: "a head of government's state after his title and في",
			text: "مسقط 3 سبتمبر 2026 - أشاد نائب رئيس الوزراء في سلطنة عمان خلال استقباله اليوم وزير الدولة للشؤون الخارجية الهندي بالعلاقات بين البلدين.\n" +
				"وتناول اللقاء التعاون في مجالي الطاقة والموانئ.\n",
			parts: []string{"OM", "IN"},
		},
		{
			name: "an envoy named by his posting alone: the state he is posted to is no party by his title",
			text: "بيروت 7 أكتوبر 2026 - التقى وزير الخارجية اللبناني يوسف رجي اليوم المبعوث الخاص في سوريا، وبحث معه أوضاع النازحين.\n" +
				"وأكد رجي أهمية عودة النازحين إلى بلدهم.\n",
			parts: nil,
		},
		{
			name: "an ambassador posted abroad: the state he is posted to is no party",
			text: "القاهرة 2 مارس 2026 - استقبل وزير الخارجية المصري بدر عبد العاطي اليوم وزير خارجية كوريا الجنوبية تشو تاي يول، بحضور السفير المصري في اليابان.\n" +
				"وبحث الوزيران التعاون في الصناعة وبناء السفن بين مصر وكوريا الجنوبية.\n",
			parts: []string{"EG", "KR"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertPartsFlagged(t, tt.text, tt.parts, tt.flagged)
		})
	}
}
