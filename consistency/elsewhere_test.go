package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// elsewhereCase is a text, the conflicts it must report at the default
// threshold (texts, in order), and, for a clean text, the feature that must
// lower any conflict the library raises on it at all.
type elsewhereCase struct {
	name, text string
	want       []string
	lowers     string // a feature every conflict below the threshold lists
	keeps      string // a feature no reported conflict may list
}

func runElsewhere(t *testing.T, cases []elsewhereCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range conflicts(t, tc.text) {
				if f.Confidence >= consistency.DefaultMinConfidence {
					got = append(got, f.Text)
					if tc.keeps != "" {
						assert.NotContains(t, evidenceNotes(f), tc.keeps)
					}
				} else if tc.lowers != "" {
					assert.Contains(t, evidenceNotes(f), tc.lowers)
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestEarlierEvent: a title's state in a clause the text dates before the
// meeting (earlier this year, last year, in an earlier year, two years
// ago) is a third state's official at another event; a guest's arrival
// told in the pluperfect, an earlier hour of the same day and a time word
// inside a speaker's words leave the swap a slip. The texts are our own.
func TestEarlierEvent(t *testing.T) {
	const cnuz = "بكين 18 مايو 2026 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره الأوزبكي بختيار سعيدوف.\n" +
		"وقال وانغ يي إن الصين وأوزبكستان شريكان موثوقان.\n"
	const egat = "القاهرة 9 يونيو 2026 (أ ش أ) - استقبل وزير الخارجية والهجرة بدر عبد العاطي اليوم في القاهرة وزيرة الخارجية النمساوية بياته ماينل رايزنغر.\n" +
		"وتناولت المباحثات التعاون الاقتصادي بين مصر والنمسا.\n"
	runElsewhere(t, []elsewhereCase{
		{name: "clean: received earlier this year, the time before the title",
			text:   cnuz + "وكان وانغ يي قد استقبل في بكين مطلع العام الجاري وزير الخارجية الأوكراني لبحث الأمن الأوروبي.\n",
			lowers: "earlier-event"},
		{name: "clean: met in an earlier year, the year after the state",
			text:   egat + "وذكّر عبد العاطي بلقائه رئيس الوزراء الأسترالي في عام 2024 على هامش قمة مجموعة العشرين.\n",
			lowers: "earlier-event"},
		{name: "clean: met two years ago",
			text:   cnuz + "وأشار وانغ يي إلى أنه التقى قبل عامين رئيس الوزراء الأوكراني في دافوس.\n",
			lowers: "earlier-event"},
		{name: "slip: the guest's arrival told in the pluperfect, no time word",
			text: cnuz + "وكان وزير الخارجية الأوكراني قد وصل إلى بكين في زيارة رسمية تستغرق ثلاثة أيام.\n",
			want: []string{"الأوكراني"}, keeps: "earlier-event"},
		{name: "slip: earlier the same day",
			text: cnuz + "والتقى وزير الخارجية الأوكراني في وقت سابق اليوم نائب الرئيس الصيني.\n",
			want: []string{"الأوكراني"}, keeps: "earlier-event"},
		{name: "slip: a time word inside the speaker's words",
			text: "القاهرة 11 يونيو 2026 (أ ش أ) - أجرى وزير الخارجية والهجرة بدر عبد العاطي اليوم في القاهرة محادثات مع وزيرة الخارجية النمساوية بياته ماينل رايزنغر.\n" +
				"وقالت وزيرة الخارجية الأسترالية إن حجم التبادل التجاري بين البلدين ارتفع العام الماضي.\n",
			want: []string{"الأسترالية"}, keeps: "earlier-event"},
	})
}

// TestDiscussedAgain: a state easily mistaken for a participant that the
// release discusses as a topic at two or more other mentions is a topic,
// the more surely the more often; a swap of that state where it is a topic
// once keeps the discussed feature alone. The texts are our own.
func TestDiscussedAgain(t *testing.T) {
	const azcn = "باكو 11 يوليو 2026 (شينخوا) - التقى الرئيس الأذربيجاني إلهام علييف اليوم في باكو وزير الخارجية الصيني وانغ يي.\n" +
		"وأشاد علييف بالتطور المطرد للعلاقات بين أذربيجان والصين.\n"
	runElsewhere(t, []elsewhereCase{
		{name: "clean: a topic twice, then its security",
			text: azcn + "وناقش الجانبان الأوضاع في أفغانستان وانعكاساتها على أمن المنطقة.\n" +
				"وقال وانغ يي إن الصين تتابع تطورات الأزمة في أفغانستان، وتدعو إلى مواصلة المساعدات الإنسانية.\n" +
				"وأضاف أن الصين تدعم أفغانستان في مساعيها لتحقيق الأمن والاستقرار.\n",
			lowers: "discussed-again"},
		{name: "slip: discussed once, the guest's state swapped where the other party acts with it",
			text: azcn + "وناقش الجانبان الأوضاع في أفغانستان.\n" +
				"وأكد وانغ يي أن الصين مستعدة للعمل مع ألبانيا لتطوير ممر النقل عبر بحر قزوين.\n",
			want: []string{"ألبانيا"}, keeps: "discussed-again"},
	})
}

// TestOwnWords: the state of an office no participant holds, whose words
// name that state again, is a third state's official quoted; a
// participant's office with its nisba swapped stays a slip, whether its
// words name its own state or the swapped one. The texts are our own.
func TestOwnWords(t *testing.T) {
	const egat = "القاهرة 14 يونيو 2026 (أ ش أ) - استقبل وزير الخارجية والهجرة بدر عبد العاطي اليوم في القاهرة وزيرة الخارجية النمساوية بياته ماينل رايزنغر.\n" +
		"وبحث الوزيران العلاقات بين مصر والنمسا وسبل تطويرها.\n"
	runElsewhere(t, []elsewhereCase{
		{name: "clean: another state's prime minister quoted on his own state",
			text:   egat + "وكان رئيس الوزراء الأسترالي قد صرح: «إن أستراليا تنظر إلى مصر بوصفها شريكا مهما في الشرق الأوسط».\n",
			lowers: "own-words"},
		{name: "clean: the speech word after the office",
			text:   egat + "ورئيس الوزراء الأسترالي قال في كلمة متلفزة إن أستراليا تدعم الاستقرار في الشرق الأوسط.\n",
			lowers: "own-words"},
		{name: "slip: the guest's office swapped, her words name her own state by a pronoun",
			text: egat + "وقالت وزيرة الخارجية الأسترالية: «إن بلادي حريصة على زيادة استثماراتها في مصر».\n",
			want: []string{"الأسترالية"}, keeps: "own-words"},
		{name: "slip: the guest's office swapped twice, in her title and her words",
			text: egat + "وقالت وزيرة الخارجية الأسترالية إن أستراليا حريصة على زيادة استثماراتها في مصر.\n",
			want: []string{"الأسترالية", "أستراليا"}, keeps: "own-words"},
	})
}

// TestEarlierEventActor: a state that hosted, held or attended an event the
// text dates before the meeting, in a clause that names no participant, is
// the state of that event (a forum's earlier session held elsewhere; a
// prime minister received the day before, told in the pluperfect with
// أمس, and the same sentence going on about that reception); an earlier
// visit between the parties, and the guest's own office at the day
// before's talks, leave a swap there a slip. The texts are our own.
func TestEarlierEventActor(t *testing.T) {
	const dzne = "الجزائر 12 مارس 2026 (واج) - استقبل وزير الدولة وزير الشؤون الخارجية أحمد عطاف اليوم بالجزائر العاصمة وزير خارجية النيجر بكاري ياو سانغاريه، الذي يؤدي زيارة عمل إلى الجزائر.\n" +
		"وتناولت المحادثات العلاقات الثنائية بين الجزائر والنيجر وسبل تعزيزها في مجالات الطاقة والنقل.\n"
	runElsewhere(t, []elsewhereCase{
		{name: "clean: the forum's earlier session hosted by a third state last year",
			text:   dzne + "وأشار عطاف إلى أن الجزائر ستحتضن الدورة المقبلة لمنتدى الساحل، بعد الدورة التي احتضنتها نيجيريا العام الماضي في أبوجا.\n",
			lowers: "earlier-event"},
		{name: "clean: another state's prime minister received the day before, and the sentence goes on about him",
			text:   dzne + "وكان الرئيس الجزائري عبد المجيد تبون قد استقبل أمس رئيس وزراء نيجيريا الذي يزور البلاد، وبحث معه التعاون الطاقوي بين الجزائر ونيجيريا.\n",
			lowers: "earlier-event"},
		{name: "slip: an earlier visit between the parties names a party in its clause",
			text: dzne + "وكان الرئيس الجزائري قد زار نيجيريا العام الماضي، حيث وقع البلدان اتفاقية لمد خط أنابيب الغاز.\n",
			want: []string{"نيجيريا"}, keeps: "earlier-event"},
		{name: "slip: the guest's own office at the day before's talks",
			text: dzne + "وكان وزير خارجية نيجيريا قد التقى أمس رئيس الحكومة الجزائرية نذير العرباوي.\n",
			want: []string{"نيجيريا"}, keeps: "earlier-event"},
	})
}
