package consistency_test

import "testing"

// TestListedThirdStates checks both ways that a state listed with another
// state that is no participant is enumerated, not a slip of the speaker's
// state or a party swapped in: a clause whose subject lists two third
// states' capitals after a party's إن, and a government named in a
// parallel list (حكومة فيتنام وحكومة كمبوديا), raise nothing; nor does a
// third state the speaker talks about (no stance word after it, not easily
// mistaken for the speaker's, the sentence not turning to the other party,
// or naming the speaker's own state after it); the speaker's own state
// swapped for one third state that acts, or that the sentence relates to
// the other party, is
// still a slip.
func TestListedThirdStates(t *testing.T) {
	const lede = "روما 5 مارس 2026 (بترا) التقى نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي اليوم في روما نائب رئيس الوزراء وزير الخارجية الإيطالي أنطونيو تاياني.\n"
	runCases(t, []checkCase{
		{name: "a subject listing two third states' capitals", text: lede +
			"وقال تاياني إن باريس وبرلين تدعمان انعقاد جولة جديدة من المحادثات.\n"},
		{name: "governments of third states in a parallel list", text: lede +
			"وأشار الجانبان إلى أن حكومة النرويج وحكومة الدنمارك أبدتا اهتماما بالمشروع.\n"},
		{name: "a third state the speaker talks about, not acting", text: lede +
			"وقال تاياني إن ليبيا تستحق دعما أوروبيا أوسع لتوحيد مؤسساتها.\n"},
		{name: "a third state after أن, the speaker's own state named after it", text: lede +
			"وأكد الصفدي أن السودان يعاني أزمة إنسانية، وأن الأردن وإيطاليا تعملان على إيصال المساعدات.\n"},
		{name: "slip: the speaker's state swapped, the sentence turning to the other party", text: lede +
			"وقال الصفدي إن لبنان يرتبط مع إيطاليا بعلاقات تاريخية متينة.\n",
			want: []wantConflict{{"لبنان", "LB", "JO", "الأردن", "speaker-country"}}},
		{name: "slip: the speaker's state swapped for one third state", text: lede +
			"وقال تاياني إن فرنسا تدعم انعقاد جولة جديدة من المحادثات في روما.\n",
			want: []wantConflict{{"فرنسا", "FR", "IT", "إيطاليا", "speaker-country"}}},
	})
}

// TestNeighbourBesideParticipant checks both ways that a state paired with
// the participant it is easily mistaken for (إيران والعراق) is that
// participant's neighbour, not the other participant swapped, while
// another state paired with the same participant still is.
func TestNeighbourBesideParticipant(t *testing.T) {
	const lede = "بكين 11 مارس 2026 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع وزير الخارجية العراقي فؤاد حسين.\n" +
		"وأطلع فؤاد حسين نظيره الصيني على جهود بغداد لتخفيف التوتر في المنطقة.\n"
	runCases(t, []checkCase{
		{name: "a neighbour easily mistaken for the participant beside it", text: lede +
			"وأضاف أن إيران والعراق يرتبطان بعلاقات تجارية واسعة.\n"},
		{name: "slip: another state paired with the participant", text: lede +
			"وأضاف أن البرازيل والعراق يرتبطان بعلاقات تجارية واسعة.\n",
			want: []wantConflict{{"البرازيل", "BR", "CN", "الصين", "x-and-participant"}}},
	})
}

// TestOfficialOfAnotherEvent checks both ways that a third state's official
// named once as the subject of a visit to come or an event past (وزير
// الخارجية السنغالي سيزور الرباط العام المقبل) is that state's, while an
// official named once in the meeting's own account, with no other event,
// is still a party's official given a wrong state.
func TestOfficialOfAnotherEvent(t *testing.T) {
	const lede = "الرباط 14 يناير 2026 (و م ع) - أجرى وزير الشؤون الخارجية المغربي ناصر بوريطة اليوم بالرباط مباحثات مع وزير الخارجية الموريتاني محمد سالم ولد مرزوك.\n" +
		"وتناولت المباحثات التعاون بين المغرب وموريتانيا في الصيد البحري والنقل البري.\n"
	runCases(t, []checkCase{
		{name: "a third state's minister who will visit later", text: lede +
			"وأشار بوريطة إلى أن وزير الخارجية السنغالي سيزور الرباط الشهر المقبل.\n"},
		{name: "a third state's minister at a meeting last week", text: lede +
			"وذكر بوريطة أن وزير الخارجية الغاني شارك في اجتماع بمراكش الأسبوع الماضي.\n"},
		{name: "slip: a party's minister given a third state in the meeting's account", text: lede +
			"وأعرب وزير الخارجية السنغالي عن تقدير بلاده للدعم المغربي.\n",
			want: []wantConflict{{"السنغالي", "SN", "MR", "الموريتاني", "intruder-title-nisba"}}},
	})
}
