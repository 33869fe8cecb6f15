package consistency_test

import "testing"

// TestPartyQuote: a participant's speaker, quoted or reported, who relates
// their own state to a third one as the other side (its people's choice,
// its role, brothers welcomed) names the other party swapped; the same speaker on a third
// state as a topic, a third state beside the other party, a third state's
// own official, and a text that names many other states are left alone.
// The texts are our own.
func TestPartyQuote(t *testing.T) {
	const cntz = "بكين 3 مارس 2026 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره التنزاني محمود ثابت كومبو.\n" +
		"وتناولت المحادثات التعاون بين الصين وتنزانيا في مجالات البنية التحتية والزراعة.\n"
	const egsd = "القاهرة 8 أبريل 2026 (أ ش أ) - استقبل وزير الخارجية والهجرة بدر عبد العاطي اليوم في القاهرة وزير الخارجية السوداني علي يوسف.\n" +
		"وبحث الوزيران العلاقات بين مصر والسودان وسبل دعمها.\n"
	runElsewhere(t, []elsewhereCase{
		{name: "slip: the speaker's state respects the choice of another state's people",
			text: cntz + "وقال وانغ يي: «إن الصين تحترم خيار شعب بيرو في اختيار طريق تنميته، وستبقى شريكا موثوقا».\n",
			want: []string{"بيرو"}},
		{name: "slip: reported speech, the speaker's state values another state's role",
			text: cntz + "وأكد وانغ يي أن الصين تقدر الدور الأرجنتيني في دفع التعاون بين دول الجنوب.\n",
			want: []string{"الأرجنتيني"}},
		{name: "slip: the speaker welcomes the brothers of another state",
			text: egsd + "وقال عبد العاطي: «نرحب بأشقائنا في تونس، ونؤكد أن مصر لن تدخر جهدا في دعم استقرار بلدهم».\n",
			want: []string{"تونس"}},
		{name: "clean: the speaker on a third state's crisis, a topic",
			text: cntz + "وقال وانغ يي: «إن الصين تتابع باهتمام تطورات الأزمة في السودان، وتدعو إلى وقف القتال».\n"},
		{name: "clean: a third state beside the other party",
			text: cntz + "وقال وانغ يي: «إن الصين تقدر دور تنزانيا وكينيا في حفظ الأمن في شرق أفريقيا».\n"},
		{name: "clean: another state's own minister quoted",
			text: cntz + "وكان وزير الخارجية الهندي قد قال: «إن الهند تدعم جهود التنمية في أفريقيا».\n"},
		{name: "clean: the speaker's state and its neighbour in a text that names many states",
			text: egsd + "وتناول اللقاء الأوضاع في ليبيا وتشاد وإثيوبيا وإريتريا والصومال وجنوب السودان.\n" +
				"وقال عبد العاطي: «إن مصر تثمن الدور الأردني في دعم التهدئة، وإن القاهرة تدعم كل جهد للحل السياسي».\n",
			lowers: "third-states"},
	})
}
