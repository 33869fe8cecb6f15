package consistency_test

import "testing"

// TestLookalikeShadow checks both ways that a state easily mistaken for a
// participant, named once by a title in the headline or the lede while the
// participant is named throughout, is the participant's name slipped (no
// third participant), and that a look-alike with evidence of its own (a
// second mention, a list of parties) stays a party.
func TestLookalikeShadow(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		parts   []string
		flagged []string
	}{
		{
			name: "slip: the host's nisba in the headline",
			text: "الرئيس الغيني يستقبل وزير الخارجية التركي\n" +
				"أكرا، 3 فبراير - استقبل الرئيس الغاني جون ماهاما في أكرا اليوم وزير الخارجية التركي هاكان فيدان.\n" +
				"وتناول اللقاء سبل تعزيز العلاقات بين غانا وتركيا في مجالات التجارة والطاقة.\n" +
				"وأكد الرئيس الغاني ترحيب بلاده بالاستثمارات التركية.\n",
			parts:   []string{"GH", "TR"},
			flagged: []string{"الغيني"},
		},
		{
			name: "slip: the counterpart's nisba in the lede",
			text: "وزير الخارجية الكيني يبحث في الرياض تعزيز التعاون\n" +
				"الرياض - بحث وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم مع نظيره الغيني العلاقات الثنائية بين البلدين.\n" +
				"وتناول الجانبان فرص الاستثمار السعودي في قطاعي الزراعة والطاقة في كينيا.\n" +
				"وأعرب الوزير الكيني عن تقدير بلاده لدعم المملكة.\n",
			parts:   []string{"SA", "KE"},
			flagged: []string{"الغيني"},
		},
		{
			name: "clean: both look-alikes named twice, a meeting of three",
			text: "استضاف الرئيس الغاني جون ماهاما في أكرا اليوم قمة ثلاثية ضمت الرئيس الغيني ورئيس وزراء توغو.\n" +
				"وبحث القادة الثلاثة أمن الحدود بين غانا وغينيا وتوغو.\n" +
				"وأكد الرئيس الغاني أن بلاده تعمل مع غينيا وتوغو على خطة مشتركة.\n",
			parts: []string{"GH", "GN", "TG"},
		},
		{
			name: "clean: a look-alike's minister received beside another guest, named once",
			text: "لوساكا - استقبل الرئيس الزامبي هاكايندي هيشيليما في لوساكا اليوم وزير خارجية غامبيا ووزيرة الخارجية الهندية، وبحث معهما التعاون في قطاع التعدين.\n" +
				"وأكد الرئيس الزامبي أن بلاده ترحب بالاستثمارات الهندية في قطاع النحاس.\n" +
				"وقالت الوزيرة الهندية إن الهند حريصة على شراكة طويلة الأمد مع زامبيا.\n",
			parts: []string{"ZM", "IN", "GM"},
		},
		{
			name: "clean: the look-alike is the guest, named by title and again",
			text: "أكرا، 3 فبراير - استقبل الرئيس الغاني جون ماهاما في أكرا اليوم وزير الخارجية الغيني.\n" +
				"وتناول اللقاء العلاقات بين غانا وغينيا ومشروعات الربط الكهربائي.\n" +
				"وأكد الرئيس الغاني ترحيب بلاده بتعزيز التعاون مع الجارة الغربية.\n",
			parts: []string{"GH", "GN"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertPartsFlagged(t, tc.text, tc.parts, tc.flagged)
		})
	}
}
