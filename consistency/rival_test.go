package consistency_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
)

// TestEvidenceRival: a meeting read as three parties only because three
// states stand by title in the lede is the meeting of two when the text's
// evidence says one of the three is another's slip (the rival scorer),
// whether or not the two names look alike; its mention is then judged.
// Both ways: a meeting the text calls a meeting of three, and three guests
// the text names again each as its own, keep their three parties and no
// finding.
func TestEvidenceRival(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		parts      []string
		slip       string // the text of the slip judged, "" for none
	}{
		{"a swapped title makes no third party",
			"الرئيس الكيني يستقبل وزير الخارجية الغاني\n\nنيروبي في 18 نوفمبر 2024 - استقبل الرئيس الكيني وليام روتو اليوم في مقر الرئاسة بنيروبي وزير الخارجية الغاني، الذي نقل إليه رسالة خطية من الرئيس الغيني تتعلق بتعزيز العلاقات الثنائية.\n\nوبحث الجانبان سبل تطوير التعاون بين كينيا وغانا في مجالات الزراعة والطاقة المتجددة والتعليم.\n\nوأكد الرئيس روتو حرص بلاده على توسيع الشراكة مع غانا، مشيدا بالدور الذي تضطلع به أكرا في غرب أفريقيا.\n",
			[]string{"GH", "KE"}, "الغيني"},
		{"a summit called trilateral keeps its three parties",
			"قمة ثلاثية تجمع مصر والسودان وجنوب السودان في القاهرة\n\nالقاهرة في 9 أبريل 2025 - استضاف الرئيس المصري عبد الفتاح السيسي اليوم قمة ثلاثية بمشاركة رئيس مجلس السيادة السوداني عبد الفتاح البرهان ورئيس جنوب السودان سلفا كير ميارديت، لبحث أمن الحدود المشتركة وتنسيق المواقف إزاء ملف المياه.\n\nوأكد القادة الثلاثة أهمية تعزيز التعاون بين الدول الثلاث في مجالات التجارة والنقل.\n",
			[]string{"EG", "SD", "SS"}, ""},
		{"a meeting called trilateral of two look-alikes keeps its three parties",
			"اجتماع ثلاثي لوزراء خارجية النمسا وسلوفاكيا وسلوفينيا في فيينا\n\nفيينا في 2 أكتوبر 2024 - عقد وزير الخارجية النمساوي ووزير الخارجية السلوفاكي ووزيرة الخارجية السلوفينية اليوم في فيينا اجتماعا ثلاثيا بحثوا خلاله التعاون الإقليمي في مجالات النقل والطاقة.\n\nواتفق الوزراء الثلاثة على عقد اجتماعهم المقبل في براتيسلافا.\n",
			[]string{"AT", "SI", "SK"}, ""},
		{"a title swapped for a state not like it makes no third party",
			"الرئيس الكيني يستقبل وزير الخارجية الغاني\n\nنيروبي في 18 نوفمبر 2024 - استقبل الرئيس الكيني وليام روتو اليوم في مقر الرئاسة بنيروبي وزير الخارجية الغاني، الذي نقل إليه رسالة خطية من الرئيس الأرجنتيني تتعلق بتعزيز العلاقات الثنائية.\n\nوبحث الجانبان سبل تطوير التعاون بين كينيا وغانا في مجالات الزراعة والطاقة المتجددة والتعليم.\n\nوأكد الرئيس روتو حرص بلاده على توسيع الشراكة مع غانا، مشيدا بالدور الذي تضطلع به أكرا في غرب أفريقيا.\n",
			[]string{"GH", "KE"}, "الأرجنتيني"},
		{"a third guest named once is not read as the slip of a guest the text names often",
			"رئيسة تنزانيا تستقبل وزير الخارجية المصري\n\nدودوما في 21 يناير 2025 - استقبلت الرئيسة التنزانية سامية صولوحو حسن اليوم في دودوما وزير الخارجية المصري، الذي سلمها رسالة من الرئيس التشيلي تتناول آفاق التعاون الثنائي.\n\nوتناول الجانبان سبل تعزيز التعاون بين تنزانيا ومصر في مجالات الري والبنية التحتية والتدريب.\n\nوأكد الوزير المصري حرص مصر على مواصلة دعم مشروع سد جوليوس نيريري، فيما أعربت الرئيسة عن تقدير بلادها لهذا الدعم.\n",
			[]string{"CL", "EG", "TZ"}, ""},
		{"three guests of states not alike keep their three parties",
			"الرئيس الكيني يستقبل وزير الخارجية الياباني ووزيرة الخارجية البرازيلية\n\nنيروبي في 14 مايو 2025 - استقبل الرئيس الكيني اليوم في نيروبي وزير الخارجية الياباني ووزيرة الخارجية البرازيلية، على هامش منتدى الطاقة النظيفة.\n\nوأكد الوزير الياباني استعداد اليابان لتمويل مشروعات الطاقة الشمسية في كينيا، فيما أشارت الوزيرة البرازيلية إلى خبرة البرازيل في الوقود الحيوي.\n",
			[]string{"BR", "JP", "KE"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPartsAndSlip(t, tc.text, tc.parts, tc.slip)
		})
	}
}

