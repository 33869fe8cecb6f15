package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPairGuards: two states coordinated in a contact sentence are the
// contact's parties, except where they are the subject of a relative
// clause (الجهود التي تبذلها عمان وقطر) or the stops of a tour (جولة تشمل
// تونس والمغرب): the text's parties are then the ones it names by title.
// Both ways: a pair that is the contact's subject stays the parties.
func TestPairGuards(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		parts      []string
	}{
		{"a pair doing something in a relative clause is no party",
			"وزير الخارجية يتلقى اتصالا هاتفيا من وزير الخارجية البريطاني\n\nالمنامة في 14 أكتوبر 2024 (بنا) - تلقى الدكتور عبداللطيف بن راشد الزياني، وزير الخارجية، اتصالا هاتفيا من معالي السيد ديفيد لامي، وزير الخارجية والكومنولث والتنمية بالمملكة المتحدة.\n\nوجرى خلال الاتصال بحث علاقات الصداقة التاريخية والشراكة الاستراتيجية بين مملكة البحرين والمملكة المتحدة، واتفاقية التكامل الأمني والازدهار الشامل التي انضمت إليها المملكة المتحدة مؤخرا إلى جانب الولايات المتحدة.\n\nكما تناول الاتصال التطورات في لبنان وقطاع غزة، وأكد وزير الخارجية ضرورة خفض التصعيد وحماية المدنيين، مشيرا إلى جهود الوساطة التي تبذلها مصر وقطر.\n",
			[]string{"BH", "GB"}},
		{"a tour's stops are no parties",
			"عطاف يستقبل وزير خارجية إسبانيا\n\nالجزائر في 3 مارس 2025 (واج) - استقبل وزير الدولة وزير الشؤون الخارجية أحمد عطاف اليوم بمقر الوزارة السيد خوسيه مانويل ألباريس، وزير الشؤون الخارجية لمملكة إسبانيا، في مستهل جولة تشمل تونس والمغرب.\n\nوتناول اللقاء سبل توسيع الشراكة بين الجزائر وإسبانيا في مجال الطاقة.\n",
			[]string{"DZ", "ES"}},
		{"a pair that is the contact's subject stays the parties",
			"الكويت 12 فبراير 2025 (كونا) - بحثت الكويت واليابان في اتصال هاتفي اليوم بين وزيري خارجيتهما سبل تطوير التعاون الاقتصادي، كما أشادتا بالجهود الإقليمية لتهدئة التوتر.\n",
			[]string{"JP", "KW"}},
		{"talks the pair held, told in a relative clause, keep their parties",
			"الدوحة 20 يناير 2025 (قنا) - اختتمت اليوم جولة المباحثات التي أجرتها قطر وتركيا في الدوحة برئاسة وزيري خارجية البلدين، وأكد الجانبان حرصهما على تعزيز التعاون الثنائي.\n",
			[]string{"QA", "TR"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.ElementsMatch(t, tc.parts, partsOf(t, tc.text))
		})
	}
}
