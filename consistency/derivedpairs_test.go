package consistency_test

import "testing"

// TestDerivedLookalikes checks both ways the look-alike pairs that the
// derived confusability finds from the letters of the states' Arabic names
// alone: one name beginning with most of the other (الهند/هندوراس) and two
// names ending in letters no third state's name ends in
// (ألمانيا/رومانيا). A participant's nisba slipped once into the headline
// for its look-alike is found; the look-alike named as a third state with
// evidence of its own is left alone.
func TestDerivedLookalikes(t *testing.T) {
	const (
		indiaEgypt = "القاهرة، 4 مارس - بحث وزير الخارجية المصري بدر عبد العاطي في القاهرة اليوم مع وزير الخارجية الهندي سوبراهمانيام جايشانكار سبل تعزيز العلاقات بين مصر والهند.\n" +
			"وأكد الوزير الهندي أن الهند تتطلع إلى زيادة استثماراتها في المنطقة الاقتصادية لقناة السويس.\n" +
			"وقال عبد العاطي إن مصر ترحب بالشركات الهندية في مشروعات الطاقة المتجددة.\n"
		germanyJordan = "برلين، 9 أبريل - استقبل الرئيس الألماني فرانك فالتر شتاينماير في برلين اليوم وزير الخارجية الأردني أيمن الصفدي، وبحثا العلاقات الثنائية بين ألمانيا والأردن.\n" +
			"وأكد الرئيس الألماني دعم ألمانيا لجهود الأردن في استضافة اللاجئين.\n" +
			"وأعرب الصفدي عن تقدير المملكة للمساعدات الألمانية في قطاع المياه.\n"
	)
	tests := []struct {
		name    string
		text    string
		parts   []string
		flagged []string
	}{
		{
			name:    "slip: a common start, the guest's nisba in the headline",
			text:    "وزير الخارجية الهندوراسي يبحث في القاهرة تعزيز التعاون الاقتصادي\n" + indiaEgypt,
			parts:   []string{"EG", "IN"},
			flagged: []string{"الهندوراسي"},
		},
		{
			name:    "slip: a rare common ending, the host's nisba in the headline",
			text:    "الرئيس الروماني يستقبل وزير الخارجية الأردني\n" + germanyJordan,
			parts:   []string{"DE", "JO"},
			flagged: []string{"الروماني"},
		},
		{
			name:  "clean: the same readouts under their own headlines",
			text:  "وزير الخارجية الهندي يبحث في القاهرة تعزيز التعاون الاقتصادي\n" + indiaEgypt,
			parts: []string{"EG", "IN"},
		},
		{
			name:  "clean: the host's own nisba",
			text:  "الرئيس الألماني يستقبل وزير الخارجية الأردني\n" + germanyJordan,
			parts: []string{"DE", "JO"},
		},
		{
			name: "clean: the look-alike a third state in a list",
			text: "وزير الخارجية الهندي يبحث في القاهرة تعزيز التعاون الاقتصادي\n" + indiaEgypt +
				"وأشار الوزير الهندي إلى أن الهند وقعت هذا العام اتفاقات مماثلة مع البرازيل والمكسيك وهندوراس.\n",
			parts: []string{"EG", "IN"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertPartsFlagged(t, tc.text, tc.parts, tc.flagged)
		})
	}
}
