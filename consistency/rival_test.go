package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEvidenceRival: a meeting read as three parties only because three
// states stand by title in the lede, two of which are easily mistaken for
// each other, is the meeting of two when the text's evidence says one of
// the two is the other's slip (the rival scorer); its mention is then
// judged. Both ways: a meeting the text calls a meeting of three keeps its
// three parties and no finding.
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