// A readout read as three parties by title (the host, the guest, and a
// state easily mistaken for the guest that the translation wrote in the
// lede): the guest's own president named in the body, once or more, ties
// the guest to the text and must not stop the swapped title being read as
// the guest's. And its clean twin: the same readout where the look-alike
// is a third state that sent a message, whose title follows من.
const (
	rivalGuestHead = "شي جين بينغ يلتقي رئيس مالي\n\nبكين في 12 مارس 2025 (شينخوا) - التقى الرئيس الصيني شي جين بينغ اليوم في قاعة الشعب الكبرى الرئيس المالطي، وبحث معه سبل تعزيز الشراكة الاستراتيجية بين البلدين.\n\nوقال شي إن الصين مستعدة للعمل مع مالي على تنفيذ نتائج منتدى التعاون الصيني الأفريقي، وإن العلاقات بين الصين ومالي تشهد تطورا مطردا.\n"
	rivalGuestOnce = "\nمن جانبه، أعرب الرئيس عاصمي غويتا عن شكر بلاده للدعم الصيني في مجالات البنية التحتية والزراعة.\n"
	rivalGuestMore = "\nوأضاف الرئيس عاصمي غويتا أن بلاده تتطلع إلى توسيع التبادل التجاري وزيادة الاستثمارات.\n"
	rivalGuestLast = "\nودعا الرئيس عاصمي غويتا الشركات الصينية إلى الاستثمار في قطاع الطاقة الشمسية.\n"
	rivalThirdTwin = "الرئيس الصيني يستقبل الرئيس المالي\n\nبكين في 12 مارس 2025 (شينخوا) - استقبل الرئيس الصيني شي جين بينغ اليوم في قاعة الشعب الكبرى الرئيس المالي، الذي سلمه رسالة من رئيس الوزراء المالطي، وبحث معه سبل تعزيز الشراكة الاستراتيجية بين البلدين.\n\nوقال شي إن الصين مستعدة للعمل مع مالي على تنفيذ نتائج منتدى التعاون الصيني الأفريقي.\n" + rivalGuestOnce
)

// TestRivalGuestOfficial: the swap is read whether the guest's president
// is named in the body once or three times (the slip and its fix), and the
// clean twin keeps its three parties with no finding.
func TestRivalGuestOfficial(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		parts      []string
		slip       string
	}{
		{"the guest's president named once in the body", rivalGuestHead + rivalGuestOnce, []string{"CN", "ML"}, "المالطي"},
		{"the guest's president named three times in the body", rivalGuestHead + rivalGuestOnce + rivalGuestMore + rivalGuestLast, []string{"CN", "ML"}, "المالطي"},
		{"a third state's leader who sent a message is a third party", rivalThirdTwin, []string{"CN", "ML", "MT"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPartsAndSlip(t, tc.text, tc.parts, tc.slip)
		})
	}
}

