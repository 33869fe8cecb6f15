package consistency_test

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMainScopeKind holds the rules that decide whether a text reports a
// contact and between whom: each case is a short text written for the rule,
// with the main scope's kind and participants it must get.
func TestMainScopeKind(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		kind  string
		parts []string // sorted; nil for none and multilateral
	}{
		{
			name: "states only named next to a contact word are no parties",
			text: "موسم سياحي نشط في الخليج\n\nاستقبلت الفنادق في الكويت والبحرين أعدادا كبيرة من الزوار خلال العطلة، وقال مسؤولون في القطاع إن الحجوزات ارتفعت بنسبة كبيرة مقارنة بالعام الماضي.\nوتوقع خبراء أن يستمر النمو خلال الأشهر المقبلة.",
			kind: "none",
		},
		{
			name: "a visit announced in the lede is no contact",
			text: "وزير الخارجية الكيني يزور هانوي الشهر المقبل\n\nنيروبي 3 مارس 2026 -- أعلنت وزارة الخارجية الكينية أن الوزير سيتوجه إلى هانوي في زيارة يلتقي خلالها نظيره الفيتنامي لبحث التعاون الزراعي.",
			kind: "none",
		},
		{
			name: "talks that are the purpose of a departure are not held yet",
			text: "غادر وزير الخارجية البرازيلي ماورو فييرا برازيليا أمس متوجها إلى آسيا لإجراء محادثات مع نظيره الإندونيسي حول التجارة.\nوتشمل الجولة محطات أخرى في المنطقة.",
			kind: "none",
		},
		{
			name:  "a contact reported before a future clause about something else stands",
			text:  "تشيلي والأرجنتين توقعان اتفاقية للربط الكهربائي\n\nوقعت حكومتا تشيلي والأرجنتين أمس اتفاقية للربط الكهربائي بين البلدين، وفي سياق آخر سيتوجه وفد تجاري إلى بيرو الأسبوع المقبل.\nوأكد الجانبان أهمية المشروع.",
			kind:  "bilateral",
			parts: []string{"AR", "CL"},
		},
		{
			name:  "a pair of states as the subject of talks wins over a titled topic",
			text:  "فشلت كندا والمكسيك في محادثات جرت بينهما أمس في تجاوز خلافهما حول مصير الرئيس الفنزويلي نيكولاس مادورو.\nوقال مسؤولون إن الحوار سيستمر.",
			kind:  "bilateral",
			parts: []string{"CA", "MX"},
		},
		{
			name: "three states after a meeting word are a meeting of three",
			text: "اللقاء الكندي الياباني الأسترالي\n\nعقد وزراء خارجية كندا واليابان وأستراليا أمس في أوتاوا اجتماعا بحثوا فيه أمن الملاحة، وأكد الجانب الأسترالي أهمية التنسيق.",
			kind: "multilateral",
		},
		{
			name: "a quadrilateral summit is multilateral",
			text: "تنعقد اليوم القمة الرباعية في نيروبي بمشاركة رئيس كينيا ورئيس تنزانيا ورئيس رواندا ورئيس بوروندي لبحث الأمن الإقليمي.\nوقال الرئيس الكيني إن القمة تعقد في ظروف دقيقة.",
			kind: "multilateral",
		},
		{
			name: "a series of meetings is with several states",
			text: "عقد رئيس الوزراء الهندي ناريندرا مودي أمس عدة لقاءات ثنائية مع رؤساء الوفود المشاركة في المنتدى الاقتصادي، من بينهم الرئيس الفرنسي.",
			kind: "multilateral",
		},
		{
			name: "a business forum between two nationalities is no contact",
			text: "ملتقى الأعمال الكويتي الماليزي يبحث فرص الاستثمار\n\nناقش ملتقى رجال الأعمال الكويتي الماليزي أمس فرص الاستثمار المشترك، وعرضت الشركات المشاركة منتجاتها خلال اللقاء.",
			kind: "none",
		},
		{
			name:  "a finance minister is not Mali's",
			text:  "أثينا 4 مايو 2026 -- التقى وزير المالية اليوناني اليوم في أثينا نظيره القبرصي وبحثا الديون والموازنة.",
			kind:  "bilateral",
			parts: []string{"CY", "GR"},
		},
		{
			name:  "a reception with a pronoun in the sentence after a long lede",
			text:  "أعرب ولي عهد البحرين الأمير سلمان بن حمد آل خليفة عن تقديره العميق للدور الذي تؤديه دولة الكويت في تعزيز العمل الخليجي المشترك وفي دعم الاستقرار في المنطقة والعالم، مشيدا بما تحقق من تعاون وتنسيق بين البلدين الشقيقين في مختلف المجالات السياسية والاقتصادية والأمنية خلال السنوات الماضية وبما يعود بالخير على الشعبين.\nوقال سموه لدى استقباله في المنامة أمس وزير الخارجية الكويتي إن العلاقات بين البلدين نموذج يحتذى.",
			kind:  "bilateral",
			parts: []string{"BH", "KW"},
		},
		{
			name:  "two leaders attending a ceremony together have met",
			text:  "بحضور الرئيس الغاني جون ماهاما، شهد رئيس وزراء ساحل العاج أمس في أكرا افتتاح الطريق الدولي الجديد بين البلدين.\nوأشاد الجانبان بالمشروع.",
			kind:  "bilateral",
			parts: []string{"CI", "GH"},
		},
		{
			name: "the author of an initiative is no party of a meeting with a UN envoy",
			text: "التقى وزير الخارجية الليبي أمس في طرابلس المبعوث الأممي، وأبلغه تمسك حكومته بالمبادرة التي أطلقها الرئيس الجزائري لحل الأزمة.\nوقال الوزير إن الحوار هو السبيل الوحيد.",
			kind: "none",
		},
		{
			name:  "a counterpart named without a state is of the state visited",
			text:  "أعلن وزير الخارجية الإسباني خوسيه مانويل ألباريس أمس دعم بلاده لمسار السلام.\nوقال ألباريس أثناء زيارة إلى بوينس آيرس حيث التقى نظيره غيراردو فيرثين إن البلدين يتقاسمان رؤية واحدة.",
			kind:  "bilateral",
			parts: []string{"AR", "ES"},
		},
		{
			name: "a counterpart whose state two visited places leave open is not guessed",
			text: "بعد زيارة إلى برلين الشهر الماضي، وصل رئيس وزراء ماليزيا أمس إلى روما حيث التقى نظيره فلان الفلاني.\nوقال إن المحادثات كانت مثمرة.",
			kind: "none",
		},
	}
	c := mustChecker(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := c.Check([]byte(tc.text))
			require.NoError(t, err)
			require.NotEmpty(t, rep.Scopes)
			assert.Equal(t, tc.kind, rep.Scopes[0].Kind)
			if tc.kind == "bilateral" {
				got := append([]string(nil), rep.Scopes[0].Participants...)
				sort.Strings(got)
				assert.Equal(t, tc.parts, got)
			}
		})
	}
}
