package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnchoredRival: a participant swapped two or three times for a state
// easily mistaken for it, while the dateline, the dateline's agency, a
// capital standing for its government or a known official as the speaker
// ties the text to the right state, gives its slot back to that state, and
// its mentions in a party's place are conflicts. Both ways: the dateline
// of a meeting on the sidelines of a gathering, a close state's capital as
// a place (قادما من …), a dateline state the text discusses as a topic, a
// participant with its own capital, and a capital alone against a
// counterpart word leave the pair as it is. The texts are our own.
func TestAnchoredRival(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		parts   []string
		flagged []string
	}{
		{
			name: "the dateline's city is the rival's",
			text: "لوساكا 3 مارس 2026 - استقبل رئيس الوزراء الغامبي اليوم وزير الخارجية التركي هاكان فيدان، وبحثا مشروعات الطاقة والتعدين.\n" +
				"وأكد الجانبان أن غامبيا وتركيا ستوقعان اتفاقية لتشجيع الاستثمار خلال الأشهر المقبلة.\n",
			parts:   []string{"ZM", "TR"},
			flagged: []string{"الغامبي", "غامبيا"},
		},
		{
			name: "a known official speaks for the rival",
			text: "بكين 2 أبريل 2026 - التقى وزير الخارجية الصيني وانغ يي اليوم نظيره الألباني، وتبادلا الآراء حول التعاون في الطاقة.\n" +
				"وقال وانغ إن الصين ترحب بمشاركة ألبانيا في معرض الاستيراد الدولي.\n" +
				"وقال بايراموف إن بلاده ستضاعف صادراتها من المنتجات الزراعية إلى السوق الصينية.\n",
			parts:   []string{"CN", "AZ"},
			flagged: []string{"الألباني", "ألبانيا"},
		},
		{
			name: "the rival's capital stands for its government",
			text: "عمّان 9 مارس 2026 (بترا) - بحث وزير الخارجية أيمن الصفدي اليوم مع وزير الخارجية السلوفيني سبل تعزيز التعاون الاقتصادي.\n" +
				"وثمن الصفدي دعم سلوفينيا للمبادرات الإنسانية، فيما أكد الضيف أن براتيسلافا ستفتح مكتبا تجاريا في عمّان.\n",
			parts:   []string{"JO", "SK"},
			flagged: []string{"السلوفيني", "سلوفينيا"},
		},
		{
			name: "the dateline of a meeting on the sidelines is no anchor",
			text: "فيينا 20 مايو 2026 - التقى وزير الخارجية الأسترالي اليوم نظيره الياباني على هامش اجتماعات الوكالة الدولية للطاقة الذرية.\n" +
				"وأكد الوزيران أن أستراليا واليابان ستعززان التعاون في مجال المعادن الحيوية.\n",
			parts: []string{"AU", "JP"},
		},
		{
			name: "the rival's capital as a place is no anchor",
			text: "نيروبي 7 يوليو 2026 - استقبل الرئيس الكيني اليوم نائب رئيس غانا، الذي وصل قادما من كوناكري.\n" +
				"وبحث الجانبان زيادة التبادل التجاري بين كينيا وغانا.\n",
			parts: []string{"KE", "GH"},
		},
		{
			name: "a participant with a known official of its own keeps its slot",
			text: "كانبرا 4 مارس 2026 - بحثت وزيرة الخارجية النمساوية بياته ماينل رايزنغر مع نظيرها الياباني خلال زيارتها إلى كانبرا التعاون في مجال الطاقة.\n" +
				"وقالت إن النمسا واليابان تتقاسمان الالتزام بالتجارة الحرة.\n",
			parts: []string{"AT", "JP"},
		},
		{
			name: "a capital alone does not outweigh a counterpart word",
			text: "القاهرة 6 مايو 2026 - عقد وزير الخارجية المصري بدر عبد العاطي مؤتمرا صحفيا مع نظيره الإسباني في القاهرة أمس.\n" +
				"وقال عبد العاطي إن التعاون بين البلدين يشهد تطورا ملحوظا، مضيفا أن تيرانا ستستضيف المنتدى المتوسطي المقبل.\n",
			parts: []string{"EG", "ES"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tt.text))
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.parts, participantIDs(rep))
			// the reading's findings; what other rules make of a capital
			// is theirs
			var got []string
			for _, f := range rep.Findings {
				if f.Rule == "anchored-rival" {
					got = append(got, f.Text)
				}
			}
			assert.ElementsMatch(t, tt.flagged, got)
		})
	}
}