// TestRivalAnchorsCountOnce: the rival scorer reads whether a state has a
// strict anchor, not how many: a second and a third time the guest's
// president is named leave the score of the swapped title as the guest's
// slip where it was (a count fitted with a negative weight lowered it under
// the threshold). Both ways: the score is the same over the three texts and
// above the threshold, and the clean twin's pair scores under it.
func TestRivalAnchorsCountOnce(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	score := func(text string) float64 {
		t.Helper()
		for _, s := range consistency.RivalSamples(c, []byte(text)) {
			if s.Part == "MT" && s.Rival == "ML" {
				return consistency.RivalScore(s.X)
			}
		}
		require.Fail(t, "no MT>ML pair read")
		return 0
	}
	once := score(rivalGuestHead + rivalGuestOnce)
	twice := score(rivalGuestHead + rivalGuestOnce + rivalGuestMore)
	thrice := score(rivalGuestHead + rivalGuestOnce + rivalGuestMore + rivalGuestLast)
	assert.InDelta(t, once, twice, 1e-9)
	assert.InDelta(t, once, thrice, 1e-9)
	assert.Greater(t, once, consistency.RivalMinScore())
	assert.Less(t, score(rivalThirdTwin), consistency.RivalMinScore())
}

// TestRivalSides: the rival scorer's pair feature "sides" is on where the
// two states stand as parties of one reported contact (a president
// receives two ministers in one sentence) and off where the name written
// in the guest's place stands apart from the guest, or where a third
// state only sent a message (its title after من).
func TestRivalSides(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	sides := slices.Index(consistency.RivalFeatureNames(), "sides")
	require.GreaterOrEqual(t, sides, 0)
	for _, tc := range []struct {
		name, text  string
		part, rival string
		want        float64
	}{
		{"two guests received in one sentence", rivalTwoGuests, "JP", "BR", 1},
		{"a title swapped in the lede stands apart from the guest", rivalGuestHead + rivalGuestOnce, "MT", "ML", 0},
		{"a third state that sent a message is no side", rivalThirdTwin, "MT", "ML", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []float64
			for _, s := range consistency.RivalSamples(c, []byte(tc.text)) {
				if s.Part == tc.part && s.Rival == tc.rival {
					got = append(got, s.X[sides])
				}
			}
			require.NotEmpty(t, got, "no %s>%s pair read", tc.part, tc.rival)
			assert.Equal(t, tc.want, got[0])
		})
	}
}

// rivalTwoGuests: a president receives two ministers of states not alike in
// one sentence; the two guests stand on the same side.
const rivalTwoGuests = "الرئيس السنغالي يستقبل وزير الخارجية الياباني ووزيرة الخارجية البرازيلية\n\nدكار في 14 مايو 2025 - استقبل الرئيس السنغالي اليوم في دكار وزير الخارجية الياباني ووزيرة الخارجية البرازيلية، على هامش منتدى الطاقة النظيفة.\n\nوأكد الوزير الياباني استعداد اليابان لتمويل مشروعات الطاقة الشمسية في السنغال، فيما أشارت الوزيرة البرازيلية إلى خبرة البرازيل في الوقود الحيوي.\n"

// checkPartsAndSlip checks one release end to end: the participants are parts
// and the country conflicts are exactly slip (none when slip is empty).
func checkPartsAndSlip(t *testing.T, text string, parts []string, slip string) {
	t.Helper()
	rep, err := mustChecker(t).Check([]byte(text))
	require.NoError(t, err)
	assert.ElementsMatch(t, parts, participantIDs(rep))
	var slips []string
	for _, f := range rep.Findings {
		if f.Kind == "country-conflict" {
			slips = append(slips, f.Text)
		}
	}
	if slip == "" {
		assert.Empty(t, slips)
	} else {
		assert.Equal(t, []string{slip}, slips)
	}
}
