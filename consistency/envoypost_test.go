package consistency_test

import "testing"

// TestEnvoyPosting checks both ways that a state named as where another
// state's envoy is posted is that envoy's host: a participant's ambassador,
// delegate or envoy to a third state raises nothing, while a host easily
// mistaken for the participant expected there, or a third host of an envoy
// who sits in on the talks, is still that participant swapped.
func TestEnvoyPosting(t *testing.T) {
	const egCN = "القاهرة، 12 أيار 2026 — عقد وزير الخارجية المصري بدر عبد العاطي اليوم جلسة مباحثات مع وزير الخارجية الصيني وانغ يي في مقر الوزارة.\n" +
		"وتناول الوزيران تطوير الشراكة بين مصر والصين في مجالات الصناعة والنقل.\n"
	const azCN = "باكو، 9 شباط 2026 — التقى وزير الخارجية الأذربيجاني جيهون بيراموف اليوم نظيره الصيني وانغ يي في باكو.\n" +
		"واستعرض الجانبان مسار التعاون بين أذربيجان والصين في مجال الطاقة.\n"
	runCases(t, []checkCase{
		{name: "a report by a participant's ambassador to a third state", text: egCN +
			"وأشار عبد العاطي إلى التقرير الذي أعده سفير مصر لدى ألمانيا عن تجربة المناطق الصناعية.\n"},
		{name: "a participant's accredited ambassador, by nisba, to a third state", text: egCN +
			"ونوه وانغ يي بجهود السفير الصيني المعتمد لدى البرازيل في تنسيق المواقف داخل مجموعة بريكس.\n"},
		{name: "a participant's permanent delegate to a third state", text: egCN +
			"وتسلم عبد العاطي رسالة من مندوب مصر الدائم لدى كينيا بشأن اجتماعات برنامج الأمم المتحدة للبيئة.\n"},
		{name: "a participant's envoy to a third state", text: egCN +
			"وأطلع وانغ يي نظيره على نتائج جولة المبعوث الصيني إلى إثيوبيا.\n"},
		{name: "a participant's embassy in a third state", text: egCN +
			"وأشار عبد العاطي إلى التقرير الذي أعدته سفارة مصر لدى ألمانيا عن تجربة المناطق الصناعية.\n"},
		{name: "a participant's ambassador after a proclitic, to a third state", text: egCN +
			"وأشار وانغ يي إلى رسالة بعث بها لسفير الصين لدى البرازيل بشأن مجموعة بريكس.\n"},
		{name: "slip: an ambassador to a third state sits in on the talks", text: egCN +
			"وشارك في جانب من المباحثات سفير مصر لدى ألمانيا.\n",
			want: []wantConflict{{"ألمانيا", "DE", "CN", "الصين", "intruder-envoy-to"}}},
		{name: "slip: the ambassador's host is a look-alike of the other participant", text: azCN +
			"وأشار وانغ يي إلى التقرير الذي أعده سفير الصين لدى ألبانيا عن فرص الاستثمار.\n",
			want: []wantConflict{{"ألبانيا", "AL", "AZ", "أذربيجان", "intruder-envoy-to"}}},
		{name: "slip: by nisba, at the talks, a look-alike of the other participant", text: azCN +
			"وحضر المحادثات السفير الصيني لدى أفغانستان.\n",
			want: []wantConflict{{"أفغانستان", "AF", "AZ", "أذربيجان", "confusable-subject"}}},
	})
}
