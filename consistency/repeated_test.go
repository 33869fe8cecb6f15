package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestRepeatedSwap checks both ways that a state easily mistaken for a
// participant and judged a slip at one mention is evidence for its other
// mentions (a translation that swaps once swaps again): a weaker judgement
// of the same state in a party's place is raised over the default
// threshold, and a mention beside the other participant that no pattern
// reports (its gates read a neighbour) becomes a conflict; the state as a
// topic, in a list of third states, at an earlier meeting, or a state that
// is not easily mistaken for a participant, is left as it was.
func TestRepeatedSwap(t *testing.T) {
	const lede = "بكين 14 مارس 2026 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع وزير الخارجية الأوزبكي بختيار سعيدوف.\n" +
		"وقال وانغ يي إن الصين وأوزبكستان شريكان استراتيجيان شاملان.\n"
	const anchor = "وقال سعيدوف إن أوكرانيا حريصة على تعزيز التعاون مع الصين في مجال الطاقة.\n"
	const malawi = "القاهرة في 3 مارس 2026 /أ ش أ/ - استقبل وزير الخارجية والهجرة بدر عبد العاطي اليوم وزيرة خارجية ملاوي نانسي تيمبو، التي تزور مصر حاليا.\n" +
		"واتفق الوزيران على عقد اللجنة المشتركة بين البلدين في ليلونغوي العام المقبل.\n"
	type found struct{ text, rule string }
	for _, tc := range []struct {
		name, text string
		want       []found // conflicts at the default threshold, in text order
	}{
		{"slip: the products' nisba after an adjective, raised", lede + anchor +
			"وأضاف أن الصين ترحب بالمنتجات الزراعية الأوكرانية في أسواقها.\n",
			[]found{{"أوكرانيا", "speaker-country"}, {"الأوكرانية", "confusable-subject"}}},
		{"slip: the guest's role praised, raised", lede + anchor +
			"وأشاد وانغ بدور أوكرانيا في استقرار آسيا الوسطى.\n",
			[]found{{"أوكرانيا", "speaker-country"}, {"أوكرانيا", "confusable-subject"}}},
		{"slip: beside the other participant, judged again", "فيينا 5 يوليو 2026 (شينخوا) - أجرى وزير الخارجية الصيني وانغ يي اليوم في فيينا محادثات مع وزيرة الخارجية النمساوية بياته ماينل رايزنغر.\n" +
			"وقال وانغ إن الصين وأستراليا تحتفلان هذا العام بمرور 55 عاما على إقامة العلاقات الدبلوماسية.\n" +
			"وأكدت ماينل رايزنغر أن أستراليا حريصة على تعميق الحوار مع الصين.\n",
			// the speaker's own state coordinated with it: party-quote
			// judges it from the words themselves
			[]found{{"أستراليا", "party-quote"}, {"أستراليا", "speaker-country"}}},
		{"slip: a homograph's state (مالي) after مع and opening a quotation, the same state judged a slip", malawi +
			"وأكد عبد العاطي حرص مصر على تعزيز التعاون مع مالي في مجالات الزراعة والري.\n" +
			"وقالت تيمبو إن الحكومة المالية تتطلع إلى استثمارات مصرية في الطاقة، مضيفة أن «مالي ترى في مصر شريكا أساسيا».\n",
			[]found{{"مالي", "repeated-swap"}, {"المالية", "intruder-party-nisba"}, {"مالي", "repeated-swap"}}},
		{"clean: the homograph as an adjective beside the same slip", malawi +
			"وأكد عبد العاطي استعداد مصر لتقديم دعم مالي وفني لمشروعات الري.\n" +
			"وقالت تيمبو إن الحكومة المالية تتطلع إلى استثمارات مصرية في الطاقة.\n",
			[]found{{"المالية", "intruder-party-nisba"}}},
		{"clean: the same state as a topic", lede + anchor +
			"وتطرق الجانبان إلى الأوضاع في أوكرانيا.\n",
			[]found{{"أوكرانيا", "speaker-country"}}},
		{"clean: the same state in a list of third states", lede + anchor +
			"وأشار سعيدوف إلى أن بلاده تستورد القمح من كازاخستان وروسيا وأوكرانيا.\n",
			[]found{{"أوكرانيا", "speaker-country"}}},
		{"clean: the same state at an earlier meeting", lede + anchor +
			"وكان وانغ يي قد التقى الشهر الماضي في بكين رئيس الوزراء الأوكراني.\n",
			[]found{{"أوكرانيا", "speaker-country"}}},
		{"clean: a state not easily mistaken for a participant raises nothing else", lede +
			"وقال سعيدوف إن البرازيل حريصة على تعزيز التعاون مع الصين في مجال الطاقة.\n" +
			"وأضاف أن الصين ترحب بالمنتجات الزراعية البرازيلية في أسواقها.\n",
			[]found{{"البرازيل", "speaker-country"}}},
		{"clean: the close state only discussed", lede +
			"وتبادل الجانبان وجهات النظر حول الأزمة الأوكرانية.\n" +
			"وقال وانغ يي إن موقف الصين من أوكرانيا ثابت وواضح.\n",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []found
			for _, f := range conflicts(t, tc.text) {
				if f.Confidence >= consistency.DefaultMinConfidence {
					got = append(got, found{f.Text, f.Rule})
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestRepeatedMeetingPlace: a look-alike swapped twice, once as the lede's
// place of the meeting (التقى … اليوم في كانبرا) and once in a speaker's
// words, is one slip made twice: the place is the meeting's, not a topic,
// and the stronger judgement raises it. A third state's city where the
// meeting was held, named again and judged nowhere, stays. The texts are
// our own.
func TestRepeatedMeetingPlace(t *testing.T) {
	cases := []checkCase{
		{
			name: "the place and the speaker's state swapped for the same look-alike",
			text: "فيينا 4 ديسمبر 2026 (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم في كانبرا وزيرة الخارجية النمساوية بياته ماينل رايزينغر.\n" +
				"وقال وانغ يي إن الصين والنمسا تربطهما شراكة ودية.\n" +
				"من جانبها، قالت ماينل رايزينغر إن كانبرا تولي أهمية كبيرة لعلاقاتها مع بكين.\n",
			want: []wantConflict{
				{"كانبرا", "AU", "AT", "فيينا", "meeting-place"},
				{"كانبرا", "AU", "AT", "فيينا", "speaker-country"},
			},
		},
		{
			name: "talks held in a third state's city, named again, nothing swapped",
			text: "بكين 4 ديسمبر 2026 (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم في نيويورك وزيرة الخارجية النمساوية بياته ماينل رايزينغر.\n" +
				"وقال وانغ يي إن الصين والنمسا تربطهما شراكة ودية.\n" +
				"من جانبها، قالت ماينل رايزينغر إن النمسا تولي أهمية كبيرة لعلاقاتها مع بكين، وإن محادثات نيويورك كانت مثمرة.\n",
		},
	}
	runCases(t, cases)
	// both judgements of the slip stand at the default threshold
	for _, f := range conflicts(t, cases[0].text) {
		assert.GreaterOrEqual(t, f.Confidence, consistency.DefaultMinConfidence, f.Rule)
	}
}
