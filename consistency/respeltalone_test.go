package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

const ledeJO = "عمان 4 مارس 2026 (بترا) "

// TestSurnameAloneRespelt: a surname written again alone, outside the
// places a name stands, another way real spellings of one name show, is a
// name-variant, its fix the spelling found first; close names of two
// people and a surname written one way are left alone.
func TestSurnameAloneRespelt(t *testing.T) {
	catches := []struct {
		name, text, span, suggestion string
	}{
		{"a speaker's name, a long vowel dropped later",
			ledeJO + "بحث وزير الخارجية الأردني أيمن الصفدي اليوم مع وفد من منظمة إغاثة أوروبية سبل دعم اللاجئين.\n" +
				"وقال هاينريكسون إن المنظمة تقدر دور الأردن، فيما أشار الصفدي إلى أن برامج هاينريكسن تغطي ثلاث محافظات.\n",
			"هاينريكسن", "هاينريكسون"},
		{"a titled foreign name, غ for ج later (a letter real spellings swap often)",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم وزير الخارجية البيروفي رودريغو غارسيا، وبحث الجانبان التعاون.\n" +
				"وأكد الصفدي أن زيارة جارسيا تفتح آفاقا جديدة بين البلدين.\n",
			"جارسيا", "غارسيا"},
		{"a surname's particle apart, then joined alone",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماركو دي سانتيس، ممثل منظمة الأغذية والزراعة، وبحثا الأمن الغذائي.\n" +
				"وثمن الصفدي مبادرات المنظمة، مؤكدا أن برنامج ديسانتيس يخدم آلاف الأسر.\n",
			"ديسانتيس", "دي سانتيس"},
		{"a family name read alone twice, its article dropped the second time (a name token)",
			ledeJO + "بحث وزير الخارجية الأردني أيمن الصفدي اليوم مع وفد من الوكالة الدولية للطاقة الذرية سبل التعاون.\n" +
				"وقال البرادعي إن الوكالة تقدر دور الأردن، فيما أكد برادعي أن الخبراء سيزورون المفاعل.\n",
			"برادعي", "البرادعي"},
		{"an Arab family name of four letters with its article, a long vowel dropped after a speech verb (three left)",
			ledeJO + "أكد السفير السعودي في عمان الدكتور سامي الصالح أن الزيارة تعزز العلاقات بين البلدين.\n" +
				"وقال الصلح في بيان صحفي إن الزيارة تفتح آفاقا جديدة.\n",
			"الصلح", "الصالح"},
		{"a surname's particle joined, then apart alone",
			ledeJO + "التقى وزير الخارجية الأردني أيمن الصفدي اليوم السيد كريم أبوطالب، رئيس غرفة التجارة، وبحثا فرص الاستثمار.\n" +
				"وأكد الصفدي أن الحكومة تدعم مشاريع أبو طالب في المحافظات.\n",
			"أبو طالب", "أبوطالب"},
	}
	for _, tc := range catches {
		t.Run(tc.name, func(t *testing.T) {
			requireOneFix(t, tc.text, consistency.NameVariant, tc.span, tc.suggestion)
		})
	}
	clean := []struct{ name, text string }{
		{"two people whose given names are ك and ج apart (real spellings never swap them for one name)",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد كاسبر لارسن، مدير برنامج التعاون الدنماركي، والسيد جاسبر لارسن، مستشار البرنامج.\n"},
		{"a surname alone after a letter real spellings never swap (ك for ج)",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم وزير الخارجية البيروفي رودريغو كالارثا، وبحث الجانبان التعاون.\n" +
				"وأكد الصفدي أن زيارة جالارثا الأولى كانت قبل عامين.\n"},
		{"a speaker's name written one way",
			ledeJO + "بحث وزير الخارجية الأردني أيمن الصفدي اليوم مع وفد أوروبي سبل دعم اللاجئين.\n" +
				"وقال هاينريكسون إن المنظمة تقدر دور الأردن، فيما أشار الصفدي إلى أن برامج هاينريكسون تغطي ثلاث محافظات.\n"},
		{"a word read after a speech verb with the article is no surname source",
			ledeJO + "بحث وزير الخارجية الأردني أيمن الصفدي اليوم مع وفد أوروبي سبل دعم اللاجئين.\n" +
				"وقالت المصادر إن الوفد سيزور المخيمات، وأكدت مصادر أخرى أن الزيارة تستمر يومين.\n"},
		{"a plural noun read as a speaker with and without the article (no name token) is no person",
			ledeJO + "بحث وزير الخارجية الأردني أيمن الصفدي اليوم مع وفد أوروبي سبل دعم اللاجئين.\n" +
				"وقالت الأوساط إن الوفد سيزور المخيمات، وأكدت أوساط أخرى أن الزيارة تستمر يومين.\n"},
		{"the same three letters as a noun where no name stands",
			ledeJO + "أكد السفير السعودي في عمان الدكتور سامي الصالح أن الزيارة تعزز العلاقات بين البلدين، مشيرا إلى أن الصلح بين الأطراف ضروري.\n"},
		{"three letters with the article after a speech verb, another family name's skeleton",
			ledeJO + "أكد السفير السعودي في عمان الدكتور سامي الصالح أن الزيارة تعزز العلاقات بين البلدين.\n" +
				"وقال الحمد إن الزيارة تفتح آفاقا جديدة.\n"},
		{"a common word with a pronoun after a name verb is no surname source",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السفير الياباني، الذي نقل تحياته إلى الوزير.\n" +
				"ونقل الصفدي تحيات الملك إلى رئيس الوزراء الياباني.\n"},
		{"a particle surname written one way",
			ledeJO + "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم السيد ماركو دي سانتيس، ممثل منظمة الأغذية والزراعة.\n" +
				"وثمن الصفدي مبادرات المنظمة، مؤكدا أن برنامج دي سانتيس يخدم آلاف الأسر.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			fs := findingsOf(t, tc.text, consistency.NameVariant)
			assert.Empty(t, fs)
		})
	}
}