// TestAnchoredRivalTopic: a capital that stands as an actor (إن بغداد
// تحتاج) does not make its state a participant's rival when the text names
// that state more as a topic (الوضع في العراق) than as an actor: it is a
// third state the talks were about. Without the reading the swapped guest
// would be that state; the capital itself is judged by the other rules.
func TestAnchoredRivalTopic(t *testing.T) {
	text := "كوالالمبور 8 يونيو 2026 (برناما) - استقبل وزير الخارجية الماليزي اليوم وزير الخارجية الايراني، وبحثا الوضع في العراق والتعاون في قطاع الطاقة.\n" +
		"وقال الوزير الماليزي إن بغداد تحتاج إلى دعم دولي لإعادة الإعمار، وإن الاستقرار في العراق مصلحة للمنطقة كلها.\n" +
		"وأكد الوزير الايراني أن بلاده مستعدة لزيادة صادراتها من الغاز.\n"
	assert.ElementsMatch(t, []string{"MY", "IR"}, partsOf(t, text))
}

// TestAnchoredRivalTies: the ties a repeated swap leaves in place. A
// title's state or a counterpart word right before a known official of
// another state (وزير الخارجية المولدوفي ناصر بوريطة) witnesses that the
// text writes the one for the other: a look-alike so witnessed is no third
// party, and its mentions in a party's place are conflicts with the
// official's state as the fix, also when the pair is already right. The
// capital a visit goes to (وصل … إلى الرباط) ties its state as the
// dateline does. Both ways: two close states that are both parties, each
// tied by its own official or capital, a close state's nisba qualifying a
// thing (الملف النووي) or named in a pair with another state, and a
// dateline in a close state's capital where the parties came to take part
// in a gathering, leave the reading alone. The texts are our own.
func TestAnchoredRivalTies(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		parts   []string
		flagged []string // the anchored-rival findings
	}{
		{
			name: "a witnessed look-alike is no third party",
			text: "وزير الخارجية التركي يلتقي نظيره المولدوفي\n" +
				"أنقرة 2 مارس 2026 - التقى وزير الخارجية التركي هاكان فيدان اليوم في أنقرة وزير الخارجية المولدوفي ناصر بوريطة، وبحثا التعاون في الصناعات الدفاعية.\n" +
				"وقال فيدان إن تركيا تقدر الدور الذي تؤديه مولدوفا في شمال أفريقيا.\n",
			parts:   []string{"TR", "MA"},
			flagged: []string{"المولدوفي", "مولدوفا"},
		},
		{
			name: "a witnessed look-alike's mention as a party when the pair is right",
			text: "الدوحة 12 أبريل 2026 (قنا) - استقبل رئيس مجلس الوزراء وزير الخارجية القطري اليوم وزير الخارجية العراقي عباس عراقجي، الذي يزور البلاد.\n" +
				"وقال عراقجي إن العراق يثمن وساطة قطر في الملفات الإقليمية.\n",
			parts:   []string{"QA", "IR"},
			flagged: []string{"العراق"},
		},
		{
			name: "the capital a visit goes to ties its state",
			text: "بكين 5 مايو 2026 (شينخوا) - وصل وزير الخارجية الصيني وانغ يي اليوم إلى الرباط في زيارة رسمية يجري خلالها مباحثات مع نظيره المولدوفي.\n" +
				"وقال وانغ لدى وصوله إن مولدوفا شريك موثوق للصين في أفريقيا.\n",
			parts:   []string{"CN", "MA"},
			flagged: []string{"المولدوفي", "مولدوفا"},
		},
		{
			name: "two close states each tied by its own official are both parties",
			text: "أبوجا 9 يوليو 2026 - استقبل الرئيس النيجيري بولا تينوبو اليوم رئيس المجلس العسكري في النيجر عبد الرحمن تياني.\n" +
				"وقال تياني إن النيجر تريد فتح المعابر، فيما أكد تينوبو أن نيجيريا مستعدة لذلك.\n",
			parts: []string{"NG", "NE"},
		},
		{
			name: "a witnessed state named as a topic's qualifier or in a pair is left alone",
			text: "مسقط 20 أبريل 2026 (العمانية) - استقبل وزير الخارجية العماني بدر البوسعيدي اليوم وزير الخارجية العراقي عباس عراقجي.\n" +
				"وبحث الوزيران الملف النووي الإيراني، وأشاد عراقجي بدور قطر والعراق في نقل الرسائل.\n",
			parts: []string{"OM", "IR"},
		},
		{
			name: "a dateline in a close state's capital where the parties attend a gathering",
			text: "لوساكا 3 نوفمبر 2026 - التقى وزير الخارجية الغامبي اليوم نظيره الكيني في لوساكا، التي يزورها الوزيران للمشاركة في الاجتماع الوزاري للسوق المشتركة لشرق وجنوب أفريقيا.\n" +
				"وأكد الوزير الغامبي أن غامبيا تتطلع إلى الاستفادة من تجربة كينيا في التجارة الإلكترونية.\n",
			parts: []string{"GM", "KE"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := mustChecker(t).Check([]byte(tt.text))
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.parts, participantIDs(rep))
			var got []string
			for _, f := range rep.Findings {
				if f.Rule == "anchored-rival" {
					got = append(got, f.Text)
				}
			}
			assert.ElementsMatch(t, tt.flagged, got)
		})
	}
}
