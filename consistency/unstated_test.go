package consistency_test

import "testing"

// TestPartyNamedByOfficeAlone: a contact whose other party the lede names
// by office and a name the gazetteer does not know, without a state (a
// call made at the request of a foreign minister, as Chinese readouts put
// it), has as that party the state the rest of the text names as an actor
// at least twice, and a slip there is then judged. Both ways: a text that
// names no state twice, an office followed by an organisation, and two
// parties named already are left as they were. The texts are our own.
func TestPartyNamedByOfficeAlone(t *testing.T) {
	const lede = "بكين 9 أبريل 2027 (شينخوا) -- أجرى عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني ووزير الخارجية وانغ يي اتصالا هاتفيا مع وزير الخارجية والتعاون الدولي عمر عبدو كاكا يوم الثلاثاء بناء على طلب الأخير.\n"
	tests := []struct {
		name    string
		text    string
		parts   []string
		flagged []string // conflicts the check must report
	}{
		{
			name: "the state named twice after the lede is the caller's; a neighbour's nisba beside it is a slip",
			text: lede + "وقال وانغ إن الصين تقدر موقف النيجر الثابت من مبدأ الصين الواحدة، وهي مستعدة للعمل مع الجانب النيجيري لتنفيذ التوافق الذي توصل إليه رئيسا البلدين.\n" +
				"من جانبه، قال كاكا إن النيجر تعتبر الصين شريكا موثوقا.\n",
			parts:   []string{"CN", "NE"},
			flagged: []string{"النيجيري"},
		},
		{
			name: "the same call as written: clean",
			text: lede + "وقال وانغ إن الصين تقدر موقف النيجر الثابت من مبدأ الصين الواحدة، وهي مستعدة للعمل مع الجانب النيجري لتنفيذ التوافق الذي توصل إليه رئيسا البلدين.\n" +
				"من جانبه، قال كاكا إن النيجر تعتبر الصين شريكا موثوقا.\n",
			parts: []string{"CN", "NE"},
		},
		{
			name:  "no state named twice as an actor: no second party",
			text:  lede + "وتبادل الجانبان وجهات النظر حول الأوضاع في منطقة الساحل وفي مالي.\n",
			parts: nil,
		},
		{
			name: "an office followed by an organisation is no state's party",
			text: "عمان 9 أبريل 2027 (بترا) - التقى وزير الخارجية الأردني أيمن الصفدي اليوم في عمان مع المبعوث الخاص للأمم المتحدة إلى اليمن هانز غروندبرغ.\n" +
				"وقال الصفدي إن اليمن يحتاج إلى حل سياسي شامل، وإن الأردن يدعم جهود اليمن في إعادة الإعمار.\n",
			parts: nil,
		},
		{
			name: "two parties named already: the office alone adds nothing",
			text: "بكين 9 أبريل 2027 (شينخوا) -- أجرى وزير الخارجية الصيني وانغ يي اتصالا هاتفيا مع نظيره المصري بدر عبد العاطي، ثم التقى وزير الدولة عمر عبدو كاكا.\n" +
				"وقال وانغ إن الصين ومصر تدعمان النيجر في مواجهة الإرهاب، وإن النيجر تحتاج إلى دعم دولي عاجل.\n",
			parts: []string{"CN", "EG"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertPartsFlagged(t, tt.text, tt.parts, tt.flagged)
		})
	}
}
