package consistency_test

import "testing"

// TestPluperfectSentence checks both ways that a sentence opened in the
// pluperfect (وكان … قد) after the lede reports an earlier event: an
// official it names where another meeting took place is no party of the
// lede's (the lede's party named by office and known name alone keeps its
// place), while a meeting itself told in the pluperfect still gives its
// parties through what the text says of them.
func TestPluperfectSentence(t *testing.T) {
	tests := []struct {
		name           string
		text           string
		parts, flagged []string
	}{
		{
			name: "an earlier meeting in another capital does not displace a party named without a nisba",
			text: "نيودلهي 11 أغسطس 2023 (واس) - التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في نيودلهي اليوم، وزير الشؤون الخارجية الهندي الدكتور سوبراهمانيام جايشانكار.\n" +
				"واستعرض الجانبان العلاقات الثنائية وسبل تعزيزها.\n" +
				"وكان سموه قد وصل إلى نيودلهي أمس قادما من إسلام آباد، حيث التقى رئيس الوزراء الباكستاني شهباز شريف.\n",
			parts: []string{"SA", "IN"},
		},
		{
			name: "the meeting itself told in the pluperfect",
			text: "القاهرة 4 مارس 2026 (أ ش أ) - أقام الرئيس عبد الفتاح السيسي مساء اليوم مأدبة عشاء رسمية في قصر الاتحادية تكريما لضيف مصر.\n" +
				"وكان الرئيس السيسي قد عقد في وقت سابق اليوم جلسة مباحثات مع الرئيس الفرنسي إيمانويل ماكرون تناولت العلاقات الثنائية.\n" +
				"وأكد الرئيسان أهمية تعزيز التعاون بين مصر وفرنسا في مجالات الطاقة والنقل.\n",
			parts: []string{"EG", "FR"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertPartsFlagged(t, tt.text, tt.parts, tt.flagged)
		})
	}
}
