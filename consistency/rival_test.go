package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
			rep, err := mustChecker(t).Check([]byte(tc.text))
			require.NoError(t, err)
			assert.ElementsMatch(t, tc.parts, participantIDs(rep))
			var slips []string
			for _, f := range rep.Findings {
				if f.Kind == "country-conflict" {
					slips = append(slips, f.Text)
				}
			}
			if tc.slip == "" {
				assert.Empty(t, slips)
			} else {
				assert.Equal(t, []string{tc.slip}, slips)
			}
		})
	}
}
